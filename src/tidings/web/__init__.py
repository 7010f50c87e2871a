"""The web face of tidings: server-rendered pages and a JSON API over one corpus file.

app.py        create_app(db_path): the FastAPI app, its middleware and error pages
security.py   read-only methods, Content-Security-Policy and other headers
db.py         per-thread read-only connections to the corpus
queries.py    the web's SQL over the corpus schema (what the Corpus read API does not offer)
views.py      one function per page or API result, shared by pages.py and api.py
pages.py      HTML routes (Jinja2 templates, autoescaped)
api.py        JSON routes under /api, paged, with CSV and JSONL downloads
highlight.py  text + offsets -> escaped HTML with marks
static/       chart.js (SVG charts, no dependencies) and style.css
"""

from tidings.web.app import create_app

__all__ = ["create_app"]
