"""Reported speech in shapes news prose uses (session 20, rep21): a series of what was pledged
or praised that the parse hangs on the cue verb. Sentences written for these tests, through
``analyze`` (loads the spaCy model once)."""

from __future__ import annotations

from conftest import quotes_of


def _by_cue(*paragraphs: str) -> dict[str, tuple[str, str]]:
    return {q.cue.text: (q.content.text, q.speaker or "") for q in quotes_of(*paragraphs) if q.cue}


def test_quotes_reported21_a_series_of_infinitives_is_one_content() -> None:
    """'pledged to cut X, repair Y and hire Z': the parse hangs "repair" on "pledged", but
    what was pledged is the whole series; a verb in the cue's own tense after the comma is the
    speaker's next act, and stays out."""
    got = _by_cue(
        "The governor pledged to cut property taxes, repair the state's bridges and hire more "
        "teachers.",
        "Ms. Ruiz touted her plans to build new schools, hire more nurses, and lower drug prices.",
    )
    assert got["pledged"][0] == (
        "to cut property taxes, repair the state's bridges and hire more teachers"
    )
    assert got["touted"][0] == (
        "her plans to build new schools, hire more nurses, and lower drug prices"
    )
    got = _by_cue(
        "She pledged to lower fares, expand the bus network and she, once again, promised "
        "a new bridge."
    )
    assert got["pledged"][0] == "to lower fares, expand the bus network"
    assert got["promised"][0] == "a new bridge"
    got = _by_cue("Officials condemned the attack, which killed nine people, and vowed to act.")
    assert got["condemned"][0] == "the attack"
    assert got["vowed"][0] == "to act"


def test_quotes_reported21_a_series_of_objects_is_one_content() -> None:
    """'praised his record, his knowledge of X and his patience': the parse makes the second
    noun phrase a second object of "praised"; the praise is the whole list. An aside with no
    "and" is no series."""
    got = _by_cue(
        "Ms. Adams praised his record on trade, his knowledge of the budget and his patience "
        "with voters."
    )
    assert got["praised"] == (
        "his record on trade, his knowledge of the budget and his patience with voters",
        "Adams",
    )


def test_quotes_reported21_a_noun_of_intent_keeps_its_infinitive() -> None:
    """'defended his call to raise the wage': the parse reads "to raise" as the purpose of
    "defended", but it completes "call"; what was defended is the call to raise the wage."""
    got = _by_cue(
        "The senator defended his call to raise the federal minimum wage to $15 an hour.",
        "The bishop decried the mayor's repeated calls to close the shelters.",
    )
    assert got["defended"][0] == "his call to raise the federal minimum wage to $15 an hour"
    assert got["decried"][0] == "the mayor's repeated calls to close the shelters"


def test_quotes_reported21_an_act_planned_or_sought_is_not_done() -> None:
    """'plans to endorse Ms. Diaz': nobody has endorsed anyone; the plan is reported, with
    the endorsement as its content, and "endorse" is no act of its own (as with "wants to");
    'sought to reassure investors that ...' reports the attempt, and "reassure" with it."""
    got = _by_cue(
        "The mayor plans to endorse Ms. Diaz in the primary.",
        "Mr. Hale sought to portray his rival as a career politician.",
        "The union prefers to back a candidate who can win.",
    )
    assert got["plans"] == ("to endorse Ms. Diaz in the primary", "The mayor")
    assert got["sought"][0] == "to portray his rival as a career politician"
    assert got["prefers"][0] == "to back a candidate who can win"
    assert not {"endorse", "portray", "back"} & set(got)
    got = _by_cue("On Sunday, Mr. Rhodes sought to reassure investors that the fund was safe.")
    assert got == {"sought": ("to reassure investors that the fund was safe", "Rhodes")}


def test_quotes_reported21_an_in_phrase_describing_the_object_stays() -> None:
    """'defended his vote in favor of the deal', 'questioned her judgment in supporting the
    war': the parse hangs the "in" phrase on the verb, but it says which vote, which judgment
    (and "supporting" is no act of the critics); a place stays out."""
    got = _by_cue(
        "The senator defended his vote in favor of the trade deal.",
        "Critics questioned her judgment in supporting the war.",
        "The mayor praised the firefighters in the city on Monday.",
    )
    assert got["defended"][0] == "his vote in favor of the trade deal"
    assert got["questioned"] == ("her judgment in supporting the war", "Critics")
    assert "supporting" not in got
    assert got["praised"][0] == "the firefighters in the city"
    got = _by_cue("The group criticized the militia in neighboring Chad on Monday.")
    assert got["criticized"][0] == "the militia"
    got = _by_cue(
        'The senator accused his party\'s leaders of a "breach of trust" in trying to block '
        "a rule that he said would hurt the party."
    )
    assert got["accused"][0] == 'his party\'s leaders of a "breach of trust"'
    assert got["said"][0] == "would hurt the party"


def test_quotes_reported21_a_gerund_joined_to_the_object_is_more_of_it() -> None:
    """'talked about health care and getting money out of politics': the parse joins
    "getting" to "talked", but a gerund is no next act in the cue's tense; it is a second
    topic. A verb in the cue's tense is the next act ('criticized the budget and left')."""
    got = _by_cue(
        "She talked about health care and getting big money out of politics.",
        "The mayor criticized the budget and left the room.",
    )
    assert got["talked"][0] == "health care and getting big money out of politics"
    assert got["criticized"][0] == "the budget"


def test_quotes_reported21_where_a_series_of_objects_stops() -> None:
    """A participle after the last item says what the speaker did with the series ('called
    for a vote, and then a second vote, declaring ...'); a past form right after "and" is the
    speaker's next act even where the parse reads it as an adjective ('pushed against the
    plan and encouraged parents to ...')."""
    got = _by_cue(
        "The chairman called for a voice vote, and then a second vote, declaring after both "
        "that the motion had failed.",
        "Nurses have gained clout in recent years as they loudly pushed against the new "
        "staffing rules and encouraged parents and patients to write to lawmakers.",
    )
    assert got["called"][0] == "a voice vote, and then a second vote"
    assert got["pushed"][0] == "the new staffing rules"
