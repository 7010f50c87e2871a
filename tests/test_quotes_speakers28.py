"""Definite nominals that name a person or body introduced before (session 24, spk28): the
noun with a name apposed after it ("the defendant, Curtis Webb," then "the defendant said"),
a specialist's noun ("the glaciologist") for one an appositive so described, a sport's position
("the striker") for the player named with it, and "the agency" for the body whose name ends
in the noun. Sentences written for these tests, through ``analyze`` (loads the spaCy model
once)."""

from __future__ import annotations

from conftest import quotes_of


def _speaker(words: str, *paragraphs: str) -> str | None:
    """The speaker name (else the mention's words) of the one direct quote with ``words``."""
    qs = [q for q in quotes_of(*paragraphs) if words in q.content.text and q.kind != "indirect"]
    assert len(qs) == 1, qs
    q = qs[0]
    return q.speaker or (q.speaker_mention.text if q.speaker_mention else None)


def test_speakers28_noun_with_a_name_apposed_after_it() -> None:
    """'the tenant, Rosa Pell,' then "the tenant said": the role named first, the name after."""
    assert (
        _speaker(
            "boiler broke",
            "The landlord of a block in Elm Street was fined on Monday.",
            "Inspector Paul Ives said the tenant, Rosa Pell, had complained for a year.",
            "“The boiler broke in October,” the tenant said.",
        )
        == "Rosa Pell"
    )
    assert (
        _speaker(
            "never paid",
            "A builder was sued over an unfinished extension.",
            "Her lawyer, Omar Senn, filed the claim with the court. Judge Ivy Lamb set a date.",
            "“They never paid back a penny,” the lawyer said.",
        )
        == "Omar Senn"
    )


def test_speakers28_noun_not_apposed_to_the_name_is_not_it() -> None:
    """Near miss: the noun is another's ("the tenant's landlord, Rosa Pell," is the
    landlord, not the tenant)."""
    got = _speaker(
        "boiler broke",
        "The landlord of a block in Elm Street was fined on Monday.",
        "Inspector Paul Ives said the tenant's landlord, Rosa Pell, had ignored the complaints.",
        "“The boiler broke in October,” the tenant said.",
    )
    assert got != "Rosa Pell"


def test_speakers28_specialist_suffix_with_an_appositive() -> None:
    """'Kay Ames, a volcanologist at ...' then "the volcanologist said"; "the
    epidemiologist" likewise."""
    assert (
        _speaker(
            "ash cloud",
            "The volcano erupted again on Sunday, closing two airports.",
            "Kay Ames, a volcanologist at Bristol University, flew over the crater with Tom Pratt.",
            "“The ash cloud is drifting east,” the volcanologist said.",
        )
        == "Kay Ames"
    )
    assert (
        _speaker(
            "figures were revised",
            "Flu cases rose in the third week of the outbreak, the health board said.",
            "Lars Holm, an epidemiologist at the city hospital, spoke at a briefing with Eva Lind.",
            "“The figures were revised twice,” the epidemiologist said.",
        )
        == "Lars Holm"
    )


def test_speakers28_sport_position_named_before_the_name() -> None:
    """'coach Ian Lowe praised goalkeeper Ben Ode' then "the goalkeeper said"."""
    assert (
        _speaker(
            "saw it late",
            "Ridgeway drew 0-0 at Holt on Saturday.",
            "Coach Ian Lowe praised goalkeeper Ben Ode, who saved a penalty.",
            "“I saw it late but guessed right,” the goalkeeper said.",
        )
        == "Ben Ode"
    )


def test_speakers28_the_agency_is_the_body_whose_name_ends_in_it() -> None:
    """ "the agency" after 'The Food Standards Agency fined Marlow Dairies' is the agency, not
    the company named after it; "the company" is still the company."""
    paragraphs = (
        "A dairy in the valley has been fined for the second time this year.",
        "The Food Standards Agency fined Marlow Dairies £40,000 on Tuesday.",
    )
    assert (
        _speaker("mislabelled", *paragraphs, "“The milk was mislabelled,” the agency said.")
        == "Food Standards Agency"
    )
    assert (
        _speaker("will appeal", *paragraphs, "“We will appeal,” the company said.")
        == "Marlow Dairies"
    )


def test_speakers28_the_officer_is_the_one_named_with_a_police_rank() -> None:
    """'Detective Ian Cole' then "the officer said"; a constable too. Near miss: "the
    sergeant" is not one named only "Officer" (a rank is an officer, not the reverse)."""
    assert (
        _speaker(
            "door was open",
            "A jeweller's on the high street was burgled overnight.",
            "Detective Ian Cole arrived at the shop before dawn.",
            "“The back door was open,” the officer said.",
        )
        == "Ian Cole"
    )
    assert (
        _speaker(
            "door was open",
            "A jeweller's on the high street was burgled overnight.",
            "Officer Ian Cole arrived at the shop before dawn.",
            "“The back door was open,” the sergeant said.",
        )
        != "Ian Cole"
    )
