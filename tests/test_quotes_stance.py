"""Attributions beyond verbs of saying (PARC's definition, which PolNeAR follows): the object of
a cue's preposition, stance adjectives, and evidentials with no source. Short hand-written
sentences through ``analyze`` (loads the spaCy model once)."""

from __future__ import annotations

import pytest
from conftest import quotes_of

from tidings.analyze.cues import has_cue_word
from tidings.model import Quote


@pytest.fixture(scope="module")
def quotes():
    return quotes_of  # one paragraph


def _only(qs: list[Quote], cue: str) -> Quote:
    found = [q for q in qs if q.cue is not None and q.cue.text == cue]
    assert len(found) == 1, [(q.cue and q.cue.text, q.content.text) for q in qs]
    return found[0]


def test_preposition_goes_with_the_cue(quotes) -> None:
    q = _only(quotes("Rubio talked about the economy at length."), "talked")
    assert q.content.text == "the economy"
    q = _only(quotes("He warned of a coming recession."), "warned")
    assert q.content.text == "a coming recession"


def test_for_to_infinitive_is_one_content(quotes) -> None:
    q = _only(
        quotes("Clinton is calling for the United States to take a stronger role in Syria."),
        "calling",
    )
    assert q.content.text == "the United States to take a stronger role in Syria"
    assert q.speaker == "Clinton"
    q = _only(
        quotes("Sanders has called for the former secretary of state to release the transcripts."),
        "called",
    )
    assert q.content.text == "the former secretary of state to release the transcripts"


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        (
            "Republicans have been critical of Clinton's use of personal email.",
            "critical",
            "Republicans",
            "Clinton's use of personal email",
        ),
        (
            "Some Democrats are concerned that the tactics could make it harder to unite.",
            "concerned",
            "Some Democrats",
            "the tactics could make it harder to unite",
        ),
        (
            "The White House was eager to assuage public outrage over the debt.",
            "eager",
            "The White House",
            "to assuage public outrage over the debt",
        ),
        # (con20) "is concerned" read as a passive verb, its subject hung on the auxiliary
        (
            "The council is concerned the new rules would hurt small shops.",
            "concerned",
            "The council",
            "the new rules would hurt small shops",
        ),
        # (con20) the "that" clause hung on the linking verb, not on the adjective
        (
            "The union is adamant that the strike will go ahead on Monday.",
            "adamant",
            "The union",
            "the strike will go ahead on Monday",
        ),
    ],
)
def test_stance_adjective(quotes, text: str, cue: str, speaker: str, content: str) -> None:
    q = _only(quotes(text), cue)
    assert (q.speaker_mention.text, q.content.text, q.kind) == (speaker, content, "indirect")


def test_agreeing_is_a_form_of_agree(quotes) -> None:
    """'..., agreeing that ...': "agree" keeps its "e" before "-ing" (as "see", "guarantee"
    do); the lexicon spelled the form "agreing", so the participle was no cue at all."""
    q = _only(
        quotes("The mayor met the striking workers on Friday, agreeing that the offer was low."),
        "agreeing",
    )
    assert (q.speaker_mention.text, q.content.text) == ("The mayor", "the offer was low")


def test_stance_adjective_needs_a_source_and_a_complement(quotes) -> None:
    assert quotes("The room was open to the public.") == []
    assert quotes("She was happy.") == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The sale is expected to expand the company's move into media.",
            "expected",
            "The sale is expected to expand the company's move into media",
        ),
        ("The Trump team appears paralyzed.", "appears", "The Trump team appears paralyzed"),
        (
            "It appears that Clinton had sent a wave of excitement through the caucus.",
            "appears",
            "Clinton had sent a wave of excitement through the caucus",
        ),
        (
            "Some advisers are said to be urging the governor to pay.",
            "said",
            "Some advisers are said to be urging the governor to pay",
        ),
    ],
)
def test_evidential_has_no_speaker(quotes, text: str, cue: str, content: str) -> None:
    q = _only(quotes(text), cue)
    assert (q.content.text, q.speaker, q.speaker_mention) == (content, None, None)


def test_not_evidential(quotes) -> None:
    # a place, an agent, an active verb: no sourceless view
    assert quotes("She appears on Fox News on Sunday.") == []
    assert quotes("He appeared to make an off-color joke about his old house.") == []
    qs = quotes("The result was expected by analysts to be close.")
    assert all(q.speaker is not None for q in qs)
    # inside what someone says, the evidential is part of their words
    qs = quotes("He said he was expected to win.")
    assert [(q.cue.text, q.content.text) for q in qs] == [("said", "he was expected to win")]


def test_new_cue_words_ask_for_a_parse() -> None:
    assert has_cue_word("Voters seem tired of the race.")
    assert has_cue_word("He is reportedly unwell.")
    assert not has_cue_word("The room was large.")


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The argument would be aided, Devine said, by the upcoming primary calendar.",
            "said",
            "The argument would be aided, Devine said, by the upcoming primary calendar",
        ),
        (
            "He had no known political affiliations, the airline added, and had passed all "
            "background security checks.",
            "added",
            "He had no known political affiliations, the airline added, and had passed all "
            "background security checks",
        ),
        # the writer's additions after the cue stay out
        ("The plan is dead, he said, referring to the bill.", "said", "The plan is dead"),
        (
            "Victims would be considered a distinct group, Sanders said, a policy that "
            "could help them.",
            "said",
            "Victims would be considered a distinct group",
        ),
    ],
)
def test_parenthetical_cue_inside_its_clause(quotes, text: str, cue: str, content: str) -> None:
    q = _only(quotes(text), cue)
    assert q.content.text == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a participle going on with the reported clause is part of it; 'referring to' is not
        (
            "Bernie Sanders' campaign says it raised more than $21 million in January, "
            "bringing its total for the campaign to almost $95 million.",
            "says",
            "it raised more than $21 million in January, bringing its total for the campaign "
            "to almost $95 million",
        ),
        ("He said the plan was dead, referring to the bill.", "said", "the plan was dead"),
        # a condition by inversion
        (
            "He said he would be honored to serve should the opportunity present itself.",
            "said",
            "he would be honored to serve should the opportunity present itself",
        ),
    ],
)
def test_reported_clause_runs_on(quotes, text: str, cue: str, content: str) -> None:
    assert _only(quotes(text), cue).content.text == content


def test_judgment_and_document_objects(quotes) -> None:
    q = _only(quotes("Four in 10 voters see the campaign of Donald Trump as most unfair."), "see")
    assert q.content.text == "the campaign of Donald Trump as most unfair"
    assert quotes("He saw him there again in 1999.") == []
    q = _only(quotes("A Fox News poll shows Sanders with 47 percent."), "shows")
    assert q.content.text == "Sanders with 47 percent"


def test_while_sets_a_second_view_beside_the_first(quotes) -> None:
    qs = quotes(
        "Several Clinton supporters said the former president had made a good case for his "
        "wife, while other voters said they had not heard anything to pull them away."
    )
    assert [q.content.text for q in qs] == [
        "the former president had made a good case for his wife",
        "they had not heard anything to pull them away",
    ]
    q = _only(quotes("He said he would stay while the economy recovers."), "said")
    assert q.content.text == "he would stay while the economy recovers"


def test_raising_verb_over_a_stance_is_one_attribution(quotes) -> None:
    qs = quotes("Democrats did not seem to be worried about division within the party.")
    assert [(q.cue.text, q.speaker_mention.text, q.content.text) for q in qs] == [
        ("worried", "Democrats", "division within the party")
    ]


def test_passive_cue_agent_is_the_source(quotes) -> None:
    q = _only(quotes("The meeting was first reported by Politico."), "reported")
    assert (q.speaker_mention.text, q.content.text) == ("Politico", "The meeting")
    q = _only(quotes("He was told by aides to stay home."), "told")
    assert (q.speaker_mention.text, q.content.text) == ("aides", "to stay home")


def test_passive_cue_without_agent_has_no_speaker(quotes) -> None:
    # the listener is not the source; the teller goes unnamed
    q = _only(quotes("He was told that the plan had failed."), "told")
    assert (q.speaker, q.speaker_mention, q.content.text) == (None, None, "the plan had failed")
    # a subject shared with a passive verb it is joined to still speaks
    q = _only(quotes("Trump was forced into damage control and said he was sorry."), "said")
    assert q.speaker_mention.text == "Trump"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Clinton echoed that promise on Monday.", "echoed", "that promise"),
        ("Sanders tried to rebut that criticism.", "rebut", "that criticism"),
        ("The group endorsed that perspective on Friday.", "endorsed", "that perspective"),
    ],
)
def test_determiner_that_stays_in_the_content(quotes, text, cue, content) -> None:
    """A complementizer "that" opens a content without being part of it; a determiner "that"
    is a word of it ('echoed that promise' was cut to one word, and dropped)."""
    assert _only(quotes(text), cue).content.text.startswith(content)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "The club confirmed on Sunday that captain Dean Orr would miss the rest of the "
            "season with a knee injury.",
            "confirmed",
            "captain Dean Orr would miss",
        ),
        ("The union said that officials had refused to meet.", "said", "officials had refused"),
    ],
)
def test_that_before_a_name_or_plural_is_a_complementizer(quotes, text, cue, content) -> None:
    """A "that" the parser took for a determiner of a name or a plural opens the clause: a
    demonstrative goes with neither ('that captain Dean Orr' kept the "that")."""
    assert _only(quotes(text), cue).content.text.startswith(content)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor said on Monday he would resign.", "he would resign"),
        ("The senator said Monday he would resign.", "he would resign"),
        ("The senator said last week the plan was dead.", "the plan was dead"),
    ],
)
def test_time_of_saying_is_not_content(quotes, text, content) -> None:
    """A time right after the cue, before the reported clause's subject, says when the speaker
    spoke (the parser hung it on the clause: 'on Monday he would resign' was the content)."""
    assert _only(quotes(text), "said").content.text == content


def test_a_passive_verb_of_saying_goes_on_with_the_content(quotes) -> None:
    """'... and had been discussed with the council' is what was said of the money, not the
    mayor's next act of saying (the content was cut before "and")."""
    text = (
        "The mayor said the added money was for road repairs and had been discussed with the "
        "council for weeks."
    )
    content = _only(quotes(text), "said").content.text
    assert content.endswith("had been discussed with the council for weeks"), content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Obama has described the dinner as Washington celebrating itself.",
            "described",
            "the dinner as Washington celebrating itself",
        ),
        (
            "Clinton kept portraying Sanders as singularly focused on economic issues.",
            "portraying",
            "Sanders as singularly focused on economic issues",
        ),
    ],
)
def test_what_the_object_is_said_to_be_is_content(quotes, text, cue, content) -> None:
    """'described X as Y' with any verb of saying or act, as for 'see X as Y'; not a tensed
    "as" clause ('criticized Trump as he spoke': when, not what)."""
    assert _only(quotes(text), cue).content.text == content


def test_a_clause_told_without_that_is_the_content_not_the_infinitive_after_it(quotes) -> None:
    """'told the court he had paid ...': the small model reads the told clause as a relative
    clause of "court" and the infinitive as the verb's; the clause is what was told."""
    q = _only(
        quotes(
            "One developer, Colin Marsh, told the court he had paid the mayor £50,000 to approve"
            " a housing scheme on green belt land."
        ),
        "told",
    )
    assert q.content.text.startswith("he had paid the mayor")
    assert q.content.text.endswith("on green belt land")


def test_objects_that_are_no_speech(quotes) -> None:
    """'The decision reflects a shift', 'Clinton maintains a lead', 'address the convention':
    what the object names is mirrored, kept or spoken to, not said. With a clause ("maintained
    that ...") they report; "address the controversy" is a topic. "reflected on her years in
    office" is thinking over, no words (session 24: tests/test_quotes_precision24.py)."""
    for text in (
        "The decision to join the bank reflects a shift in the center of gravity on Wall Street.",
        "Clinton maintains a wide lead over Sanders among black voters.",
        "The governor is scheduled to address the convention on Thursday.",
        "Obama will address the nation on Tuesday night.",
    ):
        cues = [q.cue.text for q in quotes(text) if q.cue is not None]
        assert not {"reflects", "maintains", "address"} & set(cues), (text, cues)
    assert not [q for q in quotes("The minister reflected on her years in office.") if q.cue]
    q = _only(quotes("Her campaign has long maintained that the server was secure."), "maintained")
    assert q.content.text == "the server was secure"
    q = _only(quotes("The senator addressed the controversy at a town hall."), "addressed")
    assert q.content.text == "the controversy"


def test_a_verb_of_saying_under_a_refusal_reports_nothing(quotes) -> None:
    """'declined to say how much it cost': nothing was said; the refusal is the attribution,
    with "to say how much it cost" as its content, and "say" is none of its own."""
    qs = quotes("The spokesman declined to say how much the new trains cost.")
    assert [(q.cue.text, q.content.text) for q in qs if q.cue] == [
        ("declined", "to say how much the new trains cost")
    ]
    qs = quotes("The minister refused to comment on the talks with the union.")
    assert [q.cue.text for q in qs if q.cue] == ["refused"]
