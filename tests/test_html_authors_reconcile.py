"""Authors reconciled across a page's sources (session 5, issue 3): co-authors the metadata
lists beside a cut byline, repeated author meta tags, an author element that runs on.

Each test is a hand-made page that failed before its rule."""

from __future__ import annotations

from tidings.extract.html import extract_html

BODY = "".join(
    f"<p>{s}</p>"
    for s in [
        "The city council voted on Tuesday to rezone twelve blocks along the river for housing.",
        "Supporters said the plan would add two thousand homes within the next ten years.",
        "Opponents warned that rents in the neighbourhood would rise faster than wages.",
        "The mayor is expected to sign the measure before the end of the month, aides said.",
    ]
)


def _page(lines: str = "", head: str = "", after: str = "") -> str:
    return (
        f"<html><head><title>Council rezones the riverfront</title>{head}</head><body><article>"
        f"<h1>Council rezones the riverfront</h1>{lines}{BODY}</article>{after}</body></html>"
    )


def _jsonld(*names: str) -> str:
    people = ", ".join(f'{{"@type": "Person", "name": "{n}"}}' for n in names)
    return (
        '<script type=\'application/ld+json\'>{"@context": "https://schema.org", '
        f'"@type": "NewsArticle", "headline": "Council rezones the riverfront", '
        f'"author": [{people}]}}</script>'
    )


def test_authors_byline_completed_by_the_jsonld_co_author() -> None:
    """The visible byline gives one name ("By: David Brand": the rest of the line sits in
    another element) and JSON-LD lists him with a co-author: both wrote the article."""
    html = _page("<p class='byline'>By: David Brand</p>", _jsonld("David Brand", "Ramsey Khalifeh"))
    assert extract_html(html).authors == ["David Brand", "Ramsey Khalifeh"]


def test_authors_metadata_that_does_not_hold_the_byline_is_not_merged() -> None:
    """JSON-LD naming someone else (a stale template's author) does not add to the byline:
    only a list holding every visible name completes it."""
    html = _page("<p class='byline'>By: David Brand</p>", _jsonld("Ramsey Khalifeh", "Ann Lee"))
    assert extract_html(html).authors == ["David Brand"]


def test_authors_one_meta_tag_per_author() -> None:
    """A paper's page repeats <meta name="dc.creator"> once per author: all of them, in order."""
    head = "".join(
        f"<meta name='dc.creator' content='{n}'>"
        for n in ["Michael L. Anderson", "Carlos Dobkin", "Devon Gorry"]
    )
    assert extract_html(_page(head=head)).authors == [
        "Michael L. Anderson",
        "Carlos Dobkin",
        "Devon Gorry",
    ]


def test_authors_repeated_meta_tag_of_cited_works_gives_its_first_value_only() -> None:
    """A repeated author tag whose values hold several names each is the list of cited works
    (a publisher writes one per reference): not read as the article's co-authors."""
    head = "".join(
        f"<meta name='author' content='{v}'>"
        for v in ["NH. Shear, SP. Spielberg,", "H. Peyriere, O. Dereure,", "P. Muller, P. Dubois"]
    )
    assert len(extract_html(_page(head=head)).authors) <= 2


def test_authors_element_inside_a_run_on_byline_element_gives_every_name() -> None:
    """An author box whose text runs on into the time and reading time holds a clean element
    with the three names: all three, not the first two and a run-on guess."""
    box = (
        "<div class='article-byline'><div class='byline-authors'>Isabel Caro , "
        "Rocío Latorre y José Miguel Wilson</div> Hace 13 horas Tiempo de lectura: 8 minutos"
        "</div>"
    )
    html = _page(after=f"<footer><div>Contacto</div>{box}</footer>")
    assert extract_html(html).authors == ["Isabel Caro", "Rocío Latorre", "José Miguel Wilson"]


def test_authors_not_a_commenters_name() -> None:
    """A post with no byline and a "Recent comments" widget whose commenter names are marked
    as authors: no author, rather than the first commenter."""
    widget = (
        "<aside id='recent-comments-7' class='widget widget_recent_comments'><ul>"
        "<li class='recentcomments'><span class='comment-author-link'>Martina Krobath</span>"
        " bei <a href='/zeit/'>Zeitphilosophie</a></li></ul></aside>"
    )
    assert extract_html(_page(after=widget)).authors == []


def test_authors_not_another_articles_byline_in_a_related_box() -> None:
    """A box of related articles carries their bylines marked as authors: not this one's."""
    box = (
        "<section class='related-articles'><article><h2><a href='/storm'>Storm leaves one "
        "dead</a></h2><span class='entry__author'>Valeria Piantoni</span></article></section>"
    )
    assert extract_html(_page(after=box)).authors == []


def test_authors_commenter_skipped_for_the_blogs_handle() -> None:
    """A comment's author element comes first on the page; the post's own author handle
    (rel=author) names its author."""
    comments = (
        "<div class='entry-comments' id='comments'><article class='comment'>"
        "<p class='comment-author'>Chandice Probst</p><p>Lovely recipe, thanks!</p></article>"
        "</div>"
    )
    footer = "<footer><p>Posted by <a rel='author' href='/author/kay'>Kay</a></p></footer>"
    assert extract_html(_page(after=comments + footer)).authors == ["Kay"]


def test_authors_by_label_glued_to_the_name() -> None:
    """Label and name in elements of their own with no space between them in the source
    (CSS spaces them on screen): the page's text reads "ByJ.R. Stone", the reader sees
    "By J.R. Stone"; the initials keep their capitals."""
    byline = (
        "<div data-testid='prism-byline'><span>By</span><span><a href='/newsteam/jr-stone'>"
        "J.R. Stone</a></span></div><div>Thursday, November 9, 2023 4:41AM</div>"
    )
    assert extract_html(_page(byline)).authors == ["J.R. Stone"]


def test_authors_glued_by_needs_a_capital() -> None:
    """A word that starts with "By" or "Von" is no label: "Byron", "Vonnegut" are names."""
    from tidings.extract.bylines import parse_byline, signed_byline

    assert signed_byline("Byron Smith") is None
    assert signed_byline("ByJane Doe").authors == ["Jane Doe"]  # type: ignore[union-attr]
    assert parse_byline("By Vonnegut Kurt") is not None


def test_authors_name_signing_the_text_at_its_end() -> None:
    """A report signed at its end, the name alone on the last line (regional papers, reviews,
    essays): its author, when nothing marks one elsewhere."""
    assert extract_html(
        _page(after="", lines="").replace(
            "</article>", "<p><b><i>Stefan Wasmer</i></b></p></article>"
        )
    ).authors == ["Stefan Wasmer"]


def test_authors_name_at_the_end_that_the_text_mentions_is_no_signature() -> None:
    """A name alone after the text that the text itself names is a caption or a link to the
    person the article is about, not its author."""
    html = (
        _page()
        .replace("Supporters said", "Councilmember Karl Geiger said")
        .replace("</article>", "<p>Karl Geiger</p></article>")
    )
    assert extract_html(html).authors == []


def test_authors_marked_author_outranks_a_closing_name() -> None:
    """The last line's name is the weakest source: JSON-LD's author wins over it (a closing
    line can glue a name to the next word, "Pamela Wilsonbigbrandsystem")."""
    html = _page(head=_jsonld("Pamela Wilson")).replace(
        "</article>", "<p>Pamela Wilsonbigbrandsystem</p></article>"
    )
    assert extract_html(html).authors == ["Pamela Wilson"]


def test_authors_side_column_bylines_come_after_the_main_columns() -> None:
    """A "follow our columnists" rail in the side column comes first in the page's source;
    the author element of the main column names the article's author."""
    rail = (
        "<div id='Aside'><ul><li class='author-follow'>Katie Couric New Yorkers post their "
        "feelings about the election</li><li class='author-follow'>Matt Bai The real problem "
        "behind fake news</li></ul></div>"
    )
    author = "<div class='auth-attr'><div class='author-name'>NATALIYA VASILYEVA</div></div>"
    html = (
        f"<html><head><title>Council rezones the riverfront</title></head><body>{rail}"
        f"<div id='Main'><article><h1>Council rezones the riverfront</h1>{BODY}</article>"
        f"<div class='share'>Share</div>{author}</div></body></html>"
    )
    assert extract_html(html).authors == ["Nataliya Vasilyeva"]


def test_authors_a_wrapper_named_after_its_sidebar_is_no_side_column() -> None:
    """ "content-sidebar-wrap" holds the article and its sidebar: its author element is the
    main column's, not demoted behind the theme credit in the footer."""
    html = (
        "<html><head><title>Council rezones the riverfront</title></head><body>"
        "<div class='content-sidebar-wrap'><article><h1>Council rezones the riverfront</h1>"
        f"{BODY}</article><div class='entry-meta'><span class='by-author'>von "
        "<span class='author vcard'>Mark Hosak</span></span></div></div>"
        "<footer><span class='theme-author'>Catch Themes</span></footer></body></html>"
    )
    assert extract_html(html).authors == ["Mark Hosak"]


def test_authors_german_personal_site_named_after_its_owner() -> None:
    """A German historian's site named after him ("Wolfgang Schmale"): his byline signs the
    post. The given-name lists now hold frequent German names (Wolfgang, Jürgen, Sabine...),
    so his name reads as a person's, not as an outlet's."""
    head = "<meta property='og:site_name' content='Wolfgang Schmale'>"
    html = _page("<p class='byline'>Von: Wolfgang Schmale</p>", head)
    assert extract_html(html, "https://wolfgangschmale.eu/post").authors == ["Wolfgang Schmale"]


def test_given_names_german_and_not_english_surnames() -> None:
    """Frequent German given names are listed with their gender; names as often English
    surnames ("Ernst", "Heinz") are not, so "Ernst said" keeps no gender."""
    from tidings.givennames import FEMALE, MALE, is_given_name

    assert {"wolfgang", "jürgen", "reiner"} <= MALE and {"sabine", "uta", "amelie"} <= FEMALE
    assert not is_given_name("Ernst") and not is_given_name("Heinz")


def test_authors_date_and_name_line_under_the_headline() -> None:
    """A small site prints its byline as a date and a name under the headline ("04.02.2022 |
    13:10 Uhr | Uta Helkenberg"): the name signs the article."""
    html = _page("<small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small>")
    assert extract_html(html).authors == ["Uta Helkenberg"]


def test_authors_date_and_label_line_is_no_byline() -> None:
    """A date and a label ("Aktuelle Meldung 12.10.2021"), a date and two names, or a teaser
    link's date and author are not the article's byline."""
    from tidings.extract.bylines import dated_name

    assert dated_name("Aktuelle Meldung 12.10.2021") is None
    assert dated_name("12.10.2021 - Stefan Wasmer, Reuters") is None
    teaser = "<a href='/zz-plant'><span>October 30, 2020</span> <span>Kate May</span></a>"
    assert extract_html(_page(f"<div class='recent'>{teaser}</div>")).authors == []


def test_authors_labelled_author_line_just_under_the_text() -> None:
    """The author's line under the text, run together with the post's tags ("Autor:
    Klausmartin Friedrich Tags: 1907, Büssing, ..."): the labelled name signs the article,
    however long the line runs on."""
    facts = (
        "<div class='postmeta'><b>Autor:</b> Klausmartin Friedrich <b>Tags:</b> 1907, 1931, "
        "1945, braunschweig, büssing, haubenfahrzeuge, hauberstory, nag</div>"
    )
    html = _page().replace("</article>", f"<p>Fotos: Helmut Elstrodt</p></article>{facts}")
    assert extract_html(html).authors == ["Klausmartin Friedrich"]


def test_authors_by_line_under_the_text_is_not_taken_as_labelled() -> None:
    """Only a person label opens such a line: "von Jane Doe" under the text may be the next
    teaser's, and a "Fotos:" credit names no author."""
    from tidings.extract.bylines import author_label_clause

    assert author_label_clause("von Jane Doe") is None
    assert author_label_clause("Fotos: Helmut Elstrodt") is None
    assert author_label_clause("Autorin: Uta Staschewski Tags: Tunesien") == (
        "Autorin: Uta Staschewski"
    )


def test_authors_wire_byline_is_a_credit_not_a_person() -> None:
    """ "By Reuters" signs wire copy: no author named "By Reuters", the agency kept as credit."""
    article = extract_html(_page("<p class='byline'>By Reuters</p>"))
    assert article.authors == []
    assert article.other_credits.get("agency") == "Reuters"


def test_authors_wire_name_run_on_into_its_date_is_no_name() -> None:
    """An author box "Reuters November 18, 2019 11:03 PM" (and the agency marked rel=author):
    a month is no surname, an agency no user handle."""
    box = (
        "<div class='article-author'>Reuters November 18, 2019 11:03 PM</div>"
        "<a rel='author' href='/agency/reuters'>Reuters</a>"
    )
    html = _page().replace("</article>", f"</article><footer>{box}</footer>")
    assert extract_html(html).authors == []


def test_authors_outlet_after_the_names_is_an_affiliation() -> None:
    """ "By Jill Disis, CNN Business", "..., USA TODAY": the outlet's desk after the names is
    their employer, not one more author; a desk alone ("Telegraph Sport") names no one."""
    from tidings.extract.authors import read_names

    assert read_names("By Jill Disis, CNN Business") == (
        ["Jill Disis"],
        {"affiliation": "CNN Business"},
    )
    assert read_names("By Kevin Johnson and Kevin McCoy, USA TODAY")[0] == [
        "Kevin Johnson",
        "Kevin McCoy",
    ]
    assert read_names("Telegraph Sport")[0] == []


def test_authors_kind_of_piece_before_von_is_no_part_of_the_name() -> None:
    """ "Pressemitteilung von Katja Kipping", "Ein Gastbeitrag von ...": the writer, not a name
    "Pressemitteilung von Katja Kipping" read as "Ursula von der Leyen" is; after a colon the
    same word names the subject ("Rezension: Härting - Internetrecht" reviews his book)."""
    from tidings.extract.authors import read_names

    assert read_names("Pressemitteilung von Katja Kipping")[0] == ["Katja Kipping"]
    assert read_names("Ein Gastbeitrag von Jane Doe")[0] == ["Jane Doe"]
    assert read_names("Ursula von der Leyen")[0] == ["Ursula von der Leyen"]
    assert read_names("Rezension: Härting - Internetrecht, 5. Auflage 2014")[0] == []


def test_authors_another_publication_in_the_author_meta_is_no_author() -> None:
    """A template's author meta naming a publication ("Auto Illustrierte", a magazine of the
    same publisher) is no person: the page's own author box is read instead."""
    head = "<meta name='author' content='Auto Illustrierte'>"
    box = "<div class='author'>Text: Ivan Valetny</div>"
    html = _page(head=head).replace("</article>", f"</article>{box}")
    assert extract_html(html).authors == ["Ivan Valetny"]


def test_authors_text_and_photos_label_names_the_author() -> None:
    """ "Text & Fotos: Ivan Valetny": he wrote the piece and took its photos, so he is its
    author and its photo credit; "Fotos:" alone credits the photos only."""
    from tidings.extract.bylines import parse_byline

    both = parse_byline("Text & Fotos: Ivan Valetny")
    assert both is not None and both.authors == ["Ivan Valetny"]
    assert both.credits.get("photo") == "Ivan Valetny"
    assert parse_byline("Words and pictures by Jane Doe").authors == ["Jane Doe"]  # type: ignore[union-attr]
    assert parse_byline("Fotos: Jane Doe").authors == []  # type: ignore[union-attr]
    box = "<div class='author'>Text &amp; Fotos: Ivan Valetny</div>"
    html = _page(head="<meta name='author' content='Auto Illustrierte'>").replace(
        "</article>", f"</article>{box}"
    )
    assert extract_html(html).authors == ["Ivan Valetny"]


def test_authors_publisher_named_with_its_host_is_no_author() -> None:
    """The author meta "Deutsche Welle (www.dw.com)" names the publisher by its host: no
    author, rather than "Deutsche Welle"; a person with the host after a comma stays one."""
    head = "<meta name='author' content='Deutsche Welle (www.dw.com)'>"
    assert extract_html(_page(head=head), "https://www.dw.com/en/elephants/a-1").authors == []
    head = "<meta name='author' content='Troy L. Smith (tsmith@cleveland.com)'>"
    html = _page(head=head)
    assert extract_html(html, "https://www.dw.com/en/elephants/a-1").authors == ["Troy L. Smith"]


def test_authors_postal_address_or_contact_card_is_no_byline() -> None:
    """An <address> with a postal code or a phone number is the office's or the press
    contact's ("Kathrin Klinkusch, Pressesprecherin, 030 65211-1780"), not the author's."""
    card = (
        "<address class='address'><p class='name'>Kathrin Klinkusch</p><p>Pressesprecherin</p>"
        "<p class='telephone'>030 65211-1780</p></address>"
        "<address><span>Bundeshaus Ost<br>3003 Bern<br>Schweiz</span></address>"
    )
    assert extract_html(_page(after=f"<aside>{card}</aside>")).authors == []
