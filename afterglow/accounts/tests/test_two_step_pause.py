"""After too many wrong codes, the two-step page says to wait, and for how long, instead of
calling a right code wrong while django-otp is not checking any."""

import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from afterglow.accounts.pause import wait_words
from afterglow.accounts.tests.test_two_factor import code_for, enrolled, password_step
from afterglow.audit.models import AuditEvent

VERIFY = reverse("accounts:mfa_verify")
WRONG = "000000"


def wrong_code(device) -> str:
    return WRONG if code_for(device) != WRONG else "111111"


def test_the_fifth_wrong_code_says_to_wait_and_for_how_long(people):
    device = enrolled(people.clinician)
    backup = StaticDevice.objects.create(user=people.clinician, name="backup", confirmed=True)
    backup.token_set.create(token="12345678")
    client = Client()
    with time_machine.travel(timezone.now(), tick=False) as clock:
        password_step(client, people.clinician)
        for attempt in range(1, 5):
            page = client.post(VERIFY, {"token": wrong_code(device)})
            assert page.status_code == 200 and "Too many" not in page.content.decode()
            clock.shift(2 ** (attempt - 1))  # wait out django-otp's 1, 2, 4, 8 s pauses
        page = client.post(VERIFY, {"token": wrong_code(device)})
        clock.shift(60 * 5)
        for model in (TOTPDevice, StaticDevice):  # four more on both: a wait of 2^9 s
            model.objects.update(
                throttling_failure_count=10, throttling_failure_timestamp=timezone.now()
            )
        later = client.get(VERIFY)
    text = page.content.decode()
    assert page.status_code == 429 and "Too many codes that didn't work" in text
    assert "Try again in a few seconds" in text  # 16 seconds after the fifth
    assert "Try again in about 9 minutes" in later.content.decode()


def test_a_right_code_typed_during_the_wait_is_not_called_wrong(people):
    device = enrolled(people.clinician)
    client = Client()
    start = timezone.now()
    with time_machine.travel(start, tick=False) as clock:
        password_step(client, people.clinician)
        device.throttling_failure_count = 9  # the next wait is 2^8 = 256 s
        device.throttling_failure_timestamp = timezone.now()
        device.save()
        page = client.post(VERIFY, {"token": code_for(device), "next": "/caseload/"})
        text = page.content.decode()
        assert page.status_code == 429
        assert "Try again in about 4 minutes" in text
        assert "That code didn&#x27;t work" not in text
        assert AuditEvent.objects.filter(action="auth.mfa_paused", outcome="denied").exists()
        device.refresh_from_db()
        assert device.throttling_failure_count == 9  # waiting typed codes do not add up
        assert client.get(VERIFY).status_code == 429  # the page says so when opened again
        clock.shift(257)
        done = client.post(VERIFY, {"token": code_for(device), "next": "/caseload/"})
    assert done.status_code == 302 and done.url == "/caseload/"


def test_a_few_wrong_codes_only_say_try_again(people):
    device = enrolled(people.clinician)
    client = Client()
    with time_machine.travel(timezone.now(), tick=False) as clock:
        password_step(client, people.clinician)
        page = client.post(VERIFY, {"token": wrong_code(device)})
        assert page.status_code == 200 and "Too many" not in page.content.decode()
        clock.shift(5)
        assert client.get(VERIFY).status_code == 200


def test_a_long_wait_names_the_day(people):
    device = enrolled(people.clinician)
    client = Client()
    with time_machine.travel(timezone.now(), tick=False):
        password_step(client, people.clinician)
        device.throttling_failure_count = 20  # 2^19 s: about 6 days
        device.throttling_failure_timestamp = timezone.now()
        device.save()
        text = client.get(VERIFY).content.decode()
    assert "Try again in about 6 days, after" in text


def test_enrolment_says_to_wait_too(people):
    client = Client()
    with time_machine.travel(timezone.now(), tick=False):
        password_step(client, people.clinician)
        client.get(reverse("accounts:mfa_setup"))
        TOTPDevice.objects.filter(user=people.clinician).update(
            throttling_failure_count=7, throttling_failure_timestamp=timezone.now()
        )
        page = client.post(reverse("accounts:mfa_setup"), {"token": "123456"})
    assert page.status_code == 429 and "Try again in about 1 minute" in page.content.decode()


def test_waits_are_said_in_plain_words():
    assert wait_words(3) == "a few seconds"
    assert wait_words(64) == "about 1 minute"
    assert wait_words(512) == "about 9 minutes"
    assert wait_words(2 * 3600) == "about 2 hours"
    assert wait_words(3 * 86400) == "about 3 days"


def test_a_backup_code_still_works_while_only_the_app_waits(people):
    device = enrolled(people.clinician)
    backup = StaticDevice.objects.create(user=people.clinician, name="backup", confirmed=True)
    backup.token_set.create(token="12345678")
    client = Client()
    with time_machine.travel(timezone.now(), tick=False):
        password_step(client, people.clinician)
        device.throttling_failure_count = 8
        device.throttling_failure_timestamp = timezone.now()
        device.save()
        assert client.get(VERIFY).status_code == 200  # not paused: the backup code checks
        done = client.post(VERIFY, {"token": "12345678", "next": "/caseload/"})
    assert done.status_code == 302
