"""From nothing to a running clinic, in headless Chromium with an axe check on each page: an
operator runs create_clinic, the first admin accepts, sets up two-step sign-in, invites a
clinician and ten patients from a CSV file, moves a patient to another clinician's care team
and deactivates a clinician, who is signed out at once."""

import re
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django_otp.plugins.otp_totp.models import TOTPDevice

from afterglow.accounts.tests.test_two_factor import code_for
from afterglow.clinics.models import Patient
from afterglow.testing.browser import DESKTOP, PHONE, assert_accessible, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "quiet mornings and long walks"
PATIENTS = [(f"patient{n}@example.com", f"Patient Number{n}") for n in range(1, 11)]


def new_page(browser, viewport=DESKTOP):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.on("dialog", lambda dialog: dialog.accept())  # "Deactivate …?" confirmations
    return page


def local(link: str, base: str) -> str:
    return re.sub(r"^http://[^/]+", base, link)


def last_link() -> str:
    return re.search(r"http://\S+/accounts/invitation/\S+/", mail.outbox[-1].body).group(0)


def accept(page, link, *, preferred):
    page.goto(link)
    assert_accessible(page)
    page.get_by_label("What should we call you?").fill(preferred)
    page.get_by_label("Choose a password").fill(PASSWORD)
    page.get_by_label("Type it again").fill(PASSWORD)
    page.get_by_role("button", name="Create my account").click()


def enrol_two_step(page, email, name):
    page.wait_for_url(re.compile(r"/accounts/two-step/setup/"))
    assert_accessible(page)
    screenshot(page, f"journey-{name}-two-step-setup")
    device = TOTPDevice.objects.get(user__email=email, confirmed=False)
    page.get_by_label("Code").fill(code_for(device))
    page.get_by_role("button", name="Turn it on").click()
    page.get_by_role("heading", name="Keep these backup codes").wait_for()
    assert_accessible(page)
    page.get_by_role("link", name="I've kept them").click()


def invite_staff(page, base, email, name):
    page.goto(f"{base}/clinic/")
    page.get_by_role("link", name="Invite someone").click()
    page.get_by_label("Email").fill(email)
    page.get_by_label("Full name").fill(name)
    page.get_by_label("Role").select_option("clinician")
    page.get_by_role("button", name="Send invitation").click()
    page.get_by_text(f"Invitation sent to {email}").wait_for()
    return last_link()


def test_an_operator_starts_a_clinic_and_its_admin_runs_it(live_server, browser):
    base = live_server.url
    out = StringIO()
    with override_settings(AFTERGLOW_BASE_URL=base):
        call_command(
            "create_clinic",
            "--no-input",
            "--name=Larch Ketamine Clinic",
            "--time-zone=America/Chicago",
            "--phone=555-0123",
            "--admin-name=Lee Admin",
            "--admin-email=lee@example.com",
            stdout=out,
        )
    first_admin_link = re.search(r"http://\S+/accounts/invitation/\S+/", out.getvalue()).group(0)

    # The first admin accepts, sets up two-step sign-in and lands on the clinic's page.
    admin = new_page(browser)
    accept(admin, first_admin_link, preferred="Lee")
    enrol_two_step(admin, "lee@example.com", "admin")
    admin.wait_for_url(f"{base}/clinic/")
    admin.get_by_role("heading", name="Larch Ketamine Clinic").wait_for()
    assert_accessible(admin)
    screenshot(admin, "journey-clinic-home")

    # Two clinicians are invited; each accepts and sets up two-step sign-in.
    clinicians = {}
    for email, name, short in (
        ("ash@example.com", "Ash Therapist", "Ash"),
        ("bay@example.com", "Bay Nurse", "Bay"),
    ):
        link = local(invite_staff(admin, base, email, name), base)
        page = new_page(browser)
        accept(page, link, preferred=short)
        enrol_two_step(page, email, short.lower())
        page.wait_for_url(f"{base}/caseload/")
        clinicians[short] = page

    # Ten patients from a CSV file, all on Ash's care team: checked, then sent.
    admin.goto(f"{base}/clinic/patients/")
    assert_accessible(admin)
    admin.get_by_role("link", name="Invite patients from a CSV file").click()
    assert_accessible(admin)
    rows = "".join(f"{email},{name},ash@example.com\n" for email, name in PATIENTS)
    admin.get_by_label("CSV file").set_input_files(
        {
            "name": "patients.csv",
            "mimeType": "text/csv",
            "buffer": f"email,full_name,clinicians\n{rows}".encode(),
        }
    )
    admin.get_by_role("button", name="Check the file").click()
    admin.get_by_text("10 invitations are ready").wait_for()
    assert_accessible(admin)
    screenshot(admin, "journey-csv-preview")
    sent_before = len(mail.outbox)
    admin.get_by_role("button", name="Send 10 invitations").click()
    admin.get_by_text("10 invitations sent.").wait_for()
    assert len(mail.outbox) == sent_before + 10

    # One patient accepts; they start on Ash's care team, in the clinic's time zone.
    patient_link = next(m.body for m in mail.outbox if m.to == ["patient3@example.com"])
    patient_link = re.search(r"http://\S+/accounts/invitation/\S+/", patient_link).group(0)
    phone = new_page(browser, PHONE)
    accept(phone, local(patient_link, base), preferred="Three")
    phone.wait_for_url(f"{base}/today/")
    patient = Patient.objects.get(user__email="patient3@example.com")
    assert [c.full_name for c in patient.care_team.all()] == ["Ash Therapist"]
    assert patient.user.time_zone == "America/Chicago"
    clinicians["Ash"].goto(f"{base}/caseload/")
    clinicians["Ash"].get_by_role("link", name="Patient Number3").wait_for()

    # The admin moves them to Bay's care team.
    admin.goto(f"{base}/clinic/patients/")
    admin.get_by_role("link", name="Change the care team of Patient Number3").click()
    assert_accessible(admin)
    admin.get_by_label("Ash Therapist").uncheck()
    admin.get_by_label("Bay Nurse").check()
    admin.get_by_role("button", name="Save the care team").click()
    admin.get_by_text("Patient Number3's care team is saved.").wait_for()
    assert_accessible(admin)
    screenshot(admin, "journey-patients")
    assert [c.full_name for c in patient.care_team.all()] == ["Bay Nurse"]
    clinicians["Bay"].goto(f"{base}/caseload/")
    clinicians["Bay"].get_by_role("link", name="Patient Number3").wait_for()

    # The admin deactivates Ash, who is signed out at once.
    admin.goto(f"{base}/clinic/staff/")
    assert_accessible(admin)
    admin.get_by_role("link", name="Ash Therapist").click()
    assert_accessible(admin)
    screenshot(admin, "journey-staff-member")
    admin.get_by_role("button", name="Deactivate Ash Therapist").click()
    admin.get_by_text("Ash Therapist is deactivated and was signed out everywhere.").wait_for()
    assert_accessible(admin)
    clinicians["Ash"].reload()
    clinicians["Ash"].wait_for_url(re.compile(r"/accounts/login/"))
    clinicians["Ash"].get_by_role("heading", name="Sign in").wait_for()
    screenshot(clinicians["Ash"], "journey-deactivated-clinician")
