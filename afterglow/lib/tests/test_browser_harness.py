"""The browser harness checks every page a journey visits with axe, without being asked."""

import pytest

pytestmark = pytest.mark.browser

GOOD = (
    '<!doctype html><html lang="en"><head><title>Good</title></head><body><main>'
    '<h1>Good</h1><a href="/bad">Onwards</a></main></body></html>'
)
# The accessible name ("One more glass") does not contain the visible label ("+1 glass").
BAD = (
    '<!doctype html><html lang="en"><head><title>Bad</title></head><body><main>'
    '<h1>Bad</h1><button aria-label="One more glass">+1 glass</button></main></body></html>'
)


def serve(page):
    def fulfil(route, request):
        html = BAD if request.url.endswith("/bad") else GOOD
        route.fulfill(status=200, content_type="text/html", body=html)

    page.route("http://pages.test/**", fulfil)


def test_it_checks_a_page_reached_by_a_click_before_the_journey_goes_on(phone):
    serve(phone)
    phone.goto("http://pages.test/")
    phone.get_by_role("link", name="Onwards").click()
    phone.wait_for_load_state("load")
    with pytest.raises(AssertionError, match="label-content-name-mismatch"):
        phone.get_by_role("heading", name="Bad").wait_for()
    phone.evaluate("window.__afterglowAxeChecked = true")  # the teardown check is not tested


def test_it_checks_a_page_as_soon_as_goto_returns(desktop):
    serve(desktop)
    with pytest.raises(AssertionError, match="label-content-name-mismatch"):
        desktop.goto("http://pages.test/bad")
    desktop.evaluate("window.__afterglowAxeChecked = true")


def test_a_page_without_violations_passes_and_is_checked_once(desktop):
    serve(desktop)
    desktop.goto("http://pages.test/")
    assert desktop.evaluate("window.__afterglowAxeChecked === true")
    desktop.get_by_role("heading", name="Good").wait_for()
