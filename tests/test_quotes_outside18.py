"""Constructions seen outside PolNeAR (out18): what is not a quote, and where a quote ends.
Hand-written news sentences, none from PolNeAR or the outside golds.
"""

from __future__ import annotations

from conftest import quote_starting, quotes_of


def test_a_noun_object_before_a_colon_names_the_quotation(nlp) -> None:
    """'... posted a goodbye on Facebook: "Good luck in London, mate."': the noun phrase names
    the words the colon opens; the quotation is what was said, and the noun phrase is no
    statement of its own. A clause before the colon ('said the plan was dead: "..."') stays
    a statement beside the quotation."""
    qs = quotes_of(
        'The former captain, the defender Tom Walsh, posted a goodbye on Facebook: "Good luck'
        ' in London, mate."',
    )
    assert [q.content.text for q in qs] == ["Good luck in London, mate."]
    assert qs[0].speaker == "Tom Walsh"
    qs = quotes_of(
        'The senator said the bill was dead: "It has no votes and it never had any."',
    )
    assert quote_starting(qs, "the bill was dead")
    assert quote_starting(qs, "It has no votes")


def _listed(*blocks: tuple[str, str]):
    """An article of (role, text) paragraphs through ``analyze`` (list items need their role)."""
    from tidings.analyze import analyze
    from tidings.model import Article, layout

    text, paras = layout(list(blocks))
    return analyze(Article(id="t", source="t", text=text, paragraphs=paras)).quotes


def test_a_list_after_a_cue_and_colon_is_one_statement(nlp) -> None:
    """'In a long interview, the governor also said:' and a bulleted list: the items are the
    points of that one statement (one cue, its content in pieces), not statements of their own
    ('He is confident the budget will pass' gives no "confident" of its own). The paragraph
    after the list is narration again."""
    qs = _listed(
        ("body", "In a long interview on Sunday, the governor also said:"),
        ("list-item", "The state will hire 500 new teachers next year"),
        ("list-item", "He is confident the budget will pass before the summer"),
        ("list-item", 'He would speak "bluntly" about the deficit'),
        ("body", "The governor flies to Ohio on Monday."),
    )
    assert [q.content.text for q in qs] == [
        "The state will hire 500 new teachers next year",
        "He is confident the budget will pass before the summer",
        'He would speak "bluntly" about the deficit',
    ]
    assert [q.cue.text if q.cue else None for q in qs] == ["said", None, None]
    assert [q.continues for q in qs] == [None, qs[0].id, qs[1].id]
    assert {q.speaker for q in qs} == {"the governor"}
    assert {q.kind for q in qs} == {"indirect"}


def test_a_bulleted_list_in_the_text_after_said(nlp) -> None:
    """The same list written with bullets in plain paragraphs ('- The state will ...'): the
    bullet is no part of the content. A list after 'Here's what we know:' stays the writer's
    (tests/test_quotes_commentary.py)."""
    qs = quotes_of(
        "In a long interview on Sunday, the governor also said:",
        "- The state will hire 500 new teachers next year.",
        "- He is confident the budget will pass before the summer.",
        "The governor flies to Ohio on Monday.",
    )
    assert [q.content.text for q in qs] == [
        "The state will hire 500 new teachers next year.",
        "He is confident the budget will pass before the summer.",
    ]
    assert qs[1].continues == qs[0].id


def test_a_tag_the_parser_hung_on_its_speaker_as_a_participle(nlp) -> None:
    """'Water bills will rise by 7% from April, the environment minister announced on Monday,
    the largest increase in fifteen years.': the small model reads "announced" (a past tense,
    not a participle) as a clause on "minister"; it is the tag of the clause before the
    comma, whose speaker is the minister. The noun phrase after the tag is the writer's gloss
    on the rise, not what was announced."""
    cases = [
        (
            "Water bills will rise by 7% from April, the environment minister announced on"
            " Monday, the largest increase in fifteen years.",
            "Water bills will rise by 7% from April",
            "the environment minister",
        ),
        (
            "Rail fares will go up by 6% in March, the transport secretary announced on"
            " Wednesday, the biggest increase in a decade.",
            "Rail fares will go up by 6% in March",
            "the transport secretary",
        ),
    ]
    for sentence, content, speaker in cases:
        qs = quotes_of(sentence)
        assert [(q.cue.text, q.content.text) for q in qs] == [("announced", content)]
        assert qs[0].speaker == speaker
