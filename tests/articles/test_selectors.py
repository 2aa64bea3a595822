import pytest
from django.http import Http404

from articles.models import ItemStatus
from articles.selectors import (
    CLAIM_THRESHOLD,
    Span,
    article_queue,
    article_review,
    item_card,
    item_get,
    paragraph_segments,
)
from tests.factories import ArticleFactory, ClaimFactory, QuoteFactory, VerdictFactory


def texts(paragraph) -> list[tuple[str, list[str]]]:
    return [(segment.text, segment.dom_ids) for segment in paragraph.segments]


class TestParagraphSegments:
    def test_it_leaves_plain_paragraphs_whole(self):
        paragraphs = paragraph_segments("One.\n\nTwo.", [])
        assert [texts(p) for p in paragraphs] == [[("One.", [])], [("Two.", [])]]
        assert [(p.start, p.end) for p in paragraphs] == [(0, 4), (6, 10)]

    def test_it_gives_nothing_for_an_empty_body(self):
        assert paragraph_segments("", [Span("claim-1", "claim", 0, 3)]) == []

    def test_it_cuts_at_item_edges(self):
        body = "Alpha beta gamma."
        (paragraph,) = paragraph_segments(body, [Span("claim-1", "claim", 6, 10)])
        assert texts(paragraph) == [("Alpha ", []), ("beta", ["claim-1"]), (" gamma.", [])]

    def test_it_marks_items_at_paragraph_edges(self):
        body = "Whole sentence.\n\nNext one."
        paragraphs = paragraph_segments(
            body, [Span("claim-1", "claim", 0, 15), Span("claim-2", "claim", 17, 26)]
        )
        assert texts(paragraphs[0]) == [("Whole sentence.", ["claim-1"])]
        assert texts(paragraphs[1]) == [("Next one.", ["claim-2"])]

    def test_it_nests_a_quote_inside_a_claim(self):
        body = 'He said "we won" today.'
        claim = Span("claim-1", "claim", 0, len(body))
        quote = Span("quote-2", "quote", 9, 15)
        (paragraph,) = paragraph_segments(body, [quote, claim])
        assert texts(paragraph) == [
            ('He said "', ["claim-1"]),
            ("we won", ["claim-1", "quote-2"]),
            ('" today.', ["claim-1"]),
        ]
        assert paragraph.segments[1].kinds == ["claim", "quote"]
        assert paragraph.segments[1].target == "quote-2"  # the innermost item wins the click
        assert paragraph.segments[0].target == "claim-1"

    def test_it_splits_overlapping_items(self):
        body = "aaaa bbbb cccc"
        spans = [Span("claim-1", "claim", 0, 9), Span("quote-1", "quote", 5, 14)]
        (paragraph,) = paragraph_segments(body, spans)
        assert texts(paragraph) == [
            ("aaaa ", ["claim-1"]),
            ("bbbb", ["claim-1", "quote-1"]),
            (" cccc", ["quote-1"]),
        ]
        assert paragraph.segments[1].data_items == "claim-1 quote-1"

    def test_it_marks_an_item_across_paragraphs_in_each(self):
        body = "First para ends.\n\nSecond starts here."
        (first, second) = paragraph_segments(body, [Span("quote-1", "quote", 11, 24)])
        assert texts(first) == [("First para ", []), ("ends.", ["quote-1"])]
        assert texts(second) == [("Second", ["quote-1"]), (" starts here.", [])]

    def test_it_offsets_later_paragraphs_correctly(self):
        body = "One.\n\nTwo three.\n\nFour."
        start = body.index("three")
        paragraphs = paragraph_segments(body, [Span("claim-9", "claim", start, start + 5)])
        assert texts(paragraphs[1]) == [("Two ", []), ("three", ["claim-9"]), (".", [])]
        assert texts(paragraphs[2]) == [("Four.", [])]

    def test_it_ignores_empty_spans_and_clips_spans_past_the_end(self):
        body = "Short."
        spans = [Span("claim-1", "claim", 3, 3), Span("claim-2", "claim", 2, 99)]
        (paragraph,) = paragraph_segments(body, spans)
        assert texts(paragraph) == [("Sh", []), ("ort.", ["claim-2"])]

    def test_segments_join_back_to_the_body(self):
        body = 'A "b c" d.\n\nE f g.\n\n"H i," said J.'
        spans = [Span(f"claim-{i}", "claim", i, i + 7) for i in range(0, len(body), 3)]
        paragraphs = paragraph_segments(body, spans)
        assert "\n\n".join("".join(s.text for s in p.segments) for p in paragraphs) == body


@pytest.mark.django_db
class TestItemGet:
    def test_it_gets_claims_and_quotes(self):
        claim, quote = ClaimFactory(), QuoteFactory()
        assert item_get("claims", claim.pk) == claim
        assert item_get("quotes", quote.pk) == quote

    def test_it_raises_404_for_unknown_kinds_and_keys(self):
        claim = ClaimFactory()
        with pytest.raises(Http404):
            item_get("notes", claim.pk)
        with pytest.raises(Http404):
            item_get("claims", claim.pk + 1000)


@pytest.mark.django_db
class TestArticleReview:
    def test_it_shows_claims_from_the_threshold_up(self):
        article = ArticleFactory()
        strong = ClaimFactory(article=article, score=CLAIM_THRESHOLD)
        weak = ClaimFactory(article=article, text="Critics said the plan may raise taxes", score=0.49)
        page = article_review(article=article)
        assert [card.item for card in page.cards] == [strong]
        assert page.hidden_count == 1
        page = article_review(article=article, show_all=True)
        assert [card.item for card in page.cards] == [strong, weak]
        assert page.cards[1].is_low

    def test_it_sets_dismissed_items_apart_and_does_not_highlight_them(self):
        article = ArticleFactory()
        claim = ClaimFactory(article=article, status=ItemStatus.DISMISSED)
        quote = QuoteFactory(article=article)
        page = article_review(article=article, selected=quote.dom_id)
        assert [card.item for card in page.dismissed] == [claim]
        assert [card.item for card in page.cards] == [quote]
        assert page.cards[0].selected
        marked = {d for p in page.paragraphs for s in p.segments for d in s.dom_ids}
        assert marked == {quote.dom_id}

    def test_it_orders_cards_by_position(self):
        article = ArticleFactory()
        late = ClaimFactory(article=article, text="Critics said the plan may raise taxes")
        early = QuoteFactory(article=article)
        assert [card.item for card in article_review(article=article).cards] == [early, late]

    def test_item_card_loads_the_verdict(self):
        verdict = VerdictFactory()
        card = item_card(verdict.claim)
        assert card.verdict == verdict and card.selected and card.slug == "claims"
        assert item_card(QuoteFactory()).verdict is None


@pytest.mark.django_db
class TestArticleQueue:
    def test_it_counts_without_multiplying_joins(self):
        article = ArticleFactory()
        claim = ClaimFactory(article=article)
        quote = QuoteFactory(article=article)
        VerdictFactory(claim=claim)
        VerdictFactory(claim=None, quote=quote)
        ArticleFactory()  # an article with nothing yet
        rows = {a.pk: a for a in article_queue()}
        row = rows[article.pk]
        assert (row.claim_count, row.quote_count, row.verdict_count) == (1, 1, 2)
        empty = next(a for pk, a in rows.items() if pk != article.pk)
        assert (empty.claim_count, empty.quote_count, empty.verdict_count) == (0, 0, 0)
        assert empty.last_activity == empty.created_at
