"""Every page of the app needs a login; the login page itself works; the CSP is on."""

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.converters import IntConverter

from articles.urls import ItemKindConverter
from tests.factories import ClaimFactory

pytestmark = pytest.mark.django_db


def app_urls(claim) -> list[tuple[str, str]]:
    urls = [
        ("get", reverse("articles:queue")),
        ("get", reverse("articles:ingest")),
        ("post", reverse("articles:ingest")),
        ("get", reverse("articles:review", args=[claim.article_id])),
    ]
    for name in ["note", "source", "verdict", "correct", "dismiss", "restore"]:
        for kind in ["claims", "quotes"]:
            urls.append(("post", reverse(f"articles:item-{name}", args=[kind, claim.pk])))
    return urls


def test_every_app_url_redirects_anonymous_visitors(client):
    claim = ClaimFactory()
    for method, url in app_urls(claim):
        response = getattr(client, method)(url)
        assert response.status_code == 302, url
        assert response.url.startswith(reverse("login") + "?next="), url


def every_url(claim, patterns=None, namespace="", prefix=""):
    """Every route of the URL conf, with sample arguments: a new view cannot escape the checks."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            if pattern.app_name == "admin":
                yield "/admin/"  # the admin has its own login; one URL stands for it
                continue
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from every_url(claim, pattern.url_patterns, inner, prefix)
        elif isinstance(pattern, URLPattern) and pattern.name:
            samples = {IntConverter: claim.pk, ItemKindConverter: "claims"}
            kwargs = {name: samples[type(c)] for name, c in pattern.pattern.converters.items()}
            yield reverse(namespace + pattern.name, kwargs=kwargs)


def test_no_url_of_the_url_conf_answers_200_to_anonymous_visitors(client):
    claim = ClaimFactory()
    open_to_all = {reverse("login")}
    urls = set(every_url(claim)) - open_to_all
    assert len(urls) >= 10
    for url in urls:
        for method in ("get", "post"):
            response = getattr(client, method)(url)
            assert response.status_code in (302, 405), (method, url, response.status_code)
            if response.status_code == 302:
                assert "login/?next=" in response.url, (method, url)


def test_the_login_page_works(client, editor):
    html = client.get(reverse("login")).content.decode()
    assert "Fact-check workbench" in html
    assert ">Username:</label>" in html and ">Password:</label>" in html
    response = client.post(
        reverse("login"), {"username": "alice", "password": "correct horse battery staple"}
    )
    assert response.status_code == 302
    assert response.url == reverse("articles:queue")


def test_the_header_shows_the_user_and_a_logout_form(editor_client, chief_client):
    html = editor_client.get(reverse("articles:queue")).content.decode()
    assert "Alice Editor" in html
    assert f'<form method="post" action="{reverse("logout")}">' in html
    assert ">Admin<" not in html
    assert ">Admin<" in chief_client.get(reverse("articles:queue")).content.decode()


def test_pages_carry_a_strict_csp_and_the_htmx_nonce(editor_client):
    response = editor_client.get(reverse("articles:queue"))
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self' 'nonce-" in csp
    assert "style-src 'self'" in csp and "unsafe-inline" not in csp
    nonce = csp.split("'nonce-")[1].split("'")[0]
    html = response.content.decode()
    assert f'<script src="/static/django_htmx/htmx-2.min.js" defer nonce="{nonce}"></script>' in html
    assert f'<script src="/static/articles/app.js" nonce="{nonce}" defer></script>' in html
    assert 'name="htmx-config"' in html
    assert "style=" not in html
    assert 'hx-headers=\'{"x-csrftoken": "' in html


def test_unknown_pages_get_a_404(editor_client):
    response = editor_client.get("/no/such/page/")
    assert response.status_code == 404
