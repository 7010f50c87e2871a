"""The newsroom's notes and the writer's sign-off are nobody's quotation (branch direct10).

Hand-written news paragraphs through ``analyze``: 'CLARIFICATION: ...', 'Editor’s note: ...' and
'"Follow Jane Ortiz on Twitter @janeortizNEWS."' after a transcript give no quote, and the
quotations around them keep their speakers.
"""

from __future__ import annotations

from conftest import quote_starting, quotes_of


def test_quotes_notes_a_clarification_or_editors_note_is_no_speaker(nlp) -> None:
    qs = quotes_of(
        "The city council approved a new budget on Tuesday after a debate that ran past "
        "midnight, with seven members voting in favour and two against the plan.",
        '"This budget protects the services people rely on," said council president Ana Ruiz.',
        "CLARIFICATION: An earlier version of this article misstated the number of council "
        "members who voted against the plan.",
        "Editor’s note: This story has been updated with the final vote count from the clerk.",
    )
    assert quote_starting(qs, "This budget protects").speaker == "Ana Ruiz"
    contents = [q.content.text for q in qs]
    assert not any(c.startswith(("An earlier version", "This story has")) for c in contents), [
        (q.speaker, q.content.text) for q in qs
    ]


def test_quotes_notes_a_sign_off_after_a_transcript_is_no_turn(nlp) -> None:
    qs = quotes_of(
        "Governor Tom Reyes defended his record on housing in an interview on Sunday. Partial "
        "transcript as follows:",
        '"HOST: Governor, your critics say rents are still rising faster than wages.',
        '"REYES: They are, and that is why we are building. We approved forty thousand new '
        "homes last year and we will approve more this year.",
        '"Follow Jane Ortiz on Twitter @janeortizNEWS."',
    )
    assert quote_starting(qs, "They are, and that").speaker == "Tom Reyes"
    assert not any("Follow Jane Ortiz" in q.content.text for q in qs), [
        (q.speaker, q.content.text) for q in qs
    ]


def test_quotes_notes_a_quoted_invitation_to_follow_is_still_a_quote(nlp) -> None:
    """The sign-off is a whole paragraph: a cued quotation that asks to follow someone stays."""
    qs = quotes_of(
        "The fire department opened a new account for storm warnings this week.",
        '"Follow us on Twitter for every road closure," said fire chief Maria Lopez.',
    )
    assert quote_starting(qs, "Follow us on Twitter").speaker == "Maria Lopez"


def test_quotes_notes_a_section_rule_is_no_statement(nlp) -> None:
    """'said in a statement:' then '___.': a rule with no word is no statement, and it ends
    the announcement (the heading and the paragraph after it are the writer's)."""
    qs = quotes_of(
        "Heavy snow closed schools across the county on Thursday. The county executive, Linda "
        "Marsh, said in a statement to parents on Thursday morning:",
        "___.",
        "CLOSURES.",
        "Every public school in the county will stay closed through Friday.",
    )
    assert not any(q.kind == "direct" for q in qs), [(q.speaker, q.content.text) for q in qs]
