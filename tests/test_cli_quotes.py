"""`tidings quotes PATH`: the table a person reads, and the rows behind it."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from tidings.cli import app
from tidings.cli.quotes import quote_rows
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


def test_cli_quotes_missing_path_fails(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["quotes", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1


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
    assert quote_rows(article) == [("Sarah Lain", "", "said · direct", "", "Yes")]
