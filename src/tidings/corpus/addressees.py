"""Who a quote was said to, as a filter matches it: the one rule the corpus API, the web search,
the HTTP API and ``tidings quotes --to`` (on files too) share.

An addressee is kept as the article wrote it ("AFP", "reporters", "the BBC"); a filter matches
the **whole name, without regard to ASCII case**, after trimming the spaces around and between
its words. That is SQLite's ``NOCASE`` collation, which the index on
``quote_occurrences.addressee`` is built with, so the corpus answers from the index; the Python
side (:func:`same_addressee`, :func:`addressee_group`) folds exactly as ``NOCASE`` does, so a
file, the corpus and the speaker page's grouping never disagree (Python's ``lower()`` would also
fold "É", which ``NOCASE`` leaves).

"AFP" and "Agence France-Presse" stay two addressees: the corpus merges speakers (with their
name forms) but not addressees, and a list of agencies' long and short names would be a table to
keep by hand. A speaker's page lists each spelling it was told, each linked to its own search.
"""

from __future__ import annotations

#: ASCII capitals to small letters: what SQLite's NOCASE folds (and nothing else).
_NOCASE = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def addressee_key(name: str) -> str:
    """The name a filter looks up: its words, single-spaced (case is left to the comparison)."""
    return " ".join(name.split())


def addressee_group(name: str) -> str:
    """The key under which spellings of one addressee count as the same ("AFP", "afp")."""
    return addressee_key(name).translate(_NOCASE)


def same_addressee(written: str | None, asked: str) -> bool:
    """Whether a quote said to ``written`` (None: to no one named) matches the filter ``asked``."""
    return written is not None and addressee_group(written) == addressee_group(asked)


def addressee_clause(column: str, asked: str) -> tuple[str, list[str]]:
    """SQL for "``column`` names the addressee ``asked``", and its parameter; usable by the index
    ``quote_occurrences_addressee`` (whose collation it names)."""
    return f"{column} = ? COLLATE NOCASE", [addressee_key(asked)]
