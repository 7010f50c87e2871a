"""Byline lines -> authors and credits: (text, expected) pairs from several outlets' styles."""

from __future__ import annotations

import pytest

from tidings.extract.bylines import looks_like_name, normalise_name, parse_byline, signed_byline


@pytest.mark.parametrize(
    ("line", "authors", "credits"),
    [
        ("Text by Sam BALL", ["Sam Ball"], {}),
        ("Video by FRANCE 24", [], {"video": "FRANCE 24"}),
        ("By Jane Doe and John Smith", ["Jane Doe", "John Smith"], {}),
        ("By JAMELLE BOUIE", ["Jamelle Bouie"], {}),
        ("Jane Doe, Reuters", ["Jane Doe"], {"agency": "Reuters"}),
        ("By Jane Doe | Reuters", ["Jane Doe"], {"agency": "Reuters"}),
        ("Tom Krisher, AP Auto Writer", ["Tom Krisher"], {"affiliation": "AP Auto Writer"}),
        ("By Kate Smith, Staff Writer", ["Kate Smith"], {"affiliation": "Staff Writer"}),
        ("Photos: Jane Doe", [], {"photo": "Jane Doe"}),
        (
            "Reporting by Jane Doe in London; Editing by John Smith",
            ["Jane Doe"],
            {"editing": "John Smith"},
        ),
        ("Additional reporting by Tom Smith", [], {"additional reporting": "Tom Smith"}),
        ("By Juan DE LA CRUZ", ["Juan de la Cruz"], {}),
        ("By Ronald MCDONALD", ["Ronald McDonald"], {}),
        ("By Bashar al-Assad", ["Bashar al-Assad"], {}),
        ("Par Jean DUPONT, AFP", ["Jean Dupont"], {"agency": "AFP"}),
        ("Von Anna Schmidt und Jörg Müller", ["Anna Schmidt", "Jörg Müller"], {}),
        ("Door Jan de Vries", ["Jan de Vries"], {}),
        ("By Jane Doe, CNN Updated 3:04 PM ET, Tue March 15, 2016", ["Jane Doe"], None),
        ("By Reuters", [], {"agency": "Reuters"}),
        # author labels in several languages, a date or time after the name
        ("Ein Artikel von Pamela Sladky | 27.01.2022 - 12:45", ["Pamela Sladky"], {}),
        ("Written by: Julie Mollins", ["Julie Mollins"], {}),
        ("Eine Kolumne von Nils Pickert", ["Nils Pickert"], {}),
        ("Von Claudia Riedler 19. Oktober 2019 00:04 Uhr", ["Claudia Riedler"], {}),
        ("By Michelle Ehrhardt 04 November 2020", ["Michelle Ehrhardt"], {}),
        ("Posted in Politics by Jane Doe on August 3, 2019", ["Jane Doe"], {}),
        (
            "Autorin: Uta Staschewski, Projektleiterin der HSS",
            ["Uta Staschewski"],
            {"affiliation": "Projektleiterin der HSS"},
        ),
        # a one-word user name after "By" or a label is the author, as written
        ("Posted by jancak 21.10.2019", ["jancak"], {}),
        ("Gespeichert von rasos am 24. Juli 2017 - 18:55", ["rasos"], {}),
        ("Verfasst von: mitundvoneinander | 31. Dezember 2008", ["mitundvoneinander"], {}),
        ("erstellt von Dominique —", ["Dominique"], {}),
        (
            "Von Isabella.DiBiase am Samstag, 19. Oktober 2019 um 11:14 Uhr",
            ["Isabella.DiBiase"],
            {},
        ),
        ("Por Williams Perdomo @wperdomod", ["Williams Perdomo"], {}),
        # a date between the label and "by"; a credit run into the byline without a separator
        ("Posted on September 21, 2020 by Adi Tzlil", ["Adi Tzlil"], {}),
        (
            "Text von Christian Seiler Illustration von Markus Roost",
            ["Christian Seiler"],
            {"graphics": "Markus Roost"},
        ),
        (
            "Auteur : Kossivi Tiassou Edition : Marie Pioerron",
            ["Kossivi Tiassou"],
            {"editing": "Marie Pioerron"},
        ),
    ],
)
def test_bylines_parse(line: str, authors: list[str], credits: dict | None) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert byline.authors == authors
    if credits is not None:
        assert byline.credits == credits


@pytest.mark.parametrize(
    "line",
    [
        "Email the author",
        "CNN Wire",
        "Staff",
        "Updated 3pm",
        "March 15, 2016",
        "https://example.com/authors/jane",
        "By clicking Subscribe you agree to our terms",
        "By continuing to use this site you accept cookies",
        "Opinion Columnist",
        "Middle East",
        "Jane Doe",  # a bare name is a byline only in context (the extractor decides)
        "von Redaktion, 24. Januar 2022",  # "the editors" is not a user name
        "By Unknown",
        "by admin",
        "Autor:innen",  # German gender colon, not a label
    ],
)
def test_bylines_reject(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Sam BALL", "Sam Ball"),
        ("SAM BALL", "Sam Ball"),
        ("Sarah McDonald", "Sarah McDonald"),
        ("PATRICK O'NEILL", "Patrick O'Neill"),
        ("Maria de la Cruz", "Maria de la Cruz"),
        ("jane doe", "Jane Doe"),
    ],
)
def test_bylines_normalise_name(name: str, expected: str) -> None:
    assert normalise_name(name) == expected


def test_bylines_looks_like_name() -> None:
    assert looks_like_name("Sam BALL")
    assert not looks_like_name("Email the author")
    assert not looks_like_name("Russia")
    assert not looks_like_name("Updated 2016")
    # default CMS accounts, staff labels, author labels and job titles are not names
    assert not looks_like_name("Super User")
    assert not looks_like_name("Eingestellt von Unknown")
    assert not looks_like_name("N-Land Redaktion")
    assert not looks_like_name("Kathrin Klinkusch Pressesprecherin")
    assert not looks_like_name("Perform Media GmbH")
    assert looks_like_name("Richard David Precht")
    assert not looks_like_name("Die Lyrikerin Lisa Jeschke")  # a phrase, German capitals


@pytest.mark.parametrize(
    "org",
    ["Betty Crocker Kitchens", "Wirtualna Polska Media", "Deutsches Rotes Kreuz",
     "Bundesverband WindEnergie", "Feuerwehr Oldenburg", "Bayerische Landesanstalt"],
)  # fmt: skip
def test_bylines_organisation_is_not_a_name(org: str) -> None:
    """An organisation word, or a German compound ending in one, makes the text no person."""
    assert not looks_like_name(org)
    assert looks_like_name("Joachim Hamberger")


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Jane Doe", ["Jane Doe"]),
        ("Ein Artikel von Jane Doe", ["Jane Doe"]),
        ("Jane Doe and John Smith", None),  # names alone: not signed
        ("DE FR IT EN", None),  # a language switcher: "de" is not "by" on its own
        ("Datum: 19.11.2021 Autor: Fritz Imhof Quelle: Livenet", ["Fritz Imhof"]),
        ("Datum: 03.11.2021 Autor: Peter Maahn/SP-X Lesezeit: 5 min", ["Peter Maahn"]),
        ("Ort: Saarbrücken Datum: 28.01.2022", None),
        ("Da La Nota", None),
        ("American Horror Story: Coven", None),  # a title's colon, not a line of page facts
        ("Main article: Friendship", None),  # a wiki's link line: no user name after it
        ("Autor: red", None),  # "red." is the German newsroom's short sign, no one's name
        ("Autor: jancak", ["jancak"]),
    ],
)
def test_bylines_signed_line(line: str, authors: list[str] | None) -> None:
    byline = signed_byline(line)
    assert (byline.authors if byline else None) == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        pytest.param(
            "By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and "
            "Technology Project",
            ["Daniel Kahn Gillmor"],
            id="role-then-employer",
        ),
        pytest.param(
            "By Jane Doe, Staff Writer, and John Smith, Correspondent",
            ["Jane Doe", "John Smith"],
            id="and-after-a-role",
        ),
    ],
)
def test_byline_parts_after_a_role_are_the_employer(line: str, authors: list[str]) -> None:
    """ "Name, Role, Employer, Unit": what follows a role is where the person works, until an
    "and" brings the next name."""
    assert parse_byline(line).authors == authors


def test_bylines_place_after_the_employer_is_no_author() -> None:
    """ "By Nada Tawfik, BBC News, New York": the bureau's place follows the employer; a second
    author comes after "and" ("By Jane Doe, Der Spiegel, and John Roe")."""
    bbc = parse_byline("By Nada Tawfik, BBC News, New York")
    assert bbc is not None and bbc.authors == ["Nada Tawfik"]
    two = parse_byline("By Jane Doe, Der Spiegel, and John Roe")
    assert two is not None and two.authors == ["Jane Doe", "John Roe"]
