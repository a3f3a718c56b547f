"""Crash safety: a process killed (SIGKILL) in the middle of saving never leaves a broken file."""

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
    rng = random.Random(20261125)
    corrupt = []
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
        content = target.read_bytes()
        if content not in (old, new):
            corrupt.append((kill, len(content)))
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert corrupt == [], f"corrupt files after kills: {corrupt}"
    # A killed writer may leave its temporary file; it never replaces the draft.
    assert all(name.startswith(".draft.scdraft.json.") for name in leftovers)
