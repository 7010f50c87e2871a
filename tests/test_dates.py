"""Dates as pages write them -> ISO strings: (text, expected) pairs."""

from __future__ import annotations

from datetime import date

import pytest

from tidings.extract import dates
from tidings.extract.dates import find_dates, labelled_date, leading_date, parse_date

CAPTURED = date(2020, 1, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2016-03-16", "2016-03-16"),
        ("2016-03-16T10:00:00Z", "2016-03-16T10:00:00+00:00"),
        ("2016-03-16 10:00+01:00", "2016-03-16T10:00:00+01:00"),
        ("20160316", "2016-03-16"),
        ("2016/03/15", "2016-03-15"),
        ("15/03/2016", "2016-03-15"),
        ("03/15/2016", "2016-03-15"),  # the day slot is > 12: read US-style
        ("15.03.16", "2016-03-15"),
        ("March 15, 2016 3:04 PM", "2016-03-15T15:04:00"),
        ("Nov. 19, 2019", "2019-11-19"),
        ("Sept. 3, 2018 at 5:00 p.m. ET", "2018-09-03T17:00:00-05:00"),
        ("Updated 1:39 am EST, Wednesday, November 20, 2019", "2019-11-20T01:39:00-05:00"),
        ("Tue, 15 Mar 2016 10:00:00 GMT", "2016-03-15T10:00:00+00:00"),
        ("15 mars 2016", "2016-03-15"),
        ("Publié le 1er avril 2016 à 10h30", "2016-04-01T10:30:00"),
        ("Mis à jour le 16 août 2016", "2016-08-16"),
        ("15. März 2016, 10.30 Uhr", "2016-03-15T10:30:00"),
        ("Veröffentlicht am 3. Dezember 2019", "2019-12-03"),
        ("15 de marzo de 2016", "2016-03-15"),
        ("19 ago 2019", "2019-08-19"),
        ("12 dicembre 2019 alle 18:30", "2019-12-12T18:30:00"),
        ("3 de dezembro de 2019", "2019-12-03"),
        ("16 maart 2017", "2017-03-16"),
        ("Latest update : 2016-03-16", "2016-03-16"),
    ],
)
def test_dates_parse(text: str, expected: str) -> None:
    assert parse_date(text, not_after=CAPTURED) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("FIAC 2018: Paris's one-stop shop", id="year-only"),
        pytest.param("15 Mar 2026", id="after-capture"),
        pytest.param("on 1 January 1970", id="implausible-year"),
        pytest.param("31/02/2016", id="no-such-day"),
        pytest.param("Call 555-12-34", id="phone"),
        pytest.param("Version 3.10.2", id="version"),
        pytest.param("", id="empty"),
    ],
)
def test_dates_reject(text: str) -> None:
    assert parse_date(text, not_after=CAPTURED) is None


def test_dates_find_gives_offsets_of_every_date() -> None:
    text = "Published 15 March 2016, updated 2016-03-16"
    found = find_dates(text)
    assert [d.iso for d in found] == ["2016-03-15", "2016-03-16"]
    assert [text[d.start : d.end] for d in found] == ["15 March 2016", "2016-03-16"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Veröffentlicht am: 6. August 2009", "2009-08-06"),
        ("Letzte Änderung: 31.10.2023 - 14:49:39 Erschienen am: 01.11.2023", "2023-11-01"),
        ("Posted by Jane Doe on March 3, 2019", "2019-03-03"),
        ("Kommentar von Mareike 8. Dezember 2010 um 10:56", None),  # a comment's date
        ("Event: 14. Januar 2030", None),
        ("Last updated date: 3 March 2019", None),
    ],
)
def test_dates_labelled_publication_date(text: str, expected: str | None) -> None:
    found = labelled_date(text)
    assert (found[:10] if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "29.11.2022 – Mehrfach hatte die Branche protestiert, nun kommt das Gesetz.",
            "2022-11-29",
        ),
        ("(21. November 2022) Verbraucher erhalten eine Preiserhöhung.", "2022-11-21"),
        ("Am 8. November 2021 findet der Tag der Erinnerung statt.", None),  # an event
        ("2021 was a hard year for the region's farmers.", None),
    ],
)
def test_dates_date_opening_a_paragraph(text: str, expected: str | None) -> None:
    found = leading_date(text)
    assert (found[:10] if found else None) == expected


@pytest.mark.parametrize(
    ("host", "lang", "expected"),
    [
        ("www.kas.de", None, "de"),
        ("eldeber.com.bo", "es", "bo"),
        ("www.example.com", "es-CO", "co"),
        ("www.example.com", "de_AT", "at"),
        ("www.example.com", "de", "de"),
        ("www.example.com", "en", None),
        (None, None, None),
    ],
)
def test_publisher_country_from_host_then_language(host, lang, expected) -> None:
    assert dates.publisher_country(host, lang) == expected


@pytest.mark.parametrize(
    ("stamp", "country", "expected"),
    [
        pytest.param("2021-11-04T23:00:00Z", "de", "2021-11-05T00:00:00+01:00", id="berlin-winter"),
        pytest.param(
            "2019-10-18T22:04:00+00:00", "at", "2019-10-19T00:04:00+02:00", id="vienna-summer"
        ),
        pytest.param(
            "2022-05-04T00:25:56+00:00", "ar", "2022-05-03T21:25:56-03:00", id="buenos-aires"
        ),
        pytest.param("2021-11-04T12:00:00Z", "de", None, id="same-day"),
        pytest.param("2021-11-04T23:00:00+01:00", "de", None, id="not-utc"),
        pytest.param("2021-11-04T23:00:00Z", None, None, id="country-unknown"),
    ],
)
def test_publisher_time_moves_a_utc_stamp_to_the_local_day(stamp, country, expected) -> None:
    assert dates.publisher_time(stamp, country) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("23.10.2015 - 25.10.2015", ["2015-10-23", "2015-10-25"]),  # a span: two days
        ("23.10.2015 - 10.30 Uhr", ["2015-10-23T10:30:00"]),  # a day and its time
    ],
)
def test_dates_day_and_month_after_a_date_are_no_time(text: str, expected: list[str]) -> None:
    """ "25.10" after a date is the next date's day and month when a year follows, not 25:10."""
    assert [d.iso for d in find_dates(text)] == expected
