"""The C-SSRS screener's scoring against its published triage, by hand and by property."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from afterglow.outcomes import cssrs
from afterglow.outcomes.cssrs import Level, asked, kept, missing, triage

NO = dict.fromkeys(cssrs.KEYS, False) | {"q3": None, "q4": None, "q5": None, "q6_recent": None}


def said(*yes: str, recent: bool | None = None) -> dict[str, bool | None]:
    """Answers with ``yes`` to the named questions, no to the rest that were asked."""
    answers = dict(NO)
    if "q2" in yes:
        answers.update(q3=False, q4=False, q5=False)
    answers.update(dict.fromkeys(yes, True))
    if "q6" in yes:
        answers["q6_recent"] = recent
    return answers


@pytest.mark.parametrize(
    ("answers", "level"),
    [
        (said(), Level.NONE),
        (said("q1"), Level.LOW),
        (said("q2"), Level.LOW),
        (said("q1", "q2"), Level.LOW),
        (said("q1", "q2", "q3"), Level.MODERATE),
        (said("q6", recent=False), Level.MODERATE),
        (said("q1", "q6", recent=False), Level.MODERATE),
        (said("q2", "q4"), Level.HIGH),
        (said("q2", "q5"), Level.HIGH),
        (said("q2", "q3", "q4", "q5"), Level.HIGH),
        (said("q6", recent=True), Level.HIGH),
        (said("q1", "q6", recent=True), Level.HIGH),
    ],
)
def test_the_published_triage_by_hand(answers, level):
    assert triage(answers) == level


# The published table, written as each answer's own level; the screener's level is the
# highest any yes reaches. ``triage`` is written as ordered rules: the two must agree.
ITEM_LEVEL = {"q1": Level.LOW, "q2": Level.LOW, "q3": Level.MODERATE}
ITEM_LEVEL |= {"q4": Level.HIGH, "q5": Level.HIGH}


def table_level(answers: dict[str, bool | None]) -> Level:
    levels = [level for key, level in ITEM_LEVEL.items() if answers.get(key) is True]
    if answers.get("q6") is True:
        levels.append(Level.HIGH if answers.get("q6_recent") is True else Level.MODERATE)
    return max(levels, key=cssrs.RANK.__getitem__, default=Level.NONE)


maybe = st.sampled_from([True, False, None])


@st.composite
def screener_answers(draw, *, follow_skip_logic: bool = True):
    """Answers as a patient gives them: 3–5 only after a yes to 2, the follow-up only
    after a yes to 6 (or, without the skip logic, anything at all)."""
    answers = {key: draw(st.booleans()) for key in ("q1", "q2", "q6")}
    for key in ("q3", "q4", "q5"):
        asked_now = answers["q2"] or not follow_skip_logic
        answers[key] = draw(st.booleans() if follow_skip_logic else maybe) if asked_now else None
    recent_asked = answers["q6"] or not follow_skip_logic
    answers["q6_recent"] = draw(st.booleans()) if recent_asked else None
    return answers


@given(screener_answers())
def test_the_level_is_the_published_tables(answers):
    assert triage(answers) == table_level(answers)
    assert not missing(answers)  # a complete set by the skip logic needs nothing more


@given(screener_answers(follow_skip_logic=False))
def test_a_yes_given_out_of_turn_still_counts(answers):
    """3–5 answered although 2 was no (no JavaScript, an API client): never thrown away."""
    assert triage(answers) == table_level(kept(answers))
    if answers["q4"] or answers["q5"]:
        assert triage(answers) == Level.HIGH


@given(screener_answers(), st.sampled_from(cssrs.KEYS))
def test_saying_yes_to_one_more_question_never_lowers_the_level(answers, key):
    more = {**answers, key: True}
    assert cssrs.RANK[triage(more)] >= cssrs.RANK[triage(answers)]


@given(screener_answers())
def test_the_follow_up_counts_only_after_a_yes_to_6(answers):
    if not answers["q6"]:
        assert triage({**answers, "q6_recent": True}) == triage(answers)


@given(screener_answers())
def test_moderate_and_high_are_the_levels_that_flag(answers):
    assert (triage(answers) in cssrs.FLAGGED) == (
        any(answers.get(k) for k in ("q3", "q4", "q5", "q6"))
    )


def test_the_skip_logic():
    assert asked({"q2": False}) == ["q1", "q2", "q6"]
    assert asked({"q2": True, "q6": True}) == list(cssrs.KEYS)
    assert missing({"q1": False, "q2": True, "q6": False}) == ["q3", "q4", "q5"]
    assert missing({"q1": True, "q2": False, "q6": True}) == ["q6_recent"]


def test_the_questions_are_the_published_ones():
    texts = [str(q.text) for q in cssrs.QUESTIONS]
    assert texts[0] == (
        "Have you wished you were dead or wished you could go to sleep and not wake up?"
    )
    assert texts[1] == "Have you actually had any thoughts of killing yourself?"
    assert texts[5].startswith("Have you ever done anything, started to do anything, or prepared")
    assert texts[6] == "Was this within the past 3 months?"
    assert len(texts) == 7 and [q.number for q in cssrs.QUESTIONS][-1] == "6a"
