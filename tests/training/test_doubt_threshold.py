"""The doubt point's calibration: what the app flags at a point, and which point is chosen."""

from __future__ import annotations

from training.doubt_threshold import GRID, Item, choose, f1, flagged


def test_a_rule_hit_is_flagged_unless_doubtable_and_scored_under_the_point() -> None:
    assert flagged(Item(False, True, True, -9.0), None)
    assert not flagged(Item(False, True, True, -9.0), -7.0)
    assert flagged(Item(False, True, True, -5.0), -7.0)
    assert flagged(Item(False, True, False, -9.0), -7.0)  # a figure, or several paragraphs
    assert flagged(Item(True, False, False, 3.0, model_flag=True), -7.0)
    assert not flagged(Item(True, False, False, -3.0), -7.0)


def test_the_point_with_the_best_f1_is_chosen_and_ties_go_to_the_lowest() -> None:
    items = [
        Item(False, True, True, -9.0),  # a false alarm the model reads as plainly fair
        Item(True, True, True, -4.0),  # a true finding the model is less sure of
        Item(True, True, True, 2.0),
        Item(False, False, False, -3.0),
    ]
    point = choose(items)
    # every point in (-9, -4] doubts only the false alarm: the best F1; the lowest of them wins
    assert point == min(t for t in GRID if -9.0 < t <= -4.0)
    assert f1(items, point) == (1.0, 1.0, 1.0)
    assert f1(items, None)[0] < 1.0
