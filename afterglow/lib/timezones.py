"""Time-zone names a person can choose, validated against the system's IANA database."""

import zoneinfo
from functools import lru_cache

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _


@lru_cache(maxsize=1)
def all_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def validate_time_zone(value: str) -> None:
    if value not in all_zones():
        raise ValidationError(
            _("%(value)s is not a time zone we know. Try a name like America/New_York."),
            params={"value": value},
            code="invalid_time_zone",
        )


def zone_choices() -> list[tuple[str, str]]:
    common = sorted(z for z in all_zones() if "/" in z and not z.startswith("Etc/"))
    return [(z, z.replace("_", " ")) for z in common]
