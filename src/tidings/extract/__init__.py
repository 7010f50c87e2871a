"""Capture -> Article: HTML (``html.py``) and scraped text (``text.py``).

``furniture.py`` is the one place for the rules that tell page furniture (teasers, share lines,
"Read more", cookie notices, bylines, datelines) from article text; both extractors use it.
"""

from tidings.extract.html import extract_html
from tidings.extract.text import extract_text

__all__ = ["extract_html", "extract_text"]
