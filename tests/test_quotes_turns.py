"""An exchange printed with title-case names before colons (branch direct10).

'Herald: How do you rebuild trust?' / 'Santos: By being open. ...': each turn is that speaker's
own words, a direct quote, as in a transcript in capitals; the interview reader leaves such a
layout to the colon rule (one quote per turn, no label inside the content). A lone 'Kerry:
Refugee cap will rise' stays a headline's summary.
"""

from __future__ import annotations

from conftest import quote_starting, quotes_of


def test_quotes_turns_a_title_case_exchange_gives_direct_turns(nlp) -> None:
    qs = quotes_of(
        "Chief Maria Santos took over the city's police department in March. She spoke to the "
        "Herald about recruitment, budgets and trust.",
        "Herald: Critics say the department spends too much on overtime. Do they have a point?",
        "Santos: They do. Overtime is what you pay when you do not hire. I would rather hire.",
        "Herald: How do you rebuild trust after last year's scandal?",
        "Santos: By being open. Every complaint will be published, with what we did about it.",
    )
    answer = quote_starting(qs, "By being open")
    assert (answer.kind, answer.speaker) == ("direct", "Maria Santos")
    assert quote_starting(qs, "They do.").kind == "direct"
    assert not any(q.content.text.startswith(("Santos:", "Herald:")) for q in qs), [
        q.content.text for q in qs
    ]
    assert len([q for q in qs if "By being open" in q.content.text]) == 1


def test_quotes_turns_a_lone_headline_colon_stays_indirect(nlp) -> None:
    qs = quotes_of(
        "Secretary of State John Kerry spoke to reporters in Berlin on Tuesday afternoon.",
        "Kerry: Refugee cap will rise next year",
        "The United States will take in more refugees next year, officials said on Tuesday.",
    )
    assert quote_starting(qs, "Refugee cap").kind == "indirect"


def test_quotes_turns_notes_under_team_labels_are_no_exchange(nlp) -> None:
    """'Thunder: F Hamidou Diallo missed ...' / 'Lakers: Kyle Kuzma left ...': labelled notes
    with no question and no first or second person are the writer's, not a spoken exchange."""
    qs = quotes_of(
        "The Lakers beat the Thunder 112-107 on Sunday night for their fifth straight win.",
        "Thunder: F Hamidou Diallo missed his third straight game with a left knee sprain.",
        "Lakers: Kyle Kuzma left the court in the second quarter with an eye abrasion.",
    )
    assert not any(q.kind == "direct" for q in qs), [(q.kind, q.content.text) for q in qs]
