from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.core.management.base import OutputWrapper

from articles.management.commands.ingest import ProgressBar
from articles.models import Article, Claim, Quote

pytestmark = pytest.mark.django_db

SEED = Path(__file__).resolve().parents[3] / "seeds" / "korea-times-nk-workers-defect.txt"
SEED_TITLE = "9 North Korean workers in Russia defected to South Korea"
HTML = """<!doctype html><html><head><title>Council approves budget</title></head>
<body><nav><a href="/">Home</a></nav><article><h1>Council approves budget</h1>
<p>The city council approved a budget of $4.2 million on Tuesday, more than last year, after a debate
that lasted well into the night.</p>
<p>"We had no choice," said Maria Lopez, the council's finance chair. Critics said the plan may raise
taxes for 3,000 households.</p></article></body></html>"""


def run(*args: str) -> tuple[str, CommandError | None]:
    out = io.StringIO()
    try:
        call_command("ingest", *args, stdout=out, stderr=io.StringIO())
    except CommandError as error:
        return out.getvalue(), error
    return out.getvalue(), None


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    shutil.copy(SEED, tmp_path / "korea.txt")
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "budget.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "nested" / "empty.txt").write_bytes(b"")
    (tmp_path / "photo.htm").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "notes.json").write_text("{}")
    return tmp_path


def test_it_ingests_a_folder_and_reports_each_file(folder, editor):
    out, error = run(str(folder), "--user", editor.username)

    lines = out.splitlines()
    assert f"error: {folder / 'nested' / 'empty.txt'}: The input is empty" in lines
    assert (
        f"error: {folder / 'photo.htm'}: This looks like a binary file, not a page or article text" in lines
    )
    assert f"skipped: {folder / 'notes.json'} (not .txt, .html or .htm)" in lines
    created = [line for line in lines if line.startswith("created: ")]
    assert len(created) == 2
    assert any(line.startswith(f"created: {SEED_TITLE} (") for line in created)
    assert any(line.startswith("created: Council approves budget (") for line in created)
    assert lines[-1] == "4 files: 2 created, 0 duplicate, 2 failed, 1 skipped"
    assert str(error) == "2 files failed"
    assert Article.objects.count() == 2
    assert set(Article.objects.values_list("ingested_by__username", flat=True)) == {editor.username}
    assert set(Article.objects.values_list("input_mode", flat=True)) == {"page", "html"}


def test_it_counts_claims_and_quotes_in_its_report(folder):
    out, _ = run(str(folder / "korea.txt"))

    article = Article.objects.get()
    claims = article.claims.filter(score__gte=0.5).count()
    assert out.splitlines()[0] == f"created: {SEED_TITLE} ({claims} claims, {article.quotes.count()} quotes)"


def test_it_reports_duplicates_on_a_second_run(folder):
    run(str(folder))
    counts = (Article.objects.count(), Claim.objects.count(), Quote.objects.count())

    out, error = run(str(folder / "korea.txt"), str(folder / "nested" / "budget.html"))

    assert out.splitlines() == [
        f"duplicate: {SEED_TITLE}",
        "duplicate: Council approves budget",
        "2 files: 0 created, 2 duplicate, 0 failed",
    ]
    assert error is None
    assert counts == (Article.objects.count(), Claim.objects.count(), Quote.objects.count())


def test_it_exits_with_status_1_when_a_file_fails(folder):
    # call_command raises; on the command line the same CommandError exits with status 1.
    _, error = run(str(folder / "nested" / "empty.txt"))

    assert isinstance(error, CommandError)
    assert error.returncode == 1


def test_it_reports_a_missing_path(tmp_path):
    out, error = run(str(tmp_path / "nowhere.txt"))

    assert out.splitlines()[0] == f"error: {tmp_path / 'nowhere.txt'}: No such file or folder"
    assert error is not None


def test_it_reads_every_file_in_the_given_mode(tmp_path):
    (tmp_path / "budget.txt").write_text(HTML, encoding="utf-8")

    out, error = run(str(tmp_path), "--mode", "html")

    assert error is None, out
    assert Article.objects.get().input_mode == "html"
    assert "<p>" not in Article.objects.get().body


def test_it_refuses_an_unknown_user(folder):
    with pytest.raises(CommandError, match="No user named 'nobody'"):
        call_command("ingest", str(folder), "--user", "nobody", stdout=io.StringIO())
    assert Article.objects.count() == 0


def test_it_checks_the_size_before_reading(tmp_path, settings):
    settings.INGEST_MAX_BYTES = 1024
    (tmp_path / "big.txt").write_bytes(b"word " * 1000)

    out, error = run(str(tmp_path))

    assert f"error: {tmp_path / 'big.txt'}: The input is 0.0 MB; the limit is 0.0 MB" in out
    assert error is not None


def test_it_shows_a_progress_bar_on_stderr_when_asked(folder):
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError):
        call_command("ingest", str(folder), "--progress", stdout=out, stderr=err)

    assert "4/4  100%" in err.getvalue()
    assert err.getvalue().endswith("\n")
    assert "[" not in out.getvalue()  # the report lines on stdout stay clean


def test_it_shows_no_progress_bar_when_stderr_is_no_terminal(folder):
    err = io.StringIO()
    with pytest.raises(CommandError):
        call_command("ingest", str(folder), stdout=io.StringIO(), stderr=err)

    assert err.getvalue() == ""


def test_its_progress_bar_gives_counts_rate_and_time_left():
    now = [0.0]
    bar = ProgressBar(OutputWrapper(io.StringIO()), total=100, clock=lambda: now[0])
    now[0] = 10.0
    for _ in range(25):
        bar.advance()

    assert bar.line() == f"[{'#' * 8}{'-' * 22}]  25/100   25%  2.5 files/s  0:30 left"
