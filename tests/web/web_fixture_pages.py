"""Extra captures for the web tests, beside the bundled sample: small pages with known outlets
(the sample's saved files carry no URL) and hostile text, written as a JSONL capture file.

They go through the real ingest (extraction, analysis, merging), like any user's captures.
"""

from __future__ import annotations

import json
import socket
from pathlib import Path

HOSTILE_TITLE = "<script>alert(1)</script>"
HOSTILE_QUOTE = "<img src=x onerror=alert(2)> is only text here"


def page(title: str, published: str, paragraphs: list[str], *, author: str = "Staff") -> str:
    """A plain news page; every value is HTML-escaped the way a real page would carry it."""
    from html import escape

    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{escape(title)}</title>
<meta property="og:title" content="{escape(title)}">
<meta property="article:published_time" content="{published}">
<meta name="author" content="{escape(author)}">
</head><body><article>
<h1>{escape(title)}</h1>
<p class="byline">By {escape(author)}</p>
{body}
</article>
<aside><a href="javascript:alert(3)">Read more</a></aside>
</body></html>"""


CAPTURES = [
    {
        "url": "https://www.hostile.example/2025/03/14/script-title",
        "captured_at": "2025-03-14T10:00:00+00:00",
        "html": page(
            HOSTILE_TITLE,
            "2025-03-14T09:00:00+00:00",
            [
                "A page whose title and quotes hold markup, to check that the reader shows it "
                "as text and runs nothing.",
                f"“{HOSTILE_QUOTE},” said Jane Doe, a security researcher at the Harbour "
                "Institute, speaking to reporters on Friday.",
                "Doe said the test page was harmless and that browsers should display it as "
                "plain words.",
            ],
        ),
    },
    {
        "url": "https://news.alpha.example/2025/03/03/river-wall",
        "html": page(
            "Mayor says the river wall will hold",
            "2025-03-03T08:00:00+00:00",
            [
                "The mayor of Lakeside defended the city's flood defences on Monday as the "
                "river rose for a third day.",
                "“The river wall will hold this winter, and every family will be safe,” "
                "Mayor Ana Ruiz told reporters at City Hall.",
                "“We have a plan for every street,” Ruiz added.",
                "City engineer Tom Bell said the wall had been inspected in January.",
            ],
        ),
    },
    {
        "url": "https://www.beta.example/news/2025-03-10-flood-defences",
        "html": page(
            "Questions over Lakeside flood defences",
            "2025-03-10T12:00:00+00:00",
            [
                "Residents of Lakeside questioned the city's flood defences on Monday.",
                "“The river wall will hold this winter, and every family will be safe,” "
                "Mayor Ana Ruiz said last week.",
                "“Nobody has shown us the inspection report,” said Maria Okonkwo, who leads the "
                "residents' association.",
            ],
        ),
    },
    {
        "url": "https://news.alpha.example/2025/03/17/river-wall-inquiry",
        "html": page(
            "Mayor orders review of river wall",
            "2025-03-17T08:00:00+00:00",
            [
                "The mayor of Lakeside ordered a review of the river wall on Monday.",
                "“I want every weld and every bolt checked before the spring tides,” Mayor "
                "Ana Ruiz told the city council.",
                "“We welcome the review,” said Maria Okonkwo, who leads the residents' "
                "association.",
            ],
        ),
    },
]

#: A line that is not a capture: ingest records it as an error, which the overview lists.
BAD_LINE = '{"html": 42, "url": "https://broken.example/x"}'


def write_captures(path: Path) -> Path:
    """Write the extra captures (and one bad line) as JSONL at ``path``."""
    lines = [json.dumps(c, ensure_ascii=False) for c in CAPTURES] + [BAD_LINE]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def free_port() -> int:
    """A TCP port free on the loopback interface (for a test server)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
