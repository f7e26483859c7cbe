"""A spool: values appended to a temporary file (a pickle stream) and read back in order, as
many times as needed, so that a build's draft claims wait on disk rather than in memory."""

from __future__ import annotations

import heapq
import itertools
import pickle
import tempfile
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, Generic, TypeVar

T = TypeVar("T")


class Spool(Generic[T]):
    """An append-only sequence kept in an anonymous temporary file (gone when closed or
    collected). Values are pickled in batches, so appending one costs no file write.

    >>> spool = Spool[int]()
    >>> spool.extend(range(3)); spool.append(7)
    >>> list(spool), list(spool), len(spool)
    ([0, 1, 2, 7], [0, 1, 2, 7], 4)
    """

    def __init__(self, batch: int = 256) -> None:
        # the spool owns the file for its whole life (closed by close() or when collected)
        self._file: IO[bytes] = tempfile.TemporaryFile(prefix="kg-spool-")  # noqa: SIM115
        self._buffer: list[T] = []
        self._batch = batch
        self._held = 0  # the buffer's weight
        self._count = 0

    def append(self, value: T, weight: int = 1) -> None:
        """Add ``value``; a batch is written once its values weigh ``batch`` (``weight``: what
        this one counts, for values of unequal size), so a batch read back is that small."""
        self._buffer.append(value)
        self._count += 1
        self._held += weight
        if self._held >= self._batch:
            self._flush()

    def extend(self, values: Iterable[T]) -> None:
        for value in values:
            self.append(value)

    def flush(self) -> None:
        """Write the values still buffered to the file."""
        self._flush()

    def _flush(self) -> None:
        if self._buffer:
            self._file.seek(0, 2)
            pickle.dump(self._buffer, self._file, protocol=pickle.HIGHEST_PROTOCOL)
            self._buffer = []
            self._held = 0

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[T]:
        self._flush()
        self._file.seek(0)
        end = self._file.seek(0, 2)
        position = 0
        while position < end:
            self._file.seek(position)
            batch: list[T] = pickle.load(self._file)  # written by this object only
            position = self._file.tell()
            yield from batch

    def close(self) -> None:
        self._file.close()


RUN = 8_192
"""Values a ``SortedSpool`` sorts in memory at a time (one run); more go to disk in runs."""

BATCH = 64
"""What one batch of a run weighs (values, or ``weight`` units): a merge holds one batch of
each run it reads."""

FAN_IN = 16
"""Runs of one size merged into one bigger run on disk as soon as there are this many, so a
merge reads at most ``FAN_IN - 1`` runs of each size (a few tens, whatever the values)."""


class SortedSpool(Generic[T]):
    """Values sorted by ``key``, re-iterable: up to ``run`` of them are sorted in memory; past
    that, each ``run`` values are sorted into a run on disk and every iteration merges the runs
    (``heapq.merge``: among equal keys, the one added first comes first). With ``unique``, only
    the first value added of each key is kept (what ``dict.setdefault`` then sorting gives).
    ``weight``: what one value counts towards a run and a batch of it (default 1), for values
    of unequal size. ``fan_in`` runs of one size are merged into one on disk (``FAN_IN``), so
    a merge holds a bounded number of batches: memory does not grow with the values.

    >>> values = SortedSpool(["bb", "a", "ba", "c", "ab"], key=lambda v: v[0], run=2, unique=True)
    >>> list(values), list(values), len(values), values.on_disk
    (['a', 'bb', 'c'], ['a', 'bb', 'c'], 3, True)
    >>> small = SortedSpool([3, 1, 2], key=lambda v: v)
    >>> small.in_memory(), small.on_disk
    ([1, 2, 3], False)
    """

    def __init__(
        self,
        values: Iterable[T],
        key: Callable[[T], Any],
        *,
        run: int | None = None,
        unique: bool = False,
        weight: Callable[[T], int] | None = None,
        fan_in: int | None = None,
    ) -> None:
        run = run or RUN
        self._unique = unique
        self._weight = weight
        self._fan_in = max(2, fan_in or FAN_IN)
        self._runs: list[Spool[tuple[Any, T]]] = []
        self._levels: list[int] = []  # each run's size: merged from fan_in ** level runs
        self._memory: list[tuple[Any, T]] | None = None
        self._count: int | None = None
        buffer: dict[Any, T] | list[tuple[Any, T]] = {} if unique else []
        held = 0  # the buffer's weight: its values, or what ``weight`` counts in them
        for value in values:
            k = key(value)
            if isinstance(buffer, dict):
                buffer.setdefault(k, value)
            else:
                buffer.append((k, value))
            held += weight(value) if weight is not None else 1
            if held >= run:
                self._spill(buffer)
                buffer = {} if unique else []
                held = 0
        if not self._runs:
            self._memory = _sorted(buffer)
            self._count = len(self._memory)
        elif buffer:
            self._spill(buffer)

    def _spill(self, buffer: dict[Any, T] | list[tuple[Any, T]]) -> None:
        self._write_run(_sorted(buffer), 0)

    def _write_run(self, items: Iterable[tuple[Any, T]], level: int) -> None:
        """A sorted run to disk; ``fan_in`` runs of one level become one run of the next
        (they are consecutive, so the merge keeps the order in which values were added)."""
        # small batches: a merge holds one batch of each run in memory
        spool: Spool[tuple[Any, T]] = Spool(batch=BATCH)
        weight = self._weight
        for item in items:
            spool.append(item, 1 if weight is None else weight(item[1]))
        spool.flush()  # nothing of a run stays in memory
        self._runs.append(spool)
        self._levels.append(level)
        fan_in = self._fan_in
        if len(self._levels) >= fan_in and self._levels[-fan_in] == level:
            group = self._runs[-fan_in:]
            del self._runs[-fan_in:], self._levels[-fan_in:]
            self._write_run(self._merge(group), level + 1)
            for run in group:
                run.close()

    @property
    def on_disk(self) -> bool:
        """Whether the values went to disk (more than one run of them)."""
        return self._memory is None

    @property
    def runs(self) -> int:
        """Runs on disk an iteration merges (0 when the values are in memory)."""
        return len(self._runs)

    def in_memory(self) -> list[T] | None:
        """The sorted values as a list when they fit in one run, else None."""
        return None if self._memory is None else [v for _, v in self._memory]

    def __iter__(self) -> Iterator[T]:
        if self._memory is not None:
            return (v for _, v in self._memory)
        return (v for _, v in self._merge(self._runs))

    def _merge(self, runs: list[Spool[tuple[Any, T]]]) -> Iterator[tuple[Any, T]]:
        """The (key, value) pairs of ``runs`` merged by key (the first of a key first; with
        ``unique``, only it)."""
        merged = heapq.merge(*runs, key=_first)
        if not self._unique:
            return merged
        return (next(group) for _, group in itertools.groupby(merged, key=_first))

    def __len__(self) -> int:
        if self._count is None:
            self._count = sum(1 for _ in self)
        return self._count

    def close(self) -> None:
        for spool in self._runs:
            spool.close()


def _first(item: tuple[Any, Any]) -> Any:
    return item[0]


def _sorted(buffer: dict[Any, T] | list[tuple[Any, T]]) -> list[tuple[Any, T]]:
    """A run's (key, value) pairs sorted by key (stable: equal keys keep their order)."""
    items = list(buffer.items()) if isinstance(buffer, dict) else buffer
    items.sort(key=_first)
    return items
