"""Optional model downloads (only when the user asks): resumable, sha256-checked, cancellable.

Standard library only (``urllib``). A download writes ``<file>.part``; asking again resumes it
with an HTTP ``Range`` request, and only a file whose sha256 matches is moved into place.
Also keeps a small cache of file hashes so a multi-GB model is hashed once, not at every start.
"""

from __future__ import annotations

import hashlib
import json
import os
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from subcontract_assist.core.cancel import CancelToken, Progress, no_progress
from subcontract_assist.core.errors import AppError
from subcontract_assist.core.resources import user_cache_dir
from subcontract_assist.core.text import Text

CHUNK = 1 << 16
TIMEOUT_S = 30


class DownloadError(AppError):
    """A download that failed, was refused, or produced a file with the wrong sha256."""


@dataclass(frozen=True, slots=True)
class DownloadResult:
    """A finished download: where it is, how many bytes came over the network this time."""

    path: Path
    sha256: str
    downloaded: int
    resumed_from: int


def download(
    url: str,
    dest: Path,
    sha256: str,
    cancel: CancelToken,
    progress: Progress = no_progress,
) -> DownloadResult:
    """Download ``url`` to ``dest``, resuming ``dest.part``, and check its sha256.

    Raises:
        DownloadError: no sha256 given, a non-HTTP URL, an HTTP or network error, or a hash
            mismatch (the partial file is then deleted, so the next try starts over).
        Cancelled: the user cancelled; ``dest.part`` is kept for resuming.
    """
    expected = _required_sha256(sha256)
    if not url.startswith(("https://", "http://")):
        raise DownloadError(Text("지원하지 않는 주소입니다.", "Unsupported URL."), detail=url)
    dest.parent.mkdir(parents=True, exist_ok=True)
    part = dest.with_name(dest.name + ".part")
    start = part.stat().st_size if part.exists() else 0
    received = _fetch(url, part, start, cancel, progress)
    actual = file_sha256(part, cancel)
    if actual != expected:
        part.unlink(missing_ok=True)
        raise DownloadError(
            Text(
                "내려받은 파일의 sha256이 맞지 않아 삭제했습니다. 다시 시도하십시오.",
                "The downloaded file's sha256 does not match; it was deleted. Try again.",
            ),
            detail=f"expected {expected}, got {actual}",
        )
    os.replace(part, dest)
    record_sha256(dest, actual)
    return DownloadResult(dest, actual, received, start)


def _required_sha256(sha256: str) -> str:
    """Return the hash normalised, or refuse: nothing is downloaded without one to check."""
    expected = sha256.strip().lower()
    if len(expected) != 64:
        raise DownloadError(
            Text(
                "sha256 값이 없어 내려받지 않습니다. 모델 배포처에서 sha256을 확인해 입력하십시오.",
                "Refusing to download without a sha256; look it up where the model is published.",
            )
        )
    return expected


def _fetch(url: str, part: Path, start: int, cancel: CancelToken, progress: Progress) -> int:
    """Append the bytes from ``start`` on to ``part``; return how many arrived."""
    request = urllib.request.Request(url, headers={"Range": f"bytes={start}-"} if start else {})
    try:
        response = urllib.request.urlopen(request, timeout=TIMEOUT_S)  # scheme checked above
    except urllib.error.HTTPError as exc:
        if exc.code == 416 and start:  # the partial file is already complete
            return 0
        raise _http_error(url, str(exc)) from exc
    except (urllib.error.URLError, OSError) as exc:
        raise _http_error(url, str(exc)) from exc
    with response:
        resumed = start and response.status == 206
        total = _total_size(response.headers, start if resumed else 0)
        with part.open("ab" if resumed else "wb") as out:
            return _copy(response, out, start if resumed else 0, total, cancel, progress)


def _copy(
    src: BinaryIO, out: BinaryIO, done: int, total: int, cancel: CancelToken, progress: Progress
) -> int:
    received = 0
    try:
        while block := src.read(CHUNK):
            cancel.raise_if_cancelled()  # the .part file stays: the next request resumes it
            out.write(block)
            received += len(block)
            progress(done + received, total)
    except (urllib.error.URLError, OSError) as exc:
        raise _http_error("", str(exc)) from exc
    return received


def _total_size(headers: object, offset: int) -> int:
    length = getattr(headers, "get", lambda _k: None)("Content-Length")
    return offset + int(length) if length and str(length).isdigit() else 0


def _http_error(url: str, detail: str) -> DownloadError:
    return DownloadError(
        Text(
            "내려받기에 실패했습니다. 네트워크 연결을 확인하고 다시 시도하면 이어서 받습니다.",
            "The download failed. Check the connection; trying again resumes it.",
        ),
        detail=f"{url} {detail}".strip(),
    )


def file_sha256(path: Path, cancel: CancelToken | None = None) -> str:
    """Return the sha256 of a file (cached by path, size and modification time)."""
    known = known_sha256(path)
    if known:
        return known
    digest = hashlib.sha256()
    with path.open("rb") as src:
        while block := src.read(1 << 20):
            if cancel is not None:
                cancel.raise_if_cancelled()
            digest.update(block)
    value = digest.hexdigest()
    record_sha256(path, value)
    return value


def _cache_file() -> Path:
    return user_cache_dir() / "sha256.json"


def _key(path: Path) -> str:
    st = path.stat()
    return f"{path.resolve()}|{st.st_size}|{st.st_mtime_ns}"


def _load_cache() -> dict[str, str]:
    try:
        data = json.loads(_cache_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def known_sha256(path: Path) -> str | None:
    """Return the recorded sha256 of an unchanged file, or None."""
    try:
        return _load_cache().get(_key(path))
    except OSError:
        return None


def record_sha256(path: Path, value: str) -> None:
    """Remember the sha256 of a file as it is now (a later change of size or mtime forgets it)."""
    cache = _load_cache()
    cache[_key(path)] = value
    target = _cache_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(json.dumps(cache, indent=0), encoding="utf-8")
    os.replace(tmp, target)
