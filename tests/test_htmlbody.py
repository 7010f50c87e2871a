"""Body rules of htmlbody.py on small hand-made pages: data tables, teaser excerpts, the tail
after a "You may also like" heading. (User complaints on whole pages: test_html_extract.py.)"""

from __future__ import annotations

from tidings.extract import htmlbody
from tidings.extract.html import extract_html
from tidings.extract.htmlbody import Block

INTRO = [
    "On this page you will always find the standings of the championship after the last race.",
    "Add the page to your favourites and come back to check the standings after every round!",
    "Final standings of the cup series after 36 rounds, with wins, poles and top fives:",
]
DRIVERS = ["Kyle Busch", "Martin Truex", "Kevin Harvick", "Denny Hamlin", "Joey Logano"]
STORY = [
    "Their dream shattered and their savings spent, nearly 150 people returned home on Wednesday.",
    "One of them said it was the fourth time he had been sent back, after three failed attempts.",
    "He said he had spent his family's savings on agents who promised him a safe crossing.",
    "The aircraft carrying the group landed at the main terminal at six, officials said.",
]


def _page(body: str) -> str:
    return (
        "<html><head><title>Page</title></head><body><nav><a href='/'>Home</a></nav>"
        f"{body}<footer>© Site</footer></body></html>"
    )


def test_htmlbody_data_table_rows_read_as_lines() -> None:
    rows = "".join(
        f"<tr><td>{i}</td><td>{name}</td><td>{5040 - i * 3}</td><td>{i % 3}</td></tr>"
        for i, name in enumerate(DRIVERS, 1)
    )
    html = _page(
        "<div class='post'><h1>Cup standings</h1>"
        + "".join(f"<p>{t}</p>" for t in INTRO[:2])
        + f"<p>{INTRO[2]}</p><table><tr><th>Pos.</th><th>Driver</th><th>Points</th>"
        f"<th>Wins</th></tr>{rows}</table></div>"
        "<aside class='sidebar'><p>Click on the picture to read every column our writer has"
        " published this season about the races.</p></aside>"
    )
    art = extract_html(html)
    assert art.status == "article", art.reason
    assert "1 Kyle Busch 5037 1" in art.text
    assert "Pos. Driver Points Wins" in art.text
    assert INTRO[0] in art.text and "every column" not in art.text


def test_htmlbody_linked_cells_stay_apart() -> None:
    """A linked cell (a title in a list of films) is not joined to its row's plain cells."""
    page = htmlbody.walk(
        htmlbody.parse(
            "<table><tr><td><a href='/a'>Repeat Performance</a></td><td>1947</td>"
            "<td>A woman relives a year.</td></tr></table>"
        ).body
    )
    assert [b.text for b in page.blocks] == ["Repeat Performance", "1947 A woman relives a year."]


def test_htmlbody_short_cells_do_not_vote_against_their_table() -> None:
    cell = Block("5040", "td", 0, (1, 2, 3), ())
    scrap = Block("5040", "div", 0, (1, 2, 3), ())
    assert htmlbody.vote(cell) == 0.0
    assert htmlbody.vote(scrap) < 0


def test_htmlbody_ticker_of_cut_off_teasers_left_out() -> None:
    ticker = "".join(
        f"<li><a href='/s{i}'>Other story number {i} about the news</a> CITY: The first words"
        f" of another story that the site shows in its ticker, cut off after a few words...</li>"
        for i in range(4)
    )
    html = _page(
        f"<div class='wrap'><div class='ticker'><div>Breaking News</div><ul>{ticker}</ul></div>"
        "<div class='entry'><h2>Deportees return home</h2>"
        + "".join(f"<p>{t}</p>" for t in STORY)
        + "</div></div>"
    )
    art = extract_html(html)
    assert art.status == "article"
    assert all(t in art.text for t in STORY)
    assert "Other story" not in art.text and "cut off" not in art.text


def test_htmlbody_one_cut_off_paragraph_with_a_link_is_kept() -> None:
    last = "And then, as <a href='/x'>the report</a> put it, the rest was silence..."
    html = _page("<article>" + "".join(f"<p>{t}</p>" for t in STORY) + f"<p>{last}</p></article>")
    art = extract_html(html)
    assert "the rest was silence..." in art.text


def test_htmlbody_tail_after_you_may_also_like_dropped() -> None:
    cards = "".join(
        f"<div class='share'><a href='/w'>Whatsapp</a> <a href='/f'>Facebook</a></div>"
        f"<p>A short other post number {i}, a few lines long and shown here as a card to read.</p>"
        for i in range(2)
    )
    html = _page(
        "<div class='content'>"
        + "".join(f"<p>{t}</p>" for t in STORY)
        + f"<h3>You may also like...</h3>{cards}</div>"
    )
    art = extract_html(html)
    assert all(t in art.text for t in STORY)
    assert "other post" not in art.text


def test_htmlbody_paywall_class_on_every_paragraph_is_still_the_article() -> None:
    """Magazines mark the subscribers' paragraphs <p class="paywall">: one class on most of the
    article's paragraphs describes the text, it does not make them furniture."""
    body = f"<p>{STORY[0]}</p>" + "".join(f"<p class='paywall'>{t}</p>" for t in STORY[1:])
    html = _page(
        f"<article><div class='body__inner'>{body}</div></article>"
        "<div class='related'><p>Another story our readers liked a lot, about the same subject"
        " and told at great length.</p></div>"
    )
    art = extract_html(html)
    assert all(t in art.text for t in STORY)
    assert "readers liked" not in art.text


def test_htmlbody_hidden_paragraphs_stay_out_however_many() -> None:
    body = f"<p>{STORY[0]}</p>" + "".join(f"<p hidden>{t}</p>" for t in STORY[1:])
    shown = "".join(f"<p>{t}</p>" for t in INTRO)
    art = extract_html(_page(f"<article>{body}{shown}</article>"))
    assert STORY[0] in art.text and STORY[1] not in art.text


def test_html_short_cjk_article_is_an_article() -> None:
    """200 Japanese characters say about what 600 Latin ones do: not 'too short'."""
    text = (
        "６月12日の歴史的な米朝首脳会談を巡って戦っていたのは、米大統領と北朝鮮委員長ばかりではなかった。"
        * 2
    )
    nav = "".join(f"<li><a href='/{i}'>リンク{i}</a></li>" for i in range(30))
    html = _page(f"<ul class='menu'>{nav}</ul><article><h1>見出し</h1><p>{text}</p></article>")
    art = extract_html(html)
    assert len(text) < 250
    assert art.status == "article", art.reason
    assert art.text == text


def test_html_show_notes_split_by_link_lists_taken_from_their_article() -> None:
    """A post whose paragraphs are split by link lists: the best container alone is one short
    paragraph; the publisher's <article> around it holds the post."""
    links = "".join(f"<li><a href='/l{i}'>Episode link {i}</a></li>" for i in range(12))
    html = _page(
        "<main><article class='post'><h1>Episode 70</h1>"
        f"<div>{STORY[0]}</div><div><p>{STORY[1]}</p></div><ul>{links}</ul>"
        f"<div>{STORY[2]} {INTRO[0]}</div><ul>{links}</ul><div><p>{STORY[3]} {INTRO[1]}</p></div>"
        f"<ul>{links}</ul>"
        "</article></main>"
    )
    art = extract_html(html)
    assert art.status == "article", art.reason
    assert all(t in art.text for t in STORY)


def test_html_short_teaser_card_article_stays_no_article() -> None:
    cards = "".join(
        f"<article class='card'><h2><a href='/s{i}'>Story {i} headline here</a></h2>"
        f"<p>A one-line summary of story number {i}.</p></article>"
        for i in range(8)
    )
    art = extract_html(_page(f"<main>{cards}</main>"))
    assert art.status == "no_article"


def test_htmlbody_short_chinese_sentences_are_text_not_scraps() -> None:
    """A blog written a sentence per line in Chinese: 25 characters each, under SHORT_BLOCK in
    characters, but each says what 75 Latin letters do."""
    lines = [f"第{i}天我們沿著山路走到營地，楓葉已經轉紅了，景色非常美麗。" for i in range(12)]
    assert all(len(t) < htmlbody.SHORT_BLOCK for t in lines)
    html = _page(
        "<div class='main'><div class='article-content'>"
        + "".join(f"<p>{t}</p>" for t in lines)
        + "</div></div><div class='sidebar'>"
        + "".join(f"<p>{t}</p>" for t in INTRO)
        + "</div>"
    )
    art = extract_html(html)
    assert art.status == "article", art.reason
    assert lines[0] in art.text and lines[-1] in art.text
    assert INTRO[0] not in art.text


def test_htmlbody_article_cut_in_same_class_parts_kept_whole() -> None:
    """A magazine cuts its article into several <div class="post__content"> around a
    newsletter box, nested at different depths: every part is the article."""
    first = "".join(f"<p>{t}</p>" for t in STORY[:2])
    second = "".join(f"<p>{t}</p>" for t in INTRO + STORY[2:])
    html = _page(
        "<div class='post'><div class='hero'><div><div><div><div class='post__content'>"
        f"{first}</div></div></div></div><div class='newsletter'><p>Get the magazine delivered"
        " to your inbox every week.</p></div></div>"
        f"<div class='more'><div class='post__content'>{second}</div></div></div>"
        "<div class='cards'><div class='post__content'><p>Another story, one blurb long, that"
        " the site shows as a card under the article.</p></div></div>"
    )
    art = extract_html(html)
    assert art.text.startswith(STORY[0])
    assert all(t in art.text for t in STORY + INTRO)
    assert "inbox" not in art.text and "blurb" not in art.text


def test_htmlbody_share_wrapper_around_the_article_is_not_furniture() -> None:
    """Themes put "share" on the wrapper that holds the whole post ("entry themeform share",
    "documentContent__sharingContainer"); the share bar inside it is still furniture."""
    body = "".join(f"<p>{t}</p>" for t in STORY + INTRO)
    html = _page(
        f"<article><div class='entry themeform share'><div class='entry-inner'>{body}</div>"
        "<div class='sharing-buttons'><a href='/t'>Tweet</a> <a href='/f'>Share on Facebook</a>"
        "</div></div></article><div class='comments'><p>A reader's comment, long enough to be"
        " running text if it were not a comment under the article.</p></div>"
    )
    art = extract_html(html)
    assert art.status == "article", art.reason
    assert all(t in art.text for t in STORY + INTRO)
    assert "Facebook" not in art.text and "reader's comment" not in art.text


def test_htmlbody_heading_slug_ids_are_not_class_words() -> None:
    """Documentation generators anchor each section with its heading's slug: the section
    "Sharing with a single developer" is no share bar."""
    html = _page(
        "<div class='body'><div class='section' id='introduction'>"
        + "".join(f"<p>{t}</p>" for t in STORY)
        + "</div><div class='section' id='sharing-with-a-single-developer'>"
        "<h2>Sharing with a single developer</h2>"
        + "".join(f"<p>{t}</p>" for t in INTRO)
        + "</div><div class='share-buttons' id='share'><a href='/t'>Share this page</a></div>"
        "</div>"
    )
    art = extract_html(html)
    assert all(t in art.text for t in STORY + INTRO)
    assert "Share this page" not in art.text
    assert htmlbody._is_slug("sharing-with-a-single-developer")
    assert not htmlbody._is_slug("share-bar") and not htmlbody._is_slug("post-share-buttons")


def test_htmlbody_numbered_story_parts_are_one_story() -> None:
    """story-body-1 and story-body-2 around a related-coverage box are one story: with the
    second part as the container, the first part joins the body."""
    html = (
        "<html><body><article><div class='supplemental'><div class='story-body story-body-1'>"
        + "".join(f"<p>{t}</p>" for t in STORY[:2])
        + "</div></div><aside class='related-coverage'><h2>Related Coverage</h2><ul>"
        + "".join(f"<li><a href='/r{i}'>A related headline number {i}</a></li>" for i in range(4))
        + "</ul></aside><div class='supplemental'><div class='story-body story-body-2'>"
        + "".join(f"<p>{t}</p>" for t in INTRO + STORY[2:])
        + "</div></div></article></body></html>"
    )
    page = htmlbody.walk(htmlbody.parse(html).body)
    second = next(b for b in page.blocks if b.text == INTRO[0])
    container = second.chain[:-1]  # the story-body-2 wrapper
    kept, _ = htmlbody.body_blocks(page, container)
    texts = [b.text for _, b in kept]
    assert texts == STORY[:2] + INTRO + STORY[2:]


def test_htmlbody_h1_after_the_text_began_is_a_subheading() -> None:
    html = _page(
        "<article><h1>Deportees return home</h1>"
        + "".join(f"<p>{t}</p>" for t in STORY)
        + "<h1>What comes next</h1>"
        + "".join(f"<p>{t}</p>" for t in INTRO)
        + "</article>"
    )
    art = extract_html(html)
    assert art.title == "Deportees return home"
    assert "Deportees return home" not in art.text
    heads = [art.text[p.start : p.end] for p in art.paragraphs if p.role == "subheading"]
    assert heads == ["What comes next"]


def test_htmlbody_drops_a_headings_permalink_anchor() -> None:
    """Sphinx/MkDocs put a "¶" link to the heading inside it: not part of the heading's text;
    an in-page link with words ("see the table") stays."""
    from tidings.extract import extract_html

    words = "This paragraph holds enough words to be read as the body of a real article. " * 3
    html = f"""<html><body><article><h1>Evolve</h1><p>{words}</p>
    <h2>Why it matters<a class="headerlink" href="#why" title="Permalink">¶</a></h2>
    <p>{words} As <a href="#table">the table below</a> shows, it holds.</p>
    <h2>Next steps <a href="#next">#</a></h2><p>{words}</p></article></body></html>"""
    article = extract_html(html)
    texts = [p.text for p in article.paragraphs]
    assert "Why it matters" in texts and "Next steps" in texts
    assert not any("¶" in t for t in texts)
    assert any("As the table below shows, it holds." in t for t in texts)
