from __future__ import annotations

import io

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command

from articles.models import Article
from articles.roles import Role, role_of

pytestmark = pytest.mark.django_db


def seed(*args: str) -> str:
    out = io.StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


def test_it_creates_the_demo_accounts_and_prints_their_logins(monkeypatch):
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)

    out = seed()

    users = get_user_model().objects.in_bulk(field_name="username")
    assert set(users) == {"chief", "editor", "checker"}
    assert users["chief"].is_staff and users["chief"].is_superuser
    assert not users["editor"].is_staff and not users["checker"].is_superuser
    for username in users:
        assert role_of(users[username]) == Role[username.upper()]
        assert list(users[username].groups.values_list("name", flat=True)) == [username]
    for username in users:
        assert authenticate(username=username, password="factcheck-demo") is not None
        assert f"  {username:<10} factcheck-demo  " in out
    assert "Open http://127.0.0.1:8000/ and log in as one of:" in out
    assert "http://127.0.0.1:8000/admin/" in out


def test_it_ingests_the_seed_articles():
    out = seed()

    assert "created: 9 North Korean workers in Russia defected to South Korea" in out
    assert Article.objects.count() >= 1
    assert Article.objects.filter(ingested_by__username="chief").count() == Article.objects.count()


def test_it_is_idempotent():
    seed()
    articles = Article.objects.count()

    out = seed("--password", "another-demo-pass")

    assert get_user_model().objects.count() == 3
    assert Article.objects.count() == articles
    assert "duplicate: 9 North Korean workers in Russia defected to South Korea" in out
    assert "updated account: chief" in out
    assert authenticate(username="editor", password="another-demo-pass") is not None
    assert authenticate(username="editor", password="factcheck-demo") is None
    assert get_user_model().objects.get(username="checker").groups.count() == 1


def test_it_takes_the_password_from_the_environment_and_the_url_from_an_option(monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "from-the-env-42")

    out = seed("--url", "https://demo.example.org/")

    assert authenticate(username="checker", password="from-the-env-42") is not None
    assert "Open https://demo.example.org/ and log in" in out
    assert "https://demo.example.org/admin/" in out


def test_it_gives_back_a_demo_account_its_role(monkeypatch):
    seed()
    editor = get_user_model().objects.get(username="editor")
    editor.groups.clear()
    editor.is_staff = True
    editor.save()

    seed()

    editor = get_user_model().objects.get(username="editor")
    assert role_of(editor) == Role.EDITOR and not editor.is_staff
