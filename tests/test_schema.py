"""The JSON Schema in schema/ is the code's, and records keep their offsets honest."""

from __future__ import annotations

import json

from conftest import REPO

from tidings.model import Article, layout
from tidings.schema import schemas


def test_schema_files_are_current() -> None:
    for name, schema in schemas().items():
        path = REPO / "schema" / f"{name}.schema.json"
        on_disk = json.loads(path.read_text(encoding="utf-8"))
        assert on_disk == json.loads(json.dumps(schema)), (
            f"{path} is stale: run `python -m tidings.schema schema`"
        )


def test_schema_layout_offsets_point_into_text() -> None:
    text, paragraphs = layout(
        [("subheading", " Intro "), ("body", "First."), ("body", ""), ("body", "Second.")]
    )
    assert text == "Intro\n\nFirst.\n\nSecond."
    assert [text[p.start : p.end] for p in paragraphs] == ["Intro", "First.", "Second."]
    article = Article(id="x", source="s", text=text, paragraphs=paragraphs)
    assert article.span(7, 13).text == "First."
    assert Article.model_validate_json(article.model_dump_json()) == article
