"""Read a GGUF model header in pure Python and estimate the memory a model needs before loading it.

GGUF layout (little-endian): magic ``GGUF``, version (u32), tensor count (u64), metadata count
(u64), the metadata key/values, the tensor infos, padding to ``general.alignment``, tensor data.
Reading the header first lets the app refuse a corrupt, truncated, non-GGUF, unsupported or
too-large file with a clear message instead of a native crash inside llama.cpp.
"""

from __future__ import annotations

import math
import os
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from subcontract_assist.core.errors import ModelError
from subcontract_assist.core.text import Text

GGUF_MAGIC = b"GGUF"
SUPPORTED_VERSIONS = (2, 3)
MAX_STRING = 1 << 24  # a metadata string longer than 16 MiB means a corrupt header
MAX_ARRAY = 1 << 26
#: Architectures that are GGUF files but not text models this app can review with.
NON_TEXT_ARCHITECTURES = frozenset({"clip", "mmproj", "whisper", "wav_tokenizer"})

_SCALARS: dict[int, tuple[str, int]] = {
    0: ("<B", 1), 1: ("<b", 1), 2: ("<H", 2), 3: ("<h", 2), 4: ("<I", 4), 5: ("<i", 4),
    6: ("<f", 4), 7: ("<?", 1), 10: ("<Q", 8), 11: ("<q", 8), 12: ("<d", 8),
}  # fmt: skip
_STRING, _ARRAY = 8, 9

#: ggml tensor type → (elements per block, bytes per block); used for the truncation check.
_TENSOR_TYPES: dict[int, tuple[int, int]] = {
    0: (1, 4), 1: (1, 2), 2: (32, 18), 3: (32, 20), 6: (32, 22), 7: (32, 24), 8: (32, 34),
    9: (32, 36), 10: (256, 84), 11: (256, 110), 12: (256, 144), 13: (256, 176), 14: (256, 210),
    15: (256, 292), 16: (256, 66), 17: (256, 74), 18: (256, 98), 19: (256, 50), 20: (32, 18),
    21: (256, 110), 22: (256, 82), 23: (256, 136), 24: (1, 1), 25: (1, 2), 26: (1, 4),
    27: (1, 8), 28: (1, 8), 29: (256, 56), 30: (1, 2), 34: (256, 54), 35: (256, 66),
    39: (32, 17),
}  # fmt: skip

#: llama.cpp ``general.file_type`` (LLAMA_FTYPE_*) → the usual quantisation name.
FILE_TYPES: dict[int, str] = {
    0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1", 10: "Q2_K",
    11: "Q3_K_S", 12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M", 16: "Q5_K_S",
    17: "Q5_K_M", 18: "Q6_K", 19: "IQ2_XXS", 20: "IQ2_XS", 21: "Q2_K_S", 22: "IQ3_XS",
    23: "IQ3_XXS", 24: "IQ1_S", 25: "IQ4_NL", 26: "IQ3_S", 27: "IQ3_M", 28: "IQ2_S",
    29: "IQ2_M", 30: "IQ4_XS", 31: "IQ1_M", 32: "BF16", 36: "TQ1_0", 37: "TQ2_0",
    38: "MXFP4_MOE",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class ArraySummary:
    """A metadata array too long to keep (the tokenizer vocabulary): its element type and length."""

    item_type: int
    length: int


@dataclass(frozen=True, slots=True)
class GgufInfo:
    """What the header says about a model file.

    Attributes:
        path: the file.
        version: GGUF version (2 or 3).
        metadata: every key; long arrays are kept as :class:`ArraySummary`.
        parameter_count: the sum of all tensor element counts.
        tensor_bytes: the size of the tensor data (what the weights occupy in memory).
        file_size: the size on disk.
    """

    path: Path
    version: int
    metadata: dict[str, Any]
    tensor_count: int
    parameter_count: int
    tensor_bytes: int
    file_size: int

    @property
    def architecture(self) -> str:
        return str(self.metadata.get("general.architecture", ""))

    @property
    def name(self) -> str:
        return str(self.metadata.get("general.name", "") or self.path.stem)

    def arch_value(self, key: str, default: int = 0) -> int:
        """Return the integer ``{architecture}.{key}`` (0 or ``default`` when absent)."""
        value = self.metadata.get(f"{self.architecture}.{key}", default)
        return int(value) if isinstance(value, int | float) else default

    @property
    def context_length(self) -> int:
        return self.arch_value("context_length")

    @property
    def file_type(self) -> int | None:
        value = self.metadata.get("general.file_type")
        return int(value) if isinstance(value, int) else None

    @property
    def quantisation(self) -> str:
        ft = self.file_type
        return "?" if ft is None else FILE_TYPES.get(ft, f"type {ft}")

    def parameters_label(self) -> str:
        """Return the parameter count as people write it (``268M``, ``1.5B``)."""
        n = self.parameter_count
        return f"{n / 1e9:.1f}B" if n >= 1e9 else f"{round(n / 1e6)}M"


@dataclass(frozen=True, slots=True)
class MemoryEstimate:
    """Bytes a model needs at one context size: weights + KV cache + working buffers."""

    weights: int
    kv_cache: int
    compute: int
    n_ctx: int
    notes: tuple[str, ...] = field(default=())

    @property
    def total(self) -> int:
        return self.weights + self.kv_cache + self.compute


class _Reader:
    """Bounded little-endian reads that turn a short read into a truncation error."""

    def __init__(self, stream: BinaryIO, size: int, path: Path) -> None:
        self.stream, self.size, self.path = stream, size, path

    def take(self, n: int) -> bytes:
        data = self.stream.read(n)
        if len(data) != n:
            raise _truncated(self.path, "header")
        return data

    def unpack(self, fmt: str, n: int) -> Any:
        return struct.unpack(fmt, self.take(n))[0]

    def string(self) -> str:
        length = self.unpack("<Q", 8)
        if length > MAX_STRING or length > self.size:
            raise _corrupt(self.path, f"string length {length}")
        try:
            return self.take(length).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _corrupt(self.path, "metadata string is not UTF-8") from exc

    def value(self, vtype: int) -> Any:
        if vtype in _SCALARS:
            fmt, n = _SCALARS[vtype]
            return self.unpack(fmt, n)
        if vtype == _STRING:
            return self.string()
        if vtype == _ARRAY:
            return self.array()
        raise _corrupt(self.path, f"unknown metadata type {vtype}")

    def array(self) -> Any:
        item_type, length = self.unpack("<I", 4), self.unpack("<Q", 8)
        if length > MAX_ARRAY:
            raise _corrupt(self.path, f"array length {length}")
        if item_type in _SCALARS and length <= 64:
            return [self.value(item_type) for _ in range(length)]
        if item_type in _SCALARS:  # skip long numeric arrays (token scores, types) in one seek
            self.skip(_SCALARS[item_type][1] * length)
        else:
            for _ in range(length):
                self.value(item_type)
        return ArraySummary(item_type, length)

    def skip(self, n: int) -> None:
        if self.stream.tell() + n > self.size:
            raise _truncated(self.path, "header")
        self.stream.seek(n, os.SEEK_CUR)


def _corrupt(path: Path, detail: str) -> ModelError:
    return ModelError(
        Text(
            f"모델 파일이 손상되었습니다: {path.name}",
            f"The model file is corrupt: {path.name}",
        ),
        detail=detail,
    )


def _truncated(path: Path, part: str) -> ModelError:
    return ModelError(
        Text(
            f"모델 파일이 잘려 있습니다(다운로드가 끝나지 않았을 수 있습니다): {path.name}",
            f"The model file is truncated (perhaps an unfinished download): {path.name}",
        ),
        detail=f"ends inside the {part}",
    )


def _unsupported(path: Path, detail: str) -> ModelError:
    return ModelError(
        Text(
            f"지원하지 않는 모델 파일입니다: {path.name}",
            f"This model file is not supported: {path.name}",
        ),
        detail=detail,
    )


def read_gguf(path: Path) -> GgufInfo:
    """Read and check a GGUF header.

    Raises:
        ModelError: the file is missing, not GGUF, of an unsupported version or kind, corrupt,
            or shorter than its tensors say.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            return _read(_Reader(stream, size, path), path, size)
    except OSError as exc:
        raise ModelError(
            Text(f"모델 파일을 열 수 없습니다: {path}", f"Cannot open the model file: {path}"),
            detail=str(exc),
        ) from exc


def _read(reader: _Reader, path: Path, size: int) -> GgufInfo:
    if reader.stream.read(4) != GGUF_MAGIC:
        raise ModelError(
            Text(
                f"GGUF 모델 파일이 아닙니다: {path.name}",
                f"Not a GGUF model file: {path.name}",
            ),
            detail="the file does not start with 'GGUF'",
        )
    version = reader.unpack("<I", 4)
    if version not in SUPPORTED_VERSIONS:
        raise _unsupported(path, f"GGUF version {version}")
    n_tensors, n_kv = reader.unpack("<Q", 8), reader.unpack("<Q", 8)
    if n_tensors > 1 << 20 or n_kv > 1 << 20:
        raise _corrupt(path, f"{n_tensors} tensors, {n_kv} metadata keys")
    metadata = {reader.string(): reader.value(reader.unpack("<I", 4)) for _ in range(n_kv)}
    params, data_end = _read_tensors(reader, n_tensors)
    alignment = int(metadata.get("general.alignment", 32) or 32)
    data_start = math.ceil(reader.stream.tell() / alignment) * alignment
    if data_start + data_end > size:
        raise _truncated(path, "tensor data")
    info = GgufInfo(path, version, metadata, n_tensors, params, size - data_start, size)
    _check_kind(info)
    return info


def _read_tensors(reader: _Reader, n_tensors: int) -> tuple[int, int]:
    """Return (parameter count, end offset of the tensor data relative to its start)."""
    params = end = 0
    for _ in range(n_tensors):
        reader.string()
        n_dims = reader.unpack("<I", 4)
        if n_dims > 8:
            raise _corrupt(reader.path, f"tensor with {n_dims} dimensions")
        count = math.prod(reader.unpack("<Q", 8) for _ in range(n_dims))
        ttype, offset = reader.unpack("<I", 4), reader.unpack("<Q", 8)
        params += count
        block, nbytes = _TENSOR_TYPES.get(ttype, (1, 0))  # unknown type: check its offset only
        end = max(end, offset + count // block * nbytes)
    return params, end


def _check_kind(info: GgufInfo) -> None:
    arch = info.architecture
    if not arch:
        raise _unsupported(info.path, "no general.architecture")
    if info.metadata.get("general.type") == "adapter":
        raise _unsupported(info.path, "this is a LoRA adapter, not a model")
    if arch in NON_TEXT_ARCHITECTURES:
        raise _unsupported(info.path, f"architecture '{arch}' is not a text model")


def estimate_memory(info: GgufInfo, n_ctx: int, n_batch: int = 64) -> MemoryEstimate:
    """Estimate RAM (or VRAM) for ``n_ctx``: weights, an f16 KV cache, and the logits buffers.

    The KV cache is ``2 (K and V) × layers × n_ctx × kv_heads × head_dim × 2 bytes``. Models with
    sliding-window layers need less; this is an upper bound.
    """
    layers = info.arch_value("block_count")
    heads = info.arch_value("attention.head_count")
    kv_heads = info.arch_value("attention.head_count_kv", heads) or heads
    embd = info.arch_value("embedding_length")
    head_dim = info.arch_value("attention.key_length") or (embd // heads if heads else 0)
    v_dim = info.arch_value("attention.value_length") or head_dim
    kv = layers * n_ctx * kv_heads * (head_dim + v_dim) * 2
    vocab = _vocab_size(info)
    # Logits for one batch (llama.cpp and the Python copy), plus activations of one batch.
    compute = 2 * vocab * n_batch * 4 + 64 * n_batch * max(embd, 1) * 4 + (32 << 20)
    notes = () if layers and heads else ("head counts missing: KV cache not estimated",)
    return MemoryEstimate(info.tensor_bytes, kv, compute, n_ctx, notes)


def _vocab_size(info: GgufInfo) -> int:
    tokens = info.metadata.get("tokenizer.ggml.tokens")
    if isinstance(tokens, ArraySummary):
        return tokens.length
    if isinstance(tokens, list):
        return len(tokens)
    return info.arch_value("vocab_size", 32000)


def available_memory() -> int | None:
    """Return the bytes of memory available now (Linux: MemAvailable), else total RAM, else None."""
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        return None


def check_fits(
    info: GgufInfo,
    n_ctx: int,
    available: Callable[[], int | None] = available_memory,
) -> MemoryEstimate:
    """Return the estimate, or raise ModelError when it exceeds the memory available."""
    estimate = estimate_memory(info, n_ctx)
    free = available()
    if free is not None and estimate.total > free:
        need, have = estimate.total / 2**30, free / 2**30
        raise ModelError(
            Text(
                f"메모리가 부족합니다: 이 모델은 문맥 {n_ctx} 토큰에서 약 {need:.1f} GiB가 "
                f"필요하지만 사용 가능한 메모리는 {have:.1f} GiB입니다. "
                "더 작은 모델이나 문맥을 선택하십시오.",
                f"Not enough memory: this model needs about {need:.1f} GiB at a {n_ctx}-token "
                f"context but {have:.1f} GiB is available. Pick a smaller model or context.",
            )
        )
    return estimate
