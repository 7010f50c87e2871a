"""Words that report nothing, read as attributions before (branch con24, session 24).

Hand-written paragraphs through ``analyze``; each rule with the near misses that must stay:

- "reflect" reports words only with a clause or a quotation (objects._OBJECT_NOT_SAID):
  'reflected on her childhood' (thinking) and 'the figures reflect the demand' (mirroring) are
  none; '"...," she reflected' and 'reflected that ...' are;
- a title in quote marks set in a sentence ('on her second record, "Low Tide," the opening
  track runs ...') is no quotation tagged by the clause after it; a quotation opening its
  sentence before any verb ('"...," Trump shot back') still is;
- a line of two or more words in capitals before a colon that name no one ('CARD PERKS: ...',
  an offer box's heading) is no transcript turn; 'JAKE TAPPER:' (named in the article),
  'AUDIENCE MEMBER:' (a role) and one-word 'GRAHAM:' are;
- "compared to" / "compared with" after a comma compares figures, no act of the clause's
  subject, and a document that compares ('a new survey compares ten panels') tells its method;
  'the senator compared the governor to ...' is an act;
- "quote" with a seller's terms as its object ('quoting a three-week lead time') reports no
  words; 'quoted the mayor as saying' does;
- "offer" with goods as its object ('offers massage treatments', 'offers children outdoor
  activities') is trade, no speech; 'offered her congratulations' is an act;
- "point" with an object or "on" / "at" ('pointed a finger at the board') is a gesture;
  'pointed to the costs' and 'pointed out that ...' report words.
"""

from __future__ import annotations

from conftest import quotes_of


def _cues(*paragraphs: str) -> list[str]:
    return [q.cue.text if q.cue else "" for q in quotes_of(*paragraphs)]


def test_reflect_on_or_with_an_object_reports_nothing(nlp) -> None:
    assert _cues("The long drive home gave her time to reflect on her childhood.") == []
    assert _cues("The players reflected on a difficult season after the loss.") == []
    assert _cues("Strong sales figures reflect the demand for small cars.") == []


def test_reflect_with_words_is_a_cue(nlp) -> None:
    assert _cues('"We were lucky in the end," the captain reflected.') == ["reflected"]
    assert _cues("Looking back, the coach reflected that the team had been lucky.") == ["reflected"]


def test_a_title_in_marks_is_not_tagged_by_the_clause_after_it(nlp) -> None:
    assert quotes_of('In the director\'s new film, "Harbour," the first scene lasts an hour.') == []
    assert (
        quotes_of('On their debut album "Night Roads," the title track runs seven minutes.') == []
    )


def test_a_quotation_opening_its_sentence_is_still_tagged(nlp) -> None:
    (q,) = quotes_of('"We should have won that game easily," Ames shot back.')
    assert (q.speaker, q.kind) == ("Ames", "direct")
    (q,) = quotes_of('It was late. "We had hoped for a bigger crowd," the organiser began.')
    assert q.kind == "direct" and q.cue.text == "began"


def test_a_boxs_heading_in_capitals_is_no_speaker(nlp) -> None:
    quotes = quotes_of(
        "The new travel card from Harbor Bank earns miles on every purchase.",
        "CARD PERKS: 3X miles on all hotel stays and no foreign transaction fees.",
        "SIGNUP BONUS: 60,000 miles after you spend $4,000 in the first three months.",
    )
    assert quotes == []


def test_named_or_one_word_transcript_labels_stay_turns(nlp) -> None:
    quotes = quotes_of(
        "Jake Tapper asked the senator about the farm bill on Sunday.",
        "JAKE TAPPER: Will you vote for it when it comes to the floor?",
        "GRAHAM: I will not, and I have said so for weeks.",
    )
    assert [q.speaker for q in quotes] == ["Jake Tapper", "Graham"]
    (q,) = quotes_of("AUDIENCE MEMBER: Why did you vote against the bill last year?")
    assert q.kind == "direct"


def test_compared_to_after_a_comma_compares_figures(nlp) -> None:
    assert (
        _cues(
            "About half of the farmers who took out loans still worked the land a decade "
            "later, compared to two-thirds who had not borrowed."
        )
        == []
    )
    assert _cues("The mayor holds 14 percent of the vote, compared with 60 percent for Diaz.") == []


def test_someone_comparing_is_still_an_act(nlp) -> None:
    assert _cues("At the rally, the senator compared the governor to a used-car salesman.") == [
        "compared"
    ]


def test_goods_offered_are_no_speech(nlp) -> None:
    assert _cues("The hotel's spa offers massage treatments and a sauna.") == []
    assert _cues("The resort's club also offers children outdoor activities.") == []
    assert _cues("The senator offered her congratulations to the winner.") == ["offered"]


def test_a_sellers_quoted_terms_are_no_words(nlp) -> None:
    assert _cues("The dealer is currently quoting a three-week lead time for new orders.") == []
    assert _cues("The garage quoted a price of $400 for the repair.") == []
    assert _cues("The paper quoted the mayor as saying the plan was dead.") == ["quoted"]


def test_a_document_comparing_is_its_method(nlp) -> None:
    assert _cues("A new survey compares ten online panels against census figures.") == []
    assert _cues("Our own review compared the laptop to last year's model.") == []
    assert _cues("Critics compared the new stadium to a parking garage.") == ["compared"]


def test_a_hosts_full_name_in_capitals_is_a_turn_when_the_host_speaks_again(nlp) -> None:
    quotes = quotes_of(
        "The governor spoke on a Sunday show about the campaign.",
        "DANA REEVE: Do you think the campaign has changed its tone this month?",
        "FALK: I think it has, and I think voters have noticed it.",
        "REEVE: What do you make of the new ads on television?",
    )
    assert [q.content.text[:11] for q in quotes] == ["Do you thin", "I think it ", "What do you"]


def test_pointing_a_finger_is_no_speech(nlp) -> None:
    assert _cues("The mayor pointed a finger at the transit board after the vote.") == []
    assert _cues("The two candidates keep pointing their fingers at each other.") == []
    assert _cues("The mayor pointed to the rising costs of the new line.") == ["pointed"]
    assert _cues("The mayor pointed out that the line was over budget.") == ["pointed"]
