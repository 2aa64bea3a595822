"""The evaluation harness's quick run, in CI: the engine's figures on dev-set samples stay above floors.

The full run (`python -m articles.extraction.evaluate`) gives the figures we report;
this quick one (15 pages, 20 PolNeAR articles, 2 folds on 2,000 ClaimBuster
sentences) guards against regressions. Floors sit a little below the quick run's
own figures, since small samples move more than the full sets.
"""

from __future__ import annotations

import json
import shutil

import pytest

from articles.extraction.evaluate.__main__ import main
from articles.extraction.evaluate.data import DEFAULT_DATA

pytestmark = pytest.mark.skipif(not DEFAULT_DATA.is_dir(), reason=f"no dev sets at {DEFAULT_DATA}")

# Chromium's render goes through Playwright's sync API, which cannot start inside the event loop
# that pytest-playwright's browser fixtures keep running; the full run measures it.
RENDERERS = [name for name in ("lynx", "w3m") if shutil.which(name)]


@pytest.fixture(scope="module")
def figures(tmp_path_factory) -> dict[str, dict]:
    path = tmp_path_factory.mktemp("evaluate") / "quick.json"
    measures = ["body", "quotes", "claims"] + (["text"] if RENDERERS else [])
    argv = ["--quick", "--json", str(path), "--renderers", ",".join(RENDERERS)]
    assert main([*argv, *[arg for m in measures for arg in ("--only", m)]]) == 0
    return {row["measure"]: row for row in json.loads(path.read_text())["measures"]}


def test_the_html_body_matches_trafilatura_or_better(figures):
    row = figures["body F1, HTML"]
    assert row["ours"] >= row["anchor"] - 0.005
    assert row["ours"] >= 0.965


@pytest.mark.skipif(not RENDERERS, reason="no text-mode browser (apt-get install lynx w3m)")
def test_the_article_is_found_in_pages_rendered_to_text(figures):
    for name in RENDERERS:
        assert figures[f"body F1, text via {name}"]["ours"] >= 0.88, name


def test_quotes_are_found_and_attributed(figures):
    assert figures["quotes F1, direct (dev)"]["ours"] >= 0.80
    assert figures["quotes F1, all (dev)"]["ours"] >= 0.72
    assert figures["quote speaker accuracy (dev)"]["ours"] >= 0.80


def test_check_worthiness_beats_the_tf_idf_anchor(figures):
    row = figures["claims F1 at 0.5, classes weighted equally (2-fold CV)"]
    assert row["ours"] >= max(row["anchor"], 0.75)
