"""Author rules added in session 4, each on a hand-made page (see test_html_metadata.py for
the earlier ones)."""

from __future__ import annotations

from tidings.extract.html import extract_html

BODY = "".join(
    f"<p>{s}</p>"
    for s in [
        "Vegetarians in the city now have more than forty places to eat out, a survey found.",
        "The number has doubled in five years, and most new places opened in the old centre.",
        "Owners say the demand comes from young families as much as from students.",
        "Prices are close to those of other restaurants, the survey adds, if a little lower.",
    ]
)


def _page(lines: str, head: str = "") -> str:
    return (
        f"<html><head><title>Eating out</title>{head}</head><body><article><h1>Eating out</h1>"
        f"{lines}{BODY}</article></body></html>"
    )


def test_authors_first_of_several_signed_lines() -> None:
    """Two signed lines before the text: the byline, then the user who saved the page (Drupal's
    "Submitted by"): the first one signs the article."""
    html = _page(
        "<div>Blog Beitrag von Margarita Koreneva</div>"
        "<div>Gespeichert von human am 7. Juli 2019 - 18:44</div>"
    )
    assert extract_html(html).authors == ["Margarita Koreneva"]


def test_authors_signed_line_the_metadata_confirms() -> None:
    """A column's name on a labelled line ("Kolumne: Queer Royal") and the byline: the line
    whose name the author meta tag repeats is the byline."""
    html = _page(
        "<div>Kolumne: Queer Royal</div><div>Von Georg Kasch</div>",
        "<meta name='author' content='Georg Kasch'>",
    )
    assert extract_html(html).authors == ["Georg Kasch"]


def test_authors_signed_line_confirmed_by_a_jsonld_graph_reference() -> None:
    """Yoast/WordPress JSON-LD: the Article's author is only a reference into the @graph
    (``{"@id": ".../#/schema/person/abc"}``); the line whose name the referenced Person holds
    is the byline, as when the name stands in the Article itself."""
    graph = (
        '{"@context": "https://schema.org", "@graph": ['
        '{"@type": "Article", "@id": "https://food.example/eating-out/#article", '
        '"headline": "Eating out", '
        '"author": {"@id": "https://food.example/#/schema/person/abc"}}, '
        '{"@type": "Person", "@id": "https://food.example/#/schema/person/abc", '
        '"name": "Georg Kasch"}]}'
    )
    html = _page(
        "<div>Kolumne: Queer Royal</div><div>Von Georg Kasch</div>",
        f"<script type='application/ld+json'>{graph}</script>",
    )
    assert extract_html(html).authors == ["Georg Kasch"]


def test_authors_one_line_with_two_names_stays_whole() -> None:
    html = _page("<div>By Jane Doe and John Roe</div>")
    assert extract_html(html).authors == ["Jane Doe", "John Roe"]


def test_authors_forum_user_before_the_posts_date_not_the_ad_slot() -> None:
    """A forum thread: the first post's author box "von lupa am 26/10/13, 03:48 pm" names the
    user; the advertising slot signed "von Gesponserte Inhalte" names no one."""
    html = (
        "<html><head><title>Regeln</title></head><body><div class='post'><div class='author'>"
        f"von lupa am 26/10/13, 03:48 pm</div><div class='content'>{BODY}</div></div>"
        "<div class='post'><div class='author'>von Gesponserte Inhalte</div><p>Anzeige</p></div>"
        "</body></html>"
    )
    assert extract_html(html).authors == ["lupa"]


def test_authors_name_and_date_in_an_author_element() -> None:
    """An element marked as the author's that shows the name and the day ("Janic Cathomen,
    01.12.2021", class "date-author"): the name."""
    html = (
        "<html><head><title>Lawinen</title></head><body><article><h1>Lawinen</h1>"
        f"<div class='text'>{BODY}</div><p class='date-author'>Janic Cathomen, 01.12.2021</p>"
        "</article></body></html>"
    )
    assert extract_html(html).authors == ["Janic Cathomen"]


def test_authors_user_name_in_a_drupal_submitted_line() -> None:
    """Drupal signs a node in a ``.submitted`` element with the user name in lower case
    ("Gespeichert von rasos am 24. Juli 2017 - 18:44")."""
    html = (
        "<html><head><title>Faircoin</title></head><body><article><h1>Faircoin</h1>"
        f"<div class='content'>{BODY}</div><footer><div class='submitted'>Gespeichert von rasos am "
        "24. Juli 2017 - 18:44</div></footer></article></body></html>"
    )
    assert extract_html(html).authors == ["rasos"]


def test_authors_one_word_author_element_is_a_handle_unless_a_role() -> None:
    """One rule (bylines.is_handle) for a one-word name wherever it is read: a rel=author
    element holding a user name is the author, one holding a role word ("Editorial") is not."""
    assert extract_html(_page("<a rel='author' href='/u/gnaddrig'>gnaddrig</a>")).authors == [
        "gnaddrig"
    ]
    assert extract_html(_page("<a rel='author' href='/u/ed'>Editorial</a>")).authors == []
