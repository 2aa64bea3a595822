"""article_ingest: what it stores. Refused input is tested in test_article_ingest_refusals.py."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta, timezone

import pytest

from articles.extraction import Claim as FoundClaim
from articles.extraction import Quantity
from articles.extraction import Quote as FoundQuote
from articles.extraction import Speaker as FoundSpeaker
from articles.models import Article, Claim, Quote, Speaker
from articles.services.ingest import IngestError, article_ingest
from tests.factories import ArticleFactory, SpeakerFactory

from .conftest import SEED_TITLE, span

pytestmark = pytest.mark.django_db


def test_it_ingests_the_seed_page(seed_page, editor):
    result = article_ingest(content=seed_page, filename="korea-times.txt", user=editor)

    assert result.created is True
    article = Article.objects.get()
    assert article == result.article
    assert article.title == SEED_TITLE
    assert article.input_mode == "page"
    assert article.source_name == "korea-times.txt"
    assert article.ingested_by == editor
    assert article.raw_input == seed_page.decode()
    assert len(article.content_hash) == 64
    assert "Nine North Korean workers dispatched to Russia" in article.body
    assert "Print Preview" not in article.body


def test_it_stores_claims_and_quotes_pointing_at_the_body(seed_page):
    article = article_ingest(content=seed_page).article

    claims = list(article.claims.all())
    assert claims, "every body sentence is stored as a scored claim"
    for claim in claims:
        assert article.body[claim.start : claim.end] == claim.text
        assert (claim.extracted_start, claim.extracted_end, claim.extracted_text) == (
            claim.start,
            claim.end,
            claim.text,
        )
        assert 0 <= claim.score <= 1
    quotes = list(article.quotes.all())
    assert quotes, "the seed article quotes Kang Dong-wan and Chung Eun-sook"
    for quote in quotes:
        assert article.body[quote.start : quote.end] == quote.text
    assert Speaker.objects.filter(name="Kang Dong-wan").exists()


def test_it_keeps_the_articles_own_utc_offset(seed_page):
    article = article_ingest(content=seed_page).article

    article.refresh_from_db()
    seoul = timezone(timedelta(hours=9))
    assert article.published == datetime(2023, 1, 25, 16, 47, tzinfo=seoul)
    assert article.updated == datetime(2023, 1, 26, 8, 32, tzinfo=seoul)
    assert article.utc_offset_minutes == 540


def test_it_returns_the_existing_article_for_the_same_content(seed_page):
    first = article_ingest(content=seed_page)
    counts = (Article.objects.count(), Claim.objects.count(), Quote.objects.count(), Speaker.objects.count())

    # The same page with different line ends and trailing spaces is the same content.
    again = article_ingest(content=seed_page.decode().replace("\n", " \r\n"))

    assert again.created is False
    assert again.article.pk == first.article.pk
    assert counts == (
        Article.objects.count(),
        Claim.objects.count(),
        Quote.objects.count(),
        Speaker.objects.count(),
    )


def test_it_returns_the_article_stored_by_a_concurrent_ingest(fake_extract, monkeypatch):
    # Another request stores the same content while this one is extracting.
    from articles import extraction

    result = fake_extract()
    content = "Some article text " * 10

    def racing_extract(text, *, mode):
        import hashlib

        ArticleFactory(content_hash=hashlib.sha256(" ".join(text.split()).encode()).hexdigest())
        return result

    monkeypatch.setattr(extraction, "extract", racing_extract)

    outcome = article_ingest(content=content)

    assert outcome.created is False
    assert Article.objects.count() == 1
    assert Claim.objects.count() == 0


def test_it_stores_every_part_of_the_article(fake_extract):
    from articles.extraction import Caption

    seoul = timezone(timedelta(hours=9))
    fake_extract(
        subtitle="Critics warn of taxes",
        section="Local",
        outlet="The Daily Test",
        authors=["Sam Reporter", " "],
        author_email="sam@daily.test",
        published=datetime(2026, 11, 24, 16, 47, tzinfo=seoul),
        captions=[Caption("The council chamber.", "Photo by Ann")],
    )

    article = article_ingest(content="anything long enough", source_url="https://daily.test/a").article

    article.refresh_from_db()
    assert article.title == "Council approves budget"
    assert (article.subtitle, article.section, article.outlet) == (
        "Critics warn of taxes",
        "Local",
        "The Daily Test",
    )
    assert article.authors == ["Sam Reporter"]
    assert article.author_email == "sam@daily.test"
    assert article.published == datetime(2026, 11, 24, 7, 47, tzinfo=UTC)
    assert article.utc_offset_minutes == 540
    assert article.captions == [{"text": "The council chamber.", "credit": "Photo by Ann"}]
    assert article.source_url == "https://daily.test/a"
    assert article.paragraphs[0].startswith("The council approved a budget")


def test_it_reads_naive_dates_in_the_newsroom_time_zone(fake_extract, settings):
    settings.TIME_ZONE = "Europe/London"
    fake_extract(published=datetime(2026, 7, 1, 12, 0))

    article = article_ingest(content="anything").article

    article.refresh_from_db()
    assert article.published == datetime(2026, 7, 1, 11, 0, tzinfo=UTC)  # British summer time
    assert article.utc_offset_minutes is None


def test_it_makes_a_title_when_the_page_has_none(fake_extract):
    fake_extract(title="")

    article = article_ingest(content="anything").article

    assert article.title.startswith("The council approved a budget of $4.2 million")


def test_it_stores_claims_with_hedges_quantities_and_reasons(fake_extract):
    body = "\n\n".join(fake_extract().article.paragraphs)
    start, end = span(body, "Critics said the plan may raise taxes for 3,000 households, an official said.")
    q_start, q_end = span(body, "3,000 households")
    fake_extract(
        claims=[
            FoundClaim(
                text=body[start:end],
                start=start,
                end=end,
                score=0.75,
                hedge="may",
                quantities=[Quantity(3000, "households", "", "3,000 households", q_start, q_end)],
                reasons=["has a quantity"],
            )
        ]
    )

    article = article_ingest(content="anything").article

    claim = article.claims.get()
    assert (claim.text, claim.start, claim.end, claim.score, claim.hedge) == (
        body[start:end],
        start,
        end,
        0.75,
        "may",
    )
    assert claim.quantities == [
        {
            "value": 3000,
            "unit": "households",
            "qualifier": "",
            "text": "3,000 households",
            "start": q_start,
            "end": q_end,
        }
    ]
    assert claim.reasons == ["has a quantity"]


def test_it_skips_empty_duplicate_and_out_of_range_spans(fake_extract, caplog):
    body = "\n\n".join(fake_extract().article.paragraphs)
    first = body.split("\n\n")[0]
    fake_extract(
        claims=[
            FoundClaim(text=first, start=0, end=len(first), score=0.9),
            FoundClaim(text=first, start=0, end=len(first), score=0.9),  # duplicate
            FoundClaim(text="", start=5, end=5, score=0.9),  # empty
            FoundClaim(text="beyond", start=len(body) - 2, end=len(body) + 10, score=0.9),  # outside
        ]
    )

    with caplog.at_level(logging.WARNING, logger="articles.services.ingest"):
        article = article_ingest(content="anything").article

    assert list(article.claims.values_list("start", "end")) == [(0, len(first))]
    assert "outside the body" in caplog.text


def test_it_shares_named_speakers_and_keeps_anonymous_ones_apart(fake_extract):
    existing = SpeakerFactory(name="Maria Lopez", description="")
    body = "\n\n".join(fake_extract().article.paragraphs)
    q_start, q_end = span(body, "We had no choice,")
    m_start, m_end = span(body, "Maria Lopez")
    a_start, a_end = span(body, "Critics said the plan may raise taxes for 3,000 households")
    b_start, b_end = span(body, "The council approved a budget")

    def anonymous() -> FoundSpeaker:
        return FoundSpeaker("an official", description="unnamed official", anonymous=True)

    fake_extract(
        quotes=[
            FoundQuote(
                "We had no choice,",
                "direct",
                "said",
                q_start,
                q_end,
                FoundSpeaker(
                    "MARIA LOPEZ", "the finance chair", mention="Maria Lopez", start=m_start, end=m_end
                ),
            ),
            FoundQuote(body[a_start:a_end], "indirect", "said", a_start, a_end, anonymous(), via="Yonhap"),
            FoundQuote(body[b_start:b_end], "indirect", "said", b_start, b_end, anonymous()),
        ]
    )

    article = article_ingest(content="anything").article

    direct = article.quotes.get(kind="direct")
    first_anonymous, second_anonymous = article.quotes.filter(speaker__anonymous=True)
    assert direct.speaker == existing
    existing.refresh_from_db()
    assert existing.description == "the finance chair"  # an empty description is filled in
    assert (direct.speaker_mention, direct.mention_start, direct.mention_end) == (
        "Maria Lopez",
        m_start,
        m_end,
    )
    assert direct.extracted_speaker_name == "MARIA LOPEZ"
    assert (direct.kind, direct.extracted_kind, direct.cue) == ("direct", "direct", "said")
    assert first_anonymous.speaker != second_anonymous.speaker
    assert Speaker.objects.filter(anonymous=True).count() == 2
    assert Speaker.objects.filter(anonymous=False).count() == 1
    assert {q.via for q in article.quotes.all()} == {"", "Yonhap"}


def test_it_stores_an_article_in_a_fixed_number_of_queries(fake_extract, django_assert_num_queries):
    body = "\n\n".join(fake_extract().article.paragraphs)
    quotes = []
    for index, paragraph in enumerate(body.split("\n\n")):
        start, end = span(body, paragraph)
        named = FoundSpeaker(f"Person Number{index}")
        anonymous = FoundSpeaker("an official", anonymous=True)
        quotes.append(FoundQuote(paragraph, "indirect", "said", start, end, named))
        quotes.append(FoundQuote(paragraph[1:], "indirect", "said", start + 1, end, anonymous))
    fake_extract(quotes=quotes)

    # The hash lookup, the speakers lookup, then in one transaction: the article, its claims
    # (none here), its new speakers (named and anonymous together) and its quotes.
    with django_assert_num_queries(7):
        article_ingest(content="anything")

    assert Speaker.objects.filter(anonymous=True).count() == 3
    assert Quote.objects.filter(speaker__isnull=False).count() == 6


def test_it_stores_nothing_when_the_engine_fails(monkeypatch, caplog):
    from articles import extraction

    def broken(content, *, mode):
        raise RuntimeError("engine bug")

    monkeypatch.setattr(extraction, "extract", broken)

    with pytest.raises(IngestError, match="could not be extracted"):
        article_ingest(content="A perfectly good article. " * 20)

    assert Article.objects.count() == 0
    assert "engine bug" in caplog.text


def test_it_stores_nothing_when_storing_an_item_fails(fake_extract, monkeypatch):
    body = "\n\n".join(fake_extract().article.paragraphs)
    fake_extract(claims=[FoundClaim(text=body[:10], start=0, end=10, score=0.9)])

    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(Claim.objects, "bulk_create", fail)

    with pytest.raises(RuntimeError):
        article_ingest(content="anything")

    assert Article.objects.count() == 0


def test_it_finds_a_named_speaker_with_accents_again(fake_extract):
    existing = SpeakerFactory(name="Jo\u00e3o \u00c9vora", description="a caf\u00e9 owner")
    body = "\n\n".join(fake_extract().article.paragraphs)
    q_start, q_end = span(body, "We had no choice,")
    fake_extract(
        quotes=[
            FoundQuote(
                "We had no choice,", "direct", "said", q_start, q_end, FoundSpeaker("Jo\u00e3o \u00c9vora")
            )
        ]
    )

    article = article_ingest(content="anything").article

    assert article.quotes.get().speaker == existing
    assert Speaker.objects.count() == 1


def test_it_stores_an_article_in_a_script_written_without_spaces():
    body = "\n\n".join(
        [
            "東京都は月曜日、新しい防災計画を発表した。計画では、二〇三〇年までに避難所を三百か所増やすとしている。",
            "都の担当者によると、費用は約五十億円になる見込みだという。専門家は計画を評価している。",
        ]
    )
    result = article_ingest(content=f"防災計画を発表\n\n{body}", mode="text")
    assert result.created
    assert "避難所" in result.article.body
