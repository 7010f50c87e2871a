"""Attributions: every cue in a parsed paragraph, with its speaker, addressee, channel, content.

requires: a paragraph's spaCy Doc with a dependency parse, the paragraph's offset in
``Article.text``, and its quoted stretches (:func:`tidings.analyze.quotemarks.find_quoted`).
assigns: nothing on the Doc; :func:`find_attributions` returns :class:`Attribution` records with
offsets in ``Article.text``, which :mod:`tidings.analyze.quotes` ties to quotes.

A cue is a speech verb outside quote marks ("said", "told AFP", "was quoted as saying"), a
phrase ("according to"), a possessed noun of saying ("her remark that ..."), a stance or act verb
with a clause or object ("believes that ...", "criticized X for ..."), a stance adjective with
what it takes ("critical of ...", "confident that ..."), an evidential with no source ("is
expected to ...", "seems ...", "reportedly"), or any verb that tags or
introduces a quote ('"...," Trump shot back'; 'She addressed them again: "..."'). What counts
follows PARC's definition of attribution, which PolNeAR annotates: beliefs, stances and
intentions as well as speech. Separate from
the quotes so that what the parse says about each cue can be read and tested without the rules
that assign quotes to cues; who speaks is read by :mod:`tidings.analyze.subjects`, what was said
by :mod:`tidings.analyze.content` (a clause) and :mod:`tidings.analyze.objects` (no clause).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from spacy.attrs import IDX, LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from tidings.analyze.addressees import addressee_name, addressee_of
from tidings.analyze.content import (
    clause_end,
    content_of,
    detached_that_clause,
    trim,
    with_marks,
)
from tidings.analyze.cues import (
    ADDRESSEE_VERBS,
    CHANNEL_NOUNS,
    CLAUSE_ONLY_FORMS,
    DOCUMENT_NOUNS,
    EVIDENTIAL_ADVERBS,
    GROUP_NOUNS,
    INTENT_VERBS,
    PASSIVE_EVIDENTIALS,
    RAISING_FORMS,
    SPEECH_NOUNS,
    STANCE_ADJECTIVE_PREPS,
    STANCE_ADJECTIVES,
    STANCE_NOUNS,
    TAG_ONLY,
    act_lemma,
    cue_lemma,
    is_stance,
    writers_idiom,
)
from tidings.analyze.mentions import Mention, read_mention
from tidings.analyze.names import TITLE_WORDS
from tidings.analyze.naming import ORG_NOUNS, SOURCE_NOUNS
from tidings.analyze.nlp import text_of
from tidings.analyze.objects import directive, document_object, object_content, quoted_label
from tidings.analyze.quotemarks import Quoted
from tidings.analyze.subjects import adjacent_subject, inverted_subject, subject_of
from tidings.wordlists import word_list


@dataclass
class Attribution:
    """A cue with its speaker and what it attributes, offsets in ``Article.text``."""

    cue: tuple[int, int]
    lemma: str
    mention: Mention | None
    sentence: tuple[int, int]
    paragraph: int
    content: tuple[int, int] | None = None
    addressee: tuple[int, int] | None = None
    addressee_name: str | None = None
    #: the addressee as a mention, for :mod:`tidings.analyze.resolve` to resolve a pronoun or
    #: surname like a speaker ("told her" -> the woman named before)
    addressee_ref: Mention | None = None
    via: tuple[int, int] | None = None
    used: bool = False
    #: how sure the cue makes the attribution: speech verb or noun 0.75, stance 0.6, act verb 0.5
    strength: float = 0.75
    #: a statement that an "according to" source passes on (see ``quotes._mark_passed_on``)
    passed_on: bool = False


def _put_it(verb: Token) -> str | None:
    """'put' when it is the idiom of saying 'as X put it' ('As Vulture put it, "Hello ..."'),
    else None; 'put' alone ('put the money aside') says nothing."""
    if verb.lower_ not in ("put", "puts") or verb.pos_ != "VERB":
        return None
    kids = list(verb.children)
    has_it = any(c.dep_ == "dobj" and c.lower_ == "it" for c in kids)
    has_as = any(c.dep_ == "mark" and c.lower_ == "as" for c in kids)
    return "put" if has_it and has_as else None


#: Verbs that say something only with the particle "back" ("shot back that ...", "hit back
#: that ..."); alone they are shooting and hitting.
_BACK_VERBS = frozenset(
    word_list("shoot shoots shot shooting fire fires fired firing hit hits hitting snap snapped")
)


def _answered_back(verb: Token) -> str | None:
    """'retort' for a reply with "back" and a clause ('Haley shot back that his opponent had
    "never balanced a budget"'), else None. With a quote right after, such a verb is already a
    cue (:func:`_tags_quote`, :func:`_leads_into_quote`); with a clause it was not."""
    if verb.lower_ not in _BACK_VERBS or verb.pos_ != "VERB":
        return None
    kids = list(verb.children)
    back = any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in kids)
    return "retort" if back and any(c.dep_ == "ccomp" for c in kids) else None


#: How a quotation tagged by the clause after it ends: a comma, a question or exclamation
#: mark, or a dash or an ellipsis where the speaker broke off ('"We had hoped—" Ames began').
_TAG_ENDS = (",", "?", "!", "—", "–", "-", "…")


def _tags_quote(verb: Token, quoted: list[Quoted]) -> bool:
    """True when ``verb`` heads the short clause that tags the quote just before it, whatever
    the verb: '"...," Trump shot back', '"...?" Hannity pressed', '"This is fantastic!" beamed
    Donald Hartley', '"We had hoped—" Ames began'. A quotation that ends in a comma, a
    question or an exclamation mark, or breaks off in a dash or an ellipsis, and runs straight
    into a subject and its verb (or a verb and its subject) is that subject's, the way a reader
    takes it; "shot back", "beamed", "went on" are too many to list.
    """
    if verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "parataxis", "ccomp"):
        return False
    text = text_of(verb.doc)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ in ("dobj", "ccomp") and c.i > verb.i for c in verb.children):
        return False
    first = min(subj.left_edge.i, verb.i)
    for q in quoted:
        if not q.closed or text[q.close_mark + 1 : verb.doc[first].idx].strip():
            continue
        said = text[: q.close_mark].rstrip()
        if said[-1:] not in _TAG_ENDS and not said.endswith("..."):
            continue
        if subj.i < verb.i:
            # the words between the mark and the verb are the subject and its auxiliaries
            return all(
                subj.left_edge.i <= t.i <= subj.right_edge.i or t.dep_ in ("aux", "advmod", "neg")
                for t in verb.doc[first : verb.i]
            )
        return verb.i == first
    return False


def _introduces_quote(verb: Token, quoted: list[Quoted]) -> bool:
    """True when ``verb`` heads a clause that ends in a colon right before a quote (or at the
    paragraph's end, before a block quote): 'She addressed the supporters again: "..."'.

    The small model often makes the quoted sentence the root and hangs the clause before the
    colon on it ('Mr. Smith shot back: "That would be good."', 'the Board of Elections was
    conclusive in its findings: "..."'), so the clause is found from the words, not the
    labels: ``verb`` is the first verb (or linking verb) above the word before the colon."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("aux", "auxpass"):
        return False
    doc = verb.doc
    if ":" not in text_of(doc):
        return False
    colon = next((c for c in verb.rights if c.text == ":"), None)
    if colon is None or verb.dep_ not in ("ROOT", "conj") or verb.pos_ != "VERB":
        colon = _colon_after(verb)
        before = _clause_verb_before(colon) if colon is not None else None
        if before is None or before.i != verb.i:
            return False
        if verb.dep_ == "ccomp" and cue_lemma(verb.head.lower_) and verb.head.i < verb.i:
            # 'Mr. Slinker said Mr. Trump was a candidate in the spirit of Silicon Valley:
            # "..."': the clause is what the cue reports, and the colon the cue's, not Trump's
            return False
    if any(c.dep_ == "ccomp" and c.i < colon.i for c in verb.rights):
        return False
    after = text_of(doc)[colon.idx + 1 :].lstrip()
    return not after or any(q.open_mark == len(text_of(doc)) - len(after) for q in quoted)


def _colon_after(verb: Token) -> Token | None:
    """The first colon after ``verb`` before the sentence ends, if any."""
    for tok in verb.doc[verb.i + 1 :]:
        if tok.text == ":":
            return tok
        if tok.text in (".", "!", "?"):
            return None
    return None


def _clause_verb_before(colon: Token) -> Token | None:
    """The verb (or linking verb) of the clause that ends at ``colon``: the first one met going
    up the heads from the word before it, without passing the colon."""
    doc = colon.doc
    if colon.i == 0:
        return None
    tok = doc[colon.i - 1]
    while tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("aux", "auxpass"):
        if tok.head.i == tok.i or tok.head.i >= colon.i:
            return None
        tok = tok.head
    return tok


def _leads_into_quote(verb: Token, quoted: list[Quoted]) -> bool:
    """True when ``verb``, with its subject before it, runs through a comma straight into a
    quote, whatever the verb: 'Hillary shot back, "I suppose ..."', 'He went on, "..."'. A
    subject, a verb (with its particle or adverb: "shot back", "went on") and a comma before
    an opening mark is the writer's tag of the quote that follows."""
    if verb.pos_ != "VERB" or not any(
        c.dep_ == "nsubj" and c.i < verb.i and not _inside(c, quoted) for c in verb.children
    ):
        return False
    doc = verb.doc
    j = verb.i + 1
    while j < len(doc) and doc[j].head.i == verb.i and doc[j].dep_ in ("prt", "advmod"):
        j += 1
    if j >= len(doc) or doc[j].text != "," or _inside(verb, quoted):
        return False
    after = doc[j].idx + 1
    while after < len(text_of(doc)) and text_of(doc)[after] == " ":
        after += 1
    return any(q.open_mark == after for q in quoted)


def _past_source_aside(doc: Doc, i: int, end: int) -> int:
    """Where the attributed clause starts after 'According to the lawsuit, filed Monday in
    Multnomah County Circuit Court, ...': a participle or relative clause set off by commas
    right after the source describes the source, not what it says."""
    if (
        i + 1 >= end
        or doc[i].text != ","
        or not (doc[i + 1].tag_ in ("VBN", "VBG") or doc[i + 1].lower_ in ("which", "who"))
    ):
        return i
    comma = next((k for k in range(i + 2, end) if doc[k].text == ","), None)
    return comma + 1 if comma is not None else i


def _is_clause(doc: Doc, content: tuple[int, int]) -> bool:
    """True when a content holds a verb: what an unnamed teller told someone ('He was told
    that the plan had failed'), not where someone was let in ('few women were admitted to
    surgical programmes'). An unnamed question's topic stays ('Asked about the dispute,
    Harris said': PolNeAR annotates 5 of 13 such on train 0-499)."""
    return any(t.pos_ in ("VERB", "AUX") for t in doc if content[0] <= t.idx < content[1])


def _inside(tok: Token, quoted: list[Quoted]) -> bool:
    """True for a token inside quote marks: no cue or speaker is read from the quoted words."""
    return any(q.start <= tok.idx < q.end for q in quoted)


def _inside_all(doc: Doc, quoted: list[Quoted]) -> list[bool]:
    """:func:`_inside` for every token of ``doc`` at once (one array test, not a Python test
    per token and quote)."""
    if not quoted:
        return [False] * len(doc)
    idx = doc.to_array(IDX).astype(np.int64)
    starts = np.array([q.start for q in quoted])
    ends = np.array([q.end for q in quoted])
    return ((starts <= idx[:, None]) & (idx[:, None] < ends)).any(axis=1).tolist()


_SOURCE_PRONOUNS = {"he", "she", "they", "we", "i", "you", "who", "which"}


def _ends_in_colon(sent: SpacySpan) -> bool:
    """True when the sentence's last non-space token is a colon."""
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text == ":"


def _source_like(tok: Token) -> bool:
    """Can this subject be a source: a person, an organisation, a pronoun for one?"""
    if tok.lower_ in _SOURCE_PRONOUNS or tok.pos_ == "PROPN":
        return True
    if tok.like_num or tok.pos_ == "NUM":  # a share of those asked: '6 in 10 white men supported'
        return True
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    return any(_names_source(w) for w in _singulars(tok.lower_))


#: Things whose written words a sentence quotes with "read": 'One viral post read: "..."',
#: 'A sign taped to the door read, "Closed until further notice."'.
_WRITTEN = frozenset(
    word_list(
        """
post posts sign signs caption captions note notes message messages tweet tweets banner banners
placard placards headline headlines email emails text texts notice notices inscription plaque
poster posters billboard card cards letter letters label slogan line lines
"""
    )
)


def _written_words(verb: Token, subj: Token | None) -> bool:
    """True for "read" introducing the quoted words of a written thing: 'One viral post from a
    Chicago father read: "Paid $98 ..."' (the post is the source; a post is no speaker, so
    the other verbs that introduce a quote do not take it)."""
    return verb.lower_ in ("read", "reads") and subj is not None and subj.lower_ in _WRITTEN


def _names_source(low: str) -> bool:
    """True for a noun of the lexicons of sources, organisations, titles, groups, documents."""
    return (
        low in SOURCE_NOUNS
        or low in ORG_NOUNS
        or low in TITLE_WORDS
        or low in GROUP_NOUNS
        or low in DOCUMENT_NOUNS
    )


def _singulars(low: str) -> tuple[str, ...]:
    """The word and, for a plural, its singular candidates ("senators" -> "senator",
    "secretaries" -> "secretary", "campaigns" -> "campaign"): the lexicons list most nouns of
    sources once, in the singular."""
    if len(low) < 4 or not low.endswith("s") or low.endswith("ss"):
        return (low,)
    if low.endswith("ies"):
        return low, low[:-3] + "y"
    return low, low[:-1]


def _addressee(
    verb: Token, lemma: str, subj: Token | None = None
) -> tuple[Token | None, Token | None]:
    """(addressee head, channel noun) among the cue's dependents: the addressee is
    :func:`tidings.analyze.addressees.addressee_of`'s; the channel, a channel noun the cue went
    through ("said in a statement", "in an interview with X")."""
    via = None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "to", "with", "during", "on"):
            if child.lower_ == "to" and lemma == "say":
                continue  # "said to reporters": a listener, not a channel
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.lower_ in CHANNEL_NOUNS:
                    via = pobj
    return addressee_of(verb, lemma, subj), via


def _noun_attribution(
    noun: Token, offset: int, paragraph: int, sentence: tuple[int, int]
) -> Attribution | None:
    """A noun of saying with its content and its owner: 'her remark that “there's a special
    place in hell ...”', "Trump's claim that he opposed the war", 'his promise to build a
    wall'. The owner is the possessor; the content, the noun's "that" clause or infinitive.
    Without a possessor the noun names no one ('the claim that ...') and is left out."""
    doc = noun.doc
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    clause = next(
        (
            c
            for c in noun.rights
            if c.dep_ in ("acl", "ccomp", "relcl")
            and c.pos_ in ("VERB", "AUX")
            and any(
                (g.dep_ == "mark" and g.lower_ == "that") or (g.dep_ == "aux" and g.lower_ == "to")
                for g in c.children
                if g.i < c.i
            )
            and not any(g.dep_ == "dobj" and g.lower_ == "that" for g in c.children)
        ),
        None,
    )
    clause = clause or detached_that_clause(noun)
    strength = 0.75
    if clause is None and noun.lower_ in STANCE_NOUNS:
        # 'her support for the bill', "Trump's attacks on the judge": the object of the
        # stance, after the preposition the noun takes; a stance is a weaker cue than a claim
        prep = next(
            (c for c in noun.rights if c.dep_ == "prep" and c.lower_ in STANCE_NOUNS[noun.lower_]),
            None,
        )
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if pobj is None:
            return None
        content = trim(doc, pobj.left_edge.i, pobj.right_edge.i + 1)
        if content is None and pobj.pos_ == "PROPN":
            content = pobj.idx, pobj.idx + len(pobj)
        strength = 0.5
    elif clause is None:
        return None
    else:
        content = trim(doc, clause.left_edge.i, clause_end(clause))
    if content is None:
        return None
    return Attribution(
        cue=(offset + noun.idx, offset + noun.idx + len(noun)),
        lemma=noun.lower_,
        mention=read_mention(owner, offset),
        sentence=sentence,
        paragraph=paragraph,
        content=(offset + content[0], offset + content[1]),
        strength=strength,
    )


#: Nouns of a person's opinion in 'In Whitaker's view, ...', 'In the view of the mayor, ...',
#: 'In her words, ...', 'By his own account, ...'.
_VIEW_NOUNS = ("view", "opinion", "estimation", "judgment", "judgement", "words", "account")


def _in_view(
    noun: Token, offset: int, paragraph: int, sentence: tuple[int, int], quoted: list[Quoted]
) -> Attribution | None:
    """'In Whitaker's view, the draft "had more holes than a screen door."', 'In the view of
    Mark Fenwick, the town's mayor, the arithmetic missed something': the clause after the
    phrase is the owner's view, attributed as after "according to". Only opening a sentence
    (after "But" or "And" at most), the owner a possessor or the object of "of"; the cue is
    the phrase up to the noun."""
    doc = noun.doc
    prep, sent = noun.head, noun.sent
    if noun.dep_ != "pobj" or _inside(noun, quoted):
        return None
    if prep.lower_ != "in" and not (prep.lower_ == "by" and noun.lower_ == "account"):
        return None  # 'By her own account, ...' is the one "by" phrase of this kind
    if prep.i > sent.start and not (
        prep.i == sent.start + 1 and doc[sent.start].lower_ in ("but", "and", "yet")
    ):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    cue_end = noun.idx + len(noun)
    if owner is None:
        of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        cue_end = of.idx + len(of) if of is not None else cue_end  # 'In the view of'
    if owner is None or owner.lower_ in ("my", "our", "your", "its"):
        return None  # 'In my view, ...' inside a quotation is the speaker's own hedge
    hi = max(noun.right_edge.i, owner.right_edge.i) + 1
    if doc[hi - 1].text == "," and hi - 1 > owner.i:
        hi -= 1  # the owner's apposition ends in the comma: 'of Mark Fenwick, the mayor,'
    if hi >= sent.end or doc[hi].text != ",":
        return None
    start = _past_source_aside(doc, hi, sent.end)
    if start == hi:
        start = hi + 1
    content = trim(doc, start, sent.end)
    if content is None:
        return None
    content = with_marks(text_of(doc), content, quoted)
    return Attribution(
        cue=(offset + prep.idx, offset + cue_end),
        lemma="view",
        mention=read_mention(owner, offset),
        sentence=sentence,
        paragraph=paragraph,
        content=(offset + content[0], offset + content[1]),
        strength=0.5,
    )


def _adjective_attribution(
    adj: Token, offset: int, paragraph: int, sentence: tuple[int, int], quoted: list[Quoted]
) -> Attribution | None:
    """A stance adjective with what it takes and whose stance it is: 'Republicans have been
    critical of Clinton's use of email', 'some Democrats are concerned that ...', 'the White
    House was eager to assuage ...', 'voters worried about the economy'. The content is the
    object after the adjective's preposition, its clause, or its infinitive ("to" kept, as for
    'wants to'); the source is the subject of the linking verb, or the noun the adjective
    describes, and must be one that can hold a view (see :func:`_source_like`)."""
    doc = adj.doc
    content = None
    for c in adj.rights:
        if c.dep_ == "prep" and c.lower_ in STANCE_ADJECTIVE_PREPS:
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                end = clause_end(obj) if obj.pos_ == "VERB" else c.right_edge.i + 1
                content = trim(doc, c.i + 1, end)
        elif c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX"):
            content = trim(doc, c.left_edge.i, clause_end(c))
        if content is not None:
            break
    if content is None:
        return None
    if adj.dep_ in ("acomp", "oprd"):
        # the subject of the linking verb: 'is critical of', 'feels confident about'
        subj = subject_of(adj.head, [(q.start, q.end) for q in quoted])
    elif adj.dep_ in ("amod", "acl", "appos") and adj.head.pos_ in ("NOUN", "PROPN"):
        subj = adj.head  # 'voters worried about jobs', 'Republicans, concerned about ...'
    else:
        return None
    if subj is None or not _source_like(subj) or _inside(subj, quoted):
        return None
    content = with_marks(text_of(doc), content, quoted)
    return Attribution(
        cue=(offset + adj.idx, offset + adj.idx + len(adj)),
        lemma=adj.lower_,
        mention=read_mention(subj, offset),
        sentence=sentence,
        paragraph=paragraph,
        content=(offset + content[0], offset + content[1]),
        strength=0.5,
    )


def _holds_cue(verb: Token) -> bool:
    """True when the complement chain of a raising verb holds a cue of its own: in 'They seem
    intent on not antagonizing educators' or 'did not seem to be worried about division' the
    stance is the subject's ("intent", "worried"), one attribution with its source, not a
    sourceless view as well."""
    todo = [c for c in verb.rights if c.dep_ in ("xcomp", "acomp", "oprd")]
    while todo:
        tok = todo.pop()
        low = tok.lower_
        if low in STANCE_ADJECTIVES or cue_lemma(low) or act_lemma(low):
            return True
        todo += [c for c in tok.rights if c.dep_ in ("xcomp", "acomp", "oprd")]
    return False


def _evidential(
    tok: Token, offset: int, paragraph: int, sentence: tuple[int, int], quoted: list[Quoted]
) -> Attribution | None:
    """A view the writer reports without a source (see :data:`tidings.analyze.cues.
    RAISING_FORMS`): 'The sale is expected to expand ...', 'Trump appeared paralyzed', 'it
    seems that ...', 'he reportedly told aides ...'. The content is
    the whole clause, subject included, with the cue inside it (as PARC marks it); there is no
    speaker. A passive with its agent ('is expected by analysts to ...') is left to the verb
    rules, which read the agent as the source."""
    doc = tok.doc
    low = tok.lower_
    head = tok
    if low in EVIDENTIAL_ADVERBS:
        if tok.dep_ != "advmod" or tok.head.pos_ not in ("VERB", "AUX"):
            return None
        head = tok.head
    elif low in RAISING_FORMS:
        if tok.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ in ("xcomp", "acomp", "oprd", "ccomp", "attr") for c in tok.rights
        ):
            return None  # 'appears on Fox News', 'appears at a rally'
        if _holds_cue(tok):
            return None  # 'They seem intent on ...', 'did not seem to be worried about ...'
    elif low in PASSIVE_EVIDENTIALS:
        if tok.tag_ != "VBN" or any(c.dep_ == "agent" for c in tok.children):
            return None
        if not any(c.dep_ == "auxpass" for c in tok.children) or not any(
            c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in tok.rights
        ):
            return None  # only 'X is expected to ...', not 'he said', 'as expected'
    else:
        return None
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None or _inside(tok, quoted):
        return None
    if subj.dep_ == "expl" or (subj.lower_ == "it" and any(c.dep_ == "ccomp" for c in head.rights)):
        # 'it seems that Clinton ...': the clause is the content
        clause = next((c for c in head.rights if c.dep_ == "ccomp"), None)
        if clause is None:
            return None
        content = trim(doc, clause.left_edge.i, clause_end(clause))
    else:
        content = trim(doc, subj.left_edge.i, clause_end(head))
    if content is None:
        return None
    content = with_marks(text_of(doc), content, quoted)
    return Attribution(
        cue=(offset + tok.idx, offset + tok.idx + len(tok)),
        lemma=low,
        mention=None,
        sentence=sentence,
        paragraph=paragraph,
        content=(offset + content[0], offset + content[1]),  # type: ignore[index]
        strength=0.4,
    )


#: The first test in :func:`find_attributions`: a token is read further only if it is a verb
#: (speech, act and tag cues are verbs, the last branch requires one) or one of the words whose
#: own branch reads it whatever its tag. Everything else, about two tokens in three, would reach
#: that last test and fail it. Words as ``LOWER`` ids, so no Token is made for them.
_VERB_POS = frozenset({VERB, AUX})
_NON_VERB_CUES = frozenset(
    get_string_id(w)
    for w in (
        "according",
        *RAISING_FORMS,
        *PASSIVE_EVIDENTIALS,
        *EVIDENTIAL_ADVERBS,
        *STANCE_ADJECTIVES,
        *SPEECH_NOUNS,
        *STANCE_NOUNS,
        *_VIEW_NOUNS,
    )
)


#: The reason a source goes unnamed, read as a cue's content ('who did not want to be named',
#: 'asked not to be identified', 'spoke on condition of anonymity'): it says nothing the
#: source said, so it is no attribution (the source's words, if any, have a cue of their own).
_ANONYMITY = re.compile(
    r"(?:not )?to be (?:publicly )?(?:named|identified|quoted by name)\b"
    r"|on (?:the )?condition (?:of anonymity|that (?:he|she|they|his|her|their)\b)",
    re.IGNORECASE,
)


#: Words after a passive "asked" in an aside: the question's subject or its agent.
_ASKED_NEXT = {"about", "by", "whether", "if", "why", "how", "what", "when", "for", "to"}


def _asked_aside(tok: Token, subj: Token | None) -> bool:
    """True for "asked" opening an aside right after the name it is said of: 'Prime Minister
    Jonas Berg, asked about the criticism during a visit to Brussels, said ...' (the small
    model makes Berg the subject of "asked"; he was asked, by someone unnamed)."""
    doc = tok.doc
    return (
        tok.lower_ == "asked"
        and subj is not None
        and subj.i == tok.i - 2
        and doc[tok.i - 1].text == ","
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].lower_ in _ASKED_NEXT
    )


#: Verbs of saying whose object alone is no content: "charged that ..." and '"...," he
#: charged' report a claim, "charged the founder with fraud" a prosecution and "charges a
#: $100,000 fee" a price; quoted words after the verb keep it ('charging the group with
#: "mass atrocities"': the words are the accuser's).
OBJECT_NOT_SPEECH = frozenset(("charge",))


def _quotes_after(verb: Token, quoted: list[Quoted]) -> bool:
    """True when a quoted stretch opens in the verb's phrase, after the verb."""
    end = verb.right_edge.idx + len(verb.right_edge)
    return any(verb.idx < q.start < end for q in quoted)


#: Verbs of a speaker's filler ("you know", "I mean", "you see") and the pronoun before them.
_FILLER_VERBS = {"know": "you", "mean": "i", "see": "you"}


def _filler(verb: Token) -> bool:
    """True for "you know," "I mean," "you see," set off by punctuation: a speaker's filler
    ('"Give me a thousand rounds," you know, well, you might ...'), which names no one who
    speaks and reports nothing."""
    doc = verb.doc
    return (
        verb.i > 0
        and doc[verb.i - 1].lower_ == _FILLER_VERBS[verb.lower_]
        and (verb.i + 1 == len(doc) or doc[verb.i + 1].is_punct)
        and not doc[verb.i + 1 : verb.i + 2].text.startswith(":")
    )


def find_attributions(
    doc: Doc, offset: int, paragraph: int, quoted: list[Quoted]
) -> list[Attribution]:
    """Every cue outside quote marks in a parsed paragraph, with speaker, addressee, content."""
    found: list[Attribution] = []
    # each token's sentence and its offsets, from one pass (Token.sent walks back to the
    # sentence start per call), and which tokens are quoted, from one array test
    sents = [(sent, (offset + sent.start_char, offset + sent.end_char)) for sent in doc.sents]
    sent_of = [pair for pair in sents for _ in range(pair[0].start, pair[0].end)]
    quoted_tokens = _inside_all(doc, quoted)
    for k, (pos, word) in enumerate(doc.to_array([POS, LOWER]).tolist()):
        if quoted_tokens[k] or (pos not in _VERB_POS and word not in _NON_VERB_CUES):
            continue  # read as ids, without a Token: most words are none of the cues below
        tok = doc[k]
        sent, sentence = sent_of[k]
        low = tok.lower_
        if low in _FILLER_VERBS and _filler(tok):
            continue
        if low == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            to = doc[tok.i + 1]
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            # the content is the sentence without the "according to X" phrase
            lo, hi = tok.left_edge.i, max(to.right_edge.i, pobj.right_edge.i) + 1
            if lo <= sent.start + 1:
                content = trim(doc, _past_source_aside(doc, hi, sent.end), sent.end)
            elif doc[lo - 1].text == "," and hi < sent.end - 3 and doc[hi].text == ",":
                # 'Among the precedents at risk, according to Ms. Epstein, are 16 cases': the
                # phrase interrupts the clause it attributes, which runs on both sides of it
                content = trim(doc, sent.start, sent.end)
            else:
                content = trim(doc, sent.start, lo)
            content = with_marks(text_of(doc), content, quoted)
            found.append(
                Attribution(
                    cue=(offset + tok.idx, offset + to.idx + len(to)),
                    lemma="according to",
                    mention=read_mention(pobj, offset),
                    sentence=sentence,
                    paragraph=paragraph,
                    content=(offset + content[0], offset + content[1]) if content else None,
                )
            )
            continue
        if low in RAISING_FORMS or low in PASSIVE_EVIDENTIALS or low in EVIDENTIAL_ADVERBS:
            evidential = _evidential(tok, offset, paragraph, sentence, quoted)
            if evidential is not None:
                found.append(evidential)
                continue
        if low in STANCE_ADJECTIVES and tok.pos_ in ("ADJ", "VERB"):
            adj = _adjective_attribution(tok, offset, paragraph, sentence, quoted)
            if adj is not None:
                found.append(adj)
                continue
        if low in _VIEW_NOUNS and tok.pos_ == "NOUN":
            view = _in_view(tok, offset, paragraph, sentence, quoted)
            if view is not None:
                found.append(view)
                continue
        if (low in SPEECH_NOUNS or low in STANCE_NOUNS) and tok.pos_ == "NOUN":
            noun = _noun_attribution(tok, offset, paragraph, sentence)
            if noun is not None:
                found.append(noun)
            continue
        lemma = cue_lemma(low) or _put_it(tok) or _answered_back(tok)
        act = lemma is None and act_lemma(low) is not None
        if act:
            lemma = act_lemma(low)
        tagged = lemma is None and _tags_quote(tok, quoted)
        # 'She then addressed the supporters again: "Here is what I regret."': any verb whose
        # sentence ends in a colon that opens a quote introduces it (its subject must be a
        # possible source, see below)
        intro = lemma is None and not tagged and _introduces_quote(tok, quoted)
        intro = intro or (lemma is None and not tagged and _leads_into_quote(tok, quoted))
        if tagged or intro:
            lemma = low  # '"Jeb wants to be a tough guy," Trump shot back.'
        label = None if lemma is not None else quoted_label(tok, quoted)
        if label is not None:
            lemma, act = low, True  # 'introduced him as "a fighter for families"'
        if lemma is None or tok.pos_ not in ("VERB", "AUX"):
            continue
        if (
            tok.dep_ == "acl"
            and tok.tag_ == "VBN"
            and lemma in ADDRESSEE_VERBS
            and not any(c.dep_ == "ccomp" for c in tok.children)
            # a sentence whose root is the noun is a misparse: '"...?" the 43-year-old asked'
            and tok.head.dep_ != "ROOT"
        ):
            # 'two people briefed on the plans', 'managers informed of the numbers': the noun
            # a past participle of telling follows is who was told, not who said anything
            continue
        if writers_idiom(low, text_of(doc)[sent.start_char : tok.idx]):
            continue  # 'Which is not to say that ...': the writer's phrase
        if lemma == "quote" and any(
            c.lower_ == "as" and any(cue_lemma(g.lower_) for g in c.children) for c in tok.children
        ):
            continue  # "quoted as saying": the cue is read at "saying"
        verb, cue_start, cue_end = tok, tok.idx, tok.idx + len(tok)
        if low in _BACK_VERBS and lemma == "retort":
            back = next(c for c in tok.children if c.lower_ == "back")
            cue_end = max(cue_end, back.idx + len(back))  # the cue is "shot back"
        quoted_obj = None  # 'IRNA quoted Eslami as saying': Eslami spoke, through IRNA
        # "was quoted as saying": the cue is the whole phrase; the speaker is the passive subject
        if lemma == "say" and tok.head.lower_ == "as" and tok.head.head.lower_ == "quoted":
            verb = tok.head.head
            cue_start = verb.idx
            quoted_obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i), None)
            if quoted_obj is not None and not _inside(quoted_obj, quoted):
                cue_end = verb.idx + len(verb)  # the cue is "quoted": the object sits inside
            else:
                quoted_obj = None
        content = label or content_of(tok)
        # "Clinton released the following statement:", "Cruz called them on it:": a verb that
        # is a cue only with a clause or an object is one when its sentence ends in a colon,
        # which announces the words that follow
        announces = intro or ((is_stance(low) or act) and content is None and _ends_in_colon(sent))
        wish = False
        if content is None and low in CLAUSE_ONLY_FORMS:
            content = document_object(tok)
        if content is None and lemma in ADDRESSEE_VERBS:
            content = directive(tok)
        if is_stance(low) and content is None and lemma in INTENT_VERBS:
            # 'Clinton wants to raise the minimum wage': a wish or intent with an infinitive
            # (its subject must be a possible source, see below)
            inf = next((c for c in tok.rights if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            if inf is not None:
                content, wish = trim(doc, inf.left_edge.i, clause_end(inf)), True
            elif lemma == "want":
                # 'voters want a switch to more liberal policies': a wish for a thing
                obj = next((c for c in tok.rights if c.dep_ == "dobj"), None)
                if obj is not None:
                    content, wish = trim(doc, obj.left_edge.i, clause_end(obj)), True
        if is_stance(low) and content is None and not announces:
            continue
        if content is None and not announces:
            # an addressee verb's object is the addressee, which object_content skips: 'warned
            # of a recession', 'told reporters about the plan' have content after it
            content = object_content(tok, lemma)
            if lemma in OBJECT_NOT_SPEECH and not _quotes_after(tok, quoted):
                continue  # 'prosecutors charged the founder with fraud': no claim quoted
        if lemma in TAG_ONLY:
            if any(c.dep_ in ("dobj", "xcomp") for c in tok.rights):
                continue  # "continues to lead", "continued her tour"
            content = None
        content = None if tagged or intro else with_marks(text_of(doc), content, quoted)
        if content is not None and _ANONYMITY.match(text_of(doc), content[0], content[1]):
            continue  # 'a nurse, who did not want to be named,': why a source is unnamed
        subj = subject_of(verb, [(q.start, q.end) for q in quoted])
        quoted_by = None
        if quoted_obj is not None:
            quoted_by, subj = subj, quoted_obj
        passive = None  # the cue's own passive subject, when it has one
        asked_aside = _asked_aside(tok, subj)
        if asked_aside:
            subj = None  # 'Jonas Berg, asked about the criticism, said': Berg was asked
        if subj is None and low == "asked" and (tok.tag_ == "VBN" or asked_aside):
            # 'Asked by reporters whether ..., the spokeswoman said': the agent asked
            agent = next((c for c in tok.children if c.dep_ == "agent"), None)
            subj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        if (
            (announces or wish)
            and (subj is None or not _source_like(subj))
            and not (intro and _written_words(tok, subj))
        ):
            continue
        if subj is not None and subj.dep_ == "nsubjpass" and verb is tok and subj.head.i == tok.i:
            # the cue's own passive ('he was told'); a subject shared with a passive verb it
            # is joined to ('Trump was forced into damage control and said ...') speaks
            # "jets were shown on TV", "he was told": the subject is not the source; the agent
            # ("was criticized by Smith") is
            agent = next((c for c in tok.children if c.dep_ == "agent"), None)
            passive = subj
            subj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            if subj is not None and content is None and not announces:
                # 'The meeting was first reported by Politico', 'Cruz was criticized by
                # Rubio': what the agent reported or criticized is the passive's subject
                content = trim(doc, passive.left_edge.i, passive.right_edge.i + 1)
                if content is None and passive.pos_ == "PROPN":
                    content = passive.idx, passive.idx + len(passive)
        if subj is not None and _inside(subj, quoted):
            subj = adjacent_subject(verb) or inverted_subject(verb)
            subj = None if subj is None or _inside(subj, quoted) else subj
        if subj is not None and subj.i > tok.i and content and content[0] <= subj.idx < content[1]:
            content = None  # '"...," added another Democrat': the object is the speaker
        # 'Asked if he was ever bullied, the candidate said no': the question is attributed
        # content whose asker goes unnamed; so is what a passive with no agent reports ('He
        # was told that the plan had failed': the teller goes unnamed, the listener is not
        # the source)
        unnamed_asker = (
            subj is None
            and content
            and (
                (low == "asked" and (tok.tag_ == "VBN" or asked_aside))
                or (passive is not None and not act and _is_clause(doc, content))
            )
        )
        if unnamed_asker:
            pass
        elif subj is None or (
            act and not announces and (content is None or not _source_like(subj))
        ):
            continue
        who, via = _addressee(tok, lemma, subj)
        if who is not None and content and content[0] < who.left_edge.idx < content[1]:
            # never an addressee inside the words reported ("said she had told the board");
            # one the content opens with is the parse's cut ("explained to the council that
            # ..." read as a relative clause of "council"), still the one spoken to
            who = None
        if who is not None and subj is not None and subj.left_edge.i <= who.i <= subj.i:
            who = None  # nor the speaker ("asked Mr. Manafort" read as its object)
        att = Attribution(
            cue=(offset + cue_start, offset + cue_end),
            lemma=lemma,
            mention=read_mention(subj, offset) if subj is not None else None,
            sentence=sentence,
            paragraph=paragraph,
            content=(offset + content[0], offset + content[1]) if content else None,
            strength=0.75 if announces else 0.5 if act else 0.6 if is_stance(low) else 0.75,
        )
        if who is not None:
            lo = min([who.i] + [c.left_edge.i for c in who.lefts])
            att.addressee = (offset + doc[lo].idx, offset + who.idx + len(who))
            att.addressee_name = addressee_name(who)
            att.addressee_ref = read_mention(who, offset)
        if quoted_by is not None:
            att.via = (offset + quoted_by.left_edge.idx, offset + quoted_by.idx + len(quoted_by))
        elif via is not None:
            end = via
            for sub in via.children:
                if sub.dep_ == "prep" and sub.lower_ in ("with", "to") and sub.i > via.i:
                    end = sub.right_edge
            att.via = (offset + via.left_edge.idx, offset + end.idx + len(end))
        found.append(att)
    return found
