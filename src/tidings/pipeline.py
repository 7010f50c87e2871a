"""Compose the stages: capture -> article -> analysis, one pure function per capture.

``process`` never raises for a bad capture: it returns an Article with ``status="error"`` and the
reason, so a batch always goes on and every input is accounted for. The local executor is a plain
loop (``run``); the corpus ingest and the Ray engine map the very same ``process``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from itertools import islice
from pathlib import Path

from tidings.capture.readers import CaptureOrFailure, ReadFailure
from tidings.capture.sniff import decode, text_kind
from tidings.errors import TidingsError
from tidings.extract import extract_html, extract_text
from tidings.extract.common import outlet_of
from tidings.extract.templates import learn_template
from tidings.model import Article, Capture
from tidings.options import Options

#: How many captures ``run`` reads ahead to learn site templates from (bounds its memory).
TEMPLATE_BATCH = 2000


def extract_capture(capture: Capture, options: Options, template: Collection[str] = ()) -> Article:
    """Decode a capture and extract its article (no analysis). Raises TidingsError.

    ``template`` holds the site's repeated lines (text mode), dropped as furniture.
    """
    text, _encoding = decode(capture.content, capture.charset, options.max_bytes)
    kind = options.input_type if options.input_type != "auto" else text_kind(text)
    if kind == "html":
        article = extract_html(text, capture=capture)
    else:
        article = extract_text(text, capture=capture, template=template)
    if article.outlet is None and article.canonical_url:
        # a saved page often has no capture URL, but names itself in <link rel=canonical>
        article = article.model_copy(update={"outlet": outlet_of(article.canonical_url)})
    return article


def process(
    item: CaptureOrFailure, options: Options | None = None, template: Collection[str] = ()
) -> Article:
    """One capture (or read failure) -> one Article record: article, no_article or error."""
    options = options or Options()
    if isinstance(item, ReadFailure):
        return error_article(item.source, item.code, item.reason)
    try:
        article = extract_capture(item, options, template)
    except TidingsError as exc:
        return error_article(item.source, exc.code, str(exc), item)
    except RecursionError:
        return error_article(
            item.source, "too-deep", "the page is nested too deeply to parse", item
        )
    except Exception as exc:  # a bug must not take the batch down; it is recorded, not hidden
        return error_article(item.source, "internal", f"{type(exc).__name__}: {exc}", item)
    return analyze_safely(article, options) if options.analyze else article


def analyze_safely(article: Article, options: Options) -> Article:
    """Run analysis; if it fails, keep the extracted article and say why in its warnings."""
    from tidings.analyze import analyze

    try:
        return analyze(article, options)
    except Exception as exc:  # the article is worth keeping even when analysis breaks on it
        warning = f"analysis failed: {type(exc).__name__}: {exc}"
        return article.model_copy(update={"warnings": [*article.warnings, warning]})


def error_article(source: str, code: str, reason: str, capture: Capture | None = None) -> Article:
    """The record of a capture that failed, with a specific reason."""
    url = capture.url if capture else None
    return Article(
        id=capture.id if capture else Capture.digest(source.encode()),
        source=source,
        status="error",
        reason=f"{code}: {reason}",
        url=url,
        outlet=outlet_of(url),
        captured_at=capture.captured_at if capture else None,
    )


def run(items: Iterable[CaptureOrFailure], options: Options | None = None) -> Iterator[Article]:
    """The local executor: process captures one after another.

    With ``options.site_templates``, captures are read ahead :data:`TEMPLATE_BATCH` at a time
    and each site's repeated lines (learnt from the text captures of that site in the batch) are
    dropped as furniture with reason 'template'.
    """
    options = options or Options()
    it = iter(items)
    if not options.site_templates:
        for item in it:
            yield process(item, options)
        return
    while chunk := list(islice(it, TEMPLATE_BATCH)):
        templates = site_templates(chunk, options)
        for item in chunk:
            yield process(item, options, templates.get(site_key(item), frozenset()))


def site_key(item: CaptureOrFailure) -> str | None:
    """Which site a capture belongs to: its URL's outlet, else the folder it was read from."""
    if isinstance(item, ReadFailure):
        return None
    return outlet_of(item.url) or (str(Path(item.source).parent) if item.source != "-" else None)


def site_templates(chunk: list[CaptureOrFailure], options: Options) -> dict[str, frozenset[str]]:
    """The template (repeated lines) of each site among the text captures of ``chunk``."""
    texts: dict[str, list[str]] = defaultdict(list)
    for item in chunk:
        key = site_key(item)
        if key is None or isinstance(item, ReadFailure):
            continue
        try:
            text, _ = decode(item.content, item.charset, options.max_bytes)
        except TidingsError:
            continue  # process() reports it
        if options.input_type == "text" or (
            options.input_type == "auto" and text_kind(text) == "text"
        ):
            texts[key].append(text)
    return {key: learn_template(group) for key, group in texts.items()}
