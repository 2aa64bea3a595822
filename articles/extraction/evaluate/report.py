"""The harness's output: one row per measure, printed as a table or saved as JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path


@dataclass(slots=True)
class Row:
    """One measure: our figure, the anchor's figure from the same run, and the target.

    `minimum` is the figure ours must reach; with `beat_anchor` ours must also
    reach the anchor's. `skipped` says why a measure could not be taken.
    """

    measure: str
    ours: float | None
    anchor: float | None = None
    anchor_name: str = ""
    minimum: float | None = None
    beat_anchor: bool = False
    skipped: str = ""
    detail: dict[str, object] = field(default_factory=dict)

    @property
    def target(self) -> str:
        parts = []
        if self.beat_anchor:
            parts.append(f">= {self.anchor_name or 'anchor'}")
        if self.minimum is not None:
            parts.append(f">= {self.minimum:g}")
        return " and ".join(parts)

    @property
    def verdict(self) -> str:
        if self.skipped:
            return "skipped"
        if self.ours is None or (self.minimum is None and not self.beat_anchor):
            return ""
        ok = self.minimum is None or self.ours >= self.minimum
        if self.beat_anchor and self.anchor is not None:
            ok = ok and self.ours >= self.anchor
        return "ok" if ok else "BELOW"


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.4f}"


def format_table(rows: Sequence[Row]) -> str:
    """The rows as a fixed-width text table, with skipped measures and their reason."""
    header = ("measure", "ours", "anchor", "anchor is", "target", "")
    lines = [
        (
            row.measure,
            _figure(row.ours),
            _figure(row.anchor),
            row.anchor_name,
            row.target,
            row.verdict + (f" ({row.skipped})" if row.skipped else ""),
        )
        for row in rows
    ]
    widths = [max(len(str(cells[i])) for cells in [header, *lines]) for i in range(len(header) - 1)]

    def fmt(cells: tuple[str, ...]) -> str:
        padded = [
            cell.rjust(width) if i in (1, 2) else cell.ljust(width)
            for i, (cell, width) in enumerate(zip(cells, widths, strict=False))
        ]
        return "  ".join([*padded, cells[-1]]).rstrip()

    rule = "  ".join("-" * width for width in widths)
    return "\n".join([fmt(header), rule, *(fmt(cells) for cells in lines)])


def write_json(rows: Sequence[Row], path: Path, **about: object) -> None:
    """Save every row, its target and verdict, and what the run was (`about`)."""
    payload = {
        "about": about,
        "measures": [asdict(row) | {"target": row.target, "verdict": row.verdict} for row in rows],
    }
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
