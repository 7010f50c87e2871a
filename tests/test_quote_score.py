"""The quote benchmarks' two scorers (bench/quote_score.py): the strict default and the reading of
issue 4's wording that reproduces its peer figures (``ISSUE``). Each rule in which they differ has
a case, with hand-written spans, where the two give different answers, asserted both ways."""

from __future__ import annotations

import sys

from conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
from quote_score import (
    ISSUE,
    SCORINGS,
    STRICT,
    Gold,
    Pred,
    Scores,
    Tally,
    match,
    match_any,
    overlap,
    overlap_of_pred,
)


def chars(start: int, end: int) -> set[int]:
    return set(range(start, end))


def gold(start: int, end: int, direct: bool = True, source: tuple[int, int] = (0, 0)) -> Gold:
    return Gold(chars(start, end), chars(*source), "", direct)


def pred(start: int, end: int, speaker: tuple[int, int] | None = None, direct: bool = True) -> Pred:
    return Pred(chars(start, end), [chars(*speaker)] if speaker else [], "", direct)


def scored(scoring, preds, golds, crashed: bool = False) -> Scores:
    s = Scores(scoring=scoring)
    s.add(preds, golds, crashed)
    return s


def test_quote_score_scorers_are_named() -> None:
    assert SCORINGS == {"strict": STRICT, "issue": ISSUE}
    assert Scores().scoring is STRICT  # the default stays the strict scorer


def test_quote_score_overlap_over_the_predicted_span() -> None:
    # a 20-character quote inside a 100-character gold content: 0.2 of the longer span, all of
    # the prediction
    p, g = chars(40, 60), chars(0, 100)
    assert overlap(p, g) == 0.2
    assert overlap_of_pred(p, g) == 1.0
    # the other way round, a prediction five times the gold is under half on both
    assert overlap_of_pred(g, p) == 0.2
    assert scored(STRICT, [pred(40, 60)], [gold(0, 100)]).a.prf() == (0.0, 0.0, 0.0)
    assert scored(ISSUE, [pred(40, 60)], [gold(0, 100)]).a.prf() == (1.0, 1.0, 1.0)


def test_quote_score_any_match_counts_every_fragment() -> None:
    # two quoted stretches (no shared cue) of one gold content: one-to-one pairs one of them,
    # "any" counts both predictions right
    golds = [gold(0, 100)]
    preds = [pred(0, 45), pred(55, 100)]
    assert len(match(preds, golds)) == 0  # each is under half of the longer (gold) span
    assert len(match(preds, golds, overlap_of_pred)) == 1  # one-to-one: one pair only
    assert match_any(preds, golds) == [(0, 0), (1, 0)]
    assert scored(STRICT, preds, golds).a.prf() == (0.0, 0.0, 0.0)
    assert scored(ISSUE, preds, golds).a.prf() == (1.0, 1.0, 1.0)
    # one prediction over two gold contents finds both under "any", one under one-to-one
    golds = [gold(0, 50), gold(50, 100)]
    assert len(match([pred(0, 100)], golds)) == 1
    assert match_any([pred(0, 100)], golds, overlap) == [(0, 0), (0, 1)]


def test_quote_score_any_match_counts_precision_and_recall_apart() -> None:
    t = Tally()
    t.add(3, 4, 10, found=5)
    assert t.prf()[:2] == (0.75, 0.5)
    t = Tally()
    t.add(3, 4, 10)  # one-to-one: found is tp
    assert t.prf()[:2] == (0.75, 0.3)


def test_quote_score_issue_precision_against_every_gold_content() -> None:
    # a quoted stretch inside reported speech ('said the plan was "a disaster"'): no direct gold
    # to match, so a false positive for the strict scorer; a match to a gold content for the
    # issue scorer, whose (a) recall still counts only the direct gold
    golds = [gold(0, 60, direct=False), gold(100, 140)]
    preds = [pred(40, 58), pred(100, 140)]
    strict = scored(STRICT, preds, golds).a
    issue = scored(ISSUE, preds, golds).a
    assert strict.prf()[:2] == (0.5, 1.0)
    assert issue.prf()[:2] == (1.0, 1.0)
    assert (issue.pred, issue.gold) == (2, 1)


def test_quote_score_issue_leaves_crashed_articles_out() -> None:
    golds = [gold(0, 40), gold(50, 90)]
    strict = Scores()
    strict.add([], golds, crashed=True)
    strict.add([pred(0, 40)], [gold(0, 40)])
    issue = Scores(scoring=ISSUE)
    issue.add([], golds, crashed=True)
    issue.add([pred(0, 40)], [gold(0, 40)])
    assert strict.a.gold == 3 and strict.a.prf()[1] == 1 / 3
    assert issue.a.gold == 1 and issue.a.prf()[1] == 1.0
    assert (strict.skipped, issue.skipped) == (0, 1)


def test_quote_score_speaker_and_accuracy_under_both() -> None:
    # two fragments of one direct quote, only the first with the right speaker (source 200-205)
    golds = [gold(0, 100, source=(200, 205))]
    preds = [pred(0, 45, speaker=(200, 203)), pred(55, 100, speaker=(300, 305))]
    strict = scored(STRICT, preds, golds)
    issue = scored(ISSUE, preds, golds)
    assert strict.b.tp == 0 and strict.d_total == 0  # neither half matches the whole
    assert issue.b.prf()[:2] == (0.5, 1.0)  # one of two predictions right, the gold found
    assert (issue.d_right, issue.d_total) == (1, 2)


def test_quote_score_strict_unchanged_on_a_plain_case() -> None:
    # the strict scorer's one-to-one rule as before: a quote split around its cue is joined by
    # the shared cue, then matches the gold attribution once
    golds = [gold(0, 100, source=(120, 125))]
    cue = (110, 114)
    preds = [
        Pred(chars(0, 40), [chars(120, 125)], "", True, cue),
        Pred(chars(60, 100), [chars(120, 125)], "", True, cue),
    ]
    s = scored(STRICT, preds, golds)
    assert s.a.prf() == (1.0, 1.0, 1.0)
    assert s.b.prf() == (1.0, 1.0, 1.0)
    assert (s.d_right, s.d_total) == (1, 1)


def test_quote_score_calibration_readings_are_the_scorers() -> None:
    # bench/quote_calibrate.py's default reading is the strict scorer and its chosen one the
    # issue scorer: the same counts on a small article where the two disagree everywhere
    from quote_calibrate import CHOSEN, Reading, prepare, score

    golds = [
        gold(0, 100, source=(300, 305)),
        gold(120, 200, direct=False, source=(310, 315)),
        gold(220, 260, source=(320, 325)),
    ]
    preds = [
        pred(0, 45, speaker=(300, 305)),
        pred(55, 100, speaker=(330, 335)),
        pred(150, 170, speaker=(310, 315)),
        pred(220, 262, speaker=(320, 325)),
        pred(400, 420),
    ]
    inside = [1.0 if g.direct else 0.0 for g in golds]
    for reading, scoring in ((Reading(), STRICT), (CHOSEN, ISSUE)):
        s = scored(scoring, preds, golds)
        cal = score([prepare(golds, inside, preds, False)], reading)
        assert cal["a"].prf() == s.a.prf()
        assert cal["b"].prf() == s.b.prf()
        assert cal["c"].prf() == s.c.prf()
        assert cal["d"] == s.d_right / s.d_total
    assert scored(STRICT, preds, golds).a.prf() != scored(ISSUE, preds, golds).a.prf()


def test_gold_content_in_two_pieces_is_read_whole(tmp_path) -> None:
    """A PolNeAR attribution whose content comes in two pieces ('"A," he said, adding that B':
    Content and Content2) is one gold whose content is both pieces."""
    from quotes_polnear import read_gold

    text = '"We will win," he said, adding that the polls were wrong.'
    a_end = text.index(",") + 1
    b_start = text.index("the polls")
    ann = tmp_path / "x_1.ann"
    ann.write_text(
        f"T1\tContent 0 {a_end}\t{text[:a_end]}\n"
        f"T2\tContent {b_start} {len(text) - 1}\t{text[b_start:-1]}\n"
        f"T3\tSource 15 17\the\n"
        f"T4\tCue 18 22\tsaid\n"
        f"E1\tAttribution:T4 Content:T1 Content2:T2 Source:T3\n",
        encoding="utf-8",
    )
    (gold,) = read_gold(ann, text)
    assert gold.content == chars(0, a_end) | chars(b_start, len(text) - 1)
    assert gold.source_text == "he"
