"""`tidings extract` as a user runs it: paths, folders, stdin, formats, -o."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

PAGE = """<html><head><title>Council approves the new bridge</title></head><body>
<article><h1>Council approves the new bridge</h1>
<p>The city council approved the construction of a new bridge over the river on Tuesday,
ending a debate that lasted more than three years and divided the town.</p>
<p>"This bridge will connect two halves of our city," the mayor said after the vote, adding
that work would begin in the spring and take about two years to complete.</p>
<p>Opponents said the cost, estimated at 40 million euros, was too high for a town of this size
and that the money would be better spent on schools and the hospital.</p>
</article></body></html>"""


def tidings(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tidings", *args],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )


def test_cli_extract_reads_stdin_and_writes_jsonl() -> None:
    done = tidings("extract", "-", "--no-analyze", stdin=PAGE)
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["status"] == "article"
    assert record["input_type"] == "html"
    assert "new bridge over the river" in record["text"]


def test_cli_extract_folder_recursively_to_file(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.html").write_text(PAGE)
    (tmp_path / "a" / "b" / "two.html").write_text(PAGE.replace("bridge", "tunnel"))
    out = tmp_path / "out.jsonl"
    done = tidings("extract", str(tmp_path / "a"), "-o", str(out), "--no-analyze")
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert sorted(Path(r["source"]).name for r in records) == ["one.html", "two.html"]


def test_cli_extract_output_inside_the_input_folder_is_not_read(tmp_path: Path) -> None:
    """The output file, written into the folder being read, is no capture (the run used to read
    its own growing output and never end), and ends up with one record per page."""
    (tmp_path / "one.html").write_text(PAGE)
    (tmp_path / "out.jsonl").write_text("")
    out = tmp_path / "out.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "tidings", "extract", str(tmp_path), "-o", str(out), "--no-analyze"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [Path(r["source"]).name for r in records] == ["one.html"]


def test_cli_extract_names_its_own_output_as_input(tmp_path: Path) -> None:
    """Named on its own, the output file gets a failure that says why, not a read."""
    from tidings.capture import iter_captures

    out = tmp_path / "out.jsonl"
    out.write_text('{"text": "x"}\n')
    (failure,) = list(iter_captures([out], written=[tmp_path / "." / "out.jsonl"]))
    assert failure.code == "own-output"
    assert "written by this run" in failure.reason


def test_cli_extract_input_type_override() -> None:
    done = tidings("extract", "-", "--input-type", "text", "--no-analyze", stdin=PAGE)
    assert json.loads(done.stdout)["input_type"] == "text"


def test_cli_extract_markdown_for_people() -> None:
    done = tidings("extract", "-", "-f", "markdown", "--no-analyze", stdin=PAGE)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("# Council approves the new bridge")


def test_cli_extract_help_reads_well() -> None:
    done = tidings("extract", "--help")
    assert done.returncode == 0
    assert "stdin" in done.stdout and "--format" in done.stdout
