"""Light or dark: each person's choice on the account page, kept, audited, and on every page."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from afterglow.accounts.models import Theme
from afterglow.audit.models import AuditEvent
from afterglow.testing.people import ROLES, sign_in

URL = reverse("accounts:theme")
ACCOUNT = reverse("accounts:account")


def html_tag(response) -> str:
    return re.search(r"<html[^>]*>", response.content.decode()).group(0)


def test_everyone_signed_in_chooses_for_themselves_only(people):
    for role in ROLES:
        client = Client()
        user = people.user(role)
        if user is not None:
            sign_in(client, user)
        response = client.post(URL, {"theme": "dark"})
        assert response.status_code == 302, role
        expected = reverse("accounts:login") if user is None else ACCOUNT
        assert response["Location"].split("?")[0] == expected, role
        if user is not None:
            user.refresh_from_db()
            assert user.theme == Theme.DARK, role
            assert AuditEvent.objects.filter(action="account.theme_set", actor=user).count() == 1
    # Six people chose, each for themselves: one audit row each, none for the signed-out.
    assert AuditEvent.objects.filter(action="account.theme_set").count() == len(ROLES) - 1


def test_choosing_is_a_post(people):
    client = sign_in(Client(), people.patient)
    assert client.get(URL).status_code == 405


@pytest.mark.parametrize("choice", [Theme.LIGHT, Theme.DARK, Theme.DEVICE])
def test_it_saves_the_choice_and_audits_it(people, choice):
    people.patient.theme = Theme.LIGHT if choice != Theme.LIGHT else Theme.DARK
    people.patient.save()
    client = sign_in(Client(), people.patient)
    response = client.post(URL, {"theme": choice.value}, follow=True)
    assert "Saved. Every page now follows this choice." in response.content.decode()
    people.patient.refresh_from_db()
    assert people.patient.theme == choice
    event = AuditEvent.objects.get(action="account.theme_set")
    assert event.actor == people.patient
    assert event.detail == {"theme": choice.value}


def test_an_unknown_choice_is_refused_and_nothing_changes(people):
    client = sign_in(Client(), people.clinician)
    response = client.post(URL, {"theme": "sepia"})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    people.clinician.refresh_from_db()
    assert people.clinician.theme == Theme.DEVICE
    assert not AuditEvent.objects.filter(action="account.theme_set").exists()


def test_the_account_page_offers_the_three_choices_with_the_current_one_ticked(people):
    people.admin.theme = Theme.DARK
    people.admin.save()
    page = sign_in(Client(), people.admin).get(ACCOUNT).content.decode()
    assert f'action="{URL}"' in page
    for value in ("device", "light", "dark"):
        assert f'name="theme" value="{value}"' in page
    assert re.search(r'value="dark"[^>]*checked', page)
    assert "Follow my device" in page


@pytest.mark.parametrize(
    ("choice", "attribute", "media", "scheme"),
    [
        (Theme.DEVICE, None, "screen and (prefers-color-scheme: dark)", "light dark"),
        (Theme.LIGHT, 'data-theme="light"', None, "light"),
        (Theme.DARK, 'data-theme="dark"', "screen", "dark"),
    ],
)
def test_every_page_carries_the_choice(people, choice, attribute, media, scheme):
    people.patient.theme = choice
    people.patient.save()
    client = sign_in(Client(), people.patient)
    for url in (reverse("today"), reverse("journal:list"), reverse("safety:crisis")):
        response = client.get(url)
        page = response.content.decode()
        tag = html_tag(response)
        if attribute:
            assert attribute in tag, url
        else:
            assert "data-theme" not in tag, url
        dark_links = re.findall(
            r'<link rel="stylesheet" href="[^"]*dark\.css" media="([^"]*)">', page
        )
        assert dark_links == ([media] if media else []), url
        assert f'<meta name="color-scheme" content="{scheme}">' in page, url
        colours = re.findall(r'<meta name="theme-color"[^>]*>', page)
        assert len(colours) == (2 if choice == Theme.DEVICE else 1), url


def test_signed_out_pages_follow_the_device(client, db):
    response = client.get(reverse("accounts:login"))
    page = response.content.decode()
    assert "data-theme" not in html_tag(response)
    assert 'media="screen and (prefers-color-scheme: dark)"' in page
    assert (
        '<meta name="theme-color" content="#221c19" media="(prefers-color-scheme: dark)">' in page
    )


def test_the_server_error_page_follows_the_device(rf):
    from afterglow.errors import server_error

    page = server_error(rf.get("/")).content.decode()
    assert 'dark.css" media="screen and (prefers-color-scheme: dark)"' in page
    assert '<meta name="color-scheme" content="light dark">' in page
