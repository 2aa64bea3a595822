from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from articles.forms import QueueFilterForm
from articles.selectors import article_queue, my_queue, queue_filter_choices
from workbench.http import AuthenticatedHttpRequest

PAGE_SIZE = 25


@require_safe
def queue(request: AuthenticatedHttpRequest) -> HttpResponse:
    """Articles, filtered by the query string; htmx gets only the results (the URL follows)."""
    form = QueueFilterForm(request.GET, choices=queue_filter_choices())
    page = Paginator(article_queue(**form.filters()), PAGE_SIZE).get_page(request.GET.get("page"))
    # Pagination links keep the filters.
    filters = request.GET.copy()
    filters.pop("page", None)
    context = {"page": page, "form": form, "filters": filters.urlencode()}
    template = "articles/queue.html#queue-results" if request.htmx else "articles/queue.html"
    return render(request, template, context)


@require_safe
def my(request: AuthenticatedHttpRequest) -> HttpResponse:
    """What waits for the user: their items, and for editors and the chief what waits for approval."""
    return render(request, "articles/my_queue.html", {"queue": my_queue(request.user)})
