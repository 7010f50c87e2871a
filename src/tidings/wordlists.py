"""Word lists written as blocks of text (given names, titles, cue verbs, source nouns...): the
modules that hold them read them with one helper.

Plain Python, no dependencies, so that both plain HTML extraction and the spaCy-based analysis
can import it.
"""

from __future__ import annotations


def word_list(text: str) -> list[str]:
    """The words of a list written as one block of text, split on any whitespace."""
    return text.split()


__all__ = ["word_list"]
