"""SPARQL over the exported graph with pyoxigraph (default) or rdflib, from a Turtle file or
an on-disk Oxigraph store. Bound values are passed as RDF terms, never pasted into the text.

This module must not import spaCy: ``kg query`` starts in well under a second.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from kg.errors import GraphError, QueryError
from kg.io.formats import format_of
from kg.vocab import PREFIXES

PREFIX_MAP = {prefix: str(ns) for prefix, ns in PREFIXES.items()}
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True, slots=True)
class Term:
    """An engine-neutral RDF term in a result row."""

    kind: str  # iri | literal | bnode
    value: str
    datatype: str | None = None

    def short(self) -> str:
        if self.kind == "iri":
            for prefix, ns in PREFIX_MAP.items():
                if self.value.startswith(ns):
                    return f"{prefix}:{self.value[len(ns) :]}"
        return self.value


@dataclass(frozen=True, slots=True)
class Result:
    """Variables and rows of a SELECT (ASK gives one row with a boolean literal)."""

    variables: tuple[str, ...]
    rows: tuple[tuple[Term | None, ...], ...]


def read_query(text_or_path: str) -> str:
    """A query from a ``.rq`` file path, the name of a shipped query (``who_met``: the
    repository's ``queries/``, installed as package data) or the query text itself."""
    path = Path(text_or_path)
    if text_or_path.endswith((".rq", ".sparql")):
        if not path.exists():
            raise QueryError(f"{path}: no such query file.")
        return path.read_text("utf-8")
    if _NAME.match(text_or_path):
        shipped = shipped_queries()
        if text_or_path not in shipped:
            names = ", ".join(sorted(shipped))
            raise QueryError(f"no shipped query named {text_or_path!r}; choose from {names}.")
        return shipped[text_or_path]
    return text_or_path


def shipped_queries() -> dict[str, str]:
    """The queries kg ships (``kg/queries/*.rq``), by name."""
    folder = resources.files("kg").joinpath("queries")
    return {
        entry.name.removesuffix(".rq"): entry.read_text("utf-8")
        for entry in folder.iterdir()
        if entry.name.endswith(".rq")
    }


def parse_binding(spec: str) -> tuple[str, dict[str, str]]:
    """``name=value`` -> (name, term description). ``<iri>``, ``http(s)://...`` and
    ``prefix:local`` with a known prefix become IRIs; anything else a plain string literal.

    >>> parse_binding("name=Vladimir Putin")
    ('name', {'kind': 'literal', 'value': 'Vladimir Putin'})
    >>> parse_binding("who=ent:Q7747")
    ('who', {'kind': 'iri', 'value': 'https://kg.example.org/entity/Q7747'})
    """
    if "=" not in spec:
        raise QueryError(f"--bind {spec!r}: write it as name=value.")
    name, value = spec.split("=", 1)
    name = name.strip().lstrip("?$")
    if not _NAME.match(name):
        raise QueryError(f"--bind {spec!r}: {name!r} is not a SPARQL variable name.")
    if value.startswith("<") and value.endswith(">"):
        return name, {"kind": "iri", "value": value[1:-1]}
    if re.match(r"^https?://\S+$", value):
        return name, {"kind": "iri", "value": value}
    prefix, _, local = value.partition(":")
    if local and prefix in PREFIX_MAP and " " not in value:
        return name, {"kind": "iri", "value": PREFIX_MAP[prefix] + local}
    return name, {"kind": "literal", "value": value}


def _with_prefixes(query: str) -> str:
    declared = {m.group(1) for m in re.finditer(r"(?i)PREFIX\s+([A-Za-z0-9_-]*):", query)}
    head = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIX_MAP.items() if p not in declared)
    return head + query


class OxigraphEngine:
    """pyoxigraph over an in-memory copy of an RDF file or an on-disk store."""

    def __init__(self, graph: Path | None = None, store: Path | None = None) -> None:
        import pyoxigraph as ox

        self.ox = ox
        if store is not None:
            from kg.io.fsio import open_store

            self.store = open_store(store)
        else:
            assert graph is not None
            _require(graph)
            self.store = ox.Store()
            fmt = ox.RdfFormat.from_extension(format_of(graph, rdf_only=True).suffix)
            self.store.bulk_load(path=str(graph), format=fmt)
        self.union = store is not None or (graph is not None and graph.suffix == ".trig")

    def _term(self, spec: dict[str, str]) -> Any:
        if spec["kind"] == "iri":
            return self.ox.NamedNode(spec["value"])
        return self.ox.Literal(spec["value"])

    def run(self, query: str, bindings: dict[str, dict[str, str]]) -> Result:
        ox = self.ox
        subs = {ox.Variable(k): self._term(v) for k, v in bindings.items()}
        try:
            answer = self.store.query(
                _with_prefixes(query), substitutions=subs, use_default_graph_as_union=self.union
            )
        except (SyntaxError, ValueError, OSError, RuntimeError) as exc:
            hint = ""
            if "SELECT projection" in str(exc):
                hint = " Bound variables must appear in the SELECT clause (SPARQL SEP-0007)."
            raise QueryError(f"query failed: {exc}.{hint}") from exc
        if isinstance(answer, bool) or type(answer).__name__ == "QueryBoolean":
            return Result(("result",), ((Term("literal", str(bool(answer)).lower()),),))
        if not isinstance(answer, ox.QuerySolutions):
            raise QueryError("only SELECT and ASK queries are supported by kg query.")
        names = tuple(v.value for v in answer.variables)
        rows = []
        for solution in answer:
            rows.append(tuple(self._convert(solution[name]) for name in names))
        return Result(names, tuple(rows))

    def _convert(self, term: Any) -> Term | None:
        ox = self.ox
        if term is None:
            return None
        if isinstance(term, ox.NamedNode):
            return Term("iri", term.value)
        if isinstance(term, ox.Literal):
            return Term("literal", term.value, term.datatype.value if term.datatype else None)
        return Term("bnode", str(term))


class RdflibEngine:
    """rdflib over an RDF file (slower; kept for users who prefer it and as a cross-check)."""

    def __init__(self, graph: Path | None = None, store: Path | None = None) -> None:
        if graph is None:
            raise QueryError("the rdflib engine reads --graph files, not --store folders.")
        from kg.io.formats import read_rdf

        _require(graph)
        self.graph = read_rdf(graph)

    def run(self, query: str, bindings: dict[str, dict[str, str]]) -> Result:
        from rdflib import Literal, URIRef

        init = {
            k: URIRef(v["value"]) if v["kind"] == "iri" else Literal(v["value"])
            for k, v in bindings.items()
        }
        try:
            answer = self.graph.query(_with_prefixes(query), initBindings=init)
        except Exception as exc:  # rdflib's parser raises pyparsing errors
            raise QueryError(f"query failed: {exc}") from exc
        if answer.type == "ASK":
            return Result(("result",), ((Term("literal", str(bool(answer.askAnswer)).lower()),),))
        names = tuple(str(v) for v in answer.vars or ())
        rows = [tuple(self._convert(row[i]) for i in range(len(names))) for row in answer]  # type: ignore[index]
        return Result(names, tuple(rows))

    def _convert(self, term: Any) -> Term | None:
        from rdflib import Literal, URIRef

        if term is None:
            return None
        if isinstance(term, URIRef):
            return Term("iri", str(term))
        if isinstance(term, Literal):
            return Term("literal", str(term), str(term.datatype) if term.datatype else None)
        return Term("bnode", str(term))


def _require(graph: Path) -> None:
    if not graph.exists():
        raise GraphError(f"{graph}: no such graph file. Run `kg build seeds/ --out output/`.")


def run_query(
    query: str,
    graph: str | Path | None = "output/graph.ttl",
    store: str | Path | None = None,
    bindings: list[str] | dict[str, str] | None = None,
    engine: str = "oxigraph",
) -> Result:
    """Run a SPARQL SELECT/ASK (text or .rq path) with bound values as RDF terms."""
    specs: dict[str, dict[str, str]] = {}
    items = (
        bindings.items()
        if isinstance(bindings, dict)
        else (parse_binding(b) for b in bindings or ())
    )
    for name, value in items:
        specs[name] = value if isinstance(value, dict) else parse_binding(f"{name}={value}")[1]
    if engine not in ("oxigraph", "rdflib"):
        raise QueryError(f"unknown engine {engine!r}; use oxigraph or rdflib.")
    graph_path = Path(graph) if graph and store is None else None
    store_path = Path(store) if store else None
    runner: OxigraphEngine | RdflibEngine = (
        OxigraphEngine(graph_path, store_path)
        if engine == "oxigraph"
        else RdflibEngine(graph_path, store_path)
    )
    return runner.run(read_query(query), specs)


def format_result(result: Result, fmt: str = "table") -> str:
    """Render rows as an aligned table, JSON (SPARQL 1.1 results) or CSV."""
    if fmt == "json":
        bindings = []
        for row in result.rows:
            b: dict[str, Any] = {}
            for name, term in zip(result.variables, row, strict=True):
                if term is None:
                    continue
                entry: dict[str, str] = {
                    "type": "uri" if term.kind == "iri" else term.kind,
                    "value": term.value,
                }
                if term.datatype:
                    entry["datatype"] = term.datatype
                b[name] = entry
            bindings.append(b)
        doc = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
        return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    cells = [[t.short() if t else "" for t in row] for row in result.rows]
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(result.variables)
        writer.writerows(cells)
        return out.getvalue()
    widths = [
        min(60, max([len(v)] + [len(r[i]) for r in cells])) for i, v in enumerate(result.variables)
    ]

    def line(values: list[str] | tuple[str, ...]) -> str:
        return " | ".join(_clip(v, w).ljust(w) for v, w in zip(values, widths, strict=True))

    rule = "-+-".join("-" * w for w in widths)
    body = [line(result.variables), rule, *(line(r) for r in cells)]
    return "\n".join(body) + f"\n({len(cells)} rows)\n"


def _clip(text: str, width: int) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"
