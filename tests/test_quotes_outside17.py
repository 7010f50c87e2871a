"""Constructions seen outside PolNeAR (out17): what is not a quote, where a content ends, who
is meant. Hand-written news sentences, none from PolNeAR or the outside golds.
"""

from __future__ import annotations

from conftest import analyzed, quote_starting, quotes_of


def test_content_goes_on_through_a_conjunct_of_the_reported_perfect(nlp) -> None:
    """'A source said ministers had considered a larger cut but rejected it after ...': the
    conjunct shares the reported clause's "had" (ministers rejected it), so it is part of what
    was said, not the source's next act; 'X said ... and criticised ...' with no perfect to
    share still is."""
    qs = quotes_of(
        "A Treasury source said ministers had considered a larger cut but rejected it after"
        " warnings from the central bank.",
    )
    assert quote_starting(qs, "ministers had").content.text == (
        "ministers had considered a larger cut but rejected it after warnings from the central bank"
    )
    qs = quotes_of("The governor said prices have risen too fast and criticised the central bank.")
    assert quote_starting(qs, "prices have").content.text == "prices have risen too fast"


def test_added_with_a_score_is_no_quote(nlp) -> None:
    """'Rookie Ella Moss added a goal and an assist': what a player adds to the score is not
    something said, counted or not; 'added a warning' and 'added that ...' still are."""
    qs = quotes_of(
        "Rookie Ella Moss added a goal and an assist for the visitors.",
        "Fullback Sam Reed added a late try in the corner.",
    )
    assert not [q for q in qs if q.cue is not None and q.cue.text == "added"]
    qs = quotes_of("The coach added a warning about the heat.")
    assert [q for q in qs if q.cue is not None and q.cue.text == "added"]


def test_a_quotation_recalled_is_the_tellers(nlp) -> None:
    """'"Stay below deck," Mary Lind recalled, the captain told her.': the words are the
    captain's, which Lind remembers; the teller after the recollection's tag speaks them. A
    tag alone ('"Stay below deck," Mary Lind recalled.') keeps its speaker."""
    qs = quotes_of(
        "Mary Lind joined the crew of the trawler in 1998.",
        '"Stay below deck," Mary Lind recalled, the captain told her on her first day.',
    )
    assert quote_starting(qs, "Stay below").speaker == "the captain"
    qs = quotes_of(
        "Mary Lind joined the crew of the trawler in 1998.",
        '"It was cold and we were always wet," Mary Lind recalled.',
    )
    assert quote_starting(qs, "It was cold").speaker == "Mary Lind"


def test_the_person_compared_with_is_not_the_speaker(nlp) -> None:
    """'Like Instagram chief Adam Mosseri, Twitter CEO Jack Dorsey has spoken about ...': the
    parser makes the compared person the subject and the speaker his conjunct; the name after
    the opening comparison speaks."""
    qs = quotes_of(
        "Like Instagram chief Adam Mosseri, Twitter CEO Jack Dorsey has spoken about the need"
        " for better tools.",
    )
    assert quote_starting(qs, "the need").speaker == "Jack Dorsey"


def test_who_after_a_named_role_is_the_named_person(nlp) -> None:
    """'Ayse Kaya, a geologist at Istanbul Technical University who told the newspaper Hurriyet
    that ...': the "who" is the geologist, and the geologist is Ayse Kaya (not the university,
    nor an anonymous "a geologist")."""
    qs = quotes_of(
        "The quake damaged buildings in the old city.",
        "Engineers had warned for years, said Ayse Kaya, a geologist at Istanbul Technical"
        " University who told the newspaper Hurriyet last month that the city was not ready.",
    )
    assert quote_starting(qs, "the city was").speaker == "Ayse Kaya"


def test_the_name_a_witness_gave_is_the_speakers(nlp) -> None:
    """'A witness who gave only her first name, Grace, said ...': the relative clause names the
    witness, so the speaker is Grace, and her later "she" too."""
    qs = quotes_of(
        "Police closed the street on Friday.",
        "A witness who gave only her first name, Grace, said she heard two shots.",
        '"It was terrifying," she said.',
    )
    assert quote_starting(qs, "she heard").speaker == "Grace"
    assert quote_starting(qs, "It was").speaker == "Grace"


def test_a_lede_role_named_after_a_paragraph_of_context(nlp) -> None:
    """'Rail fares will rise ..., the transport secretary said.' / a paragraph of context /
    'Transport Secretary Helen Marsh told MPs ...': the lede's description is the person named
    once the story comes back to her (cataphora)."""
    qs = quotes_of(
        "Rail fares will rise by 5.8% in March, the transport secretary said on Wednesday.",
        "Passenger groups were angry.",
        "Transport Secretary Helen Marsh told MPs the rise was needed to fund repairs.",
    )
    assert quote_starting(qs, "Rail fares").speaker == "Helen Marsh"


def test_a_product_with_a_model_number_is_no_person(nlp) -> None:
    """'two Thunderbolt 3 ports': the tagger reads a product name as a person's; a person's
    name never ends in digits."""
    article = analyzed(
        "The new laptop has two Thunderbolt 3 ports, the site reported on Monday.",
        "Thunderbolt 3 is faster than USB-C, the site said.",
    )
    assert not [e for e in article.entities if e.label == "PERSON" and "Thunderbolt" in e.name]
