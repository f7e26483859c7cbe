"""The persistent Oxigraph store: bulk-load the exported graph into a folder, one named
graph per article, then optimise it so `kg query --store` and `kg serve` open it instantly.

The folder holds a marker file naming the current data folder (see ``kg.io.fsio``); a rebuild
fills a new data folder and swaps the marker in one rename.
"""

from __future__ import annotations

from pathlib import Path


def write_store(trig: Path, store: Path, sources: dict[str, str] | None = None) -> None:
    """(Re)build the store at ``store`` from a TriG export, atomically (build aside, swap).

    ``sources`` (article id -> file path) is kept beside the data so that `kg add` can tell
    two files with one name apart; by default the store's previous record is kept.
    """
    import pyoxigraph as ox

    from kg.io.fsio import store_sources, swap_store

    def fill(location: Path) -> None:
        db = ox.Store(str(location))
        db.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
        db.optimize()
        db.flush()
        del db

    swap_store(store, fill, store_sources(store) if sources is None else sources)
