from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from articles.forms import card_forms
from articles.selectors import article_get, article_review, item_by_dom_id, item_card
from workbench.http import AuthenticatedHttpRequest


@require_safe
def review(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    article = article_get(pk)
    selected = request.GET.get("selected", "")
    if request.htmx and selected:
        # Selecting a card in the browser fetches just that card, now with its forms.
        card = item_card(item_by_dom_id(article, selected))
        card.forms = card_forms(card.item, card.verdict)
        return render(request, "articles/review.html#item-card", {"card": card, "article": article})
    page = article_review(article=article, show_all=request.GET.get("all") == "1", selected=selected)
    # Only the selected card carries its forms: rendering every card's forms would triple the page.
    for card in page.all_cards:
        if card.selected or card.is_dismissed:
            card.forms = card_forms(card.item, card.verdict)
    return render(request, "articles/review.html", {"review": page, "article": article})
