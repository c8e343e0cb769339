"""Template comments that would show on the page: Django's {# #} ends on its own line."""

from pathlib import Path

import afterglow

ROOT = Path(afterglow.__file__).parent


def test_no_template_comment_runs_past_its_line():
    spilled = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in ROOT.rglob("templates/**/*.html")
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        if "{#" in line and "#}" not in line[line.index("{#") :]
    ]
    assert spilled == [], "use {% comment %} for comments over several lines"
