import pytest
from django.urls import reverse

from articles.models import ItemStatus
from tests.factories import ClaimFactory, QuoteFactory

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def url(article) -> str:
    return reverse("articles:article-assign", args=[article.pk])


def test_it_assigns_every_waiting_item_of_the_article(editor_client, checker, other_editor):
    claim = ClaimFactory()
    quote = QuoteFactory(article=claim.article)
    busy = ClaimFactory(
        article=claim.article,
        text="Critics said the plan may raise taxes for 3,000 households.",
        assignee=other_editor,
        status=ItemStatus.IN_REVIEW,
    )
    response = editor_client.post(url(claim.article), {"assignee": checker.pk})
    assert response.status_code == 302
    assert response.url == claim.article.get_absolute_url()
    for item in (claim, quote, busy):
        item.refresh_from_db()
    assert claim.assignee == quote.assignee == checker
    assert busy.assignee == other_editor  # work under way keeps its checker
    assert (
        "Assigned 2 claims and quotes to Chris Checker." in editor_client.get(response.url).content.decode()
    )


def test_it_refreshes_the_page_for_htmx(editor_client, checker):
    claim = ClaimFactory()
    response = editor_client.post(url(claim.article), {"assignee": checker.pk}, **HTMX)
    assert response.status_code == 200
    assert response.headers["HX-Refresh"] == "true"
    claim.refresh_from_db()
    assert claim.assignee == checker


def test_it_needs_someone(editor_client):
    claim = ClaimFactory()
    response = editor_client.post(url(claim.article), {"assignee": ""}, **HTMX)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.strip().startswith('<form id="article-assign"')
    assert "This field is required." in html
    response = editor_client.post(url(claim.article), {"assignee": "banana"})
    assert response.status_code == 400
    assert "<html" in response.content.decode()


def test_a_checker_may_not_and_sees_no_form(checker_client, checker):
    claim = ClaimFactory()
    review = checker_client.get(claim.article.get_absolute_url()).content.decode()
    assert "Assign all claims and quotes to" not in review
    assert checker_client.post(url(claim.article), {"assignee": checker.pk}).status_code == 403
    claim.refresh_from_db()
    assert claim.assignee is None


def test_it_rejects_get(editor_client):
    assert editor_client.get(url(ClaimFactory().article)).status_code == 405


def test_it_returns_404_for_unknown_articles(editor_client, checker):
    assert editor_client.post(reverse("articles:article-assign", args=[999999])).status_code == 404
