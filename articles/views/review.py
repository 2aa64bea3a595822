from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST, require_safe
from django_htmx.http import HttpResponseClientRefresh

from articles.access import can_assign, display_name, require_role
from articles.forms import ArticleAssignForm
from articles.models import Article
from articles.roles import Role
from articles.selectors import article_get, article_review, item_by_dom_id, item_card
from articles.services.workflow import article_assign as assign_all
from articles.views.cards import with_forms
from workbench.http import AuthenticatedHttpRequest


def _page(request: AuthenticatedHttpRequest, article: Article, **kwargs) -> dict:
    """The review page's context; only the selected and dismissed cards carry their forms."""
    page = article_review(article=article, user=request.user, **kwargs)
    # Rendering every card's forms would triple the page: the browser fetches a card's forms on selection.
    for card in page.all_cards:
        if card.selected or card.is_dismissed:
            with_forms(card)
    assign_form = ArticleAssignForm() if can_assign(request.user) else None
    return {"review": page, "article": article, "assign_form": assign_form}


@require_safe
def review(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    article = article_get(pk)
    selected = request.GET.get("selected", "")
    if request.htmx and selected:
        # Selecting a card in the browser fetches just that card, now with its forms.
        card = with_forms(item_card(item_by_dom_id(article, selected), user=request.user))
        return render(request, "articles/review.html#item-card", {"card": card, "article": article})
    context = _page(request, article, show_all=request.GET.get("all") == "1", selected=selected)
    return render(request, "articles/review.html", context)


@require_POST
def article_assign(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """Assign every claim and quote of the article that waits for someone (editors)."""
    article = article_get(pk)
    require_role(request.user, Role.EDITOR, "Only an editor assigns work.")
    form = ArticleAssignForm(request.POST)
    if not form.is_valid():
        if request.htmx:
            return render(
                request, "articles/review.html#article-assign", {"article": article, "assign_form": form}
            )
        context = _page(request, article) | {"assign_form": form}
        return render(request, "articles/review.html", context, status=400)
    count = assign_all(article=article, user=request.user, **form.service_kwargs())
    assignee = display_name(form.cleaned_data["assignee"])
    messages.success(request, f"Assigned {count} claims and quotes to {assignee}.")
    return HttpResponseClientRefresh() if request.htmx else redirect(article)
