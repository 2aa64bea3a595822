"""The forms of an item card: one POST-only view per action, for htmx and for plain forms.

With htmx the answer is the re-rendered card (status 200 even when invalid, since
htmx does not swap 4xx); without JavaScript a success redirects back to the item
on the review page and a failure re-renders that page with the errors.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.forms import Form
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.http import require_POST

from articles.forms import add_service_error, card_forms, item_form
from articles.models import Claim, Quote
from articles.selectors import CLAIM_THRESHOLD, article_review, item_card, item_get
from articles.services import review as services
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
    if not form.errors and not request.htmx:
        return redirect(_review_url(item), permanent=False)
    bound = form if form.errors else None
    stray = [str(e) for errors in form.errors.values() for e in errors]
    if request.htmx:
        card = item_card(item)
        card.forms = card_forms(card.item, card.verdict, bound, action)
        card.errors = stray if card.is_dismissed != (action == "restore") else []
        response = render(
            request, "articles/review.html#item-card", {"card": card, "article": card.item.article}
        )
        if bound is None and action in MOVES_HIGHLIGHTS:
            response.content += _body_oob(request, card.item)
        return response
    low = isinstance(item, Claim) and item.score < CLAIM_THRESHOLD
    page = article_review(article=item.article, show_all=low, selected=item.dom_id)
    for card in page.all_cards:
        if card.selected:
            card.forms = card_forms(card.item, card.verdict, bound, action)
            card.errors = stray if card.is_dismissed != (action == "restore") else []
        elif card.is_dismissed:
            card.forms = card_forms(card.item, card.verdict)
    return render(request, "articles/review.html", {"review": page, "article": item.article}, status=400)


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
    """Validate the action's form, hand its data to a service, answer with the card or the page."""
    item = item_get(kind, pk)
    form = item_form(action, item, data=request.POST)
    if form.is_valid():
        try:
            perform(item, form.cleaned_data)
        except ValidationError as error:
            add_service_error(form, error)
    return _respond(request, item, form, action)


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
def item_verdict(request: AuthenticatedHttpRequest, kind: str, pk: int) -> HttpResponse:
    return _submit(
        request,
        kind,
        pk,
        "verdict",
        lambda item, data: services.verdict_set(item=item, user=request.user, **data),
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
        lambda item, data: services.item_dismiss(item=item, user=request.user, **data),
    )


@require_POST
def item_restore(request: AuthenticatedHttpRequest, kind: str, pk: int) -> HttpResponse:
    return _submit(
        request, kind, pk, "restore", lambda item, data: services.item_restore(item=item, user=request.user)
    )
