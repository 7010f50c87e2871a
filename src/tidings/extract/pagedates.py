"""The publication and modification dates of an HTML page, chosen among the dates it holds.

A page holds many dates: its metadata's (JSON-LD, meta tags), the one in its URL, the <time>
elements and datelines printed with the article, and teasers', comments' and sidebars' dates
all around it. ``choose_dates`` trusts them in that order, because the metadata and the URL
name this page alone while printed dates may be anyone's; it reads the page's local day where
a UTC stamp would shift it, and never returns a date after the capture. How one date string
is read (formats, languages, time zones) is ``tidings.extract.dates``, shared with the text
extractor; this module only decides which of the page's dates is which.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from tidings.extract.dates import (
    CHANGE_WORD,
    OTHER_DAY_LABEL,
    find_dates,
    leading_date,
    only_days,
    other_days,
    parse_date,
    publisher_country,
    publisher_time,
)
from tidings.extract.metadata import (
    Signals,
    host_name,
    is_article_object,
    jsonld_types,
    string_value,
)

#: Meta tags naming the publication date (OpenGraph, Dublin Core, schema.org, CMS plug-ins).
_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date",
    "dc:date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
    "dcterms:created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "cxenseparse:recs:publishtime",
    "citation_publication_date",
)
#: Date tags that do not say which date they are (sites fill them with the time of the last
#: change, or of the page's rendering): after the article's own <time> elements.
_WEAK_DATE_META = ("date",)
#: Meta tags naming the date of the last change.
_MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "last-modified",
)


def choose_dates(
    sig: Signals,
    obj: dict[str, Any],
    url: str | None,
    not_after: datetime | None,
    times: list[str],
    visible: list[str],
    page_day: Callable[[], str | None] | None = None,
) -> tuple[str | None, str | None]:
    """(published, modified), ISO 8601, never after ``not_after`` (the capture).

    Published, in order: JSON-LD datePublished (a WebPage's only on a page typed article),
    meta tags that name the publication date; then a date in the URL; then <time> elements of
    the article (``times``: never a teaser's, see htmlbody.times_near), a dateline printed with
    the article (``visible``), a day opening the page's title ("08.11.2021 | Online-Fachtag"),
    a bare <meta name="date">, the one day the page prints (``page_day``, called only when
    nothing else gave a date). A metadata date no line with the article prints yields to the
    one day the page prints there (``_printed_over_unprinted``). Modified: JSON-LD
    dateModified, then meta tags. A UTC stamp from the metadata is given in the publisher's
    time zone (from the host's country or the page's language) when that moves its day:
    readers see the local day; so does a dateline printing the stamp's instant in local time
    (``_printed_clock``).
    """
    # a WebPage's datePublished is when the CMS page was made (Yoast writes one for every page,
    # "About us" included): a publication date only on a page that calls itself an article
    page_only = not is_article_object(obj)
    undated_page = page_only and sig.meta.get("og:type", "").lower() != "article"
    candidates = [None if undated_page else string_value(obj.get("datePublished"))]
    candidates += [sig.meta.get(k) for k in _PUBLISHED_META]
    in_url = url_date(url, not_after)
    found = [d for c in candidates if c and (d := as_date(c, not_after))]
    printed = [v for v in visible if v and find_dates(v)][:VISIBLE_DATES]
    published = _seen(found, printed, not_after)
    modified = _modified(sig, obj, not_after)
    if published and page_day is not None:
        published = _printed_over_unprinted(published, printed, page_day, modified)
    if published:
        if not in_url:  # no local day in the URL: the publisher's time zone tells it
            country = publisher_country(host_name(url), sig.lang or sig.meta.get("og:locale"))
            published = publisher_time(published, country) or published
        published = _printed_clock(published, printed)
        return local_day(published, in_url), modified
    # what the page prints near the article can be a teaser's or a comment's date: a date in
    # the URL, which names this page alone, comes first
    # a printed line labelled as another day (an event's, an offer's end) is no publication
    # date, nor is that day printed again on its own ("Freitag, 30. März 2020" on the page of
    # an event held "30. März 2020, 13:15 Uhr - 19:00 Uhr"); one saying it is an update comes
    # after every other printed date; so is the day of an event the page describes in its
    # JSON-LD (a match report printing its kick-off "28 września 2020, 18:00")
    other = other_days(visible) | _event_days(sig)
    lines = [v for v in visible if v and not OTHER_DAY_LABEL.search(v) and not only_days(v, other)]
    changes = [v for v in lines if CHANGE_WORD.search(v)]
    lines = [v for v in lines if v not in changes] + changes
    titled = [leading_date(t or "") for t in (sig.meta.get("og:title"), sig.title_tag)]
    weak = [in_url, *times, *lines, *titled, *(sig.meta.get(k) for k in _WEAK_DATE_META)]
    month = url_month(url)
    published = next(
        (
            d
            for c in weak
            if c and (d := as_date(c, not_after)) and (not month or d.startswith(month))
        ),
        None,
    )
    if published is None and page_day is not None:  # the page's one printed day, read last
        published = as_date(page_day(), not_after)
        if published and published[:10] in other:
            published = None
    return published, modified


def _event_days(sig: Signals) -> set[str]:
    """The days of the events the page's JSON-LD describes (an Event's, a SportsEvent's
    ``startDate`` and ``endDate``): an event's days, not the page's publication."""
    days = set()
    for obj in sig.jsonld:
        if any(t.endswith("Event") for t in jsonld_types(obj)):
            for key in ("startDate", "endDate"):
                if (value := string_value(obj.get(key))) and (day := as_date(value, None)):
                    days.add(day[:10])
    return days


#: Dates printed with the article (its datelines, nearest first) that may confirm one of the
#: metadata's publication dates. Lines that hold no date (a row of share buttons, a desk's
#: name between the dateline and the headline) do not count towards it.
VISIBLE_DATES = 6


def _seen(found: list[str], printed: list[str], not_after: datetime | None) -> str | None:
    """The first of the metadata's publication dates (``found``), unless they disagree and the
    page prints the day of a later one with the article: a JSON-LD ``datePublished`` that is
    the day the page was made, beside an ``article:published_time`` and a dateline that say
    the day it went out ("2022-01-04" in JSON-LD, "06.01.2022" above the text and in the meta
    tag) - the reader sees the printed day. A line that says it is an update ("Updated Jul 24,
    2018") confirms nothing."""
    if len({d[:10] for d in found}) < 2:
        return found[0] if found else None
    days = {
        d[:10] for p in printed if p and not CHANGE_WORD.search(p) and (d := as_date(p, not_after))
    }
    return next((d for d in found if d[:10] in days), found[0])


def _printed_over_unprinted(
    published: str,
    printed: list[str],
    page_day: Callable[[], str | None],
    modified: str | None = None,
) -> str:
    """The day the page prints with the article, over a metadata date it never prints.

    A page that prints one day of its own (``page_day``: at most PAGE_DAY_LINES dates up to the
    body's end, all that day) on a line with the article (a dateline, ``printed``), while no
    line with the article holds the metadata's day: the metadata holds the day the CMS record
    was made or last saved ("dc.date" 2021-12-20 on a news item printed "27.01.2022" above its
    headline; an ``article:published_time`` a second apart from the modified time). Readers
    see the printed day. A line that says it is an update ("Updated Jul 24, 2018") prints no
    publication day. The metadata's day stands when a line with the article holds it, when
    the printed day is one day off a UTC stamp (UTC against the local day), or is the same
    digits read the other way ("11/01/2021", month first, for 2021-11-01). A stamp with a
    local offset is a local day already: a printed day one off it is no time zone's doing
    ("mardi 10.12.19" over an essay stamped "2019-12-09T19:00:49+01:00" for the next day's
    edition; "Nov 19, 2019, 10:31 pm CST" under a JSON-LD "2019-11-20T04:31:13-06:00" that is
    the UTC time with the wrong offset). A
    zoneless metadata time one day before the printed one is the draft's ("Di., 25.01.2022 -
    14:45" in ``article:published_time``, "Mittwoch, 26.01.2022 - 14:30" printed). A printed
    day that is the metadata's own ``modified`` day is the last change's, shown without its
    label ("By Federica Lusiardi - 2019-04-10" on a 2018 report last edited then): the
    publication date stays the one the metadata names, and the change date is ``modified``."""
    lines = [p for p in printed if p and not CHANGE_WORD.search(p)]
    days = {d.iso[:10] for p in lines for d in find_dates(_STAMP.sub(" ", p))}
    if not days or published[:10] in days:
        return published
    shown = page_day()
    day = as_date(shown, None) if shown else None
    if not day or day[:10] not in days or (modified and day[:10] == modified[:10]):
        return published  # the metadata's own change day, printed unlabelled: an update's
    try:
        ours, theirs = date.fromisoformat(published[:10]), date.fromisoformat(day[:10])
    except ValueError:
        return published
    zoned = re.search(r"T[\d:.]+(?:Z|[+-]00:?00)$", published) is not None
    swapped = (ours.year, ours.month, ours.day) == (theirs.year, theirs.day, theirs.month)
    if (zoned and abs((ours - theirs).days) <= 1) or swapped:
        return published
    return day


def _printed_clock(published: str, printed: list[str]) -> str:
    """The dateline's own day and time when it prints the metadata's instant in the
    publisher's local time on another day: "3 May, 2022, 11:37 pm" under a stamp
    "2022-05-04T03:37:37+00:00" (same minute, four hours apart) is the evening of May 3 where
    the page was written. A printed time that is not the stamp's (another minute, or more than
    14 hours off) says nothing about it."""
    try:
        stamp = datetime.fromisoformat(published)
    except ValueError:
        return published
    if stamp.tzinfo is None:
        return published
    utc = stamp.astimezone(UTC).replace(tzinfo=None, second=0, microsecond=0)
    for line in printed:
        if not line or CHANGE_WORD.search(line):
            continue
        for found in find_dates(_STAMP.sub(" ", line)):
            if "T" not in found.iso or len(found.iso) > 19:
                continue  # no time, or a time with its own zone: not a local clock
            shown = datetime.fromisoformat(found.iso).replace(second=0)
            hours = (shown - utc).total_seconds() / 3600
            if shown.date() != stamp.date() and hours == int(hours) and abs(hours) <= 14:
                return found.iso
    return published


#: A machine stamp leaked into the text ("Isabell Angele2022-12-07T10:10:52+01:00"): a
#: schema.org property's value, not a day printed for readers.
_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d\S*")


def _modified(sig: Signals, obj: dict[str, Any], not_after: datetime | None) -> str | None:
    modified_c = [string_value(obj.get("dateModified"))] + [sig.meta.get(k) for k in _MODIFIED_META]
    return next((d for c in modified_c if c and (d := as_date(c, not_after))), None)


def local_day(stamp: str, in_url: str | None) -> str:
    """A UTC time stamp (``Z``, ``+00:00``) whose day is one off the date in the URL: the URL's.

    Sites that store times in UTC print them in their own time zone, and the URL carries the
    local day: "2020-02-25T02:25:54+00:00" for a New York article of February 24.
    """
    if not in_url or not re.search(r"T[\d:.]+(Z|[+-]00:?00)$", stamp):
        return stamp
    try:
        delta = date.fromisoformat(stamp[:10]) - date.fromisoformat(in_url[:10])
    except ValueError:
        return stamp
    return in_url if abs(delta.days) == 1 else stamp


def as_date(value: str | None, not_after: datetime | None) -> str | None:
    """An ISO 8601 date (or date-time) from a date string, never after ``not_after``.

    The parsing itself is ``tidings.extract.dates`` (one place for date rules); this only guards
    against unix timestamps and other bare numbers it should not see.
    """
    if not value or len(value) > 200:
        return None
    return parse_date(value.strip(), not_after=not_after)


_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-]([01]?\d)[/-]([0-3]?\d)(?:/|[^\d]|$)")
_URL_MONTH = re.compile(r"/((?:19|20)\d{2})/([01]?\d)/(?![0-3]?\d(?:/|$))")


def url_month(url: str | None) -> str | None:
    """ "YYYY-MM" of a URL that files the page under a year and a month and no day
    (``/2017/09/post-title.html``: Blogger, many WordPress sites), else None. A date printed
    near the post in another month is a comment's, a teaser's or a book's."""
    m = _URL_MONTH.search(url or "")
    if not m or not 1 <= int(m.group(2)) <= 12:
        return None
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}"


def url_date(url: str | None, not_after: datetime | None) -> str | None:
    """A /2019/08/02/ style date in a URL, or a path segment that is a day-first date
    (/meldungen/29-10-2021, /29.10.2021/: press rooms that file a release under its day)."""
    if not url:
        return None
    m = _URL_DATE.search(url)
    if m:
        y, mo, d = (int(x) for x in m.groups())
    elif m := _URL_DAY_FIRST.search(url):
        d, mo, y = (int(m.group(i)) for i in (1, 3, 4))
    else:
        return None
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return as_date(f"{y:04d}-{mo:02d}-{d:02d}", not_after)


_URL_DAY_FIRST = re.compile(r"/([0-3]?\d)([-.])([01]?\d)\2((?:19|20)\d{2})(?:[/?#]|$)")
