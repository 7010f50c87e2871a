"""`tidings quotes`: a table from files, or a corpus query when the arguments are not paths."""

from __future__ import annotations

import json
import subprocess
import sys

PAGE = """<html><head><title>Port strike ends</title></head><body><article>
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
    page.write_text(PAGE)
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
