"""Quote rules from reading tidings' output on news outside PolNeAR (bench/data/quote_gold_aeb):
each test is hand-written sentences of the construction, not text of those pages. Through
``analyze`` (loads the spaCy model once)."""

from __future__ import annotations

import pytest
from conftest import quotes_of

from tidings.model import Quote


@pytest.fixture(scope="module")
def quotes():
    return lambda text: quotes_of(*text.split("\n\n"))  # paragraphs split by blank lines


def _by_content(qs: list[Quote], start: str) -> Quote:
    found = [q for q in qs if q.content.text.startswith(start)]
    assert len(found) == 1, [(q.cue and q.cue.text, q.content.text) for q in qs]
    return found[0]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Keller was the chief envoy in Vienna, said another witness in the inquiry, former "
            "State Department adviser Marta Keller.",
            "Keller was the chief envoy in Vienna",
            "Marta Keller",
        ),
        (
            "The plant had been closed since March in Toledo, said another witness at the "
            "hearing, the retired engineer Paul Dunn.",
            "The plant had been closed since March in Toledo",
            "Paul Dunn",
        ),
    ],
)
def test_noun_phrase_after_an_inverted_cue_speaks(quotes, text, content, speaker) -> None:
    """'..., said another witness ...': the parser's object of the inverted cue is its speaker,
    not the place that ends the reported clause."""
    q = _by_content(quotes(text), content)
    assert q.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Marcus Webb added 18 points and nine rebounds for the visitors.",
        "The striker added two goals in the second half.",
        "The Nikkei added 1.4 percent by the close.",
    ],
)
def test_added_with_a_quantity_is_no_quote(quotes, text) -> None:
    """A score or an amount after "added" is not something said."""
    assert not [q for q in quotes(text) if q.cue is not None and q.cue.text == "added"]


def test_added_with_words_still_a_quote(quotes) -> None:
    q = _by_content(quotes("The coach added that two players were injured."), "two players")
    assert q.cue is not None and q.cue.text == "added"
    q = _by_content(quotes("She added a warning about the costs."), "a warning")
    assert q.cue is not None and q.cue.text == "added"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        (
            "The players walked off the pitch as the referee complained about the lights.",
            "complained",
        ),
        (
            "The audience stood up when Ms Lane arrived, and cheered as she announced her plan.",
            "announced",
        ),
    ],
)
def test_as_clause_with_no_comma_frames_nothing(quotes, text, cue) -> None:
    """'X as he apologized for Y': "as" with no comma before it says when, and the clause it
    hangs on is the writer's; '..., as Smith put it' still frames what was said."""
    for q in quotes(text):
        if q.cue is not None and q.cue.text == cue:
            assert not text.startswith(q.content.text[:12]), q.content.text
    q = _by_content(quotes("The plan is a disaster, as Smith put it."), "The plan is")
    assert q.speaker == "Smith"


def test_writers_clause_before_a_dash_and_a_quotation_is_not_said(quotes) -> None:
    """'The mayor has changed her mind twice - "I was wrong," she said': the quotation after the
    dash is what she said; the clause before it is the writer's."""
    qs = quotes("The mayor has changed her mind twice — “I was wrong,” she said on Monday.")
    assert [q.content.text for q in qs if q.cue is not None] == ["I was wrong,"]


@pytest.mark.parametrize(
    "text",
    [
        "Which is not to say that the council was wrong to act.",
        "That is not to say the mayor misled anyone.",
        "The results were, needless to say, a disappointment to the club.",
    ],
)
def test_writers_set_phrases_with_say_are_no_quote(quotes, text) -> None:
    """'Which is not to say that ...': the writer's own phrase names no speaker."""
    assert not [q for q in quotes(text) if q.cue is not None and q.cue.text == "say"]


def test_as_he_did_something_after_a_comma_is_the_writers(quotes) -> None:
    """'... told investors the company would grow, as she sought to calm the markets': what the
    speaker did while speaking is narration, not part of what was said, nor what she sought
    framed as said."""
    qs = quotes(
        "The chief executive told investors the company would grow, as she sought to calm "
        "the markets."
    )
    told = _by_content(qs, "the company would grow")
    assert told.content.text == "the company would grow"
    assert not [q for q in qs if q.content.text.startswith("The chief executive")]


def test_as_clause_after_a_comma_with_no_object_still_frames(quotes) -> None:
    q = _by_content(quotes("The vote was rigged, as the opposition claimed on Monday."), "The vote")
    assert q.cue is not None and q.cue.text == "claimed"


def test_the_us_is_a_country_not_a_pronoun(quotes) -> None:
    """'The US welcomed the deal, saying ...': "US" in capitals names the country; read as the
    pronoun "us" it went to the last plural speaker."""
    qs = quotes(
        "Both parties said they hoped the deal would hold.\n\n"
        "The US welcomed the deal, saying the talks had been long."
    )
    assert _by_content(qs, "the talks had been long").speaker == "US"
