"""Who may open each page of the summary for the next visit (the six people, and anonymous),
and the audit row of every opening by the care team."""

from django.urls import reverse

from afterglow.audit.models import AuditEvent
from afterglow.testing.people import assert_access
from afterglow.visits.tests.helpers import share


def test_the_patient_prepares_their_own(people):
    patients = {"anonymous": 302, "patient": 200, "other_patient": 200}
    assert_access(people, reverse("visits:prepare"), patients)
    saved = {"anonymous": 302, "patient": 302, "other_patient": 302}
    assert_access(people, reverse("visits:prepare"), saved, method="post", data={"sections": []})


def test_only_a_patient_with_a_shared_summary_can_take_it_back(people):
    share(people)
    url = reverse("visits:unshare")
    # Olive has shared nothing: there is nothing of hers to take back.
    assert_access(people, url, {"anonymous": 302, "patient": 302}, method="post")


def test_only_the_care_team_opens_and_prints_it(people):
    share(people)
    for name, action in (("patient", "visit_summary.view"), ("print", "visit_summary.print")):
        url = reverse(f"visits:{name}", args=[people.pat.pk])
        assert_access(people, url, {"anonymous": 302, "clinician": 200})
        opened = AuditEvent.objects.filter(action=action, patient=people.pat, outcome="success")
        assert [e.actor for e in opened] == [people.clinician]
        denied = AuditEvent.objects.filter(action=action, outcome="denied")
        assert {e.actor for e in denied} == {people.outsider, people.foreign}


def test_a_summary_of_someone_else_is_not_found(people):
    share(people)
    olive = people.other_patient.patient
    # Cara is not on Olive's care team; Otto is not on Pat's.
    assert_access(
        people,
        reverse("visits:patient", args=[olive.pk]),
        {"anonymous": 302, "outsider": 200},
    )
