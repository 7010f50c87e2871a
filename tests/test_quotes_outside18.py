"""Constructions seen outside PolNeAR (out18): what is not a quote, and where a quote ends.
Hand-written news sentences, none from PolNeAR or the outside golds.
"""

from __future__ import annotations

from conftest import quote_starting, quotes_of


def test_a_noun_object_before_a_colon_names_the_quotation(nlp) -> None:
    """'... posted a goodbye on Facebook: "Good luck in London, mate."': the noun phrase names
    the words the colon opens; the quotation is what was said, and the noun phrase is no
    statement of its own. A clause before the colon ('said the plan was dead: "..."') stays
    a statement beside the quotation."""
    qs = quotes_of(
        'The former captain, the defender Tom Walsh, posted a goodbye on Facebook: "Good luck'
        ' in London, mate."',
    )
    assert [q.content.text for q in qs] == ["Good luck in London, mate."]
    assert qs[0].speaker == "Tom Walsh"
    qs = quotes_of(
        'The senator said the bill was dead: "It has no votes and it never had any."',
    )
    assert quote_starting(qs, "the bill was dead")
    assert quote_starting(qs, "It has no votes")
