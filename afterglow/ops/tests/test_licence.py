"""The repository says under which licence it may be used, in the three places people look."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_it_ships_the_full_agpl_text_and_names_it_in_pyproject_and_readme():
    text = (ROOT / "LICENSE").read_text()
    assert text.lstrip().startswith("GNU AFFERO GENERAL PUBLIC LICENSE")
    assert "Version 3, 19 November 2007" in text
    assert "13. Remote Network Interaction; Use with the GNU General Public License." in text
    assert "END OF TERMS AND CONDITIONS" in text
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == "AGPL-3.0-or-later"
    assert project["license-files"] == ["LICENSE"]
    assert "AGPL-3.0-or-later" in (ROOT / "README.md").read_text()
