"""Dates and times as pages write them -> ISO 8601 strings.

One place for date rules, shared by the text and HTML extractors. It reads:

- ISO forms: ``2016-03-16``, ``2016-03-16T10:00:00Z``, ``2016-03-16 10:00+01:00``, ``20160316``
  (the last only as a whole string);
- numeric forms: ``15/03/2016``, ``15.03.2016``, ``15-03-16``, ``2016/03/15`` (day first unless
  the day slot is > 12 or ``dayfirst=False``: most of the world writes day first; US pages that
  write ``03/15/2016`` are read right whenever the day is > 12);
- month names in English, French, German, Spanish, Italian, Portuguese and Dutch, full and
  abbreviated, with or without accents: ``March 15, 2016 3:04 PM``, ``15 mars 2016``,
  ``15. März 2016``, ``15 de marzo de 2016``, ``1er avril 2016``, ``Wed 16 Mar 2016``, and a
  month name before a two-digit day glued to its year (``Apr 042013``: a blog's date box of
  three spans);
- a time next to the date (``3:04 PM``, ``15h04``, ``10.30 Uhr``, ``1:39 am EST``), with a few
  common zone abbreviations turned into offsets;
- RFC 2822 (``Tue, 15 Mar 2016 10:00:00 GMT``), via the standard library.

Not handled: relative dates ("2 hours ago"), other scripts and calendars, month-and-year only.
Every result is checked for plausibility: a year before :data:`MIN_YEAR` or a date after the
capture date (``not_after``, plus a day for time zones) is rejected, since such a "publication
date" is a historical reference in the text or a parsing error.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

#: Earliest plausible publication year. News on the web starts in the mid 1990s; archives that
#: digitised older papers exist, so the extractor keeps this low and relies on ``not_after``.
MIN_YEAR = 1980
#: Latest plausible year when no capture date is known (pages announcing far-future events carry
#: such dates in their text; a publication date cannot be in the far future).
MAX_YEAR = date.today().year + 1

_MONTH_NAMES: dict[int, tuple[str, ...]] = {
    # en, fr, de, es, it, pt, nl (full names, then abbreviations); accents are folded when matching.
    1: (
        "january",
        "jan",
        "janvier",
        "janv",
        "januar",
        "janner",
        "enero",
        "ene",
        "gennaio",
        "gen",
        "janeiro",
        "januari",
    ),
    2: (
        "february",
        "feb",
        "febr",
        "fevrier",
        "fevr",
        "fev",
        "februar",
        "febrero",
        "febbraio",
        "fevereiro",
        "februari",
    ),
    3: ("march", "mar", "mars", "marz", "maerz", "mrz", "marzo", "marco", "maart", "mrt"),
    4: ("april", "apr", "avril", "avr", "abril", "abr", "aprile"),
    5: ("may", "mai", "mayo", "maggio", "mag", "maio", "mei"),
    6: ("june", "jun", "juin", "juni", "junio", "giugno", "giu", "junho"),
    7: ("july", "jul", "juillet", "juil", "juli", "julio", "luglio", "lug", "julho"),
    8: ("august", "aug", "aout", "agosto", "ago", "augustus"),
    9: (
        "september",
        "sep",
        "sept",
        "septembre",
        "septiembre",
        "setiembre",
        "settembre",
        "set",
        "setembro",
    ),
    10: (
        "october",
        "oct",
        "octobre",
        "oktober",
        "okt",
        "octubre",
        "ottobre",
        "ott",
        "outubro",
        "out",
    ),
    11: ("november", "nov", "novembre", "noviembre", "novembro"),
    12: (
        "december",
        "dec",
        "decembre",
        "dezember",
        "dez",
        "diciembre",
        "dic",
        "dicembre",
        "dezembro",
    ),
}
#: Russian, Ukrainian and Polish months as dates write them, in the genitive ("15 августа
#: 2016", "3 березня 2021", "12 października 2020"; Polish accents folded). Full names only:
#: their abbreviations are common words.
_GENITIVE_MONTHS: dict[int, tuple[str, ...]] = {
    1: ("января", "січня", "stycznia"),
    2: ("февраля", "лютого", "lutego"),
    3: ("марта", "березня", "marca"),
    4: ("апреля", "квітня", "kwietnia"),
    5: ("мая", "травня", "maja"),
    6: ("июня", "червня", "czerwca"),
    7: ("июля", "липня", "lipca"),
    8: ("августа", "серпня", "sierpnia"),
    9: ("сентября", "вересня", "wrzesnia"),
    10: ("октября", "жовтня", "pazdziernika"),
    11: ("ноября", "листопада", "listopada"),
    12: ("декабря", "грудня", "grudnia"),
}
MONTHS: dict[str, int] = {
    name: num
    for table in (_MONTH_NAMES, _GENITIVE_MONTHS)
    for num, names in table.items()
    for name in names
}

#: Zone abbreviations common on news pages, as UTC offsets in hours. Ambiguous ones (IST, CST in
#: China) take their most common news-page meaning.
ZONES: dict[str, float] = {
    "utc": 0, "gmt": 0, "z": 0, "wet": 0, "bst": 1, "cet": 1, "met": 1, "mez": 1, "cest": 2,
    "mesz": 2, "eet": 2, "eest": 3, "msk": 3, "ist": 5.5, "jst": 9, "kst": 9, "aest": 10,
    "aedt": 11, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8,
    "pdt": -7, "et": -5, "pt": -8,
}  # fmt: skip

_ZONE_RE = "|".join(sorted(ZONES, key=len, reverse=True))
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|e|º|°)?\.?"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_MON = rf"(?P<mon>{_MONTH_RE})\.?"
_TIME = (
    r"(?P<hour>[0-2]?\d)(?:[:h.](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d)(?:\.\d+)?)?)"
    r"\s*(?P<ampm>[ap]\.?\s?m\.?)?(?:\s*(?:uhr|hrs?|h)\b)?"
    rf"(?:\s*(?P<tz>(?:utc|gmt)\s?[+-]\s?\d{{1,2}}(?::?\d\d)?|(?:{_ZONE_RE})\b|[+-]\d\d:?\d\d))?"
)

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "iso",
        re.compile(
            r"(?<!\d)(?P<year>(?:1[89]|20)\d\d)-(?P<month>[01]?\d)-(?P<day>[0-3]?\d)"
            r"(?:[t ](?P<hour>[0-2]\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d)(?:[.,]\d+)?)?"
            r"\s?(?P<tz>z|[+-]\d\d(?::?\d\d)?)?)?(?!\d)"
        ),
    ),
    ("ymd", re.compile(
        r"(?<![\d.])(?P<year>(?:1[89]|20)\d\d)[/.](?P<month>[01]?\d)[/.](?P<day>[0-3]?\d)(?!\d)"
    )),
    ("dmy_name", re.compile(
        rf"(?<![\w]){_DAY}\s*(?:de\s+|-|/)?{_MON}\s*(?:de\s+|del\s+|,\s*|-|/)?{_YEAR}(?!\d)"
    )),
    ("mdy_name", re.compile(rf"(?<![\w]){_MON}\s*(?:{_DAY})\s*(?:,\s*|\s)\s*{_YEAR}(?!\d)")),
    # a blog's date box of three spans, day and year with no space between: "Apr 042013"
    ("mdy_glued", re.compile(rf"(?<![\w]){_MON}\s*(?P<day>[0-3]\d){_YEAR}(?!\d)")),
    ("numeric", re.compile(
        r"(?<![\d/.:-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[01]?\d)(?P=sep)"
        r"(?P<year>(?:1[89]|20)?\d\d)(?![\d/.:-]|\.\d)"
    )),
]  # fmt: skip
_DIGIT = re.compile(r"\d")
_TIME_RE = re.compile(rf"(?<![\w:.]){_TIME}(?![\w:])")


@dataclass(frozen=True)
class DateMatch:
    """A date found in a string: its ISO form and where it was written (``text[start:end]``)."""

    iso: str
    start: int
    end: int


def fold(text: str) -> str:
    """Lower-case and strip accents, keeping string length (so match offsets stay valid)."""
    out = []
    for ch in text.lower():
        if ch.isascii():
            out.append(ch)
            continue
        base = unicodedata.normalize("NFD", ch)[0]
        out.append(base if base.isascii() else ch)
    return "".join(out)


def parse_date(
    text: str, *, not_after: date | datetime | None = None, dayfirst: bool = True
) -> str | None:
    """The date (and time, when written) in ``text`` as an ISO string, or None.

    ``text`` is a string that holds a date, possibly with a label around it ("Published on
    15 March 2016 at 10:00"). ``not_after`` is the capture date: later dates are rejected.

    >>> parse_date("15 mars 2016")
    '2016-03-15'
    >>> parse_date("March 15, 2016 3:04 PM")
    '2016-03-15T15:04:00'
    """
    found = find_date(text, not_after=not_after, dayfirst=dayfirst)
    if found:
        return found.iso
    stripped = text.strip()
    if re.fullmatch(r"(?:19|20)\d\d[01]\d[0-3]\d", stripped):  # compact ISO, whole string only
        return _checked(date(int(stripped[:4]), int(stripped[4:6]), int(stripped[6:])), not_after)
    try:  # RFC 2822, as in HTTP headers and RSS feeds
        parsed = parsedate_to_datetime(stripped)
    except (TypeError, ValueError, IndexError):
        return None
    return _checked(parsed, not_after)


def find_date(
    text: str, *, not_after: date | datetime | None = None, dayfirst: bool = True
) -> DateMatch | None:
    """The first plausible date written in ``text``, with a time when one stands next to it."""
    for match in find_dates(text, not_after=not_after, dayfirst=dayfirst):
        return match
    return None


def find_dates(
    text: str, *, not_after: date | datetime | None = None, dayfirst: bool = True
) -> list[DateMatch]:
    """Every plausible date written in ``text``, in order of position."""
    if len(text) > 2000 or not _DIGIT.search(text):
        return []
    folded = fold(text)
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(folded):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            day = _date_of(kind, m, dayfirst)
            if day is None:
                continue
            iso, end = _with_time(folded, m, kind, day, not_after)
            if iso is None:
                continue
            taken.append((m.start(), end))
            found.append(DateMatch(iso, m.start(), end))
    return sorted(found, key=lambda d: d.start)


def _date_of(kind: str, m: re.Match[str], dayfirst: bool) -> date | None:
    g = m.groupdict()
    try:
        if kind in ("iso", "ymd"):
            return date(int(g["year"]), int(g["month"]), int(g["day"]))
        if kind in ("dmy_name", "mdy_name", "mdy_glued"):
            return date(int(g["year"]), MONTHS[g["mon"]], int(g["day"]))
        a, b, year = int(g["a"]), int(g["b"]), int(g["year"])
        if year < 100:
            year += 2000 if year <= (date.today().year % 100) + 1 else 1900
        day, month = (a, b) if (dayfirst or b > 12) and a <= 31 and b <= 12 else (b, a)
        if month > 12:
            return None
        return date(year, month, day)
    except (ValueError, KeyError):
        return None


def _with_time(
    folded: str, m: re.Match[str], kind: str, day: date, not_after: date | datetime | None
) -> tuple[str | None, int]:
    """ISO string of the date plus the time written in or next to the match, and the match end."""
    g = m.groupdict()
    end = m.end()
    hour = minute = second = None
    tz = None
    if kind == "iso" and g.get("hour"):
        hour, minute, second, tz = g["hour"], g["minute"], g.get("second"), g.get("tz")
    else:
        t = _time_near(folded, m)
        if t is not None:
            tg = t.groupdict()
            hour, minute, second, tz = tg["hour"], tg["minute"], tg["second"], tg["tz"]
            ampm = (tg["ampm"] or "").replace(".", "").replace(" ", "")
            h = int(hour)
            if ampm == "pm" and h < 12:
                h += 12
            elif ampm == "am" and h == 12:
                h = 0
            hour = str(h)
            end = max(end, t.end())
    if _checked(day, not_after) is None:
        return None, end
    if hour is None or int(hour) > 23:
        return day.isoformat(), end
    stamp = f"{day.isoformat()}T{int(hour):02d}:{int(minute or 0):02d}:{int(second or 0):02d}"
    return stamp + _offset(tz), end


def _time_near(folded: str, m: re.Match[str]) -> re.Match[str] | None:
    """A time written within a few characters after (or before) the date match."""
    after = _TIME_RE.search(folded, m.end(), min(len(folded), m.end() + 40))
    if (
        after
        and re.fullmatch(
            r"[\s,|/\-–—@]*(?:at|a|à|um|alle|às|om|las|,)?[\s,|/\-–—]*",
            folded[m.end() : after.start()],
        )
        and after.group("minute")
        and _is_time(folded, after)
    ):
        return after
    before = None
    for t in _TIME_RE.finditer(folded, max(0, m.start() - 40), m.start()):
        before = t if _is_time(folded, t) else None
    if (
        before
        and before.group("minute")
        and re.fullmatch(
            r"[\s,|/\-–—]*(?:[a-z]+day|[a-z]{3}\.?|on)?[\s,|/\-–—]*",
            folded[before.end() : m.start()],
        )
    ):
        return before
    return None


def _is_time(folded: str, t: re.Match[str]) -> bool:
    """A time, not the start of another date: "25.10" in "23.10.2015 - 25.10.2015" is a day
    and a month (an hour stops at 23, and a date's year follows)."""
    return int(t.group("hour")) <= 23 and not re.match(r"\.\d", folded[t.end() : t.end() + 2])


def _offset(tz: str | None) -> str:
    if not tz:
        return ""
    tz = tz.replace(" ", "")
    if tz == "z":
        return "+00:00"
    sign_at = max(tz.rfind("+"), tz.rfind("-"))
    if sign_at >= 0:
        digits = tz[sign_at + 1 :].replace(":", "")
        hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "00")
        return f"{tz[sign_at]}{int(hours):02d}:{minutes}"
    hours = ZONES.get(tz)
    if hours is None:
        return ""
    sign = "-" if hours < 0 else "+"
    whole, frac = divmod(abs(hours), 1)
    return f"{sign}{int(whole):02d}:{int(frac * 60):02d}"


#: Words that say a date is the publication's: "Veröffentlicht am", "Published:", "Erschienen
#: am", "Posted on", "Datum:", "Publié le", "Publicado el", "Pressemitteilung vom", "Mis en
#: ligne le"...
_PUBLISHED_LABEL = re.compile(
    r"\b(?:ver[oö]ffentlicht|publiziert|erschienen|erstellt|gespeichert|eingestellt|published|"
    r"posted|publi[ée]|publicado|pubblicato|datum|date|fecha|data|"
    r"(?:presse|medien)mitteilung vom|press release|communiqué de presse du|mise? en ligne)\b",
    re.I,
)
CHANGE_WORD = re.compile(r"updat|modif|änder|aender|aktualis|revis|edit|mis à jour|actualiz", re.I)
#: Labels of a day that is not the publication's: an event's or an appointment's ("Termin:
#: Montag, 15. November 2021 um 10.30 Uhr"), the end of a video's or an offer's availability
#: ("Video verfügbar bis: 14.10.2020"), a deadline ("Antworten bis 23.06.2006", "Deadline:
#: 15. März 2020"), an event's hours ("30. März 2020, 13:15 Uhr - 19:00 Uhr"), the day a
#: cited source was read ("Retrieved 12 May 2014", "abgerufen am", "[引用日期2014-05-19]"). An
#: event's hours are two clock times, not a machine stamp's time and offset ("T10:02:00-05:00").
OTHER_DAY_LABEL = re.compile(
    r"\b(?:termin|veranstaltungsdatum|event date|verf[uü]gbar bis|available until|"
    r"g[uü]ltig bis|valid until|expires|disponible jusqu|deadline|einsendeschluss|"
    r"anmeldeschluss|bis\s+(?:zum\s+)?\d|until\s+\d|abgerufen am|accessed|retrieved|"
    r"consult[ée] le)|引用日期|访问日期|"
    r"(?<![\d:.])[0-2]?\d[:.]\d\d(?![:\d])\s*(?:uhr|h)?\s*[-–]\s*[0-2]?\d[:.]\d\d",
    re.I,
)


def other_days(lines: list[str | None]) -> set[str]:
    """The days ("YYYY-MM-DD") that ``lines`` label as another day's than the publication's
    (``OTHER_DAY_LABEL``: "30. März 2020, 13:15 Uhr - 19:00 Uhr", "Termin: ..."). The same
    day printed again on its own ("Freitag, 30. März 2020" on that event's page) is that
    day again, not the page's (``only_days``)."""
    return {d.iso[:10] for v in lines if v and OTHER_DAY_LABEL.search(v) for d in find_dates(v)}


def only_days(line: str, days: set[str]) -> bool:
    """Whether ``line`` prints a date and every date it prints is one of ``days``."""
    found = {d.iso[:10] for d in find_dates(line)} if days else set()
    return bool(found) and found <= days


#: How far after its label a labelled date may stand ("Veröffentlicht von X am 3. Mai 2020").
LABEL_REACH = 40


def opening_labelled_date(text: str, *, not_after: date | datetime | None = None) -> str | None:
    """The labelled date a longer block opens with ("Pressemitteilung vom 25. Januar 2022 |
    Berlin – Die künftige Zusammenarbeit ...": a standfirst that starts with the release's
    dateline), or None. Only a release or publication label that opens the block counts: a
    paragraph may well start "Data from 12 March 2020 show ..."."""
    if not _OPENING_LABEL.match(text):
        return None
    return labelled_date(text[:OPENING_CHARS], not_after=not_after)


#: How far into a block its opening dateline may reach.
OPENING_CHARS = 80
#: Labels a block may open with to date the page: a release's, a publication's.
_OPENING_LABEL = re.compile(
    r"\W{0,3}(?:(?:presse|medien)mitteilung|press release|communiqué de presse|"
    r"ver[oö]ffentlicht|published|publi[ée]|publicado|mise? en ligne)\b",
    re.I,
)


def labelled_date(text: str, *, not_after: date | datetime | None = None) -> str | None:
    """The date a publication label introduces in a short line ("Veröffentlicht am: 6. August
    2009", "Letzte Änderung: 31.10.2023 Erschienen am: 01.11.2023" -> the second), or None.
    A date with no such label (a comment's, an event's) is not taken."""
    if len(text) > 200:
        return None
    dates = find_dates(text, not_after=not_after)
    for label in _PUBLISHED_LABEL.finditer(text):
        if CHANGE_WORD.search(text[max(0, label.start() - 20) : label.start()]):
            continue  # "Updated date:", "Änderungsdatum": not the publication's
        for found in dates:
            if label.end() <= found.start <= label.end() + LABEL_REACH:
                return found.iso
    return None


def leading_date(text: str, *, not_after: date | datetime | None = None) -> str | None:
    """A date that opens a paragraph as its dateline ("29.11.2022 – Mehrfach hatte ...",
    "(21. November 2022) Energieverbraucher ...": press releases and agency copy; "01.02.2022
    „Der Arbeitsmarkt ist ...": a press release opening on its first quote), or None."""
    head = text[:60]
    found = find_date(head, not_after=not_after)
    if found is None or found.start > 1:
        return None
    return found.iso if re.match(r"\s*[-–—:|)„“«\"]", head[found.end :]) else None


def _checked(value: date | datetime, not_after: date | datetime | None) -> str | None:
    """``value`` in ISO form if it is a plausible publication date, else None."""
    day = value.date() if isinstance(value, datetime) else value
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        return None
    if not_after is not None:
        limit = not_after.date() if isinstance(not_after, datetime) else not_after
        if day > limit + timedelta(days=1):
            return None
    return value.isoformat()


__all__ = [
    "MIN_YEAR",
    "MONTHS",
    "DateMatch",
    "find_date",
    "find_dates",
    "fold",
    "labelled_date",
    "leading_date",
    "only_days",
    "opening_labelled_date",
    "other_days",
    "parse_date",
]


#: Standard UTC offsets (hours) of countries whose pages store times in UTC but print their
#: own day, by country code (a host's country-code TLD, a language tag's region); and whether
#: the country keeps summer time (European rules, April to October, near enough for a day).
_COUNTRY_OFFSETS: dict[str, tuple[float, bool]] = {
    **dict.fromkeys(["gb", "uk", "ie", "pt"], (0, True)),
    **dict.fromkeys(
        ["de", "at", "ch", "fr", "it", "es", "nl", "be", "lu", "dk", "se", "no", "pl", "cz",
         "sk", "hu", "si", "hr", "rs", "ba", "mk", "al", "li", "mt"],
        (1, True),
    ),
    **dict.fromkeys(["fi", "ee", "lv", "lt", "gr", "ro", "bg", "ua", "cy"], (2, True)),
    **dict.fromkeys(["ar", "br", "uy"], (-3, False)),
    **dict.fromkeys(["bo", "ve", "cl", "py"], (-4, False)),
    **dict.fromkeys(["co", "pe", "ec", "pa"], (-5, False)),
    "mx": (-6, False),
    "in": (5.5, False),
    "cn": (8, False),
    "tw": (8, False),
    "hk": (8, False),
    "sg": (8, False),
    "jp": (9, False),
    "kr": (9, False),
}  # fmt: skip
#: Languages spoken mostly in one time zone, for a page whose host names no country.
_LANGUAGE_COUNTRY = {"de": "de", "it": "it", "nl": "nl", "pl": "pl", "cs": "cz", "ja": "jp",
                     "ko": "kr", "fi": "fi", "da": "dk", "sv": "se", "hu": "hu"}  # fmt: skip
_UTC_STAMP = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?)(?:Z|[+-]00:?00)$")


def publisher_country(host: str | None, lang: str | None) -> str | None:
    """The country a page is published in, as far as the page says: its host's country-code
    TLD (``www.kas.de``, ``eldeber.com.bo``), else its language tag's region (``es-CO``,
    ``de_AT``), else a language spoken in one country's time zone (``de``, ``ja``)."""
    tld = (host or "").rstrip(".").rsplit(".", 1)[-1].lower()
    if tld in _COUNTRY_OFFSETS:
        return tld
    parts = re.split(r"[-_]", (lang or "").strip().lower())
    if len(parts) > 1 and parts[1] in _COUNTRY_OFFSETS:
        return parts[1]
    return _LANGUAGE_COUNTRY.get(parts[0]) if parts[0] else None


def publisher_time(stamp: str, country: str | None) -> str | None:
    """A UTC time stamp in the time zone of the country the page is published in, when the
    calendar day differs ("2021-11-04T23:00:00Z" on a German page ->
    "2021-11-05T00:00:00+01:00", the same instant); else None.

    Sites store times in UTC and print them in their own time zone: the reader's day, the one
    the page shows, is the local one."""
    m = _UTC_STAMP.match(stamp.strip())
    if not m or country not in _COUNTRY_OFFSETS:
        return None
    try:
        utc = datetime.fromisoformat(m.group(1)).replace(tzinfo=UTC)
    except ValueError:
        return None
    offset, summer = _COUNTRY_OFFSETS[country]
    if summer and 4 <= utc.month <= 10:
        offset += 1
    local = utc.astimezone(timezone(timedelta(hours=offset)))
    return local.isoformat() if local.date() != utc.date() else None
