#!/usr/bin/env python
"""Django's command-line utility for Afterglow."""

import os
import sys
from pathlib import Path


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "afterglow.settings")
    from afterglow.lib.devkeys import use_for_demo_commands

    use_for_demo_commands(sys.argv, os.environ, Path(__file__).resolve().parent / "var")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
