"""The daily check's trend over a period: plain numbers, a direction only with enough checks."""

from hypothesis import given
from hypothesis import strategies as st

from afterglow.visits.trend import MIN_FOR_TREND, daily_trend

checks = st.lists(
    st.tuples(
        st.integers(1, 5),
        st.one_of(st.none(), st.integers(1, 5)),
        st.one_of(st.none(), st.integers(1, 5)),
    ),
    max_size=60,
)


def test_nothing_to_say_without_checks():
    assert daily_trend([]) is None


def test_too_few_checks_give_no_direction():
    trend = daily_trend([(1, None, None), (5, None, None), (5, 4, None)])
    assert trend is not None
    assert trend.direction == "" and trend.earlier is None and trend.average == 3.7
    assert trend.energy == 4.0 and trend.sleep is None and trend.low_days == 1


def test_the_later_half_against_the_earlier_half():
    rising = daily_trend([(m, None, None) for m in (2, 2, 3, 3, 4, 4)])
    assert rising is not None
    assert (rising.earlier, rising.later, rising.direction) == (2.3, 3.7, "higher")
    falling = daily_trend([(m, None, None) for m in (4, 4, 3, 2, 2)])
    assert falling is not None and falling.direction == "lower"  # the middle one is neither half
    steady = daily_trend([(m, None, None) for m in (3, 4, 3, 4)])
    assert steady is not None and steady.direction == "steady"


@given(checks)
def test_plain_numbers_and_a_direction_that_turns_with_time(values):
    trend = daily_trend(values)
    if not values:
        assert trend is None
        return
    assert trend is not None and trend.count == len(values)
    moods = [mood for mood, _energy, _sleep in values]
    assert min(moods) <= trend.average <= max(moods)
    assert trend.low_days == sum(1 for mood in moods if mood <= 2)
    assert (trend.direction == "") == (len(values) < MIN_FOR_TREND)
    # The same checks in the opposite order tell the opposite story (or the same steady one).
    backwards = daily_trend(values[::-1])
    assert backwards is not None
    opposite = {"higher": "lower", "lower": "higher", "steady": "steady", "": ""}
    assert backwards.direction == opposite[trend.direction]
