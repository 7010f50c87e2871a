"""Publication dates: which of a page's dates is the article's (session 7, issue 3), each rule
on a hand-made page that failed before it; one guard (an Article item's date over its
comments') passed before too and keeps the microdata rule from dropping it."""

from __future__ import annotations

from tidings.extract.dates import parse_date
from tidings.extract.html import extract_html

BODY = "".join(
    f"<p>{t}</p>"
    for t in [
        "The special jurisdiction announced on Thursday that it will open three new cases, "
        "covering crimes committed by the former guerrilla and by members of the armed forces.",
        "The magistrates said the cases would be examined region by region, and that victims "
        "would be heard in every one of them before any sentence is handed down.",
        "Lawyers for the victims welcomed the decision but asked for more resources, saying the "
        "existing cases had already taken years to reach their first hearings.",
    ]
)


def _page(head: str, above: str) -> str:
    """A page whose lines ``above`` stand outside the article's column, before it."""
    return (
        f"<html><head><title>Three new cases</title>{head}</head><body><div class='top'>"
        f"{above}</div><main><article><h1>Three new cases for the special jurisdiction</h1>"
        f"{BODY}</article></main></body></html>"
    )


def test_dates_printed_day_confirms_a_metadata_date_after_a_row_of_share_links() -> None:
    """Two metadata dates on two days (a JSON-LD stamp "2022-05-05T21:00:00-05:00", an
    ``article:published_time`` "2022-05-06T02:00:00Z"): the one whose day the page prints with
    the article is the reader's. Here a desk's name and a row of share buttons stand between
    the dateline and the headline: lines without a date, which must not use up the lines
    looked at."""
    share = "".join(
        f"<p>{name}</p>"
        for name in ["Email", "LinkedIn", "Whatsapp", "Facebook", "Twitter", "Copy link"]
    )
    html = _page(
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", '
        '"datePublished": "2022-05-05T21:00:00-05:00"}</script>'
        "<meta property='article:published_time' content='2022-05-06T02:00:00.824Z'>",
        f"<p>6 May 2022 - 2:00 a. m.</p><p>Judicial desk</p>{share}",
    )
    assert (extract_html(html).published or "")[:10] == "2022-05-06"


def _reviews(days: list[str]) -> str:
    return "".join(
        f"<div itemscope itemtype='http://schema.org/Review'><meta itemprop='datePublished' "
        f"content='{d}'><p>Review by guest {i}: a quiet house, a clean kitchen, kind hosts "
        f"and a view over the valley that we will not forget.</p></div>"
        for i, d in enumerate(days)
    )


def test_dates_reviews_dates_are_not_the_pages() -> None:
    """A holiday home's page with its guests' reviews, each marked up as a schema.org Review
    with its own ``datePublished``: none of them is the page's date (it has none)."""
    html = _page("", "").replace(
        "</article>", f"{_reviews(['2018-05-23', '2017-10-17', '2014-11-05'])}</article>"
    )
    assert extract_html(html).published is None


def test_dates_article_items_date_over_its_comments() -> None:
    """The article marked up as a schema.org Article item, its comments as Comment items: the
    article's ``datePublished`` is the page's, not a comment's of two weeks later."""
    comment = (
        "<div itemscope itemtype='https://schema.org/Comment'><span itemprop='datePublished' "
        "content='2018-10-05T14:15:08+03:00'>11:15 05.10.2018</span><p>Guest: I disagree "
        "with every word of this, and I have said so before.</p></div>"
    )
    html = (
        "<html><head><title>Three new cases</title></head><body><main>"
        "<article itemscope itemtype='https://schema.org/Article'>"
        "<meta itemprop='datePublished' content='2018-09-24T16:45:00+03:00'>"
        f"<h1>Three new cases for the special jurisdiction</h1>{BODY}</article>"
        f"<section class='comments'>{comment}</section></main></body></html>"
    )
    assert (extract_html(html).published or "")[:10] == "2018-09-24"


def test_dates_web_archive_toolbar_dates_are_not_the_pages() -> None:
    """A page replayed by the Wayback Machine under its toolbar, which prints the archive's
    capture dates ("21 Feb 2007 - 23 Mar 2021", "28 Feb 2007"): the archive's, not the page's,
    which prints no date of its own."""
    toolbar = (
        "<div id='wm-ipp-base'><div id='wm-ipp'><table><tr><td><a href='/web/'>Wayback "
        "Machine</a></td><td><a href='/web/2007*'>1 capture</a></td><td>28 Feb 2007</td>"
        "</tr><tr><td>21 Feb 2007 - 23 Mar 2021</td></tr></table></div></div>"
    )
    html = _page("", "").replace("<body>", f"<body>{toolbar}")
    assert extract_html(html).published is None


def test_dates_date_box_of_three_spans_glued_day_and_year() -> None:
    """A blog's date box of three spans (month, day, year), the last two with no space between
    them in the source (CSS sets them apart): the text reads "Apr 042013", which is 4 April
    2013, while "Mar 12019" (one digit before the year) stays unread."""
    box = (
        "<div class='datum'><span class='monat'>Apr</span> <span class='tag'>04</span>"
        "<span class='jahr'>2013</span></div>"
    )
    assert (extract_html(_page("", box)).published or "")[:10] == "2013-04-04"
    assert parse_date("Mar 12019") is None


def test_dates_an_events_day_printed_again_is_still_the_events() -> None:
    """An event's page: "30 March 2020, 13:15 - 19:00" (an event's hours) above the headline,
    and the same day again on its own ("Monday, 30 March 2020") in a box of practical
    facts amid the text. Both are the event's day; the page prints no publication date."""
    facts = "<div class='facts'><p>Where: Güterhof</p><p>Monday, 30 March 2020</p></div>"
    html = _page("", "<p>30 March 2020, 13:15 - 19:00</p>").replace(
        "</article>", f"{facts}{BODY}</article>"
    )
    assert extract_html(html).published is None


def test_dates_printed_day_one_off_a_stamp_with_a_local_offset() -> None:
    """An essay stamped "2019-12-09T19:00:49+01:00" in its metadata, printed "mardi 10.12.19"
    above its headline (the next morning's edition): a stamp with a local offset is a local
    day already, so the printed day one after it is no time zone's doing, and the reader's day
    is the printed one."""
    html = _page(
        "<meta property='article:published_time' content='2019-12-09T19:00:49+01:00'>",
        "<p>mardi 10.12.19</p>",
    )
    assert (extract_html(html).published or "")[:10] == "2019-12-10"


def test_dates_the_day_of_an_event_the_json_ld_describes_is_not_the_pages() -> None:
    """A match report whose JSON-LD describes the match (a SportsEvent starting 2020-09-28)
    and which prints the kick-off, "28 September 2020, 18:00", above its headline: the
    match's day, not the report's publication date (the page gives none)."""
    html = _page(
        '<script type=\'application/ld+json\'>{"@type": "SportsEvent", '
        '"name": "Unia Leszno - Falubaz", "startDate": "2020-09-28"}</script>',
        "<p>28 September 2020, 18:00</p>",
    )
    assert extract_html(html).published is None


def test_dates_datelines_of_several_posts_in_the_body_come_after_the_first_posts() -> None:
    """A blog's page of posts, where the body found runs over several of them: the datelines
    it drops name several days (each post's), so none of them dates the page before the
    dateline just above the body, the first post's."""
    post = "".join(
        f"<h2>Post {i}</h2><p>Published on {day} by uriebe</p>{BODY}"
        for i, day in enumerate(["23 July 2013", "10 July 2013"])
    )
    html = (
        "<html><head><title>Blog</title></head><body><div class='top'>"
        "<h2>A year of assemblies</h2><p>Published on 13 January 2014 by uriebe</p></div>"
        f"<main><div class='posts'>{BODY}{post}</div></main></body></html>"
    )
    assert (extract_html(html).published or "")[:10] == "2014-01-13"


def test_dates_a_machine_stamps_time_and_offset_are_not_an_events_hours() -> None:
    """A dateline printed as a machine stamp, "2019-11-19T10:02:00-05:00": its time and
    offset ("00-05:00") are not an event's hours ("13:15 - 19:00"), so its day is not
    another day's and the page is dated by it."""
    html = _page("", "<p class='timestamp'>2019-11-19T10:02:00-05:00</p>")
    assert (extract_html(html).published or "")[:10] == "2019-11-19"
