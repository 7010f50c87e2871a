"""When a quote was said: the time words of its attribution, resolved to a date.

requires: ``Article.text``, ``Article.published``, the quotes (with their cues) and the
paragraphs' spaCy Docs (tags and parse where the sentence was parsed; no new parsing here).
assigns: ``Quote.said_on`` and ``Quote.said_on_mention``.

A fact-checker needs when the words were said, not when they were printed: a quote "in a 2012
interview" reprinted in 2016 was said in 2012. The time belongs to the attribution, never to the
content ("said the vote would be held on Friday" dates the vote). So, for each quote with a cue:

1. the candidates are the time expressions (:mod:`tidings.analyze.timewords`) of the cue's
   sentence that lie outside every quote's content and outside quote marks;
2. where the sentence was parsed, a candidate must hang from the cue: walking up from it through
   prepositions and nouns reaches the cue ("said Tuesday", "On Monday, she told ...", "told
   reporters Monday night", "said in a 2012 interview", "in a statement on Friday"), or reaches
   a noun the cue's clause belongs to ("last week's hearing, where he said"), or a verb of
   speaking tied to the cue ("Speaking on Tuesday, Smith said"); another verb on the way ("Smith,
   who was elected in 2012, said") rules it out, and so does the speaker's own description
   ("said Stuart Stevens, the campaign's chief strategist four years ago"). One exception to
   the parse: a time right after the cue at the very start of its reported content ("said
   Tuesday the plan ...", which the parser often reads as part of the content) is the cue's
   (not after "that", and not a possessive: "condemned Friday's test");
3. where it was not parsed, the candidate nearest the cue with no other cue in between (where
   it was, the nearest that hangs from the cue: tidings also takes acts such as "expressed
   confidence" or "concluded its hearings" for cues, and they must not stand in the way);
4. the value is resolved against the published date (:func:`~tidings.analyze.timewords.
   published_day`); without one, only explicit dates and years get a value. Words that point at
   another time of the story ("at the time", "that day", "the next day") take the nearest
   dated time words before them, in their paragraph or the one before (:func:`_pointed_at`).

A quote with no cue of its own inherits only what the text says it shares: a quotation carried
on from the paragraph before or a floating paragraph (``continues``) takes the time of the quote
it continues, and a cue that says the speaker went on ("added", "continued") takes the time of
the same speaker's quote just before (this or the previous paragraph). Any other new cue without
time words gets no date: the reader falls back on the article's date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from tidings.analyze.cues import cue_lemma
from tidings.analyze.quotemarks import find_quoted
from tidings.analyze.timewords import TimeWords, find_time_words, published_day
from tidings.model import Article, Quote
from tidings.wordlists import word_list

#: Cues that say the speaker went on speaking: their quote shares the time of the one before.
CONTINUING = frozenset({"add", "continue"})
#: Verbs of a speaking occasion that may carry the time for the cue they are tied to
#: ("Speaking on Tuesday, Smith said", "Asked on Monday about ..., she said"), the reporter's
#: reaching the speaker among them ("Brooks, reached by phone on Wednesday, said", "When
#: contacted Tuesday, he said": the words came then); word forms, as tidings' pipeline has no
#: lemmatizer.
SPEAKING = frozenset(
    word_list(
        """speak speaks spoke speaking spoken talk talks talked talking address addressed
        addressing ask asked asking answer answered answering respond responded responding
        reply replied replying write wrote writing written testify testified testifying appear
        appeared appearing brief briefed briefing interview interviewed tell told telling say
        said saying announce announced announcing tweet tweeted tweeting post posted posting
        release released releasing issue issued issuing publish published publishing
        date dated sign signed send sent file filed broadcast aired record recorded deliver
        delivered give given make made reach reached reaching contact contacted contacting"""
    )
)
#: Where a sentence ends, in a paragraph that was not parsed (its Doc has no sentences).
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")


def date_quotes(article: Article, quotes: list[Quote], docs: list[Doc | None]) -> list[Quote]:
    """``quotes`` with ``said_on`` and ``said_on_mention`` set where the text dates them.

    ``docs``: one Doc per paragraph of ``article`` (None where the paragraph has no Doc)."""
    pub = published_day(article.published)
    contents = [(q.content.start, q.content.end) for q in quotes]
    # the time words of each paragraph, found once (most paragraphs have none: their quotes
    # cost nothing more)
    words: dict[int, list[TimeWords]] = {}
    by_id: dict[str, Quote] = {}
    out: list[Quote] = []
    for quote in quotes:
        i = quote.paragraph
        if (
            quote.cue is not None
            and i is not None
            and i < len(article.paragraphs)
            and i not in words
        ):
            words[i] = find_time_words(article.paragraphs[i].text, pub)
        here = words.get(i, []) if i is not None else []
        found = _own_time(article, quote, quotes, contents, docs, here)
        if found is None:
            source = _inherited_from(quote, by_id, out)
            if source is not None and source.said_on_mention is not None:
                quote = quote.model_copy(
                    update={"said_on": source.said_on, "said_on_mention": source.said_on_mention}
                )
        else:
            value = found.value
            if found.shift is not None:
                value = _pointed_at(article, found, words, pub)
            quote = quote.model_copy(
                update={"said_on": value, "said_on_mention": article.span(found.start, found.end)}
            )
        by_id[quote.id] = quote
        out.append(quote)
    return out


def _pointed_at(
    article: Article, found: TimeWords, words: dict[int, list[TimeWords]], pub: date | None
) -> str | None:
    """The value of words that point at another time of the story ("at the time", "the next
    day"): the nearest time words with a value before them, in their paragraph or the one
    before (shifted by whole days when both are days: "the next day" after "on Monday" is
    Tuesday); None when there are none."""
    i = next(
        (k for k, p in enumerate(article.paragraphs) if p.start <= found.start < p.end + 1), None
    )
    if i is None:
        return None
    for k in (i, i - 1):
        if k < 0:
            return None
        if k not in words:
            words[k] = find_time_words(article.paragraphs[k].text, pub)
        at = article.paragraphs[k].start
        before = [w for w in words[k] if w.value and w.shift is None and at + w.end <= found.start]
        if before:
            value = before[-1].value
            assert value is not None
            if found.shift and len(value) == 10:
                return (date.fromisoformat(value) + timedelta(days=found.shift)).isoformat()
            return value if not found.shift else None
    return None


def _inherited_from(quote: Quote, by_id: dict[str, Quote], before: list[Quote]) -> Quote | None:
    """The quote whose time ``quote`` shares by what the text says (see the module doc)."""
    if quote.cue is None:
        return by_id.get(quote.continues or "") if quote.attribution != "interview" else None
    if cue_lemma(quote.cue.text.split()[0]) not in CONTINUING or quote.speaker_id is None:
        return None
    for prev in reversed(before):
        if quote.paragraph is not None and (prev.paragraph or 0) < quote.paragraph - 1:
            return None
        if prev.speaker_id == quote.speaker_id and prev.cue != quote.cue:
            return prev
    return None


def _own_time(
    article: Article,
    quote: Quote,
    quotes: list[Quote],
    contents: list[tuple[int, int]],
    docs: list[Doc | None],
    words: list[TimeWords],
) -> TimeWords | None:
    """The time words of ``quote``'s own attribution, or None. ``words``: the time words of
    its paragraph (offsets in the paragraph)."""
    if not words or quote.cue is None or quote.paragraph is None or quote.paragraph >= len(docs):
        return None
    para = article.paragraphs[quote.paragraph]
    doc = docs[quote.paragraph]
    cue_at = quote.cue.start - para.start
    token = _token_at(doc, cue_at) if doc is not None else None
    parsed = token is not None and _sentence_parsed(token)
    if parsed:
        assert token is not None
        lo, hi = token.sent.start_char, token.sent.end_char
    else:
        lo, hi = _sentence_around(para.text, cue_at)
    in_sentence = [tw for tw in words if lo <= tw.start and tw.end <= hi]
    if not in_sentence:
        return None
    end = len(para.text)
    marks = [
        (q.open_mark if q.open_mark >= 0 else q.start, q.close_mark + 1 if q.closed else end)
        for q in find_quoted(para.text)
    ]
    cands = []
    pub = published_day(article.published)
    for tw in in_sentence:
        a, b = tw.start + para.start, tw.end + para.start
        if _after_publication(tw, pub):
            continue  # 'Asked about the Olympics in 2032, the mayor said': the topic's year
        if _describes_speaker(article.text, quote, a):
            continue
        if any(s < b and a < e for s, e in contents) or any(
            s < tw.end and tw.start < e for s, e in marks
        ):
            if _opens_content(article.text, quote, a):
                cands.append(tw)
            continue
        cands.append(tw)
    if not cands:
        return None
    # where the sentence was parsed the tree says whose time it is; else no other cue between
    other_cues = [
        q.cue.start - para.start
        for q in quotes
        if not parsed
        and q.cue is not None
        and q.cue != quote.cue
        and q.paragraph == quote.paragraph
    ]
    best = None
    for tw in sorted(cands, key=lambda t: min(abs(t.start - cue_at), abs(t.end - cue_at))):
        if any(min(tw.start, cue_at) < c < max(tw.end, cue_at) for c in other_cues):
            continue
        if parsed and not _opens_content(article.text, quote, tw.start + para.start):
            assert doc is not None and token is not None
            if not _hangs_from(doc, tw, token):
                continue
        best = tw
        break
    if best is None:
        return None
    return TimeWords(
        best.start + para.start, best.end + para.start, best.text, best.value, best.shift
    )


def _after_publication(tw: TimeWords, pub: date | None) -> bool:
    """True when ``tw`` names a year after the article's: words printed then cannot have been
    said in it, so the year is a topic's ("a run for the presidency in 2028")."""
    year = tw.value[:4] if tw.value else ""
    return pub is not None and year.isdigit() and int(year) > pub.year


def _describes_speaker(text: str, quote: Quote, at: int) -> bool:
    """True when the time words at ``at`` end the speaker's appositive description ("said
    Stuart Stevens, the chief strategist of Romney's campaign four years ago"), which the
    parser hangs from the cue."""
    mention, description = quote.speaker_mention, quote.speaker_description
    if mention is None or not description or at < mention.end:
        return False
    between = text[mention.end : at]
    rest = between.lstrip(" ,")
    return rest.startswith(description) and not re.search(r"[,;.:—–]", rest[len(description) :])


def _opens_content(text: str, quote: Quote, at: int) -> bool:
    """True when the time words at ``at`` open the quote's reported content right after its cue
    ("said Tuesday the plan ...": the parser often puts 'Tuesday' in the clause)."""
    if quote.cue is None or quote.kind == "direct":
        return False
    between = text[quote.cue.end : at]
    if at != quote.content.start or re.fullmatch(r"\s*", between) is None:
        return False  # after 'that' the words are the content's: "noted that last year he ..."
    return re.match(r"\S*\s*\w+['’]s\b", text[at : at + 40]) is None  # "condemned Friday's test"


def _token_at(doc: Doc, char: int) -> Token | None:
    """The token of ``doc`` that holds character ``char``."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _sentence_parsed(token: Token) -> bool:
    """True when ``token``'s sentence has a real parse (not the flat tree of parse.py)."""
    if not token.doc.has_annotation("DEP"):
        return False
    return any(t.dep_ not in ("dep", "ROOT") for t in token.sent)


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    """The sentence of ``text`` around character ``at``, by punctuation."""
    lo, hi = 0, len(text)
    for m in _SENTENCE_END.finditer(text):
        if m.end() <= at:
            lo = m.end()
        elif m.start() >= at:
            hi = m.start()
            break
    return lo, hi


def _hangs_from(doc: Doc, tw: TimeWords, cue: Token) -> bool:
    """True when the time words ``tw`` (offsets in ``doc``) belong to ``cue``'s clause: see the
    module doc, step 2."""
    span = doc.char_span(tw.start, tw.end, alignment_mode="expand")
    words = list(span) if span is not None else []
    if not words:
        return False
    inside = {t.i for t in words}
    root = next((t for t in words if t.head.i not in inside or t.head.i == t.i), words[0])
    above = {t.i for t in cue.ancestors}
    tok = root
    for _ in range(len(doc)):
        if tok.i == cue.i:
            return True
        if tok.head.i == cue.i and tok.dep_ in _SUBJECTS and tok.lower_ not in CHANNELS:
            return False  # the speaker's own description ("a close aide in 2012")
        if tok is not root and tok.pos_ in ("VERB", "AUX"):
            # a verb of speaking under the cue ("Asked on Monday ..., she said", "a statement
            # released on Thursday said"); one above it is another act ("told the Journal in
            # July, after de Blasio stated ...": not de Blasio's July)
            under = cue.i in {t.i for t in tok.ancestors}
            return (under and tok.lower_ in SPEAKING) or _same_occasion(tok, cue)
        if tok is not root and tok.i in above:
            return True
        if tok.lower_ in _TOPIC_PREPOSITIONS and tok.dep_ == "prep":
            return False  # 'Asked about a run in 2028, he said': the topic's year
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "agent"})
#: Prepositions that open what was talked or asked about: time words inside their phrase date
#: the topic ("Asked in March about a run for the presidency in 2028, he said ...": March is
#: when he was asked, 2028 the run's), never the saying.
_TOPIC_PREPOSITIONS = frozenset({"about", "regarding", "concerning"})
#: Subjects that are the channel, not the speaker: their time is the saying's ("A statement
#: released on Thursday said ..."); any other subject's time words describe the speaker
#: ("said Stuart Stevens, the chief strategist of the campaign four years ago").
CHANNELS = frozenset(
    word_list(
        """statement statements interview interviews report reports release letter letters memo
        filing tweet tweets post posts note email video speech remarks announcement poll survey
        editorial essay column op-ed"""
    )
)
#: Words that put a clause right next to the cue's time ("soon after", "hours before").
_RIGHT_NEXT = frozenset(
    word_list("soon shortly just right immediately moments minutes hours seconds")
)


def _same_occasion(verb: Token, cue: Token) -> bool:
    """True when the time of ``verb``'s clause is the time of ``cue``: the cue is a participle
    of that clause's verb ("Boudreau gave his players a pep talk Tuesday, telling them ...",
    "A judge on Tuesday postponed the trial, saying ...") or coordinated with it ("said
    Tuesday that ... and added that ..."), or the clause is one the cue
    happened right after or before ("tweeted soon after the committee concluded its hearings
    on Tuesday")."""
    if cue.head.i == verb.i and (
        cue.dep_ == "conj" or (cue.tag_ == "VBG" and cue.dep_ in ("advcl", "xcomp"))
    ):
        return True  # "said Tuesday that ... and added that ...", "did X Tuesday, saying ..."
    if verb.head.i != cue.i or verb.dep_ != "advcl":
        return False
    for mark in verb.children:
        if mark.dep_ == "mark" and mark.lower_ in ("after", "before"):
            before = [mark.doc[mark.i - 1].lower_] if mark.i > 0 else []
            near = [t.lower_ for t in mark.children] + before
            return any(w in _RIGHT_NEXT for w in near)
    return False
