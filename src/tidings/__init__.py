"""tidings: news captures into clean articles, quotes with speakers, and a searchable corpus.

>>> import tidings
>>> article = tidings.extract(open("page.html").read(), url="https://example.com/a")
>>> [(q.speaker, q.content.text) for q in article.quotes]
>>> corpus = tidings.Corpus("tidings.db")  # after `tidings ingest PATH... --db tidings.db`
>>> corpus.quotes(speaker="Putin", outlet="france24.com", since="2016-01-01")
"""

from __future__ import annotations

# The subpackage ``tidings.extract`` shares its name with the function below. Importing it here,
# before the function is defined, keeps ``tidings.extract`` the function: Python binds a
# subpackage onto its parent only when it is first loaded, which would otherwise happen on the
# first call (through the pipeline) and replace the function with the module.
import tidings.extract as _extract_package  # noqa: F401  (see above)
from tidings.corpus import Corpus
from tidings.model import (
    SCHEMA_VERSION,
    Article,
    Capture,
    DroppedLine,
    Entity,
    Image,
    Link,
    Paragraph,
    Quote,
    Span,
    Speaker,
)
from tidings.options import Options

__version__ = "0.1.0"


def extract(
    text_or_html: str | bytes,
    url: str | None = None,
    *,
    input_type: str = "auto",
    analyze: bool = True,
) -> Article:
    """Extract the article (and, by default, its quotes and entities) from one page.

    ``text_or_html`` is an HTML page or text a scraper pulled out of a page, as str or bytes;
    HTML vs text is detected unless ``input_type`` is 'html' or 'text'. A page with no article
    gives ``status='no_article'`` with the reason; unusable input gives ``status='error'``.
    """
    from tidings.pipeline import process

    data = text_or_html.encode("utf-8") if isinstance(text_or_html, str) else text_or_html
    capture = Capture.from_bytes(data, source=url or "<input>", url=url)
    return process(capture, Options(input_type=input_type, analyze=analyze))  # type: ignore[arg-type]


def run(inputs, out, **kwargs):
    """Process many captures into Parquet shards in ``out``; see :func:`tidings.engine.run`.

    >>> manifest = tidings.run(["crawl/"], "out", engine="local")  # or engine="ray"
    """
    from tidings.engine import run as engine_run

    return engine_run(inputs, out, **kwargs)


__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Capture",
    "Corpus",
    "DroppedLine",
    "Entity",
    "Image",
    "Link",
    "Options",
    "Paragraph",
    "Quote",
    "Span",
    "Speaker",
    "__version__",
    "extract",
    "run",
]
