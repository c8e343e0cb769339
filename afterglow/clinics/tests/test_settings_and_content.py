"""The clinic admin edits the clinic's settings and its content (prompts, self-care items,
safety rules) on their own pages; each change is audited."""

import pytest
from django.test import Client
from django.urls import reverse

from afterglow.aftercare.models import SafetyRule, SelfCareItem
from afterglow.audit.models import AuditEvent
from afterglow.journal.models import Prompt
from afterglow.testing.people import assert_access, sign_in

SETTINGS = reverse("clinics:settings")
KINDS = {"prompts": Prompt, "self-care": SelfCareItem, "safety-rules": SafetyRule}
NEW = {
    "prompts": {"text": "What felt lighter today?", "fits": ["first_week"], "active": "on"},
    "self-care": {"title": "Step outside", "kind": "activity", "body": "A slow walk.", "order": 9},
    "safety-rules": {
        "title": "No alcohol tonight",
        "body": "It adds to the medicine's effects.",
        "moment": "after",
        "modality": "all",
        "source": "clinic",
        "order": 9,
        "active": "on",
    },
}


def settings_form(clinic, **changes):
    fields = [
        "name",
        "phone",
        "time_zone",
        "crisis_line",
        "crisis_text_keyword",
        "crisis_text_number",
        "emergency_number",
        "language",
    ]
    return {**{f: getattr(clinic, f) for f in fields}, **changes}


def test_the_settings_and_content_pages_are_for_the_clinics_admin(people):
    assert_access(people, SETTINGS, {"anonymous": 302, "admin": 200})
    for kind, model in KINDS.items():
        item = model.objects.filter(clinic=people.clinic).first()
        for url in (
            reverse("clinics:content", args=[kind]),
            reverse("clinics:content_new", args=[kind]),
            reverse("clinics:content_edit", args=[kind, item.pk]),
        ):
            assert_access(people, url, {"anonymous": 302, "admin": 200})


def test_an_admin_changes_the_crisis_line_and_everyone_sees_it(people):
    client = sign_in(Client(), people.admin)
    reply = client.post(SETTINGS, settings_form(people.clinic, crisis_line="0800 111"))
    assert reply.status_code == 302
    event = AuditEvent.objects.get(action="clinic.update")
    assert event.detail == {"fields": "crisis_line"} and event.actor == people.admin
    today = sign_in(Client(), people.patient).get("/today/").content.decode()
    assert 'href="tel:0800 111"' in today


def test_settings_refuse_a_bad_time_zone_or_another_clinics_name(people):
    client = sign_in(Client(), people.admin)
    page = client.post(SETTINGS, settings_form(people.clinic, time_zone="Mars/Olympus"))
    assert page.status_code == 200 and "Select a valid choice" in page.content.decode()
    page = client.post(SETTINGS, settings_form(people.clinic, name="birch clinic"))
    assert page.status_code == 200 and "already exists" in page.content.decode()
    assert not AuditEvent.objects.filter(action="clinic.update").exists()


def test_an_admin_sets_the_monthly_text_cap_or_leaves_the_servers(people, settings):
    settings.AFTERGLOW_SMS_MONTHLY_CAP = 25
    client = sign_in(Client(), people.admin)
    page = client.get(SETTINGS).content.decode()
    assert "Text messages a person may get in a month" in page
    assert "this server's default (25)" in page
    assert (
        client.post(SETTINGS, settings_form(people.clinic, sms_monthly_cap="1001")).status_code
        == 200
    )
    people.clinic.refresh_from_db()
    assert people.clinic.sms_monthly_cap is None
    reply = client.post(SETTINGS, settings_form(people.clinic, sms_monthly_cap="8"))
    assert reply.status_code == 302
    people.clinic.refresh_from_db()
    assert people.clinic.sms_monthly_cap == 8
    event = AuditEvent.objects.get(action="clinic.update")
    assert event.detail == {"fields": "sms_monthly_cap"}
    client.post(SETTINGS, settings_form(people.clinic, sms_monthly_cap=""))
    people.clinic.refresh_from_db()
    assert people.clinic.sms_monthly_cap is None  # back to the server's


@pytest.mark.parametrize("kind", KINDS)
def test_an_admin_adds_and_edits_content(people, kind):
    client = sign_in(Client(), people.admin)
    reply = client.post(reverse("clinics:content_new", args=[kind]), NEW[kind])
    assert reply.status_code == 302, reply.content.decode()
    item = KINDS[kind].objects.filter(clinic=people.clinic).latest("pk")
    assert item.key and item.clinic == people.clinic
    created = AuditEvent.objects.get(action="content.create")
    assert created.detail == {"kind": kind} and created.object_id == str(item.pk)
    edit = reverse("clinics:content_edit", args=[kind, item.pk])
    client.post(edit, {**NEW[kind], "active": ""})
    item.refresh_from_db()
    assert item.active is False
    assert AuditEvent.objects.filter(action="content.change").count() == 1
    listing = client.get(reverse("clinics:content", args=[kind])).content.decode()
    assert str(NEW[kind].get("title") or NEW[kind]["text"]) in listing


def test_another_clinics_content_and_unknown_kinds_are_not_found(people):
    client = sign_in(Client(), people.admin)
    theirs = Prompt.objects.filter(clinic=people.other_clinic).first()
    assert (
        client.get(reverse("clinics:content_edit", args=["prompts", theirs.pk])).status_code == 404
    )
    assert client.get(reverse("clinics:content", args=["medicines"])).status_code == 404


def test_a_safety_rule_needs_its_source(people):
    client = sign_in(Client(), people.admin)
    page = client.post(
        reverse("clinics:content_new", args=["safety-rules"]), {**NEW["safety-rules"], "source": ""}
    )
    assert page.status_code == 200 and not AuditEvent.objects.filter(action="content.create")


def test_an_admin_sets_the_clinics_language_for_those_who_chose_none(people):
    client = sign_in(Client(), people.admin)
    reply = client.post(SETTINGS, settings_form(people.clinic, language="es"))
    assert reply.status_code == 302
    people.clinic.refresh_from_db()
    assert people.clinic.language == "es"
    page = sign_in(Client(), people.patient).get(reverse("home"), follow=True).content.decode()
    assert '<html lang="es"' in page


def test_a_clinic_language_afterglow_does_not_speak_is_refused(people):
    client = sign_in(Client(), people.admin)
    reply = client.post(SETTINGS, settings_form(people.clinic, language="fr"))
    assert reply.status_code == 200
    assert "Select a valid choice" in reply.content.decode()
    people.clinic.refresh_from_db()
    assert people.clinic.language == "en"
