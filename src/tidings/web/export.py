"""CSV and JSONL downloads of any result list, streamed page by page.

A download walks the same view function the JSON page uses, :data:`CHUNK` rows at a time, so it
holds one chunk in memory whatever the size of the list. It stops after :data:`MAX_ROWS` rows
(``tidings export`` writes whole tables without limit); the ``X-Tidings-Truncated`` header says
when it did. HTML fields (``*_html``) are for pages and are left out of downloads.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from typing import Any

from fastapi.responses import StreamingResponse
from pydantic import BaseModel

from tidings.web.models import Page

CHUNK = 500
MAX_ROWS = 100_000

MEDIA_TYPES = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson"}


def _plain(item: BaseModel) -> dict[str, Any]:
    return {k: v for k, v in item.model_dump(mode="json").items() if not k.endswith("_html")}


def csv_cell(value: Any) -> Any:
    """A list of strings becomes 'a; b'; any other list or object its JSON; scalars stay."""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def rows(fetch: Callable[[int, int], Page], max_rows: int = MAX_ROWS) -> Iterator[dict[str, Any]]:
    """Every row of a paged result list, up to ``max_rows``."""
    offset = 0
    while offset < max_rows:
        page = fetch(min(CHUNK, max_rows - offset), offset)
        for item in page.items:
            yield _plain(item)
        offset += len(page.items)
        if len(page.items) < page.limit:
            return


def jsonl_lines(items: Iterator[dict[str, Any]]) -> Iterator[bytes]:
    for item in items:
        yield (json.dumps(item, ensure_ascii=False) + "\n").encode()


def csv_lines(items: Iterator[dict[str, Any]]) -> Iterator[bytes]:
    """CSV with a header from the first row's keys (every row of one list has the same keys)."""
    buf = io.StringIO()
    writer: csv.DictWriter | None = None
    for item in items:
        if writer is None:
            writer = csv.DictWriter(buf, fieldnames=list(item), extrasaction="ignore")
            writer.writeheader()
        writer.writerow({k: csv_cell(v) for k, v in item.items()})
        yield buf.getvalue().encode()
        buf.seek(0)
        buf.truncate()


def download(fetch: Callable[[int, int], Page], fmt: str, name: str) -> StreamingResponse:
    """Stream the whole list ``fetch`` pages through, as ``name.csv`` or ``name.jsonl``."""
    probe = fetch(1, MAX_ROWS)  # is there anything past the cap?
    truncated = bool(probe.items)
    body = (csv_lines if fmt == "csv" else jsonl_lines)(rows(fetch))
    return StreamingResponse(
        body,
        media_type=MEDIA_TYPES[fmt],
        headers={
            "Content-Disposition": f'attachment; filename="tidings-{name}.{fmt}"',
            "X-Tidings-Truncated": "true" if truncated else "false",
        },
    )
