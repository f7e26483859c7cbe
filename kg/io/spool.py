"""A spool: values appended to a temporary file (a pickle stream) and read back in order, as
many times as needed, so that a build's draft claims wait on disk rather than in memory."""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Iterable, Iterator
from typing import IO, Generic, TypeVar

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
        self._count = 0

    def append(self, value: T) -> None:
        self._buffer.append(value)
        self._count += 1
        if len(self._buffer) >= self._batch:
            self._flush()

    def extend(self, values: Iterable[T]) -> None:
        for value in values:
            self.append(value)

    def _flush(self) -> None:
        if self._buffer:
            self._file.seek(0, 2)
            pickle.dump(self._buffer, self._file, protocol=pickle.HIGHEST_PROTOCOL)
            self._buffer = []

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
