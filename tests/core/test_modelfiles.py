"""The GGUF header reader and memory estimate, on small GGUF files written by the test."""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any

import pytest

from subcontract_assist.core.errors import ModelError
from subcontract_assist.core.models.gguf import (
    ArraySummary,
    check_fits,
    estimate_memory,
    read_gguf,
)


def _string(value: str) -> bytes:
    data = value.encode()
    return struct.pack("<Q", len(data)) + data


def _kv(key: str, value: Any) -> bytes:
    if isinstance(value, str):
        return _string(key) + struct.pack("<I", 8) + _string(value)
    if isinstance(value, float):
        return _string(key) + struct.pack("<If", 6, value)
    if isinstance(value, list):  # an array of strings, like the tokenizer vocabulary
        items = b"".join(_string(v) for v in value)
        return _string(key) + struct.pack("<IIQ", 9, 8, len(value)) + items
    return _string(key) + struct.pack("<II", 4, value)


def write_gguf(
    path: Path,
    metadata: dict[str, Any],
    tensors: list[tuple[str, tuple[int, ...], int]],
    *,
    version: int = 3,
    magic: bytes = b"GGUF",
    cut: int = 0,
) -> Path:
    """Write a GGUF file with f32/f16 tensors (type 0/1) filled with zeros."""
    head = magic + struct.pack("<IQQ", version, len(tensors), len(metadata))
    head += b"".join(_kv(k, v) for k, v in metadata.items())
    offset, infos = 0, b""
    for name, dims, ttype in tensors:
        infos += _string(name) + struct.pack("<I", len(dims))
        infos += b"".join(struct.pack("<Q", d) for d in dims) + struct.pack("<IQ", ttype, offset)
        count = 1
        for d in dims:
            count *= d
        offset += count * (4 if ttype == 0 else 2)
        offset = -(-offset // 32) * 32
    head += infos
    head += b"\0" * (-len(head) % 32)
    data = head + b"\0" * offset
    path.write_bytes(data[: len(data) - cut] if cut else data)
    return path


LLAMA_META = {
    "general.architecture": "llama",
    "general.name": "tiny test model",
    "general.file_type": 15,
    "llama.context_length": 4096,
    "llama.block_count": 2,
    "llama.embedding_length": 64,
    "llama.attention.head_count": 8,
    "llama.attention.head_count_kv": 2,
    "tokenizer.ggml.tokens": [f"t{i}" for i in range(100)],
}
TENSORS = [("token_embd.weight", (64, 100), 1), ("output_norm.weight", (64,), 0)]


@pytest.fixture
def tiny_model(tmp_path: Path) -> Path:
    return write_gguf(tmp_path / "tiny.gguf", LLAMA_META, TENSORS)


def test_header_gives_architecture_parameters_quantisation_and_context(tiny_model: Path) -> None:
    info = read_gguf(tiny_model)
    assert info.version == 3
    assert info.architecture == "llama"
    assert info.name == "tiny test model"
    assert info.parameter_count == 64 * 100 + 64
    assert info.quantisation == "Q4_K_M"
    assert info.context_length == 4096


def test_long_arrays_are_summarised_not_kept(tiny_model: Path) -> None:
    tokens = read_gguf(tiny_model).metadata["tokenizer.ggml.tokens"]
    assert tokens == ArraySummary(item_type=8, length=100)


def test_memory_estimate_counts_weights_and_kv_cache_for_the_context(tiny_model: Path) -> None:
    info = read_gguf(tiny_model)
    small, large = estimate_memory(info, 512), estimate_memory(info, 4096)
    # 2 (K, V) x 2 layers x n_ctx x 2 KV heads x head_dim 8 (64 / 8 heads) x 2 bytes (f16)
    assert small.kv_cache == 2 * 2 * 512 * 2 * 8 * 2
    assert large.kv_cache == 8 * small.kv_cache
    assert small.weights == info.tensor_bytes
    assert large.total > small.total


def test_a_model_too_large_for_the_memory_is_refused_clearly(tiny_model: Path) -> None:
    info = read_gguf(tiny_model)
    with pytest.raises(ModelError, match="메모리가 부족합니다") as err:
        check_fits(info, 4096, available=lambda: 1024)
    assert "GiB" in err.value.message("en")
    assert check_fits(info, 4096, available=lambda: None).n_ctx == 4096


def test_a_file_that_is_not_gguf_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "notes.gguf"
    path.write_text("이것은 모델이 아닙니다")
    with pytest.raises(ModelError, match="GGUF 모델 파일이 아닙니다"):
        read_gguf(path)


@pytest.mark.parametrize("cut", [1, 200, 600])
def test_a_truncated_file_says_it_is_truncated(tmp_path: Path, cut: int) -> None:
    path = write_gguf(tmp_path / "cut.gguf", LLAMA_META, TENSORS, cut=cut)
    with pytest.raises(ModelError, match="잘려 있습니다"):
        read_gguf(path)


def test_an_old_gguf_version_is_unsupported(tmp_path: Path) -> None:
    path = write_gguf(tmp_path / "v1.gguf", LLAMA_META, TENSORS, version=1)
    with pytest.raises(ModelError, match="지원하지 않는"):
        read_gguf(path)


@pytest.mark.parametrize(
    "meta",
    [
        {**LLAMA_META, "general.type": "adapter"},
        {**LLAMA_META, "general.architecture": "clip"},
        {k: v for k, v in LLAMA_META.items() if k != "general.architecture"},
    ],
    ids=["lora-adapter", "vision-projector", "no-architecture"],
)
def test_gguf_files_that_are_not_text_models_are_unsupported(
    tmp_path: Path, meta: dict[str, Any]
) -> None:
    path = write_gguf(tmp_path / "other.gguf", meta, TENSORS)
    with pytest.raises(ModelError, match="지원하지 않는"):
        read_gguf(path)


def test_a_corrupt_string_length_is_reported_as_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "corrupt.gguf"
    path.write_bytes(
        b"GGUF" + struct.pack("<IQQ", 3, 0, 1) + struct.pack("<Q", 1 << 40) + b"x" * 64
    )
    with pytest.raises(ModelError, match="손상"):
        read_gguf(path)


def test_a_missing_file_gives_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="열 수 없습니다"):
        read_gguf(tmp_path / "absent.gguf")
