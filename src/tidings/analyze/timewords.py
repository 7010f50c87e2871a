"""Time expressions in news prose and the calendar date each names, resolved against publication.

requires: a stretch of text and, when there is one, the article's published date. assigns:
nothing (returns :class:`TimeWords`, offsets into the text given).

Why a grammar of our own: spaCy's DATE/TIME entities are not read far from a capital letter
(analyze/parse.py skips NER there, for speed), they include durations ("the past five years")
and give no value. What an attribution is dated by is a small, regular set of phrases, so a
regular expression finds them in any sentence, parsed or not, and says what each names.

Values are ISO 8601 at the precision the words give, never more (tidings.partialdates reads them):

- a day, ``2016-03-15``: "Tuesday", "Tuesday night", "yesterday", "March 15", "15 March 2016",
  "two days ago", "today", "last night", "New Year's Eve";
- an ISO week, ``2016-W10``: "last week", "this week", "earlier this week", "three weeks ago",
  "over the weekend" (the week of the last Saturday on or before publication: Saturday and
  Sunday always fall in one ISO week);
- a month, ``2016-03``: "in March" (the latest March not after publication), "March 2012",
  "last month", "earlier this month";
- a year, ``2012``: "in 2012", "a 2012 interview", "last year", "earlier this year".

Relative words resolve against the published date: a weekday is the most recent such day on or
before publication ("Tuesday" in an article of Thursday 2016-03-17 is 2016-03-15; "Thursday" is
the day itself), "last Tuesday" the one strictly before it. A date without a year is the latest
such date not after publication. Without a published date only explicit dates and years get a
value; words that point at another time in the story ("that day", "the next day") never do:
they keep their mention and no value.

Not a time: a show named so ("BBC Radio 4's Today programme", "the Today show"); "the day
before the debate" (a time relative to the debate, not to the story's last date: only "the day
before," pointing back is read).
Not handled: "next ..." and other future phrases (speech is not dated in the future), clock
times alone ("at 3 p.m."), seasons, decades, abbreviated weekdays ("Tue").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from tidings.wordlists import MONTHS, WEEKDAYS

#: AP-style abbreviations, only before a day number ("Nov. 19").
_MONTH_ABBR = {"jan": 1, "feb": 2, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": None, "few": None, "a few": None,
}  # fmt: skip

#: Holidays on a fixed day (month, day): the latest not after publication.
_HOLIDAYS = {
    "new year's eve": (12, 31),
    "new year's day": (1, 1),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
}

#: Weekday and month names as written, capitalised ("(?:Monday|Tuesday|...)").
_WD = "(?:" + "|".join(w.capitalize() for w in WEEKDAYS) + ")"
_MON = "(?:" + "|".join(m.capitalize() for m in MONTHS) + ")"
_MON_ABBR = r"(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\."
_PART = r"(?:morning|afternoon|evening|night)"
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_NUM = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"

#: The grammar, longest forms first; each alternative is a named group read by :func:`_value`.
_PATTERN = re.compile(
    rf"""
    (?<![^\W_])(?=\w)  # every form starts a word: other positions fail here, at once
    (?:
    (?P<iso>\b{_YEAR}-(?:0[1-9]|1[0-2])-(?:[0-2]\d|3[01])\b)
  | (?P<mdy>\b(?:{_WD},?\s+)?(?P<mdy_m>{_MON}|{_MON_ABBR})\s+(?P<mdy_d>{_DAYNUM})\b
        (?:,?\s+(?P<mdy_y>{_YEAR})\b)?(?:\s+{_PART}\b)?)
  | (?P<dmy>\b(?:{_WD},?\s+)?(?:the\s+)?(?P<dmy_d>{_DAYNUM})\s+(?:of\s+)?(?P<dmy_m>{_MON})\b
        (?:,?\s+(?P<dmy_y>{_YEAR})\b)?)
  | (?P<my>\b(?P<my_m>{_MON}),?\s+(?:of\s+)?(?P<my_y>{_YEAR})\b)
  | (?P<wd>\b(?:(?P<wd_last>[Ll]ast|[Tt]his)\s+|(?:[Ee]arly|[Ll]ate)\s+)?(?P<wd_d>{_WD})\b
        (?:\s+(?:{_PART})\b)?(?!,?\s+{_MON}))
  | (?P<holiday>\b(?:New\s+Year's|Christmas)\s+(?:Eve|Day)\b)
  | (?P<yday>\b(?:yesterday|Yesterday)(?:\s+{_PART}\b)?|\b[Ll]ast\s+night\b)
  | (?P<today>(?<!'s\s)(?<!’s\s)\b(?:(?:[Ee]arlier|[Ll]ater)\s+)?(?:today|Today|tonight|Tonight)\b
        (?!\s+(?:programme|program|show)\b)
        |\b(?:[Ee]arlier\s+)?[Tt]his\s+(?:morning|afternoon|evening)\b)
  | (?P<rel>\b(?P<rel_w>[Ll]ast|[Tt]his|[Ee]arlier\s+this|[Ll]ater\s+this|[Tt]he\s+past
        |[Tt]he\s+previous)\s+(?P<rel_u>week|month|year|weekend)\b)
  | (?P<wkend>\b(?:over|at|on|during)\s+the\s+weekend\b)
  | (?P<ago>\b(?P<ago_n>{_NUM}|a\s+few|several)\s+(?P<ago_u>day|week|month|year)s?\s+ago\b)
  | (?P<mon>\b(?:(?<=[Ii]n\s)|(?<=[Ss]ince\s)|(?<=[Dd]uring\s)|(?<=[Uu]ntil\s)|(?<=of\s)
        |(?:[Ee]arly|[Mm]id|[Ll]ate|[Ee]arlier\s+in|[Ll]ater\s+in|[Ll]ast)[\s-]+|(?<=\ba\s)|(?<=\ban\s))
        (?P<mon_m>{_MON})\b(?!\s+\d))
  | (?P<year>(?:(?<=\b[Ii]n\s)|(?<=\b[Ss]ince\s)|(?<=\b[Dd]uring\s)|(?<=\b[Uu]ntil\s)|(?<=\bof\s)
        |(?<=\ba\s)|(?<=\bthe\s)|(?<=\bhis\s)|(?<=\bher\s)|(?<=\btheir\s)|(?<=\bits\s)
        |(?<=\bearly\s)|(?<=\blate\s)|(?<=\bmid-))(?P<year_y>{_YEAR})\b(?![.,]?\d)(?!\s*%))
  | (?P<anaphor>\b(?:(?:[Ll]ater|[Ee]arlier)\s+that|[Tt]hat|[Tt]he\s+same|[Tt]he\s+next
        |[Tt]he\s+following|[Tt]he\s+previous)\s+(?:day|night|morning|afternoon|evening)\b
        |\b[Tt]he\s+day\s+(?:before|after)\b(?=\s*(?:[,.;:)—–]|$))|\b[Aa]t\s+the\s+time\b)
    )
    """,
    re.VERBOSE,
)
#: A word every match of :data:`_PATTERN` holds: a paragraph without one has no time words, and
#: the grammar (slow: many alternatives tried at every character) is not run on it.
_ANCHOR_WORDS = (
    r"day\b|night|morning|afternoon|evening|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
    r"|\b(?:1[89]|20)\d\d\b|week|month|year|ago\b|[Tt]oday|[Tt]onight|\b[Aa]t\s+the\s+time\b"
    r"|Christmas|New\s+Year"
)
#: :data:`_ANCHOR_WORDS` rewritten so that every alternative opens with a literal character:
#: re then skips to the next place one of those characters stands in a C loop, instead of
#: trying the pattern at every place (half the time of a first-character lookahead on PolNeAR
#: dev; that was ~40% less than the bare words). A word start (``\b``) before a first letter
#: or digit becomes a lookbehind just after it (``J(?<!\wJ)``: no word character before the
#: J), and ``[Tt]`` two alternatives. At any place at most one alternative can match (none is
#: a prefix of another), so the order does not matter: the same matches as the bare words
#: (tests/test_quote_time.py holds them to it).
_ANCHOR = re.compile(
    r"day\b|night|morning|afternoon|evening|week|month|year|ago\b"
    r"|today|Today|tonight|Tonight|Christmas|New\s+Year"
    r"|J(?<!\wJ)(?:an|un|ul)|F(?<!\wF)eb|M(?<!\wM)(?:ar|ay)|A(?<!\wA)(?:pr|ug|t\s+the\s+time\b)"
    r"|S(?<!\wS)ep|O(?<!\wO)ct|N(?<!\wN)ov|D(?<!\wD)ec|a(?<!\wa)t\s+the\s+time\b"
    r"|1(?<!\w1)[89]\d\d\b|2(?<!\w2)0\d\d\b"
)
#: Words that open a time expression but are not part of what it names (kept out of a mention).
_LEADING = re.compile(r"^(?:over|at|on|during)\s+(?=the\s+weekend)|^[Aa]t\s+(?=the\s+time)")


@dataclass(frozen=True)
class TimeWords:
    """A time expression at ``[start, end)`` of the text searched, and what it names: an ISO
    8601 (partial) date, or None when it cannot be resolved (no published date, or words that
    point at another time in the story)."""

    start: int
    end: int
    text: str
    value: str | None
    #: for words that point at another time of the story ("at the time", "the next day"): how
    #: many days after that time they name (None for any other words; "at the time" is 0)
    shift: int | None = None


def published_day(published: str | None) -> date | None:
    """The day of an ISO 8601 published date or date-time; None for none or a partial date."""
    if not published or len(published) < 10:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


def find_time_words(text: str, published: date | None = None, start: int = 0) -> list[TimeWords]:
    """Every time expression in ``text`` (offsets plus ``start``), in order, with its value
    against ``published`` (:func:`published_day`)."""
    found: list[TimeWords] = []
    for lo, hi in _windows(text):
        for m in _PATTERN.finditer(text, lo, hi):
            words = m.group(0)
            lead = _LEADING.match(words)
            a = m.start() + (lead.end() if lead else 0)
            value = _value(m, published)
            shift = _shift(words) if m.lastgroup == "anaphor" else None
            found.append(TimeWords(start + a, start + m.end(), text[a : m.end()], value, shift))
    return found


#: How far a time expression reaches around its anchor word ("Tuesday, March 15, 2016" holds
#: three): the grammar runs on these windows only (lookbehinds still see the text before).
_REACH = 48


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` around every :data:`_ANCHOR`, merged, where the grammar is run."""
    out: list[tuple[int, int]] = []
    for m in _ANCHOR.finditer(text):
        lo, hi = max(0, m.start() - _REACH), min(len(text), m.end() + _REACH)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    # a window must not start inside a word: the grammar's \b would see a word start there
    return [(_word_start(text, lo), hi) for lo, hi in out]


def _word_start(text: str, at: int) -> int:
    while at > 0 and text[at - 1].isalnum():
        at -= 1
    return at


def _value(m: re.Match[str], pub: date | None) -> str | None:
    """The ISO value of one match of :data:`_PATTERN` (None when it cannot be resolved)."""
    kind = m.lastgroup
    g = m.group
    if kind == "iso":
        return g("iso")
    if kind in ("mdy", "dmy"):
        month, day, year = _month(g(f"{kind}_m")), int(re.sub(r"\D", "", g(f"{kind}_d"))), None
        if g(f"{kind}_y"):
            year = int(g(f"{kind}_y"))
        return _day_of(year, month, day, pub)
    if kind == "my":
        return f"{int(g('my_y')):04d}-{_month(g('my_m')):02d}"
    if kind == "year":
        return g("year_y")
    if pub is None or kind == "anaphor":
        return None
    if kind == "holiday":
        month, day = _HOLIDAYS[" ".join(g("holiday").lower().split())]
        return _day_of(None, month, day, pub)
    if kind == "wd":
        back = (pub.weekday() - WEEKDAYS.index(g("wd_d").lower())) % 7
        if back == 0 and (g("wd_last") or "").lower() == "last":
            back = 7
        return (pub - timedelta(days=back)).isoformat()
    if kind == "yday":
        return (pub - timedelta(days=1)).isoformat()
    if kind == "today":
        return pub.isoformat()
    if kind == "rel":
        return _relative(g("rel_w").lower().split()[-1], g("rel_u"), pub)
    if kind == "wkend":
        return _week(pub - timedelta(days=(pub.weekday() - 5) % 7))
    if kind == "ago":
        n = _NUMBERS.get(" ".join(g("ago_n").lower().split()))
        if n is None and g("ago_n").isdigit():
            n = int(g("ago_n"))
        return _ago(n, g("ago_u"), pub) if n else None
    if kind == "mon":
        month = _month(g("mon_m"))
        year = pub.year if month <= pub.month else pub.year - 1
        return f"{year:04d}-{month:02d}"
    return None


def _month(word: str) -> int:
    low = word.lower().rstrip(".")
    return MONTHS.index(low) + 1 if low in MONTHS else _MONTH_ABBR[low]


def _day_of(year: int | None, month: int, day: int, pub: date | None) -> str | None:
    """A day given as month and day (and year): without a year, the latest not after ``pub``."""
    if year is None:
        if pub is None:
            return None
        year = pub.year if (month, day) <= (pub.month, pub.day) else pub.year - 1
    try:
        return date(year, month, day).isoformat()
    except ValueError:  # "February 30"
        return None


def _week(day: date) -> str:
    """The ISO week holding ``day``: '2016-W10'."""
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def _relative(which: str, unit: str, pub: date) -> str:
    """'last'/'this'/'past'/'previous' + week, month, year or weekend, against ``pub``."""
    before = which in ("last", "past", "previous")
    if unit == "week":
        return _week(pub - timedelta(days=7) if before else pub)
    if unit == "weekend":  # the last Saturday on or before publication; 'last' on a weekend:
        saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)  # the one before
        if before and pub.weekday() >= 5:
            saturday -= timedelta(days=7)
        return _week(saturday)
    if unit == "month":
        year, month = (pub.year, pub.month - 1) if before else (pub.year, pub.month)
        if month == 0:
            year, month = year - 1, 12
        return f"{year:04d}-{month:02d}"
    return f"{pub.year - 1 if before else pub.year:04d}"


def _ago(n: int, unit: str, pub: date) -> str:
    """'n days/weeks/months/years ago' at the precision of its unit."""
    if unit == "day":
        return (pub - timedelta(days=n)).isoformat()
    if unit == "week":
        return _week(pub - timedelta(days=7 * n))
    if unit == "month":
        months = pub.year * 12 + pub.month - 1 - n
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return f"{pub.year - n:04d}"


def _shift(words: str) -> int:
    """Days from the time pointed at to the time named: "the next day" 1, "the day before"
    -1, "at the time", "that day", "later that day" 0."""
    low = " ".join(words.lower().split())
    if low.startswith(("the next", "the following")) or low == "the day after":
        return 1
    if low.startswith("the previous") or low == "the day before":
        return -1
    return 0
