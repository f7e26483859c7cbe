"""Safe file-system steps for the writers: exports staged and renamed as a group, the store
behind a pointer file swapped in one atomic rename, a PID lock on a store, and the checks that
keep kg from writing over a folder that is not its own (over a file: ``kg.io.ownership``).
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import secrets
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from kg.errors import GraphError, KgError
from kg.io.ownership import check_folder, check_targets

STORE_MARKER = ".kg-store"  # JSON: {"format": 1, "current": "data-…", "sources": {id: path}}
STORE_LOCK = ".kg-lock"
LOCK_WAIT = 10.0  # seconds a second writer waits for the first (KG_LOCK_WAIT overrides)
STALE_AFTER = 600.0  # a temporary file older than this is left over from a killed run
_ROCKSDB_NAMES = ("CURRENT", "IDENTITY", "LOCK", "LOG")
_ROCKSDB_PREFIXES = ("MANIFEST-", "OPTIONS-", "LOG.old")
_ROCKSDB_SUFFIXES = (".sst", ".log", ".blob")
EXPORT_NAMES = ("graph.ttl", "relations.jsonl", "entities.jsonl")


def _is_rocksdb_file(name: str) -> bool:
    return (
        name in _ROCKSDB_NAMES
        or name.startswith(_ROCKSDB_PREFIXES)
        or name.endswith(_ROCKSDB_SUFFIXES)
    )


def _legacy_store(path: Path) -> bool:
    """A store written by an older kg: the RocksDB files directly in the folder."""
    return (path / "CURRENT").is_file() and any(path.glob("OPTIONS-*"))


def is_kg_store(path: Path) -> bool:
    """True for a folder kg made a store of (marker file, or an older kg's bare store)."""
    return path.is_dir() and ((path / STORE_MARKER).is_file() or _legacy_store(path))


def check_store_target(path: Path, force: bool = False) -> None:
    """Refuse to build a store in ``path`` when it holds anything else than a kg store.

    kg never deletes files it did not write; ``force`` lets the store sit beside them.
    """
    if path.exists() and not path.is_dir():
        raise KgError(f"--store {path}: is a file, not a folder. Choose a folder for the store.")
    if not path.is_dir() or is_kg_store(path) or force:
        return
    others = sorted(p.name for p in path.iterdir() if p.name != STORE_LOCK)
    if others:
        shown = ", ".join(others[:3]) + (", …" if len(others) > 3 else "")
        raise KgError(
            f"--store {path}: holds files that are not a kg store ({shown}). "
            "Choose a new or empty folder (e.g. output/store), or pass --force to put "
            "the store beside them."
        )


def _read_marker(store: Path) -> dict[str, Any]:
    try:
        data = json.loads((store / STORE_MARKER).read_text("utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GraphError(
            f"{store / STORE_MARKER}: unreadable store marker ({exc}). "
            f"Rebuild the store with `kg build ... --store {store}`."
        ) from exc
    if not isinstance(data, dict) or not isinstance(data.get("current"), str):
        raise GraphError(
            f"{store / STORE_MARKER}: not a kg store marker. Rebuild with `kg build --store`."
        )
    return data


def store_location(store: Path) -> Path:
    """The folder Oxigraph opens for the kg store ``store`` (the pointer file's target)."""
    if (store / STORE_MARKER).is_file():
        data = _read_marker(store)
        location = store / Path(data["current"]).name
        if not (location / "CURRENT").is_file():
            raise GraphError(
                f"{store}: the store's data folder {location.name} is missing or damaged. "
                f"Rebuild it with `kg build ... --store {store}`."
            )
        return location
    if _legacy_store(store):
        return store
    raise GraphError(f"{store}: no kg store here. Create one with `kg build ... --store {store}`.")


def store_sources(store: Path) -> dict[str, str]:
    """Article id -> the resolved file path it was read from, as the store recorded it."""
    if not (store / STORE_MARKER).is_file():
        return {}
    sources = _read_marker(store).get("sources") or {}
    return {str(k): str(v) for k, v in sources.items()} if isinstance(sources, dict) else {}


def swap_store(
    store: Path, fill: Callable[[Path], None], sources: dict[str, str] | None = None
) -> None:
    """Build a new data folder inside ``store`` with ``fill``, then point the marker at it.

    The marker is replaced by one ``os.replace``: after a crash at any moment the store is
    the old one or the new one, whole. Data folders and temporaries the marker does not name
    are removed here, so a killed run leaves nothing behind after the next one.
    """
    store.mkdir(parents=True, exist_ok=True)
    name = f"data-{secrets.token_hex(6)}"
    tmp = store / f".tmp-{name}"
    try:
        fill(tmp)
        tmp.rename(store / name)
        marker = {"format": 1, "current": name, "sources": dict(sorted((sources or {}).items()))}
        write_group([(store / STORE_MARKER, lambda: json.dumps(marker, indent=1) + "\n")])
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.rmtree(store / name, ignore_errors=True)
        raise
    clean_store(store)


def clean_store(store: Path) -> None:
    """Remove what the marker does not point at: old data folders, temporaries, and the
    RocksDB files of an older kg's store that the new layout replaced."""
    if not (store / STORE_MARKER).is_file():
        return
    current = Path(_read_marker(store)["current"]).name
    for child in store.iterdir():
        name = child.name
        if child.is_dir() and name != current and name.startswith(("data-", ".tmp-data-")):
            shutil.rmtree(child, ignore_errors=True)
        elif child.is_file() and _is_rocksdb_file(name):
            child.unlink(missing_ok=True)
    # temporaries of the older two-rename swap, beside the store
    for child in store.parent.glob(f".{store.name}.*"):
        if child.is_dir() and (not any(child.iterdir()) or (child / "CURRENT").exists()):
            shutil.rmtree(child, ignore_errors=True)


@contextlib.contextmanager
def store_lock(store: Path, wait: float | None = None) -> Iterator[None]:
    """Hold an exclusive lock on ``store`` (a lock file with the holder's PID).

    A second writer waits up to ``wait`` seconds (``$KG_LOCK_WAIT``, default 10) and then
    fails with a message naming the holder. The kernel releases the lock if the holder dies.
    """
    if wait is None:
        try:
            wait = float(os.environ.get("KG_LOCK_WAIT", LOCK_WAIT))
        except ValueError:
            wait = LOCK_WAIT
    if store.exists() and not store.is_dir():
        raise KgError(f"--store {store}: is a file, not a folder. Choose a folder for the store.")
    try:
        store.mkdir(parents=True, exist_ok=True)
        fd = os.open(store / STORE_LOCK, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise KgError(f"--store {store}: cannot be written ({exc.strerror}).") from exc
    try:
        deadline = time.monotonic() + max(0.0, wait)
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
                    raise KgError(
                        f"--store {store}: in use by another kg process (pid {holder}). "
                        "Wait for it to finish, then run the command again."
                    ) from None
                time.sleep(0.1)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _prepare_dir(folder: Path) -> None:
    check_folder(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KgError(
            f"{folder}: cannot be created ({exc.strerror}). Choose a writable folder."
        ) from exc


def clean_temporaries(folder: Path, names: Iterable[str], older_than: float = STALE_AFTER) -> None:
    """Remove temporaries ``.NAME.*.tmp`` a killed run left in ``folder``."""
    now = time.time()
    for name in names:
        for tmp in folder.glob(f".{name}.*.tmp"):
            with contextlib.suppress(OSError):
                if now - tmp.stat().st_mtime > older_than:
                    tmp.unlink()


@dataclass(frozen=True, slots=True)
class Streamed:
    """A file's content written straight to the open (binary) file, for an export too big to
    hold as one string: ``write`` streams it out."""

    write: Callable[[IO[bytes]], None]


def write_group(files: Iterable[tuple[Path, Callable[[], str | Streamed]]]) -> list[Path]:
    """Write several files so that either all are replaced or none is.

    Each text is produced (or streamed, see ``Streamed``) and written to a temporary file
    beside its target (fsynced);
    only when every one is on disk are they renamed over the targets. A full disk or a
    read-only folder raises a one-line KgError and leaves every previous file as it was; so
    does a target kg did not write (``kg.io.ownership.check_targets``), before any work.
    """
    files = list(files)
    check_targets(path for path, _ in files)  # before any text is produced
    staged: list[tuple[Path, str]] = []
    try:
        for path, produce in files:
            _prepare_dir(path.parent)
            clean_temporaries(path.parent, [path.name])
            staged.append((path, _write_temp(path, produce())))
        for path, tmp in staged:
            os.replace(tmp, path)
    except OSError as exc:
        where = exc.filename or (staged[-1][0] if staged else "the output folder")
        raise KgError(
            f"cannot write {where} ({exc.strerror or exc}); the previous files are unchanged. "
            "Free disk space or choose a writable folder."
        ) from exc
    finally:
        for _, tmp in staged:
            Path(tmp).unlink(missing_ok=True)
    return [path for path, _ in staged]


def _write_temp(path: Path, text: str | Streamed) -> str:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            if isinstance(text, Streamed):
                text.write(handle)
            elif isinstance(text, str):
                handle.write(text.encode("utf-8"))
            else:
                raise TypeError(f"{path}: cannot write a {type(text).__name__}")
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)  # mkstemp creates 0600; exports are meant to be shared
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return tmp


def holds_exports(folder: Path) -> bool:
    """True for a folder that holds kg's exports (so it is not read back as articles)."""
    return all((folder / name).is_file() for name in EXPORT_NAMES)


def open_store(store: Path) -> Any:
    """The kg store at ``store`` opened read-only with pyoxigraph; a damaged one is a
    GraphError naming the folder."""
    import pyoxigraph as ox

    location = store_location(store)
    try:
        return ox.Store.read_only(str(location))
    except (OSError, ValueError, RuntimeError) as exc:
        raise GraphError(
            f"{store}: the store cannot be opened ({str(exc).splitlines()[0][:200]}). "
            f"Rebuild it with `kg build ... --store {store}`."
        ) from exc
