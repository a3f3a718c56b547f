"""Resumable, sha256-checked downloads against an HTTP server on the loopback interface."""

from __future__ import annotations

import hashlib
import http.server
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from subcontract_assist.core.cancel import CancelToken
from subcontract_assist.core.errors import Cancelled
from subcontract_assist.core.models.downloads import (
    DownloadError,
    download,
    file_sha256,
    known_sha256,
)

PAYLOAD = bytes(range(256)) * 2048  # 512 KiB: several read chunks
SHA = hashlib.sha256(PAYLOAD).hexdigest()


@dataclass
class Server:
    """A loopback server for one file that honours (or ignores) Range and logs requests."""

    url: str
    ranges: list[str | None] = field(default_factory=list)
    honour_range: bool = True


@pytest.fixture
def server() -> Iterator[Server]:
    state = Server(url="")

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            wanted = self.headers.get("Range")
            state.ranges.append(wanted)
            start = int(wanted[6:-1]) if wanted and state.honour_range else 0
            if start >= len(PAYLOAD):
                self.send_response(416)
                self.end_headers()
                return
            self.send_response(206 if start else 200)
            self.send_header("Content-Length", str(len(PAYLOAD) - start))
            self.end_headers()
            self.wfile.write(PAYLOAD[start:])

        def log_message(self, format: str, *args: object) -> None:
            return None

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}/model.gguf"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield state
    httpd.shutdown()
    httpd.server_close()


def test_a_download_arrives_whole_with_progress_and_its_hash_is_remembered(
    server: Server, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []
    result = download(
        server.url, tmp_path / "m.gguf", SHA, CancelToken(), lambda d, t: seen.append((d, t))
    )
    assert result.path.read_bytes() == PAYLOAD
    assert seen[-1] == (len(PAYLOAD), len(PAYLOAD))
    assert not (tmp_path / "m.gguf.part").exists()
    assert known_sha256(result.path) == SHA


def test_a_partial_download_resumes_with_a_range_request(server: Server, tmp_path: Path) -> None:
    (tmp_path / "m.gguf.part").write_bytes(PAYLOAD[:100_000])
    result = download(server.url, tmp_path / "m.gguf", SHA, CancelToken())
    assert server.ranges == ["bytes=100000-"]
    assert (result.resumed_from, result.downloaded) == (100_000, len(PAYLOAD) - 100_000)
    assert result.path.read_bytes() == PAYLOAD


def test_a_server_that_ignores_range_makes_the_download_start_over(
    server: Server, tmp_path: Path
) -> None:
    server.honour_range = False
    (tmp_path / "m.gguf.part").write_bytes(b"stale bytes")
    result = download(server.url, tmp_path / "m.gguf", SHA, CancelToken())
    assert result.path.read_bytes() == PAYLOAD


def test_cancelling_keeps_the_partial_file_and_the_next_try_finishes_it(
    server: Server, tmp_path: Path
) -> None:
    cancel = CancelToken()

    def stop_after_first_chunk(done: int, total: int) -> None:
        cancel.cancel()

    with pytest.raises(Cancelled):
        download(server.url, tmp_path / "m.gguf", SHA, cancel, stop_after_first_chunk)
    kept = (tmp_path / "m.gguf.part").stat().st_size
    assert 0 < kept < len(PAYLOAD)
    result = download(server.url, tmp_path / "m.gguf", SHA, CancelToken())
    assert result.resumed_from == kept
    assert result.path.read_bytes() == PAYLOAD


def test_a_wrong_hash_deletes_the_file_and_says_so(server: Server, tmp_path: Path) -> None:
    with pytest.raises(DownloadError, match="sha256이 맞지 않아"):
        download(server.url, tmp_path / "m.gguf", "0" * 64, CancelToken())
    assert not (tmp_path / "m.gguf").exists()
    assert not (tmp_path / "m.gguf.part").exists()


def test_without_a_sha256_nothing_is_downloaded(server: Server, tmp_path: Path) -> None:
    with pytest.raises(DownloadError, match="sha256"):
        download(server.url, tmp_path / "m.gguf", "", CancelToken())
    assert server.ranges == []


def test_a_non_http_address_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DownloadError):
        download("file:///etc/passwd", tmp_path / "m.gguf", SHA, CancelToken())


def test_an_unreachable_server_gives_a_download_error(tmp_path: Path) -> None:
    with pytest.raises(DownloadError, match="내려받기에 실패"):
        download("http://127.0.0.1:9/m.gguf", tmp_path / "m.gguf", SHA, CancelToken())


def test_file_hashes_are_cached_until_the_file_changes(tmp_path: Path) -> None:
    path = tmp_path / "f.bin"
    path.write_bytes(b"one")
    assert file_sha256(path) == hashlib.sha256(b"one").hexdigest()
    path.write_bytes(b"other")
    assert file_sha256(path) == hashlib.sha256(b"other").hexdigest()
