"""Headless Chromium for the HTML view's tests, benchmark and screenshots: Debian's browser,
driven by Playwright, never a browser that Playwright downloads.

Playwright is a development dependency, imported only when a browser is opened.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
"""Debian's ``chromium`` package (``make setup-dev`` installs it)."""

CHROMIUM_ARGS: tuple[str, ...] = (
    "--headless",
    "--no-sandbox",  # the tests run as root in a container, where the sandbox cannot start
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    # nothing may leave the machine: no update, sync or background request
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
"""Flags for every headless Chromium that opens a kg page."""


@contextmanager
def chromium(width: int = 1400, height: int = 900) -> Iterator[Any]:
    """A persistent Chromium context with a fresh, throw-away profile.

    Yields Playwright's ``BrowserContext``; the profile folder is removed afterwards.
    """
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        raise FileNotFoundError(f"{CHROMIUM} is missing: install Debian's chromium package")
    profile = tempfile.mkdtemp(prefix="kg-chromium-")
    try:
        with sync_playwright() as p:
            context = p.chromium.launch_persistent_context(
                user_data_dir=profile,
                executable_path=CHROMIUM,
                headless=True,
                args=list(CHROMIUM_ARGS),
                viewport={"width": width, "height": height},
            )
            try:
                yield context
            finally:
                context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def screenshot(page_path: Path, png: Path, width: int = 1400, height: int = 900) -> None:
    """Open a kg page from disk, wait until its layout is still, and save a PNG of it."""
    with chromium(width, height) as context:
        page = context.new_page()
        page.goto(page_path.resolve().as_uri())
        page.wait_for_function("window.kgStable === true", timeout=120_000)
        page.screenshot(path=str(png))
