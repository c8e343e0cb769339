"""What each red-flag code means, in the words the care team and the patient see."""

RED_FLAGS = {
    "chest_pain": "Chest pain",
    "severe_headache": "A severe headache",
    "confusion": "Confusion that hasn't passed",
    "self_harm": "Thoughts of harming yourself",
}

REASON_LABELS = {
    "chest_pain": "Chest pain",
    "severe_headache": "Severe headache",
    "confusion": "Confusion that has not passed",
    "self_harm": "Thoughts of self-harm",
    "journal_entry": "Wrote about suicide or self-harm in a journal entry",
    "check_in_note": "Wrote about suicide or self-harm in a check-in note",
    "message": "Wrote about suicide or self-harm in a message to the care team",
    "visit_questions": "Wrote about suicide or self-harm in questions for the next visit",
    "phq9_item9": "PHQ-9 item 9 (thoughts of self-harm) above 0",
    "phq9_up_5": "PHQ-9 up 5 or more points from their lowest in 8 weeks",
    "phq9_severe_band": "PHQ-9 moved into moderately severe or severe",
    "integration_overdue": "No integration session after a treatment",
    "free_text": "Wrote about suicide or self-harm",
    # What the crisis-language detector found (category codes, never the words).
    "wish_to_die": "A wish to be dead or not to wake up",
    "suicidal_thoughts": "Thoughts of suicide",
    "intent": "Intent to act on thoughts of suicide",
    "plan": "A plan for suicide",
    "method": "A method of suicide",
    "preparation": "Preparing (gathering means, a note)",
    "attempt": "A suicide attempt",
    "slang": "Slang or shorthand for suicide or self-harm",
    "hopelessness": "Hopelessness",
    "burden": "Feeling a burden to others",
    "goodbye": "Goodbyes",
    "giving_away": "Giving things away",
    "no_way_out": "Feeling trapped, no way out",
    "not_being_here": "Not being here much longer",
    "unbearable": "Pain that feels unbearable",
    "hint": "Indirect hints of suicide",
    # The statistical reading under the rules (safety/language/model.py): wording close to
    # the corpus' statements, where no rule named the category.
    "wording_explicit": "Wording close to statements of suicide or self-harm",
    "wording_indirect": "Wording close to indirect signs of distress",
    "cssrs_moderate": "C-SSRS screener: moderate risk",
    "cssrs_high": "C-SSRS screener: high risk",
    "daily_low_days": "Daily check at the bottom of the scale three days in a row",
    "daily_fall": "Daily check 2 points or more below their 14-day average",
    "rems_missing": "No completed REMS monitoring record 5 days after a Spravato session",
}
