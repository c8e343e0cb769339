from django.test import Client

from afterglow.aftercare.models import SafetyRule, SelfCareItem
from afterglow.testing.people import sign_in
from afterglow.treatments.models import Protocol


def test_every_new_clinic_gets_the_default_content(people):
    assert SelfCareItem.objects.filter(clinic=people.clinic).count() == 5
    rule = SafetyRule.objects.get(clinic=people.clinic, key="spravato-driving")
    assert rule.source == "label" and "REMS" in rule.source_detail


def test_a_clinic_admin_edits_their_own_content(people):
    client = sign_in(Client(), people.admin)
    listing = client.get("/admin/aftercare/selfcareitem/").content.decode()
    assert listing.count("Drink water") == 1  # the other clinic's copy is not listed
    item = SelfCareItem.objects.get(clinic=people.clinic, key="hydrate")
    response = client.post(
        f"/admin/aftercare/selfcareitem/{item.pk}/change/",
        {
            "clinic": people.clinic.pk,
            "key": "hydrate",
            "kind": "hydrate",
            "title": "Water, little and often",
            "body": item.body,
            "order": 1,
            "active": "on",
        },
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.title == "Water, little and often"
    other = SelfCareItem.objects.get(clinic=people.other_clinic, key="hydrate")
    assert client.get(f"/admin/aftercare/selfcareitem/{other.pk}/change/").status_code == 302


def test_a_clinic_admin_opens_a_protocol_with_its_steps(people):
    protocol = Protocol.objects.get(clinic=people.clinic, key="iv-boosters")
    page = sign_in(Client(), people.admin).get(f"/admin/treatments/protocol/{protocol.pk}/change/")
    assert page.status_code == 200
    assert "Maintenance: a booster every 4 weeks" in page.content.decode()


def test_clinicians_cannot_edit_content(people):
    assert (
        sign_in(Client(), people.clinician).get("/admin/aftercare/safetyrule/").status_code == 302
    )


def test_a_clinic_admin_sets_the_clinics_rules(people):
    from afterglow.outcomes.models import OutcomeSettings
    from afterglow.outcomes.selectors import rule_of

    client = sign_in(Client(), people.admin)
    response = client.post(
        "/admin/outcomes/outcomesettings/add/",
        {"clinic": people.clinic.pk, "rule": "every_7", "daily_check": "daily"},
    )
    assert response.status_code == 302
    assert OutcomeSettings.objects.get().rule == "every_7" and rule_of(people.pat) == "every_7"
    assert OutcomeSettings.objects.get().daily_check == "daily"
    for path in (
        "/admin/wellbeing/wellbeingsettings/add/",
        "/admin/integration/integrationsettings/add/",
    ):
        assert client.get(path).status_code == 200
