"""The msgpack registries' ``get_all``, read once (``kg.nlp.model._memo_get_all``)."""

from __future__ import annotations

from typing import Any

import catalogue  # type: ignore[import-untyped]

from kg.nlp.model import _memo_get_all


def test_model_memo_get_all_reads_registrations_once() -> None:
    """A second ``get_all`` reuses the first read; a new registration is seen at once."""
    registry: Any = catalogue.create("kg_test_memo", "encoders", entry_points=False)
    reads: list[int] = []
    plain = registry.get_all

    def counted() -> dict[str, Any]:
        reads.append(1)
        result: dict[str, Any] = plain()
        return result

    registry.get_all = counted
    registry.register("first", func=len)
    _memo_get_all(registry)
    _memo_get_all(registry)  # idempotent: wrapped once
    assert registry.get_all() == {"first": len}
    assert registry.get_all() == {"first": len}
    assert len(reads) == 1
    registry.get_all()["other"] = abs  # a caller's change does not reach the memo
    assert registry.get_all() == {"first": len}
    registry.register("second", func=abs)
    assert registry.get_all() == {"first": len, "second": abs}
    assert len(reads) == 2


def test_model_doc_bytes_round_trip(nlp: Any) -> None:
    """A Doc passed to and from a parser process as bytes comes back the same."""
    from spacy.tokens import Doc

    doc = nlp("The foreign minister of Chile met her Peruvian counterpart in Lima on Monday.")
    data = doc.to_bytes()
    back = Doc(nlp.vocab).from_bytes(data)
    assert back.to_bytes() == data
    assert [(t.text, t.dep_, t.head.i, t.ent_type_) for t in back] == [
        (t.text, t.dep_, t.head.i, t.ent_type_) for t in doc
    ]
