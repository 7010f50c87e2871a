"""`tidings quotes PATH`: the table a person reads, and the rows behind it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from tidings.cli import app
from tidings.cli.quotes import column_widths, quote_rows, quote_table
from tidings.model import Article, Quote, Span

PAGE = """Syria talks

Officials met in Geneva on Monday to restart the peace process after months of delay.

"There is a ceasefire in place that although fragile is holding," Sarah Lain told AFP.

The talks are expected to last for at least two more weeks, diplomats said on Tuesday.
"""


def test_cli_quotes_prints_speaker_cue_and_quote(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(app, ["quotes", str(page)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Sarah Lain" in result.output
    assert "There is a ceasefire in place" in result.output
    assert "told" in result.output and "AFP" in result.output


def test_cli_quotes_missing_path_fails(tmp_path: Path, monkeypatch) -> None:
    # a corpus in the working folder (as after `make run`) must not turn a missing file into a
    # search for its name
    monkeypatch.chdir(tmp_path)
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    CliRunner().invoke(app, ["ingest", "page.txt", "--db", "tidings.db", "--workers", "1"])
    assert (tmp_path / "tidings.db").exists()
    for missing in (str(tmp_path / "nope.txt"), "nope.html"):
        result = CliRunner().invoke(app, ["quotes", missing])
        assert result.exit_code == 1
        assert "nope" in result.output


def test_cli_quote_rows_are_plain_strings() -> None:
    text = '"Yes," she said.'
    q = Quote(
        id="q0",
        kind="direct",
        content=Span(start=1, end=4, text="Yes"),
        cue=Span(start=11, end=15, text="said"),
        speaker="Sarah Lain",
        speaker_type="person",
    )
    article = Article(id="a", source="a", text=text, quotes=[q])
    assert quote_rows(article) == [("Sarah Lain", "", "said · direct", "", "", "Yes")]


HTML_PAGE = """<html><head><title>Port strike ends</title></head><body><article>
<h1>Port strike ends after nine days</h1>
<p>Dock workers in the city returned to work on Monday after a nine-day strike over pay and
safety rules that had left dozens of ships waiting offshore.</p>
<p>"We got what we came for, and we got it together," union leader Marta Kowalski told
reporters outside the port gates, adding that members had voted to accept the offer.</p>
<p>The port authority said the deal would cost about 12 million euros over three years and that
the backlog of ships would be cleared by the end of the week.</p>
</article></body></html>"""


def test_cli_quotes_from_a_file_as_jsonl(tmp_path) -> None:
    page = tmp_path / "strike.html"
    page.write_text(HTML_PAGE)
    done = subprocess.run(
        [sys.executable, "-m", "tidings", "quotes", str(page), "--jsonl"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    quotes = [json.loads(line) for line in done.stdout.splitlines()]
    direct = [q for q in quotes if q["content"]["text"].startswith("We got what we came for")]
    assert direct and direct[0]["speaker"] == "Marta Kowalski"
    assert direct[0]["addressee"] == "reporters"


def test_cli_quotes_words_query_the_corpus(tmp_path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "tidings", "quotes", "no such file", "--db", str(tmp_path / "x.db")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode != 0
    assert "no corpus" in done.stdout + done.stderr


def test_cli_quotes_kind_keeps_one_kind(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    env = {"COLUMNS": "200"}
    every = CliRunner().invoke(app, ["quotes", str(page), "--jsonl"], env=env)
    kinds = {json.loads(line)["kind"] for line in every.output.splitlines()}
    assert {"direct", "indirect"} <= kinds  # the page has both: the filter has work to do
    for kind in ("direct", "indirect"):
        result = CliRunner().invoke(app, ["quotes", str(page), "--kind", kind, "--jsonl"], env=env)
        assert result.exit_code == 0, result.output
        assert {json.loads(line)["kind"] for line in result.output.splitlines()} == {kind}
    table = CliRunner().invoke(app, ["quotes", str(page), "-k", "mixed"], env=env)
    assert table.exit_code == 0 and "(0 mixed quotes)" in table.output
    assert CliRunner().invoke(app, ["quotes", str(page), "--kind", "scare"]).exit_code == 2


def _article_of_two_quotes() -> Article:
    """A direct quote with a long description and addressee, and an "according to" quote of a
    long organisation's name: the cells that a narrow table used to cut."""
    text = (
        '"There is a ceasefire in place that although fragile is holding," Sarah Lain, a senior '
        "analyst at the Royal United Services Institute, told AFP. No homes were damaged, "
        "according to Pine Hollow Fire & Rescue."
    )

    def span(words: str) -> Span:
        at = text.index(words)
        return Span(start=at, end=at + len(words), text=words)

    direct = Quote(
        id="q0",
        kind="direct",
        content=span("There is a ceasefire in place that although fragile is holding,"),
        cue=span("told"),
        speaker="Sarah Lain",
        speaker_type="person",
        speaker_description="a senior analyst at the Royal United Services Institute",
        addressee="AFP",
    )
    reported = Quote(
        id="q1",
        kind="indirect",
        content=span("No homes were damaged"),
        cue=span("according to"),
        speaker="Pine Hollow Fire & Rescue",
        speaker_type="organization",
    )
    return Article(id="a", source="a", text=text, quotes=[direct, reported])


def test_cli_quote_table_at_80_columns_keeps_cue_and_speaker_whole() -> None:
    """At 80 columns the quote and the description wrap; the cue, the speaker and the headers
    keep every word whole (the cue column was cut to "acc…" / "ind…"), and a column no row
    fills ("when") is left out."""
    console = Console(width=80, record=True)
    console.print(quote_table([_article_of_two_quotes()], width=80))
    out = console.export_text()
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "…" not in out
    for words in ("speaker", "description", "cue", "quote", "Sarah Lain", "according to"):
        assert words in out, out
    for words in ("· indirect", "told ·", "AFP", "Institute"):
        assert words in out, out
    assert "when" not in out.splitlines()[1]
    assert "Pine Hollow" in out


@pytest.mark.parametrize("width", [80, 120, 200])
def test_cli_quote_table_fills_the_width_it_is_given(width: int) -> None:
    columns = {
        "speaker": ["Pine Hollow Fire & Rescue [organization]"],
        "cue": ["according to · indirect"],
        "quote": ["No homes were damaged " * 10],
    }
    widths = column_widths(columns, width)
    assert sum(widths.values()) + 3 * len(widths) + 1 == width
    assert widths["cue"] >= len("according to")
    assert widths["quote"] > widths["speaker"]


def test_cli_quotes_command_at_80_columns(tmp_path: Path) -> None:
    """The command itself at COLUMNS=80: the speaker and the cue are whole."""
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = CliRunner().invoke(app, ["quotes", str(page)], env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.output
    assert "Sarah Lain" in result.output
    assert "told ·" in result.output
    assert "…" not in result.output
    assert max(len(line) for line in result.output.splitlines()) <= 80
