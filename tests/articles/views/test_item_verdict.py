import pytest
from django.urls import reverse

from articles.models import Verdict
from tests.factories import ClaimFactory, QuoteFactory, VerdictFactory

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def url(item, kind: str = "claims") -> str:
    return reverse("articles:item-verdict", args=[kind, item.pk])


def test_it_requires_login(client):
    claim = ClaimFactory()
    assert client.post(url(claim), {"rating": "true", "rationale": "x"}).status_code == 302
    assert not Verdict.objects.exists()


def test_it_rates_a_claim(editor_client, editor):
    claim = ClaimFactory()
    response = editor_client.post(
        url(claim), {"rating": "misleading", "rationale": "Omits last year's cut.", "version": 0}
    )
    assert response.status_code == 302
    verdict = Verdict.objects.get()
    assert (verdict.claim, verdict.rating, verdict.updated_by) == (claim, "misleading", editor)
    page = editor_client.get(response.url).content.decode()
    assert "Misleading" in page
    assert "Omits last year&#x27;s cut." in page


def test_it_updates_the_verdict_in_place(editor_client, other_editor):
    quote = QuoteFactory()
    verdict = VerdictFactory(claim=None, quote=quote, rating="true", created_by=other_editor)
    response = editor_client.post(
        url(quote, "quotes"), {"rating": "false", "rationale": "He never said it.", "version": 1}, **HTMX
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html
    assert f'id="{quote.dom_id}"' in html
    assert "He never said it." in html
    assert "Rated by Alice Editor" in html
    verdict.refresh_from_db()
    assert (verdict.rating, verdict.rationale) == ("false", "He never said it.")
    assert Verdict.objects.count() == 1


def test_it_offers_the_fixed_scale(editor_client):
    claim = ClaimFactory()
    review = reverse("articles:review", args=[claim.article_id])
    html = editor_client.get(f"{review}?selected={claim.dom_id}").content.decode()
    for label in [
        "True",
        "Mostly true",
        "Half true",
        "Misleading",
        "Mostly false",
        "False",
        "Unproven",
        "Not checkable",
    ]:
        assert f">{label}</option>" in html


def test_it_refuses_an_unknown_rating(editor_client):
    claim = ClaimFactory()
    response = editor_client.post(url(claim), {"rating": "pants_on_fire", "rationale": ""}, **HTMX)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Select a valid choice." in html
    assert "This field is required." in html
    assert not Verdict.objects.exists()


def test_it_rejects_get(editor_client):
    assert editor_client.get(url(ClaimFactory())).status_code == 405


def test_it_returns_404_for_unknown_items(editor_client):
    response = editor_client.post(
        reverse("articles:item-verdict", args=["claims", 999999]), {"rating": "true", "rationale": "x"}
    )
    assert response.status_code == 404


def test_it_says_when_the_item_was_dismissed_meanwhile(editor_client):
    claim = ClaimFactory(status="dismissed", dismissed_reason="Opinion")
    response = editor_client.post(
        url(claim), {"rating": "true", "rationale": "Checked.", "version": 0}, **HTMX
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "This claim is dismissed; restore it before" in html
    assert ">Restore</button>" in html
    assert not Verdict.objects.exists()
