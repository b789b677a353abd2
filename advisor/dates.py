"""Report dates: ``YYYY-MM-DD``, and nothing that merely parses as a date."""

from __future__ import annotations

import datetime
import re

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def iso_date(value: object) -> str:
    """``value`` as a ``YYYY-MM-DD`` date: that text, when it is a real date, or a date object.

    ``datetime.date.fromisoformat`` also reads ``20260131`` and ``2026-W05-6``;
    a report's date is written one way only.

    >>> iso_date("2026-01-31"), iso_date(datetime.date(2026, 1, 31))
    ('2026-01-31', '2026-01-31')

    Raises:
        ValueError: anything else, saying how to write a date.
    """
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return datetime.date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    raise ValueError(f"{value!r} is not a date; write it as YYYY-MM-DD, for example 2026-01-31")
