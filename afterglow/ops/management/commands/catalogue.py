"""The translation catalogue: gather every translatable string, compile, or check it (issue 23).

    manage.py catalogue            # gather new strings into afterglow/locale/*/django.po, compile
    manage.py catalogue --compile  # compile only (make run, make test)
    manage.py catalogue --check    # fail if a string in the code has no translation, or a fuzzy one

``--check`` gathers into a copy of the catalogue, so it never changes the working tree, then
asks ``msgfmt --statistics`` (GNU gettext) what is untranslated or fuzzy.
"""

import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.test.utils import override_settings

# What makemessages must not read: the environment, data, benchmarks, docs and tests; and
# the catalogue's own folder, which makemessages would otherwise take as where the strings
# of afterglow/ go (so --check, gathering into a copy, wrote into the working tree's
# catalogue and checked a copy that had none of the new strings).
IGNORE = [
    "afterglow/locale",
    "var/*",
    "bench/*",
    "docs/*",
    "build/*",
    "*/tests/*",
    "*/corpus/*",
    "conftest.py",
    "node_modules/*",
]
STATS = re.compile(r"(\d+) (translated|fuzzy|untranslated)")


def locales() -> list[str]:
    return [code for code, _name in settings.LANGUAGES if code != "en"]


def root() -> Path:
    return Path(settings.LOCALE_PATHS[0])


def gather(into: Path) -> None:
    with override_settings(LOCALE_PATHS=[into]):
        call_command(
            "makemessages",
            locale=locales(),
            ignore_patterns=IGNORE,
            no_location=True,
            no_obsolete=True,
            verbosity=0,
        )


def statistics(po: Path) -> dict[str, int]:
    msgfmt = shutil.which("msgfmt") or "msgfmt"
    result = subprocess.run(  # noqa: S603 (our own catalogue's path)
        [msgfmt, "--check", "--statistics", "-o", "/dev/null", str(po)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise CommandError(f"{po}: msgfmt failed:\n{result.stderr}")
    counts = {"translated": 0, "fuzzy": 0, "untranslated": 0}
    for number, kind in STATS.findall(result.stderr):
        counts[kind] = int(number)
    return counts


class Command(BaseCommand):
    help = "Gather, compile or check the translation catalogue (afterglow/locale/)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--check", action="store_true")
        parser.add_argument("--compile", action="store_true")

    def handle(self, *args: Any, check: bool, compile: bool, **options: Any) -> None:
        if shutil.which("msgfmt") is None:
            raise CommandError("GNU gettext is needed (Debian: apt-get install gettext).")
        if check:
            self.check_complete()
            return
        if not compile:
            gather(root())
        call_command("compilemessages", locale=locales(), verbosity=0)

    def check_complete(self) -> None:
        problems = []
        with tempfile.TemporaryDirectory() as tmp:
            copy = Path(tmp) / "locale"
            shutil.copytree(root(), copy)
            gather(copy)
            for code in locales():
                counts = statistics(copy / code / "LC_MESSAGES" / "django.po")
                if counts["fuzzy"] or counts["untranslated"]:
                    problems.append(
                        f"{code}: {counts['untranslated']} untranslated, {counts['fuzzy']} fuzzy"
                        f" of {sum(counts.values())}"
                    )
        if problems:
            raise CommandError(
                "The catalogue is not complete: "
                + "; ".join(problems)
                + ". Run `manage.py catalogue` and translate what it lists (docs/i18n.md)."
            )
        self.stdout.write("The catalogue is complete.")
