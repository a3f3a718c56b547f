"""Autosave keeps a recovery copy of unsaved work; a copy left behind is offered back."""

from __future__ import annotations

from pathlib import Path

from subcontract_assist.core.draft.autosave import Autosaver
from subcontract_assist.core.draft.schema import Draft


def test_a_copy_left_by_a_crashed_session_is_offered_back(tmp_path: Path) -> None:
    crashed = Autosaver(tmp_path, session="crashed")
    draft = Draft()
    draft.parties.principal.name = "한빛정밀"
    crashed.write(draft, tmp_path / "a.scdraft.json")
    found = Autosaver(tmp_path, session="next").pending()
    assert [r.draft.parties.principal.name for r in found] == ["한빛정밀"]
    assert found[0].source == tmp_path / "a.scdraft.json"


def test_a_session_does_not_offer_its_own_copy(tmp_path: Path) -> None:
    saver = Autosaver(tmp_path, session="me")
    saver.write(Draft(), None)
    assert saver.pending() == []


def test_discard_removes_the_copy_after_a_save(tmp_path: Path) -> None:
    saver = Autosaver(tmp_path, session="me")
    saver.write(Draft(), None)
    saver.discard()
    assert not saver.path.exists()
    assert Autosaver(tmp_path, session="other").pending() == []


def test_unreadable_copies_are_skipped_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text("{not json", "utf-8")
    (tmp_path / "foreign.json").write_text('{"format": "x"}', "utf-8")
    assert Autosaver(tmp_path, session="me").pending() == []


def test_a_missing_folder_means_nothing_to_recover(tmp_path: Path) -> None:
    assert Autosaver(tmp_path / "none", session="me").pending() == []
