"""Crash recovery end to end: the autosave writer is killed (SIGKILL) mid-write, many times.

After each kill the recovery copy is the old or the new version of the draft, never a broken
file; after the last, a restarted window offers it back and restores that draft.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from subcontract_assist.core.draft.autosave import Autosaver, Recovery
from subcontract_assist.core.draft.files import dump_draft, parse_draft
from subcontract_assist.core.draft.schema import Draft, SpecialTerm
from subcontract_assist.ui.dialogs import RecoveryPrompt
from subcontract_assist.ui.main_window import MainWindow
from subcontract_assist.ui.settings_store import SettingsStore
from tests.reliability.hostile import example

KILLS = 40  # each child imports pydantic and the model: about half a second to start

# The child autosaves one version, says so, then alternates two versions until it is killed.
CHILD = """
import sys
from pathlib import Path
from subcontract_assist.core.draft.autosave import Autosaver, Recovery
from subcontract_assist.core.draft.files import parse_draft
saver = Autosaver(Path(sys.argv[1]), session="killed")
drafts = [parse_draft(Path(p).read_bytes()) for p in sys.argv[2:4]]
saver.write(drafts[0], None)
print("ready", flush=True)
n = 1
while True:
    saver.write(drafts[n % 2], None)
    n += 1
"""


def _version(word: str) -> Draft:
    """Return the example draft with long special terms, so each write takes a while."""
    draft = parse_draft(json.dumps(example()))
    draft.special_terms = [SpecialTerm(text=f"{word} 특약 {n} " + word * 2000) for n in range(40)]
    return draft


def _kill_while_autosaving(folder: Path, files: list[Path], rng: random.Random) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder), *map(str, files)], stdout=subprocess.PIPE
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == b"ready"
    time.sleep(rng.uniform(0, 0.05))
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_the_recovery_copy_survives_kills_and_the_window_restores_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old, new = _version("갑"), _version("을")
    files = [tmp_path / "old.json", tmp_path / "new.json"]
    for path, draft in zip(files, (old, new), strict=True):
        path.write_text(dump_draft(draft), "utf-8")
    folder = tmp_path / "autosave"
    rng = random.Random(20261125)
    found, mid_write = [], 0
    for _ in range(KILLS):
        _kill_while_autosaving(folder, files, rng)
        [recovery] = Autosaver(folder, session="probe").pending()  # readable, and only one
        found.append("old" if recovery.draft == old else "new" if recovery.draft == new else "?")
        leftovers = [p for p in folder.iterdir() if p.suffix == ".tmp"]
        mid_write += bool(leftovers)
        for leftover in leftovers:
            leftover.unlink()
    print(f"{KILLS} kills, {mid_write} mid-write: recovered {found.count('old')} old, "
          f"{found.count('new')} new, {found.count('?')} other")  # fmt: skip
    assert "?" not in found
    assert mid_write > 0  # the kills did land while the copy was being written

    offered: list[Draft] = []

    def restore(_cls: object, _parent: object, recovery: Recovery) -> bool:
        offered.append(recovery.draft)
        return True

    monkeypatch.setattr(RecoveryPrompt, "ask", classmethod(restore))
    window = MainWindow(
        SettingsStore.at(tmp_path / "settings.ini"),
        autosaver=Autosaver(folder, session="restarted"),
        open_file=lambda _path: None,
    )
    qtbot.addWidget(window)
    try:
        assert window.offer_recovery()
        assert window.session.draft == (old if found[-1] == "old" else new) == offered[0]
        assert window.session.dirty
        assert not (folder / "killed.json").exists()
    finally:
        window.session.forget_changes()  # closing must not ask about unsaved changes
