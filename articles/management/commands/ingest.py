"""python manage.py ingest PATH...: bring pages, HTML files and folders of them in as articles."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.core.management.base import BaseCommand, CommandError, CommandParser

from articles.models.article import InputMode
from articles.selectors import CLAIM_THRESHOLD
from articles.services.ingest import IngestError, article_ingest, check_size

logger = logging.getLogger(__name__)

# In a folder, only these are articles; anything else (images, notes, .json) is skipped.
EXTENSIONS = {".txt": InputMode.PAGE, ".html": InputMode.HTML, ".htm": InputMode.HTML}


def _files(paths: Iterable[Path], write: Callable[[str], None], tally: Counter) -> Iterator[Path | str]:
    """The files to ingest: named files as they are, folders searched recursively for known extensions."""
    for path in paths:
        if path.is_dir():
            for found in sorted(p for p in path.rglob("*") if p.is_file()):
                if found.suffix.lower() in EXTENSIONS:
                    yield found
                else:
                    tally["skipped"] += 1
                    write(f"skipped: {found} (not .txt, .html or .htm)")
        elif path.is_file():
            yield path
        else:
            yield str(path)  # reported as an error by the caller


def ingest_files(
    paths: Iterable[Path],
    *,
    write: Callable[[str], None],
    mode: str | None = None,
    user: AbstractBaseUser | None = None,
) -> Counter:
    """Ingest every file under `paths`, writing one line per file; returns counts by outcome."""
    tally: Counter = Counter()
    for path in _files(paths, write, tally):
        if isinstance(path, str):
            tally["failed"] += 1
            write(f"error: {path}: No such file or folder")
            continue
        try:
            check_size(size=path.stat().st_size)
            content = path.read_bytes()
            result = article_ingest(
                content=content,
                mode=mode or EXTENSIONS.get(path.suffix.lower()),
                filename=path.name,
                user=user,
            )
        except IngestError as error:
            tally["failed"] += 1
            write(f"error: {path}: {error}")
            continue
        except OSError as error:
            tally["failed"] += 1
            write(f"error: {path}: {error.strerror or error}")
            continue
        except Exception:
            # One broken file must not stop a batch of a thousand; the traceback goes to the log.
            logger.exception("Ingest of %s failed", path)
            tally["failed"] += 1
            write(f"error: {path}: unexpected error (see the log)")
            continue
        article = result.article
        if result.created:
            tally["created"] += 1
            claims = article.claims.filter(score__gte=CLAIM_THRESHOLD).count()
            quotes = article.quotes.count()
            write(f"created: {article.title} ({claims} claims, {quotes} quotes)")
        else:
            tally["duplicate"] += 1
            write(f"duplicate: {article.title}")
    return tally


def summary(tally: Counter) -> str:
    files = tally["created"] + tally["duplicate"] + tally["failed"]
    line = (
        f"{files} file{'s' if files != 1 else ''}: {tally['created']} created, "
        f"{tally['duplicate']} duplicate, {tally['failed']} failed"
    )
    return line + (f", {tally['skipped']} skipped" if tally["skipped"] else "")


class Command(BaseCommand):
    help = (
        "Ingest articles from files or folders (searched recursively): .txt files are read as pages "
        "scraped to text, .html/.htm as HTML; other files in folders are skipped. Exits with status 1 "
        "if any file failed."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")
        parser.add_argument(
            "--mode",
            choices=InputMode.values,
            help="Read every file this way instead of by its extension.",
        )
        parser.add_argument("--user", metavar="USERNAME", help="Record this user as the one who ingested.")

    def handle(self, *args, paths: list[Path], mode: str | None, user: str | None, **options) -> None:
        ingested_by = None
        if user:
            try:
                ingested_by = get_user_model().objects.get_by_natural_key(user)
            except get_user_model().DoesNotExist:
                raise CommandError(f"No user named {user!r}") from None
        tally = ingest_files(paths, write=self.stdout.write, mode=mode, user=ingested_by)
        self.stdout.write(summary(tally))
        if tally["failed"]:
            raise CommandError(f"{tally['failed']} file{'s' if tally['failed'] != 1 else ''} failed")
