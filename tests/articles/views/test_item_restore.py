import pytest
from django.urls import reverse

from articles.models import ItemStatus
from tests.factories import ClaimFactory, QuoteFactory

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def url(item, kind: str = "claims") -> str:
    return reverse("articles:item-restore", args=[kind, item.pk])


def dismissed(factory=ClaimFactory):
    return factory(status=ItemStatus.DISMISSED, dismissed_reason="Opinion")


def test_it_requires_login(client):
    claim = dismissed()
    assert client.post(url(claim)).status_code == 302
    claim.refresh_from_db()
    assert claim.status == ItemStatus.DISMISSED


def test_it_restores_an_item(editor_client, editor):
    claim = dismissed()
    response = editor_client.post(url(claim))
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.status, claim.dismissed_reason, claim.edited_by) == ("new", "", editor)
    page = editor_client.get(response.url).content.decode()
    assert "Dismissed (" not in page
    assert f'data-items="{claim.dom_id}"' in page


def test_it_answers_htmx_with_the_card(editor_client):
    quote = dismissed(QuoteFactory)
    response = editor_client.post(url(quote, "quotes"), **HTMX)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html
    assert f'id="{quote.dom_id}" class="item-card quote selected"' in html
    assert ">Save verdict</button>" in html
    assert f'data-items="{quote.dom_id}"' in html  # highlighted again, out of band


def test_it_says_when_an_item_is_not_dismissed(editor_client):
    claim = ClaimFactory()
    response = editor_client.post(url(claim), **HTMX)
    assert response.status_code == 200
    assert "This claim is not dismissed." in response.content.decode()


def test_it_rejects_get(editor_client):
    assert editor_client.get(url(dismissed())).status_code == 405


def test_it_returns_404_for_unknown_items(editor_client):
    assert editor_client.post(reverse("articles:item-restore", args=["quotes", 999999])).status_code == 404


def test_a_checker_may_not_restore_someone_elses_claim(checker_client, other_editor):
    claim = ClaimFactory(status="dismissed", dismissed_reason="Opinion", assignee=other_editor)
    assert checker_client.post(url(claim)).status_code == 403
    claim.refresh_from_db()
    assert claim.status == "dismissed"


def test_it_goes_back_to_its_assignee(editor_client, checker):
    claim = ClaimFactory(status="dismissed", dismissed_reason="Opinion", assignee=checker)
    assert editor_client.post(url(claim)).status_code == 302
    claim.refresh_from_db()
    assert claim.status == "assigned"
