import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest

from afterglow.testing import urlgate

pytest_plugins = ["afterglow.testing.people", "afterglow.testing.browser"]

# Under pytest-xdist each worker records the routes its tests requested in a file of a folder
# the controller made; the controller joins them before it judges the gate.
_SEEN_DIR = "afterglow_urlgate_dir"
_seen_dir_key = pytest.StashKey[Path]()


def _is_full_run(config: Any) -> bool:
    return (
        not config.option.keyword
        and not config.option.markexpr
        and [os.path.basename(a) for a in config.args] == config.getini("testpaths")
    )


def _is_worker(config: Any) -> bool:
    return hasattr(config, "workerinput")


def _compile_catalogues() -> None:
    """Spanish pages need the compiled catalogue; `make test` builds it, plain pytest too."""
    msgfmt = shutil.which("msgfmt")
    for po in Path(__file__).parent.glob("afterglow/locale/*/LC_MESSAGES/django.po"):
        mo = po.with_suffix(".mo")
        if msgfmt and (not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime):
            subprocess.run([msgfmt, "--check", "-o", str(mo), str(po)], check=True)  # noqa: S603


def pytest_configure(config: pytest.Config) -> None:
    if not _is_worker(config):
        _compile_catalogues()
        config.stash[_seen_dir_key] = Path(tempfile.mkdtemp(prefix="afterglow-urlgate-"))


def pytest_configure_node(node: Any) -> None:
    """xdist: tell each worker where to write the routes it saw."""
    node.workerinput[_SEEN_DIR] = str(node.config.stash[_seen_dir_key])


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    config = session.config
    if _is_worker(config):
        worker = config.workerinput
        seen = Path(worker[_SEEN_DIR]) / f"{worker['workerid']}.json"
        seen.write_text(json.dumps(sorted(urlgate.SEEN)), encoding="utf-8")
        return
    folder = config.stash[_seen_dir_key]
    for path in folder.glob("*.json"):  # JSON: the site's root is the route ""
        urlgate.SEEN.update(json.loads(path.read_text(encoding="utf-8")))
    shutil.rmtree(folder, ignore_errors=True)
    if os.environ.get("AFTERGLOW_URL_GATE") != "1" or exitstatus != 0:
        return
    if not _is_full_run(config):
        return
    missing = urlgate.missing_routes()
    if missing:
        reporter = config.pluginmanager.get_plugin("terminalreporter")
        if reporter is not None:
            reporter.write_line(
                "URL-coverage gate: no test requested these URL patterns: " + ", ".join(missing),
                red=True,
            )
        session.exitstatus = 1
