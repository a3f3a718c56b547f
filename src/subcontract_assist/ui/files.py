"""Saving drafts from the UI with QSaveFile (atomic), keeping the previous version as ``.bak``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QIODevice, QSaveFile

from subcontract_assist.core.atomic import write_backup
from subcontract_assist.core.draft.files import dump_draft
from subcontract_assist.core.draft.schema import Draft
from subcontract_assist.core.errors import DraftError
from subcontract_assist.core.text import Text


def _save_error(path: Path, reason: str) -> DraftError:
    return DraftError(
        Text(
            f"파일을 저장할 수 없습니다: {path} ({reason}). 기존 파일은 그대로입니다.",
            f"Cannot save the file: {path} ({reason}). The old file is unchanged.",
        )
    )


def save_draft_file(draft: Draft, path: Path) -> None:
    """Write ``draft`` to ``path``: the old file is copied to ``<name>.bak`` first, then
    QSaveFile writes a temporary file and renames it over the target only when complete.

    Raises:
        DraftError: the folder is read-only, the disk is full …; the old file is untouched.
    """
    data = dump_draft(draft).encode("utf-8")
    if path.exists():
        try:
            write_backup(path)  # temporary file + replace: a kill never cuts the backup
        except OSError as exc:
            raise _save_error(path, exc.strerror or str(exc)) from exc
    out = QSaveFile(str(path))
    if not out.open(QIODevice.OpenModeFlag.WriteOnly):
        raise _save_error(path, out.errorString())
    if out.write(data) != len(data):
        reason = out.errorString()
        out.cancelWriting()
        raise _save_error(path, reason)
    if not out.commit():
        raise _save_error(path, out.errorString())
