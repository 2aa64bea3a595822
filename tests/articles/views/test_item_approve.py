import pytest
from django.urls import reverse

from articles.models import ItemStatus
from tests.factories import ClaimFactory, QuoteFactory, SourceFactory, VerdictFactory

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def url(item, kind: str = "claims") -> str:
    return reverse("articles:item-approve", args=[kind, item.pk])


def proposed(author, *, sources: int = 2, model=ClaimFactory):
    item = model(status=ItemStatus.PROPOSED)
    attach = {"claim": item} if model is ClaimFactory else {"claim": None, "quote": item}
    verdict = VerdictFactory(**attach, created_by=author)
    for n in range(sources):
        SourceFactory(**attach, is_primary=n == 0)
    return item, verdict


def test_it_approves_someone_elses_verdict(editor_client, editor, checker):
    claim, verdict = proposed(checker)
    response = editor_client.post(url(claim))
    assert response.status_code == 302
    claim.refresh_from_db()
    verdict.refresh_from_db()
    assert claim.status == ItemStatus.APPROVED
    assert verdict.approved_by == editor
    assert "Approved by Alice Editor at" in editor_client.get(response.url).content.decode()


def test_it_answers_htmx_with_the_approved_card(editor_client, checker):
    quote, _ = proposed(checker, model=QuoteFactory)
    response = editor_client.post(url(quote, "quotes"), **HTMX)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Approved by Alice Editor" in html
    assert ">Approve</button>" not in html
    assert ">Return</button>" in html


def test_it_refuses_a_verdict_with_one_source(editor_client, checker):
    claim, verdict = proposed(checker, sources=1)
    response = editor_client.post(url(claim), **HTMX)
    assert response.status_code == 200
    assert "at least 2 sources" in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == ItemStatus.PROPOSED


def test_the_author_may_not_approve_their_own_verdict(editor_client, editor):
    claim, verdict = proposed(editor)
    review = reverse("articles:review", args=[claim.article_id])
    assert ">Approve</button>" not in editor_client.get(f"{review}?selected={claim.dom_id}").content.decode()
    response = editor_client.post(url(claim))
    assert response.status_code == 403
    assert "another editor must approve it" in response.content.decode()
    verdict.refresh_from_db()
    assert verdict.approved_by is None


def test_a_checker_may_not_approve(checker_client, other_editor):
    claim, _ = proposed(other_editor)
    assert checker_client.post(url(claim)).status_code == 403
    claim.refresh_from_db()
    assert claim.status == ItemStatus.PROPOSED


def test_it_says_when_there_is_nothing_to_approve(editor_client):
    claim = ClaimFactory()
    response = editor_client.post(url(claim))
    assert response.status_code == 400
    assert "approving its verdict is not possible now" in response.content.decode()


def test_it_rejects_get(editor_client):
    assert editor_client.get(url(ClaimFactory())).status_code == 405
