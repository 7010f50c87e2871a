"""Titles of works in quote marks are no quotations, even with a cue near them (branch direct10).

Hand-written news paragraphs through ``analyze``: a book, a memoir, a drama named in marks right
after the noun that names it, or with its author after it, is a title; the quotations of the same
paragraphs are kept.
"""

from __future__ import annotations

import pytest
from conftest import quote_starting, quotes_of

from tidings.analyze.directquotes import names_a_work
from tidings.analyze.quotemarks import find_quoted


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ('In her 2019 memoir, "Learning From the Ground Up," Ms. Alvarez argued for it.', True),
        ('The actor also stars in the PBS drama "Mercy Street" this fall.', True),
        ('According to "The Long Road Home," by Peter Marsh, the town was founded in 1843.', True),
        ('"We Will Not Back Down," said Maria Chen, the union president.', False),
        ('The mayor called the plan "A Disgrace to the City" on Monday.', False),
    ],
)
def test_names_a_work_reads_the_noun_before_or_the_author_after(paragraph, expected) -> None:
    q = find_quoted(paragraph)[0]
    assert names_a_work(paragraph, q) is expected


def test_quotes_titles_a_book_title_near_a_cue_is_no_quote(nlp) -> None:
    """'According to "Title," by Author, ...' and 'In her memoir, "Title," X argued ...': the
    titles are no direct quotes; the quotation in the next paragraph is kept."""
    qs = quotes_of(
        "The town council met on Tuesday to debate the future of the old mill.",
        'According to "The Long Road Home: A History of the Valley," by Peter Marsh, the mill '
        "was built in 1843 and employed half the town.",
        'In her 2019 memoir, "Learning From the Ground Up," Councillor Rosa Alvarez argued that '
        "the mill should become a school.",
        '"We will not let this building fall down," Alvarez said on Tuesday.',
    )
    contents = [q.content.text for q in qs]
    assert not any("Long Road Home" in c for c in contents), contents
    assert not any("Learning From the Ground Up" in c for c in contents), contents
    assert quote_starting(qs, "We will not let").speaker == "Rosa Alvarez"


def test_quotes_titles_a_title_the_parser_reads_as_a_clause_is_no_content(nlp) -> None:
    """'In her 2015 book, "Raise Your Child Debt Free," Ms. Porter suggested looking at ...':
    the parser takes the title for the clause "suggested" reports; what she suggested follows."""
    qs = quotes_of(
        "Families are saving more for college than a decade ago, according to a survey "
        "released on Monday by the state treasurer's office.",
        'In her 2015 book, "Raise Your Child Debt Free," Ms. Porter suggested looking at every '
        "monthly bill and asking whether it matters more than tuition.",
    )
    contents = [q.content.text for q in qs]
    assert not any("Raise Your Child" in c for c in contents), contents
    porter = [q for q in qs if q.speaker == "Porter"]
    assert porter and porter[0].content.text.startswith("looking at every"), contents
