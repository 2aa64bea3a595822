"""Real-browser tests: Playwright driving Debian's Chromium against pytest-django's live server."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.contrib.auth.models import Group

from articles.services.ingest import article_ingest
from tests.factories import UserFactory

SEED = Path(__file__).resolve().parents[2] / "seeds" / "korea-times-nk-workers-defect.txt"
PASSWORD = "correct horse battery staple"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    # Playwright cannot download its own browser here; Debian's Chromium is used instead.
    return {
        **browser_type_launch_args,
        "executable_path": "/usr/bin/chromium",
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-first-run",
        ],
    }


@pytest.fixture
def seed_article(transactional_db):
    return article_ingest(content=SEED.read_bytes(), filename=SEED.name).article


@pytest.fixture
def log_in(live_server):
    """Log a browser page in through the login form, as a person would."""

    def log_in(page, username: str = "alice", role: str = "editor"):
        # A transactional test flushes the tables, taking the migration's desk groups with them.
        Group.objects.get_or_create(name=role)
        UserFactory(username=username, first_name=username.title(), last_name="Tester", role=role)
        page.goto(live_server.url + "/")
        page.get_by_label("Username").fill(username)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Log in").click()
        return page

    return log_in
