"""kg: knowledge graphs of actors and typed, qualified relations from geopolitical news.

``build`` parses articles (it imports spaCy); ``load`` reads an exported graph and does not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["KnowledgeGraph", "build", "load"]

if TYPE_CHECKING:
    from kg.graph.core import KnowledgeGraph


def build(
    paths: Any = (),
    *,
    texts: Any = (),
    published: str | None = None,
    model: str | None = None,
) -> KnowledgeGraph:
    """Build a graph from article files/folders and/or raw texts (see ``kg.api.build``)."""
    from kg.api import build as _build

    return _build(paths, texts=texts, published=published, model=model)


def load(path: Any, allow_network: bool | None = None) -> KnowledgeGraph:
    """Load a graph from its exported Turtle (or TriG/N-Triples/JSON-LD) without spaCy.

    A JSON-LD remote ``@context`` is refused unless ``allow_network=True``.
    """
    from kg.io.formats import load_graph

    return load_graph(path, allow_network)


def __getattr__(name: str) -> Any:
    if name == "KnowledgeGraph":
        from kg.graph.core import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(name)
