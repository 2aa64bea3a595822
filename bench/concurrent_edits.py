"""Concurrent edits: many editors saving the same verdicts at once, under a real WSGI server.

    .venv/bin/python bench/concurrent_edits.py [--editors 50] [--saves 20] [--items 5] [--timeout 240]
    DATABASE_URL=postgres://postgres@127.0.0.1:54351/postgres .venv/bin/python bench/concurrent_edits.py

Makes a throwaway database (a temporary SQLite file; with DATABASE_URL, a new database on
that PostgreSQL server, dropped afterwards), migrates it, ingests the seed article, creates
the editors (in the editor group), and starts gunicorn on a free port of 127.0.0.1. Each
editor logs in through the login form, then saves `--saves` times: it reads an item's card
(as htmx does when an item is selected), posts its verdict form (for a share `--corrections`
of the saves, a claim's correction form) with the version the card carried and its own
rationale ("editor 17 save 5"), and classifies the answer: saved, conflict shown (which must
keep what the editor typed), refused otherwise, or server error (5xx, no answer). A share
`--plain` of the saves posts without htmx, as a browser without JavaScript does.

Afterwards the database's history (django-simple-history) is checked: every save answered
as saved is in its verdict's history exactly once; each history row was written by an editor
who had read the row before it (else that earlier save was overwritten unseen: a lost
update); versions run 1, 2, 3... without gaps or repeats; no two saves were accepted on the
same version; and each verdict ends as its last save. Exits 1 on a lost update, a server
error, a failed check or the time limit.
"""

from __future__ import annotations

import argparse
import contextlib
import http.cookiejar
import io
import os
import random
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "korea-times-nk-workers-defect.txt"
RATINGS = ["true", "mostly_true", "half_true", "misleading", "mostly_false", "false", "unproven"]
PASSWORD = "bench-" + secrets.token_hex(8)
REQUEST_TIMEOUT = 30  # seconds without an answer count as a server error

# The project's settings, with two changes for a throwaway run: plain static storage (no
# collectstatic) and a fast password hasher (50 logins with PBKDF2 would take the CPU for
# half a minute, and logins are not what this measures).
SETTINGS = """\
from workbench.settings import *  # noqa: F403

STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
"""


class Forms(HTMLParser):
    """The forms of a page or fragment, each with its action and fields as a browser would send them."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[dict] = []
        self.marks: set[str] = set()  # every id and class seen: the conflict view is found by them
        self._form: dict | None = None
        self._textarea = self._select = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.marks.update(a.get("class", "").split())
        self.marks.add(a.get("id", ""))
        if tag == "form":
            self._form = {"action": a.get("action", ""), "fields": {}}
            self.forms.append(self._form)
        elif self._form is None or not a.get("name") and tag != "option":
            return
        elif tag == "input" and (a.get("type") not in ("checkbox", "radio") or "checked" in a):
            self._form["fields"].setdefault(a["name"], a.get("value", ""))
        elif tag == "textarea":
            self._textarea = a["name"]
            self._form["fields"][a["name"]] = ""
        elif tag == "select":
            self._select = a["name"]
        elif tag == "option" and self._select and "selected" in a:
            self._form["fields"][self._select] = a.get("value", "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._form = None
        elif tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None

    def handle_data(self, data: str) -> None:
        if self._form is not None and self._textarea:
            self._form["fields"][self._textarea] += data

    def find(self, action_end: str) -> dict | None:
        form = next((f for f in self.forms if f["action"].endswith(action_end)), None)
        if form is None:
            return None
        # Browsers drop the newline that Django writes after <textarea>.
        return {
            "action": form["action"],
            "fields": {k: v.removeprefix("\n") for k, v in form["fields"].items()},
        }

    @property
    def shows_conflict(self) -> bool:
        return any("conflict" in mark for mark in self.marks)

    @property
    def shows_errors(self) -> bool:
        return "errorlist" in self.marks


def version_of(fields: dict[str, str]) -> int | None:
    """The version a form carries (a hidden field named for it), or None before forms carried one."""
    for name, value in fields.items():
        if "version" in name and value.strip().isdigit():
            return int(value)
    return None


@dataclass(frozen=True)
class Item:
    kind: str  # "claim" or "quote"
    pk: int
    article: int
    text: str

    @property
    def dom_id(self) -> str:
        return f"{self.kind}-{self.pk}"


@dataclass
class Save:
    editor: int
    n: int
    action: str  # "verdict" or "correct"
    item: Item
    value: str = ""  # the rationale or the corrected text sent
    read_rationale: str = ""  # the verdict as the card showed it
    read_version: int | None = None
    plain: bool = False
    kept: bool = True  # a conflict view showed what the editor typed
    outcome: str = "not attempted"  # saved, conflict, refused, server error
    status: int = 0
    latency: float = 0.0
    detail: str = ""


@dataclass
class Run:
    saves: list[Save] = field(default_factory=list)
    reads: list[float] = field(default_factory=list)
    logins_failed: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


class Browser:
    """One editor's session: a cookie jar, no redirects followed, htmx headers on request."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirects()
        )

    def request(self, path: str, data: dict | None = None, htmx: bool = False) -> tuple[int, str]:
        headers = {"HX-Request": "true"} if htmx else {}
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        request = urllib.request.Request(self.base + path, data=body, headers=headers)
        try:
            # A request started before the time limit gets its full time: the limit stops new saves.
            with self.opener.open(request, timeout=REQUEST_TIMEOUT) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(errors="replace")
        except OSError as error:  # refused, reset, timed out: the server did not answer
            return 0, f"{type(error).__name__}: {error}"

    def login(self, username: str) -> bool:
        _, page = self.request("/login/")
        form = Forms(page).find("/login/")
        if form is None:
            return False
        fields = form["fields"] | {"username": username, "password": PASSWORD}
        status, _ = self.request("/login/", fields)
        return status == 302


class NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a 302 after a plain save is the answer itself


def edit(run: Run, browser: Browser, save: Save, rng: random.Random) -> None:
    """Read the item's card, post one form from it with this editor's change, classify the answer."""
    item = save.item
    started = time.monotonic()
    status, card = browser.request(f"/articles/{item.article}/?selected={item.dom_id}", htmx=True)
    with run.lock:
        run.reads.append(time.monotonic() - started)
    forms = Forms(card) if status == 200 else None
    form = forms.find(f"/{item.kind}s/{item.pk}/{save.action}/") if forms else None
    if form is None:
        save.outcome = "server error" if status == 0 or status >= 500 else "refused"
        save.status, save.detail = status, f"card: {card[:200]}"
        return
    fields = dict(form["fields"])
    save.read_version = version_of(fields)
    verdict_form = forms.find(f"/{item.kind}s/{item.pk}/verdict/") or {"fields": {}}
    save.read_rationale = verdict_form["fields"].get("rationale", "")
    if save.action == "verdict":
        save.value = f"editor {save.editor} save {save.n}"
        fields |= {"rating": rng.choice(RATINGS), "rationale": save.value}
    else:
        # Three extents that all occur in the article: the sentence, without its full stop, or
        # without its first word.
        words = item.text.split(" ", 1)
        save.value = rng.choice([item.text, item.text.rstrip("."), words[-1]])
        fields["text"] = save.value
    started = time.monotonic()
    save.status, answer = browser.request(form["action"], fields, htmx=not save.plain)
    save.latency = time.monotonic() - started
    shown = Forms(answer) if save.status else None
    if save.status == 0 or save.status >= 500:
        save.outcome, save.detail = "server error", answer[:300]
    elif shown.shows_conflict:
        save.outcome = "conflict"
        # The conflict view keeps what the editor typed, in a form that can save it over theirs.
        kept = shown.find(form["action"])
        field = "rationale" if save.action == "verdict" else "text"
        save.kept = kept is not None and kept["fields"].get(field, "").strip() == save.value.strip()
    elif (save.status == 302 and save.plain) or (save.status == 200 and not shown.shows_errors):
        save.outcome = "saved"
    else:
        save.outcome, save.detail = "refused", answer[:300]


def editor_thread(
    run: Run, base: str, index: int, args: argparse.Namespace, items: list[Item], deadline: float, start
) -> None:
    rng = random.Random(args.seed * 1000 + index)
    browser = Browser(base)
    logged_in = browser.login(f"bench{index:02d}")
    if not logged_in:
        with run.lock:
            run.logins_failed += 1
    with contextlib.suppress(threading.BrokenBarrierError):  # a late editor starts anyway
        start.wait(timeout=max(1.0, deadline - time.monotonic()))
    claims = [item for item in items if item.kind == "claim"]
    for n in range(1, args.saves + 1):
        correct = claims and rng.random() < args.corrections
        item = rng.choice(claims if correct else items)
        save = Save(index, n, "correct" if correct else "verdict", item, plain=rng.random() < args.plain)
        with run.lock:
            run.saves.append(save)
        if not logged_in or time.monotonic() > deadline:
            continue
        edit(run, browser, save, rng)


# --- setup: database, seed, users, server ------------------------------------------------------


def throwaway_database(tmp: Path) -> tuple[str, Callable[[], None] | None]:
    """The DATABASE_URL to run on, and how to drop it afterwards (None for SQLite: a temporary file).

    With a PostgreSQL DATABASE_URL, a new database on that server: what the URL names is left alone.
    """
    given = os.environ.get("DATABASE_URL", "")
    if not given or given.startswith("sqlite"):
        return f"sqlite:///{tmp / 'bench.sqlite3'}", None
    import psycopg

    name = "bench_edits_" + secrets.token_hex(4)
    with psycopg.connect(given, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with psycopg.connect(given, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return urllib.parse.urlsplit(given)._replace(path="/" + name).geturl(), drop


def prepare(args: argparse.Namespace) -> list[Item]:
    """Migrate, ingest the seed article, create the editors; the items they will all edit."""
    import django

    django.setup()
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command
    from django.db import connections

    from articles.models import Article

    call_command("migrate", verbosity=0)
    call_command("ingest", str(SEED), stdout=io.StringIO())
    group = Group.objects.get(name="editor")
    for index in range(1, args.editors + 1):
        user = User.objects.create_user(f"bench{index:02d}", password=PASSWORD, first_name=f"Editor {index}")
        user.groups.add(group)
    article = Article.objects.get()
    n_quotes = args.items // 3
    claims = list(article.claims.order_by("-score", "start")[: args.items - n_quotes])
    quotes = list(article.quotes.order_by("start")[:n_quotes])
    connections.close_all()  # the server's workers take the database from here
    return [Item(i._meta.model_name, i.pk, article.pk, i.text) for i in [*claims, *quotes]]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(args: argparse.Namespace, port: int, log: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "gunicorn", "workbench.wsgi", "--bind", f"127.0.0.1:{port}"]
    command += ["--workers", str(args.workers), "--threads", str(args.threads), "--timeout", "60"]
    server = subprocess.Popen(command, cwd=ROOT, stdout=log.open("w"), stderr=subprocess.STDOUT)
    for _ in range(300):
        if server.poll() is not None:
            sys.exit(f"gunicorn stopped at start:\n{log.read_text()[-2000:]}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/login/", timeout=1):
                return server
        except OSError:
            time.sleep(0.1)
    server.terminate()
    sys.exit("gunicorn did not answer within 30 s")


def server_cpu(server: subprocess.Popen) -> float:
    """CPU seconds used so far by gunicorn's workers (Linux /proc; 0 elsewhere)."""
    ticks = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    total = 0.0
    try:
        children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
        for pid in [server.pid, *children]:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / ticks  # utime, stime
    except OSError:
        return 0.0
    return total


def stop_server(server: subprocess.Popen) -> None:
    server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


# --- the check: what the history says ------------------------------------------------------------


@dataclass
class Check:
    lost: set = field(default_factory=set)  # (editor, n) of saves answered "saved" but lost
    problems: Counter = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)

    def fail(self, problem: str, example: str) -> None:
        self.problems[problem] += 1
        if len(self.examples) < 8:
            self.examples.append(f"{problem}: {example}")


def check_history(saves: list[Save], items: list[Item]) -> Check:
    from django.contrib.auth.models import User

    from articles.models import Claim, Quote, Verdict

    check = Check()
    for save in saves:
        if not save.kept:
            check.fail("conflict shown without what was typed", f"{save.item.dom_id} {save.value!r}")
    user_ids = dict(User.objects.filter(username__startswith="bench").values_list("username", "pk"))
    for item in items:
        mine = [s for s in saves if s.item == item]
        rows = list(Verdict.history.filter(**{f"{item.kind}_id": item.pk}).order_by("history_id"))
        check_verdict(check, item, [s for s in mine if s.action == "verdict"], rows)
        model = Claim if item.kind == "claim" else Quote
        item_rows = list(model.history.filter(id=item.pk).order_by("history_id"))
        check_item(check, item, [s for s in mine if s.action == "correct"], item_rows, user_ids)
    return check


def check_verdict(check: Check, item: Item, saves: list[Save], rows: list) -> None:
    """Check one verdict's history `rows` (oldest first) against the saves made on it."""
    from articles.models import Verdict

    by_value = {s.value: s for s in saves if s.outcome in ("saved", "conflict", "refused", "server error")}
    saved = {s.value: s for s in saves if s.outcome == "saved"}
    counts = Counter(row.rationale for row in rows)
    for value, save in saved.items():
        if counts[value] != 1:
            check.lost.add((save.editor, save.n))
            check.fail("saved but not in the history once", f"{item.dom_id} {value!r} x{counts[value]}")
    previous = None
    for row in rows:
        save = by_value.get(row.rationale)
        if save is None:
            check.fail("history row from no save", f"{item.dom_id} {row.rationale!r}")
        elif save.outcome in ("conflict", "refused"):
            check.fail(f"written but answered '{save.outcome}'", f"{item.dom_id} {row.rationale!r}")
        expected_version = previous.version + 1 if previous else 1
        if row.version != expected_version:
            check.fail("version chain break", f"{item.dom_id} v{row.version} after v{expected_version - 1}")
        if save is not None and previous is not None and save.read_rationale != previous.rationale:
            # This save's editor never saw the row before it: that earlier save was overwritten.
            lost = saved.get(previous.rationale)
            if lost is not None:
                check.lost.add((lost.editor, lost.n))
            check.fail("overwritten unseen", f"{item.dom_id} {previous.rationale!r} by {row.rationale!r}")
        previous = row
    bases = Counter(s.read_version for s in saved.values() if s.read_version is not None)
    for version, n in bases.items():
        if n > 1:
            check.fail("saves accepted on the same version", f"{item.dom_id} v{version} x{n}")
    if rows:
        final = Verdict.objects.get(**{f"{item.kind}_id": item.pk})
        if (final.rationale, final.version) != (rows[-1].rationale, rows[-1].version):
            check.fail("final state is not the last save", f"{item.dom_id} {final.rationale!r}")


def check_item(check: Check, item: Item, saves: list[Save], rows: list, user_ids: dict[str, int]) -> None:
    """Check a claim's or quote's history: versions without gaps, each correction saved as its own."""
    previous = None
    for row in rows:
        if previous is not None and row.version != previous.version + 1:
            check.fail("version chain break", f"{item.dom_id} v{row.version} after v{previous.version}")
        previous = row
    for save in (s for s in saves if s.outcome == "saved"):
        user_id = user_ids[f"bench{save.editor:02d}"]
        found = [
            r
            for r in rows
            if r.history_user_id == user_id
            and " ".join(r.text.split()) == " ".join(save.value.split())
            and (save.read_version is None or r.version == save.read_version + 1)
        ]
        if not found:
            check.lost.add((save.editor, save.n))
            check.fail("correction saved but not in the history", f"{item.dom_id} by editor {save.editor}")
    bases = Counter(s.read_version for s in saves if s.outcome == "saved" and s.read_version is not None)
    for version, n in bases.items():
        if n > 1:
            check.fail("saves accepted on the same version", f"{item.dom_id} v{version} x{n}")


# --- report ----------------------------------------------------------------------------------------


def percentile(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1]


def report(args, database: str, items: list[Item], run: Run, check: Check, times: dict, log: Path) -> int:
    """Print the figures; the exit status: 1 on a lost update, a server error, a failed check or time out."""
    outcomes = Counter(s.outcome for s in run.saves)
    actions = Counter(s.action for s in run.saves)
    answered = outcomes["saved"] + outcomes["conflict"]
    latencies = [s.latency for s in run.saves if s.outcome in ("saved", "conflict")]
    kinds = Counter(i.kind for i in items)

    def line(label: str, value: object, note: str = "") -> None:
        print(f"  {label:<26} {value:>8}  {note}".rstrip())

    def ms(values: list[float], p: int) -> str:
        return f"{percentile(values, p) * 1000:.0f}"

    print(
        f"concurrent edits on {database}: {args.editors} editors x {args.saves} saves on {len(items)} items "
        f"({kinds['claim']} claims, {kinds['quote']} quotes), gunicorn {args.workers} workers x "
        f"{args.threads} threads"
    )
    plain = sum(s.plain for s in run.saves)
    attempted = len(run.saves) - outcomes["not attempted"]
    note = f"(verdicts {actions['verdict']}, claim corrections {actions['correct']}, {plain} without htmx)"
    line("saves attempted", attempted, note)
    line("saves accepted", outcomes["saved"])
    line("conflicts shown", outcomes["conflict"])
    line("refused otherwise", outcomes["refused"])
    line("server errors", outcomes["server error"], "(must be 0)")
    line("lost updates", len(check.lost), "(must be 0)")
    for problem, n in sorted(check.problems.items()):
        print(f"    {problem}: {n}")
    if outcomes["not attempted"] or run.logins_failed:
        note = f"(time limit {args.timeout:.0f} s; failed logins {run.logins_failed})"
        line("not attempted", outcomes["not attempted"], note)
    reads = f"(card reads {ms(run.reads, 50)} / {ms(run.reads, 99)} ms)"
    line("save latency p50 / p99", f"{ms(latencies, 50)} / {ms(latencies, 99)}", f"ms {reads}")
    rate = answered / times["load"]
    note = f"s (setup {times['setup']:.1f} s, saves {times['load']:.1f} s: {rate:.0f} answered saves/s)"
    line("wall time", f"{times['total']:.1f}", note)
    requests = len(run.reads) + len(latencies)
    per_request = times["server cpu"] / max(requests, 1) * 1000
    note = f"s (server {times['server cpu']:.0f} s, {per_request:.0f} ms a request; "
    note += f"editors {times['client cpu']:.0f} s)"
    line("CPU during the saves", f"{times['server cpu'] + times['client cpu']:.0f}", note)
    for example in check.examples:
        print(f"    e.g. {example}")
    for save in [s for s in run.saves if s.outcome in ("server error", "refused")][:3]:
        print(
            f"    e.g. {save.outcome} {save.status}, {save.action} {save.item.dom_id}: {save.detail[:200]!r}"
        )
    if outcomes["server error"]:
        errors = [line for line in log.read_text().splitlines() if "rror" in line]
        print("  server log:", *errors[-5:], sep="\n    ")
    failed = check.lost or check.problems or outcomes["server error"] or outcomes["not attempted"]
    return 1 if failed or run.logins_failed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--editors", type=int, default=50)
    parser.add_argument("--saves", type=int, default=20, help="saves per editor")
    parser.add_argument("--items", type=int, default=5, help="items edited by everyone (a third quotes)")
    parser.add_argument("--corrections", type=float, default=0.1, help="share of saves correcting a claim")
    parser.add_argument("--plain", type=float, default=0.2, help="share of saves posted without htmx")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument(
        "--timeout",
        type=float,
        default=240,
        help="no save starts after this many seconds from the start; those under way get 30 s more",
    )
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    began = time.monotonic()
    deadline = began + args.timeout

    with tempfile.TemporaryDirectory(prefix="bench-edits-") as folder:
        tmp = Path(folder)
        (tmp / "bench_settings.py").write_text(SETTINGS)
        url, drop = throwaway_database(tmp)
        os.environ |= {
            "DATABASE_URL": url,
            "DJANGO_SETTINGS_MODULE": "bench_settings",
            "DJANGO_DEBUG": "0",
            "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
            "PYTHONPATH": os.pathsep.join([str(tmp), str(ROOT), os.environ.get("PYTHONPATH", "")]),
        }
        sys.path[:0] = [str(tmp), str(ROOT)]
        server = None
        try:
            items = prepare(args)
            port = free_port()
            log = tmp / "gunicorn.log"
            server = start_server(args, port, log)
            setup = time.monotonic() - began

            run = Run()
            cpu = (server_cpu(server), time.process_time())
            start = threading.Barrier(args.editors)
            base = f"http://127.0.0.1:{port}"
            threads = [
                threading.Thread(target=editor_thread, args=(run, base, i, args, items, deadline, start))
                for i in range(1, args.editors + 1)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=max(0.1, deadline + 2 * REQUEST_TIMEOUT + 5 - time.monotonic()))
            load = time.monotonic() - began - setup
            cpu = (server_cpu(server) - cpu[0], time.process_time() - cpu[1])
            stop_server(server)
            server = None

            check = check_history(run.saves, items)
            from django.db import connections

            connections.close_all()
            times = {"setup": setup, "load": load, "total": time.monotonic() - began}
            times |= {"server cpu": cpu[0], "client cpu": cpu[1]}
            database = "PostgreSQL" if drop else "SQLite"
            return report(args, database, items, run, check, times, log)
        finally:
            if server is not None:
                stop_server(server)
            if drop is not None:
                drop()


if __name__ == "__main__":
    sys.exit(main())
