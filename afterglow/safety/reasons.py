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
    "phq9_item9": "PHQ-9 item 9 (thoughts of self-harm) above 0",
    "phq9_up_5": "PHQ-9 up 5 or more points from their lowest in 8 weeks",
    "phq9_severe_band": "PHQ-9 moved into moderately severe or severe",
    "integration_overdue": "No integration session after a treatment",
    "cssrs_moderate": "C-SSRS screener: moderate risk",
    "cssrs_high": "C-SSRS screener: high risk",
    "rems_missing": "No completed REMS monitoring record 5 days after a Spravato session",
}
