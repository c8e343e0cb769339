"""Afterglow's own date and time formats, by language (``FORMAT_MODULE_PATH``).

Django looks a format name up here first, then in its own locale formats, so pages and
helpers say ``{{ moment|date:"SHORT_MONTH_DAY_TIME_FORMAT" }}`` and read "Dec 3, 5:30 PM"
in English, "3 de dic, 5:30 p.m." in Spanish. The names (each in ``en`` and ``es``):

- ``CLOCK_FORMAT``: "5 PM" · "5 p.m." (on the hour)
- ``CLOCK_MINUTES_FORMAT``: "5:30 PM" · "5:30 p.m."
- ``CLOCK_SECONDS_FORMAT``: "5:30:12 PM" · "5:30:12 p.m."
- ``SHORT_MONTH_DAY_FORMAT``: "Dec 3" · "3 de dic"
- ``SHORT_MONTH_DAY_YEAR_FORMAT``: "Dec 3, 2026" · "3 de dic de 2026"
- ``SHORT_MONTH_DAY_TIME_FORMAT``: "Dec 3, 5:30 PM" · "3 de dic, 5:30 p.m."
- ``WEEKDAY_DATE_FORMAT``: "Thu, Dec 3" · "jue 3 de dic"
- ``WEEKDAY_DATE_YEAR_FORMAT``: "Thu, Dec 3, 2026" · "jue 3 de dic de 2026"
- ``LONG_WEEKDAY_DATE_FORMAT``: "Thursday, December 3" · "jueves 3 de diciembre"
- ``LONG_WEEKDAY_DATE_YEAR_FORMAT``: "Thursday, December 3, 2026" · "jueves 3 de diciembre de 2026"

Django's own names work as well (``DATE_FORMAT``, ``MONTH_DAY_FORMAT``: "December 3" ·
"3 de diciembre", ``YEAR_MONTH_FORMAT``: "December 2026" · "diciembre de 2026").
Month and day names come from Django's own translations.
"""
