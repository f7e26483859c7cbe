"""What the process tests read of a running process from /proc: its children, and whether a
process has ended (gone, or a zombie waiting to be reaped)."""

from __future__ import annotations

import contextlib
from pathlib import Path


def child_pids(pid: int) -> set[int]:
    """The pids of the processes ``pid`` started that are still there."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            found |= {int(x) for x in (task / "children").read_text().split()}
    return found


def gone(pid: int) -> bool:
    """True once ``pid`` has exited (no longer listed, or a zombie)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0]
    except OSError:
        return True
    return state in "ZX"
