"""Properties of the detector that hold for any text, not only for the corpus' lines."""

import time

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from afterglow.ops.words import WORDS
from afterglow.safety.language import Level, assess, detector
from afterglow.safety.language.corpus import load, load_spanish
from afterglow.safety.language.normalize import sentences, unquote

# "lost hope" is a sign of hopelessness, not words of an ordinary day.
ORDINARY = [w for w in WORDS if w != "hope"]
# The first round's plain days: later rounds' "plain" lines are made hard on purpose.
PLAIN = [i.text for i in load("harmless") if i.category == "plain" and i.source == "1"]
# Short explicit statements the detector finds on their own: the ones to hide in long entries.
EXPLICIT = [
    "I want to kill myself.",
    "i dont wanna wake up tmrw",
    "Ive been saving my pills. Tonight I'll take them all.",
    "thinking about jumping off the bridge after work",
    "I cut myself again last night.",
    "I'm so tired of living.",
    "kms",
    "What's the point of living anymore.",
]
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.lists(st.sampled_from(ORDINARY), min_size=1, max_size=400))
def test_words_of_an_ordinary_day_stay_quiet(words):
    assert assess(" ".join(words)).level == Level.NONE


# Ordinary lines the statistical reading raises when one follows the other: each alone is
# quiet, but their window's words and pairs ("want to do", "a date night") add up past the
# threshold (docs/safety-language.md, "Known false alarms"). Listed, not hidden: the test
# below fails once the reading no longer raises them, and the pair must leave this list.
KNOWN_WINDOW_ALARMS = [
    (
        "Made a list of things I want to do this summer.",
        "My wife and I had a date night at the Italian place.",
    ),
]


def _known_alarm_in(lines: list[str]) -> bool:
    known = {frozenset(pair) for pair in KNOWN_WINDOW_ALARMS}
    return any(frozenset(pair) in known for pair in zip(lines, lines[1:], strict=False))


@pytest.mark.parametrize("pair", KNOWN_WINDOW_ALARMS)
def test_the_known_window_alarms_are_still_raised(pair):
    assert all(line in PLAIN for line in pair)
    assert assess(" ".join(pair)).level == Level.CRISIS
    assert all(assess(line).level == Level.NONE for line in pair)


@SETTINGS
@given(st.lists(st.sampled_from(PLAIN), min_size=1, max_size=40))
def test_ordinary_entries_in_any_order_stay_quiet(lines):
    assume(not _known_alarm_in(lines))
    assert assess(" ".join(lines)).level == Level.NONE


@SETTINGS
@given(
    st.lists(st.sampled_from(PLAIN), min_size=20, max_size=120),
    st.sampled_from(EXPLICIT),
    st.floats(min_value=0, max_value=1),
)
def test_an_explicit_statement_is_found_anywhere_in_a_long_entry(lines, statement, where):
    at = int(where * len(lines))
    text = " ".join([*lines[:at], statement, *lines[at:]])
    assert assess(text).level == Level.CRISIS


@SETTINGS
@given(st.lists(st.sampled_from(PLAIN + EXPLICIT), min_size=1, max_size=30))
def test_the_index_never_changes_a_verdict(lines):
    parts = sentences(unquote(" ".join(lines)))
    for index in (detector.CRISIS, detector.CONCERN):
        assert detector._codes(parts, index) == detector._codes(parts, index, indexed=False)


def test_bad_input_never_crashes():
    for text in (
        None,
        "",
        "   \n\t",
        "😢😢😢 🌧️",
        "<script>alert('x')</script><b>I want to die</b>",
        "Quiero morir. No puedo más.",
        "我不想活了",
        "a" * 200_000,
        "\x00\x01 odd bytes \ufffd",
    ):
        assess(text)
    assert assess("<p>I want to <i>die</i></p>").is_crisis


def test_a_pasted_book_is_read_in_bounded_time():
    text = " ".join(PLAIN) * 20
    started = time.perf_counter()
    assess(text)
    assert time.perf_counter() - started < 10  # a bound against runaway patterns, not a benchmark


# Spanish: ordinary Spanish days stay quiet; a Spanish statement is found anywhere in them.
PLAIN_ES = [i.text for i in load_spanish("harmless") if i.category == "plain" and len(i.text) < 200]
EXPLICIT_ES = [
    "Quiero morirme.",
    "ya no quiero vivir",
    "anoche pensé en quitarme la vida",
    "me voy a matar este fin de semana",
    "me volví a cortar anoche",
    "estoy pensando en tirarme del puente",
]


@SETTINGS
@given(st.lists(st.sampled_from(PLAIN_ES), min_size=1, max_size=30))
def test_ordinary_spanish_entries_in_any_order_stay_quiet(lines):
    assert assess(" ".join(lines)).level == Level.NONE


@SETTINGS
@given(
    st.lists(st.sampled_from(PLAIN_ES), min_size=10, max_size=60),
    st.sampled_from(EXPLICIT_ES),
    st.floats(min_value=0, max_value=1),
)
def test_a_spanish_statement_is_found_anywhere_in_a_long_entry(lines, statement, where):
    at = int(where * len(lines))
    text = " ".join([*lines[:at], statement, *lines[at:]])
    assert assess(text).level == Level.CRISIS
