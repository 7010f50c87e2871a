"""The right speaker on constructions of everyday news prose (spk22, session 21): sentences
written for these tests, run through ``analyze``; each rule's case failed before it. The wider
set of constructions checked is ``bench/speaker_constructions.py``."""

from __future__ import annotations

import pytest
from conftest import direct_quote_holding, quotes_of


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    "paragraph",
    [
        "Ms. Grant on Monday said rent control remains her first priority. “We have asked the"
        " council twice. Will they listen this time?”",
        "The mayor said the budget looks fine. “Why would we cut anything now?”",
        "Mr. Okafor said the plan works well. “Who could object to that!”",
    ],
)
def test_a_quotation_after_a_clause_is_not_tagged_by_that_clause(paragraph) -> None:
    # a question or exclamation closing a quotation tags the clause AFTER it ('"Why?" she
    # asked'); the clause before it ("rent control remains ...") is reported speech, and the
    # quotation with no cue is the speaker's of that report
    quotes = quotes_of(paragraph)
    q = next(q for q in quotes if q.kind == "direct")
    assert q.speaker in ("Grant", "The mayor", "Okafor")
    assert q.cue is not None and q.cue.text == "said"


@pytest.mark.issue(4)
def test_a_quotation_tagged_after_it_still_takes_its_tag() -> None:
    q = direct_quote_holding(
        quotes_of("“Why would we cut anything now?” the mayor wondered."), "cut"
    )
    assert q.speaker == "the mayor"
    assert q.cue is not None and q.cue.text == "wondered"


def _reported(paragraph: str, words: str):
    """The one reported (indirect) attribution whose content holds ``words``."""
    found = [q for q in quotes_of(paragraph) if words in q.content.text]
    assert len(found) == 1, [(q.content.text, q.speaker) for q in quotes_of(paragraph)]
    return found[0]


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    "paragraph",
    [
        "While an earlier report assured residents that the water was safe, under questioning"
        " Tom Reyes, the agency's deputy director, acknowledged last week that the tests had"
        " never been run.",
        "Under questioning Tom Reyes, the agency's director, conceded on Monday that the tests"
        " had never been run.",
        "Under questioning, Tom Reyes conceded that the tests had never been run.",
    ],
)
def test_the_one_under_questioning_is_who_acknowledges(paragraph) -> None:
    # "questioning" after "under" is the state of the one questioned, no cue; the parser made
    # the name its object and left the verb of saying with the description as its subject
    q = _reported(paragraph, "never been run")
    assert q.speaker == "Tom Reyes"
    assert q.cue is not None and q.cue.text in ("acknowledged", "conceded")
    assert not any(q.cue is not None and q.cue.text == "questioning" for q in quotes_of(paragraph))


@pytest.mark.issue(4)
@pytest.mark.parametrize("cue", ["tweeted", "wrote", "said"])
def test_quoted_words_on_how_someone_spoke_are_the_reporters(cue) -> None:
    # the quote tells how the judge spoke; the reporter who tweeted or wrote it is its speaker
    q = direct_quote_holding(
        quotes_of(
            f"A reporter at the hearing, Dana Hill, {cue} that Judge Carter spoke “warmly"
            " about her childhood in the valley.”"
        ),
        "childhood",
    )
    assert q.speaker == "Dana Hill"


@pytest.mark.issue(4)
def test_quoted_words_an_inner_cue_reports_stay_inside_the_report() -> None:
    quotes = quotes_of(
        "Dana Hill wrote that the mayor told the crowd “the city will not back down.”"
    )
    assert [(q.kind, q.speaker) for q in quotes] == [("mixed", "Dana Hill")]


@pytest.mark.issue(4)
def test_how_someone_spoke_with_no_reporter_stays_theirs() -> None:
    q = direct_quote_holding(
        quotes_of("Judge Carter spoke “warmly about her childhood in the valley.”"), "childhood"
    )
    assert q.speaker == "Carter"


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("paragraph", "told"),
    [
        (
            "“It is the finest painting we own,” said Jean Moreau, an adviser to the board,"
            " told Reuters.",
            "Reuters",
        ),
        (
            "“We will appeal,” said Ana Ruiz, the union's lawyer, told reporters on Friday.",
            "reporters",
        ),
    ],
)
def test_a_second_tag_of_telling_gives_the_addressee(paragraph, told) -> None:
    # the writer ran two tags together ('said X, ..., told Y'): Y is who the words went to
    q = next(q for q in quotes_of(paragraph) if q.kind == "direct")
    assert q.speaker in ("Jean Moreau", "Ana Ruiz")
    assert q.addressee_mention is not None and q.addressee_mention.text == told


@pytest.mark.issue(4)
def test_a_relative_clause_of_telling_is_no_second_tag() -> None:
    quotes = quotes_of("“We will appeal,” said Ana Ruiz, who told reporters the case was weak.")
    q = next(q for q in quotes if q.kind == "direct")
    assert q.addressee_mention is None


@pytest.mark.issue(4)
def test_a_verb_inside_the_description_is_not_the_named_persons_cue() -> None:
    # "considered one of ..." describes the host; it reports nothing Joe Madison said
    quotes = quotes_of(
        "Joe Madison, a radio host considered one of the most influential in the city, recalled"
        " in 2008 that the race was close."
    )
    assert not any(q.cue is not None and q.cue.text == "considered" for q in quotes)


def _said_by(paragraphs: tuple[str, ...], words: str):
    """The one quote whose content holds ``words``."""
    quotes = quotes_of(*paragraphs)
    found = [q for q in quotes if words in q.content.text]
    assert len(found) == 1, [(q.content.text, q.speaker) for q in quotes]
    return found[0]


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        (("Prices will keep rising through the summer, the bank said.",), "the bank"),
        (
            (
                "The Central Bank of Ireland met on Monday.",
                "Fuel costs will keep rising through the summer, the bank said.",
            ),
            "Central Bank of Ireland",
        ),
        (("Sales fell 4% in the quarter, the company said on Tuesday.",), "the company"),
        # a company opening the lede is still the one "the bank" names
        (("Barclays will cut 200 jobs, the bank said on Tuesday.",), "Barclays"),
    ],
)
def test_a_common_noun_opening_the_lede_is_no_company(paragraphs, speaker) -> None:
    # 'Prices will keep rising, the bank said': "Prices" opens the sentence as a name would,
    # but it is what the bank spoke of, not the bank
    q = _said_by(paragraphs, paragraphs[-1].split(",")[0].split()[-1])
    assert q.speaker == speaker


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("paragraph", "cue"),
    [
        (
            "Tom Hale spoke last. Reporters laughed when he urged voters, “Look at what I promised"
            " and look at what I did.”",
            "urged",
        ),
        (
            "Tom Hale spoke last. The crowd cheered as he told them, “We will win this seat"
            " in May.”",
            "told",
        ),
    ],
)
def test_a_telling_that_runs_into_the_quote_is_its_cue(paragraph, cue) -> None:
    # the parser hangs the quotation on the main verb ("laughed"), but the clause of telling
    # that runs through its listener and a comma into the opening mark introduces it
    q = next(q for q in quotes_of(paragraph) if q.kind == "direct")
    assert q.cue is not None and q.cue.text == cue
    assert q.speaker == "Tom Hale"


@pytest.mark.issue(4)
@pytest.mark.parametrize("opening", ["In the hearing", "Under questioning", "Under questioning,"])
def test_a_name_after_a_fronted_phrase_keeps_its_own_description(opening) -> None:
    # the name closes the opening phrase without a comma, then a description set off on both
    # sides: it describes the name, who speaks
    q = direct_quote_holding(
        quotes_of(
            f"{opening} Lena Ortiz, the agency's chief chemist, admitted: “We never ran the"
            " tests we promised.”"
        ),
        "never ran",
    )
    assert q.speaker == "Lena Ortiz"


@pytest.mark.issue(4)
def test_a_role_after_a_fronted_phrase_with_an_outlet_still_speaks() -> None:
    q = direct_quote_holding(
        quotes_of(
            "In remarks carried by the state news agency Tass, Russia's deputy foreign minister"
            " said: “We will respond.”"
        ),
        "respond",
    )
    assert q.speaker_mention is not None and "minister" in q.speaker_mention.text


@pytest.mark.issue(4)
def test_a_second_tag_the_parser_made_the_root_gives_the_addressee() -> None:
    q = direct_quote_holding(
        quotes_of(
            "“We have no plans to sell the painting,” said Marc Duval, a trustee of the museum,"
            " told the Courier."
        ),
        "no plans",
    )
    assert q.speaker == "Marc Duval"
    assert q.addressee_mention is not None and q.addressee_mention.text == "the Courier"
