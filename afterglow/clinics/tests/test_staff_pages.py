"""The clinic admin's staff pages: roles, deactivating (signed out at once, tokens revoked)
and reactivating; the clinic always keeps an active admin."""

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from afterglow.api.models import ApiToken
from afterglow.api.tokens import token_create, token_find
from afterglow.audit.models import AuditEvent
from afterglow.clinics.models import Membership, Role
from afterglow.testing.people import PASSWORD, assert_access, sign_in

STAFF = reverse("clinics:staff")


def member_url(user, name="clinics:staff_member"):
    return reverse(name, args=[user.pk])


def test_the_staff_pages_are_for_the_clinics_admin(people):
    assert_access(people, STAFF, {"anonymous": 302, "admin": 200})
    assert_access(people, member_url(people.clinician), {"anonymous": 302, "admin": 200})
    assert_access(people, member_url(people.foreign), {"anonymous": 302})  # another clinic
    assert_access(people, member_url(people.patient), {"anonymous": 302})  # not staff


def test_deactivate_and_reactivate_answer_only_the_clinics_admin(people):
    # Reactivating first (a no-op on an active account), as each person below must be
    # signed in to be refused.
    for name in ("clinics:staff_reactivate", "clinics:staff_deactivate"):
        assert_access(people, member_url(people.foreign, name), {"anonymous": 302}, method="post")
        assert_access(
            people,
            member_url(people.outsider, name),
            {"anonymous": 302, "admin": 302},
            method="post",
        )
    people.outsider.refresh_from_db()
    assert not people.outsider.is_active


def test_the_staff_list_reads_in_a_fixed_number_of_queries(people, django_assert_num_queries):
    client = sign_in(Client(), people.admin)
    client.get(STAFF)
    # session, user, roles (2), the memberships with their users, the notification count
    with django_assert_num_queries(6):
        page = client.get(STAFF)
    text = page.content.decode()
    assert "Cara Clinician" in text and "Otto Outsider" in text and "Ada Admin" in text
    assert "Fern Foreign" not in text and "Pat Patient" not in text


def test_an_admin_changes_a_clinicians_role_and_title(people):
    client = sign_in(Client(), people.admin)
    reply = client.post(member_url(people.clinician), {"role": "both", "title": "Nurse"})
    assert reply.status_code == 302
    roles = set(Membership.objects.filter(user=people.clinician).values_list("role", "title"))
    assert roles == {("clinician", "Nurse"), ("admin", "Nurse")}
    assert AuditEvent.objects.filter(action="role.grant", detail__role="admin").exists()
    assert AuditEvent.objects.filter(action="role.title").exists()
    client.post(member_url(people.clinician), {"role": "clinician", "title": "Nurse"})
    assert AuditEvent.objects.filter(action="role.revoke", detail__role="admin").exists()
    people.clinician.refresh_from_db()
    assert not people.clinician.is_staff  # no admin role left: no Django admin either


def test_the_last_admin_keeps_the_role_and_the_account(people):
    client = sign_in(Client(), people.admin)
    page = client.post(member_url(people.admin), {"role": "clinician", "title": ""})
    assert page.status_code == 200 and "at least one active admin" in page.content.decode()
    assert Membership.objects.filter(user=people.admin, role=Role.ADMIN).exists()
    # A second admin may deactivate the first, but not the other way round afterwards.
    Membership.objects.create(user=people.outsider, clinic=people.clinic, role=Role.ADMIN)
    other = sign_in(Client(), people.outsider)
    assert other.post(member_url(people.admin, "clinics:staff_deactivate")).status_code == 302
    people.admin.refresh_from_db()
    assert not people.admin.is_active
    other.post(member_url(people.outsider), {"role": "clinician", "title": ""})
    assert Membership.objects.filter(user=people.outsider, role=Role.ADMIN).exists()


def test_nobody_deactivates_themselves_or_someone_of_another_clinic_too(people):
    client = sign_in(Client(), people.admin)
    page = client.post(member_url(people.admin, "clinics:staff_deactivate"), follow=True)
    assert "can&#x27;t deactivate your own account" in page.content.decode()
    Membership.objects.create(user=people.clinician, clinic=people.other_clinic, role="clinician")
    page = client.post(member_url(people.clinician, "clinics:staff_deactivate"), follow=True)
    assert "serves elsewhere" in page.content.decode()
    people.admin.refresh_from_db()
    people.clinician.refresh_from_db()
    assert people.admin.is_active and people.clinician.is_active


def test_a_deactivated_clinician_is_signed_out_at_once_and_their_tokens_stop(people):
    phone, laptop = Client(), Client()
    for client in (phone, laptop):
        client.post(
            reverse("accounts:login"), {"username": people.clinician.email, "password": PASSWORD}
        )
    _, token = token_create(
        user=people.clinician, name="script", scope="read", days=30, request=None
    )
    assert token_find(token, timezone.now()) is not None
    admin = sign_in(Client(), people.admin)
    reply = admin.post(member_url(people.clinician, "clinics:staff_deactivate"))
    assert reply.status_code == 302
    for client in (phone, laptop):
        response = client.get("/caseload/")
        assert response.status_code == 302 and response.url.startswith("/accounts/login/")
    assert token_find(token, timezone.now()) is None
    assert ApiToken.objects.get(user=people.clinician).revoked_at is not None
    event = AuditEvent.objects.get(action="staff.deactivate")
    assert event.actor == people.admin and event.clinic == people.clinic
    assert event.detail == {"user_id": people.clinician.pk, "sessions": 2, "tokens": 1}
    again = Client().post(
        reverse("accounts:login"), {"username": people.clinician.email, "password": PASSWORD}
    )
    assert again.status_code == 200  # the sign-in page again: no account to sign in to


def test_a_reactivated_clinician_signs_in_again_with_old_tokens_still_revoked(people):
    _, token = token_create(
        user=people.clinician, name="script", scope="read", days=30, request=None
    )
    admin = sign_in(Client(), people.admin)
    admin.post(member_url(people.clinician, "clinics:staff_deactivate"))
    admin.post(member_url(people.clinician, "clinics:staff_reactivate"))
    people.clinician.refresh_from_db()
    assert people.clinician.is_active
    back = Client().post(
        reverse("accounts:login"), {"username": people.clinician.email, "password": PASSWORD}
    )
    assert back.status_code == 302
    assert token_find(token, timezone.now()) is None
    assert AuditEvent.objects.filter(action="staff.reactivate").exists()


@pytest.mark.parametrize("role", ["clinician", "admin", "both"])
def test_the_role_form_starts_at_the_current_role(people, role):
    if role == "both":
        Membership.objects.create(user=people.clinician, clinic=people.clinic, role=Role.ADMIN)
    who = people.admin if role == "admin" else people.clinician
    page = sign_in(Client(), people.admin).get(member_url(who))
    assert f'<option value="{role}" selected>' in page.content.decode()
