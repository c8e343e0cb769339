"""The Spanish catalogue is complete: every string in the code has its translation (issue 23).

``manage.py catalogue --check`` gathers the strings into a copy of the catalogue, so a string
added without its Spanish fails here even if nobody ran ``catalogue``.
"""

import shutil

import pytest
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.skipif(shutil.which("msgfmt") is None, reason="needs GNU gettext")


def test_every_string_has_its_spanish(capsys):
    call_command("catalogue", check=True)
    assert "The catalogue is complete." in capsys.readouterr().out


def test_a_new_string_without_its_spanish_fails_the_check(tmp_path, settings, monkeypatch):
    from afterglow.ops.management.commands import catalogue

    # A copy of the project's catalogue, and a project of one template with a string nobody
    # translated (the copy outside it, as afterglow/locale is left out of the gathering).
    locale = tmp_path / "catalogue" / "locale"
    shutil.copytree(catalogue.root(), locale)
    settings.LOCALE_PATHS = [locale]
    project = tmp_path / "project"
    project.mkdir()
    template = project / "new_feature.html"
    template.write_text('{% load i18n %}{% translate "A brand new sentence for the check" %}')
    monkeypatch.chdir(project)
    with pytest.raises(CommandError, match="1 untranslated"):
        call_command("catalogue", check=True)
