"""Bad input: each capture gets a clear result in bounded time and memory; the batch goes on."""

from __future__ import annotations

import codecs
import subprocess
import sys

import pytest

from tidings.model import Capture
from tidings.options import Options
from tidings.pipeline import process

PARA = "The minister said the plan would be announced next week, officials told reporters. "
ARTICLE = "A headline about the plan\n\n" + "\n\n".join(
    f"On day {n} of the talks, the minister of {town} said the plan would be announced next week, "
    f"and officials told reporters that {n + 2} committees had reviewed its {n * 3} chapters."
    for n, town in enumerate(["Lyon", "Graz", "Porto", "Turin", "Ghent", "Cork", "Bern", "Oslo"])
)


def run(data: bytes, **opts) -> object:
    return process(Capture.from_bytes(data, source="case"), Options(analyze=False, **opts))


@pytest.mark.timeout(60)
def test_bad_input_50mb_text_file_is_processed() -> None:
    data = "\n\n".join([PARA * 5] * (50_000_000 // (len(PARA) * 5 + 2))).encode()
    article = run(data)
    assert article.status in {"article", "no_article"}, article.reason


@pytest.mark.timeout(60)
def test_bad_input_10mb_single_line_is_processed() -> None:
    article = run((PARA * (10_000_000 // len(PARA))).encode())
    assert article.status in {"article", "no_article"}, article.reason


def test_bad_input_over_the_limit_is_refused_with_the_size() -> None:
    article = run(b"x" * 2000, max_bytes=1000)
    assert article.status == "error"
    assert article.reason.startswith("too-large:") and "2,000 bytes" in article.reason


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), "plan", id="utf-16-le-bom"),
        pytest.param(codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "plan", id="utf-16-be-bom"),
        pytest.param(codecs.BOM_UTF8 + ARTICLE.encode(), "plan", id="utf-8-bom"),
        pytest.param(ARTICLE.replace("plan", "déjà-vu plan").encode("cp1252"), "déjà", id="cp1252"),
        pytest.param(ARTICLE.encode() + b"\xff\xfe\x80 broken", "plan", id="invalid-utf8"),
    ],
)
def test_bad_input_encodings_decode(data: bytes, expected: str) -> None:
    article = run(data)
    assert article.status == "article", article.reason
    assert expected in article.text


def test_bad_input_gzip_bomb_is_refused() -> None:
    import gzip

    article = run(gzip.compress(b"a" * 5_000_000), max_bytes=1_000_000)
    assert article.status == "error" and article.reason.startswith("too-large:")


def test_bad_input_cli_exit_status_says_whether_anything_failed(tmp_path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.5 binary")
    cmd = [sys.executable, "-m", "tidings", "extract", "--no-analyze"]
    ok = subprocess.run([*cmd, str(good)], capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stderr
    mixed = subprocess.run([*cmd, str(good), str(bad)], capture_output=True, text=True, check=False)
    assert mixed.returncode == 1
    assert "binary" in mixed.stderr and "1 of 2 captures failed" in mixed.stderr
    assert len(mixed.stdout.strip().splitlines()) == 2  # the failure has its record too
