"""When a quote was said (issue 4: "who said what, to whom, when"): the time words of the
attribution and the date they name. Hand-written news sentences, one rule or resolution each;
the grammar's tests need no model, the attribution tests go through ``analyze``."""

from __future__ import annotations

import re
from datetime import date

import pytest
from conftest import quote_starting
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.analyze.timewords import _ANCHOR, _ANCHOR_WORDS, find_time_words, published_day
from tidings.partialdates import date_range, label, when_label

#: Thursday 17 March 2016.
PUB = date(2016, 3, 17)


def _words(text: str, pub: date | None = PUB) -> list[tuple[str, str | None]]:
    return [(w.text, w.value) for w in find_time_words(text, pub)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("said Tuesday", [("Tuesday", "2016-03-15")], id="weekday-before"),
        pytest.param("said Thursday", [("Thursday", "2016-03-17")], id="weekday-same-day"),
        pytest.param("said last Thursday", [("last Thursday", "2016-03-10")], id="last-weekday"),
        pytest.param("told reporters Monday night", [("Monday night", "2016-03-14")], id="night"),
        pytest.param("said yesterday", [("yesterday", "2016-03-16")], id="yesterday"),
        pytest.param("said last night", [("last night", "2016-03-16")], id="last-night"),
        pytest.param("said earlier today", [("earlier today", "2016-03-17")], id="today"),
        pytest.param("said last week", [("last week", "2016-W10")], id="last-week"),
        pytest.param("said earlier this week", [("earlier this week", "2016-W11")], id="this-week"),
        pytest.param("said over the weekend", [("the weekend", "2016-W10")], id="weekend"),
        pytest.param("wrote last month", [("last month", "2016-02")], id="last-month"),
        pytest.param("said earlier this year", [("earlier this year", "2016")], id="this-year"),
        pytest.param("said last year", [("last year", "2015")], id="last-year"),
        pytest.param("wrote in March", [("March", "2016-03")], id="month-this-year"),
        pytest.param("wrote in April", [("April", "2015-04")], id="month-last-year"),
        pytest.param("said in early June", [("early June", "2015-06")], id="early-month"),
        pytest.param("said on March 15", [("March 15", "2016-03-15")], id="month-day"),
        pytest.param("said on Nov. 19", [("Nov. 19", "2015-11-19")], id="ap-month-day"),
        pytest.param("on 15 March 2016", [("15 March 2016", "2016-03-15")], id="day-month-year"),
        pytest.param("on March 3, 2012", [("March 3, 2012", "2012-03-03")], id="full-date"),
        pytest.param("Tuesday, March 15", [("Tuesday, March 15", "2016-03-15")], id="wd-date"),
        pytest.param("in March 2012", [("March 2012", "2012-03")], id="month-year"),
        pytest.param("in a 2012 interview", [("2012", "2012")], id="year-adjective"),
        pytest.param("said in 2012", [("2012", "2012")], id="year"),
        pytest.param("two days ago", [("two days ago", "2016-03-15")], id="days-ago"),
        pytest.param("three weeks ago", [("three weeks ago", "2016-W08")], id="weeks-ago"),
        pytest.param("later that day", [("later that day", None)], id="anaphor-unresolved"),
        pytest.param("The day before, he", [("The day before", None)], id="the-day-before"),
        pytest.param("in a column the day before the debate", [], id="the-day-before-an-event"),
        pytest.param("Theresa May said", [], id="may-is-a-name"),
        pytest.param("told BBC Radio 4's Today programme", [], id="a-show-named-today"),
        pytest.param(
            "said in a Christmas Day message", [("Christmas Day", "2015-12-25")], id="holiday"
        ),
        pytest.param("2,012 people and 2012%", [], id="numbers-are-not-years"),
    ],
)
def test_timewords_finds_and_resolves(text: str, expected: list) -> None:
    assert _words(text) == expected


def test_timewords_without_a_published_date_keeps_only_explicit_values() -> None:
    assert _words("said Tuesday, in 2012 and on 15 March 2016", None) == [
        ("Tuesday", None),
        ("2012", "2012"),
        ("15 March 2016", "2016-03-15"),
    ]


def test_timewords_published_day_reads_dates_and_date_times() -> None:
    assert published_day("2016-03-17T10:00:00+00:00") == PUB
    assert published_day("2016-03") is None
    assert published_day(None) is None


def test_timewords_date_range_of_each_precision() -> None:
    assert date_range("2016-W10") == (date(2016, 3, 7), date(2016, 3, 13))
    assert date_range("2016-02") == (date(2016, 2, 1), date(2016, 2, 29))
    assert date_range("2012") == (date(2012, 1, 1), date(2012, 12, 31))
    assert date_range("2016-03-15") == (PUB.replace(day=15), PUB.replace(day=15))
    assert date_range("soon") is None


def _quotes(*paragraphs: str, published: str | None = "2016-03-17"):
    from tidings.analyze import analyze
    from tidings.model import Article, layout

    text, paras = layout([("body", p) for p in paragraphs])
    article = analyze(Article(id="t", source="t", text=text, paragraphs=paras, published=published))
    for q in article.quotes:
        m = q.said_on_mention
        assert m is None or article.text[m.start : m.end] == m.text
    return article.quotes


def _when(quote) -> tuple[str | None, str | None]:
    m = quote.said_on_mention
    return (m.text if m else None, quote.said_on)


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("paragraph", "starts", "expected"),
    [
        pytest.param(
            "Smith said Tuesday that the vote would be held on Friday.",
            "the vote",
            ("Tuesday", "2016-03-15"),
            id="after-the-cue-not-the-content",
        ),
        pytest.param(
            "On Monday, Jones told reporters that the plan was dead.",
            "the plan",
            ("Monday", "2016-03-14"),
            id="fronted",
        ),
        pytest.param(
            "“We are ready,” Brown said in a statement on Friday.",
            "We are ready",
            ("Friday", "2016-03-11"),
            id="in-a-statement-on",
        ),
        pytest.param(
            "Trump said in a 2012 interview that he would never run.",
            "he would never",
            ("2012", "2012"),
            id="in-a-year-interview",
        ),
        pytest.param(
            "Speaking on Wednesday, the minister said the talks had failed.",
            "the talks",
            ("Wednesday", "2016-03-16"),
            id="speaking-on",
        ),
        pytest.param(
            "The senator, speaking at a rally in Ohio on Saturday, said the election was rigged.",
            "the election",
            ("Saturday", "2016-03-12"),
            id="at-a-rally-on",
        ),
        pytest.param(
            "At last week's hearing, where he testified, Carter said the agency had failed.",
            "the agency",
            ("last week", "2016-W10"),
            id="last-weeks-hearing",
        ),
        pytest.param(
            "Kelly wrote in March that the plan was flawed.",
            "the plan",
            ("March", "2016-03"),
            id="wrote-in-month",
        ),
        pytest.param(
            "According to a statement released on Thursday, the company plans to close the plant.",
            "the company",
            ("Thursday", "2016-03-17"),
            id="according-to-a-statement-released",
        ),
        pytest.param(
            "In an interview with the Guardian earlier this month, Patel said she had no regrets.",
            "she had no",
            ("earlier this month", "2016-03"),
            id="in-an-interview-earlier",
        ),
        pytest.param(
            "Brooks, reached by phone on Wednesday, said she had not seen the lawsuit.",
            "she had not",
            ("Wednesday", "2016-03-16"),
            id="reached-by-phone-on",
        ),
        pytest.param(
            "When contacted Tuesday, Lopez said the report was wrong.",
            "the report",
            ("Tuesday", "2016-03-15"),
            id="when-contacted",
        ),
        pytest.param(
            "Asked in March about a run for the presidency in 2028, Senator Paul Avery said he"
            " had not decided.",
            "he had not",
            ("March", "2016-03"),
            id="asked-about-a-topic-with-a-year",
        ),
    ],
)
def test_quotetime_dates_the_attribution(paragraph: str, starts: str, expected: tuple) -> None:
    assert _when(quote_starting(_quotes(paragraph), starts)) == expected


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("paragraph", "starts"),
    [
        pytest.param(
            "Lee said the talks would resume in March.", "the talks", id="inside-the-content"
        ),
        pytest.param(
            "“I will not resign,” Harris said. “The vote on Friday will show it.”",
            "The vote",
            id="inside-the-quote-marks",
        ),
        pytest.param(
            "Smith, who was elected in 2012, said the party would win.",
            "the party",
            id="another-verbs-clause",
        ),
        pytest.param(
            "Officials said the bridge, which opened in May 2012, was safe.",
            "the bridge",
            id="a-clause-inside-the-content",
        ),
        pytest.param(
            "Asked about the Olympics in 2032, the mayor said the city would not bid.",
            "the city",
            id="a-year-in-the-topic-asked-about",
        ),
    ],
)
def test_quotetime_leaves_time_words_that_are_not_the_attributions(
    paragraph: str, starts: str
) -> None:
    assert _when(quote_starting(_quotes(paragraph), starts)) == (None, None)


@pytest.mark.issue(4)
def test_quotetime_two_cues_in_a_sentence_each_keep_their_own() -> None:
    qs = _quotes(
        "The minister said on Tuesday that talks would resume on Friday, and Jones said"
        " Wednesday that she disagreed."
    )
    assert _when(quote_starting(qs, "talks would")) == ("Tuesday", "2016-03-15")
    assert _when(quote_starting(qs, "she disagreed")) == ("Wednesday", "2016-03-16")


@pytest.mark.issue(4)
def test_quotetime_a_quotation_carried_on_shares_its_time() -> None:
    qs = _quotes(
        "“This is a disaster for the town and for everyone who lives in it and for all of us,”"
        " Mayor Ann Cole said on Monday.",
        "“We will rebuild, whatever it costs and however long it takes us to get there.”",
    )
    floating = quote_starting(qs, "We will rebuild")
    assert floating.cue is None
    assert _when(floating) == ("Monday", "2016-03-14")


@pytest.mark.issue(4)
def test_quotetime_a_new_cue_without_time_words_has_no_date() -> None:
    qs = _quotes(
        "“This is a disaster for the town and for everyone who lives in it,” Mayor Ann Cole"
        " said on Monday.",
        "“We will rebuild, whatever it costs,” she said.",
    )
    assert _when(quote_starting(qs, "We will rebuild")) == (None, None)


@pytest.mark.issue(4)
def test_quotetime_added_shares_the_time_of_the_speakers_quote_before() -> None:
    qs = _quotes("“We will fight,” Lee said yesterday.", "“We will never give up,” he added.")
    assert _when(quote_starting(qs, "We will never")) == ("yesterday", "2016-03-16")


@pytest.mark.issue(4)
def test_quotetime_without_a_published_date_keeps_the_words_and_explicit_years() -> None:
    qs = _quotes(
        "Smith said Tuesday that the vote was close.",
        "Trump said in a 2012 interview that he would never run.",
        published=None,
    )
    assert _when(quote_starting(qs, "the vote")) == ("Tuesday", None)
    assert _when(quote_starting(qs, "he would never")) == ("2012", "2012")


def test_partialdates_labels_each_precision_for_readers() -> None:
    assert [label(v) for v in ("2016-03-15", "2016-W10", "2016-03", "2012")] == [
        "15 Mar 2016",
        "week of 7 Mar 2016",
        "Mar 2016",
        "2012",
    ]
    assert when_label("2016-03-15", "Tuesday") == "15 Mar 2016 (“Tuesday”)"
    assert when_label(None, "that day") == "“that day”"
    assert when_label(None, None) == ""


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("paragraph", "starts", "expected"),
    [
        pytest.param(
            "“It's bad for the party,” said Stuart Stevens, the chief strategist for Mitt"
            " Romney's presidential campaign four years ago.",
            "It's bad",
            (None, None),
            id="the-speakers-description",
        ),
        pytest.param(
            "Democrats repeatedly noted that last year Pagliano invoked his rights.",
            "last year Pagliano",
            (None, None),
            id="after-that-it-is-the-contents",
        ),
        pytest.param(
            "In a White House statement, President Obama condemned Friday's test as"
            " “provocative and destabilizing.”",
            "Friday's test",
            (None, None),
            id="a-possessive-opening-the-content",
        ),
        pytest.param(
            "A statement released on Thursday said the company would close the plant.",
            "the company",
            ("Thursday", "2016-03-17"),
            id="the-channel-as-subject",
        ),
        pytest.param(
            "Last Monday, Jeb Bush told an Iowa audience that the Islamic State is taking hold"
            " in Libya.",
            "the Islamic State",
            ("Last Monday", "2016-03-14"),
            id="last-weekday-capitalised",
        ),
        pytest.param(
            "The minister said on Tuesday that talks would resume, and added that she was hopeful.",
            "she was hopeful",
            ("Tuesday", "2016-03-15"),
            id="a-coordinated-cue",
        ),
        pytest.param(
            "Smith said Tuesday the plan was dead.",
            "the plan",
            ("Tuesday", "2016-03-15"),
            id="said-tuesday-without-that",
        ),
    ],
)
def test_quotetime_subjects_possessives_and_that(paragraph: str, starts: str, expected) -> None:
    assert _when(quote_starting(_quotes(paragraph), starts)) == expected


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("paragraphs", "starts", "expected"),
    [
        pytest.param(
            ["The vote was held on Monday. Later that day, Smith said the result was fair."],
            "the result",
            ("Later that day", "2016-03-14"),
            id="later-that-day",
        ),
        pytest.param(
            [
                "The bridge collapsed on Tuesday.",
                "The next day, the mayor said the city would pay for repairs.",
            ],
            "the city",
            ("The next day", "2016-03-16"),
            id="the-next-day-after-the-paragraph-before",
        ),
        pytest.param(
            ["The plant closed in 2012. At the time, the company said demand had collapsed."],
            "demand",
            ("the time", "2012"),
            id="at-the-time",
        ),
        pytest.param(
            ["The plant closed in 2012. The next day, the company said demand had collapsed."],
            "demand",
            ("The next day", None),
            id="no-next-day-of-a-year",
        ),
        pytest.param(
            ["At the time, he said the plan would work."],
            "the plan",
            ("the time", None),
            id="nothing-to-point-at",
        ),
    ],
)
def test_quotetime_words_pointing_at_another_time_take_its_date(
    paragraphs: list[str], starts: str, expected: tuple
) -> None:
    assert _when(quote_starting(_quotes(*paragraphs), starts)) == expected


def test_quote_time_anchor_lookahead_keeps_every_match() -> None:
    """The anchor's fast form (each alternative opens with a literal, its word start read
    after it) finds what the bare alternatives find, one word of each kind."""
    text = (
        "Tuesday, tonight, Tonight, morning, afternoon, evening, Jan. 5, Sept., Oct., Nov., "
        "Dec., Feb., Mar., Apr., May, Jun., Jul., Aug., in 1999 and 2016, last week, a month, "
        "a year ago, today, Today, at the time, At the time, Christmas, New Year, 1899's 2099"
    )
    bare = [m.span() for m in re.finditer(_ANCHOR_WORDS, text)]
    assert len(bare) >= 30
    assert [m.span() for m in _ANCHOR.finditer(text)] == bare


#: Pieces a text is built of for the anchor's test below: every anchor word, near-misses
#: ("agog", "Mayday", "20000"), word characters that touch a word's start ("_", "é", "9") and
#: the spaces "at the time" and "New Year" may hold.
_ANCHOR_PIECES = (
    "day", "Monday", "days", "today", "Today", "tonight", "Tonight", "night", "morning",
    "afternoon", "evening", "week", "month", "year", "ago", "agog", "at the time",
    "At  the\ttime", "at the timer", "Christmas", "New Year", "New\nYear", "Jan", "Jun", "Jul",
    "Feb", "Mar", "May", "Mayday", "Apr", "Aug", "Sept", "Oct", "Nov", "Dec", "1899", "1999",
    "2016", "20000", "2199", "x", "_", "é", "9", "A", "a", "J", "D", " ", "-", ".", "\n", "'s",
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_ANCHOR_PIECES), max_size=14))
def test_quote_time_anchor_fast_form_matches_the_bare_words(pieces: list[str]) -> None:
    """Any text made of anchor words, near-misses and the characters around a word start:
    the fast :data:`_ANCHOR` gives the same matches as :data:`_ANCHOR_WORDS`, so the same
    windows (speed only; on PolNeAR dev and train 0-499, 584 texts, none differs either)."""
    text = "".join(pieces)
    bare = [m.span() for m in re.finditer(_ANCHOR_WORDS, text)]
    assert [m.span() for m in _ANCHOR.finditer(text)] == bare
