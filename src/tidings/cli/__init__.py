"""The command line: every command is a thin shell over a library function.

Commands live one module per group (``extract.py``, ``corpus.py``...) and register themselves on
``app`` when imported below. Library code raises; only this layer picks exit codes.
"""

from __future__ import annotations

import typer

app = typer.Typer(
    name="tidings",
    help="News captures (HTML, WARC, scraped text) into articles, quotes with speakers, "
    "and a searchable corpus.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)


@app.callback()
def _root() -> None:
    """News captures (HTML, WARC, scraped text) into articles, quotes with speakers, and a
    searchable corpus. Run [bold]tidings COMMAND --help[/bold] for each command."""


# Each import registers its commands on ``app``.
from tidings.cli import corpus as _corpus  # noqa: E402,F401
from tidings.cli import extract as _extract  # noqa: E402,F401
from tidings.cli import quotes as _quotes  # noqa: E402,F401
from tidings.cli import run as _run  # noqa: E402,F401
from tidings.cli import serve as _serve  # noqa: E402,F401


def main() -> None:
    app()
