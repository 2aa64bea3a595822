"""How fast `manage.py ingest` stores articles, beside the extraction alone in the same run.

usage: .venv/bin/python bench/ingest_speed.py [--count N] [--data DIR] [--database sqlite|url]

N articles (default 1,000) are made from the 60 pages of the article-extraction
dev set, each copy with its own comment so that its content hash differs, and
written as .html files to a temporary folder. The same N pages go through
`extract(html, mode="html")` alone (pages/s), then through `manage.py ingest
FOLDER` into a throwaway database (articles/s): an SQLite file in the
temporary folder, and also a throwaway database on the PostgreSQL server of
DATABASE_URL when it is set (each database in its own process, since Django
reads its settings once). Within the command's run, the time spent in the
extraction is measured apart from the rest (reading files, writing rows).
Unlike the other benches this one needs Django; it never touches var/db.sqlite3.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from articles.extraction import extract  # noqa: E402 - after the project is importable
from articles.extraction.evaluate.data import DEFAULT_DATA, load_pages  # noqa: E402


def write_articles(data: Path, count: int, folder: Path) -> list[str]:
    """Write `count` distinct .html files made from the dev pages into `folder`; their texts."""
    pages = [page.html for page in load_pages(data)]
    texts = []
    for index in range(count):
        html = f"{pages[index % len(pages)]}\n<!-- copy {index} -->\n"
        (folder / f"{index:05d}.html").write_text(html, encoding="utf-8")
        texts.append(html)
    return texts


def extraction_rate(texts: list[str]) -> float:
    """Pages per second of the extraction alone, after one untimed page (htmldate's tables load)."""
    extract(texts[0], mode="html")
    began = time.perf_counter()
    for text in texts:
        extract(text, mode="html")
    return len(texts) / (time.perf_counter() - began)


def ingest_rate(folder: Path, postgres: bool) -> tuple[float, float, int]:
    """Files per second of `manage.py ingest FOLDER` into a throwaway database, the share of
    its time spent in the extraction, and the articles stored.

    Django is set up in this process for this one database only.
    """
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "workbench.settings")
    if not postgres:
        os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'bench.sqlite3'}"
    import django
    from django.core.management import CommandError, call_command
    from django.db import connection

    django.setup()
    if postgres:
        # A database of its own beside the one named in DATABASE_URL, dropped at the end.
        old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    else:
        call_command("migrate", verbosity=0)
    from articles import extraction
    from articles.models import Article

    # The service calls the engine through its module: time it there, in the same run.
    extracting = [0.0]
    engine = extraction.extract

    def timed_extract(content: str, *, mode: str) -> extraction.Extraction:
        began = time.perf_counter()
        try:
            return engine(content, mode=mode)
        finally:
            extracting[0] += time.perf_counter() - began

    extraction.extract = timed_extract
    try:
        out = io.StringIO()
        progress = ["--progress"] if sys.stderr.isatty() else []
        files = sum(1 for _ in folder.glob("*.html"))
        began = time.perf_counter()
        # Pages the service refuses (no article found) fail the command; they are counted below.
        with contextlib.suppress(CommandError):
            call_command("ingest", str(folder), *progress, stdout=out)
        seconds = time.perf_counter() - began
        stored = Article.objects.count()
    finally:
        if postgres:
            connection.creation.destroy_test_db(old_name, verbosity=0)
    return files / seconds, extracting[0] / seconds, stored


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000, help="articles to ingest (default 1,000)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared dev sets")
    parser.add_argument("--database", choices=["sqlite", "url"], help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("--count must be at least 1")
    if args.database:
        # A child process: ingest the folder already written, print the rate alone.
        rate, share, stored = ingest_rate(args.folder, postgres=args.database == "url")
        print(f"{rate:.3f} {share:.3f} {stored}")
        return 0
    with tempfile.TemporaryDirectory(prefix="ingest-bench-") as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        texts = write_articles(args.data, args.count, folder)
        extracted = extraction_rate(texts)
        print(f"{args.count} articles from the dev pages, each through extract() and manage.py ingest")
        print(f"  extraction alone (html):        {extracted:7.1f} pages/s")
        postgres = os.environ.get("DATABASE_URL", "").startswith("postgres")
        databases = ["sqlite", "url"] if postgres else ["sqlite"]
        for database in databases:
            env = {**os.environ, "DJANGO_SETTINGS_MODULE": "workbench.settings"}
            command = [sys.executable, __file__, "--count", str(args.count), "--data", str(args.data)]
            command += ["--database", database, "--folder", str(folder)]
            result = subprocess.run(command, env=env, stdout=subprocess.PIPE, text=True, check=True)
            rate_text, share_text, stored = result.stdout.split()[-3:]
            rate, share = float(rate_text), float(share_text)
            label = "SQLite" if database == "sqlite" else "PostgreSQL"
            print(
                f"  manage.py ingest, {label + ':':11s}    {rate:7.1f} files/s"
                f"   ({1000 * share / rate:.1f} ms/file extracting, {1000 * (1 - share) / rate:.1f} ms/file"
                f" reading files and writing rows; {stored} stored, {args.count - int(stored)} refused)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
