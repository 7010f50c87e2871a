"""What a cue reports when it has no clause: its object, what it asks of an addressee, a
label in quote marks, a document's finding.

requires: a parsed paragraph Doc and a cue token in it. assigns: nothing; each function returns
paragraph-relative character offsets ``(start, end)``, or None, which
:mod:`tidings.analyze.attributions` stores as ``Attribution.content``.

Separate from :mod:`tidings.analyze.content`, which reads the clause a cue reports, because a
cue with no clause reports something else by rules of their own: the object of an act verb
("criticized Romney for not releasing ...", "called for talks"), an addressee verb's infinitive
or question ("urged X to ...", "asked workers if ..."), the label an object is called by in
marks ('described him as a "con artist"'), and the object of a report verb whose subject is a
document ("the poll showed a one-point difference"). Spans are trimmed as every content is
(:func:`tidings.analyze.content.trim`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from tidings.analyze.addressees import to_listener
from tidings.analyze.content import clause_end, trim
from tidings.analyze.cues import (
    ADDRESSEE_VERBS,
    CHANNEL_NOUNS,
    DOCUMENT_NOUNS,
    JUDGMENT_VERBS,
)
from tidings.analyze.naming import MEDIA_NOUNS
from tidings.analyze.nlp import text_of
from tidings.analyze.quotemarks import OPENING_MARKS, Quoted
from tidings.wordlists import word_list

#: Prepositions whose object is what a cue is about ("called for", "talked about").
_ABOUT = {"for", "about", "on", "as", "against", "of", "to", "over"}

#: Cues whose noun-phrase object is no speech, with the prepositions that still report what
#: was said: "the decision reflects a shift" and "Clinton maintains a lead" mirror and keep; a
#: clause ("maintained the server was secure") is content still. On PolNeAR train 0-499 and dev
#: such objects were annotated 4 times in 40. "reflected on his career" was kept as speech
#: until session 24; it is thinking over, with no words reported (train 0-499: 1 of 4 such
#: predictions annotated; tfe9's gold none), so "reflect" reports only with a clause or a
#: quotation ('reflected that ...', '"...," she reflected').
_OBJECT_NOT_SAID: dict[str, tuple[str, ...]] = {"reflect": (), "maintain": ()}

#: Gatherings and bodies one addresses by speaking to them: "address the convention" names the
#: audience, not what was said ("address the controversy" is a topic, and stays).
_AUDIENCES = frozenset(
    word_list(
        """
convention conventions conference conferences nation crowd crowds rally rallies meeting
gathering summit assembly congregation audience supporters graduates students delegates
"""
    )
)


def _an_audience(obj: Token) -> bool:
    """True for the object of "address" that names who heard the speech ('scheduled to address
    a conference of evangelical leaders', 'will address the Republican National Convention')."""
    return obj.dep_ == "dobj" and obj.lower_ in _AUDIENCES


def _names_a_channel(prep: Token) -> bool:
    """'wrote on Twitter', 'said on Monday', 'spoke on Fox News', 'commented on the show': a
    prepositional object that is a name, a date or a medium is where or when, not what."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or prep.lower_ not in ("on", "over"):
        return False
    if pobj.pos_ == "PROPN" or pobj.ent_type_ in ("DATE", "TIME", "ORG", "GPE", "FAC"):
        return True
    return pobj.lower_ in CHANNEL_NOUNS or pobj.lower_ in MEDIA_NOUNS


def _closes_place(comma: Token) -> bool:
    """True for the comma that closes a place named with its state or country ("Burlington,
    Vermont,"): it belongs to the name (the parser may hang it on the verb), so what was said
    goes on after it ('described a day at home in Burlington, Vermont, as the perfect day')."""
    if comma.text != "," or comma.i < 3:
        return False
    prev = comma.doc[comma.i - 1]
    return (
        prev.dep_ == "appos"
        and prev.ent_type_ == "GPE"
        and prev.head.ent_type_ == "GPE"
        and comma.doc[prev.left_edge.i - 1].text == ","
    )


def _object_before_as(verb: Token, child: Token) -> bool:
    """True for a noun right after the verb that the parser read as a measure of time or
    amount ("npadvmod") while an "as" phrase of the verb follows it: in 'described a morning
    in the garden as the best part of the week' the morning is what was described, and the
    content runs from it through the "as" phrase (not "the best part of the week" alone). Not
    a date ('described last week as ...': when), nor before an aside set off by a comma
    ('announced that same day, as mentioned above,': the time of the act)."""
    return (
        child.dep_ == "npadvmod"
        and child.pos_ == "NOUN"
        and child.left_edge.i == verb.i + 1
        and child.ent_type_ not in ("DATE", "TIME")
        and any(
            _as_phrase(c) and _verbless_as(c) and c.doc[c.left_edge.i - 1].text != ","
            for c in verb.rights
            if c.i > child.i
        )
    )


def object_content(verb: Token, lemma: str) -> tuple[int, int] | None:
    """What an act or speech verb with no clause is about: its object, infinitive complement
    or prepositional object ("criticized Romney for not releasing ...", "called for talks")."""
    kids = []
    when = None  # a time phrase skipped, which an infinitive may follow
    for child in verb.rights:
        if child.i == verb.i + 1 and child.lower_ in ANSWERS and lemma == "say":
            return child.idx, child.idx + len(child)  # 'said yes', 'said so'
        if child.dep_ in ("dobj", "dative") and lemma in ADDRESSEE_VERBS:
            continue
        if not kids and to_listener(child, lemma):
            # 'wrote to the mayor on Friday': who was written to, not what; but the parse may
            # hang the topic on the listener ('apologizing to the players for the delay')
            kids.extend(_topic_on_listener(child))
            continue
        if child.dep_ == "prep" and _at_a_time(child):
            when = child  # 'told her on her first day': when, not what
            continue
        if child.dep_ in ("dobj", "xcomp", "oprd", "ccomp") or (
            child.dep_ == "prep" and child.lower_ in _ABOUT
        ):
            kids.append(child)
        elif not kids and when is not None and _infinitive_after(child, when):
            # 'sought on Wednesday to ease worries': the parse hangs the infinitive after the
            # time phrase as an adverbial clause; it is what was sought
            kids.append(child)
        elif not kids and _object_before_as(verb, child):
            kids.append(child)
        elif kids and _as_phrase(child) and (lemma in JUDGMENT_VERBS or _verbless_as(child)):
            # 'see the campaign of Donald Trump as most unfair'; 'described the dinner as
            # Washington celebrating itself', 'praised Clinton as a "work horse"': what the
            # object is said to be, with any verb of saying or act ("as he spoke", a clause
            # with a tensed verb, is when, not what)
            kids.append(child)
        elif _for_clause(child) or (
            kids
            and kids[-1].dep_ == "prep"
            and kids[-1].lower_ in ("for", "on")
            and child.dep_ in ("advcl", "xcomp")
            and child.left_edge.i == kids[-1].right_edge.i + 1
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        ):
            # 'called for the United States to take a stronger role', 'called on Clinton to
            # release the transcripts': the object and its infinitive are one content
            kids.append(child)
        elif child.dep_ == "punct" and kids and _closes_place(child):
            continue  # 'in Burlington, Vermont, as ...': the comma is the place name's
        elif child.dep_ in ("punct", "cc", "conj", "advcl") and kids:
            break
    if lemma == "say":
        kids = [k for k in kids if k.dep_ != "prep"]  # "said of Apple": the topic, not what
    if lemma in _OBJECT_NOT_SAID:
        kids = [k for k in kids if k.dep_ == "ccomp" or k.lower_ in _OBJECT_NOT_SAID[lemma]]
    if lemma == "address":
        kids = [k for k in kids if not _an_audience(k)]
    kids = [k for k in kids if k.dep_ != "prep" or not _names_a_channel(k)]
    if lemma in ("speak", "talk"):
        kids = [k for k in kids if k.lower_ in ("about", "of")]  # not "speaking on condition"
    if lemma in JUDGMENT_VERBS and not any(
        k.lower_ == "as" or k.dep_ in ("oprd", "ccomp") or _as_phrase(k) for k in kids
    ):
        return None  # 'saw him there', 'considered the bill': no judgment
    if not kids or (lemma == "add" and _adds_an_amount(verb, kids)):
        return None
    lo, hi = kids[0].left_edge.i, _before_new_clause(kids[-1])
    if kids[0].dep_ == "prep" or _for_clause(kids[0]):
        # the preposition goes with the cue ('called for', 'talked about', 'warned of'): what
        # was called for, talked about, warned of is its object
        lo = max(lo, kids[0].i + 1) if kids[0].dep_ == "prep" else _after_for(kids[0])
    if hi - lo == 1 and verb.doc[lo].pos_ == "PROPN":
        return verb.doc[lo].idx, verb.doc[lo].idx + len(verb.doc[lo])  # 'endorsed Trump'
    hi = max(
        hi,
        _series_end(verb, kids[-1]),
        _noun_infinitive_end(verb, kids[-1]),
        _in_phrase_end(verb, kids[-1]),
    )
    hi = _quoted_complement(verb.doc, kids[-1], hi)
    hi = _without_time(verb.doc, lo, hi)
    return trim(verb.doc, lo, _without_aside(verb.doc, lo, hi))


#: Nouns of intent or demand that take a "to" infinitive saying what is intended or demanded:
#: 'his call to raise the wage', 'her pledge to cut taxes', 'their efforts to end the strike'.
_INFINITIVE_NOUNS = frozenset(
    word_list(
        """
        call calls promise promises pledge pledges vow vows plea pleas appeal appeals demand
        demands threat threats plan plans proposal proposals effort efforts attempt attempts bid
        bids push decision decisions refusal order orders request requests offer offers
        commitment commitments intention intentions
        """
    )
)


def _noun_infinitive_end(verb: Token, last: Token) -> int:
    """Where an object ends whose noun of intent takes an infinitive the parse hung on the cue
    verb: in 'defended his call to raise the wage' "to raise" is read as the purpose of
    "defended", and the content stopped at "his call"; what was defended is the call to raise
    the wage. Only for a noun of :data:`_INFINITIVE_NOUNS` (with another noun the infinitive
    may be the speaker's purpose: 'cited the report to defend his vote'), only for an
    infinitive right after the object. Returns the token index after it, or ``last``'s end."""
    end = _before_new_clause(last)
    if last.dep_ != "dobj" or last.lower_ not in _INFINITIVE_NOUNS:
        return end
    for child in verb.rights:
        if (
            child.left_edge.i == end
            and child.dep_ in ("advcl", "xcomp")
            and child.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        ):
            return child.right_edge.i + 1
    return end


#: Nouns that make a complex preposition with "in" and "of"/"to": 'a concert in support of
#: the fund', 'his vote in favor of the deal', 'a letter in opposition to the plan'.
_IN_NOUNS = frozenset(("support", "favor", "favour", "opposition", "defense", "defence"))


#: "-ing" words that, after "in", open a place or a time, not an act: 'supporting rebels in
#: neighboring South Sudan', 'in surrounding towns', 'in the coming weeks'.
_PLACE_WORDS = frozenset(
    ("neighboring", "neighbouring", "surrounding", "coming", "upcoming", "following", "remaining")
)


def _in_phrase_end(verb: Token, last: Token) -> int:
    """Where an object ends that an "in" phrase describes, when the parse hung the phrase on
    the cue verb: 'defended his vote in favor of the deal', 'praised their generosity in
    support of the food bank' (a complex preposition, :data:`_IN_NOUNS`), 'questioned her
    judgment in supporting the war' ("in" with a gerund: where the judgment was shown). What
    was defended is the vote for the deal. A place or a time ('praised the crews in the city',
    'in March') stays out. Returns the token index after the phrase, or ``last``'s end."""
    end = _before_new_clause(last)
    if last.dep_ != "dobj" or last.pos_ not in ("NOUN", "PROPN"):
        return end
    for child in verb.rights:
        if child.left_edge.i != end or child.dep_ != "prep" or child.lower_ != "in":
            continue
        obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
        if obj is None:
            return end
        complex_prep = obj.lower_ in _IN_NOUNS and any(
            c.dep_ == "prep" and c.lower_ in ("of", "to") for c in obj.children
        )
        # the gerund only after a bare noun phrase: after 'accused the leaders of a breach of
        # trust' the charge is given, and 'in trying to ...' says when it was breached
        bare = not any(c.dep_ == "prep" for c in last.children)
        gerund = obj.dep_ == "pcomp" and obj.tag_ == "VBG" and obj.lower_ not in _PLACE_WORDS
        if complex_prep or (bare and gerund):
            return child.right_edge.i + 1
    return end


def _ends_in_infinitive(kid: Token) -> bool:
    """True when ``kid``'s phrase ends in a "to" infinitive: 'pledged to cut taxes', 'touted
    her plans to build schools' (the infinitive is the kid or hangs inside it)."""
    for tok in kid.subtree:
        if (
            tok.tag_ == "VB"
            and tok.right_edge.i == kid.right_edge.i
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        ):
            return True
    return False


def _series_item(item: Token, verb: Token, infinitive: bool) -> bool:
    """True for a later item of a series the parse hung on the cue verb: a bare verb after
    an infinitive ('pledged to cut taxes, repair bridges and ...'; a verb of the cue's own
    tense, 'criticized X, said Y and left', is the speaker's next act), or a second noun
    phrase or a gerund after a noun phrase ('praised his record, his patience and ...',
    'talked about health care and getting money out of politics': a gerund joined to a verb
    of another form is no next act of the speaker's)."""
    if infinitive:
        return (
            item.dep_ in ("conj", "advcl")  # the parse reads a bare verb after a comma either way
            and item.tag_ == "VB"
            and verb.tag_ != "VB"
            and not any(
                c.dep_ in ("nsubj", "nsubjpass", "mark") or (c.dep_ == "aux" and c.lower_ != "to")
                for c in item.children
            )
        )
    if item.dep_ == "conj" and item.tag_ == "VBG" and verb.tag_ != "VBG":
        return not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in item.children)
    return (
        item.dep_ in ("dobj", "conj")
        and item.pos_ in ("NOUN", "PROPN")
        and not _past_form_after_and(item.left_edge)
    )


def _past_form_after_and(first: Token) -> bool:
    """True for a phrase opening with a past form right after "and": in 'pushed against the
    standards and encouraged parents to ...' the parse reads "encouraged parents" as a noun
    phrase (an adjective on "parents"), but it is the speaker's next act."""
    after_and = first.i > 0 and first.doc[first.i - 1].lower_ in ("and", "or")
    past = first.tag_ in ("VBD", "VBN") or (first.tag_ == "JJ" and first.lower_.endswith("ed"))
    return after_and and past


def _series_end(verb: Token, last: Token) -> int:
    """Where a series of what was pledged, praised, touted ends, when the parse hung its
    later items on the cue verb instead of on the first one: in 'pledged to cut taxes, repair
    the bridges and hire teachers' "repair" is a conjunct of "pledged", and the content
    stopped at "taxes". The items after a comma are the series' while they are of the first
    item's kind (:func:`_series_item`); it is one only when "and"/"or" joins its last item
    (a list, not an aside: 'praised the plan, a bold one' is no series). Returns the token
    index after the series, or ``last``'s end when there is none."""
    end = _before_new_clause(last)
    infinitive = last.dep_ in ("xcomp", "dobj") and _ends_in_infinitive(last)
    noun = (last.dep_ == "dobj" and last.pos_ in ("NOUN", "PROPN")) or (
        last.dep_ == "prep" and any(c.dep_ == "pobj" for c in last.children)
    )
    if not infinitive and not noun:
        return end
    series_end = end
    joined = False
    for child in verb.rights:
        if child.i < end:
            continue
        if child.left_edge.i != series_end:
            break  # something between: not the next item
        if child.dep_ == "punct" and child.text == ",":
            series_end = child.i + 1
            continue
        if child.dep_ == "cc" and child.lower_ in ("and", "or"):
            joined = True
            series_end = child.i + 1
            continue
        if not _series_item(child, verb, infinitive):
            break
        series_end, has_and = _item_extent(child)
        if joined or has_and:
            return series_end
    return end


def _item_extent(item: Token) -> tuple[int, bool]:
    """The token index after a series item (:func:`_before_new_clause`), and whether
    "and"/"or" joins an item inside it ('repair the bridges and hire teachers')."""
    stop = _before_new_clause(item)
    for child in item.rights:
        start = child.left_edge.i
        after_comma = item.doc[start - 1].text == ","
        if child.dep_ in ("acl", "advcl") and child.tag_ == "VBG" and after_comma:
            # 'called for a voice vote, and then a visual vote, declaring ...': what the
            # speaker did with it, not more of the series
            stop = min(stop, start - 1)
            break
    joined = any(t.dep_ == "cc" and t.lower_ in ("and", "or") and t.i < stop for t in item.subtree)
    return stop, joined


def _before_new_clause(item: Token) -> int:
    """The token index after ``item``'s phrase, or before a conjunct of it that has a subject
    of its own: in 'pledged to lower fares, expand the network and she, once again, promised a
    bridge' the parse chains "promised" to "expand" and "lower" as conjuncts, but with its
    subject it is a new clause (the speaker's next act), not more of what was pledged. Only
    conjuncts joined to ``item`` through conjuncts are read: one inside a clause of the item
    ('to ensure that taxes fall and wages rise') is part of that clause."""
    doc = item.doc
    for tok in item.subtree:
        if tok.dep_ != "conj" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            continue
        up = tok
        while up.dep_ == "conj" and up.head.i != item.i:
            up = up.head
        if up.dep_ != "conj":
            continue  # reached through a clause or a phrase of the item: part of it
        stop = tok.left_edge.i
        while stop > item.i + 1 and (doc[stop - 1].dep_ == "cc" or doc[stop - 1].is_punct):
            stop -= 1
        return stop
    return item.right_edge.i + 1


#: Nouns of a time, as the object of "on" or "over": 'told her on her first day', 'spoke on
#: Monday morning'. When the words were said, not what they were about.
_TIME_NOUNS = frozenset(
    word_list(
        """
        day days night nights morning mornings afternoon evening week weekend weekends month
        year occasion eve
        """
    )
)


def _at_a_time(prep: Token) -> bool:
    """True for a prepositional phrase that says when ('told her on her first day', 'told
    them on Monday morning'): its object is a date or a noun of time. A topic ('commented on
    the budget') is not one."""
    pobj = next((t for t in prep.children if t.dep_ == "pobj"), None)
    if pobj is None or prep.lower_ not in ("on", "over"):
        return False
    return pobj.ent_type_ in ("DATE", "TIME") or pobj.lower_ in _TIME_NOUNS


def _infinitive_after(child: Token, when: Token) -> bool:
    """True for an infinitive clause right after a time phrase ('on Wednesday to ease ...')."""
    return (
        child.dep_ in ("advcl", "xcomp")
        and child.left_edge.i == when.right_edge.i + 1
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
    )


def _topic_on_listener(prep: Token) -> list[Token]:
    """The topic phrase the parse hung on the listener of "to X" ("for the delay" of
    "apologizing to the players for the delay"): what the words were about, as if on the
    verb."""
    pobj = next((t for t in prep.children if t.dep_ == "pobj"), None)
    if pobj is None:
        return []
    return [g for g in pobj.rights if g.dep_ == "prep" and g.lower_ in _ABOUT - {"to"}][:1]


#: What a player adds to a score, counted or not: 'added a goal and an assist', 'added a late
#: try'. Only these nouns: session 15's rule that took every object but words from "added"
#: cost right speakers on the held-out totals.
_SCORES = frozenset(
    word_list(
        """
        goal goals assist assists try tries touchdown touchdowns wicket wickets birdie birdies
        basket baskets rebound rebounds homer homers strikeout strikeouts
        """
    )
)


def _adds_an_amount(verb: Token, kids: list[Token]) -> bool:
    """True when "add" adds an amount, not words (speech's "add" takes a clause or a
    quotation): a counted object or a score (:func:`_a_quantity`: 'added 25 points'), a
    counted change hung on the verb ('Spot gold added 0.4% to $1,512.30'), or only "to" and a
    noun ('Those gains add to a strong run')."""
    counted = any(
        c.dep_ in ("npadvmod", "dobj") and any(g.dep_ == "nummod" for g in c.children)
        for c in verb.children
    )
    return (
        _a_quantity(kids[0]) or counted or all(k.dep_ == "prep" and k.lower_ == "to" for k in kids)
    )


def _a_quantity(obj: Token) -> bool:
    """'Gallinari added 25 points', 'the index added 1.2 percent', 'added two goals', 'added a
    goal and an assist': an object counted by a number, or a score, is a score or an amount,
    not words; "added" says nothing there."""
    return obj.dep_ == "dobj" and (
        obj.like_num
        or any(c.dep_ == "nummod" or c.like_num for c in obj.children)
        or obj.lower_ in _SCORES
    )


def quoted_label(verb: Token, quoted: list[Quoted]) -> tuple[int, int] | None:
    """The object of ``verb`` and what it is called in quote marks after "as", as a span
    (paragraph offsets, to the closing mark), when there is one: 'Reid has been pounding
    Trump as a "con artist"' -> 'Trump as a "con artist"'; 'introduced him as ''a fighter for
    families''', 'presenting herself as "anti-system"'. The marks give the words to the verb's
    subject whatever the verb (too many to list: pound, introduce, present, frame, cast ...),
    as a verb of saying would. A second label joined by "and" or "or" goes with the first
    ('as a "human leech" and a "spoiled brat."'). No object, no saying: 'ran as the "law and
    order" candidate', 'the bill, known as the "..." Act'."""
    if not quoted or verb.pos_ != "VERB":
        return None  # (no quotation, no label: asked of every verb of the paragraph)
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.right_edge.i + 2 >= len(verb.doc):
        return None
    doc = verb.doc
    after = doc[obj.right_edge.i + 1]
    if after.lower_ != "as" or not (after.head == verb or after.head.head == verb):
        return None  # "as" opens a phrase of the verb (the parser may hang it on a clause)
    text = text_of(doc)
    label = _LABEL.match(text, after.idx)
    quote = next((q for q in quoted if q.closed and label and q.open_mark == label.end()), None)
    if quote is None or _SENTENCE_BREAK.search(text, quote.start, quote.end):
        return None  # 'as a "global leader ... Nobody comes closer.": a quotation, not a name
    end = quote.close_mark + 1
    more = _MORE_LABEL.match(text, end)
    nxt = next((q for q in quoted if q.closed and more and q.open_mark == more.end()), None)
    if nxt is not None:
        end = nxt.close_mark + 1
    return doc[obj.left_edge.i].idx, end


#: "as" and a determiner before a label's opening mark.
_LABEL = re.compile(r"as\s+(?:(?:a|an|the)\s+)?(?=[\"“‘«„]|'')", re.IGNORECASE)
#: A sentence ending inside a quoted stretch, with words after it.
_SENTENCE_BREAK = re.compile(r"[.!?…]\s*[A-Z]")
#: "and" or "or" and a determiner before a second label's opening mark.
_MORE_LABEL = re.compile(r"[.,]?\s*(?:and|or)\s+(?:(?:a|an|the)\s+)?(?=[\"“‘«„]|'')")


def _as_phrase(tok: Token) -> bool:
    """True for a dependent that opens with "as" ('as most unfair', 'as captured by ...'),
    whatever the parser labelled it: the judgment of 'see X as Y'."""
    return tok.dep_ in ("advcl", "acomp", "advmod", "prep", "oprd") and (
        tok.doc[tok.left_edge.i].lower_ == "as"
    )


def _verbless_as(tok: Token) -> bool:
    """True for an as-phrase with no tensed verb of its own ('as a "work horse"', 'as
    Washington celebrating itself'), unlike 'as he spoke'."""
    return not any(t.tag_ in _TENSED for t in tok.subtree)


#: Tags of tensed verbs and modals.
_TENSED = {"VBD", "VBZ", "VBP", "MD"}


def _for_clause(tok: Token) -> bool:
    """True for a "for ... to" infinitive clause hung on the verb: 'is calling for the United
    States to take a stronger role' (the parser makes "for" the mark of "take")."""
    return (
        tok.dep_ in ("advcl", "ccomp", "xcomp")
        and any(c.dep_ == "mark" and c.lower_ == "for" and c.i < tok.i for c in tok.children)
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    )


def _after_for(clause: Token) -> int:
    """The first token after the "for" of a :func:`_for_clause`."""
    return next(c.i for c in clause.children if c.dep_ == "mark" and c.lower_ == "for") + 1


def _quoted_complement(doc: Doc, last: Token, hi: int) -> int:
    """``hi`` pushed past a quotation that follows the verb's object directly: in 'called the
    Texas senator "the next George Washington"' the quoted words are what the verb says of its
    object, whatever the parser made of them (an adverbial noun, a second object)."""
    if (
        last.dep_ not in ("dobj", "dative", "oprd")
        or hi >= len(doc)
        or doc[hi].text not in _OPENERS
    ):
        return hi
    if sum(t.is_quote for t in doc[last.head.i : hi]) % 2:
        # the mark closes a quotation the object is ('condemned ''such a murderous attack''
        # and declared ...': two apostrophes open and close alike), it opens nothing
        return hi
    for k in range(hi + 1, min(len(doc), hi + 40)):
        if doc[k].is_quote and doc[k].text not in ("'", "‘"):
            return k + 1
    return hi


#: Words that open a non-restrictive relative clause, the writer's note on a noun.
_RELATIVES = frozenset({"which", "who", "whom", "whose", "where"})


def _without_aside(doc: Doc, lo: int, hi: int) -> int:
    """``hi`` cut before the writer's note on the object that ends it: a relative clause after
    a comma ('praised the pastor Tom Reed, who has vowed to ...', 'predicted a win in Ohio,
    which votes on March 1') or a described name ('is backing Smith, the former governor').
    The speaker praised, predicted, backed the thing; who or what it is, is narration. An
    appositive that names a common noun ('his new book, "Home Truths"') is what was said and
    stays, and so does an aside holding quoted words (the speaker's own)."""
    last = hi - 1
    while last > lo and doc[last].is_punct:
        last -= 1
    for tok in doc[lo + 1 : hi]:
        start = tok.left_edge.i
        if start <= lo + 1 or doc[start - 1].text != "," or tok.right_edge.i < last:
            continue
        if any(t.is_quote for t in doc[start:hi]):
            continue  # 'Bush, who quit on Saturday, as "a man who ..."': his words are in it
        relative = tok.dep_ == "relcl" and doc[start].lower_ in _RELATIVES
        described = (
            tok.dep_ == "appos"
            and tok.head.pos_ == "PROPN"
            and tok.pos_ == "NOUN"
            and doc[start].lower_ in ("the", "a", "an")
        )
        if relative or described:
            return start - 1
    return hi


#: Opening double quote marks as tokens; two apostrophes stand for one in some archives (the
#: New York Times': "called her actions ''extremely careless''"), and spaCy keeps them one token.
_OPENERS = OPENING_MARKS | {"''"}


def _without_time(doc: Doc, lo: int, hi: int) -> int:
    """``hi`` without a time phrase at the end of an object ('described Trump as a "con
    artist" on Monday'): when it was said is not what was said."""
    k = hi - 1
    while k > lo and doc[k].is_punct:
        k -= 1
    tok = doc[k]
    if tok.ent_type_ in ("DATE", "TIME") and tok.dep_ in ("pobj", "npadvmod"):
        start = tok.left_edge.i
        if tok.dep_ == "pobj" and doc[start].i == tok.i and tok.head.dep_ == "prep":
            start = tok.head.i
        elif tok.dep_ == "pobj":
            start = min(start, tok.head.i)
        if start > lo + 1:
            return start
    return hi


#: One-word reported answers that are content ('72 percent said yes', 'half said so').
ANSWERS = {"yes", "no", "so"}


def directive(verb: Token) -> tuple[int, int] | None:
    """What an addressee verb asks of its addressee: the infinitive after the object ('urged
    the administration to join a coalition', 'told Bush to quiet down') or the question after
    it ('asked workers if they planned to attend'). The object is the addressee, not content.
    A clause with no "that" after the object is what was told, though the parser made it a
    relative clause of the object (:func:`_told_clause`)."""
    doc = verb.doc
    if not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None
    told = _told_clause(verb)
    if told is not None:
        return told
    for child in verb.rights:
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        if child.dep_ in ("xcomp", "ccomp") and child.pos_ in ("VERB", "AUX") and infinitive:
            return trim(doc, child.left_edge.i, clause_end(child))
        if child.dep_ in ("advcl", "ccomp") and any(
            c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in child.children
        ):
            lo = next(c.i for c in child.children if c.dep_ == "mark")
            return doc[lo].idx, trim(doc, lo, clause_end(child))[1]  # type: ignore[index]
    hung = _infinitive_in_object(verb)
    if hung is not None:
        return trim(doc, hung.left_edge.i, clause_end(hung))
    return None


def _infinitive_in_object(verb: Token) -> Token | None:
    """The infinitive a directive asks for that the parser hung inside its object: in 'urged
    those calling for a recount to "give it time"' the small model makes "to give" the
    complement of "calling", the participle that describes the addressee, and leaves "urged"
    with none. A directive needs its infinitive, so the one that ends the object's phrase (after
    a participle or relative clause of the object) is the verb's."""
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    for mod in obj.children:
        if mod.dep_ not in ("acl", "relcl") or mod.i < obj.i:
            continue
        for inf in mod.rights:
            if (
                inf.dep_ == "xcomp"
                and inf.pos_ in ("VERB", "AUX")
                and inf.right_edge.i == obj.right_edge.i
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children)
            ):
                return inf
    return None


#: Pronouns that open a told clause with no "that" ('told the court he had paid ...').
_CLAUSE_PRONOUNS = {"he", "she", "they", "we", "i", "it", "you"}


def _told_clause(verb: Token) -> tuple[int, int] | None:
    """'One developer told the court he had paid the mayor £50,000 to approve a scheme': the
    small model reads "he had paid ..." as a relative clause of "court" (and "to approve" as
    the verb's infinitive). A clause right after the object that opens with its own subject
    pronoun and no relative word is the told content, up to the end of what hangs after it."""
    doc = verb.doc
    obj = next((c for c in verb.rights if c.dep_ in ("dobj", "dative")), None)
    if obj is None:
        return None
    rel = next((c for c in obj.rights if c.dep_ == "relcl"), None)
    if rel is None:
        return None
    first = rel.left_edge
    if (
        first.dep_ not in ("nsubj", "nsubjpass")
        or first.lower_ not in _CLAUSE_PRONOUNS
        or first.i != obj.i + 1
    ):
        return None
    end = clause_end(rel)
    for child in verb.rights:  # "to approve a housing scheme" the parser hung on the verb
        if child.i >= end and child.dep_ in ("xcomp", "advcl", "prep"):
            end = max(end, child.right_edge.i + 1)
    return trim(doc, first.i, end)


def document_object(verb: Token) -> tuple[int, int] | None:
    """The object of a report verb whose subject is a document or a measurement: 'A CNN/ORC
    poll showed a one-point difference', 'the study found no link' (a person who "found his
    keys" reports nothing, so only these subjects)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in DOCUMENT_NOUNS:
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    hi = clause_end(obj)
    for r in verb.rights:
        # 'A Fox News poll shows Sanders with 47 percent': what the poll shows of its object
        # runs on in the verb's next dependents
        if r.i <= obj.i:
            continue
        if r.left_edge.i != hi or r.dep_ not in ("prep", "advcl", "advmod", "npadvmod", "oprd"):
            break
        hi = r.right_edge.i + 1
    return trim(verb.doc, obj.left_edge.i, hi)
