from django.conf import settings
from django.contrib import messages
from django.core.exceptions import RequestDataTooBig
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.defaultfilters import filesizeformat
from django.views.decorators.http import require_http_methods

from articles.forms import IngestForm
from articles.services.ingest import IngestError, article_ingest
from workbench.http import AuthenticatedHttpRequest


@require_http_methods(["GET", "HEAD", "POST"])
def ingest(request: AuthenticatedHttpRequest) -> HttpResponse:
    if request.method != "POST":
        return render(request, "articles/ingest.html", {"form": IngestForm()})
    try:
        form = IngestForm(request.POST, request.FILES)
    except RequestDataTooBig:
        # Django refuses to parse a body this large; say so instead of a bare 400 page.
        limit = filesizeformat(settings.INGEST_MAX_BYTES)
        error = f"This is too large to ingest; the limit is {limit}."
        return render(request, "articles/ingest.html", {"form": IngestForm(), "error": error}, status=400)
    if form.is_valid():
        try:
            result = article_ingest(user=request.user, **form.ingest_kwargs())
        except IngestError as error:
            form.add_error(None, str(error))
        else:
            added = "Article added" if result.created else "This article was already in the queue"
            messages.success(request, added)
            return redirect(result.article)
    return render(request, "articles/ingest.html", {"form": form}, status=400)
