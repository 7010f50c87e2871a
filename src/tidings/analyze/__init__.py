"""Article -> analysis: entities (and, as the quotes issue lands, quotes and speakers).

requires: Article.text, Article.paragraphs. assigns: Article.entities (quotes, speakers).
"""

from __future__ import annotations

from tidings.analyze.entities import find_entities
from tidings.analyze.nlp import load
from tidings.model import Article
from tidings.options import Options


def analyze(article: Article, options: Options | None = None) -> Article:
    """Return a copy of ``article`` with its entities found (no-op for non-articles)."""
    options = options or Options()
    if article.status != "article" or not article.text:
        return article
    nlp = load(options.spacy_model)
    paras = article.paragraphs
    docs = zip((p.start for p in paras), nlp.pipe(p.text for p in paras), strict=True)
    return article.model_copy(update={"entities": find_entities(article, docs)})


__all__ = ["analyze"]
