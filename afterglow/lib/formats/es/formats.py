"""Spanish for people in the United States (see ``afterglow.lib.formats``): the day before
the month ("3 de dic"), the 12-hour clock written "5 p.m.", and numbers written as in the
US and Mexico ("12.5"). Month and day names come from Django's Spanish translation, in
lower case as Spanish writes them ("b", not "M", which Django capitalises: "Dic")."""

CLOCK_FORMAT = "g a"
CLOCK_MINUTES_FORMAT = "g:i a"
CLOCK_SECONDS_FORMAT = "g:i:s a"
SHORT_MONTH_DAY_FORMAT = r"j \d\e b"
SHORT_MONTH_DAY_YEAR_FORMAT = r"j \d\e b \d\e Y"
SHORT_MONTH_DAY_TIME_FORMAT = r"j \d\e b, g:i a"
WEEKDAY_DATE_FORMAT = r"D j \d\e b"
WEEKDAY_DATE_YEAR_FORMAT = r"D j \d\e b \d\e Y"
LONG_WEEKDAY_DATE_FORMAT = r"l j \d\e F"
LONG_WEEKDAY_DATE_YEAR_FORMAT = r"l j \d\e F \d\e Y"

# Django's Spanish formats, for the US: a 12-hour clock, and "." for decimals.
TIME_FORMAT = "g:i a"
DATETIME_FORMAT = r"j \d\e F \d\e Y, g:i a"
SHORT_DATETIME_FORMAT = "d/m/Y g:i a"
DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
NUMBER_GROUPING = 3

# A date field's value is written as <input type="date"> needs it (ISO) before any other
# form: Django's Spanish list starts with 31/12/2009, which a date input shows as empty.
DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y"]
DATETIME_INPUT_FORMATS = [
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%Y %H:%M",
    "%d/%m/%y %H:%M",
]
