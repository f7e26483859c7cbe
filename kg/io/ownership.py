"""Which files in an output folder kg wrote: each export is known by how it starts, so that
every writer replaces kg's own earlier exports and refuses, before any work, to replace a
user's file of the same name (``check_targets``, called by ``kg.io.fsio.write_group``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from kg.errors import KgError

GENERATOR_TAG = '<meta name="generator" content="kg">'  # marks the pages kg writes
HEAD_BYTES = 4096  # the first bytes read to tell a file kg wrote from someone else's
PAGE_NAME = "graph.html"
_PAGE = re.compile(re.escape(GENERATOR_TAG.encode("ascii")))
# graph files: kg's IRIs come first (Turtle and TriG prefixes, the first subject)
_RDF_NAMES = ("graph.ttl", "graph.trig", "graph.nt", "graph.nq", "graph.jsonld")


def _first_keys(*keys: str) -> re.Pattern[bytes]:
    """A JSON Lines file whose first record starts with ``keys``, in this order."""
    return re.compile(rb"\A\{" + rb"[^\n]*?, ".join(b'"%s": ' % k.encode() for k in keys))


# the other files: kg's first keys in a JSON Lines record, kg's header in a table, the
# generator tag in a page; kg adds no mark of its own, so the exports keep their bytes
_STARTS = {
    "relations.jsonl": _first_keys("subject", "predicate", "object"),
    "entities.jsonl": _first_keys("id", "label", "type", "aliases"),
    "events.jsonl": _first_keys("id", "predicate", "participants"),
    "events.plover.jsonl": _first_keys("id", "date", "event", "source"),
    "nodes.csv": re.compile(rb"\Aid,label,type,qid,"),
    "edges.csv": re.compile(rb"\Aid,source,target,predicate,"),
    # the node keys name kg's `labels` (for Neo4j); a graph without nodes has no key
    "graph.graphml": re.compile(
        rb'\A<graphml .*?(?:attr\.name="labels"|<graph edgedefault="directed" />\s*</graphml>)',
        re.DOTALL,
    ),
    PAGE_NAME: _PAGE,
}
WRITTEN_NAMES = frozenset({*_RDF_NAMES, *_STARTS})
"""Every file name kg writes into an output folder."""


@cache
def _kg_iri() -> re.Pattern[bytes]:
    from kg.vocab import BASE  # here, not at import: the check stays free of rdflib

    return re.compile(re.escape(BASE.encode("ascii")))


def _signature(name: str) -> re.Pattern[bytes] | None:
    """How a file kg writes as ``name`` starts; any page is known by its generator tag."""
    if name in _RDF_NAMES:
        return _kg_iri()
    if name.lower().endswith((".html", ".htm")):
        return _PAGE
    return _STARTS.get(name)


def _head(path: Path) -> bytes | None:
    """The first bytes of ``path``, or None when it cannot be read."""
    try:
        with path.open("rb") as handle:
            return handle.read(HEAD_BYTES)
    except OSError:
        return None


def is_kg_page(path: Path) -> bool:
    """True for an HTML page kg wrote (its generator tag is in the first bytes)."""
    head = _head(path)
    return head is not None and _PAGE.search(head) is not None


def is_kg_file(path: Path, like: str | None = None) -> bool:
    """May kg replace ``path`` with its file named ``like`` (default: ``path``'s own name)?

    Yes when the file is missing or empty (nothing to lose), when kg has no signature for
    the name (a file the user named for kg, as `kg eval --out` does), or when its first
    bytes are those kg writes there: kg's own earlier export. A user's file is not.
    """
    if not path.is_file() or not path.stat().st_size:
        return True
    signature = _signature(like or path.name)
    if signature is None:
        return True
    head = _head(path)
    return head is not None and signature.search(head) is not None


def check_folder(folder: Path) -> None:
    """Refuse an output folder that is a file."""
    if folder.exists() and not folder.is_dir():
        raise KgError(f"{folder}: is a file, not a folder. Choose a folder for the output.")


def check_targets(paths: Iterable[Path], like: str | None = None) -> None:
    """Refuse to write ``paths`` when one is a folder, lies in a file, or is a file kg did
    not write (``is_kg_file``): one line naming it and the fix. kg's own earlier exports
    pass; the folder's other files are never looked at, nor touched."""
    for path in paths:
        check_folder(path.parent)
        if path.is_dir():
            raise KgError(f"{path}: is a folder. Give a file name to write.")
        if not is_kg_file(path, like):
            kind = "a page" if _signature(like or path.name) is _PAGE else "an export"
            raise KgError(
                f"{path}: exists and is not {kind} kg wrote; kg never replaces a file it did "
                "not write. Choose another --out, or move or rename the file."
            )


def check_page_target(path: Path) -> None:
    """Refuse to write a page over a file that is not a page kg wrote (e.g. graph.ttl)."""
    check_targets([path], like=PAGE_NAME)
