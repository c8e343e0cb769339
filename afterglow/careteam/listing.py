"""Filtering and sorting the caseload's rows (in memory: the rows are already loaded)."""

from dataclasses import dataclass
from datetime import UTC, datetime

from django.utils.translation import gettext_lazy as _

from afterglow.careteam.selectors import CaseloadRow
from afterglow.lib.text import fold

OLDEST = datetime.min.replace(tzinfo=UTC)
SORTS = {
    "urgency": (_("Most urgent first"), lambda r: r.urgency, False),
    "name": (_("Name"), lambda r: r.name, False),
    "last_session": (_("Last session"), lambda r: r.last_session or OLDEST, True),
    "next_due": (_("Next due"), lambda r: r.due.latest if r.due else datetime.max.date(), False),
    "phq9": ("PHQ-9", lambda r: r.scores["phq9"].total if "phq9" in r.scores else -1, True),
    "gad7": ("GAD-7", lambda r: r.scores["gad7"].total if "gad7" in r.scores else -1, True),
    "activity": (_("Last activity"), lambda r: r.last_activity or OLDEST, True),
}
FLAG_FILTERS = {
    "": _("Everyone"),
    "safety": _("Safety flags"),
    "any": _("Any flag or alert"),
    "none": _("Nothing open"),
}


@dataclass(frozen=True)
class Listing:
    q: str = ""
    flags: str = ""
    modality: str = ""
    sort: str = "urgency"

    @classmethod
    def from_query(cls, params: dict[str, str]) -> "Listing":
        sort = params.get("sort", "urgency")
        flags = params.get("flags", "")
        return cls(
            q=params.get("q", "").strip()[:80],
            flags=flags if flags in FLAG_FILTERS else "",
            modality=params.get("modality", "")[:16],
            sort=sort if sort in SORTS else "urgency",
        )

    def apply(self, rows: list[CaseloadRow]) -> list[CaseloadRow]:
        needle = fold(self.q)
        kept = [r for r in rows if self._keeps(r, needle)]
        _, key, reverse = SORTS[self.sort]
        return sorted(kept, key=key, reverse=reverse)

    def _keeps(self, row: CaseloadRow, needle: str) -> bool:
        if needle and needle not in fold(row.name):
            return False
        if self.modality and row.modality != self.modality:
            return False
        alerts = bool(row.flags) or row.overdue_booster or row.missed_check_ins
        alerts = alerts or row.unread_messages > 0
        if self.flags == "safety":
            return row.safety_flags > 0
        if self.flags == "any":
            return alerts
        if self.flags == "none":
            return not alerts
        return True
