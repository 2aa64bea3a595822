"""The forms of an item card: one POST-only view per action, for htmx and for plain forms.

With htmx the answer is the re-rendered card (status 200 even when invalid, since
htmx does not swap 4xx); without JavaScript a success redirects back to the item
on the review page and a failure re-renders that page with the errors (400, or
409 for an edit conflict). A user who may not take the action gets a 403 page
saying why, before anything is read from the form.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.http import require_POST, require_safe

from articles.access import require_step
from articles.forms import Form, add_service_error, conflict_form, item_form
from articles.models import Claim, Quote
from articles.selectors import CLAIM_THRESHOLD, article_review, item_card, item_get, item_timeline
from articles.services import review as services
from articles.services import workflow
from articles.services.conflicts import EditConflict
from articles.views.cards import review_context, with_forms
from workbench.http import AuthenticatedHttpRequest

Item = Claim | Quote
# Actions that move or remove a highlight: their htmx answer also refreshes the article text.
MOVES_HIGHLIGHTS = {"correct", "dismiss", "restore"}


def _review_url(item: Item) -> str:
    # A low-score sentence is only listed with ?all=1: keep it in view after the change.
    low = isinstance(item, Claim) and item.score < CLAIM_THRESHOLD
    query = f"?{'all=1&' if low else ''}selected={item.dom_id}"
    return reverse("articles:review", args=[item.article_id]) + f"{query}#{item.dom_id}"


def _respond(request: AuthenticatedHttpRequest, item: Item, form: Form, action: str) -> HttpResponse:
    """The card (htmx) or the page (plain) after a submission; `form` is bound.

    Everything shown is read afresh from the database: a service that refused may
    have changed `item` in memory, and other editors may have added work meanwhile.
    """
    conflict = bool(getattr(form, "conflict", ""))
    failed = bool(form.errors) or conflict
    if not failed and not request.htmx:
        return redirect(_review_url(item), permanent=False)
    bound = form if failed else None
    if request.htmx:
        card = with_forms(item_card(item, user=request.user), bound, action)
        response = render(
            request, "articles/review.html#item-card", {"card": card, "article": card.item.article}
        )
        if bound is None and action in MOVES_HIGHLIGHTS:
            response.content += _body_oob(request, card.item)
        return response
    low = isinstance(item, Claim) and item.score < CLAIM_THRESHOLD
    context = review_context(
        request.user, item.article, show_all=low, selected=item.dom_id, bound=bound, action=action
    )
    return render(request, "articles/review.html", context, status=409 if conflict else 400)


def _body_oob(request: AuthenticatedHttpRequest, item: Item) -> bytes:
    """The article text with its highlights, to swap out-of-band beside the card."""
    # Keep "show all sentences" if the editor's page had it on.
    show_all = "all=1" in urlsplit(request.htmx.current_url or "").query.split("&")
    page = article_review(article=item.article, show_all=show_all, selected=item.dom_id)
    context = {"review": page, "article": item.article, "oob": True}
    return render_to_string("articles/review.html#article-body", context, request).encode()


def _submit(
    request: AuthenticatedHttpRequest,
    kind: str,
    pk: int,
    action: str,
    perform: Callable[[Item, dict], object],
) -> HttpResponse:
    """Check the actor, validate the action's form, hand its data to a service, answer with the card."""
    item = item_get(kind, pk)
    require_step(request.user, item, action)
    form = item_form(action, item, data=request.POST)
    if form.is_valid():
        try:
            perform(item, form.service_kwargs())
        except EditConflict as conflict:
            # Keep what they typed beside what was saved meanwhile; saving it again is their choice.
            form = conflict_form(form, action, item, conflict)
        except ValidationError as error:
            add_service_error(form, error)
    return _respond(request, item, form, action)


@require_POST
def item_assign(request: AuthenticatedHttpRequest, kind: str, pk: int) -> HttpResponse:
    return _submit(
        request,
        kind,
        pk,
        "assign",
        lambda item, data: workflow.item_assign(item=item, user=request.user, **data),
    )


@require_POST
def item_start(request: AuthenticatedHttpRequest, kind: str, pk: int) -> HttpResponse:
    return _submit(
        request,
        kind,
        pk,
        "start_review",
        lambda item, data: workflow.item_start_review(item=item, user=request.user),
    )


@require_POST
def item_verdict(request: AuthenticatedHttpRequest, kind: str, pk: int) -> HttpResponse:
    return _submit(
        request,
        kind,
        pk,
        "verdict",
        lambda item, data: workflow.verdict_set(item=item, user=request.user, **data),
    )


@require_POST
def item_approve(request: AuthenticatedHttpRequest, kind: str, pk: int) -> HttpResponse:
    return _submit(
        request,
        kind,
        pk,
        "approve",
        lambda item, data: workflow.verdict_approve(item=item, user=request.user),
    )


@require_POST
def item_return(request: AuthenticatedHttpRequest, kind: str, pk: int) -> HttpResponse:
    return _submit(
        request,
        kind,
        pk,
        "return",
        lambda item, data: workflow.verdict_return(item=item, user=request.user, **data),
    )


@require_POST
def item_publish(request: AuthenticatedHttpRequest, kind: str, pk: int) -> HttpResponse:
    return _submit(
        request, kind, pk, "publish", lambda item, data: workflow.item_publish(item=item, user=request.user)
    )


@require_POST
def item_note(request: AuthenticatedHttpRequest, kind: str, pk: int) -> HttpResponse:
    return _submit(
        request,
        kind,
        pk,
        "note",
        lambda item, data: services.note_create(item=item, user=request.user, **data),
    )


@require_POST
def item_source(request: AuthenticatedHttpRequest, kind: str, pk: int) -> HttpResponse:
    return _submit(
        request,
        kind,
        pk,
        "source",
        lambda item, data: services.source_create(item=item, user=request.user, **data),
    )


@require_POST
def item_correct(request: AuthenticatedHttpRequest, kind: str, pk: int) -> HttpResponse:
    def correct(item: Item, data: dict) -> object:
        if isinstance(item, Claim):
            return services.claim_correct(claim=item, user=request.user, **data)
        return services.quote_correct(quote=item, user=request.user, **data)

    return _submit(request, kind, pk, "correct", correct)


@require_POST
def item_dismiss(request: AuthenticatedHttpRequest, kind: str, pk: int) -> HttpResponse:
    return _submit(
        request,
        kind,
        pk,
        "dismiss",
        lambda item, data: workflow.item_dismiss(item=item, user=request.user, **data),
    )


@require_POST
def item_restore(request: AuthenticatedHttpRequest, kind: str, pk: int) -> HttpResponse:
    return _submit(
        request, kind, pk, "restore", lambda item, data: workflow.item_restore(item=item, user=request.user)
    )


@require_safe
def item_history(request: AuthenticatedHttpRequest, kind: str, pk: int) -> HttpResponse:
    """The item's timeline: who changed what and when, with old and new values."""
    item = item_get(kind, pk)
    context = {"item": item, "timeline": item_timeline(item), "back": _review_url(item)}
    template = "articles/history.html#item-history" if request.htmx else "articles/history.html"
    return render(request, template, context)
