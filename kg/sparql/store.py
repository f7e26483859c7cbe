"""The persistent Oxigraph store: bulk-load the exported graph into a folder, one named
graph per article, then optimise it so `kg query --store` and `kg serve` open it instantly.

The folder holds a marker file naming the current data folder (see ``kg.io.fsio``); a rebuild
fills a new data folder and swaps the marker in one rename.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.model import Article
    from kg.pipeline_records import ArticleRecord

RECORDS = "kg-records.pkl.gz"  # in the data folder: each article with its map record


def write_store(
    trig: Path,
    store: Path,
    sources: dict[str, str] | None = None,
    records: Iterable[tuple[Article, ArticleRecord]] | None = None,
) -> None:
    """(Re)build the store at ``store`` from a TriG export, atomically (build aside, swap).

    ``sources`` (article id -> file path) is kept beside the data so that `kg add` can tell
    two files with one name apart; by default the store's previous record is kept.
    ``records`` (every article with its record, in build order) go into the same data
    folder, so that `kg add` and `kg remove` replay them instead of parsing again.
    """
    import pyoxigraph as ox

    from kg.io.fsio import store_sources, swap_store

    def fill(location: Path) -> None:
        db = ox.Store(str(location))
        db.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
        db.optimize()
        db.flush()
        del db
        if records is not None:
            from kg.pipeline_records import write_records

            write_records(location / RECORDS, records)

    swap_store(store, fill, store_sources(store) if sources is None else sources)


def records_file(store: Path) -> Path | None:
    """The store's saved records, if it has them (a store written with ``records``)."""
    from kg.io.fsio import is_kg_store, store_location

    if not is_kg_store(store):
        return None
    path = store_location(store) / RECORDS
    return path if path.is_file() else None
