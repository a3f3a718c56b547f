"""Autosave and crash recovery: copies of unsaved drafts in the user data folder.

Each running app writes ``autosave/<session>.json`` atomically while a draft has unsaved changes
and deletes it on save or clean exit. A file left behind means the app crashed or was killed; at
the next start the user is offered its draft back.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from subcontract_assist.core.draft.files import atomic_write_text, dump_draft, parse_draft
from subcontract_assist.core.draft.schema import Draft
from subcontract_assist.core.errors import DraftError
from subcontract_assist.core.resources import user_data_dir

AUTOSAVE_FORMAT = "subcontract-assist/autosave"


@dataclass(frozen=True, slots=True)
class Recovery:
    """A draft found in the recovery folder."""

    path: Path
    draft: Draft
    source: Path | None  # the file the user was editing, or None for an unsaved new draft
    saved_at: dt.datetime


class Autosaver:
    """Write, find and discard recovery copies for one app session."""

    def __init__(self, folder: Path | None = None, session: str | None = None) -> None:
        self.folder = folder or user_data_dir() / "autosave"
        self.path = self.folder / f"{session or uuid.uuid4().hex}.json"

    def write(self, draft: Draft, source: Path | None) -> None:
        """Save a recovery copy of ``draft`` (atomic; raises DraftError when it cannot)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        envelope = {
            "format": AUTOSAVE_FORMAT,
            "source": str(source) if source else None,
            "saved_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "pid": os.getpid(),
            "draft": json.loads(dump_draft(draft)),
        }
        atomic_write_text(
            self.path, json.dumps(envelope, ensure_ascii=False, indent=1), keep_backup=False
        )

    def discard(self) -> None:
        """Delete this session's recovery copy (after a save or a clean exit)."""
        self.path.unlink(missing_ok=True)

    def pending(self) -> list[Recovery]:
        """Return the recovery copies other sessions left behind, newest first.

        Unreadable copies are skipped: recovery must never stop the app from starting.
        """
        found: list[Recovery] = []
        for path in sorted(self.folder.glob("*.json")) if self.folder.is_dir() else []:
            if path == self.path:
                continue
            recovery = read_recovery(path)
            if recovery is not None:
                found.append(recovery)
        return sorted(found, key=lambda r: r.saved_at, reverse=True)


def read_recovery(path: Path) -> Recovery | None:
    """Return the recovery copy at ``path``, or None when it is not a readable one."""
    try:
        envelope = json.loads(path.read_text("utf-8"))
        if not isinstance(envelope, dict) or envelope.get("format") != AUTOSAVE_FORMAT:
            return None
        draft = parse_draft(json.dumps(envelope["draft"]), path.name)
        saved_at = dt.datetime.fromisoformat(str(envelope["saved_at"]))
    except (OSError, ValueError, KeyError, TypeError, DraftError):
        return None
    source = envelope.get("source")
    return Recovery(path, draft, Path(source) if source else None, saved_at)
