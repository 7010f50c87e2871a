"""Interviews printed as questions and answers: each answer is the interviewee's words.

requires: the article's paragraphs and title, its entities, and the quotes and speakers the
cue-based rules found.
assigns: extra direct quotes (``attribution="interview"``) for the answers, and the interviewee
as the speaker of "I think ..." cues inside them that the rules left without a speaker.

Separate because a Q&A has no cue at all: nobody "said" the answers, the layout says who
speaks. Two layouts are read:

- prefixed: "Q: Will you resign?" / "A: No. I intend to fix this.";
- plain: a short paragraph ending in "?" followed by the answer's paragraphs, in an article
  whose title or opening says it is an interview ("Q&A:", "spoke to", "in an interview").

Transcripts with a name before each turn ("MARSH: Because ...", "Moderator: ...", '"Chris
Matthews: ...') are colon attributions, one direct quote per turn
(:func:`tidings.analyze.verbless.transcript_turns`), not interviews. The interviewee is the
person named in the title or the opening paragraphs (before the first question) who is named
most often, the interviewer ("our reporter Tim Walsh") excepted. A paragraph after the
questions that names the interviewee in the third person ("Kerimova's book is published next
month") is the writer's, not an answer.
"""

from __future__ import annotations

import re

from tidings.analyze.names import gender_of
from tidings.analyze.resolve import describe_people, settled
from tidings.analyze.verbless import ANSWER_LABEL, QUESTION_LABEL, label_length, name_label
from tidings.model import Article, Entity, Paragraph, Quote, Speaker

#: "Q:", "Q.", "Question:" opening a question; "A:", "Answer:" opening an answer.
#: Words in the title or the opening that say the article is an interview.
_INTERVIEW_WORDS = re.compile(
    r"\b(?:Q\s?&\s?A|interview(?:ed|s)?|spoke (?:to|with)|talked (?:to|with)|sat down with|"
    r"in conversation|conversation with|asked (?:him|her|them))\b",
    re.IGNORECASE,
)
#: Words right before a name that make that person the interviewer.
_INTERVIEWER = re.compile(
    r"(?:reporter|correspondent|editor|writer|interviewer|moderator|host|by)\s+$", re.IGNORECASE
)
#: A question is short: a longer paragraph ending in "?" is narration or an answer.
_MAX_QUESTION_WORDS = 60
#: Plain questions need the article to say it is an interview, or this many exchanges.
_PLAIN_PAIRS_ALONE = 4
_FIRST_PERSON = {"i", "me", "my"}
#: The editor's note closing a Q&A ('This interview has been edited and condensed.',
#: 'The conversation was edited for length and clarity.'): the writer's, not an answer.
_EDITORS_NOTE = re.compile(
    r"^(?:\(?\s*)?(?:this|the|our|an?)\s+(?:interview|conversation|exchange|transcript|"
    r"q\s?&\s?a|discussion)\b[^.]{0,60}?\b(?:edited|condensed|abridged|shortened|translated)\b",
    re.IGNORECASE,
)
_OPEN_QUOTES = "\"'“‘«„"


def interview_answers(
    article: Article, quotes: list[Quote], speakers: list[Speaker], entities: list[Entity]
) -> tuple[list[Quote], list[Speaker]]:
    """``quotes`` and ``speakers`` with the answers of a Q&A added (unchanged otherwise)."""
    paragraphs = article.paragraphs
    turns = _turns(paragraphs)
    if turns is None:
        return quotes, speakers
    first_question, answers, prefixed = turns
    opening = paragraphs[:first_question]
    if not prefixed and len(answers) < _PLAIN_PAIRS_ALONE:
        said = (article.title or "") + "\n" + "\n".join(p.text for p in opening)
        if not _INTERVIEW_WORDS.search(said):
            return quotes, speakers
    if not _spoken_answers(answers):
        return quotes, speakers  # an explainer's questions, answered by the newsroom
    entity = _interviewee(article, opening, entities)
    if entity is None:
        return quotes, speakers
    speaker, speakers = _speaker_for(article, entity, speakers, entities)
    named = [(m.start, m.end) for m in entity.mentions]
    out = list(quotes)
    for paragraph in (p for group in answers for p in _answer(group, named, quotes, speaker)):
        if any(paragraph.start <= s < paragraph.end for s, _ in named):
            continue  # the writer naming the interviewee: not an answer
        if _EDITORS_NOTE.match(paragraph.text):
            continue  # 'This interview has been edited and condensed.': the editor's
        if name_label(paragraph.text) is not None and any(
            q.cue is None and paragraph.start <= q.content.start < paragraph.end for q in quotes
        ):
            continue  # 'Lindqvist: Because I was bored ...': the turn is quoted already
        start = paragraph.start + label_length(paragraph.text, ANSWER_LABEL)
        end = paragraph.start + len(paragraph.text.rstrip())
        if end - start < 2:
            continue
        for q in out:
            inside = start <= q.content.start and q.content.end <= end
            if inside and q.speaker_id is None and _first_person(q):
                q.speaker_id = speaker.id  # "I think ..." in an answer: the interviewee thinks
        out.append(
            Quote(
                id=f"q{len(out)}",
                kind="direct",
                content=article.span(start, end),
                speaker_id=speaker.id,
                attribution="interview",
                confidence=0.7,
                paragraph=paragraphs.index(paragraph),
            )
        )
    # name, type and description follow the speaker, as for every quote (resolve.settled)
    return _in_reading_order(settled(out, speakers)), speakers


def _in_reading_order(quotes: list[Quote]) -> list[Quote]:
    """The quotes sorted by where they start, numbered again (``continues`` follows)."""
    ordered = sorted(quotes, key=lambda q: (q.content.start, q.content.end))
    new_id = {q.id: f"q{n}" for n, q in enumerate(ordered)}
    for q in ordered:
        q.id = new_id[q.id]
        if q.continues is not None:
            q.continues = new_id.get(q.continues)
    return ordered


def _turns(paragraphs: list[Paragraph]) -> tuple[int, list[list[Paragraph]], bool] | None:
    """(index of the first question, the answers' paragraphs per question, prefixed?) when the
    paragraphs read as at least two questions each followed by an answer; else None."""
    prefixed = sum(1 for p in paragraphs if QUESTION_LABEL.match(p.text)) >= 2
    is_question = _prefixed_question if prefixed else _plain_question
    first: int | None = None
    answers: list[list[Paragraph]] = []
    for i, p in enumerate(paragraphs):
        if is_question(p.text):
            if answers and not answers[-1]:
                return None  # two questions in a row: not a question-and-answer layout
            first = i if first is None else first
            answers.append([])
        elif answers:
            answers[-1].append(p)
    if first is None or len(answers) < 2 or not all(answers):
        return None
    return first, answers, prefixed


def _prefixed_question(text: str) -> bool:
    return bool(QUESTION_LABEL.match(text))


def _plain_question(text: str) -> bool:
    """A short paragraph ending in a question mark, not itself a quotation."""
    t = text.strip()
    return (
        t.endswith("?")
        and len(t.split()) <= _MAX_QUESTION_WORDS
        and t[:1] not in _OPEN_QUOTES
        and not ANSWER_LABEL.match(t)
        and name_label(t) is None  # 'Herald: How do you ...?': a transcript's turn
    )


def _interviewee(
    article: Article, opening: list[Paragraph], entities: list[Entity]
) -> Entity | None:
    """The person named in the title or the opening most often over the article, not the
    interviewer; ties go to the one named first."""
    title, text = article.title or "", article.text
    candidates = []
    for e in entities:
        if e.label != "PERSON" or not e.mentions:
            continue
        in_opening = [m for m in e.mentions if any(p.start <= m.start < p.end for p in opening)]
        surname = e.name.split()[-1]
        in_title = bool(re.search(r"\b" + re.escape(surname) + r"\b", title))
        if not (in_opening or in_title):
            continue
        if in_opening and all(
            _INTERVIEWER.search(text[max(0, m.start - 30) : m.start]) for m in in_opening
        ):
            continue
        candidates.append((-len(e.mentions), e.mentions[0].start, e))
    return min(candidates, key=lambda c: c[:2])[2] if candidates else None


def _speaker_for(
    article: Article, entity: Entity, speakers: list[Speaker], entities: list[Entity]
) -> tuple[Speaker, list[Speaker]]:
    """The interviewee's speaker record: the one the cue rules made for them, or a new one
    described the way the article introduces them."""
    for sp in speakers:
        if sp.entity_id == entity.id:
            return sp, speakers
    speaker = Speaker(
        id=f"s{len(speakers)}",
        name=entity.name,
        type="person",
        gender=gender_of(entity.name),  # type: ignore[arg-type]
        entity_id=entity.id,
        mentions=list(entity.mentions),
    )
    describe_people(article, [speaker], entities)
    return speaker, [*speakers, speaker]


#: A first-person word: who answers in an interview speaks as "I" or "we".
_SPEAKS_AS = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|me|my|mine|we|we['’](?:re|ve|d|ll)|us|our)\b")
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


def _spoken_answers(answers: list[list[Paragraph]]) -> bool:
    """True when at least half the answers speak in the first person outside quote marks.

    An explainer's "Q: What about pets?" / "A: Most shelters accept pets, county spokeswoman
    Denise Harper said." is the newsroom answering the reader: nobody's "I" or "we" in it.
    """
    spoken = sum(1 for group in answers if _SPEAKS_AS.search(_QUOTED.sub("", group[0].text)))
    return 2 * spoken >= len(answers)


def _answer(
    group: list[Paragraph], named: list[tuple[int, int]], quotes: list[Quote], speaker: Speaker
) -> list[Paragraph]:
    """The paragraphs of one answer: ``group`` up to the first one that is the writer's.

    After the last question the article goes back to narration ('Her players say the message
    stuck.' / '"She never let us feel sorry ...," said senior forward Alicia Grant.'): a
    paragraph after the answer's first that names the interviewee, or holds someone else's
    cued quote and no "I" or "we" of its own, ends the answer, and every paragraph after it is
    the writer's too. ('I said when I announced I wasn't running, ...' goes on answering.)
    """
    for n, p in enumerate(group[1:], 1):
        if any(p.start <= s < p.end for s, _ in named):
            return group[:n]
        if _SPEAKS_AS.search(_QUOTED.sub("", p.text)):
            continue
        for q in quotes:
            inside = p.start <= q.content.start < p.end
            if inside and q.cue is not None and q.speaker_id not in (None, speaker.id):
                return group[:n]
    return group


def _first_person(q: Quote) -> bool:
    m = q.speaker_mention
    return m is not None and m.text.lower() in _FIRST_PERSON
