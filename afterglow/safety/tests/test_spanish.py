"""Safety in Spanish (issue 23): the crisis notice, the gentle question, the crisis page, the
C-SSRS screener and the care team's flags, for people who read Afterglow in Spanish.

The crisis-language detector reads English only: a Spanish-speaking patient who writes in
English still gets the notice, and it is in Spanish. The screener in Spanish asks the same six
questions (in the published Spanish wording) and scores exactly as in English.
"""

import itertools
import re
import uuid
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from afterglow.accounts.models import User
from afterglow.clinics.models import CareTeamMember, Membership, Role
from afterglow.outcomes import cssrs
from afterglow.outcomes.models import Screening
from afterglow.reminders.models import Notification
from afterglow.safety.models import Flag, TextCheck
from afterglow.testing.people import make_user, sign_in

CRISIS = "I have been saving my pills and tonight I want to end it all"
CONCERN = "Everyone would be better off without me."
SCREENER = reverse("outcomes:screener")


def lang_of(page: str) -> str:
    match = re.search(r'<html lang="([^"]+)"', page)
    assert match is not None
    return match.group(1)


def speaks_spanish(user: User) -> User:
    user.language = "es"
    user.save()
    return user


@pytest.fixture
def es(people: Any) -> Client:
    """Pat, who reads Afterglow in Spanish."""
    return sign_in(Client(), speaks_spanish(people.patient))


def test_an_english_crisis_entry_shows_the_spanish_crisis_notice(people, es):
    response = es.post(reverse("journal:new"), {"body": CRISIS})
    page = response.content.decode()
    assert response.status_code == 200 and lang_of(page) == "es"
    assert TextCheck.objects.get().level == "crisis"  # the detector read the English words
    assert "Lo que escribió está guardado" in page
    assert "Parte de lo que escribió suena muy difícil." in page
    assert "Llame o envíe un mensaje de texto al 988" in page
    assert "Hay alguien para escucharle, de día y de noche." in page
    # The 988 Lifeline's and Crisis Text Line's own Spanish options.
    assert "En español: al llamar al 988, marque el 2; o envíe AYUDA" in page
    assert "En español: envíe AYUDA por mensaje de texto al 741741." in page
    assert 'href="sms:741741?&amp;body=AYUDA"' in page
    assert "No se le contó a nadie lo que escribió." in page
    assert "Avisar a mi equipo de atención" in page and "Ahora no" in page
    assert "Call or text 988" not in page and "Nobody has been told" not in page

    check = TextCheck.objects.get()
    told = es.post(
        reverse("safety:language_tell", args=[check.pk]), {"back": "/journal/"}, follow=True
    )
    assert "Le avisamos a su equipo de atención que usted pidió ayuda." in told.content.decode()
    assert Flag.objects.get().kind == "crisis_language"


def test_the_same_entry_reads_in_english_for_an_english_speaking_patient(people):
    page = sign_in(Client(), people.patient).post(reverse("journal:new"), {"body": CRISIS})
    text = page.content.decode()
    assert lang_of(text) == "en" and "Call or text 988" in text
    assert "En español" not in text and "AYUDA" not in text


def test_an_english_concern_asks_the_gentle_question_in_spanish(people, es):
    page = es.post(reverse("journal:new"), {"body": CONCERN}).content.decode()
    assert TextCheck.objects.get().level == "concern"
    assert "Parte de lo que escribió suena difícil." in page
    assert "¿Respondería seis preguntas breves sobre qué tan seguro(a) se siente?" in page
    assert "Sí, háganme las preguntas" in page and f"{SCREENER}?from=concern" in page
    check = TextCheck.objects.get()
    declined = es.post(
        reverse("safety:language_decline", args=[check.pk]), {"back": "/journal/"}, follow=True
    )
    assert "Está bien. Los números en la parte superior de la página" in declined.content.decode()


def test_the_crisis_page_in_spanish_gives_the_services_spanish_options(people, es):
    page = es.get(reverse("safety:crisis")).content.decode()
    assert lang_of(page) == "es" and "Ayuda, ahora mismo" in page
    assert "La Línea de Prevención del Suicidio y Crisis." in page
    assert "marque el 2" in page and "El chat en línea también está disponible en español." in page
    assert "Crisis Text Line, si le resulta más fácil escribir" in page
    assert "Envíe HOME por mensaje de texto al 741741" in page  # the clinic's keyword stays
    assert "Afterglow no se supervisa en tiempo real." in page


def test_the_spanish_options_follow_the_clinics_own_numbers(people, es):
    """A clinic whose line is not the 988 Lifeline (another country) gets no 988 options."""
    clinic = people.clinic
    clinic.crisis_line, clinic.crisis_text_number = "116 123", "85258"
    clinic.save()
    page = es.get(reverse("safety:crisis")).content.decode()
    assert "Llame o envíe un mensaje de texto al 116 123" in page
    assert "marque el 2" not in page and "AYUDA" not in page


def test_a_visitor_whose_browser_asks_for_spanish_reads_the_crisis_page_in_spanish(db):
    page = Client(HTTP_ACCEPT_LANGUAGE="es").get(reverse("safety:crisis")).content.decode()
    assert lang_of(page) == "es" and "Ayuda, ahora mismo" in page and "marque el 2" in page


def test_the_screener_in_spanish_asks_the_published_questions(people, es):
    page = es.get(SCREENER).content.decode()
    assert lang_of(page) == "es"
    for question in (
        "¿Ha deseado estar muerto(a) o poder dormirse y no despertar?",
        "¿Ha tenido realmente la idea de suicidarse?",
        "¿Ha pensado en cómo llevaría esto a cabo?",
        "¿Ha tenido estas ideas y en cierto grado la intención de llevarlas a cabo?",
        "¿Ha comenzado a elaborar o ha elaborado los detalles sobre cómo suicidarse? "
        "¿Tenía intenciones de llevar a cabo este plan?",
        "¿Alguna vez ha hecho algo usted, comenzado a hacer algo o se ha preparado para hacer "
        "algo para terminar su vida?",
        "¿Fue esto en los últimos 3 meses?",
    ):
        assert question in page, question
    assert "Sí" in page and "Enviar mis respuestas" in page


def every_answer_set() -> list[dict[str, str]]:
    """Every way through the screener that its skip logic allows (54 in all)."""
    sets = []
    for q1, q2, q6 in itertools.product("yn", repeat=3):
        middles = itertools.product("yn", repeat=3) if q2 == "y" else [None]
        for middle in middles:
            for recent in ("y", "n") if q6 == "y" else (None,):
                answers = {"q1": q1, "q2": q2, "q6": q6}
                if middle:
                    answers.update(zip(("q3", "q4", "q5"), middle, strict=True))
                if recent:
                    answers["q6_recent"] = recent
                sets.append({k: "yes" if v == "y" else "no" for k, v in answers.items()})
    return sets


def test_the_screener_in_spanish_scores_exactly_as_in_english(people):
    spanish = sign_in(Client(), speaks_spanish(people.patient))
    english = sign_in(Client(), people.other_patient)
    answer_sets = every_answer_set()
    assert len(answer_sets) == 54
    for answers in answer_sets:
        levels = []
        for client, patient in ((spanish, people.pat), (english, people.other_patient.patient)):
            data = {"nonce": str(uuid.uuid4()), "origin": "", **answers}
            response = client.post(SCREENER, data)
            assert response.status_code == 302, answers
            levels.append(Screening.objects.filter(patient=patient).latest("created_at").level)
        expected = cssrs.triage({k: v == "yes" for k, v in answers.items()})
        assert levels == [expected, expected], answers


def test_a_high_screening_in_spanish_says_to_call_now_in_spanish(people, es):
    answers = {"q1": "yes", "q2": "yes", "q3": "yes", "q4": "yes", "q5": "no", "q6": "no"}
    response = es.post(SCREENER, {"nonce": str(uuid.uuid4()), **answers}, follow=True)
    page = response.content.decode()
    assert Screening.objects.get().level == "high"
    assert "Por favor, busque ayuda ahora" in page
    assert "Por favor, llame o envíe un mensaje de texto al 988 ahora, o llame al 911." in page
    assert "marque el 2" in page


def test_the_care_team_is_told_in_each_clinicians_own_language(people, es):
    """The flag's notification is written for each recipient: Cara reads Spanish, Carl
    English, whatever language the patient who raised it reads."""
    speaks_spanish(people.clinician)
    carl = make_user("carl@example.com", "Carl Clinician")
    Membership.objects.create(user=carl, clinic=people.clinic, role=Role.CLINICIAN)
    CareTeamMember.objects.create(patient=people.pat, clinician=carl)
    answers = {"q1": "yes", "q2": "yes", "q3": "yes", "q4": "yes", "q5": "no", "q6": "no"}
    es.post(SCREENER, {"nonce": str(uuid.uuid4()), **answers})
    titles = {n.user.email: n.title for n in Notification.objects.filter(kind="flag")}
    assert titles == {
        "cara@example.com": "Un paciente a cargo de su equipo de atención le necesita",
        "carl@example.com": "A patient on your care team needs you",
    }


def test_a_spanish_speaking_clinician_resolves_a_flag_in_spanish(people, es):
    es.post(reverse("journal:new"), {"body": CRISIS})
    es.post(reverse("safety:language_tell", args=[TextCheck.objects.get().pk]))
    flag = Flag.objects.get()
    clinician = sign_in(Client(), speaks_spanish(people.clinician))
    url = reverse("safety:flag_resolve", args=[flag.pk])
    page = clinician.get(url).content.decode()
    assert lang_of(page) == "es" and "Resolver una alerta" in page
    assert "Resolver: El paciente nos pidió que le avisáramos" in page
    assert "Escribió sobre suicidio o autolesión en una entrada del diario" in page
    assert "¿Cómo se resolvió?" in page
    empty = clinician.post(url, {"note": ""}).content.decode()
    assert "Escriba una nota breve sobre cómo se resolvió." in empty
    done = clinician.post(url, {"note": "Called, safe."}, follow=True).content.decode()
    assert "Resuelta." in done
