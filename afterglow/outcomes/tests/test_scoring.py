import pytest
from hypothesis import given
from hypothesis import strategies as st

from afterglow.outcomes.instruments import GAD7, INSTRUMENTS, PHQ9


@pytest.mark.parametrize(
    ("answers", "total", "band"),
    [
        ([0, 0, 0, 0, 0, 0, 0, 0, 0], 0, "Minimal"),
        ([1, 1, 1, 1, 0, 0, 0, 0, 0], 4, "Minimal"),
        ([1, 1, 1, 1, 1, 0, 0, 0, 0], 5, "Mild"),
        ([2, 2, 1, 1, 1, 1, 1, 0, 0], 9, "Mild"),
        ([2, 2, 2, 1, 1, 1, 1, 0, 0], 10, "Moderate"),
        ([2, 2, 2, 2, 2, 2, 1, 1, 1], 15, "Moderately severe"),
        ([3, 3, 2, 2, 2, 2, 2, 2, 1], 19, "Moderately severe"),
        ([3, 3, 3, 2, 2, 2, 2, 2, 1], 20, "Severe"),
        ([3] * 9, 27, "Severe"),
    ],
)
def test_phq9_totals_and_bands_by_hand(answers, total, band):
    assert PHQ9.score(answers) == total and PHQ9.band(total).label == band


@pytest.mark.parametrize(
    ("answers", "total", "band"),
    [
        ([0] * 7, 0, "Minimal"),
        ([1, 1, 1, 1, 0, 0, 0], 4, "Minimal"),
        ([1, 1, 1, 1, 1, 0, 0], 5, "Mild"),
        ([2, 2, 2, 2, 1, 1, 0], 10, "Moderate"),
        ([2, 2, 2, 2, 2, 2, 2], 14, "Moderate"),
        ([3, 2, 2, 2, 2, 2, 2], 15, "Severe"),
        ([3] * 7, 21, "Severe"),
    ],
)
def test_gad7_totals_and_bands_by_hand(answers, total, band):
    assert GAD7.score(answers) == total and GAD7.band(total).label == band


@given(
    st.sampled_from(list(INSTRUMENTS.values())).flatmap(
        lambda spec: st.tuples(
            st.just(spec),
            st.lists(st.integers(0, 3), min_size=len(spec.items), max_size=len(spec.items)),
        )
    )
)
def test_every_answer_set_gives_a_total_in_range_and_its_band(case):
    spec, answers = case
    total = spec.score(answers)
    assert 0 <= total <= spec.max_total
    band = spec.band(total)
    assert band.low <= total <= band.high
    assert sum(1 for b in spec.bands if b.low <= total <= b.high) == 1


@pytest.mark.parametrize(
    "answers", [[0] * 8, [0] * 10, [0, 0, 0, 0, 0, 0, 0, 0, 4], [0, 0, 0, 0, 0, 0, 0, 0, -1]]
)
def test_a_wrong_answer_set_is_refused(answers):
    with pytest.raises(ValueError):
        PHQ9.score(answers)


def test_the_loinc_codes_are_kept_with_the_instruments():
    assert (PHQ9.loinc_panel, PHQ9.loinc_total, PHQ9.loinc_items[8]) == (
        "44249-1",
        "44261-6",
        "44260-8",
    )
    assert (GAD7.loinc_panel, GAD7.loinc_total) == ("69737-5", "70274-6")
    assert PHQ9.items[8].startswith("Thoughts that you would be better off dead")
