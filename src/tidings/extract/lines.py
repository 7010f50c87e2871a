"""Scraped text -> the lines extraction works on, each with the features the body finder scores.

Renderers differ: html-text and the golden page put one block per line with blank lines between;
inscriptis drops the blank lines; lynx and w3m wrap paragraphs at a fixed width. :func:`read_lines`
undoes fixed-width wrapping (joining a paragraph's lines back) so that a "line" is a block of the
page whatever the renderer, and keeps each block's 0-based line number in the input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tidings.extract.common import visible

#: A line ending with one of these ends a sentence (closing quotes and brackets included).
SENTENCE_END = re.compile(r"[.!?…:;。！？][\"'”’»)\]」』]*\s*$|[\"”»」』]\s*$")
_CLOSERS = "\"'”’»)]」』"
_ENDERS = ".!?…:;。！？"


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends a sentence: final punctuation, maybe inside closing quotes or
    brackets, or a closing quote (same as SENTENCE_END, without scanning the whole line)."""
    text = text.rstrip()
    if text[-1:] in '"”»」』' and text:
        return True
    stripped = text.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _ENDERS


_LOWER_START = re.compile(r"(?<!\S)[a-zß-öø-ÿа-яёα-ωā-ž]")
_UPPER_START = re.compile(r"(?<!\S)[A-ZÀ-ÖØ-ÞА-ЯЁΑ-ΩĀ-Ž]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
#: Fixed-width wrapping is assumed when this share of the longer lines end within
#: WRAP_SLACK characters of the widest line (calibrated on lynx/w3m dumps at 72-80 columns;
#: block-per-line renderings have no such wall: their line lengths spread over hundreds of chars).
WRAP_SHARE = 0.5
WRAP_SLACK = 12
WRAP_MIN_WIDTH = 50
WRAP_MAX_WIDTH = 200


@dataclass(slots=True)
class Line:
    """One block of the page: its text, where it starts in the input, and its size."""

    no: int
    text: str
    words: int
    ends_sentence: bool
    #: The caption/credit split of the line (False until asked; see text.py).
    caption: object = False
    _lower_share: float = -1.0

    @property
    def chars(self) -> int:
        return len(self.text)

    @property
    def lower_share(self) -> float:
        """Share of the words that start in lower case: high in sentences, low in Title Case
        headlines and navigation (0.5 when the script has no case). Computed when first asked."""
        if self._lower_share < 0:
            lower = len(_LOWER_START.findall(self.text))
            upper = len(_UPPER_START.findall(self.text))
            self._lower_share = lower / (lower + upper) if lower + upper else 0.5
        return self._lower_share


#: A drop capital rendered apart from its word: "W hile Anglophiles..." ("A" and "I" are words).
#: A list bullet some renderers write before an item ("* ", "• ").
_BULLET = re.compile(r"^[*•·▪◦]\s+")
_DROP_CAP = re.compile(r"^([B-HJ-Z]) (?=[a-z]{2,})")


def make_line(no: int, text: str) -> Line:
    """A Line with its features computed (words counts CJK characters as half words)."""
    text = _BULLET.sub("", _DROP_CAP.sub(r"\1", text))
    words = text.count(" ") + 1
    cjk = len(_CJK.findall(text)) if not text.isascii() else 0
    return Line(no, text, words + cjk // 2, ends_sentence(text))


def read_lines(text: str) -> list[Line]:
    """The non-blank blocks of ``text`` with their line numbers, fixed-width wrapping undone."""
    raw = text.split("\n")
    width = _wrap_width(raw)
    lines: list[Line] = []
    pending: list[str] = []
    pending_no = 0
    for no, row in enumerate(raw):
        row = " ".join(visible(row).split())
        if not row:
            if pending:
                lines.append(make_line(pending_no, " ".join(pending)))
                pending = []
            continue
        if pending and width and len(pending[-1]) >= width - WRAP_SLACK:
            pending.append(row)  # the previous row was full: this one continues the block
            continue
        if pending:
            lines.append(make_line(pending_no, " ".join(pending)))
        pending, pending_no = [row], no
    if pending:
        lines.append(make_line(pending_no, " ".join(pending)))
    return lines


def _wrap_width(rows: list[str]) -> int | None:
    """The column at which the renderer wrapped paragraphs, or None if it did not wrap."""
    lengths = [len(r.rstrip()) for r in rows if len(r.strip()) >= 30]
    if len(lengths) < 10:
        return None
    widest = max(lengths)
    if not WRAP_MIN_WIDTH <= widest <= WRAP_MAX_WIDTH:
        return None
    near_wall = sum(1 for n in lengths if n >= widest - WRAP_SLACK)
    return widest if near_wall >= WRAP_SHARE * len(lengths) else None
