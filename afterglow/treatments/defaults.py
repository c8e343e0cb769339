"""The protocols every clinic starts with (editable per clinic in the admin).

Spravato: the US label for treatment-resistant depression. IV ketamine: a common induction of
6 infusions over 2–3 weeks, then this clinic's booster every 4 weeks (shared/seed).
"""

from typing import Any

from django.utils.translation import gettext_noop

PROTOCOLS: list[dict[str, Any]] = [
    {
        "key": "spravato-label",
        "name": gettext_noop("Spravato (label schedule)"),
        "modality": "spravato",
        "source": gettext_noop(
            "SPRAVATO prescribing information (US label), dosage and administration"
        ),
        "steps": [
            {
                "phase": "induction",
                "label": gettext_noop("Weeks 1–4: twice a week"),
                "min_days": 3,
                "max_days": 4,
                "until_week": 4,
            },
            {
                "phase": "maintenance",
                "label": gettext_noop("Weeks 5–8: once a week"),
                "min_days": 7,
                "max_days": 7,
                "until_week": 8,
            },
            {
                "phase": "maintenance",
                "label": gettext_noop("From week 9: every 1–2 weeks"),
                "min_days": 7,
                "max_days": 14,
            },
        ],
    },
    {
        "key": "iv-boosters",
        "name": gettext_noop("IV ketamine: 6-infusion induction, then a booster every 4 weeks"),
        "modality": "iv",
        "source": gettext_noop(
            "Clinic protocol (shared/seed): induction of 6 infusions over 2–3 weeks; "
            "boosters every 4 weeks"
        ),
        "steps": [
            {
                "phase": "induction",
                "label": gettext_noop("Induction: 6 infusions over 2–3 weeks"),
                "min_days": 2,
                "max_days": 4,
                "until_sessions": 6,
            },
            {
                "phase": "maintenance",
                "label": gettext_noop("Maintenance: a booster every 4 weeks"),
                "min_days": 28,
                "max_days": 28,
            },
        ],
    },
]


def ensure_protocols(clinic: Any, protocol_model: Any, step_model: Any) -> None:
    """Create the default protocols a clinic lacks (by key); never touches edited ones."""
    for spec in PROTOCOLS:
        protocol, created = protocol_model.objects.get_or_create(
            clinic=clinic,
            key=spec["key"],
            defaults={k: spec[k] for k in ("name", "modality", "source")},
        )
        if created:
            step_model.objects.bulk_create(
                step_model(protocol=protocol, order=i, **step)
                for i, step in enumerate(spec["steps"])
            )


def seed_clinic(clinic: Any) -> None:
    from afterglow.treatments.models import Protocol, ProtocolStep

    ensure_protocols(clinic, Protocol, ProtocolStep)
