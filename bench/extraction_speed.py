"""How fast the full extraction runs, beside trafilatura's body-only extraction in the same run.

usage: .venv/bin/python bench/extraction_speed.py [--repeat N] [--data DIR] [--clock wall|cpu] [--profile]

The 60 pages of the article-extraction dev set go through `extract(html,
mode="html")` (body, metadata, quotes, speakers, claims) and through
`trafilatura.extract(html)` (body only), each timed warm (one untimed pass
first: htmldate and dateparser load their tables on first use), N times over.
It prints pages/s for each and their ratio (goal >= 1.0), then the page-text
path (`extract(text, mode="page")`) on lynx renders if lynx is installed.
The two take turns on each page, so that other work on the machine weighs on
both alike. It also prints the milliseconds per page of each stage
(the page, sentences, quotes, claims). Times are read on the wall clock or,
with `--clock cpu`, as the process's CPU time, which other work on a shared
machine disturbs less. `--profile` prints the 25 functions with the most
cumulative time.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import shutil
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import trafilatura

from articles.extraction import extract
from articles.extraction.claims import find_claims
from articles.extraction.evaluate.data import DEFAULT_DATA, load_pages
from articles.extraction.evaluate.render import lynx
from articles.extraction.page import article_from_html
from articles.extraction.quotes import find_quotes
from articles.extraction.sentences import split_sentences

RATIO_GOAL = 1.0
CLOCKS: dict[str, Callable[[], float]] = {"wall": time.perf_counter, "cpu": time.process_time}


def pages_per_second(
    functions: Sequence[Callable[[str], object]],
    inputs: Sequence[str],
    repeat: int,
    clock: Callable[[], float] = time.perf_counter,
) -> list[float]:
    """Pages per second of each function over `inputs`, after one untimed warm-up pass.

    The functions take turns on each page, first one then the other going first
    from pass to pass, so that a change in the machine's load (seconds long on a
    shared machine) weighs on every function alike.
    """
    seconds = [0.0] * len(functions)
    for function in functions:
        for item in inputs:
            function(item)
    turns = list(enumerate(functions))
    for _ in range(repeat):
        for item in inputs:
            for index, function in turns:
                began = clock()
                function(item)
                seconds[index] += clock() - began
        turns.reverse()
    return [repeat * len(inputs) / spent for spent in seconds]


def stage_milliseconds(
    inputs: Sequence[str], repeat: int, clock: Callable[[], float] = time.perf_counter
) -> dict[str, float]:
    """Milliseconds per page in each stage of the full extraction, and in trafilatura.extract.

    Each page goes through the stages as `extract_from_article` runs them, then
    through trafilatura, so that the figures share the machine's load.
    """
    stages = ("page (html)", "sentences", "quotes", "claims", "trafilatura.extract")
    spent = dict.fromkeys(stages, 0.0)
    for _ in range(repeat):
        for html in inputs:
            times = [clock()]
            article = article_from_html(html)
            body = article.body
            times.append(clock())
            sentences = split_sentences(body)
            times.append(clock())
            quotes = find_quotes(body, sentences)
            times.append(clock())
            find_claims(body, sentences, quotes)
            times.append(clock())
            trafilatura.extract(html)
            times.append(clock())
            for stage, began, ended in zip(stages, times, times[1:], strict=False):
                spent[stage] += ended - began
    return {stage: 1000 * seconds / (repeat * len(inputs)) for stage, seconds in spent.items()}


def profile(function: Callable[[str], object], inputs: Sequence[str], top: int = 25) -> None:
    """Print the `top` functions by cumulative time over one pass of `inputs`."""
    profiler = cProfile.Profile()
    profiler.enable()
    for item in inputs:
        function(item)
    profiler.disable()
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed passes over the pages (default 3)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared dev sets")
    parser.add_argument(
        "--clock",
        choices=sorted(CLOCKS),
        default="wall",
        help="time by the wall clock (default) or by the process's CPU time (on a shared machine)",
    )
    parser.add_argument(
        "--profile", action="store_true", help="print the top 25 functions by cumulative time"
    )
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    html = [page.html for page in load_pages(args.data)]

    def ours(page: str) -> object:
        return extract(page, mode="html")

    clock = CLOCKS[args.clock]
    ours_rate, anchor_rate = pages_per_second([ours, trafilatura.extract], html, args.repeat, clock)
    ratio = ours_rate / anchor_rate
    print(f"{len(html)} pages, warm, {args.repeat} timed passes each ({args.clock} clock)")
    print(f"  ours, full extraction (html):   {ours_rate:7.1f} pages/s")
    print(f"  trafilatura.extract, body only: {anchor_rate:7.1f} pages/s")
    verdict = "ok" if ratio >= RATIO_GOAL else "BELOW"
    print(f"  ratio ours / trafilatura:       {ratio:7.2f}   (goal >= {RATIO_GOAL:g}) {verdict}")
    stages = stage_milliseconds(html, args.repeat, clock)
    print("  ms per page:  " + ", ".join(f"{stage} {ms:.1f}" for stage, ms in stages.items()))
    if shutil.which("lynx"):
        renders = [lynx(page) for page in html]

        def page_text(text: str) -> object:
            return extract(text, mode="page")

        [text_rate] = pages_per_second([page_text], renders, args.repeat, clock)
        print(f"  ours, full extraction (page text from lynx): {text_rate:.1f} pages/s")
    else:
        print("  page-text path skipped: lynx is not installed (Debian package lynx)")
    if args.profile:
        print("\nfull extraction (html), one pass, by cumulative time:")
        profile(ours, html)
    return 0


if __name__ == "__main__":
    sys.exit(main())
