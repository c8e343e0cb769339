"""What the detector says about a text: a level and the category codes behind it."""

from dataclasses import dataclass, field

from django.db import models
from django.utils.translation import gettext_lazy as _


class Level(models.TextChoices):
    NONE = "none", _("Nothing of concern")
    CONCERN = "concern", _("Indirect signs of distress")
    CRISIS = "crisis", _("Explicit language of suicide or self-harm")


_RANK = {Level.NONE: 0, Level.CONCERN: 1, Level.CRISIS: 2}


@dataclass(frozen=True)
class Verdict:
    level: Level = Level.NONE
    codes: tuple[str, ...] = field(default=())

    @property
    def is_crisis(self) -> bool:
        return self.level == Level.CRISIS

    @property
    def is_concern(self) -> bool:
        return self.level == Level.CONCERN

    def __or__(self, other: "Verdict") -> "Verdict":
        """The more serious of two verdicts, with the codes of both."""
        level = max(self.level, other.level, key=_RANK.__getitem__)
        return Verdict(Level(level), tuple(sorted(set(self.codes) | set(other.codes))))
