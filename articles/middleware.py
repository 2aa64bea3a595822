"""The desk's door: a logged-in account in no desk group sees a polite 403 page and nothing else."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from articles.roles import role_of

# What an account with no desk role may still reach: logging in and out, and Django admin
# (which checks staff status and permissions itself).
OPEN_URL_NAMES = {"login", "logout"}
OPEN_NAMESPACES = {"admin"}


class DeskRoleMiddleware:
    """Answer 403 with "ask your desk chief for access" on every app URL for accounts with no role.

    Runs after `LoginRequiredMiddleware`, so anonymous visitors have already been
    sent to the login page; static files never get here (WhiteNoise answers first).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs) -> HttpResponse | None:
        if not request.user.is_authenticated or role_of(request.user) is not None:
            return None
        match = request.resolver_match
        if match.url_name in OPEN_URL_NAMES or OPEN_NAMESPACES.intersection(match.namespaces):
            return None
        return render(request, "no_role.html", status=403)
