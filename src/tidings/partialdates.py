"""Partial ISO 8601 dates, as ``Quote.said_on`` holds them: the days each names, and a label.

A quote's time has the precision its words give (analyze/timewords.py): a day '2016-03-15', an
ISO week '2016-W10', a month '2016-03' or a year '2012'. Readers of the corpus (the CLI, the web
pages) need to compare and show them without loading the analysis (and spaCy), so these helpers
live here, with the model.
"""

from __future__ import annotations

import re
from datetime import date, timedelta


def date_range(value: str) -> tuple[date, date] | None:
    """The first and last day a value of this module names ('2016-W10' -> Monday..Sunday), so
    values of different precision can be compared and filtered; None for a malformed value."""
    try:
        if re.fullmatch(r"\d{4}", value):
            return date(int(value), 1, 1), date(int(value), 12, 31)
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
            first = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return first, first + timedelta(days=6)
        if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
            first = date(int(m[1]), int(m[2]), 1)
            nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, nxt - timedelta(days=1)
        day = date.fromisoformat(value)
        return day, day
    except ValueError:
        return None


def label(value: str) -> str:
    """A reader's form of a value of this module: '15 Mar 2016', 'week of 7 Mar 2016',
    'Mar 2016', '2012' (the value itself when it is not one of those)."""
    span = date_range(value)
    if span is None:
        return value
    first, last = span
    if first == last:
        return f"{first.day} {first:%b %Y}"
    if (last - first).days == 6:
        return f"week of {first.day} {first:%b %Y}"
    if first.month == last.month:
        return f"{first:%b %Y}"
    return f"{first.year}"


def when_label(said_on: str | None, words: str | None, sep: str = " ") -> str:
    """What a table or a card shows for a quote's time: '15 Mar 2016 ("Tuesday")' (with
    ``sep="\n"``: the words on a line of their own, without the brackets), the words alone when
    they have no value ('"Tuesday"'), or '' when the text gives no time."""
    if said_on and words:
        return f"{label(said_on)} (“{words}”)" if sep == " " else f"{label(said_on)}{sep}“{words}”"
    if said_on:
        return label(said_on)
    return f"“{words}”" if words else ""
