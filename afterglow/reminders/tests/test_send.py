"""send_reminders: once only, whoever runs it and however often; quiet hours; late runs."""

import smtplib
import threading
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection

from afterglow.integration.models import Goal, IntegrationSession, Step
from afterglow.reminders.models import EmailState, Medication, Notification, Preference
from afterglow.reminders.send import run
from afterglow.reminders.tests.helpers import keys, prefs
from afterglow.testing.treatments import completed_session

NY = ZoneInfo("America/New_York")


def at(*args):
    return datetime(*args, tzinfo=NY)


def only_pat(people):
    """Everyone else in the fixture hears nothing, so counts are Pat's."""
    for user in (people.other_patient,):
        prefs(user, in_app=False, email=False)


@pytest.fixture
def pat(people):
    only_pat(people)
    patient = people.pat
    patient.user.time_zone = "America/New_York"
    patient.user.save()
    prefs(
        patient.user, off=["questionnaire", "circle", "daily_check"]
    )  # fewer kinds: clearer tests
    return patient


def test_running_twice_makes_and_sends_each_reminder_once(pat):
    completed_session(pat, ended=at(2026, 3, 10, 11))
    first = run(at(2026, 3, 10, 17, 1))
    again = run(at(2026, 3, 10, 17, 2))
    assert first.created == 1 and again.created == 0
    assert len(keys(pat.user)) == 1 and len(mail.outbox) == 1
    assert mail.outbox[0].to == [pat.user.email]


def test_the_command_runs_and_reports(pat, time_machine, capsys):
    completed_session(pat, ended=at(2026, 3, 10, 11))
    time_machine.move_to(at(2026, 3, 10, 17, 1), tick=False)
    call_command("send_reminders")
    assert "1 new, 1 emailed" in capsys.readouterr().out
    call_command("send_reminders")
    assert "0 new, 0 emailed" in capsys.readouterr().out


@pytest.mark.django_db(transaction=True)
def test_two_senders_at_once_still_send_each_reminder_once(people):
    only_pat(people)
    pat = people.pat
    prefs(pat.user, off=["questionnaire", "circle", "daily_check"])
    pat.user.time_zone = "America/New_York"
    pat.user.save()
    for n in range(3):
        completed_session(pat, ended=at(2026, 3, 10, 8 + n))
    Medication.objects.create(patient=pat, name="Lithium", times=["09:00", "12:00"])
    now = at(2026, 3, 10, 17, 30)
    barrier = threading.Barrier(2)
    errors = []

    def sender():
        try:
            barrier.wait()
            run(now)
        except Exception as error:  # pragma: no cover - shown by the assert below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=sender) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    made = Notification.objects.filter(user=pat.user)
    # 3 evening check-ins, 2 medicine times, the daily medicines check.
    assert made.count() == 6
    assert sorted(m.to[0] for m in mail.outbox) == [pat.user.email] * 6
    assert set(made.values_list("email_state", flat=True)) == {EmailState.SENT}


def test_quiet_hours_that_wrap_midnight_hold_a_reminder_until_they_end(pat):
    prefs(
        pat.user,
        off=["questionnaire", "circle", "daily_check"],
        quiet_start=time(21),
        quiet_end=time(8),
    )
    goal = Goal.objects.create(patient=pat, title="Calm")
    given = IntegrationSession.objects.create(patient=pat, status="done")
    Step.objects.create(
        goal=goal, title="Breathe", from_session=given, created_at=at(2026, 3, 10, 22, 30)
    )
    assert run(at(2026, 3, 10, 22, 35)).waiting == 1
    assert run(at(2026, 3, 11, 2)).waiting == 1  # past midnight, still quiet
    assert keys(pat.user) == [] and mail.outbox == []
    assert run(at(2026, 3, 11, 8, 0)).created == 1  # quiet hours over: it goes out
    assert len(mail.outbox) == 1


def test_a_moment_that_passes_in_quiet_hours_is_not_sent_late(pat):
    """ "It's 22:30: time for your medicines" is wrong at 8 in the morning: quiet hours
    silence it, and the next morning's reminders are the next day's."""
    prefs(
        pat.user,
        off=["questionnaire", "circle", "daily_check"],
        quiet_start=time(21),
        quiet_end=time(8),
    )
    Medication.objects.create(patient=pat, name="X", times=["22:30"])
    first = run(at(2026, 3, 10, 22, 35))
    assert first.waiting == 1  # the daily medicines check waits for the morning
    assert first.dropped == 1  # "it's 22:30" would be stale by 08:00: recorded, not sent
    run(at(2026, 3, 11, 8, 0))
    assert keys(pat.user, dropped=True) == ["medicines-at:2026-03-10:22:30"]
    assert "medicines-at:2026-03-10:22:30" not in keys(pat.user, shown=True)


def test_quiet_hours_within_one_day(pat):
    prefs(
        pat.user,
        off=["questionnaire", "circle", "daily_check"],
        quiet_start=time(12),
        quiet_end=time(14),
        daily_at=time(23),
    )
    Medication.objects.create(patient=pat, name="X", times=["12:30"])
    assert run(at(2026, 3, 11, 12, 45)).waiting == 1
    assert run(at(2026, 3, 11, 14, 0)).created == 1


def test_a_late_run_drops_stale_reminders_with_a_record_and_sends_none(pat):
    goal = Goal.objects.create(patient=pat, title="Calm")
    given = IntegrationSession.objects.create(patient=pat, status="done")
    Step.objects.create(
        goal=goal, title="Breathe", from_session=given, created_at=at(2026, 3, 10, 9)
    )
    Step.objects.create(goal=goal, title="Walk", due_date=date(2026, 3, 10))
    Medication.objects.create(patient=pat, name="X", times=["07:00"])
    # The sender was down (or the clock jumped) for more than a day.
    result = run(at(2026, 3, 11, 12))
    dropped = Notification.objects.filter(user=pat.user, dropped=True)
    assert result.dropped == dropped.count() == 2  # the homework and yesterday's step
    assert {n.kind for n in dropped} == {"homework", "steps"}
    assert not any(n.shown or n.email_state != EmailState.NONE for n in dropped)
    assert result.created == 2 and len(mail.outbox) == 2  # today's medicine time and check
    assert run(at(2026, 3, 11, 12, 1)).dropped == 0  # recorded once


def test_turning_kinds_and_channels_off(pat):
    Medication.objects.create(patient=pat, name="X", times=["08:00"])
    prefs(pat.user, off=["questionnaire", "circle", "daily_check", "medications"])
    assert run(at(2026, 3, 11, 9)).created == 0
    prefs(pat.user, off=["questionnaire", "circle", "daily_check"], email=False)
    run(at(2026, 3, 11, 9, 1))
    assert keys(pat.user, shown=True) and mail.outbox == []
    Notification.objects.all().delete()
    prefs(pat.user, off=["questionnaire", "circle", "daily_check"], email=True, in_app=False)
    run(at(2026, 3, 11, 9, 2))
    assert keys(pat.user, shown=True) == [] and len(mail.outbox) == 2


def test_a_refused_address_is_recorded_and_not_retried(pat, monkeypatch):
    Medication.objects.create(patient=pat, name="X", times=["08:00"])

    def refuse(*args, **kwargs):
        raise smtplib.SMTPRecipientsRefused({pat.user.email: (550, b"no such user")})

    monkeypatch.setattr("afterglow.reminders.delivery.send_mail", refuse)
    result = run(at(2026, 3, 11, 9))
    assert result.failed == 1  # the second email isn't even tried: the address bounced
    states = sorted(Notification.objects.values_list("email_state", flat=True))
    assert states == ["gave_up", "none"]
    assert Preference.objects.get(user=pat.user).email_bounced_at is not None
    assert run(at(2026, 3, 11, 9, 5)).failed == 0  # not tried again


def test_a_failing_server_is_tried_three_times_in_all(pat, monkeypatch):
    Medication.objects.create(patient=pat, name="X", times=["08:00"])
    prefs(
        pat.user, off=["questionnaire", "circle", "daily_check"], daily_at=time(23)
    )  # one reminder only
    calls = []

    def down(*args, **kwargs):
        calls.append(1)
        raise OSError("connection refused")

    monkeypatch.setattr("afterglow.reminders.delivery.send_mail", down)
    for minute in range(6):
        run(at(2026, 3, 11, 9, minute))
    notification = Notification.objects.get()
    assert len(calls) == 3 and notification.email_state == "gave_up"
    assert notification.email_attempts == 3 and notification.email_error == "OSError"
    assert notification.shown  # still waiting in the app


def test_a_sender_that_died_mid_send_is_taken_over_after_15_minutes(pat):
    Medication.objects.create(patient=pat, name="X", times=["08:00"])
    prefs(pat.user, off=["questionnaire", "circle", "daily_check"], daily_at=time(23))
    run(at(2026, 3, 11, 8, 0))
    mail.outbox.clear()
    Notification.objects.update(email_state="sending", email_claimed_at=at(2026, 3, 11, 8, 0))
    run(at(2026, 3, 11, 8, 10))
    assert mail.outbox == []  # the claim is fresh: someone may be sending it
    run(at(2026, 3, 11, 8, 16))
    assert len(mail.outbox) == 1


def test_no_reminders_for_a_closed_account(pat):
    Medication.objects.create(patient=pat, name="X", times=["08:00"])
    pat.user.is_active = False
    pat.user.save()
    assert run(at(2026, 3, 11, 9)).created == 0


def test_day_boundaries_follow_the_patients_zone(pat):
    pat.user.time_zone = "Asia/Tokyo"
    pat.user.save()
    Medication.objects.create(patient=pat, name="X", times=["08:00"])
    run(datetime(2026, 3, 10, 23, 30, tzinfo=ZoneInfo("UTC")))  # 08:30 on the 11th in Tokyo
    assert "medicines-at:2026-03-11:08:00" in keys(pat.user)


def owe_an_email(user, key):
    """A homework reminder shown on 11 March 9:00 whose email has not gone yet."""
    from afterglow.reminders.delivery import Item, create

    item = Item("homework", key, at(2026, 3, 11, 9), "t", "/")
    create(user, item, shown=True, dropped=False, email=True)


def test_an_email_owed_from_before_email_was_turned_off_is_not_sent(pat):
    Medication.objects.create(patient=pat, name="X", times=["08:00"])
    prefs(pat.user, off=["questionnaire", "circle", "daily_check"], daily_at=time(23))
    Notification.objects.all().delete()
    owe_an_email(pat.user, "h1")
    prefs(pat.user, off=["questionnaire", "circle", "daily_check"], daily_at=time(23), email=False)
    run(at(2026, 3, 11, 9, 1))
    assert mail.outbox == []
    assert Notification.objects.get(key="h1").email_state == "none"


def test_a_sender_that_died_on_its_last_attempt_gives_up(pat):
    owe_an_email(pat.user, "h2")
    Notification.objects.filter(key="h2").update(
        email_state="sending", email_attempts=3, email_claimed_at=at(2026, 3, 11, 9)
    )
    run(at(2026, 3, 11, 10))
    assert Notification.objects.get(key="h2").email_state == "gave_up"
