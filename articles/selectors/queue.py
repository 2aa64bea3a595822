"""The queue of articles, with the review counts an editor scans for."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import (
    Count,
    DateTimeField,
    F,
    IntegerField,
    Max,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce, Greatest

from articles.access import assignable_users
from articles.models import Article, Claim, ItemStatus, Note, Quote, Source, Verdict

from .constants import CLAIM_THRESHOLD


def _count(queryset: QuerySet) -> Coalesce:
    # A correlated COUNT per row: joins would multiply each other's rows.
    counted = queryset.order_by().values("article_ref").annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def _latest(queryset: QuerySet, field: str) -> Coalesce:
    latest = queryset.order_by().values("article_ref").annotate(at=Max(field)).values("at")
    # Coalesce to the ingest time: GREATEST() is NULL on SQLite as soon as one argument is.
    return Coalesce(Subquery(latest, output_field=DateTimeField()), F("created_at"))


def _work(model: type, ref: str) -> QuerySet:
    """Notes, sources or verdicts of one article's claims and quotes, grouped by that article."""
    return model.objects.filter(Q(claim__article=OuterRef(ref)) | Q(quote__article=OuterRef(ref))).annotate(
        article_ref=Coalesce("claim__article", "quote__article")
    )


def _visible_claims() -> QuerySet[Claim]:
    # Low-scoring sentences count once someone has started work on them.
    return Claim.objects.filter(Q(score__gte=CLAIM_THRESHOLD) | ~Q(status=ItemStatus.NEW))


def _articles_with(claims: QuerySet, quotes: QuerySet) -> Q:
    """Articles having one of these claims or quotes: subqueries, so that no article comes twice."""
    return Q(pk__in=claims.values("article")) | Q(pk__in=quotes.values("article"))


def article_queue(
    *,
    state: str | None = None,
    assignee: AbstractBaseUser | str | None = None,
    section: str = "",
    outlet: str = "",
    q: str = "",
) -> QuerySet[Article]:
    """Articles newest first, each annotated for the queue in one query, optionally filtered.

    `claim_count` counts claims shown as claims (score at or above the threshold,
    not dismissed), `quote_count` quotes not dismissed, `verdict_count` verdicts
    given on either, and `last_activity` the latest of ingest, correction, note,
    source and verdict.

    Filters: `state`, articles with a claim or quote in that state (claims below
    the threshold only once work started on them); `assignee`, with an item
    assigned to that user, or with "none" an open item nobody has; `section` and
    `outlet` exactly; `q`, case-insensitively in the title or a claim's text.
    """
    claims = Claim.objects.filter(article=OuterRef("pk")).annotate(article_ref=F("article"))
    quotes = Quote.objects.filter(article=OuterRef("pk")).annotate(article_ref=F("article"))
    queryset = Article.objects.order_by("-created_at", "-id")
    if state:
        queryset = queryset.filter(
            _articles_with(_visible_claims().filter(status=state), Quote.objects.filter(status=state))
        )
    if assignee == "none":
        closed = [ItemStatus.DISMISSED, ItemStatus.PUBLISHED]
        queryset = queryset.filter(
            _articles_with(
                _visible_claims().filter(assignee=None).exclude(status__in=closed),
                Quote.objects.filter(assignee=None).exclude(status__in=closed),
            )
        )
    elif assignee is not None:
        queryset = queryset.filter(
            _articles_with(Claim.objects.filter(assignee=assignee), Quote.objects.filter(assignee=assignee))
        )
    if section:
        queryset = queryset.filter(section=section)
    if outlet:
        queryset = queryset.filter(outlet=outlet)
    if q := q.strip():
        queryset = queryset.filter(
            Q(title__icontains=q) | Q(pk__in=Claim.objects.filter(text__icontains=q).values("article"))
        )
    return queryset.annotate(
        claim_count=_count(claims.filter(score__gte=CLAIM_THRESHOLD).exclude(status=ItemStatus.DISMISSED)),
        quote_count=_count(quotes.exclude(status=ItemStatus.DISMISSED)),
        verdict_count=_count(_work(Verdict, "pk")),
        last_activity=Greatest(
            F("created_at"),
            _latest(claims, "edited_at"),
            _latest(quotes, "edited_at"),
            _latest(_work(Note, "pk"), "created_at"),
            _latest(_work(Source, "pk"), "created_at"),
            _latest(_work(Verdict, "pk"), "updated_at"),
        ),
    )


@dataclass(frozen=True, slots=True)
class QueueFilterChoices:
    """What the queue's filters offer: states, sections and outlets present, people on the desk."""

    states: list[tuple[str, str]]
    sections: list[str]
    outlets: list[str]
    assignees: list[AbstractBaseUser]


def queue_filter_choices() -> QueueFilterChoices:
    """The values the queue's filter form offers (three queries)."""

    def present(field: str) -> list[str]:
        return list(
            Article.objects.exclude(**{field: ""}).order_by(field).values_list(field, flat=True).distinct()
        )

    return QueueFilterChoices(
        states=list(ItemStatus.choices),
        sections=present("section"),
        outlets=present("outlet"),
        assignees=list(assignable_users()),
    )
