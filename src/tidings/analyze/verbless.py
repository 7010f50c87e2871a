"""Verbless attributions: a speaker tied to a quote by a colon or a dash, with no cue verb.

requires: paragraph text and offsets (no parse), its quoted stretches, and the names NER found in
the article. assigns: nothing; returns a speaker :class:`~tidings.analyze.mentions.Mention` for
'Smith: "..."', '"..." — Smith', 'Pollsters agree - Carl Bialik: "..."' and a paragraph that is
only 'Stated Stone:' (:func:`markless_speaker`, :func:`name_line`), or a whole paragraph as one
quote for a transcript line 'PENCE: Well, ...' or a headline 'Kerry: Refugee cap will rise'
(:func:`transcript_line`).

Separate because these read the punctuation of the line, not the dependency parse, and so also
work on paragraphs that were never parsed; the labels that look like speakers ('Update:',
'Watch:') are listed once here.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from tidings.analyze.cues import cue_lemma
from tidings.analyze.mentions import Mention
from tidings.analyze.names import gender_of
from tidings.analyze.quotemarks import Quoted, find_quoted
from tidings.analyze.resolve import Found
from tidings.model import Article, Entity, Paragraph

_COLON = re.compile(r"^\s*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4})\s*:\s*$")

_DASH = re.compile(
    r"^\s*[,.]?\s*[—–―-]{1,2}\s*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4})\s*(?:[.]?\s*$|,)"
)

#: A name introducing a quote with a colon after a dash or "from", inside a longer line:
#: 'Pollsters agree - Carl Bialik: "..."', '-More from Blumenthal and Cohen: "..."'.
NAMED_INTRO = re.compile(
    r"(?:[—–-]|\bfrom)\s*(?:More from\s+)?([A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|and|&))*)\s*:\s*$"
)

#: Whose words a noun of saying before a colon names: "The hospital's response: "..."",
#: "Smith's reply:", "His answer:" (the possessor speaks; group 1, or group 2 for a pronoun).
SAID_BY_COLON = re.compile(
    r"(?:^|[.!?]\s+)(?:((?:[Tt]he\s+)?(?:[A-Z][\w.-]*\s+){0,3}[\w.-]+)['’]s?|(His|Her|Their|Its))"
    r"\s+(?:response|reply|answer|retort|verdict|rebuttal|explanation|message|statement|"
    r"comment|take|advice|warning|prediction|promise|defen[cs]e)\s*:\s*$"
)

#: Nouns of saying whose possessor speaks the quotation they introduce (:data:`SAID_BY_INTRO`).
_INTRO_NOUNS = (
    r"response|reply|answer|retort|verdict|rebuttal|explanation|message|statement|comment|"
    r"advice|warning|prediction|promise|pledge|vow|demand|plea|dictum|motto|mantra|slogan|"
    r"refrain|catch ?phrase|catchphrase|line|words|question|quip|boast|complaint|instruction|"
    r"rule|defen[cs]e"
)

#: A possessed noun of saying that introduces a quotation from inside a sentence, with its
#: adjectives and a phrase after it, before a colon or a "was": 'voiced in his famous demand
#: in Berlin in 1987: "..."', "Mills's rule for her players (repeated at every practice) was,
#: "..."", 'Her message to the company was short: "..."' (a short predicate after "was"
#: before a colon). Group 1 is a name's possessor, group 2 a pronoun's; group 3 the words
#: between the possessor and the noun (checked by :func:`said_by_possessor`: adjectives, no
#: verb).
SAID_BY_INTRO = re.compile(
    r"(?:\b((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)['’]s?|\b([Hh]is|[Hh]er|[Tt]heir))\s+"
    r"((?:[a-z][\w-]*\s+){0,2})"
    rf"(?:{_INTRO_NOUNS})"
    r"(?:\s+(?:to|in|on|at|during|for|from|of|against)\b[^.!?:;\"“”]{0,80}?)?"
    r"(?:\s*:|,?\s+(?:was|is|has\s+been|remains)"
    r"(?:\s*[,:]|(?:\s+(?:\w+ly|as\s+ever))?\s+[a-z]+\s*:)?)\s*$"
)


#: How a text that :data:`SAID_BY_COLON` or :data:`SAID_BY_INTRO` matches ends, spaces left
#: out: a colon, or (the second only) a comma or the verb "was", "is", "has been", "remains".
_POSSESSOR_ENDS = (":", ",", "was", "is", "been", "remains")


def said_by_possessor(before: str) -> re.Match[str] | None:
    """The possessor of a noun of saying that introduces the quotation after ``before`` (the
    paragraph's text up to the opening mark): a sentence opening "The hospital's response:"
    or "His answer:" (:data:`SAID_BY_COLON`), or the noun inside a sentence with its own words
    (:data:`SAID_BY_INTRO`: "his famous demand in Berlin in 1987:", "Mills's rule for her
    players was,"). Not when a word between the possessor and the noun is a verb or a cue
    ("Her aide said the only answer was:" is the aide's answer, told by "said"). Group 1 holds
    a name, group 2 a pronoun."""
    if not before.rstrip().endswith(_POSSESSOR_ENDS):
        return None  # the end both patterns need: no search through the paragraph for them
    m = SAID_BY_COLON.search(before)
    if m is not None:
        return m
    m = SAID_BY_INTRO.search(before)
    if m is None:
        return None
    if any(cue_lemma(w) or w.endswith("ed") or w == "the" for w in m.group(3).split()):
        return None
    return m


#: A transcript line: "WALLACE: Let's start ..." (the name in capitals, then a colon).
_TRANSCRIPT = re.compile(r"^[\"“]?([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})\s*:\s+(?=\S)")

#: A headline-style colon attribution: "Kerry: Refugee cap will rise", "Trump: ‘I'm the ...’";
#: or a transcript turn in title case, perhaps inside the quotation's opening mark
#: ('"Chris Matthews: Seriously, ...').
_HEADLINE = re.compile(r"^[\"“]?([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})\s*:\s+(?=\S)")

#: Who speaks in a transcript without being named: "Moderator: Let's begin with housing."
_TURN_ROLES = {
    "moderator",
    "host",
    "interviewer",
    "reporter",
    "anchor",
    "presenter",
    "caller",
    "audience member",
}

#: Words before a colon that are labels, not speakers: the page's furniture and the newsroom's
#: notes ('CLARIFICATION: An earlier version of this article ...'). Compared in lower case with
#: straight apostrophes (:func:`_label`).
_LABELS = {
    "update",
    "updated",
    "related",
    "photo",
    "photos",
    "note",
    "editor's note",
    "read more",
    "watch",
    "video",
    "source",
    "sources",
    "correction",
    "corrections",
    "clarification",
    "clarifications",
    "editors' note",
    "programming note",
    "disclaimer",
    "disclosure",
    "live",
    "breaking",
    "exclusive",
    "opinion",
    "analysis",
    "q",
    "a",
    "question",
    "answer",
    "warning",
    "listen",
    "see also",
    "more",
    "getty",
    "credit",
    "image",
    "caption",
    "follow",
    "contact",
    "email",
}


def _label(words: str) -> bool:
    """True when the words before a colon are a label ('Update', 'Editor’s note') or a byline
    run into the lead ('By Aaron Humes: The Americas cannot ignore ...': the writer, not a
    speaker of the sentence after it)."""
    low = words.lower().replace("’", "'")
    return low in _LABELS or low.startswith("by ")


#: Headline colon attributions are looked for only in paragraphs this short.
HEADLINE_CHARS = 300


def _dateline(article: Article, para: Paragraph) -> bool:
    """'NEW DELHI: Their American dream shattered ...': capitals and a colon opening the
    article's first body paragraph are where the story was filed (the Indian and Pakistani
    press write datelines so), not a transcript turn. A transcript that starts the article
    goes on with another turn in the next paragraph; a dateline does not. And a dateline
    opens the story's lead, a sentence in running text: a headline after the colon ('AP: Trump
    chair routed Ukrainian money to D.C. lobbyists.', 'FIX IS IN: PBS Moderators Ignore ...')
    is a kicker that names its source, and stays an attribution."""
    body = [p for p in article.paragraphs if p.role == "body"]
    if not body or body[0].start != para.start:
        return False
    if len(body) > 1 and _TRANSCRIPT.match(body[1].text) is not None:
        return False
    words = para.text.split(":", 1)[1].split()
    capitalised = sum(w[:1].isupper() for w in words)
    return len(words) >= _LEAD_WORDS and capitalised < len(words) / 2


#: A dateline's lead is a sentence at least this long (a kicker's headline is shorter).
_LEAD_WORDS = 12


def _past_cue(name: str) -> tuple[int, str]:
    """(characters skipped, the name) for the words before a colon: a cue word opening them
    is not part of the name ('Stated Stone:', 'Said Ellis: "..."', 'SAID SMITH:'), so the
    name starts after it. The one place for this rule, shared by every colon reading here."""
    first = name.split()[0] if name.split() else ""
    if " " in name and cue_lemma(first) and first[0].isupper():
        return len(first) + 1, name[len(first) + 1 :]
    return 0, name


def markless_speaker(text: str, q: Quoted, para_start: int, doc: Doc | None) -> Mention | None:
    """Colon or dash attribution with no verb: 'Smith: "..."' or '"..." — Smith'."""
    before = text[: q.open_mark]
    after = text[q.close_mark + 1 :] if q.closed else ""
    m = _COLON.match(before) or NAMED_INTRO.search(before)
    if m is None and after:
        m = _DASH.match(after)
        base = q.close_mark + 1
    else:
        base = 0
    if m is None:
        return _possessor(before, para_start)
    e = base + m.end(1)
    skip, name = _past_cue(m.group(1))
    s = base + m.start(1) + skip
    kind = "pronoun" if name.lower() in ("he", "she", "they") else "name"

    return Mention(
        para_start + s,
        para_start + e,
        kind,
        name=name,
        name_start=para_start + s,
        type="person",
        gender=gender_of(name),
        head=name.lower(),
    )


def _possessor(before: str, para_start: int) -> Mention | None:
    """The speaker of a quotation introduced by a noun of saying and a colon: "The hospital's
    response: "We are working hard ..."", "His reply: "..."": whose response it is."""
    m = said_by_possessor(before)
    if m is None:
        return None
    g = 1 if m.group(1) else 2
    name = m.group(g)
    if g == 2:
        pronoun = {"his": "he", "her": "she", "their": "they", "its": "it"}[name.lower()]
        s, e = para_start + m.start(g), para_start + m.end(g)
        return Mention(s, e, "pronoun", name=pronoun, name_start=s, head=pronoun)
    nominal = name.split()[0].lower() == "the" or not name[:1].isupper()
    return Mention(
        para_start + m.start(g),
        para_start + m.end(g),
        "nominal" if nominal else "name",
        name=None if nominal else name,
        name_start=None if nominal else para_start + m.start(g),
        type="unknown" if nominal else "person",
        gender=None if nominal else gender_of(name),
        head=name.split()[-1].lower(),
    )


def name_line(para: Paragraph, name_words: set[str]) -> Mention | None:
    """The speaker a paragraph announces when it is only a name and a colon, before a block
    quote: 'Stated Stone:', 'Said Ellis:', 'Senator Warren:'. The name must be one NER found
    in the article (its last word), or follow a cue word; labels ('Update:', 'Watch:') and
    other capitalised lines are not speakers."""
    m = _COLON.match(para.text)
    if m is None or _label(m.group(1)):
        return None
    skip, name = _past_cue(m.group(1))
    s = para.start + m.start(1) + skip
    if not skip and name.split()[-1].lower() not in name_words:
        return None

    return Mention(
        s,
        s + len(name),
        "name",
        name=name,
        name_start=s,
        type="person",
        gender=gender_of(name),
        head=name.lower(),
    )


#: A short line ending in a colon that names a record of someone's words, which the
#: paragraphs after it quote: "Transcript as follows:", "Read the full statement:", "His
#: remarks, as prepared for delivery:". The noun, with the words that qualify it, is the
#: quotation's speaker mention.
_DOCUMENT_LINE = re.compile(
    r"\b((?:(?:the|a|his|her|their|its|full|partial|complete|edited|prepared|written|"
    r"entire|official)\s+)*(?:transcripts?|excerpts?|text|remarks|statement|speech|letter|"
    r"address|testimony|message|memo|email|e-mail))\b",
    re.IGNORECASE,
)
#: Words a document line holds at most (a longer line ending in a colon is narration).
DOCUMENT_LINE_WORDS = 12


def document_line(para: Paragraph) -> Mention | None:
    """The words naming the record a colon line announces ("Transcript" of "Transcript as
    follows:"), as a nominal speaker mention, or None. The caller gives the quotation to whoever
    spoke just before (the record is theirs): naming the record is not naming a speaker, and a
    line that names a person is :func:`name_line`'s or the colon rule's."""
    text = para.text.rstrip()
    if not text.endswith(":") or len(text.split()) > DOCUMENT_LINE_WORDS:
        return None
    m = _DOCUMENT_LINE.search(text)
    if m is None:
        return None
    s, e = para.start + m.start(1), para.start + m.end(1)
    words = m.group(1)
    return Mention(s, e, "nominal", name=words, name_start=s, head=words.split()[-1].lower())


#: A second turn inside a colon attribution's paragraph, after the first turn's closing mark:
#: 'Clinton: "Our goal is to defeat ISIS." Bush: "The mission is to destroy ISIS."'
_NEXT_TURN = re.compile(r"(?<=[.?!][\"”])\s+([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\s*:\s+[\"“])")


def name_label(text: str) -> str | None:
    """The name a paragraph opens with before a colon, as a transcript turn does ('Santos: By
    being open.', 'Herald: How do you ...?', 'PENCE: Well, ...'), or None."""
    m = _TRANSCRIPT.match(text) or _HEADLINE.match(text)
    return None if m is None or _label(m.group(1)) else m.group(1)


def listed_item(article: Article, index: int) -> bool:
    """True for an item of the writer's list: 'They were held on the following charges:' then
    'Jane A. Doe: Theft, resisting arrest, held on $5,000 bond.' and one such line per person.
    A name and a colon there label an item (charges, scores, roles), not a turn: the run of
    such lines follows a paragraph that ends in a colon, and the line has neither quotation
    marks nor words of a speaker (a question, "I", "we", "you": a transcript after 'The
    exchange went like this:' keeps its turns)."""
    paras = article.paragraphs
    line = paras[index].text
    if name_label(line) is None or _SPOKEN.search(line) or find_quoted(line):
        return False
    j = index - 1
    while j >= 0 and name_label(paras[j].text) is not None:
        j -= 1
    return j >= 0 and paras[j].text.rstrip().endswith(":")


def _in_dialogue(article: Article, index: int, name: str) -> bool:
    """True when the paragraph before or after the turn at ``index`` is another name's turn:
    'Herald: How do you ...?' / 'Santos: By being open.' is an exchange in title case, each
    turn the speaker's own words, where a lone 'Kerry: Refugee cap will rise' is a headline's
    summary of them."""
    paras = article.paragraphs
    if index > 0 and QUESTION_LABEL.match(paras[index - 1].text):
        return True  # 'Q: When you took the job, ...?' / 'Briggs: I told them ...': an answer
    for j in (index - 1, index + 1):
        if 0 <= j < len(paras):
            other = name_label(paras[j].text)
            if (
                other is not None
                and other.lower() != name.lower()
                and any(_SPOKEN.search(paras[k].text) for k in (index, j))
            ):
                return True
    return False


#: A printed interview's labels: a question's ('Q: Was there a moment ...?', 'Question: ...')
#: and an answer's ('A: ...', 'Answer: ...'), the layout's, not what was said.
QUESTION_LABEL = re.compile(r"^(?:Q|Question)\s*[:.]\s+")
ANSWER_LABEL = re.compile(r"^(?:A|Answer)\s*[:.]\s+")


def label_length(text: str, label: re.Pattern[str]) -> int:
    """How many characters ``label`` takes at the start of ``text`` (0: none)."""
    m = label.match(text)
    return m.end() if m else 0


def qa_label_length(text: str) -> int:
    """How many characters a printed Q&A's "Q:" or "A:" label takes at the start of ``text``
    (0: none); what follows the label is the question or the answer."""
    return label_length(text, QUESTION_LABEL) or label_length(text, ANSWER_LABEL)


#: What marks an exchange as spoken: a question, or a first- or second-person word. A box of
#: notes under team or place labels ('Thunder: F Hamidou Diallo missed his third straight
#: game ...' / 'Lakers: Kyle Kuzma left the court ...') has neither.
_SPOKEN = re.compile(r"\?|\b(?:I|I'm|I’m|me|my|we|we're|we’re|us|our|you|your)\b", re.IGNORECASE)


def _head(para: Paragraph, cut: int) -> Paragraph:
    """The first ``cut`` characters of ``para`` as a paragraph of their own; ``para`` itself
    when that is all of it (most paragraphs have no second turn: a copy would be validated
    again for nothing, once a paragraph)."""
    if cut == len(para.text) and para.end == para.start + cut:
        return para
    return Paragraph(role=para.role, start=para.start, end=para.start + cut, text=para.text[:cut])


def transcript_turns(
    article: Article,
    para: Paragraph,
    index: int,
    named: list[tuple[int, int]],
    name_words: set[str] = frozenset(),  # type: ignore[assignment]
) -> list[Found]:
    """The turns of a transcript or colon-attribution paragraph (:func:`transcript_line`),
    one direct quote each: a paragraph may hold two people's quoted words side by side
    ('Clinton: "..." Bush: "..."'), each ending where the next name and colon begin. Empty
    when the paragraph is no such line."""
    turns: list[Found] = []
    while True:
        nxt = _NEXT_TURN.search(para.text)
        cut = nxt.start(1) if nxt is not None else len(para.text)
        head = _head(para, cut)
        turn = transcript_line(article, head, index, named, name_words)
        if turn is None:
            return turns
        turns.append(turn)
        if nxt is None:
            return turns
        rest = para.text[cut:]
        para = Paragraph(role=para.role, start=para.start + cut, end=para.end, text=rest)


def _box_label(
    article: Article,
    para: Paragraph,
    m: re.Match[str],
    named: list[tuple[int, int]],
    name_words: set[str],
) -> bool:
    """True when words in capitals before a colon label a box's line, not a transcript turn:
    'MEMBER PERKS: free parking at all venues ...', 'WELCOME BONUS: 60,000 miles ...' (an offer
    or product box's headings, set in capitals as a transcript's names are). A turn's label
    of two words or more names who speaks, its last word a name: NER finds a name that ends
    there, or the word names a person or organisation elsewhere in the article ('JAKE
    TAPPER:' after "Jake Tapper"), or labels another turn ('TAPPER:' later on, a transcript
    giving the name in full once); or it is a role ('AUDIENCE MEMBER:'). (Only the last word:
    NER takes a heading's first word in capitals for a name at times, 'CARD' of 'CARD PERKS'.)
    A one-word label is left a turn: a surname alone ('GRAHAM:'), which a transcript may never
    give in full, is its commonest form."""
    label = m.group(1)
    if len(label.split()) < 2 or label.lower() in _TURN_ROLES:
        return False
    end = para.start + m.end(1)
    if any(a < end <= b for a, b in named):
        return False
    last = _last_word(label)
    if last in name_words:
        return False
    return not any(
        other is not para
        and (turn := _TRANSCRIPT.match(other.text))
        and _last_word(turn[1]) == last
        for other in article.paragraphs
    )


def _last_word(label: str) -> str:
    """A label's last word in lower case, without the marks a name may end in."""
    return label.split()[-1].strip(".'’-").lower()


def transcript_line(
    article: Article,
    para: Paragraph,
    index: int,
    named: list[tuple[int, int]],
    name_words: set[str] = frozenset(),  # type: ignore[assignment]
) -> Found | None:
    """A transcript paragraph ("PENCE: Well, look, ...") as one direct quote of that speaker,
    or a headline-style one ("Kerry: Refugee cap will rise", "Matthews: Well, ...") when the
    words before the colon are a person or an organisation: NER names them there, or their
    last word is part of a name NER found elsewhere in the article ("Lynch" for "Attorney
    General Loretta Lynch", whom a headline calls by surname)."""
    m = _TRANSCRIPT.match(para.text)
    if m is None and len(para.text) <= HEADLINE_CHARS:
        m = _HEADLINE.match(para.text)
        if m is not None:
            s, e = para.start + m.start(1), para.start + m.end(1)
            last = m.group(1).split()[-1].lower()
            named_here = any(s <= a and b <= e for a, b in named) or last in name_words
            if not named_here and m.group(1).lower() not in _TURN_ROLES:
                return None
    if m is None or len(para.text) - m.end() < 10 or _label(m.group(1)):
        return None
    if m.re is _TRANSCRIPT and _box_label(article, para, m, named, name_words):
        return None
    if m.re is _HEADLINE and listed_item(article, index):
        return None
    if len(para.text[m.end() :].split()) < 3:
        return None
    if m.re is _TRANSCRIPT and _dateline(article, para):
        return None
    skip, name = _past_cue(m.group(1).strip(" ."))
    name_at = para.start + m.start(1) + skip
    start, end = para.start + m.end(), para.end
    while end > start and article.text[end - 1] in "\"”' ":
        end -= 1
    opened = para.text[:1] in '"“'  # the turn inside the quotation's marks: '"Matthews: ...'
    if (
        not opened
        and article.text[end - 1 : end] in (".", "?", "!")
        and article.text[end : end + 1] in '"”'
    ):
        end += 1  # 'Trump: “We will win.”': the content keeps its marks, as it opens with one
    mention = Mention(
        name_at,
        name_at + len(name),
        "name",
        name=name.title(),
        name_start=name_at,
        type="person",
        head=name.lower(),
    )
    # the share inside marks is read with the closing marks still on: 'Trump: 'We are going
    # to win so much.'' is a quotation, though its content stops before the closing mark;
    # the marks count as quoted, as for any reported content (quotes.MIXED_SHARE): 'Trump:
    # Cruz Has 'To Come a Long Way' On Ethanol, He's For Oil Because 'Oil Pays Him ...''
    rest = article.text[start : para.end]
    marked = sum(
        (q.close_mark + 1 if q.closed else q.end) - max(0, q.open_mark) for q in find_quoted(rest)
    )
    inside = marked / max(1, len(rest.rstrip()))
    spoken = inside >= 0.5 or m.re is _TRANSCRIPT or opened or _in_dialogue(article, index, name)
    kind = "direct" if spoken else "indirect"
    if article.text[start : start + 1] in ("'", "‘") and article.text[end : end + 1] in ("'", "’"):
        start += 1  # the content between the single marks, as between double ones
    return Found(kind, start, end, index, None, "explicit", 0.7, mention=mention)


#: The byline an embedded social-media post is printed with, on its own line under the post's
#: words: '— Marcia Tillman (@GovTillman) February 9, 2022'.
TWEET_BYLINE = re.compile(
    r"^\s*[—–-]+\s*(?P<name>[^()\n]{1,80}?)\s*\(@\w{1,30}\)\s+"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}\s*$"
)
#: A post's words are a quotation from this many words on (as quotes.MIN_QUOTE_WORDS).
_POST_WORDS = 3
#: Links at the end of a post's words: its picture or a shortened link, not what was said.
_POST_LINKS = re.compile(r"(?:\s*(?:pic\.twitter\.com/\S+|https?://t\.co/\S+))+\s*$")


#: A signature line under a blurb, a pull quote or a testimonial: a dash, a name of two to four
#: capitalised words and, after a comma, who they are: '– Dana Ellis, Critic, The Weekly'.
SIGNATURE = re.compile(
    r"^\s*[—–]\s*(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})(?:\s*,\s*[^\n]{1,80})?\s*$"
)
#: A signed paragraph has at least this many words (a caption or a label has fewer).
_SIGNED_WORDS = 6


def signature(article: Article, index: int, entities: list[Entity]) -> Mention | None:
    """The person a signature line names (paragraph ``index``, :data:`SIGNATURE`), when the
    article's entities make the name a person's: under a paragraph, '– Dana Ellis, Critic'
    signs it as her words, as a post's byline does (:func:`embedded_post`). Not an agency or a
    desk ('— Reuters', '— Staff and wire reports')."""
    m = SIGNATURE.match(article.paragraphs[index].text)
    if m is None:
        return None
    at = article.paragraphs[index].start + m.start("name")
    person = any(
        e.label == "PERSON" and any(x.start <= at < x.end for x in e.mentions) for e in entities
    )
    if not person:
        return None
    name = m.group("name")
    return Mention(
        at,
        at + len(name),
        "name",
        name=name,
        name_start=at,
        type="person",
        head=name.split()[-1].lower(),
    )


def signed_paragraph(article: Article, index: int, entities: list[Entity]) -> Found | None:
    """The words of a paragraph signed by the next one ('A restless, glowing record.' over '–
    Dana Ellis, Critic'): one direct quote of the signer, inside its marks when the paragraph
    is one quotation. None when the next paragraph is no signature of a person, or the
    paragraph is too short to be a statement."""
    paras = article.paragraphs
    if index + 1 >= len(paras):
        return None
    mention = signature(article, index + 1, entities)
    if mention is None:
        return None
    para = paras[index]
    text = para.text.rstrip()
    if len(text.split()) < _SIGNED_WORDS or SIGNATURE.match(text):
        return None
    start, end = para.start, para.start + len(text)
    if text[:1] in '“"' and text[-1:] in '”"' and not any(c in '“”"' for c in text[1:-1]):
        start, end = start + 1, end - 1  # one quotation: its words inside the marks
    return Found("direct", start, end, index, None, "explicit", 0.7, mention=mention)


def embedded_post(article: Article, index: int, entities: list[Entity]) -> Found | None:
    """The words of a social-media post embedded in the article (paragraph ``index``, with
    the post's byline as the next paragraph, :data:`TWEET_BYLINE`) as one direct quote of the
    byline's name; its trailing links are left out. None when the next paragraph is no byline
    or fewer than three words are left ('pic.twitter.com/Xy7Qd3kLmn' alone: a video)."""
    paras = article.paragraphs
    if index + 1 >= len(paras):
        return None
    byline = TWEET_BYLINE.match(paras[index + 1].text)
    if byline is None:
        return None
    para = paras[index]
    text = _POST_LINKS.sub("", para.text)
    if len(text.split()) < _POST_WORDS:
        return None  # 'Club statement pic.twitter.com/...': a label over a picture
    start, end = para.start, para.start + len(text.rstrip())
    name = byline.group("name")
    at = paras[index + 1].start + byline.start("name")
    org = any(e.label == "ORG" and any(m.start <= at < m.end for m in e.mentions) for e in entities)
    mention = Mention(
        at,
        at + len(name),
        "name",
        name=name,
        name_start=at,
        type="organization" if org else "person",
        head=name.split()[-1].lower(),
    )
    return Found("direct", start, end, index, None, "explicit", 0.7, mention=mention)
