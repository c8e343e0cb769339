"""The browser harness: Playwright driving Debian's Chromium (headless), with an axe check.

Browser journeys are marked ``browser``. Without Chromium they are skipped on a developer's
machine and fail in CI (``CI=true``), where ``.ci/run`` installs it.

Every page a journey visits is checked by axe once it has loaded (``watch``): the pages the
``phone`` and ``desktop`` fixtures hand out check the document before the journey next looks
something up on it, after ``goto``/``reload``/``wait_for_url``, and at the end of the test.
So a new violation fails the journey that meets it, with no call to remember.
"""

import functools
import os
import shutil
from collections.abc import Callable, Iterator
from typing import Any

import pytest

# Playwright's sync API runs an event loop in this thread; the ORM calls the test makes
# around it are synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("AFTERGLOW_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


def _chromium_path() -> str | None:
    if os.path.exists(CHROMIUM):
        return CHROMIUM
    return shutil.which("chromium")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    path = _chromium_path()
    if path is None:
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing: .ci/run installs Debian's chromium package")
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=path, headless=True, args=CHROMIUM_ARGS
        )
        yield instance
        instance.close()


@pytest.fixture
def phone(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = watch(context.new_page())
    page.set_default_timeout(10_000)
    yield page
    check_loaded_page(page)
    context.close()


@pytest.fixture
def desktop(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport=DESKTOP)
    page = watch(context.new_page())
    page.set_default_timeout(10_000)
    yield page
    check_loaded_page(page)
    context.close()


AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    # An accessible name that does not contain the visible label (WCAG 2.5.3) is tagged
    # "experimental" by axe and so left out of the tags above: asked for by name.
    "rules": {"label-content-name-mismatch": {"enabled": True}},
    "resultTypes": ["violations"],
}
CHECKED = "window.__afterglowAxeChecked === true"
# Looking something up on the page checks it first (if it has not been); these return once
# a new page is there, so they check it after.
CHECK_BEFORE = (
    "get_by_role",
    "get_by_label",
    "get_by_text",
    "get_by_placeholder",
    "get_by_alt_text",
    "get_by_title",
    "get_by_test_id",
    "locator",
    "screenshot",
)
CHECK_AFTER = ("goto", "reload", "go_back", "wait_for_url")


def assert_accessible(page: Any, *, tags: tuple[str, ...] = ()) -> None:
    """axe-core finds no violation (WCAG 2 A/AA rules, or the rules of ``tags``) on the page
    as it is now."""
    from axe_playwright_python.sync_playwright import Axe

    options = AXE_OPTIONS
    if tags:
        options = {**AXE_OPTIONS, "runOnly": {"type": "tag", "values": list(tags)}}
    results = Axe().run(page, options=options)
    rules = ", ".join(v["id"] for v in results.response["violations"])
    assert results.violations_count == 0, f"{page.url}: {rules}\n{results.generate_report()}"


def check_loaded_page(page: Any) -> None:
    """Run axe on the page's document once, when it has loaded; a document still loading or
    being replaced is checked by a later call."""
    from playwright.sync_api import Error

    if page.is_closed() or not page.url.startswith("http"):
        return
    try:
        if page.evaluate(f"{CHECKED} || document.readyState !== 'complete'"):
            return
        assert_accessible(page)
        page.evaluate("window.__afterglowAxeChecked = true")
    except Error:
        return  # the document went away meanwhile (a navigation): the next one is checked


def watch(page: Any) -> Any:
    """Make every visit of ``page`` checked by axe (see the module's docstring)."""

    def before(method: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(method)
        def checked(*args: Any, **kwargs: Any) -> Any:
            check_loaded_page(page)
            return method(*args, **kwargs)

        return checked

    def after(method: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(method)
        def checked(*args: Any, **kwargs: Any) -> Any:
            result = method(*args, **kwargs)
            check_loaded_page(page)
            return result

        return checked

    for name in CHECK_BEFORE:
        setattr(page, name, before(getattr(page, name)))
    for name in CHECK_AFTER:
        setattr(page, name, after(getattr(page, name)))
    return page


def screenshot(page: Any, name: str) -> None:
    """Keep a screenshot when asked to (AFTERGLOW_SCREENSHOTS=folder), to look at by eye."""
    folder = os.environ.get("AFTERGLOW_SCREENSHOTS")
    if folder:
        os.makedirs(folder, exist_ok=True)
        page.screenshot(path=os.path.join(folder, f"{name}.png"), full_page=True)
