"""Direct quotes: which quoted stretches are quotations, and which cue each one belongs to.

requires: a paragraph's quoted stretches (:mod:`tidings.analyze.quotemarks`), its
:class:`~tidings.analyze.attrecord.Attribution` records, the article text, and (for a quote
with no cue) the PERSON mentions NER found. assigns: nothing; :func:`choose` returns the
attribution of one direct quote with a confidence, :func:`is_title` and :func:`is_partial` say
whether a quoted stretch is a title or a phrase embedded in narration, :func:`carried_on` where
a statement ends that a quotation leaves unfinished ('"I have not heard that concern" from the
police'), and :func:`person_before` names the person last named before a quote that has no cue.

Separate because these are the rules a reader applies to one quote at a time, and they are
tested that way; :func:`tidings.analyze.quotes.find_quotes` walks the paragraphs and keeps what
runs across them (a quote left open, a floating quote, a cue announcing the next paragraph).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from tidings.analyze.attrecord import Attribution
from tidings.analyze.content import FINITE_TAGS, WORK_NOUNS
from tidings.analyze.cues import SPEECH_NOUNS, cue_lemma, is_stance
from tidings.analyze.mentions import Mention, read_mention
from tidings.analyze.names import TITLE_WORDS
from tidings.analyze.naming import PERSON_NOUNS, PRONOUN_GENDER
from tidings.analyze.quotemarks import Quoted, find_quoted
from tidings.analyze.timewords import find_time_words
from tidings.model import Article, Entity

#: Characters between a quote and a cue beyond which the cue is only a weak guess.
NEAR_CHARS = 40

#: A quoted stretch in title case is a quotation only with a cue this close ('"Make America
#: Great Again," Trump said'); otherwise it names a book, a show or a headline.
TITLE_TAG_CHARS = 12

#: Words left lower-case inside a title ("Orange Is the New Black", "A Time for Truth").
_TITLE_MINOR = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "is",
        "of",
        "on",
        "or",
        "the",
        "to",
        "vs.",
        "via",
        "with",
    ]
)


def gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def names_quotation(att: Attribution, mark: int, doc: Doc | None, base: int, text: str) -> bool:
    """True when ``att``'s content is a noun phrase after its cue that ends at the colon
    opening the quotation at ``mark`` (offsets in ``text``, the article's; ``base`` is the
    paragraph's offset in it), perhaps after a phrase of place or time the parser left out of
    it: 'posted a goodbye on Facebook: "Good luck, mate."'. The noun phrase, headed by a
    noun for words (:data:`_WORDS_NOUNS`), names the words the colon opens, so the quotation is
    what was said and the phrase no statement of its own. A clause before the colon ('said the
    bill was dead: "..."', a finite verb in it) is a statement beside the quotation, and a
    topic ('criticised the plan: "..."') what the quotation is about."""
    if doc is None or att.content is None or att.cue[1] > att.content[0]:
        return False
    between = text[att.content[1] : mark].rstrip()
    if not between.endswith(":") or _STOPS.search(between[:-1]):
        return False
    lo, hi = att.content[0] - base, mark - base
    phrase = [t for t in doc if lo <= t.idx < hi]
    if any(t.tag_ in FINITE_TAGS for t in phrase):
        return False
    head = next((t for t in phrase if not lo <= t.head.idx < hi or t.head is t), None)
    return head is not None and head.lower_ in _WORDS_NOUNS


#: Nouns for words someone sends, posts or gives out: a noun phrase they head before a colon
#: names the quotation after it.
_WORDS_NOUNS = frozenset(
    SPEECH_NOUNS
    | {
        "message",
        "messages",
        "farewell",
        "goodbye",
        "tribute",
        "thanks",
        "apology",
        "reply",
        "response",
        "answer",
        "note",
        "post",
        "tweet",
        "letter",
        "greeting",
        "words",
        "plea",
        "appeal",
    }
)


#: Marks between a noun phrase and the colon that end a clause or open a quotation.
_STOPS = re.compile('[.;:!?"“”]')


def choose(
    q: tuple[int, int],
    atts: list[Attribution],
    prev: Attribution | None = None,
    text: str = "",
) -> tuple[Attribution | None, float]:
    """The attribution of a direct quote among its paragraph's cues, with a confidence.

    In order: the cue that tags the quote right after its closing mark (:func:`tag_of`,
    given the article ``text``); the cue whose content holds the quote; the nearest speech cue
    in the quote's sentence; ``prev``, the cue of the paragraph's previous direct quote ('"A,"
    Obama said on Saturday at the gala, where Clinton also spoke. "B."': B is still Obama's);
    the nearest cue
    with no content of its own; the nearest speech cue before the quote in the paragraph
    ('..., Schiff said. "The other factor ..."').
    """
    scene = _scene_cue(q, atts, text) if text else None
    if scene is not None:
        return scene, 0.9
    tag = tag_of(q, atts, text) if text else None
    if tag is not None:
        return _teller_recalled(tag, atts, text) or tag, 0.9
    intro = (
        (_introducing(q, atts, text) or _introducing_past_aside(q, atts, text)) if text else None
    )
    if intro is not None:
        return intro, 0.9
    holding = [a for a in atts if a.content and gap(a.content, q) == 0]
    # a belief reported inside someone's words ('He says if people think the issues will be
    # addressed by "..."') is not who speaks the quote: the verb of saying around it is
    outer = [a for a in holding if a.strength >= 0.75]
    holding = [
        a
        for a in holding
        if a.strength >= 0.75 or not any(o.content[0] <= a.cue[0] < o.content[1] for o in outer)  # type: ignore[index]
    ]
    if holding:
        best = min(holding, key=lambda a: gap(a.cue, q))
        best = _reporter_of(best, q, holding) or _leading_in(best, q, atts, text) or best
        return _participle_between(best, q, atts, text) or best, 0.9
    atts = [a for a in atts if a.strength > 0.5]
    same = [a for a in atts if (a.sentence[0] < q[1] and q[0] < a.sentence[1]) or _tags_after(a, q)]
    if same:
        best = min(same, key=lambda a: gap(a.cue, q))
        return best, 0.85 if gap(best.cue, q) <= NEAR_CHARS else 0.7
    if prev is not None and prev.cue[1] <= q[0]:
        return prev, 0.75
    # a cue inside the words another cue reports ('Yet Trump is also a "change agent," Cole
    # said.') is part of what was said, not who says the next quote: Cole does
    bare = [a for a in atts if a.content is None and not _reported_inside(a, atts)]
    if bare:
        return min(bare, key=lambda a: gap(a.cue, q)), 0.6
    # so is the last cue before the quote ('It is easy, she says, for visitors to complain
    # about the roads. "But they never see the work."': she says it, not the visitors)
    before = [a for a in atts if a.cue[1] <= q[0]]
    before = [a for a in before if not _reported_inside(a, atts)] or before
    if before:
        return max(before, key=lambda a: a.cue[0]), 0.6
    return None, 0.0


def _reported_inside(att: Attribution, atts: list[Attribution]) -> bool:
    """True when ``att``'s cue lies inside the words another of ``atts`` reports (a tag set
    inside its own words, 'It is easy, she says, for ...', is not)."""
    return any(
        o is not att and o.content and o.content[0] <= att.cue[0] < o.content[1] for o in atts
    )


def _reporter_of(
    inner: Attribution, q: tuple[int, int], holding: list[Attribution]
) -> Attribution | None:
    """The verb of saying that reports ``inner``'s clause, when the quote opens before what
    ``inner`` reports: in 'A reporter, Dana Hill, tweeted that Judge Carter spoke "warmly about
    her childhood"' the quoted words tell how the judge spoke ("warmly about ..."), so they
    are the reporter's, who wrote them, not the judge's; "spoke" reports only "her childhood".
    A quote that opens with what the inner verb reports ('Hill wrote that the mayor told the
    crowd "the city will not back down"') stays the inner speaker's."""
    if inner.content is None or inner.content[0] <= q[0]:
        return None
    outer = [
        o
        for o in holding
        if o.strength >= 0.75 and o.mention is not None and _reported_inside(inner, [o])
    ]
    return min(outer, key=lambda o: gap(o.cue, q)) if outer else None


#: What lies between a cue with no content and a quote it leads into: at most three words
#: (whom it was said to: "urged voters", "told the crowd"), a comma and the opening mark.
_LEAD_IN_GAP = re.compile(r"(?:\s+[\w'’.-]+){0,3}\s*,\s*[\"“‘']\s*")


def _leading_in(
    holder: Attribution, q: tuple[int, int], atts: list[Attribution], text: str
) -> Attribution | None:
    """A verb of saying after the quote's holder that runs, through whom it was said to and a
    comma, straight into the quote: in 'Reporters laughed when he urged voters, "Look at what
    I did."' the parser hangs the quotation on "laughed", but "he urged voters," opens it."""
    if not text:
        return None
    for a in atts:
        if (
            a is not holder
            and a.content is None
            and a.mention is not None
            and a.strength >= 0.75
            and holder.cue[1] <= a.mention.start
            and a.cue[1] <= q[0]
            and cue_lemma(a.lemma)
            and not is_stance(a.lemma)
            and _LEAD_IN_GAP.fullmatch(text, a.cue[1], q[0])
        ):
            return a
    return None


#: A sentence opened by a clause that sets the scene ("When someone in the crowd shouted"),
#: with no comma before its verb.
_SCENE_OPENING = re.compile(r"(?:When|Whenever|As|After|Before|While|Once|Until)\s[^,;:\"“”]*$")
#: What lies between that clause's cue and the quote it introduces: a comma, or nothing, and
#: the open mark ('When someone shouted, "Reed,"', 'When a man yelled "Shame,"').
_SCENE_GAP = re.compile(r"\s*,?\s*[\"“‘']\s*$")


def _scene_cue(q: tuple[int, int], atts: list[Attribution], text: str) -> Attribution | None:
    """The cue of a scene-setting clause that opens the sentence and introduces the quote:
    in 'When someone in the crowd shouted, "Reed," Mayor Pell joked, "Amen!"' the first
    quotation is what was shouted, not Pell's, though her name and cue follow it as a tag
    would; the main clause's cue is the second quotation's."""
    for a in atts:
        if (
            a.strength >= 0.75
            and a.mention is not None
            and a.cue[1] <= q[0] <= a.cue[1] + 4
            and _SCENE_GAP.match(text, a.cue[1], q[0])
            and _SCENE_OPENING.match(text, a.sentence[0], a.cue[0])
            and cue_lemma(a.lemma)
        ):
            return a
    return None


#: What lies between a cue that introduces a quote and the quote: a particle ("cut in", "shot
#: back"), the colon and the opening mark.
_INTRO_GAP = re.compile(r"(?:\s+(?:in|back|up|out))?\s*:\s*[\"“‘']?\s*$")


def _introducing(q: tuple[int, int], atts: list[Attribution], text: str) -> Attribution | None:
    """The cue of saying, with a speaker, that ends right before the quote's colon: in '"We will
    win," she predicted, before Tom Reed interrupted: "No, you won't."' the parser makes the
    second quotation part of what "predicted" reports, but "Reed interrupted:" opens it."""
    for a in atts:
        if (
            a.strength >= 0.75
            and a.mention is not None
            and a.cue[1] <= q[0] <= a.cue[1] + 12
            and _INTRO_GAP.match(text, a.cue[1], q[0])
        ):
            return a
    return None


#: Between a cue and the quotation it introduces, an aside set off by commas ('Lee joked, again
#: using a thick accent, "..."'): no sentence ends and no quote opens in it.
_ASIDE_GAP = re.compile(r",\s+[^,.;:!?\"“”‘’]{1,60},\s*[\"“‘']\s*$")


def _introducing_past_aside(
    q: tuple[int, int], atts: list[Attribution], text: str
) -> Attribution | None:
    """The cue of saying, after its speaker, that introduces the quote past an aside set off
    by commas: in 'When a woman in the crowd shouted, "Reed," Lee joked, again using a thick
    accent, "Amen, sister!"' the parser hangs everything on "shouted", but "Lee joked, ...,"
    opens the second quotation. Not when another cue lies in the aside ('Lee spoke, as the
    crowd chanted, "..."': the chant is the crowd's, which the cue nearest the quote
    decides)."""
    for a in atts:
        m = a.mention
        if (
            a.strength >= 0.75
            and m is not None
            and m.end <= a.cue[0]
            and a.cue[1] < q[0] <= a.cue[1] + 66
            and cue_lemma(a.lemma)
            and not is_stance(a.lemma)
            and _ASIDE_GAP.match(text, a.cue[1], q[0])
            and not any(a.cue[1] <= b.cue[0] < q[0] for b in atts if b is not a)
        ):
            return a
    return None


def _participle_between(
    holder: Attribution, q: tuple[int, int], atts: list[Attribution], text: str
) -> Attribution | None:
    """A participle of saying right after its own speaker, between the cue whose content
    holds quote ``q`` and the quote: in 'The spot concludes with footage of Trump saying
    during the debate, "That makes me smart,"' the parser hangs the quotation on
    "concludes", but "Trump saying" introduces it. None when there is no such participle (a
    participle with no speaker right before it, 'said Monday, speaking to reporters, "..."',
    goes on from the cue before it)."""
    if not text:
        return None
    for a in atts:
        m = a.mention
        if (
            a is holder
            or a.content is not None
            or m is None
            or not (holder.cue[1] <= m.start and a.cue[1] <= q[0])
            or not text[a.cue[0] : a.cue[1]].endswith("ing")
            or text[m.end : a.cue[0]] != " "
            or re.search(r"[.!?;:]", text[a.cue[1] : q[0]].rstrip(" ,:“\"‘'"))
            or a.strength < 0.75
            or not cue_lemma(a.lemma)
            or is_stance(a.lemma)
        ):
            continue
        return a
    return None


#: Quote marks that may close a quotation (see :mod:`tidings.analyze.quotemarks`).
_CLOSERS = "\"”’'»«"


def tag_of(q: tuple[int, int], atts: list[Attribution], text: str) -> Attribution | None:
    """The cue that tags a quote from right after its closing mark, if any: '"...," Lewandowski
    added', '"...?" asked Mr. Manafort'. A quotation that ends in a comma, a question or an
    exclamation mark and runs straight into a speaker and a cue (or a cue and a speaker) is
    that speaker's, even when it also lies inside the content of an earlier cue ('Comey cannot
    say that "from his perspective," Lewandowski added': the quote is Lewandowski's, not what
    Comey says)."""
    qe = q[1]
    if text[qe - 1 : qe] not in (",", "?", "!"):
        return None
    j = qe
    while j < len(text) and text[j] == " ":
        j += 1
    if text[j : j + 1] not in _CLOSERS or not text[j : j + 1]:
        return None
    j += 1
    for att in atts:
        m = att.mention
        if att.cue[0] < j or att.cue[0] - j > NEAR_CHARS or m is None:
            continue
        if att.strength < 0.75 or not cue_lemma(att.lemma) or is_stance(att.lemma):
            continue  # a verb of saying: '"...," Clinton fixates on the line' is no tag
        if text[qe - 1] != "," and re.match(r"[^.?!]*[“\"]", text[att.cue[1] :]):
            # after "?" or "!" a new sentence may open with a cue that introduces the next
            # quote ('"...?" Mills then writes back, "You look cute."')
            continue
        if text[qe - 1] != "," and _opens_new_sentence(text, j, m):
            continue  # '"Amen, brother!" The crowd laughed.': a new sentence, not a tag
        between = text[j : att.cue[0]]
        if between.strip() == "" and m.start >= att.cue[1]:
            return att  # '"...," said Skelly'
        if (
            j <= m.start
            and m.end <= att.cue[0]
            and not text[j : m.start].strip()
            and not re.search(r"[.;:?!\"“”]", between)
        ):
            return att  # '"...," Lewandowski added'
    return None


#: Determiners that open a noun phrase: capitalised right after a quotation, they open a
#: sentence.
_DETERMINERS = frozenset(
    ("the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our")
)


def _opens_new_sentence(text: str, after_mark: int, m: Mention) -> bool:
    """True when the speaker mention right after a quotation that ends in "?" or "!" opens with
    a capitalised determiner and names no one ('"Amen, brother!" The crowd laughed.'): a tag
    after such a quotation goes on in lower case ('"Amen!" the crowd roared'); only a name
    keeps its capital ('"Why?" Smith asked', "The Times" a name too)."""
    if m.kind == "name" or text[after_mark : m.start].strip():
        return False
    first = text[m.start : m.end].split(" ", 1)[0]
    return first[:1].isupper() and first.lower() in _DETERMINERS


def tag_within(
    att: Attribution, quotes: list[tuple[int, int]], atts: list[Attribution], text: str
) -> tuple[int, Attribution] | None:
    """(new content end, tag) when ``att``'s content runs on through a quotation and the tag
    right after its closing mark: in 'Price cannot say that "from his own point of view," Ruiz
    added' the parser hangs "Ruiz added" inside the content of "say", but the sentence up to
    the closing mark is what Ruiz added (:func:`tag_of`). Only for a quotation that opens the
    content (after "that" at most): when words of the content come before it ('Mr. Hale said
    farmers "are done waiting," Ruiz added'), the parse's cut is not the quotation's, and the
    quotation is left to the rules for direct quotes. None when no quotation inside the
    content has a tag of its own inside it."""
    if att.content is None:
        return None
    cs, ce = att.content
    for qs, qe in quotes:
        if not cs <= qs < qe < ce or not _opens_content(text[cs:qs]):
            continue
        tag = tag_of((qs, qe), atts, text)
        if tag is not None and tag is not att and qe < tag.cue[0] < ce:
            return qe + 1, tag
    return None


#: What may stand in a content before a quotation that opens it: marks, "that", spaces.
_BEFORE_OPENING = re.compile(r"(?:that\b)?[\s\"“”‘’'«»]*", re.IGNORECASE)


def _opens_content(before: str) -> bool:
    """True when ``before`` (a content's words up to a quotation) is at most "that" and marks."""
    return _BEFORE_OPENING.fullmatch(before) is not None


#: Verbs of remembering that may tag a quotation someone else spoke ('"...," she recalled, the
#: captain told her').
_REMEMBERING = frozenset(("recall", "remember", "recount"))
#: The teller's verbs after such a tag.
_TELLING = frozenset(("tell", "say"))
#: Between the recollection's tag and the teller: a few words in the same sentence and a comma.
_TO_TELLER = re.compile(r"[^.;:?!\"“”]{0,40},\s*")


def _teller_recalled(tag: Attribution, atts: list[Attribution], text: str) -> Attribution | None:
    """The teller of a quotation whose tag is a recollection: in '"Stay below deck," Mary Lind
    recalled, the captain told her' Lind remembers the words, the captain said them, so the
    quote is the captain's. None when no verb of telling with its own speaker follows the tag
    right after a comma."""
    if tag.lemma not in _REMEMBERING:
        return None
    end = max(tag.cue[1], tag.mention.end if tag.mention else 0)
    for a in atts:
        m = a.mention
        if (
            a.lemma in _TELLING
            and m is not None
            and end <= m.start < a.cue[0]
            and a.strength >= 0.75
            and _TO_TELLER.fullmatch(text, end, m.start)
        ):
            return a
    return None


def _tags_after(att: Attribution, q: tuple[int, int]) -> bool:
    """True when ``att`` opens the sentence right after the quote with no content of its own:
    '"Who do they think they are?" Trump said of Apple' (the parser ends a sentence at the
    question mark, but the cue after it is the quote's tag)."""
    starts_after = 0 <= att.sentence[0] - q[1] <= 3
    return att.content is None and starts_after and att.cue[0] - q[1] < NEAR_CHARS


def person_before(
    article: Article,
    people: list[tuple[int, int, Entity]],
    start: int,
    end: int,
    quoted: list[tuple[int, int]],
    doc: Doc | None = None,
) -> Mention | None:
    """The last person named (outside quotes) in a paragraph before a quote with no cue:
    'Sen. Bernie Sanders identified young voters' exhaustion ... "The younger people are ..."'.
    With the paragraph parsed (``doc``; ``start`` is its offset), the last one who is a
    subject: 'Sanders, who lost the primaries to Clinton, identified ...' is Sanders', 'Before
    Trump's appearance, the cleric Anwar al-Awlaki is shown lecturing: "..."' al-Awlaki's.
    With no subject known and one sentence up to a colon before the quote, the first one named.
    A pronoun opening the quote's sentence, whose "that" clause runs into the quote, comes first
    ('He anticipated that ... would be "..."', :func:`_pronoun_reporting`).
    """
    named = [
        (s, e, ent)
        for s, e, ent in people
        if start <= s and e <= end and not any(a <= s < b for a, b in quoted)
    ]
    pronoun = _pronoun_reporting(article.text, start, end)
    if pronoun is not None:
        # 'He anticipated that the biggest task for a President Trump would be "..."': the
        # pronoun opening the quote's sentence thinks or says the clause, not a name in it
        return pronoun
    if not named:
        return None
    # a person who is a subject before one merely named ('Sanders, who lost the primaries to
    # Clinton, identified ...: "..."' is Sanders')
    subjects = [
        (s, e) for s, e, _ in named if doc is not None and _is_subject(doc, s - start, e - start)
    ]
    if not subjects and _one_clause_to_colon(article.text[start:end]):
        # 'Sarah Silverman heckles Sanders supporters: "..."' (a headline, often not parsed):
        # the one the line opens with, not the one it goes on to name (nor one in a
        # possessive: 'Sanders' surge doesn't surprise pollster Daron Shaw: "..."')
        subjects = [(s, e) for s, e, _ in named if not _possessive(article.text, e)][:1]
    if not subjects:
        # no parse to say who is a subject: a person named inside the clause that runs into
        # the quote ('He anticipated that the biggest task for a President Trump would be
        # "..."') is part of what is reported, not who reports it
        clause = _reported_clause(article.text, start, end)
        named = [(s, e, ent) for s, e, ent in named if s < clause]
        if not named:
            return None
    s, e = (subjects or [(s, e) for s, e, _ in named])[-1]
    # the words as written ("Cook"): the speaker book joins them to the right full name
    words = article.text[s:e]
    return Mention(s, e, "name", name=words, name_start=s, type="person", head=words.lower())


#: "including" and a name, then a colon or dash right before a quote: 'Several senators
#: objected, including Tom Reed: "..."', 'A chorus of Republicans has said the same, including
#: the former candidate Mitt Romney -- "..."'. Group 1 is the name (after lower-case words
#: that describe the person).
_INCLUDING_NAME = re.compile(
    r"\bincluding\s+(?:(?:the|a|an|former|[a-z]+-?[a-z]*)\s+){0,5}?"
    r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)\s*(?:,\s*)?(?::|--|[—–])\s*[\"“‘']?\s*$"
)


def included_speaker(text: str, start: int, open_mark: int) -> Mention | None:
    """The person named after "including" right before the quote's colon or dash, when a
    group's cue comes before ('Several senators criticised the plan, including Tom Reed: "It is
    a disgrace."'): the quote is that one person's, not the group's. ``text`` is the
    paragraph's, ``start`` its offset, ``open_mark`` the quote's opening mark in it."""
    if "including" not in text[:open_mark]:
        return None  # the word the pattern opens with: no search through the paragraph
    m = _INCLUDING_NAME.search(text[:open_mark])
    if m is None:
        return None
    s, e = start + m.start(1), start + m.end(1)
    words = m.group(1)
    return Mention(s, e, "name", name=words, name_start=s, type="person", head=words.lower())


#: A sentence opening with a pronoun subject and running, through a clause of what is thought or
#: said ("that", "whether"), into a quote with no colon, dash or sentence end between: 'He
#: anticipated that the hardest task for a new mayor would be "..."'. Group 1 is the pronoun.
_PRONOUN_REPORTING = re.compile(
    r"(?:^|(?<=[.!?])[\"”’']*\s+)(?:(?:But|And|Still|Yet),?\s+)?(He|She|They)\s+"
    r"(?:[a-z]+ly\s+)?(?:also\s+)?[a-z]+(?:ed|s)\s+(?:that|whether)\b[^.!?:;—–\"“”]*[\"“]?$"
)


def _pronoun_reporting(text: str, start: int, end: int) -> Mention | None:
    """The pronoun that opens the quote's sentence as the subject of a verb whose reported
    clause runs into the quote ('He anticipated that ... would be "..."'; 'She feared that the
    plan was "..."'): with no cue, the one who thinks or says the clause is the speaker, whom the
    speakers' rules resolve like "he said". ``start`` is the paragraph's offset, ``end`` the
    quote's opening mark."""
    m = _PRONOUN_REPORTING.search(text[start:end])
    if m is None:
        return None
    word = m.group(1).lower()
    s, e = start + m.start(1), start + m.end(1)
    return Mention(
        s,
        e,
        "pronoun",
        gender=PRONOUN_GENDER.get(word),
        plural=word == "they",
        head=word,
    )


#: A word opening a clause that reports what someone thinks or says ("that", "whether", "who"
#: after a verb), up to a quote it runs into with no colon, dash or sentence end between.
_REPORTED_CLAUSE = re.compile(r"\b(?:that|whether|who)\b[^.!?:;—–]*$")


def _reported_clause(text: str, start: int, end: int) -> int:
    """Where the reported clause that runs into the quote at ``end`` opens (its "that",
    "whether" or "who"), or ``end`` when the quote follows no such clause; ``start`` is the
    paragraph's offset."""
    m = _REPORTED_CLAUSE.search(text, start, end)
    return m.start() if m else end


#: The words before a name that opens a sentence of narration: a paragraph start, or a word
#: ending a sentence (and a closing mark), perhaps then a conjunction ('... ” But Kelly was
#: relentless.').
_OPENS_SENTENCE = re.compile(r"(?:(\S+)[.!?][\"”’']*\s+|\n\s*)(?:(?:But|And|Then|So|Still)\s+)?$")


def _opens_sentence(before: str) -> bool:
    """True when a name after ``before`` opens a sentence: not after an abbreviation ("Mr.",
    "Gov.", "U.S."), which ends no sentence."""
    m = _OPENS_SENTENCE.search(before)
    if m is None:
        return False
    word = (m.group(1) or "").strip("\"“”‘’'(")
    return not (word[:1].isupper() and len(word) <= 3) and word.lower() not in TITLE_WORDS


def new_actor(
    article: Article,
    people: list[tuple[int, int, Entity]],
    after: int,
    before: int,
    speaker: Mention | None,
    quoted: list[tuple[int, int]],
    parsed: list[tuple[int, Doc]] | None = None,
) -> Mention | None:
    """The person who opens a sentence of narration between an earlier quote's cue (or end) and a
    quote with no cue of its own, when that person is not the earlier quote's speaker:
    '"Only Rosie O'Donnell." But Kelly was relentless. / "Does that sound ...?"', '"It goes in
    here," Tom Ebeling said. Betsy Ebeling shook her head. "Tom's much better about it."'. The
    writer has turned to someone else, so the quote is no longer the earlier speaker's (who
    speaks it is then the person named, as :func:`person_before` reads it).

    With the paragraphs of that stretch parsed (``parsed``: each Doc with its offset), the
    subject of a main clause joined to the cue's sentence counts too, and may be a person
    described rather than named (:func:`clause_actor`): '"It goes in here," Tom Ebeling said,
    and her husband cut in. / "Don't forget the lid."' is the husband's. The last of them in
    the text is the one who takes the turn."""
    text = article.text
    opener: tuple[int, Mention | None] | None = None
    for s, e, ent in reversed(people):
        if not (after <= s and e <= before) or any(a <= s < b for a, b in quoted):
            continue
        if not _opens_sentence(text[max(0, s - 30) : s]):
            continue
        if speaker is not None and any(
            m.start < speaker.end and speaker.start < m.end for m in ent.mentions
        ):
            opener = (s, None)  # the earlier speaker, named again
            break
        words = text[s:e]
        opener = (
            s,
            Mention(s, e, "name", name=words, name_start=s, type="person", head=words.lower()),
        )
        break
    clause = clause_actor(parsed or [], people, after, before, speaker, quoted)
    if clause is not None and (opener is None or clause[0] > opener[0]):
        return clause[1]
    return opener[1] if opener is not None else None


#: Dependency labels of a verb heading a main clause of narration: the sentence's root, or a
#: clause joined to another by "and" or a semicolon (not an "as" or "when" clause: '"...,"
#: Trump said as Clinton looked on' keeps the turn with Trump).
_MAIN_CLAUSE = ("ROOT", "conj")


def clause_actor(
    parsed: list[tuple[int, Doc]],
    people: list[tuple[int, int, Entity]],
    after: int,
    before: int,
    speaker: Mention | None,
    quoted: list[tuple[int, int]],
) -> tuple[int, Mention | None] | None:
    """The last person who is the subject of a main clause between ``after`` and ``before``
    (article offsets) in the parsed paragraphs, with its offset: a named person, or a person
    described by a noun with a determiner ("her husband", "the coach"), as in '"It goes in
    here," Tom Ebeling said, and her husband cut in.' or '...; then the coach stood up.'.
    The mention is None when that subject is the earlier ``speaker`` (by span, or a name of
    the same person). Pronouns are not read: "and she smiled" rarely turns to someone new,
    and which "he" is meant is the resolver's question."""
    found: tuple[int, Mention | None] | None = None
    for base, doc in parsed:
        for tok in doc:
            s = base + tok.idx
            if not (after <= s < before) or any(a <= s < b for a, b in quoted):
                continue
            if tok.dep_ != "nsubj" or tok.head.dep_ not in _MAIN_CLAUSE:
                continue
            actor = _actor_at(tok, base, people, speaker)
            if actor is not False and (found is None or s > found[0]):
                found = (s, actor)  # type: ignore[assignment]
    return found


def _actor_at(
    tok: Token, base: int, people: list[tuple[int, int, Entity]], speaker: Mention | None
) -> Mention | bool | None:
    """The person a subject token names or describes; None when it is the ``speaker``; False
    when it is no person (a pronoun, a thing, a group with no person noun)."""
    s = base + tok.idx
    if speaker is not None and speaker.start <= s < speaker.end:
        return None
    for ps, pe, ent in people:
        if ps <= s < pe:
            if speaker is not None and any(
                m.start < speaker.end and speaker.start < m.end for m in ent.mentions
            ):
                return None
            return read_mention(tok, base)
    if tok.pos_ != "NOUN" or tok.lower_ not in PERSON_NOUNS:
        return False
    if not any(c.dep_ in ("det", "poss") for c in tok.children):
        return False  # "Officials said": a bare plural, no one in particular
    return read_mention(tok, base)


def narrated_person(
    article: Article,
    people: list[tuple[int, int, Entity]],
    start: int,
    end: int,
    parsed: list[tuple[int, Doc]] | None = None,
) -> Mention | None:
    """The one person who opens a sentence of a paragraph of narration (``start``-``end``, a
    paragraph with no quote marks), for a quotation standing alone in the next paragraph:
    'Councillor Maria Reyes was unmoved by the protests.' / '"There is nothing to compromise
    on."'. None when no one or more than one person opens its sentences.

    When no name opens a sentence and the paragraph was parsed (``parsed``), the one person
    who is the subject of its main clauses counts instead (:func:`_main_subject`): a name
    after an opening phrase ('Amid the uproar, Hill called for "calm".') or a person
    described ('The governor called for "calm at this time".')."""
    text = article.text
    openers = [
        (s, e, ent)
        for s, e, ent in people
        if start <= s and e <= end and _opens_sentence(_before_titles(text[max(0, s - 60) : s]))
    ]
    if not openers and parsed:
        return _main_subject(parsed, people, start, end)
    if len({id(ent) for _, _, ent in openers}) != 1:
        return None
    s, e, _ = openers[0]
    return Mention(
        s, e, "name", name=text[s:e], name_start=s, type="person", head=text[s:e].lower()
    )


def _main_subject(
    parsed: list[tuple[int, Doc]], people: list[tuple[int, int, Entity]], start: int, end: int
) -> Mention | None:
    """The one person who is the subject of the main clauses (:data:`_MAIN_CLAUSE`) between
    ``start`` and ``end``: named, or described by a person noun with a determiner (as
    :func:`_actor_at` reads it). None when there is no such subject, or more than one."""
    found: dict[str, Mention] = {}
    for base, doc in parsed:
        for tok in doc:
            if not (start <= base + tok.idx < end) or tok.dep_ != "nsubj":
                continue
            if tok.head.dep_ not in _MAIN_CLAUSE:
                continue
            actor = _actor_at(tok, base, people, None)
            if isinstance(actor, Mention):
                found.setdefault((actor.name or actor.head or "").lower(), actor)
    return next(iter(found.values())) if len(found) == 1 else None


def _before_titles(before: str) -> str:
    """``before`` without the capitalised title words that end it ("... unmoved.\n\nCouncillor "
    -> "... unmoved.\n\n"): a name after a title opens the sentence the title opens."""
    while (m := _LAST_WORD.search(before)) and m.group(1)[:1].isupper():
        if m.group(1).lower() not in TITLE_WORDS:
            break
        before = before[: m.start(1)]
    return before


_LAST_WORD = re.compile(r"(\S+)[ \t]+$")


def _one_clause_to_colon(before: str) -> bool:
    """True when the text before a quote is one sentence ending in a colon (no full stop,
    question or exclamation mark inside it)."""
    before = before.rstrip(" \"“”‘’'")
    return before.endswith(":") and not re.search(r"[.!?]\s", before)


def _possessive(text: str, end: int) -> bool:
    """True for a name followed by a possessive mark ("Sanders' surge", "Trump's")."""
    return text[end : end + 2] in ("'s", "’s") or text[end : end + 1] in ("'", "’")


def _is_subject(doc: Doc, s: int, e: int) -> bool:
    """True when the words at characters [s, e) of ``doc`` head a verb's subject."""
    span = doc.char_span(s, e, alignment_mode="expand")
    return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")


def is_title(quoted: str) -> bool:
    """True when a quoted stretch reads as a title: two or more words, every word capitalised
    but the small ones ("Orange Is the New Black", "A Time for Truth,", "Jane The Virgin").
    Not a chant or a transcript in capitals ("U-S-A! U-S-A!"), not a sentence with a verb in
    lower case. Read word by word, stopping at the first small word no title has: the find
    rules ask it of whole paragraphs too, which are prose by their first few words."""
    count, caps, capitals_only = 0, 0, True
    for raw in quoted.split():
        word = raw.strip("\"“”‘’'.,:;!?()[]—–-")
        if not any(c.isalpha() for c in word):
            continue
        count += 1
        capitals_only = capitals_only and word.isupper()
        if word[0].isupper():
            caps += 1
        elif word.lower() not in _TITLE_MINOR:
            return False
    return count >= 2 and not capitals_only and caps >= 2


def in_capitals(quoted: str) -> bool:
    """True when a quoted stretch is two or more words set wholly in capitals ("KEEP THE PORT
    OPEN", "DIVISIVE, STUPID AND WRONG"): the type of a headline, a sign, a banner or a cap,
    not of a person's words, which news writing sets in ordinary case whoever shouted them."""
    words = [w for w in quoted.split() if any(c.isalpha() for c in w)]
    return len(words) >= 2 and all(c.isupper() for w in words for c in w if c.isalpha())


#: Words that join titles in a list ('"Veep" and "The Wire"').
_TITLE_JOINERS = frozenset(("and", "or", "&"))


def only_titles(said: str) -> bool:
    """True when a reported content is nothing but quoted titles ('"Harbour Lights" and "Deep
    Water"' after 'named ... as her favourite shows', '"Sunday Night Football"' after 'citing
    ... as his guilty pleasure'): the works someone picked or cited, no words of theirs. A
    content with words of its own around a quoted phrase ('the plan "Dead On Arrival"') is
    kept: the phrase is then what the speaker called it."""
    quoted = find_quoted(said)
    if not quoted or not all(q.closed and is_title(said[q.start : q.end]) for q in quoted):
        return False
    rest, last = [], 0
    for q in quoted:
        rest.append(said[last : q.open_mark])
        last = q.close_mark + 1
    rest.append(said[last:])
    words = [w.strip(",;.:!?\"“”‘’'") for w in " ".join(rest).split()]
    return all(not w or w.lower() in _TITLE_JOINERS for w in words)


#: A title's author after its closing mark: '"The Long Road Home," by Peter Marsh'.
_BY_AUTHOR = re.compile(r"^\s*,?\s*by\s+[A-Z]")


def names_a_work(text: str, q: Quoted) -> bool:
    """True when the quoted stretch ``q`` of ``text`` stands where a work's title does: right
    after a noun naming a work ('In his 2002 book, "Make Your Kid a Millionaire,"', 'the PBS
    drama "Mercy Street"') or right before its author ('"The Trumps: Three Generations That
    Built an Empire," by Gwenda Blair'). With :func:`is_title` this drops the title even where
    a cue stands near it ('According to "The Long Road Home," by Peter Marsh, the town ...')."""
    before = text[: q.open_mark].rstrip().rstrip(",:").rstrip()
    last = before.split()[-1].lower().strip("'’\"“”()") if before.split() else ""
    if last in WORK_NOUNS:
        return True
    after = text[q.close_mark + 1 :] if q.closed else ""
    return bool(_BY_AUTHOR.match(after))


#: A piece's byline after the comma that ends its quoted title: '"The port to close in
#: December," by Ann Ruiz', '..., by the Courier's Tom Reed:'. Not a reckoning ('by Ruiz's
#: own account', 'by the union's count'), whose "by" names no author.
_BYLINE = re.compile(r"^\s*,?\s*by\s+(?:the\s+)?[A-Z][^,.:;\"“”]*")
_RECKONING = re.compile(r"\b(?:account|accounts|count|estimate|estimates|reckoning|admission)\s*$")


def bylined(text: str, q: Quoted) -> bool:
    """True when the quoted stretch ``q`` of ``text`` is a piece's title followed by its byline:
    a comma closes it and "by" and a capitalised name come next ('"Museum to close at the end
    of the year," by the Herald's Tom Reed: "..."', as newsletters list the day's reading). A
    title in sentence case is still a title there: :func:`names_a_work` reads only title case
    for the byline, this reads the comma and the author."""
    if not q.closed or "," not in text[q.end - 1 : q.close_mark + 2]:
        return False
    m = _BYLINE.match(text[q.close_mark + 1 :])
    return m is not None and not _RECKONING.search(m.group())


def is_partial(text: str, q: Quoted, doc: Doc | None = None) -> bool:
    """True for a quote embedded in a sentence (after a word, not a cue, colon or comma), like
    'called it a "crazy system"' as opposed to 'said: "We ...' or a sentence-initial quote.
    With the paragraph's parse, a cue word the tagger read as a noun is no cue: 'the crowd
    reprised the caustic chant "Lock her up!"' embeds the chant in narration."""
    before = text[: q.open_mark].rstrip()
    if not before or before[-1] in ":,;.?!—–-([" or before.endswith(("...", "…")):
        return False
    if _ends_quoted_sentence(before):
        return False  # 'said on NBC's "Meet the Press." "I'm not going to negotiate."'
    last = before.split()[-1].lower().strip("'’\"“”")
    if cue_lemma(last) is None:
        return True
    if doc is not None and doc.has_annotation("TAG"):
        word = doc.char_span(len(before) - len(last), len(before), alignment_mode="expand")
        return word is not None and len(word) == 1 and word[0].pos_ == "NOUN"
    return False


#: Closing marks, double and single, straight and curly.
_CLOSE_MARKS = "\"”’'»"


def _ends_quoted_sentence(before: str) -> bool:
    """True when the text before a quotation ends with a quoted stretch that closes a sentence
    ('Brooks said on NBC's "Meet the Press."', '... asked "Why now?"'): the writer's full stop
    sits inside the marks, so the next quotation opens a sentence of its own, not a phrase of
    narration."""
    stripped = before.rstrip(_CLOSE_MARKS)
    return len(stripped) < len(before) and stripped[-1:] in (".", "?", "!")


#: Prepositions that carry on a clause a quotation leaves unfinished: after 'said, "I have not
#: heard that concern"', "from the police" is still what was said (the writer closed the marks
#: where the speaker's exact words end, not where the statement does). Not "at", "in", "on",
#: "after", "before", "while": those open the writer's frame of time and place as often.
CARRY_ON = frozenset(
    ["about", "against", "between", "for", "from", "of", "to", "toward", "towards", "with"]
)

#: The words after a closing mark up to the clause's end (a stop, comma, colon, semicolon, a
#: dash, a bracket or another quote mark).
_CARRIED = re.compile(r"[ \t]+([A-Za-z]+)\b[^,.;:?!\"“”‘’«»()\[\]\n—–]*")

#: 'chanted "no contract" for an hour': a duration is the writer's, not the speaker's.
_DURATION = re.compile(
    r"\s*for\s+(?:an?|\d+|several|a\s+few|\w+)\s+"
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?)\b",
    re.IGNORECASE,
)


def carried_on(text: str, q: Quoted, doc: Doc | None = None) -> int | None:
    """Where the words end that carry on a quotation cut off mid-clause: 'Mayor Allen said, "I
    have not heard that concern" from the police.' -> the offset of the full stop, so that the
    content is what she said ('"I have not heard that concern" from the police', mixed); '"We
    are very happy" about the ruling, said Reyes' -> the comma before the tag.

    None when the quotation closes on its own punctuation ('"...," she said'), when no
    preposition of :data:`CARRY_ON` follows the closing mark, when the phrase runs into another
    quotation or a bracket, or when it names a time or a duration ('for an hour', 'to Monday').
    With the paragraph's parse (``doc``, offsets as in ``text``), not "to" before a verb: '"You
    squeezed employees" to drive up the stock price' gives the writer's reading of a purpose."""
    if not q.closed or text[q.end - 1 : q.end] in ".,;:?!…-—–":
        return None
    j = q.close_mark + 1
    while text[j : j + 1] and text[j] in _CLOSERS:
        j += 1  # the second mark of a closing ''
    m = _CARRIED.match(text, j)
    if m is None or m.group(1).lower() not in CARRY_ON:
        return None
    end = len(text[: m.end()].rstrip())
    if text[end : end + 1] not in (".", ",", ";", ":", "?", "!", ""):
        return None
    if text[end : end + 1] == "." and _ABBREVIATION.search(text[:end]):
        return None  # 'about Mr. Trump': the stop of "Mr." ends no clause
    if m.group(1).lower() == "to" and _verb_at(doc, m.end(1)):
        return None
    phrase = text[j:end]
    if _DURATION.match(phrase) or find_time_words(phrase):
        return None
    return end


#: A capitalised word of at most three letters before a full stop is an abbreviation ("Mr.",
#: "Sen.", "St."), not a clause's end.
_ABBREVIATION = re.compile(r"\b[A-Z][a-z]{0,2}$")


def _verb_at(doc: Doc | None, after: int) -> bool:
    """True when the first word after character ``after`` of the parsed paragraph is a verb."""
    if doc is None or not doc.has_annotation("TAG"):
        return False
    nxt = [t for t in doc if t.idx > after]
    return bool(nxt) and nxt[0].pos_ in ("VERB", "AUX")
