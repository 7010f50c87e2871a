"""Word lists written as blocks of text (given names, titles, cue verbs, source nouns...): the
modules that hold them read them with one helper. The lists several modules share (the month
and weekday names) are kept here, once.

Plain Python, no dependencies, so that both plain HTML extraction and the spaCy-based analysis
can import it.
"""

from __future__ import annotations


def word_list(text: str) -> list[str]:
    """The words of a list written as one block of text, split on any whitespace."""
    return text.split()


#: The English month names, lowercase, January first (a month's number is its index + 1): one
#: list for every module that reads dates, datelines or capitalised words that are dates.
MONTHS = tuple(
    word_list(
        "january february march april may june july august september october november december"
    )
)
#: The English weekday names, lowercase, Monday first (the index is ``date.weekday()``).
WEEKDAYS = tuple(word_list("monday tuesday wednesday thursday friday saturday sunday"))

#: Common irregular past forms that differ from the bare verb (the pipeline has no
#: lemmatizer): a finite verb no bare verb or noun of the same spelling is mistaken for in
#: running text (content.py's tense tests, antecedents.py's end of joined subjects).
IRREGULAR_PASTS = frozenset(
    word_list(
        """
        left went took gave told made came got sent spent held met kept began wrote spoke ran
        saw stood sat won lost brought bought thought felt found led paid sold fled drove rode
        threw flew grew knew drew chose broke stole woke rose fell struck hid
        """
    )
)


__all__ = ["IRREGULAR_PASTS", "MONTHS", "WEEKDAYS", "word_list"]
