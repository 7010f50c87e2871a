"""The pipeline's contract: one record per input, failures carry their reason."""

from __future__ import annotations

import codecs

import pytest

from tidings.capture import iter_captures
from tidings.model import Capture
from tidings.options import Options
from tidings.pipeline import process, run

PAGE = (
    "<html><head><title>T</title></head><body><article>" + "<p>Words here and there, "
    "enough to make a paragraph of an article that is long enough.</p>"
    * 6
    + "</article></body></html>"
)


@pytest.mark.parametrize(
    ("data", "code"),
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b"   \n\n ", "empty", id="whitespace"),
        pytest.param(b"%PDF-1.7\n%binary", "binary", id="pdf"),
        pytest.param(b"\xff\xd8\xff\xe0\x00\x10JFIF", "binary", id="jpeg"),
    ],
)
def test_pipeline_bad_input_gets_specific_error(data: bytes, code: str) -> None:
    article = process(Capture.from_bytes(data, source="x"), Options(analyze=False))
    assert article.status == "error"
    assert article.reason.startswith(code + ":")


@pytest.mark.parametrize(
    "encoded",
    [
        pytest.param(
            codecs.BOM_UTF16_LE + PAGE.replace("Words", "Café").encode("utf-16-le"), id="utf16-bom"
        ),
        pytest.param(PAGE.replace("Words", "Café").encode("cp1252"), id="cp1252"),
    ],
)
def test_pipeline_decodes_other_encodings(encoded: bytes) -> None:
    article = process(Capture.from_bytes(encoded, source="x"), Options(analyze=False))
    assert article.status == "article", article.reason
    assert "Café" in article.text


def test_pipeline_batch_goes_on_after_failures(tmp_path) -> None:
    (tmp_path / "a.pdf").write_bytes(b"%PDF-1.4 stuff")
    (tmp_path / "b.html").write_text(PAGE)
    articles = list(
        run(iter_captures([tmp_path, tmp_path / "missing.html"]), Options(analyze=False))
    )
    assert [a.status for a in articles] == ["error", "article", "error"]
    assert "not-found" in articles[2].reason
