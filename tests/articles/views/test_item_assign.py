import pytest
from django.urls import reverse

from articles.models import ItemStatus
from tests.factories import ClaimFactory, QuoteFactory, UserFactory

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def url(item, kind: str = "claims") -> str:
    return reverse("articles:item-assign", args=[kind, item.pk])


def test_it_assigns_a_claim_to_a_checker(editor_client, checker):
    claim = ClaimFactory()
    response = editor_client.post(url(claim), {"assignee": checker.pk})
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.assignee, claim.status) == (checker, ItemStatus.ASSIGNED)
    assert "Assigned to <strong>Chris Checker</strong>" in editor_client.get(response.url).content.decode()


def test_it_answers_htmx_with_the_card(editor_client, checker):
    quote = QuoteFactory()
    response = editor_client.post(url(quote, "quotes"), {"assignee": checker.pk}, **HTMX)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.strip().startswith(f'<article id="{quote.dom_id}"')
    assert "Assigned to <strong>Chris Checker</strong>" in html
    assert 'data-status="assigned"' in html


def test_it_unassigns(editor_client, checker):
    claim = ClaimFactory(assignee=checker, status=ItemStatus.ASSIGNED)
    assert editor_client.post(url(claim), {"assignee": ""}).status_code == 302
    claim.refresh_from_db()
    assert (claim.assignee, claim.status) == (None, ItemStatus.NEW)


def test_it_offers_only_people_on_the_desk(editor_client, checker, no_role_user):
    claim = ClaimFactory()
    review = reverse("articles:review", args=[claim.article_id])
    html = editor_client.get(f"{review}?selected={claim.dom_id}").content.decode()
    assert f'<option value="{checker.pk}">Chris Checker</option>' in html
    assert "Nora Nobody" not in html
    response = editor_client.post(url(claim), {"assignee": no_role_user.pk}, **HTMX)
    assert response.status_code == 200
    assert "Select a valid choice." in response.content.decode()
    claim.refresh_from_db()
    assert claim.assignee is None


def test_a_checker_may_not_assign(checker_client, checker):
    claim = ClaimFactory()
    response = checker_client.post(url(claim), {"assignee": checker.pk})
    assert response.status_code == 403
    assert "Only an editor" in response.content.decode()
    claim.refresh_from_db()
    assert claim.assignee is None


def test_it_refuses_a_published_item(editor_client, checker):
    claim = ClaimFactory(status=ItemStatus.PUBLISHED)
    response = editor_client.post(url(claim), {"assignee": checker.pk})
    assert response.status_code == 400
    assert "published" in response.content.decode()
    claim.refresh_from_db()
    assert claim.assignee is None


def test_it_rejects_get(editor_client):
    assert editor_client.get(url(ClaimFactory())).status_code == 405


def test_it_returns_404_for_unknown_items(editor_client):
    assert editor_client.post(reverse("articles:item-assign", args=["claims", 999999])).status_code == 404


def test_an_inactive_person_is_not_offered(editor_client):
    gone = UserFactory(first_name="Gina", last_name="Gone", role="checker", is_active=False)
    claim = ClaimFactory()
    response = editor_client.post(url(claim), {"assignee": gone.pk}, **HTMX)
    assert "Select a valid choice." in response.content.decode()
