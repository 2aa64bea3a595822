import pytest
from django.urls import reverse

from tests.factories import ClaimFactory, QuoteFactory

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


def url(item, kind: str = "claims") -> str:
    return reverse("articles:item-correct", args=[kind, item.pk])


def test_it_requires_login(client):
    claim = ClaimFactory()
    assert client.post(url(claim), {"text": "The city council approved a budget"}).status_code == 302
    claim.refresh_from_db()
    assert not claim.is_corrected


def test_it_corrects_a_claim(editor_client, editor):
    claim = ClaimFactory()
    response = editor_client.post(url(claim), {"text": "approved a budget of $4.2 million", "version": 1})
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.text == "approved a budget of $4.2 million"
    assert claim.article.body[claim.start : claim.end] == claim.text
    assert claim.edited_by == editor
    page = editor_client.get(response.url).content.decode()
    assert "Edited by Alice Editor" in page


def test_it_answers_htmx_with_the_card_and_the_new_highlights(editor_client):
    claim = ClaimFactory()
    response = editor_client.post(
        url(claim), {"text": "approved a budget of $4.2 million", "version": 1}, **HTMX
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" not in html
    assert html.strip().startswith(f'<article id="{claim.dom_id}" class="item-card claim selected"')
    assert "Edited by Alice Editor" in html
    # The article text comes along out of band, highlighting the corrected span.
    assert 'id="article-body" class="article-body" hx-swap-oob="true"' in html
    assert f'data-items="{claim.dom_id}"><a' in html
    assert ">approved a budget of $4.2 million</a></mark>" in html


def test_it_refuses_text_not_in_the_article(editor_client):
    claim = ClaimFactory()
    response = editor_client.post(url(claim), {"text": "The moon is made of cheese", "version": 1}, **HTMX)
    assert response.status_code == 200
    html = response.content.decode()
    assert "The corrected text must be part of the article" in html
    assert "hx-swap-oob" not in html
    claim.refresh_from_db()
    assert not claim.is_corrected and claim.edited_by is None


def test_it_corrects_a_quote(editor_client):
    quote = QuoteFactory()
    data = {
        "text": "We had no choice",
        "speaker_name": "Maria Lopez",
        "speaker_description": "finance chair",
        "kind": "indirect",
        "version": 1,
    }
    response = editor_client.post(url(quote, "quotes"), data, **HTMX)
    assert response.status_code == 200
    quote.refresh_from_db()
    assert (quote.text, quote.kind, quote.speaker.name) == ("We had no choice", "indirect", "Maria Lopez")
    html = response.content.decode()
    assert "Indirect quote" in html
    assert "Maria Lopez" in html


def test_it_shows_the_quote_fields(editor_client):
    quote = QuoteFactory()
    review = reverse("articles:review", args=[quote.article_id])
    html = editor_client.get(f"{review}?selected={quote.dom_id}").content.decode()
    for label in ["Quote text", "Speaker", "Speaker description", "Kind"]:
        assert f'for="{quote.dom_id}-correct-' in html
        assert f">{label}</label>" in html, label


def test_it_refuses_a_bad_kind(editor_client):
    quote = QuoteFactory()
    data = {"text": "We had no choice", "speaker_name": "", "kind": "sarcastic", "version": 1}
    response = editor_client.post(url(quote, "quotes"), data)
    assert response.status_code == 400
    assert "Select a valid choice." in response.content.decode()
    quote.refresh_from_db()
    assert quote.kind == "direct"


def test_it_rejects_get(editor_client):
    assert editor_client.get(url(ClaimFactory())).status_code == 405


def test_it_returns_404_for_unknown_items(editor_client):
    response = editor_client.post(reverse("articles:item-correct", args=["quotes", 999999]), {"text": "x"})
    assert response.status_code == 404


def test_a_stale_correction_shows_the_conflict_and_keeps_the_text(editor_client, other_editor):
    claim = ClaimFactory(version=3, text="approved a budget of $4.2 million", edited_by=other_editor)
    data = {"text": "The city council approved a budget of $4.2 million on Tuesday", "version": 2}
    response = editor_client.post(url(claim), data, **HTMX)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Edit conflict" in html
    theirs, yours = html.split('<div class="theirs">')[1].split('<form class="item-form yours"')
    assert "<dd>approved a budget of $4.2 million</dd>" in theirs
    assert "on Tuesday</textarea>" in yours and 'name="version" value="3"' in yours
    claim.refresh_from_db()
    assert claim.text == "approved a budget of $4.2 million"
    response = editor_client.post(url(claim), {**data, "version": 3})
    assert response.status_code == 302
    claim.refresh_from_db()
    assert claim.text == data["text"]


def test_a_checker_may_not_correct_someone_elses_quote(checker_client, other_editor):
    quote = QuoteFactory(assignee=other_editor, status="assigned")
    data = {"text": "We had no choice", "speaker_name": "Maria Lopez", "kind": "direct", "version": 1}
    assert checker_client.post(url(quote, "quotes"), data).status_code == 403
    quote.refresh_from_db()
    assert quote.text == "We had no choice,"
