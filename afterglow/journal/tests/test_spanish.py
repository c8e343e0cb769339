"""The journal in Spanish: the patient's pages, the editor's words for editor.js, messages and
errors, the care team's shared view; each person reads their own language, and what people
and clinics wrote stays as they wrote it."""

import io
import re
from datetime import UTC, datetime

from django.test import Client
from django.urls import reverse
from django.utils import translation

from afterglow.journal.models import Prompt
from afterglow.journal.services import entry_share
from afterglow.journal.transfer import entry_as_markdown
from afterglow.lib.language import speaking
from afterglow.testing.journal import write
from afterglow.testing.people import sign_in

FRIDAY = datetime(2026, 3, 20, 15, tzinfo=UTC)  # 10 AM in Chicago


def spanish(*users) -> None:
    for user in users:
        user.language = "es"
        user.save()


def page(client: Client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    content = response.content.decode()
    assert '<html lang="es"' in content, url
    return content


def test_the_journal_list_search_and_calendar_are_in_spanish(people, time_machine):
    time_machine.move_to(FRIDAY, tick=False)
    spanish(people.patient)
    write(people.pat, body="Un río al amanecer", emotions=["joy", "grief"])
    client = sign_in(Client(), people.patient)
    listing = page(client, reverse("journal:list"))
    for words in (
        "Su diario",
        "Buscar una entrada",
        "Alegría",
        "Cualquier emoción",
        "¿Solo tiene un momento? Anote cómo se siente",
        "Viernes 20 de marzo",
    ):
        assert words in listing, words
    assert "Un río al amanecer" in listing  # the patient's own words, as written
    found = page(client, reverse("journal:list") + "?q=nada")
    assert "Se encontraron 0 entradas" in found and "No hay coincidencias." in found
    calendar = page(client, reverse("journal:calendar") + "?month=2026-03")
    assert "Marzo de 2026" in calendar
    assert '<abbr title="miércoles">X</abbr>' in calendar
    assert "1 entrada" in calendar and "alegría" in calendar


def test_the_editor_gives_editor_js_its_words_in_spanish(people):
    spanish(people.patient)
    editor = page(sign_in(Client(), people.patient), reverse("journal:new"))
    assert "Nueva entrada" in editor and "Guardar entrada" in editor
    assert "Sus palabras se guardan mientras escribe." in editor
    assert 'data-saving="Guardando…"' in editor
    assert 'data-saved="Borrador guardado: {time}."' in editor
    assert "Está a salvo en este dispositivo." in editor
    assert 'data-left-one="Queda {left} carácter en esta entrada."' in editor
    assert 'data-left-many="Quedan {left} caracteres en esta entrada."' in editor
    assert "{over} caracteres más de lo que admite una entrada ({max})." in editor
    assert "Muy bueno" in editor and "Muy poca" in editor  # the mood and energy scales


def test_an_entry_its_sharing_and_the_messages_are_in_spanish(people, time_machine):
    time_machine.move_to(FRIDAY, tick=False)
    spanish(people.patient)
    entry = write(people.pat, body="Hoy", emotions=["hope"], own_words="raro", mood=4, energy=2)
    client = sign_in(Client(), people.patient)
    shown = client.post(reverse("journal:share", args=[entry.pk]), {"shared": "1"}, follow=True)
    content = shown.content.decode()
    assert "Compartida con su equipo de atención." in content
    assert "Compartida con su equipo de atención desde el 20 Mar, 10:00 AM." in content
    for words in (
        "Viernes 20 de marzo de 2026",
        "Emociones:",
        "Esperanza",
        "raro",
        "Estado de ánimo 4/5",
        "energía 2/5",
        "Dejar de compartir",
        "¿Eliminar esta entrada para siempre? No se puede deshacer.",
    ):
        assert words in content, words
    gone = client.post(reverse("journal:delete", args=[entry.pk]), follow=True)
    assert "Se eliminó para siempre." in gone.content.decode()


def test_what_needs_fixing_is_said_in_spanish(people):
    spanish(people.patient)
    client = sign_in(Client(), people.patient)
    empty = client.post(reverse("journal:new"), {"body": " ", "tags": ",".join("abcdefghijklmnop")})
    content = empty.content.decode()
    assert "Primero escriba unas palabras: basta con una sola línea." in content
    assert "Hasta 15 etiquetas, por favor." in content
    assert "No se perdió nada de lo que escribió: todo sigue aquí." in content
    quick = client.post(reverse("journal:quick"), {}, follow=True)
    assert "Toque el sentimiento más cercano a lo que siente ahora y luego guarde." in (
        quick.content.decode()
    )
    upload = io.BytesIO(b'{"entries": [{"date": "someday"}]}')
    upload.name = "journal.json"
    refused = client.post(reverse("journal:import"), {"file": upload}).content.decode()
    assert "Línea 1 (entrada 1): la fecha debe tener la forma 2024-05-01" in refused
    assert "No se importó nada." in refused


def test_the_care_team_reads_its_own_language_and_the_patients_words_as_written(people):
    spanish(people.clinician)  # Pat reads English, Cara Spanish
    entry = write(people.pat, body="My own words", emotions=["calm"])
    entry_share(entry=entry, shared=True, request=None)
    cara = sign_in(Client(), people.clinician)
    shared = page(cara, reverse("journal:shared_list", args=[people.pat.pk]))
    assert "Lo que comparte Pat" in shared and "Asignar una pregunta guía como tarea" in shared
    opened = page(cara, reverse("journal:shared_entry", args=[people.pat.pk, entry.pk]))
    assert "My own words" in opened and "Calma" in opened
    prompt = Prompt.objects.filter(clinic=people.clinic, active=True).first()
    assigned = cara.post(
        reverse("journal:assign_prompt", args=[people.pat.pk]), {"prompt": prompt.pk}, follow=True
    )
    assert "Pregunta guía asignada." in assigned.content.decode()
    # Pat's page stays in English; the clinic's prompt is the clinic's words, untranslated.
    pat = sign_in(Client(), people.patient).get(reverse("journal:list")).content.decode()
    assert '<html lang="en"' in pat and "Your journal" in pat
    assert f"From {people.clinician.full_name}" in pat
    assert prompt.text in pat


def test_a_prompt_given_by_the_care_team_is_named_in_spanish(people):
    spanish(people.patient)
    prompt = Prompt.objects.filter(clinic=people.clinic, active=True).first()
    sign_in(Client(), people.clinician).post(
        reverse("journal:assign_prompt", args=[people.pat.pk]), {"prompt": prompt.pk}
    )
    listing = page(sign_in(Client(), people.patient), reverse("journal:list"))
    assert f"De parte de {people.clinician.full_name}" in listing
    assert "Responder esta pregunta" in listing
    # One of the prompts every clinic starts with: shown in Spanish while the clinic has not
    # rewritten it (Prompt.shown_text).
    with translation.override("es"):
        assert prompt.shown_text != prompt.text and prompt.shown_text in listing


def test_the_markdown_download_is_in_the_readers_language(people):
    entry = write(people.pat, body="Words", title="", emotions=["joy"], tags="sea")
    with speaking(people.patient):
        english = entry_as_markdown(entry)
    spanish(people.patient)
    with speaking(people.patient):
        markdown = entry_as_markdown(entry)
    assert "Emotions: Joy" in english and "Tags: sea" in english
    assert "Emociones: Alegría" in markdown and "Etiquetas: sea" in markdown
    assert re.match(r"# \d{1,2} de [a-z]+ de \d{4}\n", markdown)
