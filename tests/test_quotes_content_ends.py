"""Where a reported content ends when the writer goes on about the speaker after the cue, and
where it starts when it opens with a clause and a colon (news16). Hand-written news sentences,
none from PolNeAR or the outside golds.
"""

from __future__ import annotations

from conftest import quote_starting, quotes_of


def test_content_stops_at_the_speakers_refusal_after_the_cue(nlp) -> None:
    """'Profits fell, she said, though she declined to say by how much': the clause after the
    cue's comma is the writer's account of what the speaker did next, not what was said."""
    qs = quotes_of(
        "Profits fell in the third quarter, Ana Ruiz said, though she declined to say by how much.",
        "Sales rose in May, the company said, though it did not say by how much.",
        "Orders have slowed, the chief executive said, but he gave no figures.",
    )
    assert quote_starting(qs, "Profits fell").content.text == "Profits fell in the third quarter"
    assert quote_starting(qs, "Sales rose").content.text == "Sales rose in May"
    assert quote_starting(qs, "Orders have").content.text == "Orders have slowed"


def test_content_keeps_a_concession_the_speaker_made(nlp) -> None:
    """'The plant will close, she said, though it may reopen next year': a clause about
    something else, with no verb of saying, still finishes what was said (the parenthetical
    cue interrupts it)."""
    qs = quotes_of(
        "The steel plant in the valley employs 400 people.",
        "The plant will close, she said, though it may reopen next year.",
    )
    assert quote_starting(qs, "The plant will").content.text == (
        "The plant will close, she said, though it may reopen next year"
    )


def test_content_before_a_colon_and_a_tag_with_an_apposition(nlp) -> None:
    """'There will be no runoff: the charter requires one only when ..., the city clerk, Dana
    Oakes, said on Tuesday.': the small model hangs the speaker's noun phrase on the clause's
    last noun as an apposition and leaves "said" with no subject; the noun phrase set off by
    commas right before the cue is its subject, and both clauses are what was said."""
    qs = quotes_of(
        "The city held its mayoral election on Sunday.",
        "There will be no runoff: the city charter requires one only when the margin is under"
        " 0.5 percent of the winner's total, the city clerk, Dana Oakes, said on Tuesday.",
    )
    q = quote_starting(qs, "There will be")
    assert q.content.text == (
        "There will be no runoff: the city charter requires one only when the margin is under"
        " 0.5 percent of the winner's total"
    )
    assert q.speaker == "Dana Oakes"
    qs = quotes_of(
        "A fire broke out in a restaurant on Main Street on Monday night.",
        "No one was hurt: the crew had left the building before the fire started in the"
        " kitchen, the chief of the fire department, Tom Hale, said.",
    )
    q = quote_starting(qs, "No one was hurt")
    assert q.content.text == (
        "No one was hurt: the crew had left the building before the fire started in the kitchen"
    )
    assert q.speaker == "Tom Hale"


def test_a_statement_recalled_stands_beside_the_recollection(nlp) -> None:
    """'Mary Lind recalled that the captain told her to stay below deck': a recollection
    reports what happened, so the captain's words to her are an attribution of their own
    (inside "said" they would be the speaker's words, as 'said he would tell them')."""
    qs = quotes_of(
        "Mary Lind, 84, sailed on a fishing boat out of Gloucester in 1961.",
        "Mary Lind recalled that the captain told her to stay below deck.",
    )
    told = quote_starting(qs, "to stay below deck")
    assert (told.speaker, told.addressee_mention.text) == ("the captain", "her")
    recalled = quote_starting(qs, "the captain told her")
    assert recalled.speaker == "Mary Lind"


def test_a_tag_before_a_second_tag_is_no_content(nlp) -> None:
    """'"Stay below deck," she recalled, the captain told her.': "she recalled" tags the
    quotation; it is not what the captain told her."""
    qs = quotes_of(
        "Mary Lind, 84, sailed on a fishing boat out of Gloucester in 1961.",
        '"Stay below deck," she recalled, the captain told her.',
    )
    assert not [q for q in qs if q.content.text == "she recalled"]
    assert quote_starting(qs, "Stay below deck").kind == "direct"
    # a clause of a verb of saying with no quotation before it is content still
    qs = quotes_of("The union met the owners twice.", "The talks are continuing, she said.")
    assert quote_starting(qs, "The talks").content.text == "The talks are continuing"


def test_content_goes_on_past_an_aside_between_dashes(nlp) -> None:
    """'said they had begun replacing the town's water mains — which were laid in 1890 — with
    plastic ones': the writer interrupts the reported clause with an aside between two dashes
    and goes back to it; the aside does not end what was said (con19, a news17/rdb2
    construction). One dash with nothing after its aside still ends it."""
    qs = quotes_of(
        "Officials said they had begun replacing the town's 900 miles of water mains — which"
        " were laid in the 1890s — with plastic ones.",
        "The mayor said the council had sold the old bridge — which was built in 1890.",
    )
    assert quote_starting(qs, "they had begun").content.text == (
        "they had begun replacing the town's 900 miles of water mains — which were laid in the"
        " 1890s — with plastic ones"
    )
    assert (
        quote_starting(qs, "the council had").content.text == "the council had sold the old bridge"
    )


def test_content_goes_on_past_an_apposition_between_dashes(nlp) -> None:
    """'said she gave tickets to her neighbours – retired teachers from Ohio – as a thank-you':
    an apposition between dashes followed by more of the clause is an aside too."""
    qs = quotes_of(
        "The organiser said she gave spare tickets to her neighbours – two retired teachers from"
        " Ohio – as a way to thank them for their help."
    )
    assert quote_starting(qs, "she gave").content.text == (
        "she gave spare tickets to her neighbours – two retired teachers from Ohio – as a way"
        " to thank them for their help"
    )
