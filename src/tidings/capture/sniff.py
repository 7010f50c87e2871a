"""Decide what a capture holds (HTML, text, WARC, binary) and decode its bytes to text.

Encoding order: byte-order mark, the declared charset (HTTP header or WARC record), the page's own
``<meta charset>``, strict UTF-8, then charset-normalizer's guess, then Windows-1252 (which decodes
any byte, so text never fails to decode once it is known not to be binary).
"""

from __future__ import annotations

import codecs
import re
import zlib
from typing import Literal

import charset_normalizer

from tidings.errors import BinaryInput, EmptyInput, InputTooLarge

Kind = Literal["html", "text", "warc", "gzip", "binary"]

#: Magic numbers of formats people drop into a folder of pages by mistake.
_BINARY_MAGIC: dict[bytes, str] = {
    b"%PDF": "a PDF document",
    b"\xff\xd8\xff": "a JPEG image",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x7fELF": "an executable",
    b"RIFF": "a RIFF media file",
    b"BZh": "a bzip2 archive",
    b"\xfd7zXZ": "an xz archive",
    b"OggS": "an Ogg media file",
    b"\x1a\x45\xdf\xa3": "a Matroska/WebM video",
}
_BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
]
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_HTML_START = re.compile(
    r"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body|meta|title)\b", re.I | re.S
)
_TAG = re.compile(
    r"</?(p|div|span|a|br|html|body|head|script|article|section|h[1-6]|li|ul)\b", re.I
)


def sniff_kind(data: bytes) -> Kind:
    """What these bytes are, from their first bytes only (cheap on any size)."""
    head = data[:4096]
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.lstrip().startswith((b"WARC/", b"filedesc://")):
        return "warc"
    if _binary_reason(head):
        return "binary"
    return text_kind(_quick_text(head))


def text_kind(text: str) -> Literal["html", "text"]:
    """HTML or plain text, from the start of a decoded capture."""
    head = text[:4096]
    if _HTML_START.match(head) or len(_TAG.findall(head)) >= 5:
        return "html"
    return "text"


def _quick_text(head: bytes) -> str:
    for bom, enc in _BOMS:
        if head.startswith(bom):
            return head[len(bom) :].decode(enc, errors="ignore")
    return head.decode("utf-8", errors="ignore")


def _binary_reason(head: bytes) -> str | None:
    for magic, what in _BINARY_MAGIC.items():
        if head.startswith(magic):
            return what
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    if head and head.count(b"\x00") > len(head) // 100:
        return "binary data (NUL bytes)"
    return None


def gunzip(data: bytes, max_bytes: int) -> bytes:
    """Decompress a gzip capture, refusing output above ``max_bytes`` (a gzip bomb)."""
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = d.decompress(data, max_bytes + 1)
    except zlib.error as exc:
        raise BinaryInput(f"a corrupt gzip file ({exc})") from exc
    if len(out) > max_bytes or d.unconsumed_tail:
        raise InputTooLarge(f"gzip content is over {max_bytes:,} bytes once decompressed")
    return out


def check_size(data: bytes, max_bytes: int) -> None:
    if len(data) > max_bytes:
        raise InputTooLarge(
            f"{len(data):,} bytes is over the limit of {max_bytes:,} (raise --max-bytes)"
        )


def decode(
    data: bytes, declared: str | None = None, max_bytes: int | None = None
) -> tuple[str, str]:
    """Bytes -> (text, encoding used). Raises a :class:`CaptureError` for unusable input."""
    if max_bytes is not None:
        check_size(data, max_bytes)
    if data.startswith(b"\x1f\x8b"):
        data = gunzip(data, max_bytes or 1 << 30)
    if not data.strip():
        raise EmptyInput("the capture is empty")
    reason = _binary_reason(data[:4096])
    if reason:
        raise BinaryInput(f"this is {reason}, not an HTML page or text")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _clean(data[len(bom) :].decode(enc, errors="replace")), enc
    for enc in (declared, _meta_charset(data)):
        if enc and _known(enc):
            try:
                return _clean(data.decode(enc)), codecs.lookup(enc).name
            except (UnicodeDecodeError, LookupError):
                pass
    try:
        return _clean(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    guess = charset_normalizer.from_bytes(data[: 1 << 16]).best()
    if guess is not None and guess.encoding and not _latin_cousin(guess.encoding):
        try:
            return _clean(data.decode(guess.encoding)), guess.encoding
        except (UnicodeDecodeError, LookupError):
            pass
    try:
        return _clean(data.decode("cp1252")), "cp1252"
    except UnicodeDecodeError:
        # latin-1 maps every byte, so this is the last resort and never fails
        return _clean(data.decode("latin-1")), "latin-1"


def _latin_cousin(encoding: str) -> bool:
    """True for single-byte Latin encodings that a guesser cannot tell from Windows-1252.

    On mostly-ASCII pages with a few accents, guessers pick cp1257 or latin-2 about as often as
    the right answer; Windows-1252 is what browsers assume, and what such pages nearly always are.
    """
    name = codecs.lookup(encoding).name
    return name.startswith(("cp125", "iso8859", "latin", "mac-")) and name not in _NON_LATIN


#: Single-byte encodings whose letters are not Latin: a guess of these is trusted.
_NON_LATIN = {
    "cp1251",
    "cp1253",
    "cp1255",
    "cp1256",
    "iso8859-5",
    "iso8859-7",
    "iso8859-6",
    "iso8859-8",
}


def _meta_charset(data: bytes) -> str | None:
    m = _META_CHARSET.search(data[:8192])
    return m.group(1).decode("ascii", "ignore") if m else None


def _known(enc: str) -> bool:
    try:
        codecs.lookup(enc)
    except LookupError:
        return False
    return True


def _clean(text: str) -> str:
    """Normalise newlines and drop NULs so offsets are stable everywhere downstream."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
