"""Furniture line rules and caption/credit splitting: (line, expected) pairs."""

from __future__ import annotations

import pytest

from tidings.extract.furniture import Caption, furniture_reason, split_caption


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Read more", "read-more"),
        ("Lire la suite", "read-more"),
        ("Weiterlesen »", "read-more"),
        ("Don't miss", "dont-miss"),
        ("Share", "share"),
        ("Facebook Twitter Email", "share"),
        ("Teilen", "share"),
        ("We use cookies to improve your experience on our site.", "cookie"),
        ("Ce site utilise des cookies pour améliorer votre expérience.", "cookie"),
        ("Sign up for our daily newsletter", "newsletter"),
        ("Advertisement", "advertisement"),
        ("Continue reading the main story", "advertisement"),
        ("Anzeige", "advertisement"),
        ("Skip to content Skip to site index", "navigation"),
        ("Image 1 of / 23", "navigation"),
        ("© 2019 Hearst Communications, Inc.", "copyright"),
        ("Copyright 2019 The Associated Press. All rights reserved.", "copyright"),
        ("Related Articles", "related-heading"),
        ("Lire aussi", "related-heading"),
        ("Mehr zum Thema", "related-heading"),
        ("Tags: Syria, Russia", "tags"),
        ("12 Comments", "comments"),
        ("Follow us on Twitter", "social"),
        ("Subscribe Sign In", "account"),
        ("* * *", "symbols"),
    ],
)
def test_furniture_reason(line: str, reason: str) -> None:
    assert furniture_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Mixed signals",
        "Middle East",
        "Putin said the task had been fulfilled.",
        "The company said it would share more details with investors next week.",
        "Regulators want to know how the cookies are used by advertisers across many "
        "websites, and the company has promised to reply to their questions in writing before "
        "the end of the year, according to people familiar with the matter who asked not to "
        "be named because the talks are private and continuing into next month and beyond.",
        "© Alexander Kots, AFP | Pilots at the Hmeimim airbase.",
        "In a statement, the company said:",
        "To read the full report that the agency published on Monday, which runs to 300 pages "
        "and covers every region of the country in detail, click here.",
    ],
)
def test_furniture_keeps_article_lines(line: str) -> None:
    assert furniture_reason(line) is None


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        (
            "© Alexander Kots, Komsomolskaya Pravda, AFP | Pilots at the airbase on October 5.",
            "Pilots at the airbase on October 5.",
            "Alexander Kots, Komsomolskaya Pravda, AFP",
        ),
        ("Pilots at the airbase. | © Jane Doe/AFP", "Pilots at the airbase.", "Jane Doe/AFP"),
        ("Photo: Damian Dovarganes, AP", None, "Damian Dovarganes, AP"),
        ("Credit: Reuters", None, "Reuters"),
        (
            "Trump at a rally. Credit... Doug Mills/The New York Times",
            "Trump at a rally.",
            "Doug Mills/The New York Times",
        ),
        (
            "Protesters in Paris on Saturday (AFP Photo / Bertrand Guay)",
            "Protesters in Paris on Saturday",
            "AFP Photo / Bertrand Guay",
        ),
        (
            "Boris Johnson in London. Photograph: Stefan Rousseau/PA",
            "Boris Johnson in London.",
            "Stefan Rousseau/PA",
        ),
        ("Image source, Getty Images", None, "Getty Images"),
        ("Image caption, The minister spoke on Monday", "The minister spoke on Monday", None),
        ("Demonstranten in Berlin. Foto: dpa", "Demonstranten in Berlin.", "dpa"),
    ],
)
def test_furniture_split_caption(line: str, caption: str | None, credit: str | None) -> None:
    assert split_caption(line) == Caption(caption=caption, credit=credit)


@pytest.mark.parametrize(
    "line",
    ["Mixed signals", "He said (as he always does) that it was fine.", "The photo: a great one"],
)
def test_furniture_split_caption_needs_a_marker(line: str) -> None:
    assert split_caption(line) is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("READ MORE: China confirms a third case of plague", "inline-link"),
        ("China furious at Macron for protest jibe [ INSIGHT]|", "inline-link"),
        ("2H ago", "timestamp"),
        ("Write to Al Root at allen.root@dowjones.com", "contact"),
        ("thelastchargersfan says:", "comment-meta"),
        ("You may also like", "recommended"),
        ("Você pode gostar...", "recommended"),
        ("Related Stories", "related-heading"),
        ("About the author", "author-bio"),
        ("About Jane Doe", "author-bio"),
        ("Latest posts by Jane Doe (see all)", "author-bio"),
        ("View all posts by Jane Doe", "author-bio"),
        ("5 min read", "navigation"),
    ],
)
def test_furniture_more_reasons(line: str, reason: str) -> None:
    assert furniture_reason(line) == reason


def test_furniture_about_is_not_a_bio_in_lower_case() -> None:
    assert furniture_reason("About me") is None


def test_furniture_posts_by_in_a_sentence_is_text() -> None:
    assert furniture_reason("Two posts by Jane Doe drew criticism.") is None
    assert furniture_reason("Posts by the minister drew criticism") is None


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Sakib Ali/Hindustan Times/Getty Images", None, "Sakib Ali/Hindustan Times/Getty Images"),
        (
            "FILE PHOTO: Traders work on the floor. REUTERS/Brendan McDermid",
            "Traders work on the floor.",
            "REUTERS/Brendan McDermid",
        ),
        (
            "2 of 4 A shopper looks at extension cords at the store.",
            "A shopper looks at extension cords at the store.",
            None,
        ),
        (
            "The latest case was a hunter Credit: Getty - Contributor",
            "The latest case was a hunter",
            "Getty - Contributor",
        ),
    ],
)
def test_furniture_split_caption_more_forms(line: str, caption: str | None, credit: str | None):
    assert split_caption(line) == Caption(caption=caption, credit=credit)
