"""One rule for the titles before a name, the same through every reader of it.

The rule is :func:`tidings.analyze.titles.leading_titles`; its readers hold a name string
(``naming.strip_title_words``), a spaCy entity (``mentions._strip_titles``), a tagged span
(``entityspans.past_titles``, which strips only down to a given name and a surname) and a
name read from plain text (``resolve._name_mention``). Each case runs through all of them.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from tidings.analyze.entityspans import past_titles
from tidings.analyze.mentions import _strip_titles
from tidings.analyze.naming import strip_title_words
from tidings.analyze.resolve import _name_mention, _past_name
from tidings.analyze.titles import leading_titles, role_before_name, title_of

#: (the name as written, the name proper, what a span reader keeps: None when it strips as
#: the others do, else the whole text, when no given name and surname would remain).
TITLE_CASES = [
    pytest.param("Sen. Elizabeth Warren", "Elizabeth Warren", None, id="abbreviated-office"),
    pytest.param("Russian President Vladimir Putin", "Vladimir Putin", None, id="nationality"),
    pytest.param("former Gov. Jeb Bush", "Jeb Bush", None, id="former"),
    pytest.param("Detective Sergeant Amy Cole", "Amy Cole", None, id="two-ranks"),
    pytest.param("Mr. John Smith", "John Smith", None, id="honorific"),
    pytest.param("Striker Carlos Vela", "Carlos Vela", None, id="role-noun-opening-sentence"),
    pytest.param("Pope Leo", "Pope Leo", None, id="called-with-title"),
    pytest.param("King Charles III", "King Charles III", None, id="monarch-not-a-role-noun"),
    pytest.param("former King Charles III", "King Charles III", None, id="former-monarch"),
    pytest.param("President Obama", "Obama", "President Obama", id="surname-only"),
    pytest.param("Walker Buehler", "Walker Buehler", None, id="given-name-not-role"),
    pytest.param("Prime Minister", "Minister", "Prime Minister", id="title-only-keeps-a-word"),
    pytest.param("Secretary of State Ana Ruiz", "Ana Ruiz", None, id="portfolio-after-of"),
    pytest.param(
        "Chancellor of the Exchequer Rachel Reeves", "Rachel Reeves", None, id="portfolio-the"
    ),
]


@pytest.mark.parametrize(("written", "name", "span_keeps"), TITLE_CASES)
def test_titles_leading_titles_is_where_the_name_starts(written, name, span_keeps) -> None:
    words = written.split()
    assert " ".join(words[leading_titles(words) :]) == name


@pytest.mark.parametrize(("written", "name", "span_keeps"), TITLE_CASES)
def test_titles_strip_title_words_follows_the_rule(written, name, span_keeps) -> None:
    assert strip_title_words(written) == name


@pytest.mark.parametrize(("written", "name", "span_keeps"), TITLE_CASES)
def test_titles_a_speaker_mention_follows_the_rule(written, name, span_keeps) -> None:
    doc = Doc(spacy.blank("en").vocab, words=written.split())
    start, found = _strip_titles(doc[0 : len(doc)])
    assert found == name
    assert doc[start:].text == name


@pytest.mark.parametrize(("written", "name", "span_keeps"), TITLE_CASES)
def test_titles_an_entity_span_follows_the_rule(written, name, span_keeps) -> None:
    text = f"Then {written} said no."
    start, end = 5, 5 + len(written)
    at, label = past_titles(text, start, end, "ORG")
    assert text[at:end] == (span_keeps or name)
    if span_keeps:
        assert label == "ORG"  # no full name is left: the tagger's label stands
    elif at > start:
        assert label == "PERSON"


@pytest.mark.parametrize(("written", "name", "span_keeps"), TITLE_CASES)
def test_titles_a_name_read_from_plain_text_follows_the_rule(written, name, span_keeps) -> None:
    m = _name_mention(written, 100, 100)
    assert m.name == name
    assert m.name_start is not None and written[m.name_start - 100 :] == name
    title = written[: len(written) - len(name)].strip()
    assert m.description == (title or None)


def test_titles_a_title_the_tagger_left_out_joins_the_mention() -> None:
    doc = Doc(spacy.blank("en").vocab, words=["Prince", "Harry", "said"])
    assert _strip_titles(doc[1:2]) == (0, "Prince Harry")


def test_titles_role_before_name_needs_a_given_name_and_a_surname_after() -> None:
    assert role_before_name(["Nurse", "Maria", "Ocampo"])
    assert not role_before_name(["Nurse", "Ocampo"])
    assert not role_before_name(["Nurse", "Mr.", "Ocampo"])


@pytest.mark.parametrize(
    ("description", "name", "title"),
    [
        pytest.param(
            "Seattle Councilwoman Tamara Reyes", "Tamara Reyes", "Seattle Councilwoman", id="title"
        ),
        pytest.param("advisers to Mr. Obama", "Obama", None, id="lower-case-words"),
        pytest.param("Chair Debbie Wasserman Schultz", "Wasserman Schultz", None, id="given-name"),
        pytest.param("a Russia specialist", "Sarah Lain", None, id="no-name-at-end"),
    ],
)
def test_titles_title_of_a_description_ending_in_the_name(description, name, title) -> None:
    assert title_of(description, name) == title
    assert _past_name(description, name) == (title or description)
