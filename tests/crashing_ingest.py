"""`tidings ingest` whose pool workers die on a marked capture (for tests/test_corpus_ingest.py).

Run as ``python tests/crashing_ingest.py ingest PATH --db FILE --workers 2``: the arguments of
`tidings ingest`. Before the command runs, the pipeline stage that ingest's workers call
(``tidings.corpus.ingest.process``) is wrapped so that a capture whose bytes contain
:data:`CRASH_MARKER` makes its process kill itself with SIGKILL, the way a segfault in a C parser
or the out-of-memory killer ends a worker. Pool workers are forked from this process, so they
inherit the wrapper; tidings itself has no test hook.
"""

from __future__ import annotations

import os
import signal
import sys
from typing import Any

import tidings.corpus.ingest as ingest_module
from tidings.cli import app
from tidings.model import Capture

CRASH_MARKER = b"<!-- tidings test: this capture kills its worker -->"

_process = ingest_module.process


def process_or_die(item: Any, *args: Any, **kwargs: Any) -> Any:
    if isinstance(item, Capture) and CRASH_MARKER in item.content:
        os.kill(os.getpid(), signal.SIGKILL)
    return _process(item, *args, **kwargs)


if __name__ == "__main__":
    ingest_module.process = process_or_die
    app(sys.argv[1:], prog_name="tidings")
