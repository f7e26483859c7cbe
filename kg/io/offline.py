"""Keeping kg off the network: JSON-LD files that name a remote (or any external) `@context`
and SPARQL queries with `SERVICE` are refused before a parser or an engine could fetch
anything, unless the user opts in (``--allow-network`` or ``KG_ALLOW_NETWORK=1``).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from kg.errors import GraphError, QueryError

ENV = "KG_ALLOW_NETWORK"


def network_allowed(allow: bool | None = None) -> bool:
    """The user's choice: an explicit argument, else ``$KG_ALLOW_NETWORK`` (1/true/yes)."""
    if allow is not None:
        return allow
    return os.environ.get(ENV, "").strip().lower() in ("1", "true", "yes")


def _external_contexts(node: Any) -> list[str]:
    """Every `@context` (or `@import`) that is a reference rather than an inline object."""
    found: list[str] = []
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            for key, value in item.items():
                if key in ("@context", "@import"):
                    refs = value if isinstance(value, list) else [value]
                    found.extend(str(r) for r in refs if isinstance(r, str))
                stack.append(value)
    return found


def check_jsonld(path: Path, allow: bool | None = None) -> None:
    """Refuse a JSON-LD file whose `@context` points elsewhere (a URL or another file).

    kg's own JSON-LD export inlines its context, so it always passes.
    """
    if network_allowed(allow):
        return
    try:
        with path.open("rb") as handle:
            data = json.load(handle)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GraphError(f"{path}: cannot parse as json-ld ({exc}).") from exc
    refs = _external_contexts(data)
    if refs:
        raise GraphError(
            f"{path}: its @context refers to {refs[0]!r}, which kg would have to fetch. "
            f"Inline the context, or pass --allow-network (or set {ENV}=1) to fetch it."
        )


_STRIP = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*",
    re.S,
)
_SERVICE = re.compile(r"(?<![\w?$:])SERVICE(?![\w:-])", re.I)


def uses_service(query: str) -> bool:
    """True when the query text holds a SERVICE keyword (outside strings, IRIs, comments).

    >>> uses_service('SELECT * { SERVICE <http://x/sparql> { ?s ?p ?o } }')
    True
    >>> uses_service('SELECT ?service { ?service ex:SERVICE "SERVICE" } # SERVICE')
    False
    """
    return bool(_SERVICE.search(_STRIP.sub(" ", _unescape(query))))


_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def _unescape(query: str) -> str:
    r"""Apply SPARQL's codepoint escapes, which engines expand before parsing, so that
    ``\u0053ERVICE`` is seen as SERVICE."""

    def char(m: re.Match[str]) -> str:
        code = int(m.group(1) or m.group(2), 16)
        return chr(code) if code <= 0x10FFFF else m.group()

    return _CODEPOINT.sub(char, query)


def check_query(query: str, allow: bool | None = None) -> None:
    """Refuse a federated query (SERVICE) unless network access was allowed."""
    if not network_allowed(allow) and uses_service(query):
        raise QueryError(
            "the query uses SERVICE, which would send requests to another host; kg stays "
            f"offline. Remove the SERVICE clause, or pass --allow-network (or set {ENV}=1)."
        )
