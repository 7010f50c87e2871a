"""What an act verb with no clause reports: its object, without the writer's note on it
(branch rep13). Hand-written news sentences, none from PolNeAR.
"""

from __future__ import annotations

from conftest import quote_starting, quotes_of


def test_object_drops_a_relative_clause_after_a_comma(nlp) -> None:
    """'praised X, who ...', 'predicted a win in Ohio, which ...': the relative clause says who
    or what the object is, in the writer's words; the speaker praised and predicted the thing."""
    qs = quotes_of(
        "The governor praised the pastor Tom Reed, who has vowed to open a shelter downtown.",
        "Analysts predicted a Harris win in Ohio, which votes on March 1.",
        "She referred to the party's summer convention, where delegates will select a nominee.",
        "The mayor criticized the plan, which the council passed in May.",
    )
    texts = {q.content.text for q in qs}
    assert "the pastor Tom Reed" in texts
    assert "a Harris win in Ohio" in texts
    assert "the party's summer convention" in texts
    assert "the plan" in texts


def test_object_drops_a_description_of_a_name(nlp) -> None:
    """'endorsed Jane Smith, the former Ohio governor': who she is, is narration."""
    qs = quotes_of("The union endorsed Jane Smith, the former Ohio governor.")
    assert quote_starting(qs, "Jane Smith").content.text == "Jane Smith"


def test_object_keeps_a_title_naming_a_common_noun(nlp) -> None:
    """'his new book, The Long Road Home': the appositive names the book, it is content."""
    qs = quotes_of("The author will discuss his new book, The Long Road Home, on Monday.")
    assert quote_starting(qs, "his new book").content.text == "his new book, The Long Road Home"


def test_object_keeps_an_aside_holding_quoted_words(nlp) -> None:
    """'mocked Tom Bush, who had called the plan "a gift to the rich."': quoted words in the
    aside are someone's speech, not the writer's note, so the object is left whole."""
    qs = quotes_of('The senator mocked Tom Bush, who had called the plan "a gift to the rich."')
    assert quote_starting(qs, "Tom Bush").content.text.startswith("Tom Bush, who had called")
