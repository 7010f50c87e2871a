"""A noun of saying and a colon name whose words follow (branch direct10).

"The hospital's response: "..."", "His answer: "..."": the possessor speaks the quotation, even
where another cue stands earlier in the paragraph ('Kane was asked whether he would resign.').
"""

from __future__ import annotations

from conftest import quote_starting, quotes_of


def test_quotes_colon_a_possessive_noun_of_saying_names_the_speaker(nlp) -> None:
    qs = quotes_of(
        "Waiting lists at the region's hospitals reached a record high in March, figures "
        "published on Thursday showed.",
        "Health secretary Rob Kane was asked on Friday whether he would resign. His answer: "
        '"Not while there is work to do."',
        "Opposition leader Mark Byrne said the secretary had failed. Byrne's verdict: \"He has "
        'run out of excuses, and patients have run out of time."',
        "St Luke's Hospital was asked about the figures. The hospital's response: \"We are "
        'working hard to reduce waiting times."',
    )
    assert quote_starting(qs, "Not while there").speaker == "Rob Kane"
    assert quote_starting(qs, "He has run out").speaker == "Mark Byrne"
    assert quote_starting(qs, "We are working hard").speaker_mention.text == "The hospital"


def test_quotes_colon_a_noun_of_saying_alone_names_no_one(nlp) -> None:
    """'The answer: "..."' has no possessor: the rule gives no speaker from it."""
    qs = quotes_of(
        "The council met on Monday to discuss the budget gap of four million pounds.",
        'The question was simple. The answer: "Nobody knows where the money went."',
    )
    q = quote_starting(qs, "Nobody knows")
    assert q.speaker_mention is None or q.speaker_mention.text != "The", q.speaker_mention


def test_quotes_colon_a_possessed_noun_of_saying_with_words_after_it_names_the_speaker(
    nlp,
) -> None:
    """'his famous demand in Berlin in 1987: "..."', "Mills's rule for her players (...)
    was, "..."": the noun of saying may carry adjectives and a phrase before the colon, or be
    the subject of "was" that introduces the quotation; its possessor still speaks."""
    qs = quotes_of(
        "Senator Paul Hale toured the steel towns of Ohio on Monday. Supporters at every stop "
        'cheered his old promise to the workers in 2012: "Not one more plant will close."',
        "Coach Dana Mills rarely gave long speeches to her team. Mills's rule for her young "
        'players (repeated at every practice) was, "Run first, talk later, and never blame '
        'the referee."',
        "Voters in the district still remember Alan Price's favourite line from the 1998 "
        'debates: "I have never owed anyone a favour, and I never will."',
    )
    assert quote_starting(qs, "Not one more plant").speaker == "Paul Hale"
    assert quote_starting(qs, "Run first").speaker == "Dana Mills"
    assert quote_starting(qs, "I have never owed").speaker == "Alan Price"


def test_quotes_colon_a_verb_between_possessor_and_noun_keeps_the_cue(nlp) -> None:
    """'Her aide said the answer was: "..."': "said" stands between the possessor and the
    noun of saying, so the noun is not hers; the cue "said" and its subject speak."""
    qs = quotes_of(
        "Mayor Ana Ruiz was asked on Monday about the missing funds. Her aide Tom Reed said "
        'the only answer was: "Nobody knows where the money went, and nobody will say."',
    )
    found = [q for q in qs if "Nobody knows" in q.content.text]
    assert [q.speaker for q in found] == ["Tom Reed"], [(q.content.text, q.speaker) for q in qs]


def test_quotes_colon_a_noun_of_saying_with_its_addressee_and_a_predicate(nlp) -> None:
    """'Her message to the company was short: "Fix it."': the noun names whom it went to and
    takes a linking verb, and is still the possessor's words ("Her" is Hale, not the man
    named last)."""
    qs = quotes_of(
        "Transport commissioner Ruth Hale met rail chief Mark Byrne on Monday. Her message to "
        'his company was short: "Fix the timetable by June."'
    )
    assert quote_starting(qs, "Fix the timetable").speaker == "Ruth Hale"


def test_quotes_colon_a_byline_run_into_the_lead_is_no_speaker(nlp) -> None:
    # session 22: 'By Jane Holt: <lead>' is the writer's byline, not Holt's words; the lead's
    # own cue names the speaker
    qs = quotes_of(
        "By Jane Holt: The region cannot ignore the risk of new storms, warns the Coastal"
        " Authority.",
        "Officials met on Monday.",
    )
    assert all(q.speaker != "Jane Holt" for q in qs)
    assert any(q.speaker == "Coastal Authority" and "new storms" in q.content.text for q in qs)
