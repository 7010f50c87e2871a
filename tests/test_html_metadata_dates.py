"""Publication dates printed away from the article (session 4), each on a hand-made page.

Small sites (clubs, shops, wikis, radio archives) print the day of a page once, in a side column
or under the text, with no date in the metadata; pages that list teasers, reviews or comments
print many days, of which none is the page's.
"""

from __future__ import annotations

from tidings.extract.html import extract_html

BODY = "".join(
    f"<p>{s}</p>"
    for s in [
        "The club met on the lake shore to clean the water of plastic and old fishing lines.",
        "Forty members came, with three boats and a trailer lent by the harbour master.",
        "They pulled two hundred kilos of rubbish out of the reeds in a single morning.",
        "The town has promised bins at every jetty before the next season begins.",
    ]
)


def page(aside: str, tail: str = "") -> str:
    menu = "".join(f"<li><a href='/{i}'>Menu entry {i}</a></li>" for i in range(14))
    return (
        "<!doctype html><html lang='de'><head><meta charset='utf-8'><title>Saubere Seen"
        f"</title></head><body><div class='side'>{aside}<ul>{menu}</ul></div>"
        f"<div class='content'><h1>Saubere Seen</h1>{BODY}</div>{tail}</body></html>"
    )


def test_dates_one_day_printed_in_a_side_column() -> None:
    """The only date of the page, far above the text (over a long menu), is its day."""
    html = page("<div class='info'>03.11.2021</div>")
    assert (extract_html(html).published or "")[:10] == "2021-11-03"


def test_dates_several_days_on_the_page_give_none() -> None:
    """Two different days (a teaser's, an event's): no guess."""
    html = page("<div>03.11.2021</div><div>17.10.2021</div>")
    assert extract_html(html).published is None


def test_dates_change_date_or_event_span_is_no_publication_date() -> None:
    """A "last changed" line and a span of days (an event) are not the publication day."""
    assert extract_html(page("<p>Letzte Änderung 14.02.2019</p>")).published is None
    assert extract_html(page("<p>23.10.2015 - 25.10.2015</p>")).published is None


def test_dates_many_lines_of_one_day_give_none() -> None:
    """Reviews or comments of one day ("Kundenbewertung 02.05.2020") are not the page's date."""
    reviews = "".join(f"<div>Kundenbewertung 02.05.2020 um 0{i}:11 Uhr</div>" for i in range(4))
    assert extract_html(page(reviews)).published is None


def test_dates_dateline_opening_the_second_paragraph() -> None:
    """A press release whose dateline opens the paragraph after a standfirst."""
    html = (
        "<html><head><title>Entlastungen</title></head><body><article><h1>Entlastungen</h1>"
        "<p><strong>Was Verbraucher jetzt wissen müssen.</strong></p>"
        f"<p>21.11.2022 – Die Bundesregierung hat neue Entlastungen beschlossen.</p>{BODY}"
        "</article></body></html>"
    )
    assert (extract_html(html).published or "")[:10] == "2022-11-21"


def article(head: str, dateline: str, url_body: str = "") -> str:
    return (
        f"<!doctype html><html lang='de'><head><meta charset='utf-8'><title>Vanlife</title>{head}"
        f"</head><body><article><h1>Vanlife in Schweden</h1><div class='meta'>{dateline}</div>"
        f"{url_body}{BODY}</article></body></html>"
    )


JSONLD = (
    '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "datePublished": '
    '"2022-01-04T07:29:00Z"}</script>'
)


def test_dates_metadata_that_disagree_take_the_printed_day() -> None:
    """JSON-LD says the day the page was made, the meta tag and the dateline the day it went
    out: the reader sees the printed day."""
    head = JSONLD + "<meta property='article:published_time' content='2022-01-06T08:29:34'>"
    assert extract_html(article(head, "06.01.2022")).published.startswith("2022-01-06")
    # with nothing printed, or an update printed, the first source stands
    assert extract_html(article(head, "")).published.startswith("2022-01-04")
    updated = article(head, "Aktualisiert am 06.01.2022")
    assert extract_html(updated).published.startswith("2022-01-04")


def test_dates_blog_url_month_rules_out_other_months() -> None:
    """A post filed under /2017/09/ that reviews a book "Erscheinungsdatum: 14.08.2017": the
    date printed in another month is not the post's."""
    html = (
        "<html><head><title>Rezension</title></head><body><div class='date-header'>Samstag, "
        "9. September 2017</div><div class='post'><h3>Rezension: Sehnsucht</h3>"
        f"<p>Erscheinungsdatum: 14.08.2017</p>{BODY}</div></body></html>"
    )
    url = "https://weingummis.blogspot.com/2017/09/rezension-sehnsucht.html"
    assert extract_html(html, url).published.startswith("2017-09-09")


def test_dates_dateline_after_a_long_standfirst_and_a_name() -> None:
    """A standfirst heading and the author's name before the first paragraph, which opens with
    the day ("27.1.2022 - Bei der Erinnerung ...")."""
    standfirst = "Zum Tag des Gedenkens erinnern Gruppen in vielen Städten an die Opfer. " * 3
    html = (
        "<html><head><title>Gedenken</title></head><body><article><h1>Gedenken</h1>"
        f"<h2>{standfirst}</h2><p>Alexandra Sackmann</p><p>Wirtschaftsweiber e.V.</p>"
        "<p>27.1.2022 - Bei der Erinnerung an die"
        f" Verfolgten waren viele Opfer lange unsichtbar, was sich nun langsam ändert, weil Gruppen"
        f" in vielen Städten an sie erinnern.</p>{BODY}"
        "</article></body></html>"
    )
    assert (extract_html(html).published or "")[:10] == "2022-01-27"


def test_dates_day_first_date_as_a_path_segment() -> None:
    """A press room files a release under its day (/meldungen/29-10-2021)."""
    html = "<html><head><title>Meldung</title></head><body><article>" + BODY + "</article>"
    url = "https://weisser-ring.de/media-news/meldungen/29-10-2021"
    assert extract_html(html, url).published == "2021-10-29"
