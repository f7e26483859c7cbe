"""Graph file formats by name: suffix, writer and reader in one registry, used by
``kg build --format``, the exports and ``load``.

Writers and readers are named as ``"module:function"`` and imported when first used (as
rdflib's plugin registry does), so the CLI can list the formats without importing rdflib.
Adding a format is one module with a ``write_``/``read_`` pair and one line in ``FORMATS``
(or, for a format kg only writes, a function giving each file's text and one line in
``TABLE_FORMATS``).
"""

from __future__ import annotations

import importlib
import io
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

from kg.errors import GraphError
from kg.io.fsio import Streamed

if TYPE_CHECKING:
    from rdflib import Graph

    from kg.graph.core import KnowledgeGraph


@dataclass(frozen=True, slots=True)
class Format:
    """One graph file format.

    ``writer`` takes a KnowledgeGraph and a binary file and writes the graph to it, one piece
    at a time (``streams``), or takes the graph and returns the file's text; ``reader`` takes a
    path and returns a KnowledgeGraph; ``rdflib`` is rdflib's parser name when the format is
    RDF (the SPARQL engines and SHACL validation read only those).
    """

    name: str
    suffix: str
    writer: str
    reader: str
    rdflib: str | None = None
    streams: bool = False

    def write(self, kg: KnowledgeGraph) -> str:
        if self.streams:
            buffer = io.BytesIO()
            self.write_to(kg, buffer)
            return buffer.getvalue().decode("utf-8")
        return cast(str, _function(self.writer)(kg))

    def write_to(self, kg: KnowledgeGraph, handle: IO[bytes]) -> None:
        """Write the graph to an open binary file (streamed when the format streams)."""
        if self.streams:
            _function(self.writer)(kg, handle)
        else:
            handle.write(self.write(kg).encode("utf-8"))

    def content(self, kg: KnowledgeGraph) -> str | Streamed:
        """What ``kg.io.fsio.write_group`` writes for this format."""
        if self.streams:
            return Streamed(partial(self.write_to, kg))
        return self.write(kg)

    def read(self, path: Path) -> KnowledgeGraph:
        return cast("KnowledgeGraph", _function(self.reader)(path))


_STREAM = "kg.io.rdfstream"
_LOAD = "kg.io.formats:load_rdf"

FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("turtle", "ttl", f"{_STREAM}:write_turtle", _LOAD, "turtle", streams=True),
        Format("nt", "nt", f"{_STREAM}:write_ntriples", _LOAD, "nt", streams=True),
        Format("nq", "nq", f"{_STREAM}:write_nquads", _LOAD, "nquads", streams=True),
        Format("trig", "trig", f"{_STREAM}:write_trig", _LOAD, "trig", streams=True),
        Format("json-ld", "jsonld", "kg.io.rdf:write_jsonld", "kg.io.formats:load_rdf", "json-ld"),
    )
}
"""Every format kg writes and reads, by the name ``--format`` takes."""


@dataclass(frozen=True, slots=True)
class TableFormat:
    """A format written as files of its own, for other tools; kg does not read it back.

    ``files`` names each file with the ``"module:function"`` that gives its text from the
    graph, so that the exports are replaced together (``kg.io.fsio.write_group``).
    """

    name: str
    files: tuple[tuple[str, str], ...]

    def producers(self, out: Path) -> list[tuple[Path, Callable[[KnowledgeGraph], str]]]:
        """(path, text from the graph) of each file of this format in ``out``."""
        return [(out / name, partial(_text, spec)) for name, spec in self.files]


def _text(spec: str, kg: KnowledgeGraph) -> str:
    return cast(str, _function(spec)(kg))  # looked up when called


TABLE_FORMATS: dict[str, TableFormat] = {
    f.name: f
    for f in (
        TableFormat("graphml", (("graph.graphml", "kg.io.graphml:graphml_text"),)),
        TableFormat("plover", (("events.plover.jsonl", "kg.io.plover:plover_jsonl"),)),
        TableFormat(
            "csv",
            (
                ("nodes.csv", "kg.io.csv_tables:nodes_csv"),
                ("edges.csv", "kg.io.csv_tables:edges_csv"),
            ),
        ),
    )
}
"""Formats written beside the graph by ``--format`` (GraphML, PLOVER records, CSV tables)."""


def _function(spec: str) -> Callable[..., Any]:
    module, name = spec.split(":")
    return cast(Callable[..., Any], getattr(importlib.import_module(module), name))


def format_of(path: str | Path, rdf_only: bool = False) -> Format:
    """The format of a file, from its suffix.

    >>> format_of("output/graph.ttl").name
    'turtle'
    """
    suffix = Path(path).suffix.lower().lstrip(".")
    for fmt in FORMATS.values():
        if fmt.suffix == suffix and (fmt.rdflib or not rdf_only):
            return fmt
    known = ", ".join(f".{f.suffix}" for f in FORMATS.values() if f.rdflib or not rdf_only)
    raise GraphError(f"{path}: unknown {'RDF ' if rdf_only else ''}format; use {known}.")


def serialize(kg: KnowledgeGraph, name: str = "turtle") -> str:
    """The graph as the text of format ``name`` (see ``FORMATS``)."""
    if name not in FORMATS:
        raise GraphError(f"unknown format {name!r}; use {', '.join(FORMATS)}.")
    return FORMATS[name].write(kg)


def read_rdf(path: str | Path, allow_network: bool | None = None) -> Graph:
    """Parse an exported RDF file (format from its suffix) into one rdflib Graph; the named
    graphs of a TriG file are merged.

    A JSON-LD file whose ``@context`` would be fetched is refused unless ``allow_network``
    (or ``$KG_ALLOW_NETWORK``) says otherwise.
    """
    from rdflib import Dataset, Graph

    path = Path(path)
    if not path.exists():
        raise GraphError(f"{path}: no such graph file. Run `kg build ... --out DIR` first.")
    parser = format_of(path, rdf_only=True).rdflib
    if parser == "json-ld":
        from kg.io.offline import check_jsonld

        check_jsonld(path, allow_network)
    try:
        if parser in ("trig", "nquads"):
            dataset = Dataset()
            dataset.parse(path, format=parser)
            graph = Graph()
            for s, p, o, _ in dataset.quads((None, None, None, None)):
                graph.add((s, p, o))
            return graph
        graph = Graph()
        graph.parse(path, format=parser)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise GraphError(
            f"{path}: cannot parse as {parser} ({str(exc)[:200]}). The file may be truncated: "
            "rebuild it with `kg build ... --out DIR`."
        ) from exc
    return graph


def load_rdf(path: str | Path, allow_network: bool | None = None) -> KnowledgeGraph:
    """A KnowledgeGraph from an exported RDF file.

    A file that parses but lacks parts of kg's model (cut at a statement boundary, or not
    written by kg) is a GraphError naming the file, not a crash later in a view.
    """
    from kg.graph.core import KnowledgeGraph

    graph = read_rdf(path, allow_network)
    try:
        kg = KnowledgeGraph.from_rdflib(graph)
    except (TypeError, ValueError, KeyError) as exc:
        raise GraphError(
            f"{path}: is not a complete kg graph ({type(exc).__name__}: {str(exc)[:200]}). "
            "Rebuild it with `kg build ... --out DIR`."
        ) from exc
    named = {r.subject for r in kg.claims} | {r.object for r in kg.claims if r.object}
    missing = sorted(named - set(kg.entities))
    if missing:
        raise GraphError(
            f"{path}: statements name {len(missing)} entit(ies) the file does not describe "
            f"(e.g. {missing[0]}); the file looks truncated. Rebuild it with `kg build`."
        )
    reports = _missing_reports(graph)
    if reports:
        raise GraphError(
            f"{path}: events derive from {len(reports)} statement(s) the file does not hold "
            f"(e.g. {reports[0]}); the file looks truncated. Rebuild it with `kg build`."
        )
    return kg


def _missing_reports(graph: Graph) -> list[str]:
    """Statements an event of the file derives from that the file lacks (the streamed
    exports write events before the claims, so a cut file loses these)."""
    from rdflib import RDF
    from rdflib.namespace import PROV

    from kg.vocab import KG, SCHEMA

    statements = set(graph.subjects(RDF.type, KG.Statement))
    return sorted(
        str(report)
        for event in graph.subjects(RDF.type, SCHEMA.Event)
        for report in graph.objects(event, PROV.wasDerivedFrom)
        if report not in statements
    )


def load_graph(path: str | Path, allow_network: bool | None = None) -> KnowledgeGraph:
    """Load a KnowledgeGraph from an exported file of any format, without spaCy.

    A JSON-LD remote ``@context`` is refused unless ``allow_network`` allows it.
    """
    path = Path(path)
    if not path.exists():
        raise GraphError(f"{path}: no such graph file. Run `kg build ... --out DIR` first.")
    fmt = format_of(path)
    if fmt.reader == "kg.io.formats:load_rdf":
        return load_rdf(path, allow_network)
    return fmt.read(path)
