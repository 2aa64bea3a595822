"""Command line: print our figures beside the anchors' on the dev sets.

usage: python -m articles.extraction.evaluate [--quick] [--only MEASURE ...]
       [--data DIR] [--split train|dev] [--json FILE]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .data import DEFAULT_DATA, claims_path, load_pages, load_polnear
from .render import RENDERERS
from .report import Row, format_table, write_json

MEASURES = ("body", "text", "meta", "quotes", "claims")
# --quick: small enough for CI (about a minute), large enough to catch a regression.
QUICK_PAGES = 15
QUICK_ARTICLES = 20
QUICK_FOLDS = 2
QUICK_SENTENCES = 2000


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m articles.extraction.evaluate", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--quick", action="store_true", help="a CI-sized run: fewer pages, articles and folds"
    )
    parser.add_argument(
        "--only", action="append", choices=MEASURES, help="run only this measure (may be repeated)"
    )
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help=f"the dev sets (default {DEFAULT_DATA})"
    )
    parser.add_argument("--split", choices=("train", "dev"), default="dev", help="PolNeAR split for quotes")
    parser.add_argument(
        "--renderers",
        default=",".join(RENDERERS),
        help="comma-separated text renderers (lynx, w3m, chromium)",
    )
    parser.add_argument("--json", type=Path, help="also save the figures to this JSON file")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        parser.error(f"no dev data at {args.data} (give --data DIR)")
    args.renderers = [name for name in args.renderers.split(",") if name]
    unknown = set(args.renderers) - set(RENDERERS)
    if unknown:
        parser.error(f"unknown renderer(s): {', '.join(sorted(unknown))}")
    return args


def page_rows(args: argparse.Namespace, wanted: set[str]) -> list[Row]:
    """Body (HTML and text renders) and metadata rows on the benchmark pages."""
    from .body import html_articles, html_body_row, meta_rows, render_body_row, render_pages

    pages = load_pages(args.data, QUICK_PAGES if args.quick else None)
    rows: list[Row] = []
    articles = html_articles(pages) if wanted & {"body", "meta"} else []
    if "body" in wanted:
        rows.append(html_body_row(pages, articles))
    renderers = list(args.renderers) if "text" in wanted else []
    if "meta" in wanted and "lynx" not in renderers:
        renderers.append("lynx")
    renders = render_pages(pages, renderers)
    if "text" in wanted:
        rows.extend(render_body_row(name, pages, renders[name]) for name in args.renderers)
    if "meta" in wanted:
        rows.extend(meta_rows(pages, articles, renders["lynx"]))
    return rows


def claims_rows(args: argparse.Namespace) -> list[Row]:
    """Check-worthiness rows, or one skipped row when scikit-learn is not installed."""
    try:
        from .claims import claim_rows, cross_validate
    except ImportError as error:
        reason = f"{error.name} is not installed (pip install -e '.[train]')"
        return [Row(measure="claims F1 at 0.5", ours=None, minimum=0.85, skipped=reason)]
    if args.quick:
        return claim_rows(cross_validate(claims_path(args.data), QUICK_FOLDS, QUICK_SENTENCES))
    return claim_rows(cross_validate(claims_path(args.data)))


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    wanted = set(args.only or MEASURES)
    began = time.perf_counter()
    rows: list[Row] = []
    if wanted & {"body", "text", "meta"}:
        rows.extend(page_rows(args, wanted))
    if "quotes" in wanted:
        from .quotes import quote_rows

        articles = load_polnear(args.data, args.split, QUICK_ARTICLES if args.quick else None)
        rows.extend(quote_rows(articles, args.split))
    if "claims" in wanted:
        rows.extend(claims_rows(args))
    elapsed = time.perf_counter() - began
    print(format_table(rows))
    print(f"\n{'quick' if args.quick else 'full'} run over {args.data} in {elapsed:.1f} s")
    if args.json:
        write_json(
            rows,
            args.json,
            quick=args.quick,
            split=args.split,
            data=str(args.data),
            seconds=round(elapsed, 1),
        )
        print(f"figures saved to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
