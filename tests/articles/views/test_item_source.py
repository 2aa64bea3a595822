import pytest
from django.urls import reverse

from articles.models import Source
from tests.factories import ClaimFactory, QuoteFactory

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}
DATA = {
    "url": "https://www.unikorea.go.kr/stats",
    "title": "Defector statistics",
    "publisher": "Ministry of Unification",
    "stance": "supports",
    "is_primary": "on",
}


def url(item, kind: str = "claims") -> str:
    return reverse("articles:item-source", args=[kind, item.pk])


def test_it_requires_login(client):
    claim = ClaimFactory()
    assert client.post(url(claim), DATA).status_code == 302
    assert not Source.objects.exists()


def test_it_adds_a_source(editor_client, editor):
    claim = ClaimFactory()
    response = editor_client.post(url(claim), DATA)
    assert response.status_code == 302
    source = Source.objects.get()
    assert (source.claim, source.created_by, source.is_primary) == (claim, editor, True)
    assert (source.title, source.stance) == ("Defector statistics", "supports")
    page = editor_client.get(response.url).content.decode()
    assert 'href="https://www.unikorea.go.kr/stats" rel="noopener noreferrer nofollow"' in page
    assert "Ministry of Unification" in page
    assert "Primary" in page


def test_it_answers_htmx_with_the_card(editor_client):
    quote = QuoteFactory()
    response = editor_client.post(url(quote, "quotes"), {**DATA, "is_primary": ""}, **HTMX)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html
    assert f'id="{quote.dom_id}"' in html
    assert "Defector statistics" in html
    assert "Secondary" in html
    assert Source.objects.get().quote == quote


def test_it_refuses_a_bad_url_and_stance(editor_client):
    claim = ClaimFactory()
    response = editor_client.post(
        url(claim), {**DATA, "url": "javascript:alert(1)", "stance": "maybe"}, **HTMX
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Enter a valid URL." in html
    assert "Select a valid choice." in html
    assert not Source.objects.exists()


def test_it_rejects_get(editor_client):
    assert editor_client.get(url(ClaimFactory())).status_code == 405


def test_it_returns_404_for_unknown_items(editor_client):
    assert (
        editor_client.post(reverse("articles:item-source", args=["quotes", 999999]), DATA).status_code == 404
    )


def test_a_checker_may_not_source_someone_elses_claim(checker_client, other_editor):
    claim = ClaimFactory(assignee=other_editor, status="assigned")
    data = {"url": "https://example.org/a", "title": "A", "stance": "supports"}
    response = checker_client.post(reverse("articles:item-source", args=["claims", claim.pk]), data)
    assert response.status_code == 403
    assert not claim.sources.exists()
