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
from tidings.corpus.addressees import same_addressee
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


#: The table's columns, in order.
_HEADERS = ("speaker", "description", "cue", "to", "when", "quote")

#: The widest each short column may be (in characters) before its lines wrap: a name, a cue, an
#: addressee and a date stay readable at 80 columns, while the description and the quote wrap.
#: Read at COLUMNS=80, 120 and 200 on the pages of tests/test_cli_quotes.py.
_SHORT_WIDTHS = {"cue": 14, "speaker": 18, "when": 11, "to": 12}

#: The quote's width before the short columns widen past their longest word: at 80 columns a
#: quote of five words a line, not one.
_QUOTE_LEAST = 24


def quote_table(
    articles: Iterable[Article], max_quote: int = 300, width: int | None = None
) -> Table:
    """A rich table of the quotes of ``articles``: speaker, description, cue, to whom, when,
    quote, fitted to ``width`` characters (the terminal's by default) by :func:`column_widths`;
    "description", "to" and "when" are left out when no row has one."""
    rows = []
    for article in articles:
        for *cells, text in quote_rows(article):
            if len(text) > max_quote:
                text = text[: max_quote - 1] + "…"
            rows.append((*cells, text))
    shown = [
        i
        for i, header in enumerate(_HEADERS)
        if header not in ("description", "to", "when") or any(row[i] for row in rows)
    ]
    columns = {_HEADERS[i]: [row[i] for row in rows] for i in shown}
    widths = column_widths(columns, width if width is not None else Console().width)
    table = Table(show_lines=True)
    for header in columns:
        style = "bold" if header == "speaker" else None
        table.add_column(header, style=style, width=widths[header])
    for row in rows:
        table.add_row(*(row[i] for i in shown))
    return table


def column_widths(columns: dict[str, list[str]], total: int) -> dict[str, int]:
    """The width of each column's text so that the table fills ``total`` characters: every
    column at least its longest word and its header (no word cut: "according", "15 Mar 2016"),
    the quote at least :data:`_QUOTE_LEAST` where there is room; then the short columns widen
    to their longest line (up to :data:`_SHORT_WIDTHS`, the cue first), and the description
    and the quote share what is left, the quote twice as much. A terminal too narrow for the
    least widths gets them anyway (rich then cuts)."""
    room = total - (3 * len(columns) + 1)  # a border and two spaces of padding per column
    widths: dict[str, int] = {}
    natural: dict[str, int] = {}
    for header, cells in columns.items():
        lines = [line for cell in cells for line in cell.split("\n")]
        natural[header] = max([len(header), *(len(line) for line in lines)])
        widths[header] = max([len(header), *(len(w) for line in lines for w in line.split())])
    if "quote" in widths:
        others = sum(widths.values()) - widths["quote"]
        least = max(widths["quote"], min(_QUOTE_LEAST, room - others))
        widths["quote"] = min(natural["quote"], least)
    for header, cap in _SHORT_WIDTHS.items():
        if header in widths:
            spare = room - sum(widths.values())
            widths[header] += max(0, min(spare, min(natural[header], cap) - widths[header]))
    shares = [(h, k) for h, k in (("description", 1), ("quote", 2)) if h in widths]
    spare = room - sum(widths.values())
    parts = sum(k for _, k in shares)
    for header, k in shares:
        give = max(0, min(spare * k // parts, natural[header] - widths[header]))
        widths[header] += give
    spare = room - sum(widths.values())
    for header, _ in reversed(shares):  # what one of them cannot use goes to the other
        give = max(0, min(spare, natural[header] - widths[header]))
        widths[header] += give
        spare -= give
    return widths


def _kept(quotes: list[Quote], kind: QuoteKindOption | None, to: str | None) -> list[Quote]:
    """The quotes of this kind and said to this addressee (matched as the corpus matches it:
    :func:`tidings.corpus.addressees.same_addressee`)."""
    return [
        q
        for q in quotes
        if (kind is None or q.kind == kind.value)
        and (to is None or same_addressee(q.addressee, to))
    ]


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
    to: str | None = typer.Option(
        None, "--to", help="Only quotes said to this addressee, as articles name it ('AFP')."
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
    2016-01-01 withdrawal[/bold] (arguments that are not all existing paths are search words);
    what was said to AFP: [bold]tidings quotes --to AFP[/bold].
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
            addressee=to,
        )
        return
    console = Console()
    failed = 0
    for article in run(iter_captures(args, max_bytes), Options(max_bytes=max_bytes)):
        if article.status != "article":
            failed += article.status == "error"
            typer.echo(f"{article.status}: {article.source}: {article.reason}", err=True)
            continue
        if kind or to:
            article = article.model_copy(update={"quotes": _kept(article.quotes, kind, to)})
        if as_json or as_jsonl:
            for q in article.quotes:
                record = {"article": article.id, "source": article.source, **q.model_dump()}
                typer.echo(json.dumps(record, ensure_ascii=False, indent=2 if as_json else None))
            continue
        title = article.title or article.source
        # a Text, not markup: a page title may hold square brackets
        which = f"{kind.value} quotes" if kind else "quotes"
        which += f" to {to}" if to else ""
        console.print(Text(title, style="bold") + f" ({len(article.quotes)} {which})")
        if article.quotes:
            console.print(quote_table([article], max_quote, console.width))
    if failed:
        raise typer.Exit(1)
