"""Quote tags: any verb that tags the quote before it or introduces the one after it.

requires: a paragraph's spaCy Doc with a dependency parse and its quoted stretches
(:func:`tidings.analyze.quotemarks.find_quoted`).
assigns: nothing; :mod:`tidings.analyze.attributions` makes a cue of a verb these tests accept
('"...," Trump shot back', 'Hillary shot back, "I suppose ..."', 'She addressed the
supporters again: "..."'), whatever the verb.

A module of its own because these tests read punctuation and word order around a verb, not
the verb's meaning: "shot back", "beamed", "went on" are too many to list as cues, and the
writer's tag or colon says the quote is the subject's, the way a reader takes it.
"""

from __future__ import annotations

from spacy.tokens import Token

from tidings.analyze.attrecord import inside
from tidings.analyze.cues import CHANNEL_NOUNS, DOCUMENT_NOUNS, REPLY_NOUNS, cue_lemma
from tidings.analyze.nlp import text_of
from tidings.analyze.quotemarks import Quoted

#: How a quotation tagged by the clause after it ends: a comma, a question or exclamation
#: mark, or a dash or an ellipsis where the speaker broke off ('"We had hoped—" Ames began').
_TAG_ENDS = (",", "?", "!", "—", "–", "-", "…")


def tags_quote(verb: Token, quoted: list[Quoted]) -> bool:
    """True when ``verb`` heads the short clause that tags the quote just before it, whatever
    the verb: '"...," Trump shot back', '"...?" Hannity pressed', '"This is fantastic!" beamed
    Donald Hartley', '"We had hoped—" Ames began'. A quotation that ends in a comma, a
    question or an exclamation mark, or breaks off in a dash or an ellipsis, and runs straight
    into a subject and its verb (or a verb and its subject) is that subject's, the way a reader
    takes it; "shot back", "beamed", "went on" are too many to list.
    """
    if not quoted:
        return False  # (no quote to tag: asked of every verb of the paragraph)
    if verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "parataxis", "ccomp"):
        return False
    text = text_of(verb.doc)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ in ("dobj", "ccomp") and c.i > verb.i for c in verb.children):
        return False
    first = min(subj.left_edge.i, verb.i)
    for q in quoted:
        if q.close_mark >= verb.doc[first].idx:
            continue  # a quotation after the clause ('... remains her priority. "Why?"'): no tag
        if not q.closed or text[q.close_mark + 1 : verb.doc[first].idx].strip():
            continue
        said = text[: q.close_mark].rstrip()
        if said[-1:] not in _TAG_ENDS and not said.endswith("..."):
            continue
        if _set_in_sentence(text, q):
            continue  # 'on her second record, "Low Tide," the opening track runs ...'
        if subj.i < verb.i:
            # the words between the mark and the verb are the subject and its auxiliaries
            return all(
                subj.left_edge.i <= t.i <= subj.right_edge.i or t.dep_ in ("aux", "advmod", "neg")
                for t in verb.doc[first : verb.i]
            )
        return verb.i == first
    return False


def _set_in_sentence(text: str, q: Quoted) -> bool:
    """True when the quotation opens inside a sentence, after a word or a comma: 'on her
    second record, "Low Tide," the opening track runs for nine minutes' sets a title in
    marks, in apposition to the noun before it, and the clause after it is the sentence's
    own, not a tag. A tagged quotation opens its sentence ('"...," Trump shot back') or
    follows a colon, a dash or another quotation."""
    before = text[: q.open_mark].rstrip()
    return before[-1:] == "," or before[-1:].isalnum()


#: What "read" can take as the writing whose words a quotation gives: 'read a statement from the
#: ministry', 'read the notice on the door'.
_READ_OUT = (CHANNEL_NOUNS | DOCUMENT_NOUNS) - {"interview", "speech", "hearing", "appearance"}


def read_out(verb: Token, quoted: list[Quoted]) -> Token | None:
    """The writing an inverted "read" tags the quote before it with: in '"We will appeal," read
    a statement from the ministry' the writer puts the verb first and the writing after it,
    which the parser reads as the object of "read" (there is no reader). The object is the
    source, as the subject is in '"...," the statement read'. None for a reader reading
    ('The students read a statement aloud': no quotation runs into the verb) and for any other
    verb or object."""
    if verb.lower_ not in ("read", "reads") or not quoted or verb.i == 0:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.left_edge.i != verb.i + 1 or obj.lower_ not in _READ_OUT:
        return None
    return obj if _quotation_runs_into(verb, quoted) else None


def reply_after(verb: Token, quoted: list[Quoted]) -> Token | None:
    """The reply a quotation is called by the copula right after it: in '"We have no plans to
    close the plant," was the company's response' (or 'was the response from Hill') the writer
    names the words as someone's reply; the noun is the source, and whose reply it is (see
    mentions' owner of a reply) speaks. None for any other verb, and for a copula no quotation
    runs into ('Her reply was "no"')."""
    if verb.lower_ not in ("was", "is") or not quoted or verb.i == 0:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i for c in verb.children):
        return None
    attr = next((c for c in verb.rights if c.dep_ == "attr"), None)
    if attr is None or attr.left_edge.i != verb.i + 1 or attr.lower_ not in REPLY_NOUNS:
        return None
    return attr if _quotation_runs_into(verb, quoted) else None


def _quotation_runs_into(verb: Token, quoted: list[Quoted]) -> bool:
    """True when a closed quotation ending in a comma, a question or an exclamation mark (or
    a dash or an ellipsis) runs straight into ``verb``."""
    text = text_of(verb.doc)
    for q in quoted:
        if not q.closed or q.close_mark >= verb.idx or text[q.close_mark + 1 : verb.idx].strip():
            continue
        said = text[: q.close_mark].rstrip()
        if said[-1:] in _TAG_ENDS or said.endswith("..."):
            return True
    return False


def introduces_quote(verb: Token, quoted: list[Quoted]) -> bool:
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


def leads_into_quote(verb: Token, quoted: list[Quoted]) -> bool:
    """True when ``verb``, with its subject before it, runs through a comma straight into a
    quote, whatever the verb: 'Hillary shot back, "I suppose ..."', 'He went on, "..."'. A
    subject, a verb (with its particle or adverb: "shot back", "went on") and a comma before
    an opening mark is the writer's tag of the quote that follows."""
    if not quoted:
        return False  # (no quote to lead into: asked of every verb of the paragraph)
    if verb.pos_ != "VERB" or not any(
        c.dep_ == "nsubj" and c.i < verb.i and not inside(c, quoted) for c in verb.children
    ):
        return False
    doc = verb.doc
    j = verb.i + 1
    while j < len(doc) and doc[j].head.i == verb.i and doc[j].dep_ in ("prt", "advmod"):
        j += 1
    if j >= len(doc) or doc[j].text != "," or inside(verb, quoted):
        return False
    after = doc[j].idx + 1
    while after < len(text_of(doc)) and text_of(doc)[after] == " ":
        after += 1
    return any(q.open_mark == after for q in quoted)
