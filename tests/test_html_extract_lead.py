"""The lead (standfirst) printed in a header subtree of its own, above the article's text.

Newspaper and magazine templates put the headline and the lead in an article header and the
text in a body element beside it; the lead is part of the article (readers read it first, the
evaluation sets' golds hold it). What stands above the headline, above a dateline, or above a
teaser card's own title is not.
"""

from __future__ import annotations

from tidings.extract.html import extract_html

TEXT = "".join(
    f"<p>{s}</p>"
    for s in [
        "The harbour authority approved the plan on Monday after two years of consultation.",
        "Work on the new quay starts in spring, and the ferries will move to a temporary pier.",
        "Fishermen had asked for a separate basin, which the final plan now includes in full.",
        "The cost is put at forty million, shared between the port, the region and the state.",
        "Residents can see the drawings at the town hall until the end of the month, it said.",
    ]
    * 3
)
LEAD = (
    "The port will be rebuilt by 2027, with a new quay for ferries and a basin for the fishing"
    " fleet, after the harbour authority gave its approval on Monday."
)


def test_extract_lead_in_the_article_header_is_kept() -> None:
    html = (
        "<html><body><article><div class='head'><h1>Port to be rebuilt</h1><div class='lead'>"
        f"<p>{LEAD}</p></div></div><div class='body'><div class='text'>{TEXT}</div></div>"
        "</article></body></html>"
    )
    text = extract_html(html).text
    assert text.startswith(LEAD[:40])
    assert "Port to be rebuilt" not in text


def test_extract_no_lead_across_a_dateline() -> None:
    """A dateline between the header and the text closes the head: what stands above it (a
    video's caption here) is not the lead."""
    html = (
        "<html><body><article><div class='head'><h1>Port to be rebuilt</h1><div class='video'>"
        f"<p>{LEAD}</p></div><p>Jane Doe, Gazette 3:53 p.m. EST January 25, 2024</p></div>"
        f"<div class='body'><div class='text'>{TEXT}</div></div></article></body></html>"
    )
    assert not extract_html(html).text.startswith(LEAD[:40])


def test_extract_teaser_card_grows_no_lead() -> None:
    """A container that opens with its own heading (a teaser card, a section) holds its lead:
    the blurb of the card above it is another story's."""
    card = (
        "<div class='card'><h2><a href='/a'>Another story</a></h2><p>An earlier story's blurb "
        "that runs on for a while, long enough to look like a paragraph of running text.</p></div>"
    )
    html = (
        f"<html><body><main><div class='cards'>{card}</div><div class='story'><h2>Port to be "
        f"rebuilt</h2><div class='text'>{TEXT}</div></div></main></body></html>"
    )
    assert "earlier story" not in extract_html(html).text


def test_extract_visibility_hidden_box_is_not_text() -> None:
    """``visibility: hidden`` hides an element as ``display: none`` does (it keeps its place):
    a hidden box inside the article is no text of it."""
    html = (
        "<html><body><article><h1>Port to be rebuilt</h1><div class='text'>"
        f"{TEXT}<div style='visibility: hidden;'><p>A hidden survey box that asks the reader"
        " whether the article was useful, with a long explanation nobody sees.</p></div>"
        "</div></article></body></html>"
    )
    assert "hidden survey" not in extract_html(html).text


def _short_page(head: str) -> str:
    menu = "".join(f"<li><a href='/s/{i}'>Section number {i}</a></li>" for i in range(30))
    return (
        f"<html><head><title>Prison</title>{head}</head><body><nav><ul>{menu}</ul></nav>"
        "<article><h1>Prison official: anyone could escape</h1><p>A senior prison official has"
        " said in a sworn affidavit that anyone with enough will could escape from the prison."
        "</p></article></body></html>"
    )


def test_extract_one_paragraph_page_that_calls_itself_an_article() -> None:
    """A news brief of one paragraph (or a capture cut at the paywall) on a page whose metadata
    says "article" is that article; the same page without that claim, or a front page that
    lists stories (JSON-LD CollectionPage) and tags itself "article" anyway, is not."""
    article = extract_html(_short_page("<meta property='og:type' content='article'>"))
    assert article.status == "article"
    assert article.text.startswith("A senior prison official")
    assert extract_html(_short_page("")).status == "no_article"
    front = (
        "<meta property='og:type' content='article'><script type='application/ld+json'>"
        '{"@type": "CollectionPage"}</script>'
    )
    assert extract_html(_short_page(front)).status == "no_article"


def test_extract_lead_above_a_signed_byline_and_an_ad_label() -> None:
    """A signed byline with its date ("von Anja Schmoll am 14. Mai 2014") or an ad label marked
    as furniture between the lead and the text: the lead is still the article's, the byline
    and the label are not text."""
    html = (
        "<html><body><article><div class='head'><h1>Port to be rebuilt</h1><div class='lead'>"
        f"<p>{LEAD}</p></div><div>von Anja Schmoll am 14. Mai 2014, 15:40 Uhr</div>"
        "<div class='ad-label'>Anzeige</div></div>"
        f"<div class='body'><div class='text'>{TEXT}</div></div></article></body></html>"
    )
    text = extract_html(html).text
    assert text.startswith(LEAD[:40])
    assert "Anzeige" not in text and "Schmoll" not in text


def test_extract_consent_dialog_longer_than_the_article_is_not_it() -> None:
    """A GDPR consent dialog (Complianz's "cmplz-cookiebanner") whose legal text outweighs a
    short news item: the item is the article."""
    legal = "".join(
        f"<p>Die technische Speicherung oder der Zugang ist für den Zweck {i} erforderlich, "
        "um die Nutzung eines bestimmten Dienstes zu ermöglichen, den der Nutzer wünscht.</p>"
        for i in range(8)
    )
    html = (
        f"<html><body><div class='cmplz-cookiebanner banner-1'>{legal}</div><article>"
        "<h1>Hund beißt Einbrecher</h1><p>Nach aktuellem Kenntnisstand schlug der Hund des "
        "Hausbewohners in der Nacht an und vertrieb den Einbrecher, der ohne Beute floh.</p>"
        "<p>Als der Bewohner nach dem Rechten schauen wollte, war der Mann schon über den Zaun"
        " geklettert; die Polizei sucht Zeugen, die ihn gesehen haben.</p></article></body></html>"
    )
    text = extract_html(html).text
    assert text.startswith("Nach aktuellem Kenntnisstand")
    assert "Speicherung" not in text
