"""The prompts every clinic starts with read in the reader's language; a prompt the clinic
rewrote reads as the clinic wrote it (its words are the clinic's, never translated)."""

from django.test import Client
from django.urls import reverse
from django.utils import translation

from afterglow.journal.models import Prompt
from afterglow.testing.people import sign_in

SURPRISED = "What surprised you during or after your session?"
SORPRESA = "¿Qué le sorprendió durante la sesión o después de ella?"


def test_an_unedited_prompt_reads_in_the_readers_language(people):
    prompt = Prompt.objects.get(clinic=people.clinic, text=SURPRISED)
    with translation.override("es"):
        assert prompt.shown_text == SORPRESA
    with translation.override("en"):
        assert prompt.shown_text == SURPRISED


def test_a_prompt_the_clinic_rewrote_reads_as_written(people):
    prompt = Prompt.objects.get(clinic=people.clinic, text=SURPRISED)
    prompt.text = "What did you notice first when you opened your eyes?"
    prompt.save()
    with translation.override("es"):
        assert prompt.shown_text == prompt.text


def test_the_editor_shows_the_prompt_in_spanish(people):
    people.patient.language = "es"
    people.patient.save()
    prompt = Prompt.objects.get(clinic=people.clinic, text=SURPRISED)
    page = sign_in(Client(), people.patient).get(f"{reverse('journal:new')}?prompt={prompt.pk}")
    assert SORPRESA in page.content.decode()
