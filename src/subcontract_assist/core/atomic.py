"""Crash-safe file writes: temporary file, flush, fsync, replace (standard library only).

Kept free of heavy imports so a crash-safety test can run it in many short-lived processes.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def atomic_write_bytes(path: Path, data: bytes, *, keep_backup: bool = True) -> None:
    """Write ``data`` to ``path`` so that the file is always either the old or the new version.

    The previous file, if any, is first copied to ``<name>.bak``. Raises OSError on failure,
    after removing the temporary file; the old file is then untouched.
    """
    tmp_name = ""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if keep_backup and path.exists():
            write_backup(path)
        os.replace(tmp_name, path)
        tmp_name = ""
        _fsync_dir(path.parent)
    finally:
        if tmp_name:
            Path(tmp_name).unlink(missing_ok=True)


def write_backup(path: Path) -> None:
    """Copy ``path`` to ``<name>.bak`` the same crash-safe way (temporary file, fsync, replace).

    A plain copy killed halfway would leave a cut-off backup in place of the good old one.
    """
    tmp_name = ""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".bak.tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as out, path.open("rb") as src:
            shutil.copyfileobj(src, out)
            out.flush()
            os.fsync(out.fileno())
        shutil.copystat(path, tmp_name)
        os.replace(tmp_name, path.with_name(path.name + ".bak"))
        tmp_name = ""
    finally:
        if tmp_name:
            Path(tmp_name).unlink(missing_ok=True)


def _fsync_dir(folder: Path) -> None:
    # POSIX: the rename itself is durable only once the directory entry is flushed.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
