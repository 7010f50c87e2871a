"""Publication dates: which of a page's dates is the article's (session 7, issue 3), each rule
on a hand-made page that failed before it."""

from __future__ import annotations

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
