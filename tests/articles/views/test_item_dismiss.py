import pytest
from django.urls import reverse

from articles.models import ItemStatus
from tests.factories import ClaimFactory, QuoteFactory

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def url(item, kind: str = "claims") -> str:
    return reverse("articles:item-dismiss", args=[kind, item.pk])


def test_it_requires_login(client):
    claim = ClaimFactory()
    assert client.post(url(claim), {"reason": "Opinion"}).status_code == 302
    claim.refresh_from_db()
    assert claim.status == ItemStatus.NEW


def test_it_dismisses_a_claim(editor_client, editor):
    claim = ClaimFactory()
    response = editor_client.post(url(claim), {"reason": "Opinion, not a fact"})
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.status, claim.dismissed_reason, claim.edited_by) == (
        "dismissed",
        "Opinion, not a fact",
        editor,
    )
    page = editor_client.get(response.url).content.decode()
    assert "Dismissed (1)" in page
    assert "Opinion, not a fact" in page


def test_it_answers_htmx_with_the_dismissed_card(editor_client):
    quote = QuoteFactory()
    response = editor_client.post(url(quote, "quotes"), {"reason": "Not a quote"}, **HTMX)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html
    assert f'id="{quote.dom_id}" class="item-card quote dismissed selected"' in html
    assert "Not a quote" in html
    assert ">Restore</button>" in html
    # The highlight goes from the text.
    assert "hx-swap-oob" in html
    assert f'data-items="{quote.dom_id}"' not in html


def test_it_requires_a_reason(editor_client):
    claim = ClaimFactory()
    response = editor_client.post(url(claim), {"reason": ""}, **HTMX)
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == ItemStatus.NEW


def test_it_rejects_get(editor_client):
    assert editor_client.get(url(ClaimFactory())).status_code == 405


def test_it_returns_404_for_unknown_items(editor_client):
    response = editor_client.post(reverse("articles:item-dismiss", args=["claims", 999999]), {"reason": "x"})
    assert response.status_code == 404


def test_it_keeps_low_score_highlights_when_the_page_shows_all(editor_client):
    claim = ClaimFactory()
    low = ClaimFactory(article=claim.article, text="Critics said the plan may raise taxes", score=0.1)
    review = reverse("articles:review", args=[claim.article_id])
    headers = {**HTMX, "HTTP_HX_CURRENT_URL": f"http://testserver{review}?all=1"}
    html = editor_client.post(url(claim), {"reason": "Opinion"}, **headers).content.decode()
    assert f'data-items="{low.dom_id}"' in html
    html = editor_client.post(url(claim), {"reason": "Opinion"}, **HTMX).content.decode()
    assert f'data-items="{low.dom_id}"' not in html


def test_a_checker_may_not_dismiss_someone_elses_claim(checker_client, other_editor):
    claim = ClaimFactory(assignee=other_editor, status=ItemStatus.ASSIGNED)
    assert checker_client.post(url(claim), {"reason": "Opinion"}).status_code == 403
    claim.refresh_from_db()
    assert claim.status == ItemStatus.ASSIGNED


def test_a_published_claim_cannot_be_dismissed(editor_client):
    claim = ClaimFactory(status=ItemStatus.PUBLISHED)
    response = editor_client.post(url(claim), {"reason": "Opinion"}, **HTMX)
    assert response.status_code == 200
    assert "published; it can no longer be changed" in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == ItemStatus.PUBLISHED
