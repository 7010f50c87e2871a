"""Entity merging within an article (pure function over hand-written mentions, no model)."""

from __future__ import annotations

from tidings.analyze.entities import merge_mentions
from tidings.model import Span


def _mentions(text: str, found: list[tuple[str, str]]) -> list[tuple[str, str, Span]]:
    """(label, words) pairs located in ``text`` in order, as NER would report them."""
    out, at = [], 0
    for label, words in found:
        start = text.index(words, at)
        out.append((label, words, Span(start=start, end=start + len(words), text=words)))
        at = start + len(words)
    return out


def test_surname_joins_the_well_formed_full_name_not_a_tagger_error() -> None:
    text = (
        "Apple CEO Tim Cook spoke on Tuesday. Hosting Cook at Dreamforce, Benioff asked about "
        "privacy. Cook said Apple would fight. Cook added that it was a matter of principle."
    )
    ents = merge_mentions(
        _mentions(
            text,
            [
                ("PERSON", "Tim Cook"),
                ("PERSON", "Hosting Cook"),
                ("PERSON", "Cook"),
                ("PERSON", "Cook"),
            ],
        )
    )
    by_name = {e.name: [m.text for m in e.mentions] for e in ents}
    assert by_name["Tim Cook"] == ["Tim Cook", "Cook", "Cook"]
    assert by_name["Hosting Cook"] == ["Hosting Cook"]


def test_surname_joins_the_first_introduced_person_when_both_are_well_formed() -> None:
    text = "Sarah Lain spoke first. Later, Tom Lain, her brother, agreed. Lain said it was over."
    ents = merge_mentions(
        _mentions(text, [("PERSON", "Sarah Lain"), ("PERSON", "Tom Lain"), ("PERSON", "Lain")])
    )
    by_name = {e.name: [m.text for m in e.mentions] for e in ents}
    assert by_name["Sarah Lain"] == ["Sarah Lain", "Lain"]
    assert by_name["Tom Lain"] == ["Tom Lain"]


def test_a_full_name_tagged_as_an_organisation_is_the_person_its_surname_names() -> None:
    text = "Karen Holt spoke. Holt said no. Georgia Power agreed. Tom Power did not."
    found = [("ORG", "Karen Holt"), ("PERSON", "Holt"), ("ORG", "Georgia Power")]
    by_name = {
        e.name: e for e in merge_mentions(_mentions(text, [*found, ("PERSON", "Tom Power")]))
    }
    assert by_name["Karen Holt"].label == "PERSON"
    assert [m.text for m in by_name["Karen Holt"].mentions] == ["Karen Holt", "Holt"]
    # another person's surname is no evidence: Georgia Power stays an organisation
    assert by_name["Georgia Power"].label == "ORG"
