"""The seed article against the editor's gold, checked by the shared checker, through the CLI."""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT, SEED_GOLD, SEED_PAGE

CHECKER = ROOT.parent / "shared" / "tools" / "check_seed.py"


def test_it_meets_the_whole_seed_gold(tmp_path):
    output = tmp_path / "seed.json"
    with output.open("w") as out:
        subprocess.run(
            [sys.executable, "-m", "articles.extraction", "--mode", "page", str(SEED_PAGE)],
            cwd=ROOT,
            stdout=out,
            check=True,
        )
    result = subprocess.run(
        [sys.executable, str(CHECKER), str(SEED_GOLD), str(output)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout
    assert "0 furniture leaks" in result.stdout
