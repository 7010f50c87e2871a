"""`tidings quotes PATH...`: who said what in each capture, as a table a person reads.

The table rendering (:func:`quote_table`) is separate from the command so that other commands
(a corpus query by speaker, for one) can print quotes the same way.
"""

from __future__ import annotations

from collections.abc import Iterable

import typer
from rich.console import Console
from rich.table import Table

from tidings.capture import iter_captures
from tidings.cli import app
from tidings.model import Article, Quote
from tidings.options import DEFAULT_MAX_BYTES, Options
from tidings.pipeline import run


def quote_rows(article: Article) -> list[tuple[str, str, str, str, str]]:
    """(speaker, description, cue, to whom, quote) per quote, as plain strings."""
    rows = []
    for q in article.quotes:
        rows.append(
            (
                _speaker(q),
                q.speaker_description or "",
                _cue(q),
                q.addressee or "",
                q.content.text,
            )
        )
    return rows


def _speaker(q: Quote) -> str:
    name = q.speaker or "(unknown)"
    if q.speaker_type in ("anonymous", "organization"):
        name += f" [{q.speaker_type}]"
    return name


def _cue(q: Quote) -> str:
    cue = (
        q.cue.text
        if q.cue
        else {"continuation": "(continues)", "floating": "(follows)"}.get(q.attribution, "")
    )
    return f"{cue} · {q.kind}" if cue else q.kind


def quote_table(articles: Iterable[Article], max_quote: int = 300) -> Table:
    """A rich table of the quotes of ``articles``: speaker, description, cue, quote."""
    table = Table(show_lines=True, expand=True)
    table.add_column("speaker", style="bold", ratio=2)
    table.add_column("description", ratio=2)
    table.add_column("cue", ratio=1)
    table.add_column("to", ratio=1)
    table.add_column("quote", ratio=6)
    for article in articles:
        for speaker, description, cue, to, text in quote_rows(article):
            if len(text) > max_quote:
                text = text[: max_quote - 1] + "…"
            table.add_row(speaker, description, cue, to, text)
    return table


@app.command("quotes")
def quotes_cli(
    paths: list[str] = typer.Argument(
        ..., help="Files, folders (read recursively), WARC/JSONL files, or '-' for stdin."
    ),
    max_quote: int = typer.Option(300, help="Cut quotes longer than this many characters."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, help="Refuse captures larger than this."),
) -> None:
    """Print who said what in each page: speaker, description, cue, addressee, quote.

    Example: [bold]tidings quotes page.html saved/[/bold]

    Captures that fail or hold no article are reported on stderr; exit status 1 if any failed.
    """
    console = Console()
    failed = total = 0
    for article in run(iter_captures(paths, max_bytes), Options(max_bytes=max_bytes)):
        total += 1
        if article.status != "article":
            failed += article.status == "error"
            typer.echo(f"{article.status}: {article.source}: {article.reason}", err=True)
            continue
        title = article.title or article.source
        console.print(f"[bold]{title}[/bold] ({len(article.quotes)} quotes)")
        if article.quotes:
            console.print(quote_table([article], max_quote))
    if total == 0:
        typer.echo("no captures found in the given paths", err=True)
        raise typer.Exit(1)
    if failed:
        raise typer.Exit(1)
