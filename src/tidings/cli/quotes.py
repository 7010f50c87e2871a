"""`tidings quotes`: who said what, from files (extract) or from the corpus (query).

One command for both questions a user asks: "what quotes are in these pages?" (the arguments are
paths) and "what has X said?" (filters and words, answered from the corpus). The table rendering
(:func:`quote_table`) is separate from the command so other commands can print quotes the same way.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from tidings.capture import iter_captures
from tidings.cli import app
from tidings.cli.corpus import DbOption, JsonlOption, JsonOption, corpus_quotes_cli
from tidings.model import QUOTE_KINDS, Article, Quote
from tidings.options import DEFAULT_MAX_BYTES, Options
from tidings.partialdates import when_label
from tidings.pipeline import run

#: The choices of ``--kind`` (typer needs an Enum), made from the model's quote kinds.
QuoteKindOption = StrEnum("QuoteKindOption", {k: k for k in QUOTE_KINDS})


def quote_rows(article: Article) -> list[tuple[str, str, str, str, str, str]]:
    """(speaker, description, cue, to whom, when, quote) per quote, as plain strings; "when" is
    the time the attribution gives (the date, then the words on a line of their own: '15 Mar
    2016\n"Tuesday"'), empty when it gives none; a content a cue interrupts shows its pieces
    without the cue ("The plan … had been tested")."""
    rows = []
    for q in article.quotes:
        words = q.said_on_mention.text if q.said_on_mention else None
        rows.append(
            (
                _speaker(q),
                q.speaker_description or "",
                _cue(q),
                q.addressee or "",
                when_label(q.said_on, words, sep="\n"),
                " … ".join(p.text for p in q.content_pieces) or q.content.text,
            )
        )
    return rows


def _speaker(q: Quote) -> str:
    name = q.speaker or "(unknown)"
    if q.speaker_type in ("anonymous", "organization"):
        name += f" [{q.speaker_type}]"
    return name


#: What the cue column says for a quote whose speaker is known without a cue.
_NO_CUE = {"continuation": "(continues)", "floating": "(follows)", "interview": "(answer)"}


def _cue(q: Quote) -> str:
    cue = q.cue.text if q.cue else _NO_CUE.get(q.attribution, "")
    return f"{cue} · {q.kind}" if cue else q.kind


def quote_table(articles: Iterable[Article], max_quote: int = 300) -> Table:
    """A rich table of the quotes of ``articles``: speaker, description, cue, to whom, when,
    quote."""
    table = Table(show_lines=True, expand=True)
    table.add_column("speaker", style="bold", ratio=2)
    table.add_column("description", ratio=2)
    table.add_column("cue", ratio=1)
    table.add_column("to", ratio=1)
    table.add_column("when", ratio=1, overflow="fold")
    table.add_column("quote", ratio=6)
    for article in articles:
        for speaker, description, cue, to, when, text in quote_rows(article):
            if len(text) > max_quote:
                text = text[: max_quote - 1] + "…"
            table.add_row(speaker, description, cue, to, when, text)
    return table


#: File endings of captures: an argument ending so is a path even when it does not exist.
_CAPTURE_SUFFIXES = (".html", ".htm", ".txt", ".gz", ".warc", ".arc", ".jsonl", ".ndjson")


def _all_paths(args: list[str]) -> bool:
    """True when the arguments name captures, not search words: each is '-', exists, or looks
    like a path (a '/' or a capture's file ending), so a mistyped file name is reported as
    missing instead of being searched for in the corpus."""
    return bool(args) and all(
        a == "-" or "/" in a or a.lower().endswith(_CAPTURE_SUFFIXES) or Path(a).exists()
        for a in args
    )


@app.command("quotes")
def quotes_cli(
    args: list[str] = typer.Argument(
        None, help="Files/folders/'-' to extract quotes from; otherwise words to search for."
    ),
    speaker: str | None = typer.Option(None, "--speaker", "-s", help="A name or speaker id."),
    outlet: str | None = typer.Option(None, help="Reported by this outlet (domain)."),
    kind: QuoteKindOption | None = typer.Option(
        None, "--kind", "-k", help="Only quotes of this kind: direct, indirect or mixed."
    ),
    since: str | None = typer.Option(None, help="From this date (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, help="Up to this date, inclusive."),
    db: str = DbOption,
    order: str | None = typer.Option(
        None,
        help="Corpus: date (newest first, default), outlets (most outlets first), rank (best "
        "match).",
    ),
    limit: int = typer.Option(20, help="How many quotes (corpus queries)."),
    as_json: bool = JsonOption,
    as_jsonl: bool = JsonlOption,
    max_quote: int = typer.Option(300, help="Cut quotes longer than this many characters."),
    max_bytes: int = typer.Option(DEFAULT_MAX_BYTES, help="Refuse captures larger than this."),
) -> None:
    """Who said what: quotes from pages, or from the corpus.

    From files: [bold]tidings quotes page.html saved/[/bold] (speaker, description, cue,
    addressee, quote for each page; failures reported on stderr, exit status 1 if any failed).
    From the corpus: [bold]tidings quotes --speaker Putin --outlet france24.com --since
    2016-01-01 withdrawal[/bold] (arguments that are not all existing paths are search words).
    """
    args = args or []
    if not _all_paths(args):
        query = " ".join(args) or None
        corpus_quotes_cli(
            query=query,
            speaker=speaker,
            outlet=outlet,
            since=since,
            until=until,
            db=db,
            order=order,
            limit=limit,
            as_json=as_json,
            as_jsonl=as_jsonl,
            kind=kind.value if kind else None,
        )
        return
    console = Console()
    failed = 0
    for article in run(iter_captures(args, max_bytes), Options(max_bytes=max_bytes)):
        if article.status != "article":
            failed += article.status == "error"
            typer.echo(f"{article.status}: {article.source}: {article.reason}", err=True)
            continue
        if kind:
            article = article.model_copy(
                update={"quotes": [q for q in article.quotes if q.kind == kind.value]}
            )
        if as_json or as_jsonl:
            for q in article.quotes:
                record = {"article": article.id, "source": article.source, **q.model_dump()}
                typer.echo(json.dumps(record, ensure_ascii=False, indent=2 if as_json else None))
            continue
        title = article.title or article.source
        # a Text, not markup: a page title may hold square brackets
        which = f"{kind.value} quotes" if kind else "quotes"
        console.print(Text(title, style="bold") + f" ({len(article.quotes)} {which})")
        if article.quotes:
            console.print(quote_table([article], max_quote))
    if failed:
        raise typer.Exit(1)
