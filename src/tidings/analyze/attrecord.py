"""The attribution record, and the one test every cue reader makes: is a token quoted?

requires: nothing of its own; :class:`Attribution` holds offsets in ``Article.text`` and a
:class:`~tidings.analyze.mentions.Mention`, :func:`inside` takes the paragraph's quoted
stretches (:func:`tidings.analyze.quotemarks.find_quoted`).
assigns: nothing; the verb cues (:mod:`tidings.analyze.attributions`) and the cues that are no
verbs (:mod:`tidings.analyze.nonverbcues`) build :class:`Attribution` records, which
:mod:`tidings.analyze.quotes`, :mod:`tidings.analyze.directquotes` and
:mod:`tidings.analyze.resolve` read.

A module of its own so that every reader and writer of the record can import it without the
rules that find cues (those import the record; the record imports none of them), and so that
what "inside quote marks" means is written once for every kind of cue.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from tidings.analyze.mentions import Mention
from tidings.analyze.quotemarks import Quoted


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
    #: a colleague's report the writer hands the paragraph over to ("Our reporter Ann Wu
    #: writes: ..."; see ``quotes._hand_over``)
    hands_over: bool = False


def inside(tok: Token, quoted: list[Quoted]) -> bool:
    """True for a token inside quote marks: no cue or speaker is read from the quoted words."""
    return any(q.start <= tok.idx < q.end for q in quoted)


def inside_all(doc: Doc, quoted: list[Quoted]) -> list[bool]:
    """:func:`inside` for every token of ``doc`` at once, not a Python test per token and
    quote: the tokens' offsets rise, so each quote's tokens are one run, found by bisection
    (numpy's (tokens x quotes) test cost more in fixed overhead on a paragraph's ~40 tokens)."""
    inside = [False] * len(doc)
    if quoted:
        idx = doc.to_array(IDX).tolist()
        for q in quoted:
            first, stop = bisect_left(idx, q.start), bisect_left(idx, q.end)
            inside[first:stop] = [True] * (stop - first)
    return inside
