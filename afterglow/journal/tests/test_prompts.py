from datetime import UTC, datetime, timedelta

from afterglow.integration.models import Goal
from afterglow.journal.models import Prompt
from afterglow.journal.selectors import phase_of, prompt_for_today
from afterglow.testing.journal import write
from afterglow.testing.treatments import completed_session
from afterglow.wellbeing.models import Focus

NOW = datetime(2026, 3, 10, 18, tzinfo=UTC)


def test_the_phase_follows_the_time_since_the_last_session(people):
    assert phase_of(people.pat, NOW) == "integration"  # no session yet
    session = completed_session(people.pat, ended=NOW - timedelta(hours=3))
    assert phase_of(people.pat, NOW) == "session_day"
    assert phase_of(people.pat, NOW + timedelta(days=3)) == "first_week"
    assert phase_of(people.pat, NOW + timedelta(days=20)) == "integration"
    assert phase_of(people.pat, NOW + timedelta(days=40)) == "maintenance"
    assert session.pk


def test_todays_prompt_fits_the_phase_and_was_not_answered_lately(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    completed_session(people.pat, ended=NOW - timedelta(hours=3))
    first = prompt_for_today(people.pat, NOW)
    assert first is not None and "session_day" in first.prompt.fits
    session_day = set(
        Prompt.objects.filter(clinic=people.clinic)
        .values_list("key", flat=True)
        .filter(fits__icontains="session_day")
    )
    seen = set()
    for _ in range(len(session_day)):
        today = prompt_for_today(people.pat, NOW)
        if today is None:
            break
        assert today.prompt.key not in seen
        seen.add(today.prompt.key)
        write(people.pat, prompt=today.prompt)
    assert seen == session_day
    assert prompt_for_today(people.pat, NOW) is None  # all answered in the last 30 days


def test_todays_prompt_is_stable_through_the_day(people):
    assert prompt_for_today(people.pat, NOW) == prompt_for_today(people.pat, NOW)


def prompts_over(patient, days):
    return {prompt_for_today(patient, NOW + timedelta(days=d)).prompt for d in range(days)}


def test_the_circles_focus_steers_the_prompt(people, time_machine):
    time_machine.move_to(NOW, tick=False)  # no session yet: the integration phase
    Focus.objects.create(patient=people.pat, dimensions=["social"])
    social = Prompt.objects.get(clinic=people.clinic, dimension="social", fits=["integration"])
    assert prompts_over(people.pat, 10) == {social}
    write(people.pat, prompt=social)  # once answered, any prompt that fits until it is due again
    assert len(prompts_over(people.pat, 10)) > 1


def test_an_active_goals_area_steers_the_prompt(people, time_machine):
    time_machine.move_to(NOW, tick=False)
    Goal.objects.create(patient=people.pat, title="Kinder words", area="self_talk")
    assert {p.integration_area for p in prompts_over(people.pat, 10)} == {"self_talk"}
    Goal.objects.update(status="done")
    assert len(prompts_over(people.pat, 10)) > 1  # with no active goal, any prompt that fits
