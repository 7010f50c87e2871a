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
