"""Publication dates read from the page's own sources (session 5, issue 3), each rule on a
hand-made page that failed before it."""

from __future__ import annotations

from tidings.extract.html import extract_html

#: A forum page as XenForo prints it: the thread's first post, re-edited later, shows the
#: time of its last edit; the replies carry their own times.
POSTS = "".join(
    f"<article class='message'><div class='message-attribution'><time datetime='{stamp}'>"
    f"{stamp[:10]}</time></div><div class='bbWrapper'><p>{text}</p></div></article>"
    for stamp, text in [
        ("2020-10-06T09:38:08-0700", "The patch notes for version 2.4 are below; report any bugs."),
        (
            "2020-10-06T09:38:55-0700",
            "Thanks, the new crafting queue works well for me so far here.",
        ),
        ("2020-10-06T06:48:13-0700", "Still seeing the inventory glitch after the hotfix today."),
    ]
)


def test_dates_forum_thread_dated_by_its_opening_post() -> None:
    """A forum thread's page types its opening post a DiscussionForumPosting (schema.org: an
    Article subtype) with the day it was posted: that is the page's date, not the time of its
    last edit or of the replies printed under it."""
    ld = (
        '<script type=\'application/ld+json\'>{"@context": "https://schema.org", '
        '"@type": "DiscussionForumPosting", "headline": "Patch notes 2.4", '
        '"datePublished": "2020-09-18", "author": {"@type": "Person", "name": "Tiberius"}}'
        "</script>"
    )
    html = (
        f"<html><head><title>Patch notes 2.4</title>{ld}</head><body><main>"
        f"<h1>Patch notes 2.4</h1>{POSTS}</main></body></html>"
    )
    assert (extract_html(html).published or "")[:10] == "2020-09-18"


def test_dates_press_release_opening_on_its_date_and_a_quote() -> None:
    """A press release whose first paragraph opens with its day and then its first quote
    ("01.02.2022 „Der Arbeitsmarkt ist gut ..."): that day is the release's dateline."""
    paras = "".join(
        f"<p>{t}</p>"
        for t in [
            "<strong>01.02.2022</strong> „Der Arbeitsmarkt ist gut in das Jahr gestartet“, "
            "sagte die Vorsitzende am Dienstag in Nürnberg vor der Presse.",
            "Die Zahl der arbeitslosen Menschen ist im Januar gestiegen, aber weniger stark, "
            "als es in diesem Monat üblich ist.",
            "Die Unterbeschäftigung hat saisonbereinigt weiter abgenommen, vor allem im "
            "Westen des Landes und in den großen Städten.",
        ]
    )
    html = (
        "<html><head><title>Arbeitsmarkt im Januar</title></head><body><main>"
        f"<h1>Arbeitsmarkt im Januar</h1><h3>Auf Erholungskurs</h3>{paras}</main></body></html>"
    )
    assert (extract_html(html).published or "")[:10] == "2022-02-01"


def test_dates_a_quote_after_a_date_later_in_a_sentence_is_no_dateline() -> None:
    """Only a date that opens the paragraph: "Am 01.02.2022 „sagte“ ..." is no dateline."""
    from tidings.extract.dates import leading_date

    assert leading_date("Am 01.02.2022 „Der Arbeitsmarkt“ ist gestartet.") is None
    assert leading_date("01.02.2022 „Der Arbeitsmarkt ist gut“") == "2022-02-01"


def test_dates_standfirst_opening_with_the_release_dateline() -> None:
    """A ministry's release: the standfirst above the text opens "Pressemitteilung vom 25.
    Januar 2022 | Berlin – ..." and runs on for a long sentence; its dateline dates the page."""
    lead = (
        "<p class='teaser-text'>Pressemitteilung vom 25. Januar 2022 | Berlin – Die künftige "
        "Zusammenarbeit mit dem Welternährungsprogramm stand im Mittelpunkt eines Treffens der "
        "Ministerin mit dem Exekutivdirektor in Berlin.</p>"
    )
    paras = "".join(
        f"<p>{t}</p>"
        for t in [
            "Die Bekämpfung des Hungers in der Welt ist eine Priorität, sagte die Ministerin "
            "nach dem Treffen, und Deutschland bleibt dabei ein verlässlicher Partner.",
            "Im vergangenen Jahr war die Bundesregierung der zweitgrößte Geber des Programms, "
            "mit über einer Milliarde Euro für Nothilfe und langfristige Projekte.",
            "Beispielhaft dafür ist die Initiative in der Sahel-Region, die Dörfer "
            "widerstandsfähiger gegen Dürren und Ernteausfälle machen soll.",
        ]
    )
    html = (
        "<html><head><title>Seite an Seite gegen den Hunger</title></head><body><main>"
        f"<h1>Seite an Seite gegen den Hunger</h1>{lead}<div class='share'>Teilen</div>"
        f"<div class='text'>{paras}</div></main></body></html>"
    )
    assert (extract_html(html).published or "")[:10] == "2022-01-25"


def test_dates_opening_label_must_be_a_release_or_publication_label() -> None:
    """A paragraph that opens "Data from 12 March 2020 ..." is text, not a dateline."""
    from tidings.extract.dates import opening_labelled_date

    assert opening_labelled_date("Data from 12 March 2020 show that rents rose again.") is None
    assert opening_labelled_date("Press release, 3 May 2021 – The city council ...") == (
        "2021-05-03"
    )
