"""Generate the JSON Schema of tidings' records (``python -m tidings.schema [DIR]``).

The files in ``schema/`` at the repository root are this module's output; a test regenerates them
and fails when they differ, so the documented schema is always the code's.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tidings.model import SCHEMA_VERSION, Article, Capture

#: Records whose JSON form users see; each gets ``<name>.schema.json``.
DOCUMENTED = {"article": Article, "capture": Capture}


def schemas() -> dict[str, dict]:
    """The JSON Schema of each documented record, tagged with the schema version."""
    out = {}
    for name, cls in DOCUMENTED.items():
        schema = cls.model_json_schema(mode="serialization")
        schema["$id"] = f"https://tidings.invalid/schema/{SCHEMA_VERSION}/{name}.schema.json"
        schema["x-schema-version"] = SCHEMA_VERSION
        out[name] = schema
    return out


def write(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in schemas().items():
        path = folder / f"{name}.schema.json"
        path.write_text(json.dumps(schema, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    for p in write(Path(sys.argv[1] if len(sys.argv) > 1 else "schema")):
        print(p)
