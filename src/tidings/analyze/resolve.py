"""Speakers for found quotes, in reading order, and the Quote records built from them.

requires: the :class:`Found` quotes of an article in reading order (from
:func:`tidings.analyze.quotes.find_quotes`) and the article's merged entities. assigns:
``Article.quotes`` and ``Article.speakers`` (returned by :func:`resolve_quotes`): each quote's
speaker, cue, addressee and channel as spans, the quote a continuation follows, and a confidence.

Separate because this is the one step that looks across the whole article at once: a pronoun is
resolved by :class:`~tidings.analyze.speakers.SpeakerBook` against the speakers before it, a
continuation or floating quote takes the speaker of the quote it follows, and a pronoun inside
someone's reported words is that someone (:func:`reporter`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from tidings.analyze.attrecord import Attribution
from tidings.analyze.cues import CHANNEL_NOUNS, DOCUMENT_NOUNS, cue_lemma
from tidings.analyze.descriptions import descriptions_at
from tidings.analyze.mentions import Mention
from tidings.analyze.names import gender_of
from tidings.analyze.naming import PLURAL_PRONOUNS, PRONOUN_GENDER, names_only
from tidings.analyze.speakers import SpeakerBook
from tidings.analyze.titles import leading_titles, title_of
from tidings.givennames import opens_with_given_name
from tidings.model import Article, Entity, Quote, Speaker


@dataclass
class Found:
    kind: str
    start: int
    end: int
    paragraph: int
    attribution: Attribution | None
    how: str
    confidence: float
    speaker: Speaker | None = None
    mention: Mention | None = None
    source: Found | None = None  # the quote a continuation or floating quote follows
    noun_tag: bool = False  # the speaker was read from a tag whose cue was tagged a noun
    owner: Found | None = None  # the quote whose speaker a record named here belongs to
    #: who a quote with no cue was addressed to, as offsets and words ('Her message to the
    #: company was short: "..."'); a cue's addressee is its attribution's
    to: tuple[int, int, str] | None = None


#: Cue verbs that put a question to someone: the reply after one is the one asked's.
QUESTION_LEMMAS = frozenset(("ask", "question", "press", "quiz", "query"))

#: The opening of a reported question ("whether he would run", "how she would pay for it").
_ASKED_CLAUSE = re.compile(r"^\W*(?:whether|if|why|how|what|when|where|who|which)\b", re.IGNORECASE)


#: An auxiliary right before a cue makes it passive ("he was asked"): its subject is asked.
_PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been|being|get|got|gets)\s+$", re.IGNORECASE)


def answered(before: Found | None, said: str, text: str) -> Mention | None:
    """The person a question was put to, when ``said`` (a quote's words) is the reply:
    '"Will you run again?" Hale asked Governor Ruiz. / "Not this time."' and 'A reporter asked
    Ruiz whether he would run. / "Not this time," he said.' are Ruiz's words, not the asker's.

    ``before`` is the quote or reported question just before. None when it puts no question
    (a question mark, or "whether", "how", ... opening what was asked) to a person named as
    its object ("asked Ruiz about the budget" is a topic, and the quote after it may be the
    question itself), or when ``said`` opens with a question (the asker pressing on)."""
    att = before.attribution if before is not None else None
    if before is None or att is None or att.lemma not in QUESTION_LEMMAS:
        return None
    ref = att.addressee_ref
    if ref is None or ref.kind != "name" or not ref.name or ref.type == "organization":
        return None
    passive = _PASSIVE.search(text, max(0, att.cue[0] - 12), att.cue[0])
    if passive is not None and not _passive_subject(ref, passive.start(), text):
        return None  # 'In an interview with MTVu, he was asked ...': he is the one asked
    asked = text[before.start : before.end]
    if not (asked.rstrip(" \"”’'").endswith("?") or _ASKED_CLAUSE.match(asked)):
        return None
    first = re.split(r"(?<=[.!?])\s", said.strip(), maxsplit=1)[0]
    if first.rstrip(" \"”’',").endswith("?"):
        return None
    return replace(ref)


def _passive_subject(ref: Mention, aux: int, text: str) -> bool:
    """True when the one a passive question names is its subject, right before the auxiliary
    at ``aux``: in 'Mark Ellery was asked by a reporter whether he would run' Ellery is asked
    (the asker is the agent); in 'In an interview with MTVu, he was asked' the name the parse
    took for the one asked is not the subject, and the subject, "he", names no one."""
    return ref.end <= aux and not text[ref.end : aux].strip()


def _answerer(book: SpeakerBook, f: Found, found: list[Found], text: str) -> Speaker | None:
    """The speaker of a reply tagged with a pronoun ('"Not this time," he said.') right after a
    question put to a named person (:func:`answered`): that person, when the pronoun can be
    them (a singular "he" or "she" whose gender their given name does not contradict) and the
    reply's own cue asks nothing."""
    att = f.attribution
    m = att.mention if att is not None else None
    if att is None or m is None or m.kind != "pronoun" or m.head not in ("he", "she"):
        return None
    if att.lemma in QUESTION_LEMMAS:
        return None  # '"And the schools?" he pressed': the asker goes on
    prior = [g for g in found if g.end <= f.start and g is not f]
    before = max(prior, key=lambda g: g.end) if prior else None
    if before is None or f.paragraph - before.paragraph > 1:
        return None
    to = answered(before, text[f.start : f.end], text)
    if to is None or gender_of(to.name or "") not in (None, PRONOUN_GENDER[m.head]):
        return None
    speaker = book.resolve(to)
    if speaker is not None and (span := book.article.span(m.start, m.end)) not in speaker.mentions:
        speaker.mentions.append(span)
    return speaker


def reporter(f: Found, found: list[Found]) -> Speaker | None:
    """The speaker a pronoun subject of a nested cue refers to: in 'Trump said he feels he can
    win' the "he" who feels is Trump, the one whose words hold the cue (a pronoun in someone's
    reported words that agrees with them in gender and number is taken as them)."""
    att, m = f.attribution, f.attribution.mention if f.attribution else None
    if att is None or m is None:
        return None
    for g in found:
        outer = g.attribution
        if (
            g is f
            or outer is None
            or outer is att
            or g.speaker is None
            or outer.content is None
            or outer.strength < 0.75
            or not outer.content[0] <= att.cue[0] < outer.content[1]
        ):
            continue
        sp, om = g.speaker, outer.mention
        plural = om is not None and om.plural
        if m.head == "it":
            fits = sp.type == "organization"
        elif m.head == "they":
            fits = plural or sp.type == "organization"
        elif m.head in ("he", "she"):
            # a person, or a name the tagger took for an organisation ('Trump said he ...')
            fits = not plural and (
                sp.type == "person" or (om is not None and om.kind in ("name", "pronoun"))
            )
            fits = fits and not (m.gender and sp.gender and m.gender != sp.gender)
        else:
            fits = False
        return sp if fits else None
    return None


#: What may stand between a quote's last word and a speaker named right after it: the closing
#: punctuation and marks ('," ', "?'' ").
#: A full stop ends the sentence: '"...." The articles add' starts a statement of its own.
_TAG_GAP = re.compile(r"[\s,?!'\"“”‘’]{1,6}")


def _tag_after(text: str, starts: list[int], found: list[Found]) -> None:
    """A direct quote left with no cue takes the attribution whose speaker is named right
    after it: in '"A," Nate Silver, the polling guru who founded fivethirtyeight.com tweeted
    on Wednesday. "B."' the parse hangs "tweeted" in the relative clause and in '"A?" Mr.
    Trump asked, repeating a broadside ... "B."' it gives "asked" an object, so the tag was
    found for a later quote or for reported speech, never for A; the name right after A's
    closing mark is A's speaker all the same (and PolNeAR annotates A and B as one)."""
    for n, f in enumerate(found):
        if f.kind == "direct" and _guessed(f, starts[f.paragraph]):
            # a speaker guessed from a person named before ('Ana Ruiz and Tom Reed sent a
            # letter. "A," the two write.') or from a cue of an earlier paragraph gives way to
            # the tag the tagger misread
            tag = _noun_tag_of(text, found, n)
            if tag is not None:
                f.attribution, f.mention, f.noun_tag, f.how = None, tag, True, "explicit"
                f.source = None
                continue
        if f.attribution is not None or f.how != "none" or f.kind != "direct":
            continue
        for g in found[n + 1 :]:
            if g.paragraph != f.paragraph:
                break
            m = g.attribution.mention if g.attribution is not None else g.mention
            if (
                m is not None
                and f.end <= m.start
                and _TAG_GAP.fullmatch(text, f.end, m.start)
                and not text[f.start : f.end].rstrip("'\"“”‘’ ").endswith(".")
            ):
                f.attribution, f.mention, f.how = g.attribution, g.mention, "explicit"
                break
        if f.how == "none":
            f.mention = _noun_tag_of(text, found, n)
            f.noun_tag = f.mention is not None
            f.mention = f.mention or _framed_by(text, starts[f.paragraph], f)
            f.how = "explicit" if f.mention is not None else f.how


def _guessed(f: Found, paragraph_start: int) -> bool:
    """True when a direct quote's speaker is only a guess with no cue in its paragraph: a
    person named before it (or the writer's turn to someone new: confidence 0.5, no cue), the
    speaker of the quote before it (a floating quote), or the cue of an earlier paragraph
    ('..., citing a Marine's case.' / '"A," the two write.')."""
    if f.attribution is not None:
        return f.attribution.cue[1] <= paragraph_start
    if f.how == "floating":
        return True  # the speaker of the quote before, whatever the words after it say
    return f.how == "explicit" and f.mention is not None and f.confidence <= 0.5


def _noun_tag_of(text: str, found: list[Found], n: int) -> Mention | None:
    """The speaker of a tag whose cue the tagger read as a noun, for quote ``found[n]``: its own
    (:func:`_noun_tag`), or the one of the quote before it in its paragraph ('"A," the Saudis
    state in the paper. "B."': B goes on with A's tag)."""
    f, before = found[n], found[n - 1] if n else None
    if before is not None and before.paragraph == f.paragraph and before.noun_tag:
        return before.mention
    return _noun_tag(text, f)


#: Present-tense cue words the tagger reads as nouns after a name ("the Saudis state", "the
#: senator jokes", "Reed tweets").
_NOUN_READ_CUES = (
    r"(?:states?|notes?|claims?|writes?|argues?|warns?|insists?|adds?|says?|tweets?|jokes?"
    r"|quips?|boasts?|laments?|retorts?|counters?|cautions?)"
)
#: A tag whose verb the tagger read as a noun ('"...," the Saudis state in the white paper'):
#: a capitalised name of up to four words, "the" optional, then a present-tense cue word.
_NOUN_TAG = re.compile(
    r"[\s,?!'\"“”‘’]{1,6}(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+"
    rf"({_NOUN_READ_CUES})\b"
)


def _noun_tag(text: str, f: Found) -> Mention | None:
    """The speaker of a tag right after a quote ending in a comma, '?' or '!' whose cue the
    tagger read as a noun, so that no attribution was found: '"...," the Saudis state in the
    white paper' (the plural verb form is also a noun), '"...," a voice-over in the ad states',
    '"...," the two write'."""
    if text[f.start : f.end].rstrip("'\"“”‘’ ").endswith("."):
        return None
    m = _NOUN_TAG.match(text, f.end)
    if m is None or cue_lemma(m.group(2).lower()) is None:
        return _nominal_tag(text, f.end)
    start = m.start(1) - 4 if text[m.start(1) - 4 : m.start(1)].lower() == "the " else m.start(1)
    return _name_mention(m.group(1), start, m.start(1))


#: The same tag with an unnamed speaker: a determiner, up to three lower-case words and a
#: short place phrase ("in the ad"), then the cue word ('a voice-over in the ad states').
_NOMINAL_TAG = re.compile(
    r"[\s,?!'\"“”‘’]{1,6}(?P<np>(?P<det>the|a|an)\s+(?P<words>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})"
    r"(?:\s+(?:in|on|of)\s+(?:the|a|an|its|his|her|their)\s+[a-z][\w'’-]*)?)"
    rf"\s+(?P<cue>{_NOUN_READ_CUES})\b"
)


def _nominal_tag(text: str, end: int) -> Mention | None:
    """The unnamed speaker of a noun-read tag right after a quote ending at ``end`` ('"...,"
    a voice-over in the ad states', '"...," the two write'), as the parse would read it: "the"
    makes a definite nominal, "a" an anonymous one. None when a word of the phrase is itself a
    cue word ('"...," the mayor said the council says' is not one phrase)."""
    m = _NOMINAL_TAG.match(text, end)
    if m is None or cue_lemma(m.group("cue").lower()) is None:
        return None
    words = m.group("words").split()
    if any(cue_lemma(w.lower()) for w in words):
        return None
    head = words[-1].lower()
    plural = head.endswith("s") and not head.endswith("ss")  # "the two" is not, as in the parse
    kind = "nominal" if m.group("det") == "the" and not plural else "anonymous"
    return Mention(
        m.start("np"), m.end("np"), kind, description=m.group("np"), plural=plural, head=head
    )


def _name_mention(name: str, start: int, name_start: int) -> Mention:
    """A mention of ``name`` read from plain text, not from the parse: a person when it opens
    with a given name, else an organisation (the speaker book makes a surname a person when
    the article's entity at those words is one). Title words before it are its description
    ("Mayor Ines Fairbanks", :func:`~tidings.analyze.titles.leading_titles`)."""
    words = list(re.finditer(r"\S+", name.rstrip(".")))
    k = leading_titles([w.group() for w in words])
    description = name[: words[k].start()].strip() or None
    end = name_start + words[-1].end()
    name, name_start = name[words[k].start() : words[-1].end()], name_start + words[k].start()
    person = opens_with_given_name(name.split())
    return Mention(
        start,
        end,
        "name",
        name=name,
        name_start=name_start,
        description=description,
        type="person" if person else "organization",
        gender=gender_of(name) if person else None,
        head=name.split()[-1].lower(),
    )


#: Up to four capitalised words: a name read from plain text.
_NAME = r"[A-Z][\w.-]*(?: +[A-Z][\w.-]*){0,3}"
#: Whose words a quote is, said by a possessive before a word for a reply and a colon: 'Mayor
#: Fairbanks' reaction to the warning: "..."', 'His answer: "No."'.
_REPLY_BEFORE = re.compile(
    rf"(?:^|(?<=[\s(]))(?:(?P<pronoun>[Hh]is|[Hh]er|[Tt]heir)|(?:[Tt]he\s+)?(?P<name>{_NAME})['’]s?)"
    r"\s+(?:[a-z]+\s+)?(?:reaction|response|reply|answer|retort|verdict|advice|explanation|"
    r"message|assessment|comment|rejoinder|riposte)"
    r"(?:\s+(?:to|on|about|for)\s+[^:.!?\"“”]{1,60})?:\s*[\"“”‘'’]*$"
)
#: ... or by "in X's view" ("in the words of X") after it, in its sentence: '"...," in
#: Bolton's view.'
_VIEW_AFTER = re.compile(
    rf"[,?!'\"“”‘’]{{0,3}}[^.!?\"“”]{{0,80}}?\bin\s+(?:(?P<pronoun>his|her|their)|(?P<name>{_NAME})['’]s?)"
    r"\s+(?:own\s+)?(?:view|words|opinion|estimation|telling)\b"
    rf"|[,?!'\"“”‘’]{{0,3}}[^.!?\"“”]{{0,80}}?\bin\s+the\s+(?:words|view|opinion)\s+of\s+(?:[a-z]+\s+){{0,2}}(?P<of>{_NAME})"
)

#: ... or by the sentence right after it, in its paragraph or opening the next, naming whose
#: words they were: '"..." / That was the verdict of Patricia Mulroy, ...', 'Those were the
#: words of union leader Tom Barrett', 'So says Tom Barrett.'
_NAMED_AFTER = re.compile(
    r"[,?!.'\"“”‘’]{0,3}\s+(?:So\s+(?:says|said|writes|wrote|argues|argued|warns|warned)"
    r"|(?:That|This|Such)\s+(?:was|is)\s+the\s+(?:verdict|view|message|warning|assessment|"
    r"conclusion|advice|judgment|judgement|reaction|response|answer|argument|prediction|word)"
    r"\s+of|(?:Those|These|Such)\s+(?:were|are)\s+the\s+(?:words|views|thoughts|sentiments)"
    rf"\s+of)\s+(?:[a-z]+\s+){{0,2}}(?P<of>{_NAME})"
)


def _framed_by(text: str, paragraph_start: int, f: Found) -> Mention | None:
    """The speaker a quote with no cue is framed by in plain words, which hold no cue verb
    for the parse to find: a possessive before a word for a reply and a colon ('Fairbanks'
    reaction to the warning: "I have heard it before."'; 'His answer: "No."'), or "in X's
    view", "in the words of X" after the quote in its sentence, or "That was the verdict of
    X" in the sentence after it."""
    m = _REPLY_BEFORE.search(text, paragraph_start, f.start)
    if m is None:
        m = _VIEW_AFTER.match(text, f.end) or _NAMED_AFTER.match(text, f.end)
        if m is not None and m.group("of"):
            name, at = m.group("of"), m.start("of")
            return _name_mention(name, at, at)
    if m is None:
        return None
    if m.group("pronoun"):
        low = m.group("pronoun").lower()
        at = m.start("pronoun")
        return Mention(
            at,
            at + len(low),
            "pronoun",
            gender=PRONOUN_GENDER.get(low),
            plural=low in PLURAL_PRONOUNS,
            head={"his": "he", "her": "she", "their": "they"}[low],
        )
    name = m.group("name")
    start = m.start("name")
    if text[start - 4 : start].lower() == "the ":
        start -= 4
    return _name_mention(name, start, m.start("name"))


def _channel_owner(article: Article, f: Found, before: list[Found]) -> Speaker | None:
    """Who spoke through the statement (letter, interview ...) a quote now attributes to it:
    'In a statement, Obi said he accepted the findings. "I was in charge," the statement said'
    is Obi's. The last earlier quote made through a channel of the same noun, in this
    paragraph or the one before, names them."""
    m = f.attribution.mention if f.attribution else None
    if m is None or m.kind not in ("nominal", "anonymous") or m.head not in _CHANNELS:
        return None
    description = (m.description or "").lower()
    if not description.startswith(("the ", "that ", "this ")) or "'s " in description.replace(
        "’", "'"
    ):
        return None  # "a statement" is a new one; "the campaign's statement" names its owner
    for g in reversed(before):
        if g.paragraph < f.paragraph - 1:
            break  # only a statement of this paragraph or the one before
        via = g.attribution.via if g.attribution else None
        if via is not None and g.speaker is not None:
            words = article.text[via[0] : via[1]].lower().split()
            if m.head in words:
                return g.speaker
    return None


#: Nouns a source speaks through, which a later quote may name as its source.
_CHANNELS = CHANNEL_NOUNS | DOCUMENT_NOUNS


def resolve_quotes(
    article: Article, found: list[Found], entities: list[Entity]
) -> tuple[list[Quote], list[Speaker]]:
    """Resolve speakers in reading order and build the Quote records."""
    book = SpeakerBook(article, entities, [(f.start, f.end) for f in found if f.kind == "direct"])
    _tag_after(article.text, [p.start for p in article.paragraphs], found)
    quotes: list[Quote] = []
    ids: dict[int, str] = {}
    for n, f in enumerate(found):
        ids[id(f)] = f"q{n}"
        att = f.attribution
        mention = att.mention if att else f.mention
        speaker: Speaker | None
        if f.how in ("continuation", "floating"):
            speaker = f.source.speaker if f.source is not None else None
            mention = None
        else:
            outer = reporter(f, found) if mention and mention.kind == "pronoun" else None
            outer = outer or _channel_owner(article, f, found[:n])
            # 'Transcript as follows:' after Kasich's quote: the transcript is Kasich's words
            outer = outer or (f.owner.speaker if f.owner is not None else None)
            # '... asked Ruiz whether he would run. / "Not this time," he said.': Ruiz
            outer = outer or _answerer(book, f, found, article.text)
            speaker = outer or (book.resolve(mention) if mention else None)
            if outer is not None and mention is not None:
                span = article.span(mention.start, mention.end)
                if span not in outer.mentions:
                    outer.mentions.append(span)
        f.speaker = speaker
        quote = Quote(
            id=f"q{n}",
            kind=f.kind,  # type: ignore[arg-type]
            content=article.span(f.start, f.end),
            content_pieces=[
                article.span(a, b) for a, b in pieces_around_cue(article.text, f, att, mention)
            ],
            cue=article.span(*att.cue) if att else None,
            speaker_id=speaker.id if speaker else None,
            speaker=speaker.name if speaker else None,
            speaker_type=speaker.type if speaker else "unknown",
            speaker_mention=article.span(mention.start, mention.end) if mention else None,
            speaker_description=(mention.description if mention else None) or None,
            addressee=_addressee(book, att, speaker) or (f.to[2] if f.to else None),
            addressee_mention=(
                article.span(*att.addressee)
                if att and att.addressee
                else (article.span(*f.to[:2]) if f.to else None)
            ),
            via=article.span(*att.via) if att and att.via else None,
            attribution=f.how,  # type: ignore[arg-type]
            continues=ids.get(id(f.source)) if f.source is not None else None,
            confidence=round(f.confidence * (1.0 if speaker else 0.5), 2),
            paragraph=f.paragraph,
        )
        quotes.append(quote)
    describe_people(article, book.speakers, entities)
    speakers = _lede_named_after(quotes, book.speakers)
    return settled(quotes, speakers), speakers


#: Pronouns an addressee is resolved from ("told her"); a plural ("told them") is left as written.
_ADDRESSEE_PRONOUNS = frozenset(("him", "her", "he", "she"))


def _addressee(book: SpeakerBook, att: Attribution | None, speaker: Speaker | None) -> str | None:
    """The addressee's name: a singular pronoun or a surname resolved by the speakers' rules
    (:meth:`SpeakerBook.peek`: "Reyes told her" -> the woman named before, "told Sato" -> Ellen
    Sato), else the words of the phrase. One told is never the speaker telling."""
    if att is None:
        return None
    ref = att.addressee_ref
    if ref is None or not (
        (ref.kind == "pronoun" and ref.head in _ADDRESSEE_PRONOUNS) or ref.kind == "name"
    ):
        return att.addressee_name
    name = book.peek(ref, besides=speaker)
    if not name or (speaker is not None and name == speaker.name):
        return att.addressee_name
    if ref.kind == "pronoun" and gender_of(name) != ref.gender:
        # "the president told her": only a person whose given name says the pronoun's gender
        # (on PolNeAR train 0-499 the pronouns resolved without this were wrong one time in three)
        return att.addressee_name
    if ref.kind == "name":
        # a name resolves only to a fuller form of itself ("Sato" -> "Ellen Sato")
        written = (att.addressee_name or "").split()
        if not written or written[-1].lower() not in name.lower().split():
            return att.addressee_name
    return name


def describe_people(article: Article, speakers: list[Speaker], entities: list[Entity]) -> None:
    """Add to each named person the descriptions the article gives where it names them,
    in sentences the parse did not read (:mod:`tidings.analyze.descriptions`)."""
    by_id = {e.id: e for e in entities}
    for sp in speakers:
        entity = by_id.get(sp.entity_id or "")
        if sp.type != "person" or entity is None:
            continue
        have = [d.lower() for d in sp.descriptions] + [sp.name.lower()]
        for m in entity.mentions:
            for description in descriptions_at(article.text, m.start, m.end):
                low = description.lower().removeprefix("the ")
                # "Democratic pollster" says nothing "longtime Democratic pollster" did not
                if not any(h == low or h.endswith(" " + low) for h in have):
                    have.append(low)
                    sp.descriptions.append(description)


def settled(quotes: list[Quote], speakers: list[Speaker]) -> list[Quote]:
    """Each quote with its speaker's name and type as the whole article settled them: a later
    mention can complete a name ("Lain", then "Sarah Lain") or show that a name the tagger
    took for an organisation is a person, after the earlier quotes were built. A quote whose
    speaker mention gave no description ("he said") takes the speaker's first."""
    by_id = {sp.id: sp for sp in speakers}
    for sp in speakers:
        if sp.type == "person":
            sp.descriptions = list(dict.fromkeys(_past_name(d, sp.name) for d in sp.descriptions))
    for quote in quotes:
        sp = by_id.get(quote.speaker_id or "")
        if sp is not None:
            quote.speaker, quote.speaker_type = sp.name, sp.type
            said = quote.speaker_description
            if said and sp.type == "person":
                said = quote.speaker_description = _past_name(said, sp.name)
            if said and sp.type == "person" and said.split()[-1].lower() in _CHANNELS:
                quote.speaker_description = None  # "the statement said": the channel, not him
            if said and sp.type == "person" and names_only(said, sp.name):
                quote.speaker_description = None  # "Siddiqui" is no description of him
            if not quote.speaker_description and sp.descriptions:
                quote.speaker_description = sp.descriptions[0]
            if quote.speaker_description:
                quote.speaker_description = _fuller(quote.speaker_description, sp.descriptions)
    return quotes


def _fuller(said: str, descriptions: list[str]) -> str:
    """The speaker's more telling description for a bare definite nominal: a quote tagged
    "the coach said" reads "Boston coach" where the article said "Boston coach Joe
    Mazzulla"; the nominal stays when no other description has its noun."""
    words = said.split()
    if len(words) != 2 or words[0].lower() not in ("the", "this", "that"):
        return said
    noun = words[1].lower()
    return next(
        (
            d
            for d in descriptions
            if len(d.split()) > 1
            and _head_noun(d) == noun
            and d.split()[0].lower() not in ("the", "this", "that")
        ),
        said,
    )


def _head_noun(description: str) -> str:
    """The last word of a description before its first preposition or comma: "coach" of
    "Boston coach", "pollster" of "a pollster with the party"."""
    words = description.lower().split(",")[0].split()
    cut = next((k for k, w in enumerate(words) if k and w in _PREPOSITIONS), len(words))
    return words[cut - 1] if cut else ""


_PREPOSITIONS = frozenset(("of", "at", "for", "in", "with", "on", "to", "from", "who", "and"))


def _past_name(description: str, name: str) -> str:
    """A description without the person's own name at its end: "Seattle Councilwoman Tamara
    Reyes", read whole where the tagger cut the name in two and typed it an organisation, is
    "Seattle Councilwoman"."""
    return title_of(description, name) or description


#: What may follow a cue inside its aside before the comma that closes it: "she said Tuesday,".
_ASIDE_TAIL = re.compile(r"[^,\"“”‘’«»\n]{0,30}?,")


def pieces_around_cue(
    text: str, f: Found, att: Attribution | None, mention: Mention | None
) -> list[tuple[int, int]]:
    """The two pieces of a content that a parenthetical cue interrupts: 'Universities had been
    "squeezed for a decade", she said, and many were ...' -> 'Universities had been "squeezed
    for a decade"' and 'and many were ...'; none when the cue and its speaker are not one
    aside set off by commas inside the content."""
    if att is None or mention is None:
        return []
    lo, hi = min(att.cue[0], mention.start), max(att.cue[1], mention.end)
    if not (f.start < lo and hi < f.end):
        return []
    left = text.rfind(",", f.start, lo)
    tail = _ASIDE_TAIL.match(text, hi)
    if left < 0 or text[left + 1 : lo].strip() or tail is None or tail.end() >= f.end:
        return []
    first = (f.start, len(text[:left].rstrip()))
    start = tail.end() + len(text[tail.end() : f.end]) - len(text[tail.end() : f.end].lstrip())
    pieces = [first, (start, f.end)]
    return pieces if all(b > a for a, b in pieces) else []


#: How many paragraphs after a lede its described speaker may first be named: the next one,
#: or the one after a paragraph of context ("Rail fares will rise ..., the transport secretary
#: said." / "Commuters ..." / "Transport Secretary Helen Marsh told MPs ..."). The first person
#: quoted there must carry the lede's role noun.
_LEDE_NAMED_WITHIN = 2


def _lede_named_after(quotes: list[Quote], speakers: list[Speaker]) -> list[Speaker]:
    """The speakers without the one a lede describes before the next paragraph names them
    (cataphora): "A Democratic city councilwoman says the levy will hurt ..." then "Seattle
    Councilwoman Tamara Reyes said ..."; "The mayor of Columbus says ..." then "Mayor Andrea
    Ginther told reporters ...". The lede's quotes go to the first person quoted in the two
    paragraphs after it when that person's description has the lede's role noun; the
    anonymous speaker is dropped when it has no other quote."""
    if not quotes or quotes[0].paragraph is None:
        return speakers
    first = quotes[0]
    by_id = {sp.id: sp for sp in speakers}
    lede = by_id.get(first.speaker_id or "")
    if lede is None or lede.type != "anonymous" or not first.speaker_description:
        return speakers
    words = first.speaker_description.split()
    if len(words) < 2 or words[0].lower() not in ("a", "an", "the"):
        return speakers
    noun = _head_noun(first.speaker_description)
    mine = [q for q in quotes if q.speaker_id == lede.id]
    if any(q.paragraph != first.paragraph for q in mine):
        return speakers
    named = next(
        (
            by_id[q.speaker_id]
            for q in quotes
            if 0 < q.paragraph - first.paragraph <= _LEDE_NAMED_WITHIN  # type: ignore[operator]
            and q.attribution == "explicit"
            and q.speaker_id in by_id
            and by_id[q.speaker_id].type == "person"
        ),
        None,
    )
    if named is None or not any(noun in d.lower().split() for d in named.descriptions):
        return speakers
    for q in mine:
        q.speaker_id = named.id
    named.mentions = sorted(lede.mentions + named.mentions, key=lambda m: m.start)
    return [sp for sp in speakers if sp is not lede]
