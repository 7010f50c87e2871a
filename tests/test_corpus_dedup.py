"""MinHash near-duplicate detection on real wording (the bundled wire story and its copies)."""

from __future__ import annotations

import random

from tidings.corpus import dedup

WIRE = (
    "The tidal barrier that protects the old town failed during the storm surge on Tuesday "
    "night, flooding more than 300 homes and forcing the evacuation of the harbour district. "
    "The prime minister visited the flooded streets on Wednesday morning and promised an "
    "independent inquiry into the failure. The barrier's main gate jammed half-open as the "
    "surge peaked shortly after midnight, according to the city's engineering department. "
    "Emergency shelters at two schools would stay open for at least a week, the mayor said. "
    "The barrier, completed in 2011, was last inspected in the spring."
)


def test_dedup_wire_copy_edited_by_an_outlet_is_a_near_duplicate():
    copy = "Barrier failure floods the old town. " + WIRE + " Readers can find shelters online."
    sim = dedup.similarity(dedup.signature(WIRE), dedup.signature(copy))
    assert sim >= dedup.THRESHOLD
    assert set(dedup.bands(dedup.signature(WIRE))) & set(dedup.bands(dedup.signature(copy)))


def test_dedup_same_words_in_another_order_is_not_a_duplicate():
    words = WIRE.split()
    shuffled = " ".join(random.Random(1).sample(words, len(words)))
    assert dedup.similarity(dedup.signature(WIRE), dedup.signature(shuffled)) < 0.3


def test_dedup_signature_is_stable_and_skips_short_texts():
    assert dedup.signature(WIRE) == dedup.signature(WIRE)
    assert len(dedup.signature(WIRE)) == dedup.PERMUTATIONS * 4
    assert dedup.signature("A short brief of a few words.") is None
