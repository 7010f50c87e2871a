"""HTML extraction: each user complaint from issue 3 on a small hand-made page, and bad HTML.

Pages are written here, in the shapes real sites use (WordPress, news CMSs, React wrappers);
no evaluation data is needed. Accuracy floors on real pages live in test_html_accuracy.py.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

import pytest

from tidings.extract.html import extract_html
from tidings.model import Capture
from tidings.options import Options
from tidings.pipeline import process

SENTENCES = [
    "The city council voted on Tuesday to keep the old library open for another five years.",
    "Members argued for three hours, and the final tally was seven votes to four in favour.",
    "The mayor said the decision reflected what residents had asked for at public meetings.",
    "Opponents warned that the building needs repairs that could cost more than two million.",
    "A group of volunteers has promised to raise part of the money through local events.",
    "The library first opened in 1911 and holds one of the region's oldest map collections.",
]


def paragraphs(n: int = 6, offset: int = 0) -> list[str]:
    return [SENTENCES[(i + offset) % len(SENTENCES)] + f" (point {i + 1})" for i in range(n)]


def page(body: str, head: str = "", title: str = "Council keeps the old library open") -> str:
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title} | Gazette"
        f"</title>{head}</head><body><header class='site-header'><a href='/'>Gazette</a>"
        "<nav><a href='/news'>News</a><a href='/sport'>Sport</a></nav></header>"
        f"{body}<footer><p>© 2024 Gazette Media. All rights reserved.</p></footer></body></html>"
    )


def article(inner: str, h1: str = "Council keeps the old library open") -> str:
    return page(f"<main><article><h1>{h1}</h1>{inner}</article></main>")


def ps(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def test_html_oddly_nested_paragraphs_all_kept() -> None:
    texts = paragraphs(6)
    inner = (
        f"<div class='body'><div><div><p>{texts[0]}</p></div></div>"
        f"<section><div><div><div><p>{texts[1]}</p><p>{texts[2]}</p></div></div></div></section>"
        f"<div>{texts[3]}<br><br>{texts[4]}</div>"  # text straight in a div, split by <br>
        f"<div><span><font><p>{texts[5]}</p></font></span></div></div>"
    )
    art = extract_html(article(inner))
    assert art.status == "article"
    for t in texts:
        assert t in art.text


def test_html_subheadings_kept_pullquotes_and_captions_out() -> None:
    texts = paragraphs(6)
    inner = (
        ps(texts[:3])
        + "<h2>What happens next</h2>"
        + "<blockquote class='pull-quote'>A library is the heart of a town</blockquote>"
        + "<figure><img src='/img/library.jpg' alt='The library'>"
        + "<figcaption>The library reading room in March. (AFP Photo / Jane Doe)</figcaption>"
        + "</figure>"
        + ps(texts[3:])
    )
    art = extract_html(article(inner))
    assert art.subheadings == ["What happens next"]
    assert "heart of a town" not in art.text
    assert "reading room" not in art.text
    (img,) = art.images
    assert img.url == "/img/library.jpg"
    assert img.caption == "The library reading room in March."
    assert img.credit is not None and "Jane Doe" in img.credit


def test_html_hover_card_of_a_person_out_of_the_sentence_that_names_them() -> None:
    """The Hill writes a person's hover card (photo, full name, headlines, MORE) inside the
    sentence, after the name: the name stays, the card goes."""
    texts = paragraphs(5)
    card = (
        "<span class='rollover-people'><a class='rollover-people-link' href='/people/ana-ruiz'>"
        "Ana Ruiz</a><span class='rollover-people-block'><span class='rollover-block'><span>"
        "<img src='/ruiz.jpg'><a class='name' href='/people/ana-ruiz'>Ana Maria Ruiz</a>"
        "<a class='people-articles' href='/n/1'>Governor signs the water bill</a> "
        "<a class='more' href='/people/ana-ruiz'>MORE</a></span></span></span></span>"
    )
    inner = f"<p>Gov. {card} (D) said on Monday that the dam would be repaired.</p>" + ps(texts)
    art = extract_html(article(inner))
    assert "Gov. Ana Ruiz (D) said on Monday that the dam would be repaired." in art.text
    assert "Ana Maria Ruiz" not in art.text and "MORE" not in art.text


def test_html_related_links_block_out_of_body_into_related() -> None:
    inner = ps(paragraphs(6)) + (
        "<div class='related-articles'><h3>Related</h3><ul>"
        "<li><a href='/a'>Museum plans a new wing for its modern art collection</a></li>"
        "<li><a href='/b'>School board approves the budget for next year's repairs</a></li>"
        "</ul></div>"
    )
    art = extract_html(article(inner))
    assert "Museum plans" not in art.text
    assert [link.title for link in art.related] == [
        "Museum plans a new wing for its modern art collection",
        "School board approves the budget for next year's repairs",
    ]
    assert art.related[0].url == "/a"


def test_html_teaser_list_does_not_leak_or_give_its_date() -> None:
    teasers = "".join(
        f"<li><time datetime='2024-03-0{i}'>March {i}</time><a href='/t{i}'>Other story {i} "
        "about the weather this weekend</a></li>"
        for i in range(1, 6)
    )
    body = (
        f"<aside class='latest'><h3>Latest</h3><ul>{teasers}</ul></aside>"
        "<main><article><h1>Council keeps the old library open</h1>"
        "<p class='meta'><time datetime='2024-02-20T09:30:00+01:00'>20 February 2024</time></p>"
        + ps(paragraphs(6))
        + "</article></main>"
    )
    art = extract_html(page(body))
    assert "Other story" not in art.text
    assert art.published == "2024-02-20T09:30:00+01:00"


def test_html_future_date_is_rejected() -> None:
    head = "<meta property='article:published_time' content='2031-05-01T10:00:00Z'>"
    html = page("<main><article><h1>Council keeps the old library open</h1>"
                + ps(paragraphs(6)) + "</article></main>", head=head)  # fmt: skip
    cap = Capture.from_bytes(
        html.encode(), source="x.html", captured_at=datetime(2024, 3, 1, tzinfo=UTC)
    )
    art = process(cap, Options(analyze=False))
    assert art.status == "article"
    assert art.published is None  # 2031 is after the capture: never taken


def test_html_date_from_url_when_the_page_has_none() -> None:
    html = article(ps(paragraphs(6)))
    art = extract_html(html, url="https://gazette.example/2023/11/05/library-vote/")
    assert art.published == "2023-11-05"


@pytest.mark.parametrize(
    "byline,expected",
    [
        pytest.param("<span class='byline'>By JANE DOE</span>", ["Jane Doe"], id="caps"),
        pytest.param("<span class='byline'>Email the author</span>", [], id="email-author"),
        pytest.param("<div class='author'>CNN Wire</div>", [], id="cnn-wire"),
        pytest.param(
            "<span class='byline'>By Jane Doe and John Smith, Reuters</span>",
            ["Jane Doe", "John Smith"],
            id="two-and-agency",
        ),
    ],
)
def test_html_bylines_junk_rejected(byline: str, expected: list[str]) -> None:
    html = page(
        "<main><article><h1>Council keeps the old library open</h1>"
        f"<div class='article-meta'>{byline}</div>" + ps(paragraphs(6)) + "</article></main>"
    )
    assert extract_html(html).authors == expected


def test_html_visible_byline_agrees_with_json_ld() -> None:
    head = (
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "NewsArticle", "headline": "Council keeps the old library open", '
        '"author": [{"@type": "Person", "name": "JANE DOE"}], '
        '"datePublished": "2024-02-20T09:30:00Z"}</script>'
    )
    html = page(
        "<main><article><h1>Council keeps the old library open</h1>"
        + ps(paragraphs(6))
        + "</article></main>",
        head=head,
    )
    art = extract_html(html)
    assert art.authors == ["Jane Doe"]
    assert art.published == "2024-02-20T09:30:00+00:00"
    assert art.title == "Council keeps the old library open"


def index_page() -> str:
    items = "".join(
        f"<li><h3><a href='/story/{i}'>Headline number {i} about the local news today</a></h3>"
        f"<span class='date'>March {i}, 2024</span></li>"
        for i in range(1, 25)
    )
    return page(f"<main><h1>Local news</h1><ul class='stories'>{items}</ul></main>", title="News")


@pytest.mark.parametrize(
    "html,url,why",
    [
        pytest.param(index_page(), "https://gazette.example/news/", "index page", id="index"),
        pytest.param(
            page(
                "<main><h1>Page not found</h1><p>Sorry, we could not find that page.</p></main>",
                title="404 Page not found",
            ),
            None,
            "error page",
            id="error",
        ),
        pytest.param(
            page(
                "<main><h1>Sign in</h1><form><input name='user'><input type='password' "
                "name='pw'><button>Sign in</button></form></main>",
                title="Sign in",
            ),
            None,
            "login page",
            id="login",
        ),
        pytest.param(
            page(
                "<main><h1>Search results</h1><p>No results for 'library'.</p></main>",
                title="Search results",
            ),
            "https://gazette.example/search?q=library",
            "search page",
            id="search",
        ),
    ],
)
def test_html_pages_without_article_say_why(html: str, url: str | None, why: str) -> None:
    art = extract_html(html, url=url)
    assert art.status == "no_article"
    assert art.reason is not None and art.reason.startswith(why)


def test_html_article_text_offsets_hold() -> None:
    art = extract_html(article(ps(paragraphs(6)) + "<h2>Next steps</h2>" + ps(paragraphs(2, 3))))
    for p in art.paragraphs:
        assert art.text[p.start : p.end] == p.text


# ---------------------------------------------------------------- bad HTML, in bounded time


def run_bounded(data: bytes, seconds: float, **origin: object):
    start = time.perf_counter()
    art = process(Capture.from_bytes(data, source="bad.html", **origin), Options(analyze=False))
    assert time.perf_counter() - start < seconds
    return art


def test_html_truncated_page_still_extracted() -> None:
    html = article(ps(paragraphs(6))).encode()
    cut = html[: html.index(b"(point 5)") + 4]  # ends inside a paragraph, tags left open
    art = run_bounded(cut, 5)
    assert art.status == "article"
    assert SENTENCES[0] in art.text


def test_html_deeply_nested_100k_levels_refused_quickly() -> None:
    deep = "<html><body>" + "<div>" * 100_000 + "<p>Deep.</p>" + "</div>" * 100_000
    art = run_bounded(deep.encode(), 5)
    assert art.status == "error"
    assert art.reason is not None and art.reason.startswith("too-deep")


def test_html_50mb_page_gets_a_result() -> None:
    para = "<p>" + SENTENCES[0] * 3 + "</p>\n"
    big = article(para * (50_000_000 // len(para))).encode()
    assert len(big) > 50_000_000
    art = run_bounded(big, 120)
    assert art.status == "article"
    assert len(art.text) > 40_000_000


def test_html_no_body_element() -> None:
    html = "<title>Council keeps the old library open</title>" + ps(paragraphs(6))
    art = run_bounded(html.encode(), 5)
    assert art.status == "article"
    assert SENTENCES[1] in art.text


def test_html_wrong_declared_charset_falls_back() -> None:
    # declared UTF-8 in <meta>, but the bytes are Windows-1252 ("é" is 0xE9)
    html = article(ps([s + " Café owners agreed." for s in paragraphs(6)]))
    art = run_bounded(html.encode("cp1252"), 5)
    assert art.status == "article"
    assert "Café owners agreed." in art.text


def test_html_http_charset_wins_over_meta() -> None:
    html = article(ps([s + " Ça coûte cher." for s in paragraphs(6)])).replace(
        "charset='utf-8'", "charset='iso-8859-1'"
    )
    art = run_bounded(html.encode("utf-8"), 5, charset="utf-8")
    assert "Ça coûte cher." in art.text


def test_html_empty_and_tag_only_pages() -> None:
    assert run_bounded(b"   ", 5).status == "error"
    art = run_bounded(b"<html><body><div></div></body></html>", 5)
    assert art.status == "no_article"


# ---------------------------------------------------------------- metadata reconciliation


def test_html_logo_h1_naming_the_site_is_not_the_title() -> None:
    """Blog themes put the site name in an <h1>: the <title>'s site part or the URL's host
    names it, and the headline comes from elsewhere."""
    body = (
        "<main><h1 class='logo'>Gazette</h1><article><h2>Council keeps the old library open</h2>"
        + ps(paragraphs(6))
        + "</article></main>"
    )
    assert extract_html(page(body)).title == "Council keeps the old library open"
    body_host = body.replace("Gazette</h1>", "gazette-blog.example</h1>")
    art = extract_html(page(body_host), url="https://www.gazette-blog.example/2024/library/")
    assert art.title == "Council keeps the old library open"


def test_html_kicker_run_into_the_h1_is_dropped_when_the_meta_title_lacks_it() -> None:
    head = "<meta property='og:title' content='Council keeps the old library open'>"
    h1 = "<span class='kicker'>Local politics:</span> Council keeps the old library open"
    html = page(f"<main><article><h1>{h1}</h1>{ps(paragraphs(6))}</article></main>", head=head)
    assert extract_html(html).title == "Council keeps the old library open"


def test_html_dublin_core_title_before_the_title_element() -> None:
    """No <h1>: a Dublin Core title wins over <title>, which carries the site name."""
    head = "<meta name='DC.title' content='Library stays open for five more years'>"
    html = page(f"<main><article>{ps(paragraphs(6))}</article></main>", head=head)
    assert extract_html(html).title == "Library stays open for five more years"


@pytest.mark.parametrize(
    "markup,expected",
    [
        pytest.param(
            "<span class='author vcard'><a class='url fn n' href='/author/gnaddrig/'>gnaddrig"
            "</a></span>",
            ["gnaddrig"],
            id="vcard-handle",
        ),
        pytest.param("<a rel='author' href='/author/daniel'>Daniel</a>", ["Daniel"], id="rel"),
        pytest.param("<a rel='author' href='/author/x'>admin</a>", [], id="admin-not-a-name"),
        pytest.param("<span class='tag'>gnaddrig</span>", [], id="unmarked-word"),
    ],
)
def test_html_one_word_author_handle_from_name_markup(markup: str, expected: list[str]) -> None:
    body = f"<main><article><h1>Council keeps the old library open</h1><div class='meta'>{markup}"
    html = page(body + f"</div>{ps(paragraphs(6))}</article></main>")
    assert extract_html(html).authors == expected


def test_html_no_article_record_keeps_the_page_metadata() -> None:
    head = (
        "<meta name='author' content='Jane Doe'>"
        "<meta property='article:published_time' content='2024-03-02T09:00:00+01:00'>"
    )
    art = extract_html(page("<main><h1>Short note</h1><p>Back soon.</p></main>", head=head))
    assert art.status == "no_article"
    assert art.authors == ["Jane Doe"]
    assert art.published is not None and art.published.startswith("2024-03-02")


@pytest.mark.parametrize(
    "stamp,expected",
    [
        pytest.param("2020-02-25T02:25:54+00:00", "2020-02-24", id="utc-next-day-url-wins"),
        pytest.param("2020-02-25T02:25:54Z", "2020-02-24", id="zulu"),
        pytest.param("2020-02-25T02:25:54-05:00", "2020-02-25", id="local-offset-kept"),
        pytest.param("2020-02-27T10:00:00+00:00", "2020-02-27", id="far-from-url-kept"),
    ],
)
def test_html_utc_stamp_one_day_off_the_url_takes_the_url_day(stamp: str, expected: str) -> None:
    head = f"<meta property='article:published_time' content='{stamp}'>"
    html = page(
        f"<main><article><h1>Council keeps the old library open</h1>{ps(paragraphs(6))}"
        "</article></main>",
        head=head,
    )
    art = extract_html(html, url="https://gazette.example/2020/02/24/library-vote/")
    assert art.published is not None and art.published[:10] == expected


@pytest.mark.parametrize(
    "head,url",
    [
        pytest.param(
            "<meta property='og:site_name' content='Valley Gazette'>"
            "<meta name='author' content='Valley Gazette'>",
            None,
            id="og-site-name",
        ),
        pytest.param(
            "<meta name='author' content='Valley Gazette'>",
            "https://www.valley-gazette.example/2024/03/library/",
            id="host",
        ),
    ],
)
def test_html_site_named_as_author_is_the_publisher_not_an_author(
    head: str, url: str | None
) -> None:
    html = page(
        f"<main><article><h1>Council keeps the old library open</h1>{ps(paragraphs(6))}"
        "</article></main>",
        head=head,
    )
    assert extract_html(html, url=url).authors == []


def test_html_personal_site_named_after_its_author_keeps_the_author() -> None:
    """A personal site's <title> ends with the owner's name: that name still signs the post."""
    head = "<meta name='author' content='Nicolas Perrault'>"
    html = page(
        f"<main><article><h1>Council keeps the old library open</h1>{ps(paragraphs(6))}"
        "</article></main>",
        head=head,
        title="Council keeps the old library open | Nicolas Perrault",
    )
    assert extract_html(html).authors == ["Nicolas Perrault"]


@pytest.mark.parametrize(
    "h1",
    [
        pytest.param("Local politics Council keeps the old library open", id="kicker-no-colon"),
        pytest.param(
            "Council keeps the old library open Members argued for three hours", id="subtitle"
        ),
        pytest.param("Council keeps the old li\u00adbrary open", id="soft-hyphen"),
    ],
)
def test_html_h1_with_extra_words_at_one_end_gives_the_meta_headline(h1: str) -> None:
    head = "<meta property='og:title' content='Council keeps the old library open - Gazette'>"
    html = page(f"<main><article><h1>{h1}</h1>{ps(paragraphs(6))}</article></main>", head=head)
    assert extract_html(html).title == "Council keeps the old library open"


def test_html_json_ld_author_by_reference_and_person_typed_twice() -> None:
    """Yoast points the article's author to a Person elsewhere in the @graph by its @id; a
    personal site types its owner as Person and Organization at once."""
    graph = (
        '{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"Council '
        'keeps the old library open","author":{"@id":"https://x.example/#/person/1"}},'
        '{"@type":["Person","Organization"],"@id":"https://x.example/#/person/1",'
        '"name":"Doris Schuppe"}]}'
    )
    head = f"<script type='application/ld+json'>{graph}</script>"
    html = page(
        f"<main><article><h1>Council keeps the old library open</h1>{ps(paragraphs(6))}"
        "</article></main>",
        head=head,
    )
    assert extract_html(html).authors == ["Doris Schuppe"]


def test_html_author_link_inside_an_author_box_gives_a_handle() -> None:
    meta = (
        "<div class='entry-meta-author'><a class='name' href='/author/matthias/'>Matthias</a></div>"
    )
    html = page(
        f"<main><article><h1>Council keeps the old library open</h1>{meta}{ps(paragraphs(6))}"
        "</article></main>"
    )
    assert extract_html(html).authors == ["Matthias"]


def test_html_extract_dropped_teasers_keep_page_order() -> None:
    """Records are the same in every process (engines compare them): no set-order leaks."""
    story = "".join(
        f"<p>Paragraph {i} of the story tells how the council voted on the new budget plan, with "
        "members divided over schools, roads and the cost of the new hospital wing for years.</p>"
        for i in range(8)
    )
    teasers = "".join(
        f'<p><a href="/story-{i}">Other headline number {i} here</a></p>'
        f"<p>Blurb {i} about another story in the news this week.</p>"
        for i in range(12)
    )
    page = (
        "<html><head><title>Budget vote</title></head><body><article><h1>Budget vote</h1>"
        f"{story}{teasers}</article></body></html>"
    )
    article = extract_html(page)
    dropped = [d.text for d in article.dropped if d.reason == "teaser"]
    assert dropped == [f"Blurb {i} about another story in the news this week." for i in range(12)]


def test_standfirst_set_as_a_heading_above_the_text_is_kept():
    """A lead sentence some sites set as an <h2> in the header, just above the text's own
    wrapper, is the article's; a linked heading there (a teaser's title) is not."""
    para = (
        "The minister met the unions on Monday and again on Tuesday, and said afterwards that "
        "the reform would go ahead in the spring whatever the outcome of the strikes. "
    )
    lead = (
        "Charged with carrying the pension reform, the high commissioner won the trust of the "
        "president and of the prime minister in a few months."
    )
    html = (
        "<html><body><header><h1>The reform man</h1><div><h2>" + lead + "</h2></div></header>"
        '<div class="text"><div class="inner">'
        + "".join(f"<p>{para}{n}</p>" for n in range(4))
        + "</div></div></body></html>"
    )
    a = extract_html(html, "https://example.org/politics/reform-man")
    assert a.text.startswith(lead)
    linked = html.replace(f"<h2>{lead}</h2>", f'<h2><a href="/other">{lead}</a></h2>')
    assert lead not in extract_html(linked, "https://example.org/politics/reform-man").text


def test_text_inside_a_sidebar_widget_does_not_outvote_the_post():
    """A short post under its headline loses to no longer blurb in a sidebar widget (a blog's
    "about" box, a quoted testimonial): text inside furniture counts half."""
    post = [
        "I would invest in smart, economical charging stations for electric cars, if only the "
        "town let anyone put one up outside the shop, where the old petrol pump used to be.",
        "Thanks for the tip, and for the commission of two per cent, which I will happily take.",
    ]
    about = (
        "Insights and lessons from entrepreneurs, investors, artists and makers, told in their "
        "own words, one interview at a time, with what went wrong as well as what went right, "
        "and what they would do differently if they had to start again from nothing tomorrow."
    )
    more = (
        "By now there are a good dozen articles in this series, with founders from Berlin, "
        "Hamburg, Vienna and Zurich, and more of them are already written and waiting."
    )
    html = (
        "<html><body><div id='page'><div class='content'><div class='post'>"
        "<h1>Electric pumps.</h1><div class='meta'>17/11/2019 ~ Cem</div>"
        "<div class='entry'>" + "".join(f"<p>{p}</p>" for p in post) + "</div></div></div>"
        "<div class='sidebar'><div class='widget'><h2>The series</h2>"
        f"<div class='text'><blockquote>{about}</blockquote><div>{more}</div></div></div></div>"
        "<div class='credits'><p>" + " ".join(paragraphs(3)) + "</p></div>"
        "</div></body></html>"
    )
    text = extract_html(html, "https://blog.example.org/2019/11/17/electric-pumps/").text
    assert text.startswith(post[0])
    assert about not in text


def test_the_text_under_the_headline_beats_a_longer_box_elsewhere():
    """A short post under the page's headline is the article, not a longer unmarked box further
    down (a party's programme, a shop's delivery terms) that gathers more text."""
    post = paragraphs(6)
    programme = " ".join(
        f"{n}. Members stand for self-determination, participation, freedom and transparency "
        "in every part of public life, and ask the same of every office they hold."
        for n in range(1, 7)
    )
    html = (
        "<html><head><title>Basic income is a human right | Party North</title></head><body>"
        "<div id='wrap'><div id='main'><div class='post'><h1>Basic income is a human right</h1>"
        + "".join(f"<p>{p}</p>" for p in post)
        + "</div></div><div id='extra'><div class='box'><div class='inner'><div><div>"
        + f"<div>{programme}</div></div></div></div></div></div></div></body></html>"
    )
    text = extract_html(html, "https://party.example.org/basic-income/").text
    assert text.startswith(post[0])
    assert "self-determination" not in text


def _post_beside_a_programme(title: str, headline: str, post: list[str], site: str = "") -> str:
    """A party's blog post under ``headline`` and, in a deeply nested box beside it, the party
    programme: six numbered points, more text than the post."""
    programme = " ".join(
        f"{n}. Members stand for self-determination, participation, freedom and transparency "
        "in every part of public life, and ask the same of every office they hold."
        for n in range(1, 7)
    )
    return (
        f"<html><head><title>{title}</title></head><body>"
        f"<div id='wrap'>{site}<div id='main'><div class='post'>{headline}"
        + "".join(f"<p>{p}</p>" for p in post)
        + "</div></div><div id='extra'><div class='box'><div class='inner'><div><div>"
        + f"<div>{programme}</div></div></div></div></div></div></div></body></html>"
    )


def test_a_headline_written_with_other_quotes_than_the_title_is_found():
    """The <h1> "Basic income – it’s a human right" is the headline of a page titled "Basic
    income: it's a human right": the same words, other punctuation."""
    post = paragraphs(6)
    html = _post_beside_a_programme(
        "Basic income: it's a human right", "<h1>Basic income – it’s a human right</h1>", post
    )
    text = extract_html(html, "https://party.example.org/basic-income/").text
    assert text.startswith(post[0])
    assert "self-determination" not in text


def test_a_recipe_under_its_headline_beats_a_long_site_blurb_further_down():
    """Under a recipe's headline stand its figures (time, servings, rating) before the first
    paragraph; the recipe is the article even when a site blurb further down holds several
    times its text."""
    steps = paragraphs(3)
    figures = "".join(f"<div>{x}</div>" for x in ["45 min", "easy", "4 servings", "4.5 stars"])
    figures += "<ul><li><a href='/share/fb'>Share</a></li><li><a href='/pin'>Pin</a></li></ul>"
    blurb = " ".join(paragraphs(12, offset=3))
    html = (
        "<html><head><title>Pumpkin dumplings in sage butter</title></head><body><div id='page'>"
        "<div class='recipe'><h1>Pumpkin dumplings in sage butter</h1>"
        + figures
        + "".join(f"<p>{p}</p>" for p in steps)
        + "</div><ul>"
        + "".join(f"<li><a href='/r/{n}'>More recipes {n}</a></li>" for n in range(4))
        + "</ul><div id='below'><div class='about'><div class='inner'><div><div>"
        + f"<p>{blurb}</p></div></div></div></div></div></div></body></html>"
    )
    text = extract_html(html, "https://recipes.example.org/pumpkin-dumplings").text
    assert all(step in text for step in steps)
    assert "(point 12)" not in text


def test_a_short_box_under_the_headline_does_not_turn_a_product_page_into_no_article():
    """Under a shop page's headline stands a one-sentence teaser in a box of its own; the
    product's description, further down, is the page's text. When the text under the headline
    is too short to be an article, the element the vote chose is taken, not "no article"."""
    teaser = (
        "Our sturdy pine hutch with a run gives your rabbits room to play outside, "
        "and its floor tray slides out for quick cleaning."
    )
    description = paragraphs(4)
    specs = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in [("Width", "104 cm")] * 3)
    html = (
        "<html><head><title>Pine rabbit hutch with run | Pet Shop</title></head><body>"
        "<div id='main'><div class='product-head'><h1>Pine rabbit hutch with run</h1>"
        f"<div class='intro'><p>{teaser}</p></div><div>49.99 EUR</div>"
        "<button>Add to cart</button></div>"
        f"<table>{specs}</table>"
        "<ul>" + "".join(f"<li><a href='/c/{n}'>Category {n}</a></li>" for n in range(6)) + "</ul>"
        "<div class='tabs'><div class='tab-content'><div class='description'>"
        + "".join(f"<p>{p}</p>" for p in description)
        + "</div></div></div></div></body></html>"
    )
    article = extract_html(html, "https://shop.example.org/pine-rabbit-hutch")
    assert article.status == "article", article.reason
    assert all(p in article.text for p in description)


def test_a_headline_linked_to_its_own_address_is_the_headline():
    """A blog post's or a question's title is often a link to its own address; it is the
    headline when it reads as the title's own part ("Party North » Basic income ..."), while
    the site's name, linked to the front page, is not."""
    post = paragraphs(6)
    html = _post_beside_a_programme(
        "Party North » Basic income is a human right",
        "<h1><a href='/basic-income/'>Basic income is a human right</a></h1>",
        post,
        site="<h1><a href='/'>Party North</a></h1>",
    )
    text = extract_html(html, "https://party.example.org/basic-income/").text
    assert text.startswith(post[0])
    assert "self-determination" not in text


def test_a_photo_note_with_a_list_of_details_under_its_headline_beats_a_site_blurb():
    """A photo post: one paragraph and a list of short details (camera, lens, exposure) under
    its headline, a comment form, and a longer "about this magazine" blurb in the sidebar. The
    short lines are the post's too: they do not make its text lighter than it is."""
    note = " ".join(paragraphs(3))
    details = [f"Detail {n}: {n * 30} mm" for n in range(1, 21)]
    blurb = " ".join(paragraphs(12, offset=3))
    html = (
        "<html><head><title>The Pleiades, M45 - Sky Magazine</title></head><body>"
        "<div id='wrap'><div id='main'><h1>The Pleiades, M45</h1>"
        f"<div class='entry'>{note}<h3>Details</h3><ul>"
        + "".join(f"<li>{d}</li>" for d in details)
        + "</ul></div><div id='respond'><h4>Leave a comment</h4><form>"
        + "".join(f"<p>{f}</p>" for f in ("Comment", "Name*", "E-mail*", "Website"))
        + "</form></div></div><div id='side'><h4>Sky Magazine</h4>"
        f"<div><div><p>{blurb}</p></div></div></div></div></body></html>"
    )
    text = extract_html(html, "https://sky.example.org/pleiades-m45/").text
    assert text.startswith(note)
    assert "(point 12)" not in text
