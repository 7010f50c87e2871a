"""Articles as a person reads them: plain text or Markdown (JSON is the model's own)."""

from __future__ import annotations

from tidings.model import Article


def to_jsonl(article: Article) -> str:
    """One JSON line (the record's JSON form, schema in ``schema/article.schema.json``)."""
    return article.model_dump_json()


def to_json(article: Article) -> str:
    """The same JSON, indented for a person to read."""
    return article.model_dump_json(indent=2)


def _meta_lines(a: Article) -> list[tuple[str, str]]:
    rows = [
        ("Source", a.source),
        ("URL", a.url or ""),
        ("Section", a.section or ""),
        ("Authors", ", ".join(a.authors)),
        *((k.capitalize(), v) for k, v in a.other_credits.items()),
        ("Published", a.published or ""),
        ("Updated", a.modified or ""),
    ]
    return [(k, v) for k, v in rows if v]


def to_text(a: Article) -> str:
    if a.status != "article":
        return f"[{a.status}] {a.source}: {a.reason}\n"
    out = [a.title or "(no title)", "=" * min(len(a.title or "(no title)"), 80)]
    out += [f"{k}: {v}" for k, v in _meta_lines(a)]
    for img in a.images:
        out.append(
            f"Image: {img.caption or ''}" + (f" (credit: {img.credit})" if img.credit else "")
        )
    out.append("")
    for p in a.paragraphs:
        out.append(f"\n{p.text.upper()}\n" if p.role == "subheading" else p.text + "\n")
    if a.quotes:
        out.append("Quotes:")
        for q in a.quotes:
            who = q.speaker or "(unknown)"
            out.append(f"- {who} [{q.kind}]: {q.content.text[:160]}")
    if a.related:
        out.append("Related:")
        out += [f"- {link.title}" for link in a.related]
    return "\n".join(out).rstrip() + "\n"


def to_markdown(a: Article) -> str:
    if a.status != "article":
        return f"> **{a.status}** `{a.source}`: {a.reason}\n"
    out = [f"# {a.title or '(no title)'}", ""]
    out += [f"- **{k}**: {v}" for k, v in _meta_lines(a)]
    for img in a.images:
        credit = f" — © {img.credit}" if img.credit else ""
        out.append(f"- **Image**: {img.caption or ''}{credit}")
    out.append("")
    for p in a.paragraphs:
        out.append(f"## {p.text}\n" if p.role == "subheading" else p.text + "\n")
    if a.quotes:
        out += ["## Quotes", "", "| speaker | kind | quote |", "|---|---|---|"]
        for q in a.quotes:
            text = q.content.text[:160].replace("|", "\\|").replace("\n", " ")
            out.append(f"| {q.speaker or '(unknown)'} | {q.kind} | {text} |")
        out.append("")
    if a.related:
        out += ["## Related", ""] + [f"- {link.title}" for link in a.related]
    return "\n".join(out).rstrip() + "\n"


RENDERERS = {"json": to_json, "jsonl": to_jsonl, "text": to_text, "markdown": to_markdown}
