from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from afterglow.clinics import firstrun


class Command(BaseCommand):
    help = (
        "Print a new one-time setup code for the first-run page (/setup/), while no clinic "
        "exists. Any earlier code stops working."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        if not firstrun.needed():
            raise CommandError("A clinic exists already: the first-run page is closed.")
        now = timezone.now()
        code = firstrun.code_issue(now)
        url = settings.AFTERGLOW_BASE_URL.rstrip("/") + "/setup/"
        firstrun.announce(code, now, url=url, out=self.stdout)
