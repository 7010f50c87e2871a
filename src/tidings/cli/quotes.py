"""`tidings quotes`: who said what, from files (extract) or from the corpus (query).

One command for both questions a user asks: "what quotes are in these pages?" (arguments are
paths) and "what has X said?" (filters and words, answered from the corpus).
"""

from __future__ import annotations

from pathlib import Path

import typer
from rich.markup import escape
from rich.table import Table

from tidings.capture import iter_captures
from tidings.cli import app
from tidings.cli.corpus import DbOption, JsonlOption, JsonOption, console, corpus_quotes_cli
from tidings.model import Article
from tidings.options import Options
from tidings.pipeline import run


def article_quotes_table(article: Article) -> Table:
    """The quotes of one article: speaker, description, cue (and addressee), quote."""
    table = Table(title=escape(article.title or article.source), show_lines=True, expand=True)
    table.add_column("speaker", style="bold", ratio=2)
    table.add_column("description", ratio=2)
    table.add_column("cue", ratio=1)
    table.add_column("quote", ratio=6)
    for q in article.quotes:
        who = escape(q.speaker or "(unattributed)")
        if q.speaker_mention and q.speaker_mention.text != q.speaker:
            who += f"\n[dim]as “{escape(q.speaker_mention.text)}”[/dim]"
        cue = escape(q.cue.text) if q.cue else f"[dim]({q.attribution})[/dim]"
        if q.addressee:
            cue += f"\n[dim]to {escape(q.addressee)}[/dim]"
        text = " ".join(q.content.text.split())
        table.add_row(
            who, escape(q.speaker_description or ""), cue, f"[dim]{q.kind}:[/dim] {escape(text)}"
        )
    return table


def _all_paths(args: list[str]) -> bool:
    return bool(args) and all(a == "-" or Path(a).exists() for a in args)


@app.command("quotes")
def quotes_cli(
    args: list[str] = typer.Argument(
        None, help="Files/folders/'-' to extract quotes from; otherwise words to search for."
    ),
    speaker: str | None = typer.Option(None, "--speaker", "-s", help="A name or speaker id."),
    outlet: str | None = typer.Option(None, help="Reported by this outlet (domain)."),
    since: str | None = typer.Option(None, help="From this date (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, help="Up to this date, inclusive."),
    db: str = DbOption,
    limit: int = typer.Option(20, help="How many quotes (corpus queries)."),
    as_json: bool = JsonOption,
    as_jsonl: bool = JsonlOption,
) -> None:
    """Who said what: quotes from pages, or from the corpus.

    From files: [bold]tidings quotes page.html saved/[/bold] (one table per article).
    From the corpus: [bold]tidings quotes --speaker Putin --outlet france24.com --since
    2016-01-01 withdrawal[/bold] (arguments that are not all existing paths are search words).
    """
    args = args or []
    if not _all_paths(args):
        corpus_quotes_cli(
            " ".join(args) or None, speaker, outlet, since, until, db, limit, as_json, as_jsonl
        )
        return
    failed = 0
    for article in run(iter_captures(args), Options()):
        if as_json or as_jsonl:
            for q in article.quotes:
                record = {"article": article.id, "source": article.source, **q.model_dump()}
                console.print_json(data=record) if as_json else print(_jsonl(record))
            continue
        if article.status != "article":
            failed += article.status == "error"
            console.print(
                f"[yellow]{escape(article.source)}[/yellow]: {escape(article.reason or '')}"
            )
        elif article.quotes:
            console.print(article_quotes_table(article))
        else:
            console.print(f"{escape(article.source)}: no quotes found")
    if failed:
        raise typer.Exit(1)


def _jsonl(record: dict) -> str:
    import json

    return json.dumps(record, ensure_ascii=False, default=str)
