"""The persistent Oxigraph store: bulk-load the exported graph into a folder, one named
graph per article, then optimise it so `kg query --store` and `kg serve` open it instantly.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path


def write_store(trig: Path, store: Path) -> None:
    """(Re)build the store at ``store`` from a TriG export, atomically (build aside, swap)."""
    import pyoxigraph as ox

    store.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{store.name}.", dir=store.parent))
    try:
        db = ox.Store(str(tmp))
        db.bulk_load(path=str(trig), format=ox.RdfFormat.TRIG)
        db.optimize()
        db.flush()
        del db
        old = store.with_name(f".{store.name}.old")
        if store.exists():
            shutil.rmtree(old, ignore_errors=True)
            store.rename(old)
        tmp.rename(store)
        shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
