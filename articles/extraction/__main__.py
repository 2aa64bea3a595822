"""Command line: print the extraction of one file as JSON.

usage: python -m articles.extraction --mode page|html|text FILE
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import MODES, extract


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m articles.extraction", description=__doc__.splitlines()[0]
    )
    parser.add_argument(
        "--mode", choices=MODES, required=True, help="page: scraped page text; html; text: clean article"
    )
    parser.add_argument("file", type=Path, help="the file to read ('-' for standard input)")
    args = parser.parse_args(argv)
    try:
        raw = sys.stdin.buffer.read() if str(args.file) == "-" else args.file.read_bytes()
    except OSError as error:
        parser.error(f"cannot read {args.file}: {error.strerror}")
    content = raw.decode("utf-8", errors="replace")
    result = extract(content, mode=args.mode)
    json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
