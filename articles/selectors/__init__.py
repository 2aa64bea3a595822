"""Reads: every non-trivial query the views need, named `<entity>_<action>`."""

from .constants import CLAIM_THRESHOLD
from .highlights import Paragraph, Segment, Span, paragraph_segments
from .queue import article_queue
from .review import (
    ITEM_MODELS,
    ItemCard,
    ReviewPage,
    article_get,
    article_review,
    item_by_dom_id,
    item_card,
    item_get,
)

__all__ = [
    "CLAIM_THRESHOLD",
    "ITEM_MODELS",
    "ItemCard",
    "Paragraph",
    "ReviewPage",
    "Segment",
    "Span",
    "article_get",
    "article_queue",
    "article_review",
    "item_by_dom_id",
    "item_card",
    "item_get",
    "paragraph_segments",
]
