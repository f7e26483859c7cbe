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
        iri = value[1:-1]
        if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|^`\\]*$", iri):
            raise QueryError(
                f"--bind {spec!r}: {iri!r} is not an absolute IRI. Write <http://…> without "
                "spaces, or drop the angle brackets to bind a string."
            )
        return name, {"kind": "iri", "value": iri}
    if re.match(r"^https?://\S+$", value):
        return name, {"kind": "iri", "value": value}
    prefix, _, local = value.partition(":")
    if local and prefix in PREFIX_MAP and " " not in value:
        return name, {"kind": "iri", "value": PREFIX_MAP[prefix] + local}
    return name, {"kind": "literal", "value": value}


def _prefix_head(query: str) -> str:
    declared = {m.group(1) for m in re.finditer(r"(?i)PREFIX\s+([A-Za-z0-9_-]*):", query)}
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIX_MAP.items() if p not in declared)


def _with_prefixes(query: str) -> str:
    return _prefix_head(query) + query


def _relocate(message: str, query: str) -> str:
    """An engine's error message with positions in the user's text, not in the text with
    the PREFIX lines kg adds.

    >>> _relocate("error at 13:26: expected x", "SELECT")  # 12 prefix lines were added
    'error at 1:26: expected x'
    """
    head = _prefix_head(query)
    lines, chars = head.count("\n"), len(head)
    message = re.sub(
        r"\b(\d+):(\d+)\b(?=[:\s)]|$)",
        lambda m: f"{max(1, int(m.group(1)) - lines)}:{m.group(2)}",
        message,
        count=1,
    )
    message = re.sub(r"line:(\d+)", lambda m: f"line:{max(1, int(m.group(1)) - lines)}", message)
    return re.sub(r"at char (\d+)", lambda m: f"at char {max(0, int(m.group(1)) - chars)}", message)


_UPDATE = re.compile(
    r"^\s*(?:(?:PREFIX\s+[\w-]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*"
    r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b",
    re.I,
)


def _refuse_update(query: str) -> None:
    text = re.sub(r"#[^\n]*", " ", query)
    found = _UPDATE.match(text)
    if found:
        raise QueryError(
            f"{found.group(1).upper()} is a SPARQL update; kg query runs SELECT and ASK only "
            "and never changes a graph. Use `kg build`, `kg add` or `kg remove`."
        )


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
            if fmt == ox.RdfFormat.JSON_LD:
                from kg.io.offline import check_jsonld

                check_jsonld(graph)
            try:
                self.store.bulk_load(path=str(graph), format=fmt)
            except (SyntaxError, ValueError, OSError) as exc:
                raise GraphError(
                    f"{graph}: cannot be read ({str(exc).splitlines()[0][:200]}). "
                    "The file may be truncated: rebuild it with `kg build ... --out DIR`."
                ) from exc
        self.union = store is not None or (graph is not None and graph.suffix == ".trig")

    def _term(self, spec: dict[str, str]) -> Any:
        if spec["kind"] == "iri":
            return self.ox.NamedNode(spec["value"])
        return self.ox.Literal(spec["value"])

    def run(self, query: str, bindings: dict[str, dict[str, str]]) -> Result:
        ox = self.ox
        try:
            subs = {ox.Variable(k): self._term(v) for k, v in bindings.items()}
        except (ValueError, SyntaxError) as exc:
            raise QueryError(f"--bind: {exc}. Write an IRI as <http://…> or prefix:name.") from exc
        try:
            answer = self.store.query(
                _with_prefixes(query), substitutions=subs, use_default_graph_as_union=self.union
            )
        except (SyntaxError, ValueError, OSError, RuntimeError) as exc:
            hint = ""
            if "SELECT projection" in str(exc):
                hint = " Bound variables must appear in the SELECT clause (SPARQL SEP-0007)."
            raise QueryError(f"query failed: {_relocate(str(exc), query)}.{hint}") from exc
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
        import rdflib.plugins.sparql as rdflib_sparql
        from rdflib import Literal, URIRef

        rdflib_sparql.SPARQL_LOAD_GRAPHS = False  # FROM <http://…> must not fetch the web
        init = {
            k: URIRef(v["value"]) if v["kind"] == "iri" else Literal(v["value"])
            for k, v in bindings.items()
        }
        try:
            answer = self.graph.query(_with_prefixes(query), initBindings=init)
        except Exception as exc:  # rdflib's parser raises pyparsing errors
            raise QueryError(f"query failed: {_relocate(str(exc), query)}") from exc
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
    allow_network: bool | None = None,
) -> Result:
    """Run a SPARQL SELECT/ASK (text or .rq path) with bound values as RDF terms.

    ``SERVICE`` is refused unless ``allow_network`` (or ``$KG_ALLOW_NETWORK``) allows it.
    """
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
    from kg.io.offline import check_query

    text = read_query(query)
    _refuse_update(text)
    check_query(text, allow_network)
    graph_path = Path(graph) if graph and store is None else None
    store_path = Path(store) if store else None
    runner: OxigraphEngine | RdflibEngine = (
        OxigraphEngine(graph_path, store_path)
        if engine == "oxigraph"
        else RdflibEngine(graph_path, store_path)
    )
    return runner.run(text, specs)


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
