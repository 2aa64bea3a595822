"""Fuzz the extraction engine: generated inputs through all three modes, checked and timed.

usage: .venv/bin/python bench/fuzz_extraction.py [--count N] [--seed S] [--limit SECONDS]
       [--jobs J] [--clock wall|cpu]

N inputs (default 10,000), each drawn by a seeded random generator from one
kind: random text, random code points, broken HTML, deeply nested HTML (up to
5,000 divs), unbalanced quotation marks, no punctuation, non-English and mixed
scripts (Korean, Arabic, Cyrillic, emoji), control characters, news-like text
with quotes and numbers, and one 5 MB page. Each goes through `extract` in
"page", "html" and "text" mode. A failure is an exception, an offset that does
not give its text (`articles.extraction.evaluate.invariants`), or a call slower
than the limit (1 s), timed warm (each process first extracts one small page
untimed, since htmldate and dateparser load their tables on first use), by
the wall clock or, with `--clock cpu`, by the process's CPU time. It
prints failures by kind and the slowest calls, and exits 1 on any failure.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import signal
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from articles.extraction import MODES, extract
from articles.extraction.evaluate.invariants import offset_problems

HUGE_BYTES = 5 * 1024 * 1024
DEEPEST = 5000
# Inputs 1 to DEEP_INPUTS are nested DEEPEST deep; other nested inputs are at most 2,500 deep.
DEEP_INPUTS = 5
# A call still running after this long is stopped and reported as hung.
HANG_SECONDS = 60

WORDS = (
    "the minister said on Monday that more than 20,000 workers had left the country in 2023 according "
    "to officials who asked not to be named because talks were continuing percent million dollars "
    "President Kim Jong-un told reporters she added he believes they claimed about nearly up to"
).split()
SCRIPTS = {
    "korean": "북한 노동자 명이 러시아에서 탈출했다고 정부 관계자가 밝혔다 김정은 위원장은 말했다",
    "arabic": "قال الوزير إن أكثر من عشرين ألف عامل غادروا البلاد وفقا للمسؤولين",
    "cyrillic": "министр заявил что более двадцати тысяч рабочих покинули страну по данным чиновников",
    "emoji": "😀 🚀 🇰🇷 👍🏽 ❤️ 🔥 🧑‍🚀 ✨ 🤔 📈",
    "cjk": "政府官员表示 超过两万名工人离开了该国 日本語のテキストも混ざる",
    "devanagari": "मंत्री ने कहा कि बीस हज़ार से अधिक श्रमिक देश छोड़ चुके हैं",
}
QUOTE_MARKS = ['"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u201e", "``", "''"]
CONTROL = [chr(c) for c in (*range(0, 32), 127)] + list("\u200b\u200e\u200f\u2028\u2029\ufeff\u202e\u00ad")
TAGS = ["div", "p", "span", "article", "script", "style", "table", "td", "li", "a", "h1", "meta", "br", "b"]


def _words(rng: random.Random, n: int, pool: list[str] = WORDS) -> str:
    return " ".join(rng.choice(pool) for _ in range(n))


def _sentence(rng: random.Random) -> str:
    return _words(rng, rng.randint(3, 25)).capitalize() + rng.choice([".", ".", "?", "!", ":", ""])


def random_text(rng: random.Random) -> str:
    return "\n".join(
        " ".join(_sentence(rng) for _ in range(rng.randint(1, 6))) for _ in range(rng.randint(0, 8))
    )


def random_code_points(rng: random.Random) -> str:
    # Any code point but surrogates, which UTF-8 input can never decode to.
    points = (
        rng.choice([rng.randint(0, 0x2FF), rng.randint(0, 0xD7FF), rng.randint(0xE000, 0x10FFFF)])
        for _ in range(rng.randint(0, 3000))
    )
    return "".join(chr(p) for p in points)


def broken_html(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 200)):
        tag = rng.choice(TAGS)
        parts.append(
            rng.choice(
                [
                    f"<{tag}>",
                    f"</{tag}>",
                    f"<{tag} class='{_words(rng, 2)}' id=x{rng.randint(0, 9)}",
                    _sentence(rng),
                    "&amp;&#x1F600;&#99999999;&nbsp;&bogus;",
                    "<!-- unclosed comment",
                    "<![CDATA[ x ]]>",
                    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": ',
                    "<",
                    ">",
                ]
            )
        )
    return "".join(parts)


def nested_html(rng: random.Random, depth: int | None = None) -> str:
    depth = depth or rng.choice([10, 50, 200, 1000, 2500])
    tag = rng.choice(["div", "span", "section", "p"])
    inner = f"<p>{_sentence(rng)} \u201c{_sentence(rng)}\u201d she said.</p>"
    closing = f"</{tag}>" * rng.choice([depth, 0, depth // 2])
    return f"<html><body>{f'<{tag}>' * depth}{inner}{closing}</body></html>"


def deep_nesting(rng: random.Random) -> str:
    """HTML 5,000 elements deep (a few inputs only: each is slow on purpose)."""
    return nested_html(rng, DEEPEST)


def unbalanced_quotes(rng: random.Random) -> str:
    pieces = []
    for _ in range(rng.randint(1, 40)):
        pieces.append(rng.choice([_sentence(rng), rng.choice(QUOTE_MARKS), "said", "\n\n", ", he said. "]))
    return " ".join(pieces)


def no_punctuation(rng: random.Random) -> str:
    return _words(rng, rng.randint(1, 3000))


def scripts(rng: random.Random) -> str:
    chosen = rng.sample(list(SCRIPTS), rng.randint(1, len(SCRIPTS)))
    pool = [word for name in chosen for word in SCRIPTS[name].split()] + WORDS
    lines = []
    for _ in range(rng.randint(1, 10)):
        line = _words(rng, rng.randint(2, 30), pool)
        if rng.random() < 0.5:
            line = f"\u201c{line}\u201d {rng.choice(pool)} said."
        lines.append(line)
    return "\n\n".join(lines)


def control_characters(rng: random.Random) -> str:
    text = list(random_text(rng))
    for _ in range(rng.randint(1, 200)):
        text.insert(rng.randint(0, len(text)), rng.choice(CONTROL))
    return "".join(text)


def news_like(rng: random.Random) -> str:
    paragraphs = [f"By {rng.choice(['Kim Min-ji', 'Jane Doe', 'Ahmed Ali'])}", _sentence(rng)]
    for _ in range(rng.randint(1, 12)):
        said = rng.choice(["said", "told reporters", "added", "according to"])
        paragraphs.append(
            rng.choice(
                [
                    f"\u201c{_sentence(rng)}\u201d {rng.choice(['Kim', 'she', 'the official'])} {said}.",
                    f"{rng.choice(['Lee', 'The ministry'])} {said} that {_words(rng, 12)}.",
                    f"About {rng.randint(1, 99)},{rng.randint(100, 999)} people, "
                    f"or {rng.random() * 100:.1f} percent, left.",
                    _sentence(rng),
                ]
            )
        )
    text = "\n\n".join(paragraphs)
    if rng.random() < 0.5:
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        head = f"<head><title>{_sentence(rng)}</title></head>"
        text = f"<html>{head}<body><nav>Home | News</nav><article>{body}</article></body></html>"
    return text


def huge_page(rng: random.Random) -> str:
    """One page of 5 MB: a long article in HTML."""
    paragraphs = []
    size = 0
    while size < HUGE_BYTES:
        paragraph = f"<p>{news_like(rng)}</p>\n"
        paragraphs.append(paragraph)
        size += len(paragraph.encode("utf-8"))
    return "<html><body><article>" + "".join(paragraphs) + "</article></body></html>"


def empty(rng: random.Random) -> str:
    return rng.choice(["", " ", "\n\n\n", "\t", "\u00a0", "<html></html>", "<", "\x00"])


KINDS: dict[str, Callable[[random.Random], str]] = {
    "random text": random_text,
    "random code points": random_code_points,
    "broken html": broken_html,
    "nested html": nested_html,
    "unbalanced quotes": unbalanced_quotes,
    "no punctuation": no_punctuation,
    "mixed scripts": scripts,
    "control characters": control_characters,
    "news-like": news_like,
    "empty": empty,
}


def generate(index: int, seed: int) -> tuple[str, str]:
    """The kind and text of input `index`; input 0 is the 5 MB page, the next few 5,000 deep."""
    rng = random.Random(seed * 1_000_003 + index)
    if index == 0:
        return "huge page (5 MB)", huge_page(rng)
    if index <= DEEP_INPUTS:
        return f"nested html ({DEEPEST} deep)", deep_nesting(rng)
    kind = rng.choice(list(KINDS))
    return kind, KINDS[kind](rng)


@dataclass(slots=True)
class Failure:
    index: int
    kind: str
    mode: str
    problem: str
    seconds: float


class Hung(Exception):
    """A call ran past HANG_SECONDS."""


def _alarm(signum: int, frame: object) -> None:
    raise Hung(f"still running after {HANG_SECONDS} s")


# Wall time is what a user waits; the process's CPU time is what the input costs, and is
# little changed by other work on a shared machine.
CLOCKS: dict[str, Callable[[], float]] = {"wall": time.perf_counter, "cpu": time.process_time}


def run_one(
    index: int, kind: str, text: str, mode: str, limit: float, clock_name: str = "wall"
) -> tuple[float, list[Failure]]:
    """Extract one input in one mode; the time taken and what went wrong."""
    clock = CLOCKS[clock_name]
    signal.alarm(HANG_SECONDS)
    began = clock()
    try:
        extraction = extract(text, mode=mode)
    except Exception as error:  # noqa: BLE001 - every exception is a finding to report
        seconds = clock() - began
        where = traceback.extract_tb(error.__traceback__)[-1]
        problem = f"exception {type(error).__name__}: {str(error)[:120]} at {where.filename}:{where.lineno}"
        return seconds, [Failure(index, kind, mode, problem, seconds)]
    finally:
        signal.alarm(0)
    seconds = clock() - began
    failures = [Failure(index, kind, mode, f"offset: {p}", seconds) for p in offset_problems(extraction)]
    if seconds > limit:
        failures.append(Failure(index, kind, mode, f"slow: {seconds:.2f} s", seconds))
    return seconds, failures


def check(
    index: int, seed: int, limit: float, clock_name: str = "wall"
) -> tuple[str, list[tuple[float, int, str, str, int]], list[Failure]]:
    """Generate input `index` and run it through every mode: its kind, timings and failures."""
    kind, text = generate(index, seed)
    timings, failures = [], []
    for mode in MODES:
        seconds, found = run_one(index, kind, text, mode, limit, clock_name)
        timings.append((seconds, index, kind, mode, len(text)))
        failures.extend(found)
    return kind, timings, failures


WARM_UP = (
    '<html><head><meta property="article:published_time" content="2024-05-01T09:00:00+09:00">'
    "<title>Warm-up</title></head><body><article><p>\u201cWe will see,\u201d Kim said on May 1, 2024. "
    "More than 20,000 workers left, officials said.</p></article></body></html>",
    # No date in the markup: htmldate falls back to dateparser, which compiles its
    # regexes for every locale on first use (about 1.5 s, once per process).
    "<html><head><title>Workers left in 2023, officials said 20,000</title></head><body><article>"
    "<p>By Jane Doe</p><p>About 81,461 people, or 68.0 percent, left.</p></article></body></html>",
)


def _start_worker() -> None:
    """Set the hang alarm and warm the engine up, untimed (htmldate and dateparser load on first use)."""
    signal.signal(signal.SIGALRM, _alarm)
    for page in WARM_UP:
        for mode in MODES:
            extract(page, mode=mode)


def report(failures: list[Failure]) -> None:
    """Failures counted by problem, input kind and mode, with the first of each."""
    by_kind = Counter((f.problem.split(":")[0], f.kind, f.mode) for f in failures)
    print(f"\n{len(failures)} failures, by problem, input kind and mode:")
    for (problem, kind, mode), n in sorted(by_kind.items(), key=lambda item: (-item[1], item[0])):
        print(f"  {n:6d}  {problem:10s} {kind:26s} {mode}")
    print("\nfirst failure of each problem, kind and mode:")
    seen = set()
    for failure in failures:
        key = (failure.problem.split(":")[0], failure.kind, failure.mode)
        if key not in seen:
            seen.add(key)
            print(f"  input {failure.index} ({failure.kind}), mode {failure.mode}: {failure.problem}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000, help="how many inputs (default 10,000)")
    parser.add_argument("--seed", type=int, default=20261125, help="random seed (default 20261125)")
    parser.add_argument(
        "--limit", type=float, default=1.0, help="slowest allowed call in seconds (default 1)"
    )
    parser.add_argument(
        "--jobs", type=int, default=1, help="worker processes (default 1: timings undisturbed)"
    )
    parser.add_argument(
        "--clock",
        choices=sorted(CLOCKS),
        default="wall",
        help="time calls by the wall clock (default) or by the process's CPU time (on a shared machine)",
    )
    args = parser.parse_args(argv)
    failures: list[Failure] = []
    timings: list[tuple[float, int, str, str, int]] = []
    kinds: Counter[str] = Counter()
    began = time.perf_counter()
    tasks = [(index, args.seed, args.limit, args.clock) for index in range(args.count)]
    if args.jobs > 1:
        with multiprocessing.Pool(args.jobs, initializer=_start_worker) as pool:
            results = pool.starmap(check, tasks, chunksize=10)
    else:
        _start_worker()
        results = [check(*task) for task in tasks]
    for kind, timed, found in results:
        kinds[kind] += 1
        timings.extend(timed)
        failures.extend(found)
    elapsed = time.perf_counter() - began
    print(
        f"{args.count} inputs x {len(MODES)} modes in {elapsed:.0f} s (seed {args.seed}, {args.jobs} job(s),"
        f" calls timed by {args.clock} clock)"
    )
    print("inputs by kind: " + ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items())))
    print("\nslowest calls:")
    for seconds, index, kind, mode, length in sorted(timings, reverse=True)[:10]:
        print(f"  {seconds:7.3f} s  input {index} ({kind}, {length:,} chars), mode {mode}")
    if not failures:
        print("\nno failures")
        return 0
    report(failures)
    return 1


if __name__ == "__main__":
    sys.exit(main())
