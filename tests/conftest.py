"""Shared fixtures. Evaluation data lives in ../shared (never in this repo): tests that need it
skip with a message when it is absent, as on a user's fresh machine."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TIDINGS_SHARED", REPO.parent / "shared"))


SAMPLE_AEB = REPO / "src" / "tidings" / "sample" / "pages" / "aeb"
GOLDEN_TEXT = SHARED / "golden" / "france24-russia-syria-withdrawal.txt"


def sample_paragraphs(pages: int, golden: bool = True) -> list[str]:
    """The extracted paragraphs of the first ``pages`` bundled AEB pages, and, when the
    evaluation data is there (``golden``), the golden page's: text for the tests that compare
    tidings' annotations with spaCy's own. Never skips: the bundled pages are always there."""
    import gzip

    from tidings.capture.sniff import decode
    from tidings.extract import extract_html

    texts: list[str] = []
    for path in sorted(SAMPLE_AEB.glob("*.html.gz"))[:pages]:
        html, _ = decode(gzip.decompress(path.read_bytes()), None, 1 << 26)
        texts += [p.text for p in extract_html(html).paragraphs]
    if golden and GOLDEN_TEXT.exists():
        text = GOLDEN_TEXT.read_text(encoding="utf-8")
        texts += [b for b in text.split("\n\n") if b.strip()]
    return texts


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test when the evaluation data is not there."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"evaluation data not found at {path} (set TIDINGS_SHARED to its folder)")
    return path


@pytest.fixture
def golden_dir() -> Path:
    return shared_path("golden")


@pytest.fixture
def data_dir() -> Path:
    return shared_path("data")


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline as tidings loads it (``analyze.nlp.load``: cached per process)."""
    from tidings.analyze.nlp import load

    return load()


def analyzed(*paragraphs: str):
    """An article of these paragraphs through ``analyze``; every quote span's text is checked
    against the article text it points into (the evidence rule)."""
    from tidings.analyze import analyze
    from tidings.model import Article, layout

    text, paras = layout([("body", p) for p in paragraphs])
    article = analyze(Article(id="t", source="t", text=text, paragraphs=paras))
    for q in article.quotes:
        for span in (q.content, q.cue, q.speaker_mention, q.addressee_mention, q.via):
            assert span is None or article.text[span.start : span.end] == span.text
    return article


def quote_starting(quotes, starts: str):
    """The first quote whose content starts with ``starts`` (the test fails, listing every
    content, when there is none)."""
    found = [q for q in quotes if q.content.text.startswith(starts)]
    assert found, [q.content.text for q in quotes]
    return found[0]


def direct_quote_holding(quotes, words: str):
    """The one direct or mixed quote whose content holds ``words`` (the test fails, listing
    every content and speaker, when there is none or more than one)."""
    found = [q for q in quotes if words in q.content.text and q.kind != "indirect"]
    assert len(found) == 1, [(q.content.text, q.speaker) for q in quotes]
    return found[0]


def quotes_of(*paragraphs: str):
    """The quotes ``analyze`` finds in an article of these paragraphs (see :func:`analyzed`)."""
    return analyzed(*paragraphs).quotes


def blas_is_row_exact() -> bool:
    """True when numpy's BLAS gives each row of a float32 product the same bits wherever the row
    sits and whatever the batch (Intel machines' OpenBLAS kernels did). Some kernels do not
    (OpenBLAS 0.3.31's on an AMD EPYC machine, 2026-11-30: products differ in the last bits,
    about 1e-6, when rows or columns are reordered), so tests of "the same numbers" demand bit
    equality only where the BLAS gives it, and float32 rounding otherwise. Products of one to
    three rows are checked too: OpenBLAS 0.3.31 on an Intel Xeon (2026-12-01) gave them other
    last bits than the same rows inside a larger product, while five rows and more agreed."""
    import numpy as np

    rng = np.random.default_rng(0)
    x = rng.standard_normal((300, 96)).astype(np.float32)
    w = rng.standard_normal((384, 96)).astype(np.float32)
    perm = rng.permutation(384)
    whole = x @ w.T
    return bool(
        np.array_equal(whole[:, perm], x @ w[perm].T)
        and np.array_equal(whole[::-1], x[::-1] @ w.T)
        and np.array_equal(whole[:5], x[:5] @ w.T)
        and all(np.array_equal(whole[:n], x[:n] @ w.T) for n in (1, 2, 3))
    )


def same_floats(a, b) -> bool:
    """``a`` and ``b`` equal bit for bit where the BLAS is row-exact (:func:`blas_is_row_exact`),
    else equal up to float32 rounding of the products: 1e-5 relative, and 1e-6 of the largest
    value absolute (a sum of a few hundred products rounds at that scale)."""
    import numpy as np

    if a.shape != b.shape:
        return False
    if blas_is_row_exact():
        return bool(np.array_equal(a, b))
    return close_floats(a, b)


def close_floats(a, b) -> bool:
    """``a`` and ``b`` equal up to float32 rounding of the products (on any BLAS): 1e-5
    relative, and 1e-6 of the largest value absolute. For numbers summed in another order by
    design (a product per row against one over the batch)."""
    import numpy as np

    if a.shape != b.shape:
        return False
    scale = float(np.abs(b).max()) if b.size else 0.0
    return bool(np.allclose(a, b, rtol=1e-5, atol=1e-6 * max(1.0, scale)))


def model_layers(*funcs) -> list:
    """The layers of the loaded model whose forward function is one of ``funcs`` (the fast
    replacements nlp.py swaps in: tests check each is swapped and gives thinc's numbers)."""
    from tidings.analyze.nlp import load

    return [
        layer
        for _, pipe in load().pipeline
        if hasattr(pipe, "model")
        for layer in pipe.model.walk()
        if layer._func in funcs
    ]
