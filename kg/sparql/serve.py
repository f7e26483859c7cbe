"""`kg serve`: the real Oxigraph SPARQL 1.1 server, read-only, over a kg store.

Binds to loopback unless told otherwise and stops any query after a timeout.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from kg.errors import GraphError


def server_command(store: Path, bind: str = "127.0.0.1:7878", timeout: int = 30) -> list[str]:
    """The oxigraph command line that serves ``store`` read-only."""
    exe = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(exe).exists():
        raise GraphError("the `oxigraph` server is not installed; run `make run` (pip oxigraph).")
    from kg.io.fsio import store_location

    location = store_location(store)
    return [
        exe,
        "serve-read-only",
        "--location",
        str(location),
        "--bind",
        bind,
        "--union-default-graph",
        "--timeout-s",
        str(timeout),
    ]


def serve(store: Path, bind: str = "127.0.0.1:7878", timeout: int = 30) -> int:
    """Run the server in the foreground until interrupted."""
    command = server_command(store, bind, timeout)
    print(f"SPARQL endpoint: http://{bind}/query (read-only; Ctrl-C stops)", flush=True)
    try:
        return subprocess.call(command)
    except KeyboardInterrupt:
        return 0
