"""Unit tests of the measurement harness's metric functions, on tiny hand-made inputs."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from articles.extraction.evaluate.gold_meta import read_gold_meta
from articles.extraction.evaluate.metrics import (
    body_score,
    count_score,
    f1,
    match_spans,
    page_precision_recall,
    shingles,
    spans_match,
)
from articles.extraction.evaluate.normalise import (
    authors_agree,
    dates_agree,
    normalise_title,
    parse_date,
    titles_agree,
)
from articles.extraction.evaluate.quotes import Predicted, QuoteCounts, clean_text, regex_baseline


def test_it_counts_four_token_shingles():
    assert shingles("a b c d e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}


def test_it_keeps_a_short_text_as_one_shingle():
    assert shingles("Hello, world!") == {("Hello", "world"): 1}
    assert shingles(" ,.; ") == {}


def test_it_scores_an_exact_body_as_one():
    assert page_precision_recall("one two three four five", "one two three four five") == (1.0, 1.0)


def test_it_scores_extra_and_missing_shingles():
    # 6 tokens predicted -> 3 shingles, 2 of them in the gold's 2 shingles.
    precision, recall = page_precision_recall("a b c d e menu", "a b c d e")
    assert (precision, recall) == (pytest.approx(2 / 3), 1.0)
    precision, recall = page_precision_recall("a b c d", "a b c d e")
    assert (precision, recall) == (1.0, 0.5)


def test_it_counts_repeated_shingles_as_a_multiset():
    # Predicted has the gold's one shingle twice: one hit, one false positive.
    assert page_precision_recall("a b c d a b c d", "a b c d") == (pytest.approx(1 / 5), 1.0)


def test_it_leaves_an_empty_prediction_out_of_precision():
    assert page_precision_recall("", "a b c d") == (None, 0.0)
    assert page_precision_recall("a b c d", "") == (0.0, None)


def test_it_averages_precision_and_recall_over_pages_before_f1():
    score = body_score([("a b c d", "a b c d"), ("a b c d", "a b c d e f g")])
    assert score.precision == 1.0
    assert score.recall == pytest.approx((1 + 1 / 4) / 2)
    assert score.f1 == pytest.approx(f1(1.0, 0.625))
    assert score.count == 2


def test_it_skips_pages_with_nothing_predicted_in_precision_only():
    score = body_score([("", "a b c d"), ("a b c d", "a b c d")])
    assert (score.precision, score.recall) == (1.0, 0.5)


def test_f1_of_zero_is_zero():
    assert f1(0.0, 0.0) == 0.0
    assert f1(0.5, 1.0) == pytest.approx(2 / 3)


def test_spans_match_when_overlap_passes_30_percent_of_the_longer():
    assert spans_match((0, 10), (5, 20))  # overlap 5 > 0.3 * 15
    assert not spans_match((0, 10), (7, 20))  # overlap 3 < 0.3 * 13
    assert not spans_match((0, 3), (0, 10))  # overlap 3 = 0.3 * 10, not more
    assert not spans_match((0, 10), (10, 20))
    assert not spans_match((5, 5), (5, 5))


def test_it_matches_one_to_one_by_largest_overlap_first():
    predicted = [(0, 10), (0, 9)]
    gold = [(0, 10)]
    assert match_spans(predicted, gold) == [(0, 0)]
    # The second prediction overlaps both gold spans; it goes to the one it shares most with.
    assert match_spans([(0, 10), (5, 20)], [(0, 10), (8, 20)]) == [(0, 0), (1, 1)]


def test_it_scores_counts_with_zero_denominators():
    score = count_score(0, 0, 5)
    assert (score.precision, score.recall, score.f1) == (0.0, 0.0, 0.0)
    score = count_score(3, 4, 6)
    assert score.f1 == pytest.approx(f1(0.75, 0.5))


@pytest.mark.parametrize(
    ("ours", "gold"),
    [
        ("Republicans Are Following Trump", "republicans are following  trump"),
        ("\u2018The Medium\u2019 is here", "'The Medium' is here"),
        ("Storm hits coast", "Storm hits coast - The Daily Planet"),
        ("Storm hits coast | Planet", "Storm hits coast"),
        ("Storm hits coast \u2014 Planet", "Storm hits coast"),
    ],
)
def test_titles_agree_once_normalised(ours, gold):
    assert titles_agree(ours, gold)


def test_different_titles_do_not_agree():
    assert not titles_agree("Storm hits coast", "Storm misses coast")
    assert not titles_agree("", "Storm hits coast")


def test_it_normalises_title_case_quotes_and_spaces():
    assert normalise_title(" \u201cBig\u201d   News\u2014Today ") == 'big" news-today'


def test_authors_agree_on_any_shared_name():
    assert authors_agree(["Jane Doe"], ["By Jane Doe and John Roe"])
    assert authors_agree(["Doe Jane"], ["Jane Doe"])
    assert authors_agree(["Jane M. Doe"], ["Jane Doe"])
    assert authors_agree(["José Álvarez"], ["Jose Alvarez"])


def test_authors_with_no_shared_name_do_not_agree():
    assert not authors_agree(["Jane Doe"], ["John Roe"])
    assert not authors_agree(["Doe"], ["Jane Doe"])  # one word is not enough
    assert not authors_agree([], ["Jane Doe"])


def test_dates_agree_on_the_same_calendar_day():
    assert dates_agree(datetime(2019, 11, 19, 23, 0), "2019-11-19T09:01:42+05:30")
    assert dates_agree("November 19, 2019", "2019-11-19")
    assert not dates_agree(date(2019, 11, 18), "2019-11-19T00:30:00")


def test_dates_agree_across_time_zones_on_the_gold_day():
    ours = datetime(2019, 11, 20, 2, 0, tzinfo=UTC)
    gold = "2019-11-19T21:00:00-05:00"
    assert dates_agree(ours, gold)
    # 20:00 in Seoul on the 20th is 06:00 on the 20th in New York: another day.
    assert not dates_agree(datetime(2019, 11, 20, 20, 0, tzinfo=timezone(timedelta(hours=9))), gold)


def test_it_reads_no_date_from_nonsense():
    assert parse_date("not a date at all") is None
    assert parse_date("") is None
    assert not dates_agree(None, "2019-11-19")


def test_it_reads_gold_metadata_from_json_ld_then_open_graph():
    html = """<html><head>
    <script type="application/ld+json">{"@graph": [{"@type": "NewsArticle",
      "headline": "Big &#8216;news&#8217;",
      "author": [{"@type": "Person", "name": "Jane Doe"}, "John Roe"],
      "datePublished": "2019-11-19T09:00:00Z"}]}</script>
    <meta property="og:title" content="Other title">
    </head><body></body></html>"""
    gold = read_gold_meta(html)
    assert gold.title == "Big \u2018news\u2019"
    assert gold.authors == ["Jane Doe", "John Roe"]
    assert gold.published == "2019-11-19T09:00:00Z"


def test_it_falls_back_to_meta_tags_and_drops_placeholder_dates():
    html = """<html><head><meta property="og:title" content="OG title">
    <meta name="author" content="Jane Doe">
    <meta property="article:published_time" content="0001-01-01T00:00:00Z"></head></html>"""
    gold = read_gold_meta(html)
    assert (gold.title, gold.authors, gold.published) == ("OG title", ["Jane Doe"], "")


def test_clean_text_maps_every_character_back():
    text = "Title here.\n\nHe said\u00a0 \u201cyes.\u201d\nNext  line\n"
    clean = clean_text(text)
    assert clean.paragraphs == ["Title here.", "He said \u201cyes.\u201d", "Next line"]
    body = clean.body
    for i, char in enumerate(body):
        original = text[clean.origin[i]]
        assert char == original or (char.isspace() and original.isspace())
    start = body.index("\u201cyes")
    assert clean.to_original(start, start + 6) == (text.index("\u201cyes"), text.index("\u201cyes") + 6)


def test_regex_baseline_takes_what_is_between_paired_marks():
    text = 'He said \u201cwe will win\u201d and "so what".'
    spans = [(p.start, p.end) for p in regex_baseline(text)]
    assert [text[s:e] for s, e in spans] == ["we will win", "so what"]


def test_quote_counts_score_kinds_and_speakers():
    gold = [
        {"start": 0, "end": 10, "kind": "direct", "speaker": {"start": 20, "end": 24}},
        {"start": 30, "end": 50, "kind": "indirect", "speaker": {"start": None, "end": None}},
    ]
    predicted = [Predicted(0, 9, True, (20, 23)), Predicted(30, 50, True, None), Predicted(60, 70, False)]
    counts = QuoteCounts()
    counts.add(predicted, gold)
    assert (counts.tallies["all"].matched, counts.tallies["all"].predicted) == (2, 3)
    assert (counts.tallies["direct"].matched, counts.tallies["direct"].predicted) == (1, 2)
    assert (counts.tallies["indirect"].matched, counts.tallies["indirect"].gold) == (0, 1)
    # Only the pair whose gold names a source counts for speakers.
    assert (counts.speaker_right, counts.speaker_pairs) == (1, 1)
