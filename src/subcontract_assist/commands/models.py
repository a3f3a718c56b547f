"""``models``: list, inspect and (only on request) download language models."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from subcontract_assist.core.text import Lang


def _t(lang: Lang, ko: str, en: str) -> str:
    return en if lang == "en" else ko


def cmd_list(args: argparse.Namespace, lang: Lang) -> int:
    from subcontract_assist.adapters.llama_backend import default_model_path
    from subcontract_assist.core.models.catalog import load_catalog, local_models, user_models_dir

    catalog = load_catalog()
    default = default_model_path()
    local = [str(p) for p in local_models()]
    if args.format == "json":
        data = {
            "default": {"path": str(default), "present": default.is_file()},
            "local": local,
            "catalog": [_entry_json(e, lang) for e in catalog],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    state = (
        _t(lang, "준비됨", "ready")
        if default.is_file()
        else _t(lang, "첫 사용 시 생성", "built on first use")
    )
    print(f"{_t(lang, '기본 모델', 'Default model')}: Gemma 3 270M Q4_K_M ({state})")
    print(f"\n{_t(lang, '내 모델', 'Your models')} ({user_models_dir()}):")
    print("\n".join(f"  {p}" for p in local) or "  -")
    heading = _t(lang, "추천 모델 (내려받기는 요청할 때만)", "Recommended (downloaded on request)")
    print(f"\n{heading}:")
    for e in catalog:
        check = "sha256 ✓" if e.verified else _t(lang, "sha256 입력 필요", "sha256 needed")
        print(f"  {e.name:28} {e.size_label:>10}  {e.licence}  [{check}]")
        print(f"  {'':28} {e.use.get(lang)}")
    return 0


def _entry_json(e: Any, lang: Lang) -> dict[str, Any]:
    return {
        "name": e.name,
        "title": e.title,
        "file": e.file,
        "url": e.url,
        "size": e.size,
        "size_label": e.size_label,
        "sha256": e.sha256,
        "licence": e.licence,
        "context": e.context,
        "use": e.use.get(lang),
    }


def cmd_info(args: argparse.Namespace, lang: Lang) -> int:
    from subcontract_assist.adapters.llama_backend import backend_report, ensure_default_model
    from subcontract_assist.core.models.gguf import available_memory, estimate_memory, read_gguf

    path = Path(args.path) if args.path else ensure_default_model()
    info = read_gguf(path)
    est = estimate_memory(info, args.n_ctx)
    backend = backend_report()
    free = available_memory()
    data = {
        "path": str(path),
        "name": info.name,
        "architecture": info.architecture,
        "parameters": info.parameter_count,
        "quantisation": info.quantisation,
        "context_length": info.context_length,
        "gguf_version": info.version,
        "file_size": info.file_size,
        "memory": {"n_ctx": args.n_ctx, "weights": est.weights, "kv_cache": est.kv_cache,
                   "compute": est.compute, "total": est.total, "available": free},
        "backend": {"summary": backend.summary(), "backends": list(backend.backends),
                    "devices": list(backend.devices), "gpu_offload": backend.gpu_offload,
                    "physical_cores": backend.physical_cores,
                    "logical_cpus": backend.logical_cpus,
                    "default_threads": backend.physical_cores,
                    "default_gpu_layers": backend.default_gpu_layers},
    }  # fmt: skip
    if args.format == "json":
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    mib = 2**20
    print(f"{info.name} · {info.architecture} · {info.parameters_label()} · {info.quantisation}")
    print(
        f"  {_t(lang, '문맥 길이', 'context length')}: {info.context_length}, GGUF v{info.version}"
    )
    print(
        f"  {_t(lang, '메모리 추정', 'memory estimate')} (n_ctx {args.n_ctx}): "
        f"{est.total / mib:.0f} MiB = {_t(lang, '가중치', 'weights')} {est.weights / mib:.0f}"
        f" + KV {est.kv_cache / mib:.0f} + {_t(lang, '계산', 'compute')} {est.compute / mib:.0f}"
        + (f"; {_t(lang, '사용 가능', 'available')} {free / mib:.0f} MiB" if free else "")
    )
    print(f"  {_t(lang, '백엔드', 'backend')}: {backend.summary()}")
    print(f"  {_t(lang, '이 컴퓨터', 'this machine')}: {backend.machine(lang)}")
    return 0


def cmd_download(args: argparse.Namespace, lang: Lang) -> int:
    from subcontract_assist.core.cancel import CancelToken
    from subcontract_assist.core.models.catalog import find_entry, load_catalog, user_models_dir
    from subcontract_assist.core.models.downloads import download

    entry = find_entry(args.name, load_catalog())
    sha256 = args.sha256 or entry.sha256
    dest = user_models_dir() / entry.file

    def progress(done: int, total: int) -> None:
        pct = f"{100 * done / total:5.1f}%" if total else f"{done / 2**20:.0f} MiB"
        print(f"\r{entry.name}: {pct}", end="", file=sys.stderr, flush=True)

    result = download(entry.url, dest, sha256, CancelToken(), progress)
    print(file=sys.stderr)
    print(_t(lang, f"저장했습니다: {result.path}", f"Saved: {result.path}"))
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "models", help="언어 모델 목록·정보·내려받기 / list, inspect, download models"
    )
    msub = p.add_subparsers(dest="models_command", required=True)
    q = msub.add_parser("list", help="기본·내 모델과 추천 목록 / default, local and catalog models")
    q.add_argument("--format", choices=("text", "json"), default="text")
    q.set_defaults(func=cmd_list)
    q = msub.add_parser("info", help="GGUF 정보와 메모리 추정 / GGUF header and memory estimate")
    q.add_argument("path", nargs="?", help=".gguf (default: the bundled model)")
    q.add_argument("--n-ctx", type=int, default=2048)
    q.add_argument("--format", choices=("text", "json"), default="text")
    q.set_defaults(func=cmd_info)
    q = msub.add_parser("download", help="추천 모델 내려받기 / download a catalog model")
    q.add_argument("name")
    q.add_argument(
        "--sha256", help="게시처의 sha256 / the publisher's sha256 (if not in the catalog)"
    )
    q.set_defaults(func=cmd_download)
