"""Every URL of the URL conf x every kind of user x GET and POST, with the status each must get.

Generated from the URL conf at collection: a new view without an entry in EXPECTED
fails here, so no view can escape the role gate or its own checks. Each item URL
is tried on an unassigned claim, on a quote assigned to another editor (a checker
may not change it) and on an unknown pk; each item is first put in the state its
step starts from, and each POST carries valid data, so that "allowed" means done
(302) and a refusal is the permission's, not the form's.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from articles.models import ItemStatus
from tests.factories import ArticleFactory, ClaimFactory, QuoteFactory, SourceFactory, VerdictFactory

pytestmark = pytest.mark.django_db

USERS = ["anonymous", "no_role_user", "checker", "editor", "chief"]
DESK = ["checker", "editor", "chief"]
METHODS = ["GET", "POST"]
UNKNOWN = 999_999
INGEST_TEXT = """Council approves budget

The city council approved a budget of $4.2 million on Tuesday, more than last year's $4 million.

"We had no choice," said Maria Lopez, the council's finance chair.
"""

# Who may, on an allowed method: every desk role; who may change the item (a checker: not on
# the quote assigned to someone else); editors and the chief; the chief alone.
ALL, CHANGE, EDITORS, CHIEF = "all", "change", "editors", "chief"
# The expected answer per URL name and method; a method left out gets 405 from every desk role.
EXPECTED: dict[str, dict[str, tuple[str, int]]] = {
    "login": {"GET": (ALL, 200), "POST": (ALL, 200)},
    "logout": {"POST": (ALL, 302)},
    "admin": {"GET": (CHIEF, 200), "POST": (CHIEF, 200)},
    "articles:queue": {"GET": (ALL, 200)},
    "articles:my-queue": {"GET": (ALL, 200)},
    "articles:ingest": {"GET": (ALL, 200), "POST": (ALL, 302)},
    "articles:review": {"GET": (ALL, 200)},
    "articles:article-assign": {"POST": (EDITORS, 302)},
    "articles:item-assign": {"POST": (EDITORS, 302)},
    "articles:item-start": {"POST": (CHANGE, 302)},
    "articles:item-verdict": {"POST": (CHANGE, 302)},
    "articles:item-approve": {"POST": (EDITORS, 302)},
    "articles:item-return": {"POST": (EDITORS, 302)},
    "articles:item-publish": {"POST": (CHIEF, 302)},
    "articles:item-note": {"POST": (ALL, 302)},
    "articles:item-source": {"POST": (CHANGE, 302)},
    "articles:item-correct": {"POST": (CHANGE, 302)},
    "articles:item-dismiss": {"POST": (CHANGE, 302)},
    "articles:item-restore": {"POST": (CHANGE, 302)},
    "articles:item-history": {"GET": (ALL, 200)},
}
# Open to anonymous visitors; everything else sends them to the login page.
PUBLIC = {"login"}
# Not behind the desk's role gate: logging in and out, and the admin (which checks staff itself).
UNGATED = {"login", "logout", "admin"}


@dataclass(frozen=True)
class Route:
    name: str
    kwargs: tuple[str, ...]  # the converters' names: "kind", "pk"


def routes(patterns=None, namespace: str = "") -> list[Route]:
    """Every named route of the URL conf; the admin counts as one."""
    found = []
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            if pattern.app_name == "admin":
                found.append(Route("admin", ()))
                continue
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            found += routes(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            found.append(Route(namespace + pattern.name, tuple(pattern.pattern.converters)))
    return found


def variants(route: Route) -> list[str]:
    """The objects a route is tried on."""
    if "kind" in route.kwargs:
        return ["claims", "quotes", "unknown"]
    if "pk" in route.kwargs:
        return ["known", "unknown"]
    return [""]


CELLS = [
    (route, variant, user, method)
    for route in routes()
    for variant in variants(route)
    for user in USERS
    for method in METHODS
]


def expected(route: Route, variant: str, user: str, method: str) -> int:
    if route.name not in EXPECTED:
        pytest.fail(f"{route.name} has no expectation in the permission matrix: add one to EXPECTED")
    if user == "anonymous" and route.name not in PUBLIC:
        return 302
    if user == "no_role_user" and route.name not in UNGATED:
        return 403
    if method not in EXPECTED[route.name]:
        return 405
    who, status = EXPECTED[route.name][method]
    if route.name == "admin":
        return status if user == "chief" else 302  # the admin's own login page
    if user in ("anonymous", "no_role_user"):
        return 200 if route.name == "login" else 302
    if variant == "unknown":
        return 404
    allowed = {
        ALL: DESK,
        CHANGE: ["editor", "chief"] if variant == "quotes" else DESK,
        EDITORS: ["editor", "chief"],
        CHIEF: ["chief"],
    }[who]
    return status if user in allowed else 403


def prepare(route: Route, variant: str, request) -> tuple[str, dict]:
    """The URL for `variant` with its object in the state the step starts from, and valid POST data."""
    bob, checker = request.getfixturevalue("other_editor"), request.getfixturevalue("checker")
    action = route.name.removeprefix("articles:item-").removeprefix("articles:")
    kwargs: dict = {}
    data: dict = {}
    if "kind" in route.kwargs:
        item = ClaimFactory() if variant != "quotes" else QuoteFactory(assignee=bob, status="assigned")
        attach = {"claim": item} if variant != "quotes" else {"claim": None, "quote": item}
        if action in {"approve", "return", "publish"}:
            approved = {"approved_by": bob, "approved_at": timezone.now()} if action == "publish" else {}
            VerdictFactory(**attach, created_by=bob, **approved)
            SourceFactory(**attach, is_primary=True)
            SourceFactory(**attach, is_primary=False)
            item.status = ItemStatus.APPROVED if action == "publish" else ItemStatus.PROPOSED
        if action == "restore":
            item.status, item.dismissed_reason = ItemStatus.DISMISSED, "Opinion"
        item.save()
        kwargs = {"kind": "quotes" if variant == "quotes" else "claims", "pk": item.pk}
        data = {
            "assign": {"assignee": checker.pk},
            "verdict": {"rating": "true", "rationale": "Checked.", "version": 0},
            "return": {"comment": "Needs a second source."},
            "note": {"text": "Called the council."},
            "source": {"url": "https://example.org/minutes", "title": "Minutes", "stance": "supports"},
            "correct": {"text": item.text, "speaker_name": "Maria Lopez", "kind": "direct", "version": 1},
            "dismiss": {"reason": "Opinion"},
        }.get(action, {})
    elif "pk" in route.kwargs:
        kwargs = {"pk": ClaimFactory().article_id}
        data = {"assignee": checker.pk}
    elif action == "ingest":
        data = {"content": INGEST_TEXT, "mode": "text"}
    if variant == "unknown":
        kwargs["pk"] = UNKNOWN
    url = "/admin/" if route.name == "admin" else reverse(route.name, kwargs=kwargs)
    return url, data


def cell_id(cell) -> str:
    route, variant, user, method = cell
    return f"{route.name}{'[' + variant + ']' if variant else ''}-{user}-{method}"


@pytest.mark.parametrize("cell", CELLS, ids=[cell_id(c) for c in CELLS])
def test_matrix(cell, request):
    route, variant, user, method = cell
    want = expected(route, variant, user, method)
    ArticleFactory()  # the pages have something to show
    url, data = prepare(route, variant, request)
    client = Client()
    if user != "anonymous":
        client.force_login(request.getfixturevalue(user))
    response = client.get(url) if method == "GET" else client.post(url, data)
    assert response.status_code == want, (url, response.content.decode()[:400])
    if want == 302 and user == "anonymous":
        login = "/admin/login/" if route.name == "admin" else reverse("login")
        assert response.url.startswith(login + "?next="), response.url
    if want == 403 and user == "no_role_user":
        assert "ask your desk chief for access" in response.content.decode()


def test_every_route_has_an_expectation_and_every_expectation_a_route():
    names = {route.name for route in routes()}
    assert names == set(EXPECTED), names ^ set(EXPECTED)


def test_the_matrix_size():
    # 20 routes: 12 item routes x 3 objects, 2 article routes x 2, 6 others; x 5 users x 2 methods.
    assert len(CELLS) == (12 * 3 + 2 * 2 + 6) * len(USERS) * len(METHODS) == 460
    print(f"permission matrix: {len(CELLS)} cells")
