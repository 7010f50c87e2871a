"""The right speaker on constructions of everyday news prose (spk21, session 20): sentences
written for these tests, run through ``analyze``; each rule's case failed before it. The wider
set of constructions checked is ``bench/speaker_constructions.py``."""

from __future__ import annotations

import pytest
from conftest import analyzed, direct_quote_holding, quotes_of

_LABEL = "Singer Lena Marsh left Northgate Records last year."
_DENIED = "Jack Mercer Productions denied that it had signed a deal with the label."


@pytest.mark.issue(4)
@pytest.mark.parametrize("said", ["the production company", "the company"])
def test_a_company_named_for_its_founder_is_the_company_a_nominal_names(said) -> None:
    # the tagger types "Jack Mercer Productions" by the person's name it opens with; then no
    # company was quoted but the label named before it
    q = direct_quote_holding(
        quotes_of(_LABEL, _DENIED, f"“We have no further comment,” {said} said."), "further"
    )
    assert q.speaker == "Jack Mercer Productions"
    assert q.speaker_type == "organization"


@pytest.mark.issue(4)
def test_a_company_named_for_its_founder_is_an_organisation_entity() -> None:
    a = analyzed(_LABEL, _DENIED)
    labels = {e.name: e.label for e in a.entities}
    assert labels["Jack Mercer Productions"] == "ORG"
    assert labels["Lena Marsh"] == "PERSON"


@pytest.mark.issue(4)
def test_the_founder_himself_stays_a_person_beside_his_company() -> None:
    q = direct_quote_holding(
        quotes_of(
            "Jack Mercer founded Jack Mercer Productions in 1990.",
            "“We have no further comment,” Mercer said.",
        ),
        "further",
    )
    assert q.speaker == "Jack Mercer"
    assert q.speaker_type == "person"


_LOST = "Paul Dorsey lost his role in the series on Monday."


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    "paragraphs",
    [
        (_LOST, "“It hurts,” Dorsey said.", "“We will be fine,” said the actor."),
        (_LOST, "“It hurts,” Dorsey said. “We will be fine,” the actor added."),
        (_LOST, "Dorsey told the host he was sad.", "“We will be fine,” said the actor."),
    ],
)
def test_a_trade_noun_nobody_was_given_is_the_person_quoted_last(paragraphs) -> None:
    q = direct_quote_holding(quotes_of(*paragraphs), "be fine")
    assert q.speaker == "Paul Dorsey"
    assert q.speaker_mention is not None and q.speaker_mention.text == "the actor"


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    "paragraphs",
    [
        # another person named since the quote: the actor may be that one
        (
            _LOST,
            "“It hurts,” Dorsey said. His co-star Mark Bell was cut too.",
            "“We will be fine,” said the actor.",
        ),
        # the one quoted was called something else
        (
            "The show was cancelled on Monday.",
            "“It hurts,” said Tom Hale, the producer.",
            "“We will be fine,” said the actor.",
        ),
        # the noun's gender is not theirs
        (_LOST, "“It hurts,” Dorsey said.", "“We will be fine,” said the actress."),
    ],
)
def test_a_trade_noun_is_not_the_person_quoted_last_when_it_may_be_another(paragraphs) -> None:
    q = direct_quote_holding(quotes_of(*paragraphs), "be fine")
    assert q.speaker not in ("Paul Dorsey", "Tom Hale")


@pytest.mark.issue(4)
def test_a_hyphenated_adverb_before_the_verb_is_no_part_of_the_subject() -> None:
    q = direct_quote_holding(
        quotes_of(
            "Northgate Records signed the singer in 2009.",
            "The company flat-out denied the claims on Friday.",
            "“We were shocked to read her posts,” the company said.",
        ),
        "shocked",
    )
    assert q.speaker == "Northgate Records"
    flat = [x for x in quotes_of("The company flat-out rejected the claims, saying it was fair.")]
    assert [x.speaker_mention.text for x in flat if x.speaker_mention] == ["The company"]


@pytest.mark.issue(4)
@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_lets_hope_is_the_writers_wish_not_a_report(apostrophe) -> None:
    qs = quotes_of(f"Critics said the plan was weak. Let{apostrophe}s hope the council listens.")
    assert [q.speaker for q in qs] == ["Critics"]


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    "paragraphs",
    [
        # named with the noun before the name, however far back
        (
            "Oscar-winning actress Grace Obi, star of the hit film, is not sure she will vote.",
            "The critics loved her film.",
            "“We will be fine,” the actress said.",
        ),
        # over the person quoted last, who is not so called
        (
            "The festival opened with a film by director Tom Hale starring actress Grace Obi.",
            "“It hurts to see it end,” Hale said.",
            "“We will be fine,” said the actress.",
        ),
    ],
)
def test_a_trade_noun_is_the_person_the_article_called_so(paragraphs) -> None:
    q = direct_quote_holding(quotes_of(*paragraphs), "be fine")
    assert q.speaker == "Grace Obi"


@pytest.mark.issue(4)
def test_a_trade_noun_far_back_is_not_taken_over_someone_named_near() -> None:
    # a list of profiles: "the actor" is the star the paragraph names, not an actor of the
    # first profile
    qs = quotes_of(
        "Actor Paul Dorsey spoke about roles on Monday.",
        "“Broad City” star Tom Hale turned the tables at auditions.",
        "With a friend, the actor held a mock audition and asked people to act “calmer.”",
    )
    assert all(q.speaker != "Paul Dorsey" for q in qs if "calmer" in q.content.text)


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("which", "speaker"),
    [("elder", "Carlos Benitez"), ("younger", "Luis Benitez")],
)
@pytest.mark.parametrize(
    "named",
    [
        "Carlos Benitez opened the bakery in 1980. His son, Luis Benitez, runs it now.",
        "Luis Benitez runs the bakery his father, Carlos Benitez, opened in 1980.",
        "Carlos Benitez, 71, and Luis Benitez, 40, run the bakery.",
    ],
)
def test_the_elder_and_the_younger_of_one_surname_by_kin_or_age(named, which, speaker) -> None:
    q = direct_quote_holding(
        quotes_of(named, f"“We never closed a single day,” the {which} Benitez said."), "closed"
    )
    assert q.speaker == speaker


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    "denied",
    [
        "The company denied the allegations in a statement posted to its website.",
        "The company flat-out denied the allegations in a statement.",
        "In a statement, the company denied the allegations.",
    ],
)
def test_the_statement_is_its_sentences_speakers_after_in_a_statement(denied) -> None:
    q = direct_quote_holding(
        quotes_of(
            "Lena Marsh signed with Northgate Records in 2009.",
            denied,
            "“We were shocked by her posts,” the statement read.",
        ),
        "shocked",
    )
    assert q.speaker == "Northgate Records"
