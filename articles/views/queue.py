from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_safe

from articles.selectors import article_queue
from workbench.http import AuthenticatedHttpRequest

PAGE_SIZE = 25


@require_safe
def queue(request: AuthenticatedHttpRequest) -> HttpResponse:
    page = Paginator(article_queue(), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "articles/queue.html", {"page": page})
