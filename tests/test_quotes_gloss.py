"""The writer's words around a cue's content are not part of what was said (branch direct10).

'said the decision was "painful but unavoidable" — a phrase repeated three times in its
statement': a noun phrase about the quoted words themselves ("a phrase", "a term", "words")
after the closing mark is the writer's, whatever the parser made of it.
"""

from __future__ import annotations

from conftest import quote_starting, quotes_of


def test_quotes_gloss_a_phrase_noun_after_the_quotation_ends_the_content(nlp) -> None:
    qs = quotes_of(
        "The Carrow copper mine will close in June, its owner announced on Wednesday.",
        'The owner, Atlas Minerals, said the decision was "painful but unavoidable" — a phrase '
        "repeated three times in its four-paragraph statement.",
    )
    q = quote_starting(qs, "the decision was")
    assert q.content.text == 'the decision was "painful but unavoidable"'
    assert q.kind == "mixed"


def test_quotes_gloss_a_content_ending_in_the_quotation_is_kept(nlp) -> None:
    """A content that ends with its quotation keeps the closing words and mark."""
    qs = quotes_of(
        "The council voted on the new bus routes on Tuesday evening after a long debate.",
        'Councillor Ann Price said the plan was "unworkable and unfair to the suburbs."',
    )
    assert quote_starting(qs, "the plan was").content.text.endswith('suburbs."')


def test_quotes_gloss_the_clause_before_a_semicolon_is_not_the_next_cues_content(nlp) -> None:
    """'The drivers' union welcomed the investment; the station staff union called it "a tax
    on work."': what the staff union said is its own clause, not the drivers' clause."""
    qs = quotes_of(
        "Rail fares will rise by six percent in January, the transport ministry confirmed.",
        "Rail unions were split. The drivers' union welcomed the investment; the station staff "
        'union called it "a tax on work."',
    )
    called = [q for q in qs if q.cue is not None and q.cue.text == "called"]
    assert [q.content.text for q in called] == ['it "a tax on work."']


def test_quotes_gloss_a_cue_word_inside_the_quoted_words_cuts_nothing(nlp) -> None:
    """'said ... that the donations were "lawful, disclosed and entirely unrelated" to the
    contract': "disclosed" is the office's word, not its next act; the content runs on."""
    qs = quotes_of(
        "Senator Paula Grant is facing questions over donations from a construction company.",
        "Grant's office said in a statement that the donations were \"lawful, disclosed and "
        'entirely unrelated" to the contract.',
    )
    q = quote_starting(qs, "the donations were")
    assert (
        q.content.text
        == 'the donations were "lawful, disclosed and entirely unrelated" to the contract'
    )
