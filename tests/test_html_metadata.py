"""HTML metadata rules (title, authors, dates), each on a small hand-made page.

Each test is one general rule about how news and blog pages are built; the shapes are the ones
real CMSs write (WordPress, Blogger, Drupal, newspaper templates), the text is made up.
"""

from __future__ import annotations

import pytest

from tidings.extract.html import extract_html

BODY = "".join(
    f"<p>{s} (point {i})</p>"
    for i, s in enumerate(
        [
            "The city council voted on Tuesday to keep the old library open for five more years.",
            "Members argued for three hours, and the final tally was seven votes to four.",
            "The mayor said the decision reflected what residents had asked for at meetings.",
            "Opponents warned that the building needs repairs that could cost two million.",
            "A group of volunteers has promised to raise part of the money through events.",
            "The library first opened in 1911 and holds the region's oldest maps.",
        ]
    )
)
HEADLINE = "Council keeps the old library open"


def page(body: str, head: str = "", title: str = f"{HEADLINE} | Gazette") -> str:
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        f"{head}</head><body><header><a href='/'>Gazette</a><nav><a href='/a'>News</a>"
        f"<a href='/b'>Sport</a></nav></header>{body}<footer><p>© 2024 Gazette Media.</p>"
        "</footer></body></html>"
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param("Ein Artikel von Pamela Sladky | 27.01.2022 - 12:45", ["Pamela Sladky"]),
        pytest.param("Posted by jancak on 21.10.2019", ["jancak"], id="handle"),
        pytest.param("Written by: Julie Mollins", ["Julie Mollins"]),
    ],
)
def test_meta_labelled_byline_before_the_body(line: str, expected: list[str]) -> None:
    """A byline that opens with an author label, not "By", standing between headline and body."""
    html = page(
        f"<main><article><h1>{HEADLINE}</h1><div class='meta'>{line}</div>{BODY}</article></main>"
    )
    assert extract_html(html).authors == expected


def test_meta_signed_line_closing_the_body() -> None:
    """Magazines sign at the end ("Text von ..."); the line is read when nothing signs above."""
    html = page(
        f"<main><article><h1>{HEADLINE}</h1>{BODY}<p><em>Eine Kolumne von Nils Pickert"
        "</em></p></article></main>"
    )
    assert extract_html(html).authors == ["Nils Pickert"]


def test_meta_labelled_byline_opening_the_body_leaves_the_text() -> None:
    """A labelled byline at the body's start is the same rule as "By ...": it leaves the text
    and signs the article."""
    html = page(
        f"<main><article><h1>{HEADLINE}</h1><p>Ein Artikel von Pamela Sladky</p>{BODY}"
        "</article></main>"
    )
    article = extract_html(html)
    assert article.authors == ["Pamela Sladky"]
    assert "Sladky" not in article.text


def test_meta_labelled_line_amid_the_text_names_a_works_author() -> None:
    """ "Autorin: X" in the middle of a review is the reviewed book's author, not the article's."""
    facts = "<p>Titel: Dark Lane</p><p>Autorin: Alys Arden</p><p>Verlag: Skyscape</p>"
    html = page(f"<main><article><h1>{HEADLINE}</h1>{BODY}{facts}{BODY}</article></main>")
    assert extract_html(html).authors == []


def test_meta_sentence_with_by_in_the_body_is_not_a_byline() -> None:
    long_line = "By the end of the meeting, most members had agreed to a compromise on the roof."
    html = page(f"<main><article><h1>{HEADLINE}</h1>{BODY}<p>{long_line}</p></article></main>")
    assert extract_html(html).authors == []


def test_meta_blog_headline_in_an_h2_under_the_blogs_h1() -> None:
    """Blog themes keep the <h1> for the blog's name or motto and write the post's headline as
    an <h2>: the <h2> the meta title confirms is the headline, not the motto."""
    html = page(
        "<div class='site-title'><h1>Notes from the riverside</h1></div>"
        f"<main><div class='post'><h2>{HEADLINE}</h2><div class='entry'>{BODY}</div></div></main>",
        head=f"<meta property='og:title' content='{HEADLINE}'>",
    )
    assert extract_html(html).title == HEADLINE


def test_meta_rdfa_tag_with_several_properties() -> None:
    """RDFa lets one tag carry several properties (property="dc:creator twitter:site_name")."""
    head = "<meta property='dc:creator twitter:site_name' content='Jane Doe'>"
    html = page(f"<main><article><h1>{HEADLINE}</h1>{BODY}</article></main>", head=head)
    assert extract_html(html).authors == ["Jane Doe"]


def test_meta_author_tags_read_until_one_names_someone() -> None:
    """A junk value in the first author tag does not hide a name in the next one."""
    head = "<meta name='author' content='admin'><meta name='dc.creator' content='Jane Doe'>"
    html = page(f"<main><article><h1>{HEADLINE}</h1>{BODY}</article></main>", head=head)
    assert extract_html(html).authors == ["Jane Doe"]


@pytest.mark.parametrize(
    "value",
    [
        "Copyright Haufe-Lexware GmbH & Co. KG - all rights reserved",
        "Perform Media Deutschland GmbH",
        "Valley Publishing Ltd.",
    ],
)
def test_meta_company_in_an_author_tag_is_not_an_author(value: str) -> None:
    head = f"<meta name='author' content='{value}'>"
    html = page(f"<main><article><h1>{HEADLINE}</h1>{BODY}</article></main>", head=head)
    assert extract_html(html).authors == []


def test_meta_blog_date_linked_to_the_post_before_the_body() -> None:
    """WordPress themes link the date to the post's permalink: a line of links that is mostly
    a date is the article's date line."""
    line = (
        "<div class='meta'><a href='/2021/11/05/x/'>5. November 2021</a> "
        "<a href='/u'>admin</a></div>"
    )
    html = page(f"<main><article><h1>{HEADLINE}</h1>{line}{BODY}</article></main>")
    assert (extract_html(html).published or "")[:10] == "2021-11-05"


def test_meta_labelled_date_after_the_body_but_not_a_comments_date() -> None:
    tail = (
        "<div class='info'>Veröffentlicht am: 6. August 2009</div>"
        "<div class='comments'><p>Kommentar von Mareike, 8. Dezember 2010</p></div>"
    )
    html = page(f"<main><article><h1>{HEADLINE}</h1>{BODY}</article>{tail}</main>")
    assert (extract_html(html).published or "")[:10] == "2009-08-06"


def test_meta_press_release_date_opening_the_first_paragraph() -> None:
    first = "<p>29.11.2022 – The council voted on Tuesday to keep the old library open.</p>"
    html = page(f"<main><article><h1>{HEADLINE}</h1>{first}{BODY}</article></main>")
    assert (extract_html(html).published or "")[:10] == "2022-11-29"


def test_meta_web_page_json_ld_date_is_not_a_publication_date() -> None:
    """Yoast writes a WebPage datePublished for every page (an "About us" page too): on a page
    that does not call itself an article (og:type) it is not a publication date."""
    ld = (
        '<script type=\'application/ld+json\'>{"@type": "WebPage", '
        '"datePublished": "2019-01-10T10:44:43+01:00"}</script>'
    )
    html = page(f"<main><article><h1>{HEADLINE}</h1>{BODY}</article></main>", head=ld)
    assert extract_html(html).published is None
    typed = ld + "<meta property='og:type' content='article'>"
    html = page(f"<main><article><h1>{HEADLINE}</h1>{BODY}</article></main>", head=typed)
    assert (extract_html(html).published or "")[:10] == "2019-01-10"


def test_meta_generic_date_tag_after_the_articles_own_date() -> None:
    """A bare <meta name="date"> often holds the time of the last change; the article's
    printed date line comes first."""
    head = "<meta name='date' content='2020-04-29T11:52:23'>"
    line = "<div class='stand'>Stand: 28.04.2020 18:00 Uhr</div>"
    html = page(f"<main><article><h1>{HEADLINE}</h1>{line}{BODY}</article></main>", head=head)
    assert (extract_html(html).published or "")[:10] == "2020-04-28"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("Super User", [], id="joomla-default-account"),
        pytest.param("Eingestellt von Unknown", [], id="blogger-unknown"),
        pytest.param("Redacción EC", [], id="staff-label"),
        pytest.param("Jane Doe Jane Doe", ["Jane Doe"], id="avatar-alt-then-name"),
        pytest.param("Jane Doe Pressesprecherin der Stadt", ["Jane Doe"], id="job-title-run-on"),
    ],
)
def test_meta_junk_author_values(value: str, expected: list[str]) -> None:
    html = page(
        f"<main><article><h1>{HEADLINE}</h1>{BODY}</article></main>",
        head=f"<meta name='author' content='{value}'>",
    )
    assert extract_html(html).authors == expected


def test_meta_title_cut_short_does_not_cut_the_h1() -> None:
    """A meta title that ends in "..." was cut by the CMS: the <h1> holds the whole headline."""
    long = f"{HEADLINE} for another five years after a long debate"
    html = page(
        f"<main><article><h1>{long}</h1>{BODY}</article></main>",
        head=f"<meta property='og:title' content='{HEADLINE} for another five...'>",
    )
    assert extract_html(html).title == long


def test_meta_first_name_byline_takes_the_full_name_given_elsewhere() -> None:
    """A byline with only a first name or handle ("von Stefanus") takes the full name the
    page's meta tags give for the same person."""
    html = page(
        f"<main><article><h1>{HEADLINE}</h1><div class='by'>von Stefanus</div>{BODY}"
        "</article></main>",
        head="<meta name='author' content='Stefanus Stahl'>",
    )
    assert extract_html(html).authors == ["Stefanus Stahl"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("肖春芳", ["肖春芳"], id="chinese-name"),
        pytest.param("责任编辑：孔德明", ["孔德明"], id="chinese-editor-label"),
        pytest.param("作者", [], id="chinese-word-author"),
        pytest.param("Bruno (Henrique Zecchin) Rodrigues", ["Bruno Rodrigues"], id="parentheses"),
    ],
)
def test_meta_author_field_names_in_other_scripts_and_parentheses(
    value: str, expected: list[str]
) -> None:
    html = page(
        f"<main><article><h1>{HEADLINE}</h1>{BODY}</article></main>",
        head=f"<meta name='author' content='{value}'>",
    )
    assert extract_html(html).authors == expected


def test_meta_short_headline_under_a_long_site_motto() -> None:
    """ "Fog. | Life, the master and me": the <title>'s shorter end is the headline when it is
    the <h1> right above the body (and the site's motto, the longer end, is its logo)."""
    html = (
        "<!doctype html><html><head><title>Fog rolls in | Life, the master and me</title>"
        "<meta property='og:site_name' content='Life, the master and me'></head>"
        "<body><header><h1>Life, the master and me</h1></header>"
        f"<main><h1>Fog rolls in</h1><div class='entry'>{BODY}</div></main>"
        "<aside><h1>Blog projects</h1><ul><li><a href='/a'>One</a></li></ul></aside></body></html>"
    )
    assert extract_html(html).title == "Fog rolls in"


def test_meta_blog_name_h1_with_the_post_headline_in_an_h2() -> None:
    """The shorter end is the blog's name when the longer end is the post's <h2>."""
    html = (
        "<!doctype html><html><head><title>What to hear in the holidays | Numberwitch</title>"
        "</head><body><header><h1>Numberwitch</h1></header>"
        f"<main><div class='post'><h2>What to hear in the holidays</h2>{BODY}</div></main>"
        "</body></html>"
    )
    assert extract_html(html).title == "What to hear in the holidays"


def test_meta_author_box_classed_in_another_language() -> None:
    """Spanish, German and French templates class the author box "autor" / "auteur"."""
    box = "<div class='autor'><h6>Jacobo Betancur Peláez | Publicado hace 3 horas</h6></div>"
    html = page(f"<main><article><h1>{HEADLINE}</h1>{BODY}</article>{box}</main>")
    assert extract_html(html).authors == ["Jacobo Betancur Peláez"]


def test_meta_date_line_of_links_with_author_and_comment_count() -> None:
    line = (
        "<p class='postmeta'><a href='/2008/05/26/'>26 Mai, 2008</a> | <a href='/u/p'>ThE_PaiN</a>"
        " | <a href='#c'>Kommentare 34</a> |</p>"
    )
    html = page(f"<main><article><h1>{HEADLINE}</h1>{line}{BODY}</article></main>")
    assert (extract_html(html).published or "")[:10] == "2008-05-26"


def test_meta_url_date_before_a_date_printed_near_the_article() -> None:
    """With no date in the page's metadata, a date in the URL (it names this page alone) comes
    before the dates printed near the article, which may be a teaser's."""
    teaser = "<div class='recent'>Mrz 25 2019, 19:02 | Kultur, Politik</div>"
    html = page(f"<main>{teaser}<article><h1>{HEADLINE}</h1>{BODY}</article></main>")
    url = "https://blog.example/2017/06/07/library/"
    assert (extract_html(html, url=url).published or "")[:10] == "2017-06-07"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("Matthew Davis", ["Matthew Davis"], id="owner"),
        pytest.param("Badische Zeitung", [], id="outlet"),
    ],
)
def test_meta_personal_site_named_after_its_owner(name: str, expected: list[str]) -> None:
    """An author named like the site is the publisher, unless the name starts with a given name:
    a personal site is named after its owner, who signs its posts."""
    head = f"<meta property='og:site_name' content='{name}'><meta name='author' content='{name}'>"
    html = page(f"<main><article><h1>{HEADLINE}</h1>{BODY}</article></main>", head=head)
    assert extract_html(html, "https://example.org/post").authors == expected


def test_meta_html_extraction_does_not_load_spacy() -> None:
    """The given-name lists are plain data: HTML extraction stays light (no spaCy import)."""
    import subprocess
    import sys

    code = (
        "import sys; from tidings.extract.html import extract_html; "
        "extract_html('<html><body><p>x</p></body></html>'); print('spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_meta_institution_in_the_author_tag_is_not_an_author() -> None:
    """A press release's author tag names the association; it is the publisher, not a person."""
    head = "<meta name='author' content='Bundesverband WindEnergie'>"
    html = page(f"<main><article><h1>{HEADLINE}</h1>{BODY}</article></main>", head=head)
    assert extract_html(html).authors == []


def test_meta_byline_whose_name_links_to_the_author_page() -> None:
    """ "Written by: <a>Jane Doe</a>" is mostly link text, yet a byline, not a list of links."""
    line = "<p><em>Written by: <a href='/authors/julie'>Julie Mollins</a></em></p>"
    lead = "<p>Courtesy of Forests News, a reprint.</p>"
    html = page(f"<main><article><h1>{HEADLINE}</h1>{lead}{line}{BODY}</article></main>")
    article = extract_html(html)
    assert article.authors == ["Julie Mollins"]
    assert "Mollins" not in article.text


def test_meta_byline_in_a_box_marked_as_furniture_at_the_body_start() -> None:
    """Sites put the byline in a "meta" box: furniture for the text, yet the article's byline."""
    box = "<div class='metaInfo'>Ein Artikel von <strong>Pamela Sladky</strong> | 27.01.2022</div>"
    paras = BODY.split("</p>")
    body = "</p>".join(paras[:1]) + "</p>" + box + "</p>".join(paras[1:])
    html = page(f"<main><article><h1>{HEADLINE}</h1>{body}</article></main>")
    article = extract_html(html)
    assert article.authors == ["Pamela Sladky"]
    assert "Sladky" not in article.text


@pytest.mark.parametrize(
    ("label", "value", "expected"),
    [
        pytest.param("By", "Todd Bates", ["Todd Bates"], id="by"),
        pytest.param("Autorin:", "Uta Helkenberg", ["Uta Helkenberg"], id="autorin"),
        pytest.param("Artikel", "Corona", [], id="page-kind-and-tag"),
    ],
)
def test_meta_byline_label_and_name_in_elements_of_their_own(
    label: str, value: str, expected: list[str]
) -> None:
    """ "<p class=label>By</p><p class=name>Jane Doe</p>": the label's name is the next line;
    a lone "Artikel" names the kind of page, and the tag after it is no one."""
    meta = f"<div class='info'><p class='label'>{label}</p><p class='name'>{value}</p></div>"
    html = page(
        f"<main><article><header><h1>{HEADLINE}</h1>{meta}</header>"
        f"<div class='text'>{BODY}</div></article></main>"
    )
    assert extract_html(html).authors == expected


@pytest.mark.parametrize(
    "headline",
    [
        pytest.param("Puppies – tips for every breed", id="dash-subtitle"),
        pytest.param("Leasing or financing: which pays off?", id="colon-question"),
        pytest.param("Free courses : the nazis and me", id="french-colon"),
    ],
)
def test_meta_h1_repeated_by_the_meta_title_is_kept_whole(headline: str) -> None:
    """An <h1> that og:title repeats word for word is the headline as published: neither end is
    cut as if it were the site's name (no og:site_name says so) nor as a kicker."""
    html = page(
        f"<main><article><h1>{headline}</h1>{BODY}</article></main>",
        head=f"<meta property='og:title' content='{headline}'>",
        title=f"{headline} | Gazette",
    )
    assert extract_html(html).title == headline


def test_meta_h1_carrying_the_site_name_is_cut_even_when_repeated() -> None:
    """An <h1> that ends with the site's own name (og:site_name) loses it even when the
    <title> repeats the whole line."""
    html = page(
        f"<main><article><h1>{HEADLINE} | Federal Agency</h1>{BODY}</article></main>",
        head="<meta property='og:site_name' content='Federal Agency'>",
        title=f"{HEADLINE} | Federal Agency",
    )
    assert extract_html(html).title == HEADLINE


@pytest.mark.parametrize(
    ("h1", "expected"),
    [
        pytest.param(f"{HEADLINE}: a long night", f"{HEADLINE}: a long night", id="colon-subtitle"),
        pytest.param(f"{HEADLINE} – who pays?", f"{HEADLINE} – who pays?", id="dash-subtitle"),
        pytest.param(f"{HEADLINE} in Springfield", f"{HEADLINE} in Springfield", id="few-words"),
        pytest.param(f"{HEADLINE} | Evening Post", HEADLINE, id="site-after-bar"),
        pytest.param(f"{HEADLINE} 02.02.2022 • News desk", HEADLINE, id="date-run-in"),
        pytest.param(
            f"{HEADLINE} Readers wrote in to say what they think", HEADLINE, id="teaser-run-in"
        ),
    ],
)
def test_meta_h1_subtitle_after_the_meta_title(h1: str, expected: str) -> None:
    """An <h1> that runs on after the meta title: its subtitle (after a colon or dash, or a few
    words) belongs to the headline as shown; a site name after "|", a date or a teaser run
    into the heading does not."""
    html = page(
        f"<main><article><h1>{h1}</h1>{BODY}</article></main>",
        head=f"<meta property='og:title' content='{HEADLINE}'>",
        title=f"{HEADLINE} | Gazette",
    )
    assert extract_html(html).title == expected


def test_meta_blog_post_h2_equal_to_og_title_with_a_dash() -> None:
    """A blog's <h1> is its name ("Minecraft News"); the post's <h2> is the og:title word for
    word, even when that title has a dash in it that could be read as a site separator."""
    headline = "Version 1.8 - The Bountiful Update"
    html = page(
        f"<div class='blog'><h1>Game News</h1></div><main><div class='post'><h2>{headline}</h2>"
        f"{BODY}</div></main>",
        head=f"<meta property='og:title' content='{headline}'>"
        "<meta property='og:site_name' content='Game Update News'>",
        title="Game Update News",
    )
    assert extract_html(html).title == headline


def test_meta_short_h1_that_is_one_end_of_the_title() -> None:
    """An encyclopedia page: <h1>Mozilla</h1>, <title>Mozilla - Wikipedia</title>. The short
    end is the headline because the <h1> shows it, not because it is short."""
    html = page(
        f"<main><h1>Mozilla</h1><div id='content'>{BODY}</div></main>",
        title="Mozilla - Wikipedia",
    )
    assert extract_html(html).title == "Mozilla"


def test_meta_permalink_glyph_is_not_part_of_the_headline() -> None:
    """Documentation generators (Sphinx, MkDocs) end each heading with a permalink "¶"."""
    html = page(
        f"<main><div class='section'><h1>Shared mutable history<a class='headerlink' "
        f"href='#x'>¶</a></h1>{BODY}</div></main>",
        title="Shared mutable history — evolve docs",
    )
    assert extract_html(html).title == "Shared mutable history"


@pytest.mark.parametrize(
    ("box", "also", "expected"),
    [
        pytest.param(
            "Von Tomas Spahn Fr, 18. Oktober 2019",
            "<div class='author-name'>Von Tomas Spahn</div>",
            ["Tomas Spahn"],
            id="weekday-run-on",
        ),
        pytest.param(
            "By Adam Aaronson PhillyVoice Staff",
            '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "author": '
            '{"@type": "Person", "name": "Adam Aaronson"}}</script>',
            ["Adam Aaronson"],
            id="outlet-run-on",
        ),
    ],
)
def test_meta_author_run_on_trimmed_to_the_name_given_elsewhere(
    box: str, also: str, expected: list[str]
) -> None:
    """An author box whose name runs on into the next word ("Tomas Spahn Fr, 18. Oktober",
    "Adam Aaronson PhillyVoice Staff") gives the shorter name another source of the page
    gives on its own."""
    html = page(
        f"<main><article><h1>{HEADLINE}</h1><div class='author'>{box}</div>{BODY}</article>"
        f"</main><aside>{also}</aside>",
        head=also if also.startswith("<script") else "",
    )
    assert extract_html(html).authors == expected


@pytest.mark.parametrize(
    ("box", "expected"),
    [
        pytest.param("Über Steffi Berger", ["Steffi Berger"], id="about-name"),
        pytest.param("Johanna Kropfitsch Alle Artikel", ["Johanna Kropfitsch"], id="all-articles"),
        pytest.param(
            "Martin Junker Alles von Martin Junker", ["Martin Junker"], id="everything-by"
        ),
    ],
)
def test_meta_author_box_link_words_are_not_names(box: str, expected: list[str]) -> None:
    """Author boxes run the name into their links ("Alle Artikel", "Über Steffi")."""
    html = page(
        f"<main><article><h1>{HEADLINE}</h1>{BODY}</article></main>"
        f"<div class='author-box'>{box}</div>"
    )
    assert extract_html(html).authors == expected


def test_meta_utc_stamp_is_dated_on_the_publishers_day() -> None:
    """A German site stores "23:00 UTC" for an article it printed as of the next day: the
    published date is the local one (same instant, local offset)."""
    html = page(
        f"<main><article><h1>{HEADLINE}</h1>{BODY}</article></main>",
        head="<meta property='article:published_time' content='2021-11-04T23:00:00+00:00'>",
    )
    article = extract_html(html, "https://www.gazette.de/politik/library")
    assert article.published == "2021-11-05T00:00:00+01:00"
    # with the day in the URL, the URL's day already rules (the older rule)
    dated = extract_html(html, "https://www.gazette.de/2021/11/05/library")
    assert dated.published[:10] == "2021-11-05"


def test_meta_microdata_date_published_on_a_visible_element() -> None:
    """schema.org microdata on an element of the page (``<span itemprop='datePublished'
    content='2020-05-19'>``, ``<time itemprop='datePublished' datetime=...>``, or its text) is
    the publication date, as a <meta itemprop> would be."""
    html = page(
        f"<main><div class='post'><h2>{HEADLINE}</h2>{BODY}</div></main>"
        "<div class='meta'><span itemprop='datePublished' content='2020-05-19'>Tuesday</span>"
        "</div>"
    )
    assert extract_html(html).published == "2020-05-19"


def test_meta_microdata_dates_of_several_teasers_are_not_the_pages() -> None:
    """A list of teasers each marked with its own datePublished names no one date."""
    teasers = "".join(
        f"<li><a href='/{d}'>Story {d}</a><time itemprop='datePublished' datetime='2020-05-{d}'>"
        f"</time></li>"
        for d in (11, 12, 13)
    )
    html = page(f"<main><article><h1>{HEADLINE}</h1>{BODY}</article></main><ul>{teasers}</ul>")
    assert extract_html(html).published is None


def test_meta_lower_case_surname_in_the_author_fields() -> None:
    """JSON-LD and meta author fields name the author as the CMS account has it, sometimes
    with a lower-case word ("Mobasir hassan"): a name there, though not in running text."""
    html = page(
        f"<main><article><h1>{HEADLINE}</h1>{BODY}</article></main>",
        head="<meta name='author' content='Mobasir hassan'>",
    )
    assert [a.lower() for a in extract_html(html).authors] == ["mobasir hassan"]


@pytest.mark.parametrize("value", ["Selbst ist der Mann", "propellets Austria"])
def test_meta_lower_case_words_in_author_fields_that_are_no_names(value: str) -> None:
    html = page(
        f"<main><article><h1>{HEADLINE}</h1>{BODY}</article></main>",
        head=f"<meta name='author' content='{value}'>",
    )
    assert extract_html(html).authors == []


def test_meta_user_name_after_von_in_the_authors_vcard() -> None:
    """WordPress themes sign posts "von <account>" in the author's vcard; an account name in
    lower case ("flerche") is still the author there."""
    html = page(
        f"<main><article><h1>{HEADLINE}</h1><span class='author vcard'>von "
        f"<span class='nick'>flerche</span></span>{BODY}</article></main>"
    )
    assert extract_html(html).authors == ["flerche"]


MOTTO = (
    "<p>The Gazette is where the city meets. It is the essential source of news and ideas that "
    "make sense of a town in constant change, from the council to the courts, the schools "
    "to the stadium, and the people who make it work. The stories we tell open new ways of "
    "seeing the place we share, new connections and new reasons to stay.</p>"
)


def test_front_page_with_the_sites_motto_is_an_index_page() -> None:
    """A site's front page whose only paragraph is the site's motto is no article: its own
    address is the site's root and it calls itself a website."""
    teasers = "".join(f"<li><a href='/story/{i}'>Story number {i} today</a></li>" for i in range(9))
    html = page(
        f"<main><ul>{teasers}</ul><div class='about'>{MOTTO}</div></main>",
        head="<meta property='og:type' content='website'>"
        "<meta property='og:url' content='https://www.gazette.example/'>",
        title="Gazette - News of the city",
    )
    art = extract_html(html)
    assert art.status == "no_article"
    assert art.reason is not None and art.reason.startswith("index page")


def test_article_at_the_sites_root_address_is_still_an_article() -> None:
    """A one-page site (a lawyer's, a club's) serves its text at the root: enough running
    text there is the page's article."""
    html = page(
        f"<main><article><h1>{HEADLINE}</h1>{BODY}{BODY}</article></main>",
        head="<meta property='og:url' content='https://www.gazette.example/'>",
    )
    assert extract_html(html).status == "article"


def test_meta_author_element_run_on_read_as_the_name_another_element_holds() -> None:
    """ "Tech Insider Alex Perry 1 day ago" (section, name, time in one box) is read as the
    "Alex Perry" that a smaller element of the same box holds alone."""
    html = page(
        f"<main><article><h1>{HEADLINE}</h1><div class='author-info'>Tech Insider "
        "<span class='author-name'>Alex Perry</span> 1 day ago</div>"
        f"{BODY}</article></main>"
    )
    assert extract_html(html).authors == ["Alex Perry"]


@pytest.mark.parametrize(
    ("h1", "og", "expected"),
    [
        pytest.param(
            "<span class='kicker'>Local politics</span><span class='visually-hidden'>: </span>"
            f"<span class='headline'>{HEADLINE}</span>",
            f"Local politics: {HEADLINE}",
            HEADLINE,
            id="kicker-span-hidden-colon",
        ),
        pytest.param(
            f"<span class='dachzeile'>After the vote:</span><br> {HEADLINE}",
            f"After the vote: {HEADLINE}",
            HEADLINE,
            id="kicker-then-br",
        ),
        pytest.param(
            "<span class='mc'>Uproar</span> over the library vote - the council meets again",
            "Uproar over the library vote - the council meets again",
            "Uproar over the library vote - the council meets again",
            id="emphasised-word",
        ),
    ],
)
def test_meta_kicker_element_opening_the_h1_is_not_the_headline(
    h1: str, og: str, expected: str
) -> None:
    """An <h1> that opens with a kicker in an element of its own ("Dachzeile", "overline")
    even when og:title repeats the whole line: the headline is the rest. An emphasised word
    the sentence runs on from is no kicker."""
    html = page(
        f"<main><article><h1>{h1}</h1>{BODY}</article></main>",
        head=f"<meta property='og:title' content='{og}'>",
    )
    assert extract_html(html).title == expected


def test_meta_h1_in_a_breadcrumb_nav_named_by_the_json_ld_headline() -> None:
    """Some sites put the headline's <h1> at the end of the breadcrumb <nav> and show a
    shorter display <h2> (which og:title repeats); the JSON-LD headline names the <h1>."""
    long = f"{HEADLINE} after a vote of seven to four"
    html = page(
        f"<nav><ol><li><a href='/'>Home</a></li><li><h1>{long}</h1></li></ol></nav>"
        f"<main><article><h2>{HEADLINE}</h2>{BODY}</article></main>",
        head=f"<meta property='og:title' content='{HEADLINE}'>"
        '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "headline": '
        f'"{long}"}}</script>',
    )
    assert extract_html(html).title == long
