import pytest
from django.urls import reverse

from articles.models import ItemStatus
from tests.factories import ClaimFactory, QuoteFactory

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def url(item, kind: str = "claims") -> str:
    return reverse("articles:item-start", args=[kind, item.pk])


def test_a_checker_starts_an_unassigned_claim_and_takes_it(checker_client, checker):
    claim = ClaimFactory()
    response = checker_client.post(url(claim))
    assert response.status_code == 302
    claim.refresh_from_db()
    assert (claim.status, claim.assignee) == (ItemStatus.IN_REVIEW, checker)


def test_it_answers_htmx_with_the_card_in_review(checker_client):
    quote = QuoteFactory()
    response = checker_client.post(url(quote, "quotes"), **HTMX)
    assert response.status_code == 200
    html = response.content.decode()
    assert ">In review</span>" in html
    assert ">Start review</button>" not in html


def test_a_checker_may_not_start_someone_elses_item(checker_client, other_editor):
    claim = ClaimFactory(assignee=other_editor, status=ItemStatus.ASSIGNED)
    response = checker_client.post(url(claim))
    assert response.status_code == 403
    assert "assigned to Bob Checker" in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == ItemStatus.ASSIGNED


def test_it_says_when_the_item_is_already_in_review(editor_client):
    claim = ClaimFactory(status=ItemStatus.IN_REVIEW)
    response = editor_client.post(url(claim), **HTMX)
    assert response.status_code == 200
    assert "so starting its review is not possible now" in response.content.decode()


def test_it_rejects_get(editor_client):
    assert editor_client.get(url(ClaimFactory())).status_code == 405
