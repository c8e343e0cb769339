"""An invitation starts in the clinic's time zone: someone who leaves the field as it is gets
the clinic's, not the first of the list (Africa/Abidjan)."""

import re

from django.core import mail
from django.test import Client

from afterglow.accounts.services import invitation_create
from afterglow.clinics.models import Patient

PASSWORD = "the kettle sings at seven"


def invite(people):
    people.clinic.time_zone = "America/Los_Angeles"
    people.clinic.save()
    invitation_create(
        inviter=people.admin,
        clinic=people.clinic,
        email="ivy@example.com",
        full_name="Ivy Invited",
        role="patient",
        care_team=[people.clinician],
        request=None,
    )
    return re.search(r"https?://[^/]+(/accounts/invitation/\S+/)", mail.outbox[-1].body).group(1)


def test_the_form_starts_at_the_clinics_time_zone(people):
    page = Client().get(invite(people)).content.decode()
    assert '<option value="America/Los_Angeles" selected>' in page
    assert '<option value="Africa/Abidjan" selected>' not in page


def test_a_skipped_time_zone_is_the_clinics(people):
    form = {"full_name": "Ivy Invited", "password1": PASSWORD, "password2": PASSWORD}
    assert Client().post(invite(people), form).status_code == 302
    assert (
        Patient.objects.get(user__email="ivy@example.com").user.time_zone == "America/Los_Angeles"
    )


def test_a_chosen_time_zone_is_kept_and_a_bad_one_refused(people):
    link = invite(people)
    form = {"full_name": "Ivy", "password1": PASSWORD, "password2": PASSWORD}
    bad = Client().post(link, {**form, "time_zone": "Mars/Olympus"})
    assert bad.status_code == 200 and "Select a valid choice" in bad.content.decode()
    assert Client().post(link, {**form, "time_zone": "Europe/Lisbon"}).status_code == 302
    assert Patient.objects.get(user__email="ivy@example.com").user.time_zone == "Europe/Lisbon"


def test_an_invitation_outside_a_request_links_to_the_configured_address(people, settings):
    settings.AFTERGLOW_BASE_URL = "https://afterglow.example.org/"
    invite(people)
    assert "https://afterglow.example.org/accounts/invitation/" in mail.outbox[-1].body
