"""Reads: every non-trivial query the views need, named `<entity>_<action>`."""

from .constants import CLAIM_THRESHOLD
from .highlights import Paragraph, Segment, Span, paragraph_segments
from .my_queue import MyQueue, QueueEntry, my_queue
from .queue import QueueFilterChoices, article_queue, queue_filter_choices
from .review import (
    ITEM_MODELS,
    ItemCard,
    ReviewPage,
    article_get,
    article_review,
    card_actions,
    item_by_dom_id,
    item_card,
    item_get,
)
from .timeline import FieldChange, TimelineEntry, item_timeline

__all__ = [
    "CLAIM_THRESHOLD",
    "ITEM_MODELS",
    "FieldChange",
    "ItemCard",
    "MyQueue",
    "Paragraph",
    "QueueEntry",
    "QueueFilterChoices",
    "ReviewPage",
    "Segment",
    "Span",
    "TimelineEntry",
    "article_get",
    "article_queue",
    "article_review",
    "card_actions",
    "item_by_dom_id",
    "item_card",
    "item_get",
    "item_timeline",
    "my_queue",
    "paragraph_segments",
    "queue_filter_choices",
]
