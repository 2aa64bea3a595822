"""The queue of articles, with the review counts an editor scans for."""

from __future__ import annotations

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


def article_queue() -> QuerySet[Article]:
    """Articles newest first, each annotated for the queue in one query.

    `claim_count` counts claims shown as claims (score at or above the threshold,
    not dismissed), `quote_count` quotes not dismissed, `verdict_count` verdicts
    given on either, and `last_activity` the latest of ingest, correction, note,
    source and verdict.
    """
    claims = Claim.objects.filter(article=OuterRef("pk")).annotate(article_ref=F("article"))
    quotes = Quote.objects.filter(article=OuterRef("pk")).annotate(article_ref=F("article"))
    return Article.objects.order_by("-created_at", "-id").annotate(
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
