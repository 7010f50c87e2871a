"""What was said, where it ends, and what is no report (branch con22, constructions of the
aeb4/tfe/tfe2/tfe3 golds): a tag inside a relative clause ('which, he said, scared the man
off'), a hedge inside a belief ('believe this appears to be ...'), "found himself" and
"pronounced him dead", a second verb that stays inside the reported clause ('could not continue
the trip', 'had warned police'), and "the earlier ..., the more ...". Hand-written news sentences,
none from PolNeAR or the golds."""

from __future__ import annotations

import pytest
from conftest import quote_starting, quotes_of


def test_a_tag_inside_a_relative_clause_reports_only_that_clause(nlp) -> None:
    """'the doorbell camera, which, he said, scared the man off': the owner tried the camera
    (the writer's words); what he said is that it scared the man off. The content is the
    relative clause around the tag, from "which" to its end."""
    qs = quotes_of(
        "The owner tried to warn the intruder through the doorbell camera, which, he said,"
        " scared the man off.",
        "The park is near the stadium, which, the mayor said, is usually full on game days.",
        "The bill now goes to the governor, who, aides say, is likely to sign it next week.",
    )
    camera = quote_starting(qs, "which, he said")
    assert [p.text for p in camera.content_pieces] == ["which", "scared the man off"]
    park = quote_starting(qs, "which, the mayor said")
    assert park.content.text.endswith("is usually full on game days")
    assert park.speaker == "the mayor"
    governor = quote_starting(qs, "who, aides say")
    assert governor.content.text.endswith("is likely to sign it next week")
    assert not any(q.content.text.startswith("The owner tried") for q in qs)


def test_a_hedge_inside_a_belief_is_the_believers(nlp) -> None:
    """'Investigators believe this appears to be a case of ...': "appears" hedges the
    investigators' own belief; it is not a second, sourceless view of the writer's over the
    same clause (a free-standing 'The fire appears to have been set' still is one)."""
    qs = quotes_of(
        "Investigators believe this appears to be a case of a driver who fell asleep at the wheel.",
        "Police said it seems the fire was started on purpose.",
        "The blaze appears to have been set on purpose.",
    )
    believed = [q for q in qs if "appears to be a case" in q.content.text]
    assert [(q.cue.text, q.speaker) for q in believed] == [("believe", "Investigators")]
    assert not any(q.cue is not None and q.cue.text == "seems" for q in qs)
    assert quote_starting(qs, "The blaze").speaker is None


@pytest.mark.parametrize(
    "sentence",
    [
        "The senator found himself defending a bill he had voted against.",
        "The company finds itself in a bind after the ruling.",
        "Paramedics pronounced the man dead at the scene.",
        "Doctors pronounced her dead shortly after midnight.",
    ],
)
def test_finding_oneself_and_a_death_pronounced_are_no_reports(nlp, sentence: str) -> None:
    """'found himself defending ...' says where the senator ended up, and 'pronounced the man
    dead' certifies a death, as the passive 'was pronounced dead' does: no finding reported."""
    assert quotes_of(sentence) == []


def test_findings_and_pronouncements_stay(nlp) -> None:
    """A finding with a clause and a verdict stay reports; so does a judgment 'pronounced'."""
    qs = quotes_of(
        "The audit found the city had overpaid its contractors.",
        "The mayor pronounced the plan a failure.",
    )
    assert quote_starting(qs, "the city had overpaid").speaker == "The audit"
    assert quote_starting(qs, "the plan a failure").speaker == "The mayor"


def test_an_aspectual_continue_stays_in_the_reported_clause(nlp) -> None:
    """'said the prisoner was too weak and could not continue the march': "continue" with an
    object is no tag and no next statement; what the guard said runs to the end."""
    qs = quotes_of(
        "The guard said the prisoner was too weak and could not continue the march.",
        "The driver claimed that the brakes had failed and he could not continue the trip.",
    )
    assert quote_starting(qs, "the prisoner").content.text.endswith("continue the march")
    assert quote_starting(qs, "the brakes").content.text.endswith("continue the trip")


def test_a_past_perfect_conjunct_is_the_reported_clauses(nlp) -> None:
    """'related that the couple did leave the house and had warned police ...': the past
    perfect is the reported clause's own tense; a next act of the speaker's is told in the
    cue's simple past ('said ... and told the council to ...')."""
    qs = quotes_of(
        "The neighbors related that the couple did leave the house and had warned police of"
        " what was coming.",
        "The mayor said the bridge was safe and told the council to reopen it.",
    )
    assert quote_starting(qs, "the couple").content.text.endswith("of what was coming")
    assert quote_starting(qs, "the bridge").content.text == "the bridge was safe"
    assert quote_starting(qs, "to reopen it").speaker == "The mayor"


def test_the_more_the_more_is_one_statement(nlp) -> None:
    """'said the earlier patients seek treatment, the more likely it is they will recover':
    the parser makes both halves complements of the cue; the second completes the first."""
    qs = quotes_of(
        "Doctors said the earlier patients seek treatment, the more likely it is they will"
        " recover fully."
    )
    assert quote_starting(qs, "the earlier").content.text.endswith("they will recover fully")


def test_a_list_of_names_and_charges_is_no_transcript(nlp) -> None:
    """'... held on the following charges:' then one line per person, 'Jane A. Doe: Theft,
    ...': a name and a colon label the writer's list items. A transcript introduced the same
    way keeps its turns, which hold a speaker's words ("you")."""
    qs = quotes_of(
        "Deputies arrested three people on Friday after a search of a house on Elm Street.",
        "All three were taken to the county jail, where they were held on the following charges:",
        "Jane A. Doe: Theft, resisting law enforcement, held in jail in lieu of $5,000 bond.",
        "John B. Roe: Possession of a stolen vehicle, driving while suspended, held without bond.",
        "Mark C. Poe: Two outstanding warrants, possession of a syringe, held in lieu of $2,500"
        " bond.",
        "Senator Maria Smith and Governor Tom Jones met on stage on Tuesday, and the exchange"
        " went like this:",
        "Maria Smith: You have never run a business in your life.",
        "Tom Jones: And you have never paid your taxes.",
    )
    assert [q.speaker for q in qs] == ["Maria Smith", "Tom Jones"]


def test_a_block_quote_after_a_colon_is_no_list(nlp) -> None:
    """'The mayor said:' then a paragraph of her words with no marks: a block quote, though
    the paragraph before ends in a colon as a list's introduction does (it names no one
    before a colon of its own)."""
    qs = quotes_of(
        "Mayor Ana Reyes spoke to the council on Monday and said:",
        "The bridge will be rebuilt before the winter, and the tolls will be lifted.",
    )
    block = quote_starting(qs, "The bridge will be rebuilt")
    assert block.kind == "direct" and block.cue is not None and block.cue.text == "said"


def test_a_relative_clause_after_a_preposition_is_the_writers(nlp) -> None:
    """'..., during which he was seen at a London club': a relative clause opened by a
    preposition and "which" after a comma glosses a noun, as one opened by "which" does; it
    ends what was asked or said. "by which time ..." (which as a determiner) stays."""
    qs = quotes_of(
        "The host asked how the prince could be so sure what he was doing on the night of"
        " May 4, during which he was seen at a London club.",
        "The firm said it had sold the plant to a rival, in which the founder's son holds a stake.",
        "The minister said the talks would resume in March, by which time the new budget would"
        " be in force.",
    )
    assert quote_starting(qs, "how the prince").content.text.endswith("the night of May 4")
    assert quote_starting(qs, "it had sold").content.text == "it had sold the plant to a rival"
    assert quote_starting(qs, "the talks").content.text.endswith("would be in force")
