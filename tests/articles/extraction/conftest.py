"""Fixtures for the extraction engine's tests: the seed page and its gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from articles.extraction import ArticleParts

ROOT = Path(__file__).resolve().parents[3]
SEED_PAGE = ROOT / "seeds" / "korea-times-nk-workers-defect.txt"
SEED_GOLD = ROOT.parent / "shared" / "seeds" / "korea-times-nk-workers-defect.expected.json"


@pytest.fixture(scope="session")
def seed_page_text() -> str:
    return SEED_PAGE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict:
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_article(seed_page_text: str) -> ArticleParts:
    """The seed's body as a careful editor cuts it, independent of the page module.

    The body runs from the lead after the byline to the last paragraph before the
    e-mail line, without the photo captions that sit between paragraphs.
    """
    lines = seed_page_text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("By ")) + 1
    end = next(i for i, line in enumerate(lines) if line.startswith("Email"))
    captions = {line for line in lines if lines.count(line) > 1 or line.endswith("EPA-Yonhap")}
    paragraphs = [line.strip() for line in lines[start:end] if line.strip() and line not in captions]
    return ArticleParts(
        title="9 North Korean workers in Russia defected to South Korea", paragraphs=paragraphs
    )
