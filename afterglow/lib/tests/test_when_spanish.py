"""Moments in words in the reader's language: Spanish days, months and clock (issue 23).

The words come from the catalogue (``afterglow/locale``), the order and the clock from
``afterglow/lib/formats``, the day and month names from Django's own translations.
"""

from datetime import UTC, date, datetime

import pytest
from django import forms
from django.template import Context, Template
from django.utils import translation

from afterglow.lib.templatetags.afterglow_tags import hours_filter
from afterglow.lib.tests.test_when import CHICAGO, NOW
from afterglow.lib.when import clock, day_words, when


@pytest.fixture
def spanish():
    with translation.override("es"):
        yield


def test_today_tomorrow_and_yesterday_in_spanish(spanish):
    assert when(datetime(2026, 3, 12, 22, 0, tzinfo=UTC), CHICAGO, NOW) == "hoy a las 5 p.m."
    tomorrow = datetime(2026, 3, 13, 14, 30, tzinfo=UTC)
    assert when(tomorrow, CHICAGO, NOW) == "mañana a las 9:30 a.m."
    yesterday = datetime(2026, 3, 11, 8, 16, tzinfo=UTC)
    assert when(yesterday, CHICAGO, NOW) == "ayer a las 3:16 a.m."


def test_one_oclock_is_said_apart(spanish):
    # "a la una", "a las dos": Spanish says one o'clock in the singular.
    assert when(datetime(2026, 3, 12, 18, 0, tzinfo=UTC), CHICAGO, NOW) == "hoy a la 1 p.m."
    assert when(datetime(2026, 3, 13, 6, 45, tzinfo=UTC), CHICAGO, NOW) == "mañana a la 1:45 a.m."
    with translation.override("en"):
        assert when(datetime(2026, 3, 12, 18, 0, tzinfo=UTC), CHICAGO, NOW) == "today at 1 PM"


def test_weekdays_and_dates_in_spanish_order(spanish):
    assert when(datetime(2026, 3, 17, 22, 0, tzinfo=UTC), CHICAGO, NOW) == "martes a las 5 p.m."
    friday = datetime(2026, 3, 20, 22, 0, tzinfo=UTC)
    assert when(friday, CHICAGO, NOW) == "vie 20 de mar a las 5 p.m."
    assert day_words(date(2027, 1, 4), date(2026, 3, 12)) == "lun 4 de ene de 2027"


def test_the_clock_in_spanish(spanish):
    assert clock(datetime(2026, 3, 12, 22, 0, tzinfo=UTC), CHICAGO) == "5 p.m."
    assert clock(datetime(2026, 3, 12, 22, 5, tzinfo=UTC), CHICAGO) == "5:05 p.m."
    assert clock(datetime(2026, 3, 12, 22, 0, tzinfo=UTC), CHICAGO, minutes=True) == "5:00 p.m."
    assert hours_filter(["08:00", "21:30"]) == "8 a.m., 9:30 p.m."


NAMED = (
    '{{ m|date:"SHORT_MONTH_DAY_FORMAT" }} | {{ m|date:"SHORT_MONTH_DAY_YEAR_FORMAT" }} | '
    '{{ m|date:"SHORT_MONTH_DAY_TIME_FORMAT" }} | {{ m|date:"WEEKDAY_DATE_FORMAT" }} | '
    '{{ m|date:"LONG_WEEKDAY_DATE_FORMAT" }} | {{ m|time:"CLOCK_SECONDS_FORMAT" }} | '
    '{{ m|date:"MONTH_DAY_FORMAT" }}'
)


def test_named_formats_for_pages_in_each_language():
    moment = {"m": datetime(2026, 12, 3, 17, 30, 12, tzinfo=UTC)}
    with translation.override("en"):
        assert Template(NAMED).render(Context(moment)) == (
            "Dec 3 | Dec 3, 2026 | Dec 3, 5:30 PM | Thu, Dec 3 | Thursday, December 3 | "
            "5:30:12 PM | December 3"
        )
    with translation.override("es"):
        assert Template(NAMED).render(Context(moment)) == (
            "3 de dic | 3 de dic de 2026 | 3 de dic, 5:30 p.m. | jue 3 de dic | "
            "jueves 3 de diciembre | 5:30:12 p.m. | 3 de diciembre"
        )


def test_spanish_numbers_and_date_inputs_stay_as_in_the_us(spanish):
    assert Template('{{ dose|floatformat:"-2" }}').render(Context({"dose": 12.5})) == "12.50"
    # <input type="date"> shows only an ISO value: a Spanish day-first value would be blank.
    widget = forms.DateInput(attrs={"type": "date"}).render("day", date(2026, 3, 4))
    assert 'value="2026-03-04"' in widget
