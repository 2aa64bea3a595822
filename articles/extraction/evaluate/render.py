"""Render HTML to plain text the way a reader's tools would: lynx, w3m, Chromium.

Each renderer gives the whole page as text, menus and all, which is what the
page-text path of the engine has to cope with. A renderer that is not installed
raises `RendererMissing`, so that the harness can report it as skipped.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
COMMAND_TIMEOUT = 60


class RendererMissing(RuntimeError):
    """The renderer's program or library is not installed here."""


def _run(command: list[str], html: str) -> str:
    if shutil.which(command[0]) is None:
        raise RendererMissing(f"{command[0]} is not installed (Debian package {command[0]})")
    done = subprocess.run(
        command, input=html.encode("utf-8"), capture_output=True, timeout=COMMAND_TIMEOUT, check=False
    )
    return done.stdout.decode("utf-8", errors="replace")


def lynx(html: str) -> str:
    """The page as `lynx -dump` prints it, without the list of links."""
    return _run(
        [
            "lynx",
            "-dump",
            "-nolist",
            "-width=1000",
            "-assume_charset=utf-8",
            "-display_charset=utf-8",
            "-stdin",
        ],
        html,
    )


def w3m(html: str) -> str:
    """The page as `w3m -dump` prints it."""
    return _run(["w3m", "-dump", "-T", "text/html", "-cols", "1000", "-I", "UTF-8", "-O", "UTF-8"], html)


@contextmanager
def chromium() -> Iterator[Callable[[str], str]]:
    """A function rendering HTML to Chromium's `innerText`, with one browser for all pages.

    JavaScript is off and every request is aborted, so a page renders only from
    its own HTML and nothing reaches the network.
    """
    try:
        from playwright.sync_api import sync_playwright
    except ImportError as error:
        raise RendererMissing("playwright is not installed (pip install playwright)") from error
    if not CHROMIUM.exists():
        raise RendererMissing(f"{CHROMIUM} is not installed (Debian package chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(java_script_enabled=False)
        context.route("**/*", lambda route: route.abort())
        page = context.new_page()

        def render(html: str) -> str:
            page.set_content(html, wait_until="domcontentloaded", timeout=COMMAND_TIMEOUT * 1000)
            return page.evaluate("document.body ? document.body.innerText : ''")

        try:
            yield render
        finally:
            browser.close()


RENDERERS = ("lynx", "w3m", "chromium")


def render_all(name: str, pages: Sequence[str]) -> list[str]:
    """Every page rendered by the renderer called `name` (one of RENDERERS)."""
    if name == "lynx":
        return [lynx(html) for html in pages]
    if name == "w3m":
        return [w3m(html) for html in pages]
    if name == "chromium":
        with chromium() as render:
            return [render(html) for html in pages]
    raise ValueError(f"unknown renderer {name!r}")
