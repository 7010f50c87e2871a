"""Publication dates: the day a page prints with its article against its metadata and its
other printed dates (session 6, issue 3), each rule on a hand-made page that failed before it."""

from __future__ import annotations

from tidings.extract.html import extract_html

BODY = "".join(
    f"<p>{t}</p>"
    for t in [
        "Zum Geburtstag des Rieslings am 13. März ruft das Institut alle Weinfreunde auf, ihre "
        "schönsten Bilder und Geschichten rund um die Rebsorte zu teilen.",
        "Unter allen Beiträgen mit dem Stichwort werden zehn Weinpakete verlost, die Winzer "
        "aus allen dreizehn Anbaugebieten zusammengestellt haben.",
        "Die Aktion läuft bis Ende des Monats; die Gewinner werden im Anschluss benachrichtigt "
        "und auf der Seite des Instituts genannt.",
    ]
)


def _page(head: str, above: str) -> str:
    return (
        f"<html><head><title>Riesling feiern</title>{head}</head><body><main><article>"
        f"{above}<h1>Riesling feiern und gewinnen</h1>{BODY}</article></main></body></html>"
    )


def test_dates_printed_day_over_a_metadata_day_the_page_never_prints() -> None:
    """A news item printed "27.01.2022" above its headline while its Dublin Core date is the
    day its CMS record was made (2021-12-20), which the page prints nowhere: readers see the
    printed day."""
    html = _page(
        "<meta name='dcterms.date' content='2021-12-20T11:02:44+01:00'>",
        "<span class='date'>27.01.2022</span>",
    )
    assert (extract_html(html).published or "")[:10] == "2022-01-27"


def test_dates_metadata_day_stands_when_the_page_prints_it() -> None:
    """The metadata's day printed with the article stands, even beside another printed day
    (an event's, a second line)."""
    html = _page(
        "<meta property='article:published_time' content='2021-12-20T11:02:44+01:00'>",
        "<span class='date'>20.12.2021</span><p>Termin: 27.01.2022</p>",
    )
    assert (extract_html(html).published or "")[:10] == "2021-12-20"


def test_dates_metadata_day_stands_when_the_page_prints_many_days() -> None:
    """A page printing several different days (teasers, a list) has no one day of its own: the
    metadata's date stands."""
    teasers = "".join(
        f"<li><span class='date'>{d}</span> <a href='/n{i}'>Meldung {i}</a></li>"
        for i, d in enumerate(["27.01.2022", "25.01.2022", "21.01.2022"])
    )
    html = _page(
        "<meta name='dcterms.date' content='2021-12-20T11:02:44+01:00'>",
        f"<ul>{teasers}</ul>",
    )
    assert (extract_html(html).published or "")[:10] == "2021-12-20"


def _bare(above: str) -> str:
    """A page with no date in its metadata or URL: only what it prints above the headline."""
    return (
        "<html><head><title>Riesling feiern</title></head><body><main><article>"
        f"{above}<h1>Riesling feiern und gewinnen</h1>{BODY}</article></main></body></html>"
    )


def test_dates_update_line_comes_after_the_bylines_day() -> None:
    """ "Article mis à jour le 7 janvier 2020." above "Par Loïc Le Clerc | 30 septembre 2018":
    the update's day is not the publication's while the page prints another."""
    html = _bare(
        "<p>Article mis à jour le 7 janvier 2020.</p><p>Par Loïc Le Clerc | 30 septembre 2018</p>"
    )
    assert (extract_html(html).published or "")[:10] == "2018-09-30"


def test_dates_update_line_alone_still_dates_the_page() -> None:
    """With no other date printed, the update line is the page's only date: kept."""
    html = _bare("<p>Updated May 06, 2019</p>")
    assert (extract_html(html).published or "")[:10] == "2019-05-06"


def test_dates_event_and_availability_days_are_no_publication_dates() -> None:
    """An appointment ("Termin: Montag, 15. November 2021 um 10.30 Uhr") or the end of a
    video's availability ("Video verfügbar bis: 14.10.2020") is another day than the
    publication's, printed beside it."""
    for line in [
        "Termin: Montag, 15. November 2021 um 10.30 Uhr",
        "Video verfügbar bis: 15.11.2021",
    ]:
        html = _bare(f"<p>{line}</p><p>10. November 2021</p>")
        assert (extract_html(html).published or "")[:10] == "2021-11-10", line


def test_dates_labelled_day_in_a_long_imprint_line_after_the_text() -> None:
    """An imprint line after the review holds its publication day among other facts, longer
    than a byline ("Letzte Änderung: ... Erschienen am: 01.11.2023 Lesungen: 61 © ..."): the
    day after "Erschienen am" is the publication's, not the change's before it."""
    imprint = (
        "<p>Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023<br>Lesungen: 61"
        "<br>© bei der Autorin und bei der Zeitschrift Lizenzen zur Nachpublikation</p>"
    )
    html = (
        "<html><head><title>Riesling feiern</title></head><body><main><article>"
        f"<h1>Riesling feiern und gewinnen</h1>{BODY}</article><footer>{imprint}</footer>"
        "</main></body></html>"
    )
    assert (extract_html(html).published or "")[:10] == "2023-11-01"


def test_dates_title_opening_with_its_day() -> None:
    """A news item whose title opens with its day ("08.11.2021 | Online-Fachtag ...", as many
    association and press sites title theirs) and which prints no other date is dated by it."""
    html = (
        "<html><head><title>08.11.2021 | Online-Fachtag zum Intersex Day: Portal</title>"
        "<meta property='og:title' content='08.11.2021 | Online-Fachtag zum Intersex Day'>"
        f"</head><body><main><article><h1>Online-Fachtag zum Intersex Day</h1>{BODY}"
        "</article></main></body></html>"
    )
    assert (extract_html(html).published or "")[:10] == "2021-11-08"
    plain = html.replace("08.11.2021 | ", "")
    assert extract_html(plain).published is None


def test_dates_russian_ukrainian_and_polish_months() -> None:
    """A dateline in Russian, Ukrainian or Polish, month in the genitive as dates write it
    ("15 августа 2016, 13:43" above the headline), is read; a bare month word is no date."""
    for line, day in [
        ("15 августа 2016, 13:43", "2016-08-15"),
        ("3 березня 2021", "2021-03-03"),
        ("12 października 2020", "2020-10-12"),
    ]:
        html = _bare(f"<p class='date'>{line}</p>")
        assert (extract_html(html).published or "")[:10] == day, line
    assert extract_html(_bare("<p>Maja i marca 2020</p>")).published is None


def test_dates_deadlines_and_event_hours_are_no_publication_dates() -> None:
    """A deadline ("Antworten bis 23.06.2006", "Deadline: 15. März 2020") or an event's hours
    ("30. März 2020, 13:15 Uhr - 19:00 Uhr") printed alone on a page does not date it."""
    for line in [
        "Antworten bis 23.06.2006",
        "Deadline: 15. März 2020",
        "30. März 2020, 13:15 Uhr - 19:00 Uhr",
    ]:
        assert extract_html(_bare(f"<p>{line}</p>")).published is None, line
    assert (extract_html(_bare("<p>30. März 2020, 13:15 Uhr</p>")).published or "")[:10] == (
        "2020-03-30"
    )


def test_dates_printed_local_clock_of_the_metadata_instant() -> None:
    """A dateline "3 May, 2022, 11:37 pm" under a stamp "2022-05-04T03:37:37+00:00" prints
    the same instant in the publisher's time (same minute, four hours earlier): its day is
    the local one. A printed time that is not the stamp's moves nothing."""
    head = "<meta property='article:published_time' content='2022-05-04T03:37:37+00:00'>"
    html = _page(head, "<p class='date'>3 May, 2022, 11:37 pm</p>")
    assert (extract_html(html).published or "")[:16] == "2022-05-03T23:37"
    other = _page(head, "<p class='date'>3 May, 2022, 11:12 pm</p>")
    assert (extract_html(other).published or "")[:10] == "2022-05-04"


def test_dates_short_first_line_of_the_body_with_a_day_and_a_byline() -> None:
    """The body's short first line holds the day and the byline among other words ("Stars
    (1 / 1) 06.11.2023 13:30 von Olga Berger Symbolbild imago"): its dateline inside the
    article's own column. Without the byline such a line is a caption's or a gallery's."""
    html = (
        "<html><head><title>Riesling feiern</title></head><body><main><article>"
        "<h2>Stars (1 / 1) 06.11.2023 13:30 von Olga Berger Symbolbild imago</h2>"
        f"{BODY}</article></main></body></html>"
    )
    assert (extract_html(html).published or "")[:10] == "2023-11-06"
    unsigned = html.replace(" von Olga Berger", " Galerie Bild Foto")
    assert extract_html(unsigned).published is None


def test_dates_printed_day_one_after_a_zoneless_metadata_time() -> None:
    """A metadata time with no zone ("Di., 25.01.2022 - 14:45") one day before the day printed
    with the article ("Mittwoch, 26.01.2022 - 14:30"): no time zone explains the gap, readers
    see the printed day. A UTC stamp one day off the printed day stands (the zone explains it)."""
    meta = "<meta property='article:published_time' content='{}'>"
    printed = "<p class='date'>Mittwoch, 26.01.2022 - 14:30</p>"
    html = _page(meta.format("Di., 25.01.2022 - 14:45"), printed)
    assert (extract_html(html).published or "")[:10] == "2022-01-26"
    html = _page(meta.format("2022-01-25T23:00:00+00:00"), printed)
    assert (extract_html(html).published or "")[:10] == "2022-01-25"


def test_dates_printed_change_day_leaves_the_metadata_publication_day() -> None:
    """A page printing its metadata's own change day unlabelled beside the byline ("By
    Federica Lusiardi - 2019-04-10" on a report published 2018-04-18, last edited 2019-04-10)
    keeps both facts: published from the metadata, the printed day as ``modified``."""
    head = (
        "<meta property='article:published_time' content='2018-04-18T14:39:09+02:00'>"
        "<meta property='article:modified_time' content='2019-04-10T10:13:14+02:00'>"
    )
    article = extract_html(_page(head, "<p class='byline'>By Federica Lusiardi - 2019-04-10</p>"))
    assert (article.published or "")[:10] == "2018-04-18"
    assert (article.modified or "")[:10] == "2019-04-10"


def test_dates_a_cited_sources_access_day_is_no_publication_date() -> None:
    """A reference list's access days ("Retrieved 12 May 2014", "[引用日期2014-05-19]",
    "abgerufen am 3. März 2015") say when a cited source was read, not when the page was
    published."""
    for line in [
        "Retrieved 12 May 2014",
        "1. 新浪[引用日期2014-05-19]",
        "abgerufen am 3. März 2015",
    ]:
        assert extract_html(_bare(f"<p>{line}</p>")).published is None, line


def test_dates_label_and_its_date_in_two_blocks_after_the_body() -> None:
    """A page listing its facts after the article as label / value pairs ("<dt>Mise en
    ligne</dt><dd>23 mai 2019</dd>") is dated by the labelled day; an unlabelled day there
    (a related item's, an event's) still dates nothing."""
    facts = "<dl><dt>Un documentaire</dt><dd>de Kristen Falc'hon</dd><dt>{}</dt><dd>{}</dd></dl>"
    html = _page("", "").replace(
        "</article>", "</article>" + facts.format("Mise en ligne", "23 mai 2019")
    )
    assert (extract_html(html).published or "")[:10] == "2019-05-23"
    html = _page("", "").replace(
        "</article>", "</article>" + facts.format("Enregistrements", "15 avril 2019")
    )
    assert extract_html(html).published is None


def test_dates_an_event_calendar_before_the_body_dates_nothing() -> None:
    """Three dated entries above the article ("29.02.2020 18:00 Uhr Portugal vs Spanien", ...:
    a shop's event calendar, a list of dated teasers) are a list, not the article's dateline:
    the metadata's day stands, and without one the page is undated; one printed day alone
    still dates it."""
    events = "".join(
        f"<p>{d} 18:00 Uhr {t}</p>"
        for d, t in [
            ("29.02.2020", "Portugal vs Spanien"),
            ("04.04.2020", "Tempranillo und Tapas"),
            ("09.05.2020", "Atlantik Weine"),
        ]
    )
    html = _page("<meta name='date' content='2020-02-11'>", f"<aside>{events}</aside>")
    assert (extract_html(html).published or "")[:10] == "2020-02-11"
    assert extract_html(_bare(f"<aside>{events}</aside>")).published is None
    assert (extract_html(_bare("<p>09.05.2020</p>")).published or "")[:10] == "2020-05-09"
