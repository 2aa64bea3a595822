"""Reads for the review page: the article, its highlighted body and its item cards."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Prefetch, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from articles.access import may_take
from articles.models import Article, Claim, ItemStatus, Note, Quote, Source, Verdict
from articles.services.steps import STEP_STATES, approval_problem

from .constants import CLAIM_THRESHOLD
from .highlights import Paragraph, Span, paragraph_segments

# The URL slug of each item model: /claims/12/notes/, /quotes/3/verdict/.
ITEM_MODELS: dict[str, type[Claim] | type[Quote]] = {"claims": Claim, "quotes": Quote}


@dataclass(slots=True)
class ItemCard:
    """One claim or quote as its card shows it, with its review work loaded."""

    item: Claim | Quote
    verdict: Verdict | None
    notes: list[Note]
    sources: list[Source]
    selected: bool = False
    # Unbound or bound forms, keyed by action; views fill these in (selectors never build forms).
    forms: dict[str, Any] = field(default_factory=dict)
    # Messages for a form the card no longer shows (another editor dismissed the item meanwhile).
    errors: list[str] = field(default_factory=list)
    # The workflow steps the viewing user may take now ("verdict", "approve"...): see `card_actions`.
    actions: frozenset[str] = frozenset()

    @property
    def status(self) -> str:
        return self.item.status

    @property
    def status_label(self) -> str:
        return self.item.get_status_display()

    @property
    def assignee(self) -> AbstractBaseUser | None:
        return self.item.assignee

    @property
    def version(self) -> int:
        """The item's version, for correction forms."""
        return self.item.version

    @property
    def verdict_version(self) -> int:
        """The verdict's version for verdict forms: 0 when there is none yet."""
        return self.verdict.version if self.verdict else 0

    @property
    def is_approved(self) -> bool:
        return self.verdict is not None and self.verdict.approved_by_id is not None

    @property
    def approval_problem(self) -> str | None:
        """Why the verdict cannot be approved yet for want of sources (two, one primary), or None."""
        return approval_problem(self.sources)

    @property
    def dom_id(self) -> str:
        return self.item.dom_id

    @property
    def kind(self) -> str:
        return self.item._meta.model_name

    @property
    def slug(self) -> str:
        return f"{self.kind}s"

    @property
    def is_claim(self) -> bool:
        return isinstance(self.item, Claim)

    @property
    def is_dismissed(self) -> bool:
        return self.item.status == ItemStatus.DISMISSED

    @property
    def is_low(self) -> bool:
        """A sentence scored below the claim threshold, shown only on request."""
        return self.is_claim and self.item.score < CLAIM_THRESHOLD

    @property
    def score_percent(self) -> int:
        return round(self.item.score * 100) if self.is_claim else 0

    @property
    def is_edited(self) -> bool:
        """Corrected by an editor: text, span, or for a quote its kind or speaker."""
        item = self.item
        if item.edited_at is None:
            return False
        if item.is_corrected:
            return True
        if isinstance(item, Quote):
            name = item.speaker.name if item.speaker else item.speaker_mention
            return item.kind != item.extracted_kind or name != item.extracted_speaker_name
        return False


@dataclass(slots=True)
class ReviewPage:
    article: Article
    paragraphs: list[Paragraph]
    cards: list[ItemCard]
    dismissed: list[ItemCard]
    show_all: bool
    hidden_count: int
    selected: str

    @property
    def all_cards(self) -> list[ItemCard]:
        return [*self.cards, *self.dismissed]


def _with_work(queryset: QuerySet) -> QuerySet:
    # Everything a card shows, in a fixed number of queries whatever the number of items.
    return queryset.select_related(
        "edited_by",
        "assignee",
        "verdict",
        "verdict__created_by",
        "verdict__updated_by",
        "verdict__approved_by",
    ).prefetch_related(
        Prefetch("notes", Note.objects.select_related("created_by")),
        Prefetch("sources", Source.objects.select_related("created_by")),
    )


def card_actions(user: AbstractBaseUser | AnonymousUser, card: ItemCard) -> frozenset[str]:
    """The workflow steps `user` may take on the card's item in its present state (no queries).

    Names as in `articles.services.steps.STEP_STATES`. "approve" is offered to an
    editor who did not write the verdict even when sources are missing: the
    service then says what is missing (`card.approval_problem` says it beforehand).
    """
    return frozenset(
        step
        for step, states in STEP_STATES.items()
        if card.status in states and may_take(user, card.item, step)
    )


def _card(item: Claim | Quote, selected: str = "", user: AbstractBaseUser | None = None) -> ItemCard:
    try:
        verdict = item.verdict
    except ObjectDoesNotExist:
        verdict = None
    card = ItemCard(
        item=item,
        verdict=verdict,
        notes=list(item.notes.all()),
        sources=list(item.sources.all()),
        selected=item.dom_id == selected,
    )
    if user is not None:
        card.actions = card_actions(user, card)
    return card


def article_get(pk: int) -> Article:
    """The article with this primary key, or a 404."""
    return get_object_or_404(Article, pk=pk)


def item_get(kind: str, pk: int) -> Claim | Quote:
    """The one door to a claim or quote: `kind` is "claims" or "quotes"; 404 for anything unknown."""
    model = ITEM_MODELS.get(kind)
    if model is None:
        raise Http404("No such kind of item.")
    queryset = model.objects.select_related("article")
    if model is Quote:
        queryset = queryset.select_related("speaker")
    return get_object_or_404(queryset, pk=pk)


def item_by_dom_id(article: Article, dom_id: str) -> Claim | Quote:
    """The claim or quote of `article` whose dom id is `dom_id` ("claim-12"), or a 404."""
    kind, _, pk = dom_id.partition("-")
    if not pk.isdigit():
        raise Http404("No such item.")
    item = item_get(f"{kind}s", int(pk))
    if item.article_id != article.pk:
        raise Http404("No such item in this article.")
    return item


def item_card(
    item: Claim | Quote, *, selected: bool = True, user: AbstractBaseUser | None = None
) -> ItemCard:
    """A fresh card for one item, as re-rendered after an editor's change; `user` fills its actions."""
    queryset = _with_work(type(item).objects.select_related("article"))
    if isinstance(item, Quote):
        queryset = queryset.select_related("speaker")
    fresh = queryset.get(pk=item.pk)
    return _card(fresh, fresh.dom_id if selected else "", user)


def article_review(
    *,
    article: Article,
    show_all: bool = False,
    selected: str = "",
    user: AbstractBaseUser | None = None,
) -> ReviewPage:
    """The review page's data: body paragraphs cut into highlight segments, and item cards.

    Claims scoring below `CLAIM_THRESHOLD` are left out unless `show_all`;
    dismissed items are not highlighted and come back in `dismissed`. Cards are
    in reading order; with `user`, each card carries the steps that user may take.
    Runs a fixed number of queries whatever the number of items.
    """
    claims = list(_with_work(Claim.objects.filter(article=article).order_by("start", "id")))
    quotes = list(
        _with_work(Quote.objects.filter(article=article).select_related("speaker").order_by("start", "id"))
    )
    for item in [*claims, *quotes]:
        item.article = article  # the body is large: never fetch it once per item
    shown_claims = [c for c in claims if show_all or c.score >= CLAIM_THRESHOLD]
    items = sorted([*shown_claims, *quotes], key=lambda i: (i.start, i.end, i._meta.model_name, i.pk))
    cards = [_card(item, selected, user) for item in items]
    active = [card for card in cards if not card.is_dismissed]
    spans = [
        Span(card.dom_id, "sentence" if card.is_low else card.kind, card.item.start, card.item.end)
        for card in active
    ]
    return ReviewPage(
        article=article,
        paragraphs=paragraph_segments(article.body, spans),
        cards=active,
        dismissed=[card for card in cards if card.is_dismissed],
        show_all=show_all,
        hidden_count=len(claims) - len(shown_claims),
        selected=selected,
    )
