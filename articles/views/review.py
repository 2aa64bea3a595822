from django.contrib import messages
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST, require_safe
from django_htmx.http import HttpResponseClientRefresh

from articles.access import display_name, require_role
from articles.forms import ArticleAssignForm
from articles.roles import Role
from articles.selectors import article_get, item_by_dom_id, item_card
from articles.services.workflow import article_assign as assign_all
from articles.views.cards import review_context, with_forms
from workbench.http import AuthenticatedHttpRequest


@require_safe
def review(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    article = article_get(pk)
    selected = request.GET.get("selected", "")
    if request.htmx and selected:
        # Selecting a card in the browser fetches just that card, now with its forms.
        card = with_forms(item_card(item_by_dom_id(article, selected), user=request.user))
        return render(request, "articles/review.html#item-card", {"card": card, "article": article})
    context = review_context(request.user, article, show_all=request.GET.get("all") == "1", selected=selected)
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
        context = review_context(request.user, article) | {"assign_form": form}
        return render(request, "articles/review.html", context, status=400)
    count = assign_all(article=article, user=request.user, **form.service_kwargs())
    assignee = display_name(form.cleaned_data["assignee"])
    messages.success(request, f"Assigned {count} claims and quotes to {assignee}.")
    return HttpResponseClientRefresh() if request.htmx else redirect(article)
