"""The fixed cast of users, and a logged-in client for each."""

from __future__ import annotations

import os

import pytest
from django.test import Client

from tests.factories import UserFactory

# Live-server browser tests call the ORM from Playwright's event loop thread.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(autouse=True)
def plain_static_storage(settings):
    # Without DEBUG the manifest storage needs `collectstatic`; tests need no hashed names.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def fast_password_hasher(settings):
    # The real hasher takes most of a second per user, and factories make many users.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


# The cast: one user per desk role, a second editor, and an account in no desk group.
@pytest.fixture
def checker(db):
    return UserFactory(username="chris", first_name="Chris", last_name="Checker", role="checker")


@pytest.fixture
def editor(db):
    return UserFactory(username="alice", first_name="Alice", last_name="Editor", role="editor")


@pytest.fixture
def other_editor(db):
    return UserFactory(username="bob", first_name="Bob", last_name="Checker", role="editor")


@pytest.fixture
def chief(db):
    return UserFactory(
        username="chief",
        first_name="Carla",
        last_name="Chief",
        is_staff=True,
        is_superuser=True,
        role="chief",
    )


@pytest.fixture
def no_role_user(db):
    return UserFactory(username="nora", first_name="Nora", last_name="Nobody")


@pytest.fixture
def editor_client(editor) -> Client:
    client = Client()
    client.force_login(editor)
    return client


@pytest.fixture
def checker_client(checker) -> Client:
    client = Client()
    client.force_login(checker)
    return client


@pytest.fixture
def no_role_client(no_role_user) -> Client:
    client = Client()
    client.force_login(no_role_user)
    return client


@pytest.fixture
def chief_client(chief) -> Client:
    client = Client()
    client.force_login(chief)
    return client
