import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from afterglow.ops.scale import PASSWORD, bar, seed_scale


class Command(BaseCommand):
    help = "Make a believable clinic at scale for benchmarks (reproducible from --seed)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--patients", type=int, default=200)
        parser.add_argument("--years", type=float, default=1.0)
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument("--entries-per-week", type=float, default=2.0)

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.perf_counter()
        built = seed_scale(
            patients=options["patients"],
            years=options["years"],
            seed=options["seed"],
            entries_per_week=options["entries_per_week"],
            progress=bar if options["verbosity"] > 0 else None,
        )
        self.stdout.write(
            f"{built.clinic.name}: {built.patients} patients, {built.rows:,} rows in "
            f"{time.perf_counter() - started:.1f} s. Clinicians "
            f"{', '.join(c.email for c in built.clinicians)}; every password is {PASSWORD!r}."
        )
