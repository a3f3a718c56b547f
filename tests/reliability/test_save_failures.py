"""Saving into a read-only folder or onto a full disk fails clearly and loses nothing."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from subcontract_assist.core import atomic
from subcontract_assist.core.draft.files import load_draft, save_draft
from subcontract_assist.core.errors import DraftError


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_folder_gives_a_clear_message(example_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    target = folder / "d.scdraft.json"
    save_draft(load_draft(example_path), target)
    before = target.read_bytes()
    folder.chmod(0o500)
    try:
        with pytest.raises(DraftError, match="저장할 수 없습니다"):
            save_draft(load_draft(example_path), target)
    finally:
        folder.chmod(0o700)
    assert target.read_bytes() == before


def test_read_only_file_system_gives_a_clear_message(
    example_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "d.scdraft.json"
    save_draft(load_draft(example_path), target)
    before = target.read_bytes()

    def read_only(*args: object, **kwargs: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(atomic.tempfile, "mkstemp", read_only)
    with pytest.raises(DraftError) as info:
        save_draft(load_draft(example_path), target)
    assert "Read-only" in info.value.message("en")
    assert target.read_bytes() == before


def test_full_disk_keeps_the_old_file(
    example_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "d.scdraft.json"
    draft = load_draft(example_path)
    save_draft(draft, target)
    before = target.read_bytes()

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic.os, "fsync", no_space)
    draft.deliverable.name = "변경된 목적물"
    with pytest.raises(DraftError) as info:
        save_draft(draft, target)
    assert "기존 파일은 그대로" in info.value.message("ko")
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_missing_folder_gives_a_clear_message(example_path: Path, tmp_path: Path) -> None:
    with pytest.raises(DraftError, match="저장할 수 없습니다"):
        save_draft(load_draft(example_path), tmp_path / "nope" / "d.scdraft.json")
