"""Crash safety: a process killed (SIGKILL) in the middle of saving never leaves a broken file.

Neither the draft nor its ``.bak`` backup: each is always the old or the new version.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

KILLS = 200

# The child saves two versions in turn, as fast as it can, until it is killed.
CHILD = """
import sys
from pathlib import Path
from subcontract_assist.core.atomic import atomic_write_bytes
path = Path(sys.argv[1])
versions = [Path(sys.argv[2]).read_bytes(), Path(sys.argv[3]).read_bytes()]
print("ready", flush=True)
n = 0
while True:
    atomic_write_bytes(path, versions[n % 2])
    n += 1
"""


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_file_is_old_or_new_after_200_kills_during_save(tmp_path: Path) -> None:
    old = ('{"version": 1, "text": "' + "가" * 150_000 + '"}').encode()
    new = ('{"version": 1, "text": "' + "나" * 180_000 + '"}').encode()
    (tmp_path / "old").write_bytes(old)
    (tmp_path / "new").write_bytes(new)
    target = tmp_path / "draft.scdraft.json"
    target.write_bytes(old)
    backup = tmp_path / "draft.scdraft.json.bak"
    rng = random.Random(20261125)
    corrupt, mid_write = [], 0
    for kill in range(KILLS):
        child = subprocess.Popen(
            [
                sys.executable,
                "-c",
                CHILD,
                str(target),
                str(tmp_path / "old"),
                str(tmp_path / "new"),
            ],
            stdout=subprocess.PIPE,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0, 0.02))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        for path in (target, backup):
            content = path.read_bytes() if path.exists() else old
            if content not in (old, new):
                corrupt.append((kill, path.name, len(content)))
        # A killed writer may leave its temporary file; it never replaces the draft.
        leftovers = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        assert all(p.name.startswith(".draft.scdraft.json.") for p in leftovers)
        mid_write += bool(leftovers)
        for leftover in leftovers:
            leftover.unlink()
    print(f"{KILLS} kills, {mid_write} in the middle of a write, {len(corrupt)} corrupt files")
    assert corrupt == [], f"corrupt files after kills (draft or its .bak): {corrupt}"
    assert mid_write > 0  # the kills did land while a save was under way
