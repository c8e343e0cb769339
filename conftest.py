import os
from typing import Any

import pytest

from afterglow.testing.urlgate import missing_routes

pytest_plugins = ["afterglow.testing.people", "afterglow.testing.browser"]


def _is_full_run(config: Any) -> bool:
    return (
        not config.option.keyword
        and not config.option.markexpr
        and [os.path.basename(a) for a in config.args] == config.getini("testpaths")
    )


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    if os.environ.get("AFTERGLOW_URL_GATE") != "1" or exitstatus != 0:
        return
    if not _is_full_run(session.config):
        return
    missing = missing_routes()
    if missing:
        reporter = session.config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line(
                "URL-coverage gate: no test requested these URL patterns: " + ", ".join(missing),
                red=True,
            )
        session.exitstatus = 1
