"""Errors tidings raises, one class per thing a user can act on.

    TidingsError
    ├── CaptureError          the input itself is unusable (one capture fails, the batch goes on)
    │   ├── EmptyInput        zero bytes, or only whitespace
    │   ├── BinaryInput       a PDF, an image, an archive... not HTML or text
    │   ├── InputTooLarge     above Options.max_bytes
    │   ├── UndecodableInput  no encoding gives text
    │   └── TooDeep           HTML nested deeper than any real page (parsing it would take minutes)
    ├── ExtractionError       extraction failed on a usable input
    └── WorkerCrashed         the process handling the capture died (native crash, out of memory)

Library code raises these; the pipeline turns them into an error record for that capture (with
``code`` and the message as the reason); the CLI picks the exit status.
"""

from __future__ import annotations


class TidingsError(Exception):
    """Base of tidings' errors; ``code`` is a short stable name stored with the error record."""

    code = "error"


class CaptureError(TidingsError):
    code = "bad-input"


class EmptyInput(CaptureError):
    code = "empty"


class BinaryInput(CaptureError):
    code = "binary"


class InputTooLarge(CaptureError):
    code = "too-large"


class UndecodableInput(CaptureError):
    code = "undecodable"


class TooDeep(CaptureError):
    code = "too-deep"


class ExtractionError(TidingsError):
    code = "extraction-failed"


class WorkerCrashed(TidingsError):
    """Never raised: the process that held the capture is gone. Its ``code`` names the error
    record that ingest and the engines store for a capture that kills its worker."""

    code = "worker-crashed"
