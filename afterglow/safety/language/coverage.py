"""Every form field where people type words: which are read by the crisis-language detector,
and, for those that are not, why not. A test walks all forms of the project against this list.
"""

# (form, field): the reason it is not checked. Anything else that takes text must be checked.
NOT_FREE_TEXT = {
    ("accounts.AcceptInvitationForm", "password1"): "a password",
    ("accounts.AcceptInvitationForm", "password2"): "a password",
    ("accounts.AcceptInvitationForm", "full_name"): "a name",
    ("accounts.AcceptInvitationForm", "preferred_name"): "a name",
    ("accounts.CodeForm", "token"): "a two-step code",
    ("accounts.InvitationForm", "email"): "an email address",
    ("accounts.InvitationForm", "full_name"): "a name",
    ("accounts.ProfileForm", "full_name"): "a name",
    ("accounts.ProfileForm", "preferred_name"): "a name",
    ("accounts.SetPasswordFields", "password1"): "a password",
    ("accounts.SetPasswordFields", "password2"): "a password",
    ("accounts.SignInForm", "username"): "an email address",
    ("accounts.SignInForm", "password"): "a password",
    ("api.TokenForm", "name"): "a label for an API token",
    ("journal.SearchForm", "q"): "search words, never stored",
    ("journal.SearchForm", "tag"): "a tag to filter by, never stored",
    ("reminders.MedicationForm", "name"): "a medicine's name",
    ("reminders.MedicationForm", "dose"): "a dose as prescribed",
    ("reminders.MedicationForm", "times"): "times of day",
    ("reminders.PreferenceForm", "time_zone"): "a time zone",
    ("integration.NoteForm", "insights"): "written by a clinician about the patient",
    ("integration.NoteForm", "tools"): "written by a clinician about the patient",
    ("integration.NoteForm", "homework_step"): "written by a clinician for the patient",
    ("safety.ResolveForm", "note"): "written by a clinician resolving a flag",
    ("treatments.MonitoringForm", "lot_number"): "a medicine's lot number",
    ("treatments.MonitoringForm", "short_monitoring_reason"): "written by a clinician",
    ("treatments.MonitoringForm", "serious_adverse_events"): "written by a clinician",
    ("treatments.SessionForm", "notes"): "written by a clinician",
}

# JSON API body fields whose names differ from their form's, or that hold no prose: each maps to
# where its words are checked, or says why they hold none.
API_FIELDS = {
    "steps": "checked as the goal form's step1, step2 ...",
    "notes": "checked as the Circle form's note_<dimension>",
    "kind": "a choice from a list",
    "dimension": "a choice from a list",
    "area": "a choice from a list",
    "emotions": "choices from a list",
    "side_effects": "choices from a list",
    "red_flags": "choices from a list",
    "instrument": "a choice from a list",
    "code": "a choice from a list",
    "status": "a choice from a list",
    "scores": "numbers",
    "from": "where the screener was offered: a choice from a list",
    "answers": "yes or no answers",
}
