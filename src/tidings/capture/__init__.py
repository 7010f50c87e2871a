"""Capture readers (files, folders, stdin, JSONL, WARC) and sniffing (HTML vs text, encoding)."""

from tidings.capture.readers import iter_captures
from tidings.capture.sniff import decode, sniff_kind, text_kind

__all__ = ["decode", "iter_captures", "sniff_kind", "text_kind"]
