"""Byline shapes read in session 6 (issue 3): a byline written with soft hyphens, ...

Each test is a hand-made page that fails without its rule."""

from __future__ import annotations

from tidings.extract.html import extract_html

BODY = [
    "The city council voted on Tuesday to rezone twelve blocks along the river for housing.",
    "Supporters said the plan would add two thousand homes within the next ten years.",
    "Opponents warned that rents in the neighbourhood would rise faster than wages.",
    "The mayor is expected to sign the measure before the end of the month, aides said.",
]


def _page(lines: str = "", head: str = "", after: str = "", body: list[str] = BODY) -> str:
    paras = "".join(f"<p>{s}</p>" for s in body)
    return (
        f"<html><head><title>Council rezones the riverfront</title>{head}</head><body><article>"
        f"<h1>Council rezones the riverfront</h1>{lines}{paras}{after}</article></body></html>"
    )


def _jsonld(*names: str) -> str:
    people = ", ".join(f'{{"@type": "Person", "name": "{n}"}}' for n in names)
    return (
        '<script type=\'application/ld+json\'>{"@context": "https://schema.org", '
        f'"@type": "NewsArticle", "author": [{people}]}}</script>'
    )


def test_byline_with_soft_hyphens_is_read_and_leaves_the_text() -> None:
    """A CMS that hyphenates every word with soft hyphens writes the byline "Von
    Mat&shy;thi&shy;as Lauerer": it is the visible byline (over a JSON-LD template author) and
    not a paragraph of the text."""
    line = "<p>Von Mat\u00adthi\u00adas Lauerer</p>"
    article = extract_html(_page(line, _jsonld("Isabell Angele")))
    assert article.authors == ["Matthias Lauerer"]
    assert "Lauerer" not in article.text


def test_byline_notes_in_parentheses() -> None:
    """A note in parentheses after a name is no part of it: an agency ("By Jane Doe (AP)") is
    a credit, a piece's kind ("(Sponsored Post)") is dropped, and a credit's role ("Adrian
    Malloch (photography)") makes that name a credit, not a co-author."""
    cases = {
        "<p class='byline'>By Jane Doe (AP)</p>": (["Jane Doe"], {"agency": "AP"}),
        "<p class='byline'>Autor: Samuel Diekmann (Sponsored Post)</p>": (["Samuel Diekmann"], {}),
        "<p class='byline'>by Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)</p>": (
            ["Eleanor Ainge Roy"],
            {"photo": "Adrian Malloch"},
        ),
    }
    for line, (authors, credits) in cases.items():
        article = extract_html(_page(line))
        assert article.authors == authors, line
        for key, value in credits.items():
            assert article.other_credits.get(key) == value, line


def test_labelled_closing_line_with_a_note() -> None:
    """ "Autor: Samuel Diekmann (Sponsored Post), Redner bei rent-a-pastor.com" closing the
    text signs it, its note and its role left out."""
    after = "<p>Autor: Samuel Diekmann (Sponsored Post), Redner bei rent-a-pastor.com</p>"
    assert extract_html(_page(after=after)).authors == ["Samuel Diekmann"]


def test_teaser_headlines_in_author_boxes_do_not_hide_the_byline() -> None:
    """A slider of teasers whose boxes a theme classes "author" ("Die Autorin Karosh Taha im
    Gespräch über ihr Buch") comes before the article's own author element: a headline names
    no one, and five of them no longer use up the author elements read."""
    teasers = "".join(
        f"<div class='slide cb-author-teaser'><a href='/t{i}'>Die Autorin Nummer {i} im Gespräch"
        " über ihren neuen Roman</a></div>"
        for i in "ABCDEF"
    ).replace("Nummer", "Karosh Taha Nummer")
    teasers = teasers.replace("Nummer ", "")  # no digits: headlines, not dated bylines
    html = (
        "<html><head><title>Council rezones the riverfront</title></head><body>"
        f"<div class='slider'>{teasers}</div><article><h1>Council rezones the riverfront</h1>"
        + "".join(f"<p>{s}</p>" for s in BODY)
        + "</article><div class='cb-byline'><span class='cb-author'>"
        "<a class='author url fn' href='/author/nc'>Nicole Collignon</a></span></div>"
        "</body></html>"
    )
    assert extract_html(html).authors == ["Nicole Collignon"]


def test_site_named_author_on_a_subdomain_is_the_publisher() -> None:
    """An author link "hejfish" (and JSON-LD's author) on fischerhuette.hejfish.com is the
    domain's own name, the publisher, not a person's handle; no author is better than the
    site's name."""
    link = "<span class='author vcard'><a rel='author' class='fn' href='/a/1'>hejfish</a></span>"
    article = extract_html(
        _page(head=_jsonld("hejfish"), after=link),
        "https://fischerhuette.hejfish.com/anglertalk-mit-stephan/",
    )
    assert article.authors == []


def test_a_dateline_with_an_agency_note_is_not_a_byline() -> None:
    """ "WASHINGTON (AP) — The Latest on ...": a place and its wire opening a story's first
    paragraph, not a byline to drop from the text (notes are read only after a label)."""
    from tidings.extract.bylines import parse_byline

    assert parse_byline("WASHINGTON (AP) — The Latest on the U.S. presidential race:") is None
    assert parse_byline("By Jane Doe (AP)").credits == {"agency": "AP"}


def test_redaktion_label_with_a_full_name() -> None:
    """A press item's line "05.02.2020 - Redaktion: Eberhard Fuhr (Pressesprecher des EJW)"
    names the editor who signs it; "Redaktion: Stadtmagazin" names a desk, no person."""
    line = "<p>05.02.2020 - Redaktion: Eberhard Fuhr (Pressesprecher des EJW)</p>"
    assert extract_html(_page(line)).authors == ["Eberhard Fuhr"]
    assert extract_html(_page("<p>Redaktion: Stadtmagazin</p>")).authors == []


def test_author_element_marked_by_its_id() -> None:
    """A header box marked by its id only (``<div id="author_header">Gunter Frank</div>``)
    is an author element as one marked by its class is."""
    html = (
        "<html><head><title>Council rezones the riverfront</title></head><body><header>"
        "<div id='author_header'> Gunter Frank </div></header><article>"
        "<h1>Council rezones the riverfront</h1>"
        + "".join(f"<p>{s}</p>" for s in BODY)
        + "</article></body></html>"
    )
    assert extract_html(html).authors == ["Gunter Frank"]


def test_author_of_the_share_card_labels() -> None:
    """WordPress SEO plug-ins label the share card's data: ``twitter:label1`` "Verfasst von"
    with ``twitter:data1`` "Karoline Herr" names the author (a commenter's vcard does not);
    another label ("Est. reading time") names no one, nor does a paper's name ("OÖ
    Volksblatt")."""

    def card(label: str, data: str) -> str:
        return (
            f"<meta name='twitter:label1' content='{label}'>"
            f"<meta name='twitter:data1' content='{data}'>"
        )

    comments = (
        "<div class='comments'><article class='comment'><div class='comment-author vcard'>"
        "<b class='fn'>Jane Reader</b> sagt:</div><p>Toller Text!</p></article></div>"
    )
    html = _page(head=card("Verfasst von", "Karoline Herr"), after=comments)
    assert extract_html(html).authors == ["Karoline Herr"]
    assert extract_html(_page(head=card("Est. reading time", "4 minutes"))).authors == []
    assert extract_html(_page(head=card("Verfasst von", "OÖ Volksblatt"))).authors == []


def test_label_opening_the_body_with_the_name_in_the_next_block() -> None:
    """The body opens with a label block ("Auteur") and the name in the next one, a link to
    the author's page: that name signs the article, over a JSON-LD editor's name."""
    lines = (
        "<div class='label'>Auteur</div><div class='name'><a href='/a/ug'>Uriel Gadessaud</a></div>"
    )
    html = _page(lines, _jsonld("Gilles Gressani"))
    assert extract_html(html).authors == ["Uriel Gadessaud"]


def test_dated_name_under_a_kicker_opening_the_body() -> None:
    """ "Essay" over "25.10.2022 - Reiner Nagel" at the body's top: a dated name line, read
    when it follows the body's first block as when it precedes the body."""
    lines = "<p>Essay</p><p>25.10.2022 - Reiner Nagel</p>"
    assert extract_html(_page(lines)).authors == ["Reiner Nagel"]


def test_first_name_alone_in_an_author_element() -> None:
    """A games blog's ``<span class="author"><a>Lars</a></span>``: one listed given name alone
    in an author element is a first-name byline; a word that is no given name ("Redaktion",
    "Admin") stays none."""
    box = "<div id='meta'><span class='author'><a href='/team'>{}</a></span></div>"
    assert extract_html(_page(after=box.format("Lars"))).authors == ["Lars"]
    assert extract_html(_page(after=box.format("Redaktion"))).authors == []


def test_co_author_before_the_outlet_they_wrote_for() -> None:
    """ "By Glen Owen And Brendan Carlin For The Mail On Sunday": both names (a title-cased
    "And" joins them), the paper they wrote for an affiliation, not part of a name."""
    line = "<p class='byline'>By Glen Owen And Brendan Carlin For The Mail On Sunday</p>"
    article = extract_html(_page(line))
    assert article.authors == ["Glen Owen", "Brendan Carlin"]
    assert article.other_credits.get("affiliation") == "The Mail On Sunday"


def test_handle_in_an_element_classed_author_and_fn() -> None:
    """ "by <span class='author vcard fn'>oz</span> on December 4, 2006": one element carries
    both hCard classes (author, fn); its one word is the author's handle."""
    meta = (
        "<p class='headline_meta'>by <span class='author vcard fn'>oz</span> on "
        "<abbr class='published'>December 4, 2006</abbr></p>"
    )
    html = (
        "<html><head><title>The 100 greatest metal vocalists</title></head><body><div class='post'>"
        f"<h2>The 100 greatest metal vocalists</h2>{meta}<div class='entry-content'>"
        + "".join(f"<p>{s}</p>" for s in BODY)
        + "</div></div></body></html>"
    )
    assert extract_html(html).authors == ["oz"]


def test_forum_post_author_handle_from_json_ld() -> None:
    """A forum thread's JSON-LD (DiscussionForumPosting) names its poster by user name
    ("Pepemaus"): the handle is the author; the same one word as a NewsArticle's author is
    not taken (a desk's or a CMS account's name)."""

    def ld(kind: str) -> str:
        return (
            '<script type="application/ld+json">{"@context": "https://schema.org", '
            f'"@type": "{kind}", "headline": "Council rezones the riverfront", '
            '"author": {"@type": "Person", "name": "Pepemaus"}}</script>'
        )

    assert extract_html(_page(head=ld("DiscussionForumPosting"))).authors == ["Pepemaus"]
    assert extract_html(_page(head=ld("NewsArticle"))).authors == []


def test_forum_first_post_line_names_its_poster() -> None:
    """phpBB's first-post line "Beitrag von r23 » 21.01.2009, 05:42" (in a ``p.author``) names
    the poster by user name."""
    line = "<p class='author'>Beitrag von <a class='username'>r23</a> » 21.01.2009, 05:42</p>"
    html = (
        "<html><head><title>Freie Software</title></head><body><div class='post'>"
        f"<h3>Freie Software</h3>{line}<div class='content'>"
        + "".join(f"<p>{s}</p>" for s in BODY)
        + "</div></div></body></html>"
    )
    assert extract_html(html).authors == ["r23"]


def test_chinese_credit_line_under_the_text() -> None:
    """A Chinese news page closes with "【纠错】 责任编辑： 焦鹏" (the editor in charge): the
    labelled name signs it; a bare two-character line there is not read."""
    body = [
        "“妈妈，为什么还不能出去？”孩子问道，窗外的街道依然空空荡荡，城市仍在等待春天的到来。",
        "“宝贝，我们在打一场无声的战役，每个在家里不出去的人都是英雄哦！”妈妈这样回答她。",
        "这座城市的人们用自己的方式守护着彼此，社区工作者每天挨家挨户送去蔬菜和药品。",
        "正是有了英勇的你们，才有这座英雄的城，评论员在文章的最后这样写道，读者深受感动。",
    ]
    html = _page(after="<div class='p-tags'><span>【纠错】 责任编辑： 焦鹏</span></div>", body=body)
    assert extract_html(html).authors == ["焦鹏"]
    html = _page(after="<div class='p-tags'><span>图集</span></div>", body=body)
    assert extract_html(html).authors == []


def test_place_filed_from_after_the_names() -> None:
    """ "Von Roland Brockmann und Sebastian Drescher Kakuma /Kenia": the place and country the
    report was filed from are no part of the second name; an agency after a slash ("By Jane
    Doe /Reuters") stays a credit."""
    line = "<p class='byline'>Von Roland Brockmann und Sebastian Drescher Kakuma /Kenia</p>"
    assert extract_html(_page(line)).authors == ["Roland Brockmann", "Sebastian Drescher"]
    article = extract_html(_page("<p class='byline'>By Jane Doe /Reuters</p>"))
    assert article.authors == ["Jane Doe"]
