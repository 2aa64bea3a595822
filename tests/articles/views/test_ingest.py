import json
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from articles.models import Article, Claim, Quote

pytestmark = pytest.mark.django_db
URL = reverse("articles:ingest")
ROOT = Path(__file__).resolve().parents[3]
SEED_PAGE = ROOT / "seeds" / "korea-times-nk-workers-defect.txt"
SEED_GOLD = ROOT.parent / "shared" / "seeds" / "korea-times-nk-workers-defect.expected.json"

ARTICLE = """Council approves budget

By Sam Reporter

The city council approved a budget of $4.2 million on Tuesday, more than last year's $4 million.

"We had no choice," said Maria Lopez, the council's finance chair, adding that costs rose sharply.

Critics said the plan may raise taxes for 3,000 households across the city next year.
"""


def test_it_requires_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))
    client.post(URL, {"content": ARTICLE, "mode": "text"})
    assert not Article.objects.exists()


def test_it_shows_the_form(editor_client):
    html = editor_client.get(URL).content.decode()
    for label in ["Article text or HTML", "Input kind", "File", "Source URL"]:
        assert f">{label}</label>" in html, label
    for option in ["Scraped page text", "HTML", "Clean article text", "Guess"]:
        assert f">{option}</option>" in html
    assert 'enctype="multipart/form-data"' in html


def test_it_adds_a_pasted_article(editor_client, editor):
    response = editor_client.post(URL, {"content": ARTICLE, "mode": "text", "source_url": "https://x.test/a"})
    article = Article.objects.get()
    assert response.status_code == 302
    assert response.url == article.get_absolute_url()
    assert article.ingested_by == editor
    assert article.source_url == "https://x.test/a"
    page = editor_client.get(response.url).content.decode()
    assert "Article added" in page


def test_it_says_when_the_article_was_already_there(editor_client):
    editor_client.post(URL, {"content": ARTICLE, "mode": "text"})
    response = editor_client.post(URL, {"content": ARTICLE, "mode": "text"}, follow=True)
    assert Article.objects.count() == 1
    assert "This article was already in the queue" in response.content.decode()


def test_it_adds_an_uploaded_file_and_guesses_its_kind(editor_client):
    upload = SimpleUploadedFile(
        "budget.html", f"<html><body><h1>Council</h1><p>{ARTICLE}</p></body></html>".encode()
    )
    response = editor_client.post(URL, {"file": upload, "mode": "guess"})
    assert response.status_code == 302
    assert Article.objects.get().input_mode == "html"


def test_it_refuses_a_file_over_the_limit(editor_client, settings):
    settings.INGEST_MAX_BYTES = 1000
    upload = SimpleUploadedFile("big.txt", b"word " * 300)
    response = editor_client.post(URL, {"file": upload, "mode": "text"})
    assert response.status_code == 400
    assert "the limit is 1000\xa0bytes" in response.content.decode()
    assert not Article.objects.exists()


def test_it_refuses_pasted_text_over_the_limit(editor_client, settings):
    settings.INGEST_MAX_BYTES = 1000
    response = editor_client.post(URL, {"content": "word " * 300, "mode": "text"})
    assert response.status_code == 400
    assert "the limit is 1000\xa0bytes" in response.content.decode()
    assert not Article.objects.exists()


def test_it_refuses_other_file_types(editor_client):
    upload = SimpleUploadedFile("photo.png", b"\x89PNG\r\n")
    response = editor_client.post(URL, {"file": upload, "mode": "guess"})
    assert response.status_code == 400
    assert "Upload a .txt or .html file." in response.content.decode()


def test_it_needs_text_or_a_file(editor_client):
    response = editor_client.post(URL, {"content": "  ", "mode": "guess"})
    assert response.status_code == 400
    assert "Paste an article or upload a file." in response.content.decode()


def test_it_shows_ingest_errors_and_stores_nothing(editor_client):
    response = editor_client.post(URL, {"content": "Too short to be an article.", "mode": "text"})
    assert response.status_code == 400
    assert "No article text was found in this page" in response.content.decode()
    assert not Article.objects.exists()


def test_it_shows_binary_files_as_errors(editor_client):
    upload = SimpleUploadedFile("data.txt", bytes(range(256)) * 20)
    response = editor_client.post(URL, {"file": upload, "mode": "guess"})
    assert response.status_code == 400
    assert "errorlist" in response.content.decode()
    assert not Article.objects.exists()


def test_it_rejects_put(editor_client):
    assert editor_client.put(URL).status_code == 405


def test_it_ingests_the_seed_page(editor_client):
    """The seed page, end to end: its facts show on the review page (needs the extraction engine)."""
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))["article"]
    upload = SimpleUploadedFile(SEED_PAGE.name, SEED_PAGE.read_bytes())
    response = editor_client.post(URL, {"file": upload, "mode": "page"}, follow=True)
    html = response.content.decode()
    article = Article.objects.get()
    assert article.title == gold["title"]
    for text in ["The Korea Times", "Jung Min-ho", "mj6c2@koreatimes.co.kr", "25 Jan 2023, 16:47 +09:00"]:
        assert text in html, text
    assert "Print Preview" not in html
    assert Claim.objects.filter(
        article=article, text__contains="more than 20,000 North Korean workers"
    ).exists()
    assert Quote.objects.filter(article=article, speaker__name="Kang Dong-wan").exists()
    assert "Kang Dong-wan" in html
