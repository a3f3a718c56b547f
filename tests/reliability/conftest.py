"""Reliability test fixtures: one cache for the default model across a module's tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def model_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The cache folder the default model is assembled into once per module.

    SUBCONTRACT_ASSIST_TEST_CACHE, when set, is shared by the whole run.
    """
    shared = os.environ.get("SUBCONTRACT_ASSIST_TEST_CACHE")
    return Path(shared) if shared else tmp_path_factory.mktemp("model-cache")


@pytest.fixture
def default_model(monkeypatch: pytest.MonkeyPatch, model_cache: Path) -> Path:
    """Point the user cache at :func:`model_cache`, where the app builds its default model."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(model_cache))
    return model_cache
