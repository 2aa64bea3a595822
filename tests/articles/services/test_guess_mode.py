from __future__ import annotations

import pytest

from articles.services.ingest import guess_mode

MENU_PAGE = "\n".join(
    ["The Daily Test", "Home", "News", "Sport", "Weather", "Opinion", "Culture", "Login"]
) + (
    "\n\nCouncil approves budget\n\nThe city council approved a budget of $4.2 million on Tuesday, "
    "more than last year, after a long debate.\n\nCopyright\nPrivacy\nContact"
)


@pytest.mark.parametrize(
    ("filename", "content", "mode"),
    [
        ("page.txt", "<html><body>markup in a .txt is still a scraped page</body></html>", "page"),
        ("page.HTML", "no markup at all", "html"),
        ("page.htm", "", "html"),
        ("", "<!DOCTYPE html><html><body><p>An article</p></body></html>", "html"),
        ("paste.md", "<p>Some paragraph</p>", "html"),
        ("", MENU_PAGE, "page"),
        ("", "The council approved a budget.\n\nCritics said it was too high.", "text"),
        ("", "", "text"),
    ],
)
def test_it_guesses_the_mode(filename, content, mode):
    assert guess_mode(filename=filename, content=content) == mode
