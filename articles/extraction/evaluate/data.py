"""Where the dev sets live and how to read them, without copying them anywhere.

The dev sets sit beside the project, in `../shared/data/` from the project root;
`--data DIR` points elsewhere. Readers return plain Python values.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[3]
DEFAULT_DATA = PROJECT_ROOT.parent / "shared" / "data"
BODY_SET = "article-extraction-dev"
QUOTES_SET = "quotes-dev"
CLAIMS_SET = "claims-dev"


@dataclass(frozen=True, slots=True)
class Page:
    """One page of the article-extraction benchmark: its HTML and gold body."""

    id: str
    url: str
    html: str
    body: str


def load_pages(data: Path, limit: int | None = None) -> list[Page]:
    """The benchmark pages in id order, the first `limit` of them if given."""
    folder = data / BODY_SET
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id in sorted(truth)[:limit]:
        raw = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes())
        entry = truth[page_id]
        pages.append(
            Page(
                id=page_id,
                url=entry.get("url", ""),
                html=raw.decode("utf-8", errors="replace"),
                body=entry.get("articleBody", ""),
            )
        )
    return pages


def load_polnear(data: Path, split: str = "dev", limit: int | None = None) -> list[dict]:
    """PolNeAR articles of one split (`train` or `dev`) as dicts, in file order."""
    path = data / QUOTES_SET / f"polnear-{split}.jsonl.gz"
    articles = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if limit is not None and len(articles) >= limit:
                break
            articles.append(json.loads(line))
    return articles


def claims_path(data: Path) -> Path:
    """The ClaimBuster two-class training split (gzip JSON lines)."""
    return data / CLAIMS_SET / "claimbuster-train.jsonl.gz"
