"""python manage.py seed_demo: demo accounts and the seed articles, ready to click through.

Safe to run again: accounts are updated (their password reset to the one
given), articles already ingested are reported as duplicates.
"""

from __future__ import annotations

import os
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction

from articles.roles import Role
from articles.services.accounts import user_role_set

from .ingest import ingest_files, summary

# Documented in the README: a demo on a laptop, never a password for a shared server.
DEFAULT_PASSWORD = "factcheck-demo"
ACCOUNTS = [
    # username, first name, desk role, what the login is for
    ("chief", "Desk chief", Role.CHIEF, "desk chief: assigns, approves, publishes; /admin/"),
    ("editor", "Editor", Role.EDITOR, "editor: assigns work, approves or returns verdicts"),
    ("checker", "Checker", Role.CHECKER, "fact-checker: annotates, sources, proposes verdicts"),
]


class Command(BaseCommand):
    help = (
        "Create the demo accounts chief, editor and checker, ingest every file in seeds/, and print "
        f"the logins. The password is --password, else $DEMO_PASSWORD, else {DEFAULT_PASSWORD!r}."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--password", help="Password for every demo account.")
        parser.add_argument("--url", default="http://127.0.0.1:8000/", help="Where the app runs.")
        parser.add_argument(
            "--seeds", default=str(settings.BASE_DIR / "seeds"), help="Folder of pages to ingest."
        )

    def handle(self, *args, password: str | None, url: str, seeds: str, **options) -> None:
        password = password or os.environ.get("DEMO_PASSWORD") or DEFAULT_PASSWORD
        users = {}
        with transaction.atomic():
            for username, first_name, role, _about in ACCOUNTS:
                user, created = get_user_model().objects.get_or_create(username=username)
                user.first_name = first_name
                # The demo chief is also a superuser: the admin without any permission to set up.
                user.is_superuser = role == Role.CHIEF
                user.is_active = True
                user.set_password(password)
                user.save()
                users[username] = user_role_set(user=user, role=role)
                self.stdout.write(f"{'created' if created else 'updated'} account: {username}")

        folder = Path(seeds)
        if folder.is_dir():
            tally = ingest_files([folder], write=self.stdout.write, user=users["chief"])
            self.stdout.write(summary(tally))
        else:
            self.stdout.write(f"no seeds folder at {folder}: no articles ingested")

        self.stdout.write("")
        self.stdout.write(f"Open {url} and log in as one of:")
        width = max(len(password), len("password"))
        self.stdout.write(f"  {'username':<10} {'password':<{width}}  role")
        for username, _first, _role, about in ACCOUNTS:
            self.stdout.write(f"  {username:<10} {password:<{width}}  {about}")
        self.stdout.write(f"The desk chief also has the admin at {url.rstrip('/')}/admin/")
