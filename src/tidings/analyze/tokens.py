"""Tokenizer rules for quote marks typed without a space: 'paranoia,”Clinton said', 'said,“Look'
(and for footnote numbers glued to a full stop: 'the Daily Ledger.2 The mayor', at the end).

Scraped and hand-typed news text often drops the space between a quotation's closing mark and
the next word, or between a cue's comma or colon and the opening mark. spaCy's English tokenizer
then keeps 'paranoia,”Clinton' or 'said,“Look' as one token, so the parser sees no verb "said"
and no subject "Clinton", and the quote loses its speaker. Splitting there is a tokenizer rule,
not a change to the text: every token keeps its offsets into the paragraph, so quote and speaker
offsets stay exact.

The rule splits only double marks (straight or curly) that sit between sentence punctuation and
a letter: a single curly mark is also the apostrophe ('Clinton’s', 'U.S.’s').
"""

from __future__ import annotations

import re

from spacy.language import Language

#: Sentence punctuation glued to a double mark after a word: the "," of 'paranoia,”Clinton'.
_PUNCT_BEFORE_MARK = r"(?<=[^\W\d_])[,.:;!?](?=[\"“”])"
#: A double mark glued between sentence punctuation and a word: the "”" of 'paranoia,”Clinton'
#: and the "“" of 'said,“Look'.
_MARK_BEFORE_WORD = r"(?<=[,.:;!?])[\"“”](?=[^\W\d_])"


def split_glued_quotes(nlp: Language) -> None:
    """Make ``nlp``'s tokenizer split quote marks typed without a space (see module docstring)."""
    current = nlp.tokenizer.infix_finditer
    pattern = current.__self__.pattern if current is not None else None  # type: ignore[attr-defined]
    parts = [_PUNCT_BEFORE_MARK, _MARK_BEFORE_WORD] + ([pattern] if pattern else [])
    nlp.tokenizer.infix_finditer = re.compile("|".join(parts)).finditer


#: A footnote number glued to the full stop after a word of four letters or more, the number
#: ending the chunk: 'according to the Daily Ledger.2 The mayor ...'. Pages copied from sites
#: with numbered notes keep the superscript as a plain digit, and spaCy keeps 'Ledger.2' as one
#: token: the sentence runs on, and the name takes the digit and the next sentence's first word.
#: Shorter words ('No.2', 'Fig.3', 'Vol.12') are left whole, as are these longer abbreviations
#: that take a number after a stop ('Chap.2', 'Sect.4'); a stop between digits ('3.5') or
#: before three digits or more is no footnote.
_NUMBERED_ABBREVIATIONS = ("Chap", "chap", "Sect", "sect", "Para", "para", "Figs", "Vols")


def split_footnote_marks(nlp: Language) -> None:
    """Make ``nlp``'s tokenizer split a footnote number from the word and full stop it is glued
    to ('Ledger.2' -> 'Ledger', '.', '2'), so that the stop ends the sentence (the rule:
    :data:`_NUMBERED_ABBREVIATIONS`). Offsets are kept, as in :func:`split_glued_quotes`."""
    current = nlp.tokenizer.infix_finditer
    pattern = current.__self__.pattern if current is not None else None  # type: ignore[attr-defined]
    not_after = "".join(f"(?<!{a})" for a in _NUMBERED_ABBREVIATIONS)
    stop = r"(?<=[^\W\d_]{4})" + not_after + r"\.(?=\d{1,2}$)"
    parts = [stop] + ([pattern] if pattern else [])
    nlp.tokenizer.infix_finditer = re.compile("|".join(parts)).finditer
