"""Long quotations over several paragraphs: statements, speeches, letters, transcripts.

Hand-written news paragraphs through ``analyze`` (the spaCy model is loaded once): every
paragraph of such a quotation is a quote of the right speaker, and a quotation left open does
not swallow the article after it.
"""

from __future__ import annotations

from conftest import quote_starting, quotes_of
from hypothesis import given, settings
from hypothesis import strategies as st


def test_quotes_long_single_marks_carry_over_paragraphs(nlp) -> None:
    """British style: each paragraph opens with a single mark, only the last closes."""
    qs = quotes_of(
        "The health minister, Anna Kowalski, welcomed the resignation. ‘The staff at Westbrook "
        "have been let down by their leaders,’ she said.",
        "‘We will send a team to help the hospital cut its waiting times this winter.",
        "‘I expect to see progress by March, and I will visit the hospital myself.’",
        "Union leader Tom Barrett said the problem was a lack of nurses.",
    )
    for start in ("We will send a team", "I expect to see progress"):
        q = quote_starting(qs, start)
        assert (q.kind, q.speaker) == ("direct", "Anna Kowalski"), start
    assert quote_starting(qs, "I expect").content.text.endswith("myself.")


def test_quotes_long_straight_marks_around_curly_after_a_colon(nlp) -> None:
    """'Dr. Reyes stated:' then paragraphs opened by a straight mark around curly ones."""
    qs = quotes_of(
        "The chief executive of Westbrook General Hospital, Dr. Samuel Reyes, resigned on Friday.",
        "Dr. Reyes stated:",
        '"“I have spent eleven years at this hospital and I am proud of our staff.',
        '"The report is about “waiting times” and the people of Westbrook deserve better.',
        '"“I will stay on until a successor is found.”"',
        "The hospital board said it would appoint an interim chief within a month.",
    )
    for start in ("I have spent", "The report is about", "I will stay on"):
        q = quote_starting(qs, start)
        assert (q.kind, q.speaker) == ("direct", "Samuel Reyes"), start
    last = quote_starting(qs, "I will stay on")
    assert last.content.text == "I will stay on until a successor is found."
    assert not [q for q in qs if q.content.text == "waiting times"]


def test_quotes_long_transcript_announced_after_a_quote(nlp) -> None:
    """'Transcript as follows:' after the speaker's quote: the speech under it is theirs."""
    qs = quotes_of(
        'On Tuesday in Dayton, Governor Ellen Marsh said, "We are going all the way to the '
        'convention."',
        "Transcript as follows:",
        '"Tonight we came to Dayton, and we went to a diner to grab a quick meal. The people '
        "there told me what this campaign is about.",
        '"We have cut taxes and balanced the budget. We will do the same for the country."',
        "Marsh takes questions from reporters on Wednesday.",
    )
    first, second = quote_starting(qs, "Tonight we came"), quote_starting(qs, "We have cut taxes")
    assert (first.speaker, first.speaker_mention.text) == ("Ellen Marsh", "Transcript")
    assert (second.speaker, second.attribution) == ("Ellen Marsh", "continuation")


def test_quotes_long_title_case_turns_inside_marks_and_roles(nlp) -> None:
    """Transcript turns in title case: a turn opened by a quote mark is a direct quote of the
    name before the colon (not of the colon line above it), and a moderator speaks too."""
    qs = quotes_of(
        "The opposition leader, Carlos Mendez, met President Maria Santos in a radio debate.",
        "In a later exchange, the two leaders spoke on the radio:",
        '"Mendez: Then show us the accounts, and we will all see where the money went."',
        "Moderator: Mr. Mendez, your own plan cuts the same budget by half.",
    )
    turn = quote_starting(qs, "Then show us")
    assert (turn.speaker, turn.kind) == ("Carlos Mendez", "direct")
    assert turn.content.text.endswith("went.")
    assert quote_starting(qs, "Mr. Mendez, your own plan").speaker == "Moderator"


def test_quotes_long_quoted_exchange_alternates(nlp) -> None:
    """A quoted exchange: untagged lines after two tagged ones go back and forth."""
    qs = quotes_of(
        "The owners of the Brennan mill said on Monday that the factory would close in June.",
        '"Are you going to pay the pensions?" a worker shouted at the meeting.',
        '"Every pension will be paid in full," replied the managing director, Helen Brennan.',
        '"When?"',
        '"By the end of the year."',
    )
    assert quote_starting(qs, "When?").speaker_mention is None
    assert quote_starting(qs, "When?").content.text == "When?"
    assert quote_starting(qs, "By the end").speaker == "Helen Brennan"
    asked = quote_starting(qs, "Are you going")
    assert quote_starting(qs, "When?").speaker_id == asked.speaker_id is not None


def test_quotes_long_floating_quotes_stay_with_one_speaker(nlp) -> None:
    """Outside an exchange (a long quotation, or the same speaker twice) the untagged
    paragraph stays with the last speaker: no back and forth."""
    qs = quotes_of(
        '"We kept it open longer than any accountant would have," Robert Brennan said.',
        '"Nobody wanted this," Brennan added. "My grandfather built that mill."',
        '"But we cannot lose money forever."',
    )
    assert quote_starting(qs, "But we cannot").speaker == "Robert Brennan"


def test_quotes_long_unclosed_quote_stops_where_a_reader_would(nlp) -> None:
    """A quotation left open carries only into paragraphs that open with a mark and have no
    cue of their own: narration, a new speaker's tagged quote or a subheading ends it."""
    qs = quotes_of(
        '"We told the shift boss on the Monday, and nothing happened," Joe Pruitt said. "Two '
        "of my friends were not so lucky.",
        "The mine's owner, Hollis Resources, said it was cooperating with the inquiry.",
        '"We share the grief of the families," the company said.',
        '"Everybody knew that section was bad," said Ruth Calder, another miner.',
    )
    assert quote_starting(qs, "Two of my friends").speaker == "Joe Pruitt"
    assert quote_starting(qs, "We share the grief").speaker == "Hollis Resources"
    assert quote_starting(qs, "Everybody knew").speaker == "Ruth Calder"
    narration = quote_starting(qs, "it was cooperating")
    assert narration.kind == "indirect"


def test_quotes_long_unbalanced_marks_never_raise_nor_cross_paragraphs(nlp) -> None:
    paragraphs = [
        '"“',
        '"',
        "Transcript as follows:",
        '"“He said ‘never. ”',
        "‘Open single mark and no end",
        '"Mendez: ',
        "”Closing marks only” here.”",
        '"“A “nested “deeper ‘still',
        "Moderator:",
    ]
    article_quotes = quotes_of(*paragraphs)
    texts = [q.content.text for q in article_quotes]
    assert all("\n" not in t for t in texts), texts


def test_quotes_long_two_colon_turns_in_one_paragraph(nlp) -> None:
    """'Okafor: "..." Hale: "..."': each name before a colon speaks the words after it."""
    qs = quotes_of(
        "Mayor Linda Okafor and Peter Hale, a councillor, disagree on the sea wall.",
        'Okafor: "The wall will protect every home on the harbour front." Hale: "We are '
        'spending money we do not have on a wall that may not be enough."',
    )
    first, second = quote_starting(qs, '"The wall will'), quote_starting(qs, '"We are spending')
    assert (first.speaker, second.speaker) == ("Linda Okafor", "Peter Hale")
    assert first.content.text.endswith('harbour front."')


def test_quotes_long_block_quote_paragraphs_carry_on(nlp) -> None:
    """A statement in the page's block quote (no marks) after 'X said in a statement:' is
    the speaker's over all of the block's paragraphs, and stops where the body resumes."""
    from tidings.analyze import analyze
    from tidings.model import Article, layout

    text, paras = layout(
        [
            ("body", "The Eastport Residents Association said in a statement:"),
            ("quote-block", "We welcome the council's decision to build the sea wall."),
            ("quote-block", "For months our members have lived in fear of the next storm."),
            ("body", "Construction of the wall will begin in the spring of next year."),
        ]
    )
    qs = analyze(Article(id="t", source="t", text=text, paragraphs=paras)).quotes
    assert quote_starting(qs, "We welcome").speaker == "Eastport Residents Association"
    carried = quote_starting(qs, "For months")
    assert (carried.speaker, carried.attribution) == (
        "Eastport Residents Association",
        "continuation",
    )
    assert not [q for q in qs if q.content.text.startswith("Construction")]


def test_quotes_long_record_line_names_no_speaker_by_itself(nlp) -> None:
    """'Transcript as follows:' with no one quoted before it: the record is nobody's speaker."""
    qs = quotes_of(
        "The rally in Dayton ended late on Tuesday night.",
        "Transcript as follows:",
        '"Tonight we came to Dayton, and we went to a diner to grab a quick meal together."',
    )
    assert quote_starting(qs, "Tonight we came").speaker != "Transcript"


def test_quotes_long_quote_after_narration_naming_one_person(nlp) -> None:
    """A quotation standing alone after a paragraph of narration whose sentences open with one
    person is that person's; with two people opening them, no one's."""
    qs = quotes_of(
        "The council voted 5-2 to close the library on Elm Street, despite protests.",
        "Mayor Maria Reyes was unmoved by the protests.",
        '"There is nothing to compromise on. The budget is the budget, and it costs too much."',
    )
    assert quote_starting(qs, "There is nothing").speaker == "Maria Reyes"
    qs = quotes_of(
        "Maria Reyes and Tom Hale met the parents on Monday.",
        '"There is nothing to compromise on. The budget is the budget, and it costs too much."',
    )
    assert quote_starting(qs, "There is nothing").speaker is None


_PIECES = [
    '"',
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "Smith said ",
    "Transcript as follows:",
    "MODERATOR: ",
    "Jones: ",
    "we will win. ",
    "“When?” ",
    "the plan ",
    ", ",
]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8), min_size=1, max_size=5))
def test_quotes_long_random_marks_never_raise(nlp, paragraphs: list[list[str]]) -> None:
    """Any mix of marks, colon lines and turns over a few paragraphs: no exception, and every
    quote stays inside one paragraph (quotes_of checks each span's text)."""
    texts = ["".join(p).strip() or "x" for p in paragraphs]
    for q in quotes_of(*texts):
        assert "\n" not in q.content.text
