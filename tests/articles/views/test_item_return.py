import pytest
from django.urls import reverse

from articles.models import ItemStatus, Note
from tests.factories import ClaimFactory, VerdictFactory

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def url(item) -> str:
    return reverse("articles:item-return", args=["claims", item.pk])


def proposed(author):
    claim = ClaimFactory(status=ItemStatus.PROPOSED)
    return claim, VerdictFactory(claim=claim, created_by=author)


def test_it_returns_a_verdict_with_a_comment(editor_client, editor, checker):
    claim, verdict = proposed(checker)
    response = editor_client.post(url(claim), {"comment": "Find the 2025 minutes."})
    assert response.status_code == 302
    claim.refresh_from_db()
    verdict.refresh_from_db()
    assert (claim.status, verdict.return_comment) == (ItemStatus.RETURNED, "Find the 2025 minutes.")
    assert Note.objects.get().created_by == editor
    html = editor_client.get(response.url).content.decode()
    assert "Returned by Alice Editor" in html
    assert ": Find the 2025 minutes.</p>" in html


def test_it_answers_htmx_with_the_returned_card(editor_client, checker):
    claim, _ = proposed(checker)
    response = editor_client.post(url(claim), {"comment": "Needs a primary source."}, **HTMX)
    assert response.status_code == 200
    html = response.content.decode()
    assert ">Returned</span>" in html
    assert "Needs a primary source." in html


def test_it_requires_a_comment(editor_client, checker):
    claim, _ = proposed(checker)
    response = editor_client.post(url(claim), {"comment": "  "}, **HTMX)
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == ItemStatus.PROPOSED


def test_a_checker_may_not_return(checker_client, other_editor):
    claim, _ = proposed(other_editor)
    assert checker_client.post(url(claim), {"comment": "No."}).status_code == 403
    claim.refresh_from_db()
    assert claim.status == ItemStatus.PROPOSED


def test_it_rejects_get(editor_client):
    assert editor_client.get(url(ClaimFactory())).status_code == 405
