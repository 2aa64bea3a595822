"""python manage.py ingest PATH...: bring pages, HTML files and folders of them in as articles."""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.core.management.base import BaseCommand, CommandError, CommandParser, OutputWrapper

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
    progress_to: OutputWrapper | None = None,
) -> Counter:
    """Ingest every file under `paths`, writing one line per file; returns counts by outcome.

    With `progress_to`, a progress bar is kept there below the lines written.
    """
    tally: Counter = Counter()
    files = list(_files(paths, write, tally))
    bar = ProgressBar(progress_to, total=len(files)) if progress_to is not None else None
    for path in files:
        outcome, line = _ingest_one(path, mode=mode, user=user)
        tally[outcome] += 1
        if bar is None:
            write(line)
        else:
            bar.clear()
            write(line)
            bar.advance()
    if bar is not None:
        bar.close()
    return tally


def _ingest_one(path: Path | str, *, mode: str | None, user: AbstractBaseUser | None) -> tuple[str, str]:
    """Ingest one file: its outcome ("created", "duplicate" or "failed") and the line saying so."""
    if isinstance(path, str):
        return "failed", f"error: {path}: No such file or folder"
    try:
        check_size(size=path.stat().st_size)
        result = article_ingest(
            content=path.read_bytes(),
            mode=mode or EXTENSIONS.get(path.suffix.lower()),
            filename=path.name,
            user=user,
        )
    except IngestError as error:
        return "failed", f"error: {path}: {error}"
    except OSError as error:
        return "failed", f"error: {path}: {error.strerror or error}"
    except Exception:
        # One broken file must not stop a batch of a thousand; the traceback goes to the log.
        logger.exception("Ingest of %s failed", path)
        return "failed", f"error: {path}: unexpected error (see the log)"
    article = result.article
    if not result.created:
        return "duplicate", f"duplicate: {article.title}"
    claims = article.claims.filter(score__gte=CLAIM_THRESHOLD).count()
    return "created", f"created: {article.title} ({claims} claims, {article.quotes.count()} quotes)"


class ProgressBar:
    """One line on a terminal, redrawn in place: files done of all, share, rate and time left.

    `clear` wipes it so that a report line can be written where it was; the
    next `advance` draws it again below.
    """

    WIDTH = 30

    def __init__(self, out: OutputWrapper, *, total: int, clock: Callable[[], float] = time.monotonic):
        self.out, self.total, self.clock = out, total, clock
        self.done = 0
        self.began = clock()
        self.draw()

    def advance(self) -> None:
        self.done += 1
        self.draw()

    def draw(self) -> None:
        self._write(f"\r{self.line()}\x1b[K")

    def clear(self) -> None:
        self._write("\r\x1b[K")

    def close(self) -> None:
        self._write("\n")

    def line(self) -> str:
        """The bar as text: "[#####-----]  412/1000  41%  23.5 files/s  0:25 left"."""
        elapsed = self.clock() - self.began
        share = self.done / self.total if self.total else 1.0
        filled = round(share * self.WIDTH)
        rate = self.done / elapsed if elapsed > 0 else 0.0
        left = _duration((self.total - self.done) / rate) if rate else "-:--"
        return (
            f"[{'#' * filled}{'-' * (self.WIDTH - filled)}]  {self.done}/{self.total}  {share:4.0%}"
            f"  {rate:.1f} files/s  {left} left"
        )

    def _write(self, text: str) -> None:
        # No ending and no style: stderr's wrapper would add a newline and colour it as an error.
        self.out.write(text, style_func=str, ending="")
        self.out.flush()


def _duration(seconds: float) -> str:
    minutes, seconds = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


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
        parser.add_argument(
            "--progress",
            action="store_true",
            help="Show a progress bar on stderr even when it is not a terminal (it is shown on one).",
        )

    def handle(
        self, *args, paths: list[Path], mode: str | None, user: str | None, progress: bool, **options
    ) -> None:
        ingested_by = None
        if user:
            try:
                ingested_by = get_user_model().objects.get_by_natural_key(user)
            except get_user_model().DoesNotExist:
                raise CommandError(f"No user named {user!r}") from None
        show_progress = progress or self.stderr.isatty()
        tally = ingest_files(
            paths,
            write=self.stdout.write,
            mode=mode,
            user=ingested_by,
            progress_to=self.stderr if show_progress else None,
        )
        self.stdout.write(summary(tally))
        if tally["failed"]:
            raise CommandError(f"{tally['failed']} file{'s' if tally['failed'] != 1 else ''} failed")
