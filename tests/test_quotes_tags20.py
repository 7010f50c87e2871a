"""Tags that interrupt what was said, and a cue that only seems to report (branch con20): a
quotation split by a tag whose speaker the tagger read as an adverb ('"...," Pike, 44, says
with a laugh. "..."'), a parenthetical tag after a fronted phrase ('To cut the risk, the
engineers said, the city ...'), and a witness testifying for a side. Hand-written news
sentences, none from PolNeAR or the golds.
"""

from __future__ import annotations

import pytest
from conftest import quote_starting, quotes_of


@pytest.mark.parametrize("name", ["Pike", "Early"])
def test_tag_name_read_as_an_adverb_speaks_both_halves(nlp, name: str) -> None:
    """'"...," Pike, 44, says with a grin. "..."': the small model tags a one-word name
    right after the closing mark as an adverb ("Pike", "Early"), leaving "says" with no
    subject. The name is the tag's speaker, and both quotations share the one cue (one
    attribution, as a split quotation is)."""
    qs = quotes_of(
        "The club closes its doors on Sunday after forty years.",
        f"\u201cWe might have moved to a bigger hall. The owners wanted that,\u201d {name}, 47, "
        "says with a grin. \u201cBut it would have felt wrong.\u201d",
    )
    first = quote_starting(qs, "We might have moved")
    second = quote_starting(qs, "But it would have felt wrong")
    assert first.speaker == second.speaker == name
    assert first.cue is not None and first.cue.text == "says"
    assert second.cue == first.cue


def test_tag_after_a_purpose_infinitive_reports_both_sides(nlp) -> None:
    """'To cut the risk of floods, the engineers said, the city raised ...': the parser
    hangs the fronted infinitive on the cue; it is the reported clause's own purpose, so the
    content runs from the sentence start, around the tag."""
    qs = quotes_of(
        "The river burst its banks twice last winter.",
        "To cut the risk of floods, the engineers said, the city raised the river walls by a "
        "meter.",
    )
    q = quote_starting(qs, "To cut the risk")
    assert q.content.text.endswith("the city raised the river walls by a meter")
    assert [p.text for p in q.content_pieces] == [
        "To cut the risk of floods",
        "the city raised the river walls by a meter",
    ]
    assert q.speaker == "the engineers"


def test_tag_after_a_time_phrase_keeps_it_but_not_a_participle(nlp) -> None:
    """'For decades, she noted, the river has flooded ...' reports the time phrase too, and
    a gerund subject ('Riding alone at night, they said, can be risky') is the clause's own;
    the speaker's act hung on the cue ('Speaking on Monday, the mayor said, ...') and a
    linking set phrase ('In fact') are not what was said."""
    qs = quotes_of(
        "Hydrologist Maria Olsen spoke at the town meeting.",
        "For decades, she noted, the river has flooded every spring.",
        "Speaking on Monday, the mayor said, the council would vote in June.",
        "In fact, prosecutors said, the firm had never turned a profit.",
        "Riding alone at night, the cyclists said, can be risky.",
    )
    assert quote_starting(qs, "For decades").content.text.endswith("flooded every spring")
    assert quote_starting(qs, "the council").content.text == "the council would vote in June"
    assert quote_starting(qs, "the firm").content.text == "the firm had never turned a profit"
    assert quote_starting(qs, "Riding alone").content.text.endswith("can be risky")


def test_testifying_for_a_side_reports_nothing(nlp) -> None:
    """'Testifying for the defense, Ruiz said ...': a witness's appearance, for or against a
    side or for hours, is no statement; what was said is the clause of "said" or of
    "testified that", or the quotation "testified" tags."""
    qs = quotes_of(
        "The fraud trial of the former treasurer entered its third week.",
        "Testifying for the defense, the accountant Mark Ruiz said the ledgers were accurate.",
        "Ruiz testified against his former partner for six hours.",
        "His partner testified that the ledgers had been altered.",
        "\u201cI never saw the money,\u201d Ruiz testified.",
    )
    assert [q.content.text for q in qs] == [
        "the ledgers were accurate",
        "the ledgers had been altered",
        "I never saw the money,",
    ]


def test_testified_as_a_tag_joins_a_split_quotation(nlp) -> None:
    """'"...," Ruiz testified. "..."': "testified" tags the quotation before it, so it is the
    cue of both halves (one attribution), though it has no clause of its own."""
    qs = quotes_of(
        "The fraud trial of the former treasurer entered its third week.",
        "\u201cI never saw the money, not once,\u201d Ruiz testified. \u201cThe ledgers were "
        "kept by my partner alone.\u201d",
    )
    first = quote_starting(qs, "I never saw")
    second = quote_starting(qs, "The ledgers were kept")
    assert first.cue is not None and first.cue.text == "testified"
    assert second.cue == first.cue


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The central bank, he continued, buys dollars every two weeks to meet demand.",
            "The central bank, he continued, buys dollars every two weeks to meet demand",
        ),
        (
            "Meanwhile, he continued, the ministry has cut duties on basic food.",
            "the ministry has cut duties on basic food",
        ),
    ],
)
def test_continued_as_a_parenthetical_tag_reports_its_clause(nlp, sentence, content) -> None:
    """'The central bank, he continued, buys dollars ...': "continue" only tags (with an object
    or an infinitive it is aspectual), and set off by commas inside a clause it tags that
    clause, as "he said" there does (the session-19 lead, from a minister's speech reported
    so); 'continued her tour' and 'continues to lead' stay no report."""
    qs = quotes_of("The finance minister spoke to senators on Tuesday.", sentence)
    found = [q for q in qs if q.cue is not None and q.cue.text == "continued"]
    assert [q.content.text for q in found] == [content]
    assert found[0].speaker == "The finance minister" or found[0].speaker_mention.text == "he"
    qs = quotes_of(
        "The singer continued her tour in Spain. The senator continues to lead the polls."
    )
    assert not [q for q in qs if q.cue is not None and q.cue.text.startswith("continue")]
