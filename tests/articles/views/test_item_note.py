import pytest
from django.urls import reverse

from articles.models import Note
from tests.factories import ClaimFactory, QuoteFactory

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def url(item, kind: str = "claims") -> str:
    return reverse("articles:item-note", args=[kind, item.pk])


def test_it_requires_login(client):
    claim = ClaimFactory()
    response = client.post(url(claim), {"text": "Checked."})
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))
    assert not Note.objects.exists()


def test_it_adds_a_note_and_redirects(editor_client, editor):
    claim = ClaimFactory()
    response = editor_client.post(url(claim), {"text": "Checked the minutes."})
    assert response.status_code == 302
    review = reverse("articles:review", args=[claim.article_id])
    assert response.url == f"{review}?selected={claim.dom_id}#{claim.dom_id}"
    note = Note.objects.get()
    assert (note.claim, note.created_by, note.text) == (claim, editor, "Checked the minutes.")
    page = editor_client.get(response.url).content.decode()
    assert "Checked the minutes." in page
    assert "Alice Editor" in page


def test_it_answers_htmx_with_the_card(editor_client):
    quote = QuoteFactory()
    response = editor_client.post(url(quote, "quotes"), {"text": "Speaker confirmed by phone."}, **HTMX)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html
    assert html.strip().startswith(f'<article id="{quote.dom_id}" class="item-card quote selected"')
    assert "Speaker confirmed by phone." in html
    assert Note.objects.get().quote == quote


def test_it_shows_errors_for_an_empty_note(editor_client):
    claim = ClaimFactory()
    response = editor_client.post(url(claim), {"text": "   "}, **HTMX)
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert not Note.objects.exists()


def test_it_rerenders_the_page_with_errors_without_htmx(editor_client):
    claim = ClaimFactory()
    response = editor_client.post(url(claim), {"text": ""})
    assert response.status_code == 400
    html = response.content.decode()
    assert "<html" in html
    assert f'id="{claim.dom_id}" class="item-card claim selected"' in html
    assert "This field is required." in html
    assert not Note.objects.exists()


def test_it_escapes_hostile_notes(editor_client):
    claim = ClaimFactory()
    response = editor_client.post(url(claim), {"text": "<script>alert(1)</script>"}, **HTMX)
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_it_rejects_get(editor_client):
    claim = ClaimFactory()
    assert editor_client.get(url(claim)).status_code == 405


def test_it_returns_404_for_unknown_items(editor_client):
    claim = ClaimFactory()
    assert (
        editor_client.post(reverse("articles:item-note", args=["claims", 999999]), {"text": "x"}).status_code
        == 404
    )
    # A claim's primary key is not a quote's.
    assert editor_client.post(url(claim, "quotes"), {"text": "x"}).status_code == 404
    assert editor_client.post(f"/widgets/{claim.pk}/notes/", {"text": "x"}).status_code == 404
    assert not Note.objects.exists()


def test_a_checker_notes_any_item(checker_client, checker, other_editor):
    claim = ClaimFactory(assignee=other_editor, status="assigned")
    assert checker_client.post(url(claim), {"text": "Saw this on TV."}).status_code == 302
    assert Note.objects.get().created_by == checker
