"""Voice notes in Spanish: the record page's words for voice-record.js (whole sentences, links
inside), a note's page and messages, and the care team's list in their own language."""

from django.test import Client
from django.urls import reverse

from afterglow.testing.people import sign_in
from afterglow.voice.tests.helpers import recording, upload


def spanish(*users) -> None:
    for user in users:
        user.language = "es"
        user.save()


def test_the_record_page_and_its_script_words_are_in_spanish(people):
    spanish(people.patient)
    page = sign_in(Client(), people.patient).get(reverse("voice:record")).content.decode()
    assert '<html lang="es"' in page
    for words in (
        "Grabar una nota de voz",
        "Detener y guardar",
        "Grabando.",
        "En pausa.",
        "Guardando su grabación…",
    ):
        assert words in page, words
    login = f"{reverse('accounts:login')}?next={reverse('voice:record')}"
    assert (
        "Se cerró su sesión. Su grabación está a salvo en este dispositivo: "
        f'<a href="{login}">inicie sesión de nuevo y continuará</a>'
    ) in page
    assert (
        f'Puede escribir en su lugar: <a href="{reverse("journal:new")}">una entrada escrita</a>.'
    ) in page


def test_a_note_and_what_is_said_about_it_are_in_spanish(people, audio_dir):
    spanish(people.patient)
    client = sign_in(Client(), people.patient)
    note_id = upload(client, recording(6000), seconds=65)
    note = client.get(reverse("voice:note", args=[note_id])).content.decode()
    assert "Nota de voz del" in note and "Duración: 1:05" in note
    assert "Solo usted puede escuchar esta nota." in note and "Emociones (opcional)" in note
    shared = client.post(reverse("voice:share", args=[note_id]), {"shared": "1"}, follow=True)
    assert "Compartida con su equipo de atención." in shared.content.decode()
    listing = client.get(reverse("journal:list")).content.decode()
    assert "Notas de voz" in listing and "compartida" in listing
    gone = client.post(reverse("voice:delete", args=[note_id]), follow=True)
    assert "Se eliminó la nota de voz." in gone.content.decode()


def test_the_care_team_lists_shared_notes_in_its_own_language(people, audio_dir):
    spanish(people.clinician)
    pat = sign_in(Client(), people.patient)
    note_id = upload(pat, recording(6000))
    pat.post(reverse("voice:share", args=[note_id]), {"shared": "1"})
    page = sign_in(Client(), people.clinician).get(
        reverse("careteam:patient", args=[people.pat.pk])
    )
    content = page.content.decode()
    assert '<html lang="es"' in content
    assert "Notas de voz que comparte el paciente" in content and "duración 0:05" in content
    assert 'aria-label="Nota de voz del ' in content
    # Pat, who reads English, still does.
    assert "Voice notes" in pat.get(reverse("journal:list")).content.decode()
