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
