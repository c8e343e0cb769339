from datetime import UTC, datetime, timedelta

from afterglow.outcomes.models import DueRule, OutcomeSettings
from afterglow.outcomes.selectors import due
from afterglow.testing.outcomes import answer
from afterglow.testing.treatments import completed_session, scheduled_session

NOW = datetime(2026, 3, 10, 18, tzinfo=UTC)


def answer_at(patient, code, when, time_machine):
    time_machine.move_to(when, tick=False)
    answer(patient, code, [0] * (9 if code == "phq9" else 7))


def codes(patient, when):
    return sorted(spec.code for spec in due(patient, when))


def test_a_baseline_is_due_before_anything(people):
    assert codes(people.pat, NOW) == ["gad7", "phq9"]


def test_every_14_days_by_default_and_a_treatment_restarts_the_clock(people, time_machine):
    answer_at(people.pat, "phq9", NOW, time_machine)
    answer_at(people.pat, "gad7", NOW, time_machine)
    assert codes(people.pat, NOW + timedelta(days=13)) == []
    assert codes(people.pat, NOW + timedelta(days=14)) == ["gad7", "phq9"]
    completed_session(people.pat, ended=NOW + timedelta(days=10))
    assert codes(people.pat, NOW + timedelta(days=14)) == []
    assert codes(people.pat, NOW + timedelta(days=24)) == ["gad7", "phq9"]


def test_every_7_days(people, time_machine):
    OutcomeSettings.objects.create(clinic=people.clinic, rule=DueRule.EVERY_7)
    answer_at(people.pat, "phq9", NOW, time_machine)
    assert "phq9" not in codes(people.pat, NOW + timedelta(days=6))
    assert "phq9" in codes(people.pat, NOW + timedelta(days=7))


def test_before_each_session(people, time_machine):
    OutcomeSettings.objects.create(clinic=people.clinic, rule=DueRule.BEFORE_EACH)
    answer_at(people.pat, "phq9", NOW, time_machine)
    assert "phq9" not in codes(people.pat, NOW + timedelta(days=5))
    scheduled_session(people.pat, starts=NOW + timedelta(days=6))
    assert "phq9" not in codes(people.pat, NOW + timedelta(days=3))
    assert "phq9" in codes(people.pat, NOW + timedelta(days=5))
    answer_at(people.pat, "phq9", NOW + timedelta(days=5), time_machine)
    assert "phq9" not in codes(people.pat, NOW + timedelta(days=5, hours=2))
