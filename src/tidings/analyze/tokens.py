"""Tokenizer rules for quote marks typed without a space: 'paranoia,”Clinton said', 'said,“Look'.

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
