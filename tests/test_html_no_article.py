"""Index pages are not articles: each kind of non-article page, hand-made in the shapes real
sites use, gets ``no_article`` with a specific reason; real articles that look a little like
them (many related links, a short brief, a live blog, a paywalled capture) stay articles.

The hard index pages are those whose teaser cards carry blurbs: a front page of twelve cards,
each a linked headline over a sentence, holds well over the no-article floor of "running text"
(the Yahoo front page of newspaper4k's tests was read as an article of 20 blurbs).
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from tidings.cli import app
from tidings.extract.html import extract_html

BLURBS = [
    "The council voted to keep the old library open for five more years after a long debate.",
    "Rail operators warned of delays through the weekend as engineers replace a signal box.",
    "A local bakery won the regional prize for its rye bread, beating forty other entries.",
    "Police asked witnesses to come forward after a van struck a bus shelter on Friday night.",
    "The football club confirmed its new coach, a former player who led the youth academy.",
    "Schools will open an hour later in winter, the education board said in a statement.",
]
ARTICLE = [
    "The city council voted on Tuesday to keep the old library open for another five years, "
    "ending a dispute that has divided the town since the spring.",
    "Members argued for three hours, and the final tally was seven votes to four in favour. "
    "The mayor said the decision reflected what residents had asked for at public meetings.",
    "Opponents warned that the building needs repairs that could cost more than two million, "
    "and asked where the money would come from in a year of cuts.",
    "A group of volunteers has promised to raise part of the money through local events, "
    "starting with a book sale in the main hall next month.",
    "The library first opened in 1911 and holds one of the region's oldest map collections, "
    "which draws researchers from across the country every summer.",
]


def page(body: str, title: str, head: str = "") -> str:
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        f"{head}</head><body><header><a href='/'>Gazette</a><nav><a href='/news'>News</a>"
        "<a href='/sport'>Sport</a></nav></header>"
        f"{body}<footer><p>© 2024 Gazette Media. All rights reserved.</p></footer></body></html>"
    )


def card(i: int, tag: str = "div", date: bool = True) -> str:
    """A teaser card: its own linked headline, a blurb, a source and often a date."""
    when = f"<time datetime='2024-03-{i % 28 + 1:02d}'>{i} hours ago</time>" if date else ""
    return (
        f"<{tag} class='card'><a href='/news/2024/03/story-{i}'><img src='/i/{i}.jpg'></a>"
        f"<h3><a href='/news/2024/03/story-{i}'>Story number {i} of the day in the town</a></h3>"
        f"<p class='summary'>{BLURBS[i % len(BLURBS)]}</p>"
        f"<div class='meta'><span>Gazette Wire</span>{when}</div></{tag}>"
    )


def cards(n: int, tag: str = "div", date: bool = True) -> str:
    return "".join(card(i, tag, date) for i in range(1, n + 1))


def website_jsonld(kind: str = "WebSite") -> str:
    data = {"@context": "https://schema.org", "@type": kind, "name": "Gazette"}
    return f"<script type='application/ld+json'>{json.dumps(data)}</script>"


def article_head(kind: str = "NewsArticle") -> str:
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": "Council keeps the old library open",
        "datePublished": "2024-03-05T09:00:00Z",
    }
    return (
        "<meta property='og:type' content='article'>"
        f"<script type='application/ld+json'>{json.dumps(data)}</script>"
    )


FRONT = page(
    f"<main><section class='top-stories'>{cards(12)}</section></main>",
    "Gazette - news from the town",
    "<meta property='og:type' content='website'>"
    "<meta property='og:url' content='https://gazette.example/'>" + website_jsonld(),
)
SECTION = page(
    f"<main><h1>Sport</h1><ul class='stream'>{cards(8, 'li')}</ul></main>",
    "Sport | Gazette",
)
SEARCH = page(
    f"<main><h1>Results for library</h1><ol class='results'>{cards(6, 'li', False)}</ol></main>",
    "Search results for library | Gazette",
)
ERROR = page(
    "<main><h1>Sorry, that page is gone</h1><p>The page you asked for has moved or never "
    f"existed.</p><h2>Popular now</h2>{cards(6)}</main>",
    "Page not found | Gazette",
)
LOGIN = page(
    "<main><h1>Log in to the Gazette</h1><form action='/login' method='post'>"
    "<label>Email <input name='email'></label><label>Password <input type='password' "
    "name='pw'></label><button>Log in</button></form><p>Subscribers read every story, the "
    "archive since 1911 and the daily puzzles. Log in with the email address you gave when "
    "you subscribed; forgot your password? We will send you a link to set a new one.</p>"
    f"<h2>Read for free today</h2>{cards(6)}</main>",
    "Log in | Gazette",
)
TAG = page(
    "<main><h1>Posts tagged climate</h1>"
    + "".join(
        f"<article class='post'><h2 class='entry-title'><a href='/2023/0{i}/post-{i}/'>"
        f"Notes on the weather, part {i} of the series</a></h2><div class='entry-meta'>"
        f"Posted on <time datetime='2023-0{i}-02'>2 March 2023</time></div>"
        f"<div class='entry-summary'><p>{BLURBS[i % 6]} {BLURBS[(i + 1) % 6]}</p></div>"
        f"<a class='more-link' href='/2023/0{i}/post-{i}/'>Continue reading</a></article>"
        for i in range(1, 8)
    )
    + "</main>",
    "climate | A weather blog",
)


@pytest.mark.parametrize(
    "html,url,start,words",
    [
        pytest.param(
            FRONT, "https://gazette.example/", "index page", ["12 teaser cards"], id="front"
        ),
        pytest.param(
            SECTION,
            "https://gazette.example/sport/",
            "index page",
            ["8 teaser cards"],
            id="section",
        ),
        pytest.param(
            SEARCH,
            "https://gazette.example/search?q=library",
            "search page",
            ["6 teaser cards"],
            id="search",
        ),
        pytest.param(
            ERROR, "https://gazette.example/news/old-story", "error page", ["not found"], id="404"
        ),
        pytest.param(
            LOGIN, "https://gazette.example/login", "login page", ["password"], id="login"
        ),
        pytest.param(
            TAG, "https://weather.example/tag/climate/", "index page", ["7 teaser cards"], id="tag"
        ),
    ],
)
def test_non_article_pages_say_what_they_are(html: str, url: str, start: str, words: list) -> None:
    art = extract_html(html, url)
    assert art.status == "no_article", art.text[:200]
    assert art.reason is not None and art.reason.startswith(start), art.reason
    for word in words:
        assert word in art.reason.lower()
    assert art.text == ""


def test_front_page_takes_no_teaser_date_or_byline() -> None:
    """The dates and sources printed on the cards are the teasers', not the front page's."""
    art = extract_html(FRONT, "https://gazette.example/")
    assert art.status == "no_article"
    assert art.published is None
    assert art.authors == []


def test_section_page_found_without_its_address() -> None:
    """A grid of cards is an index page at any address (a capture's URL may be lost)."""
    art = extract_html(SECTION, None)
    assert art.status == "no_article" and "teaser cards" in (art.reason or "")


def test_article_with_many_related_links_stays_an_article() -> None:
    body = "".join(f"<p>{t}</p>" for t in ARTICLE)
    related = "".join(
        f"<li><a href='/news/other-{i}'>Another story number {i} about the town</a>"
        f"<p>{BLURBS[i % 6]}</p></li>"
        for i in range(8)
    )
    html = page(
        f"<main><article><h1>Council keeps the old library open</h1>{body}"
        f"<h2>More from the Gazette</h2><ul class='more'>{related}</ul></article></main>",
        "Council keeps the old library open",
        article_head(),
    )
    art = extract_html(html, "https://gazette.example/news/2024/03/council-keeps-library")
    assert art.status == "article"
    assert ARTICLE[0] in art.text and ARTICLE[-1] in art.text


def test_short_brief_beside_teaser_sidebar_stays_an_article() -> None:
    html = page(
        f"<main><article><h1>Bridge closed</h1><p>{ARTICLE[0]}</p></article></main>"
        f"<aside class='most-read'><h2>Most read</h2>{cards(6)}</aside>",
        "Bridge closed",
        article_head(),
    )
    art = extract_html(html, "https://gazette.example/news/2024/03/bridge-closed")
    assert art.status == "article"
    assert art.text.startswith("The city council voted")


def test_live_blog_with_linked_entry_titles_stays_an_article() -> None:
    """A live blog's entries are short and each sits under its own linked title: a card grid
    by shape, but the page says it is one article (LiveBlogPosting)."""
    entries = "".join(
        f"<div class='entry' id='post-{i}'><h3><a href='/live/2024/03/vote#post-{i}'>Update "
        f"{i}: the count goes on in the hall</a></h3><time>1{i}:00</time><p>{BLURBS[i % 6]}</p>"
        "</div>"
        for i in range(1, 10)
    )
    html = page(
        f"<main><article><h1>Council vote: live</h1>{entries}</article></main>",
        "Council vote: live",
        article_head("LiveBlogPosting"),
    )
    art = extract_html(html, "https://gazette.example/live/2024/03/vote")
    assert art.status == "article"
    assert BLURBS[1] in art.text


def test_paywalled_capture_with_login_form_stays_an_article() -> None:
    html = page(
        f"<main><article><h1>Council keeps the old library open</h1><p>{ARTICLE[0]}</p>"
        f"<p>{ARTICLE[1]}</p><div class='paywall'><p>Subscribe to read on.</p>"
        "<form><input name='email'><input type='password' name='pw'><button>Log in</button>"
        "</form></div></article></main>",
        "Council keeps the old library open",
        article_head(),
    )
    art = extract_html(html, "https://gazette.example/news/2024/03/council-keeps-library")
    assert art.status == "article"
    assert ARTICLE[1] in art.text


def test_cli_prints_the_reason_and_the_batch_goes_on(tmp_path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a-front.html").write_text(FRONT)
    (pages / "b-story.html").write_text(
        page(
            "<main><article><h1>Council keeps the old library open</h1>"
            + "".join(f"<p>{t}</p>" for t in ARTICLE)
            + "</article></main>",
            "Council keeps the old library open",
            article_head(),
        )
    )
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", "--no-analyze", str(pages), "-o", str(out)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["status"] for r in records] == ["no_article", "article"]
    assert "teaser cards" in records[0]["reason"]


@pytest.mark.parametrize(
    "url,head,index",
    [
        ("https://gazette.example/sport/football/", "", True),
        ("https://gazette.example/tag/climate-change/", "", True),
        ("https://gazette.example/2024/03/05/three-stories-in-one", website_jsonld(), False),
        (
            "https://gazette.example/2024/03/05/three-stories-in-one",
            website_jsonld("CollectionPage"),
            True,
        ),
    ],
)
def test_three_cards_are_an_index_only_where_the_page_says_it_lists(
    url: str, head: str, index: bool
) -> None:
    """Three cards make an index page at a section or tag address or under a JSON-LD
    CollectionPage (a WebSite object, which Yoast writes on every page, does not count); five
    are needed elsewhere."""
    html = page(f"<main><div class='stream'>{cards(3)}</div></main>", "Three stories", head)
    art = extract_html(html, url)
    assert (art.status == "no_article") is index, art.reason
