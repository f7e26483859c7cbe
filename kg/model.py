"""The core data model: articles, mentions, entities, evidence and qualified relations.

Frozen, slotted dataclasses: once a stage has produced a value, later stages can share it
without copying and nothing can change it behind their back. spaCy and rdflib objects never
appear here.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, overload

from kg.vocab import EntityType, EventType, Predicate, Status, short_hash


class Offsets(Sequence[int]):
    """An immutable sequence of increasing positions, stored as runs of consecutive values.

    Cleaning copies most characters one for one, so ``offsets`` of an article is a few runs
    (one per collapsed space or joined line); a tuple of ints costs ~36 bytes a character,
    a whole corpus of them more than everything else a build keeps.

    >>> o = Offsets([0, 1, 2, 5, 6, 6, 9])
    >>> list(o), o[3], o[-1], len(o), o.runs
    ([0, 1, 2, 5, 6, 6, 9], 5, 9, 7, 4)
    """

    __slots__ = ("_bases", "_length", "_starts")

    def __init__(self, values: Iterable[int] = ()) -> None:
        starts, bases = array("q"), array("q")
        length, last = 0, -2
        for index, value in enumerate(values):
            if value != last + 1:
                starts.append(index)
                bases.append(value)
            last, length = value, index + 1
        self._starts, self._bases, self._length = starts, bases, length

    @property
    def runs(self) -> int:
        """How many runs of consecutive values the sequence holds."""
        return len(self._starts)

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[int]: ...
    def __getitem__(self, index: int | slice) -> int | Sequence[int]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(self._length)))
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("offset index out of range")
        run = bisect_right(self._starts, index) - 1
        return self._bases[run] + index - self._starts[run]

    def __iter__(self) -> Iterator[int]:
        ends = [*self._starts[1:], self._length] if self._starts else []
        for start, end, base in zip(self._starts, ends, self._bases, strict=True):
            yield from range(base, base + end - start)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Offsets):
            return (self._length, self._starts, self._bases) == (
                other._length,
                other._starts,
                other._bases,
            )
        if isinstance(other, Sequence):
            same = len(other) == self._length
            return same and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self._length, self._starts.tobytes(), self._bases.tobytes()))

    def __repr__(self) -> str:
        return f"Offsets({len(self)} positions in {self.runs} runs)"

    def __reduce__(self) -> tuple[Any, ...]:
        return (_offsets, (self._length, self._starts, self._bases))


def _offsets(length: int, starts: array[int], bases: array[int]) -> Offsets:
    made = Offsets()
    made._length, made._starts, made._bases = length, starts, bases
    return made


@dataclass(frozen=True, slots=True)
class Article:
    """One input document after cleaning.

    ``offsets[i]`` is the index in ``raw`` of character ``i`` of ``text``, so any span of the
    cleaned text maps back to the original file (any sequence of ints is kept as ``Offsets``).
    """

    id: str
    path: str
    raw: str
    text: str
    offsets: Sequence[int]
    paragraphs: tuple[tuple[int, int], ...]
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    language: str = "en"
    sha256: str = ""  # of the raw text: `kg add` skips an article it already holds
    author: str | None = None  # byline: a sidecar's, a page's or a feed entry's

    def __post_init__(self) -> None:
        if not isinstance(self.offsets, Offsets):
            object.__setattr__(self, "offsets", Offsets(self.offsets))

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of the cleaned text to the raw file."""
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else len(self.raw)
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of an article's cleaned text that names (or refers back to) an entity."""

    article: str
    start: int
    end: int
    text: str
    label: str
    kind: str = "name"  # name | pronoun | title | demonym | collective


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world actor or place, with every name it goes by."""

    id: str
    label: str
    type: EntityType
    aliases: tuple[str, ...] = ()
    qid: str | None = None
    iso: str | None = None
    country: str | None = None  # ISO 3166 alpha-2 of the country the entity belongs to
    sector: str | None = None  # sector code of a collective actor or body (kg/data/sectors.json)
    mentions: int = 0
    articles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a claim comes from: the sentence and its offsets in the ORIGINAL file."""

    article: str
    sentence: str
    start: int
    end: int

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as a constructor call (a build spools its evidence to disk): a slotted
        dataclass's default pickling looks its fields up again for every object."""
        return Evidence, (self.article, self.sentence, self.start, self.end)


@dataclass(frozen=True, slots=True)
class Qualifiers:
    """What qualifies a claim: its status, when, where, under which title, CAMEO code and
    PLOVER event type (derived from the CAMEO code, so not part of a relation's key)."""

    status: Status = Status.OCCURRED
    date: str | None = None
    place: str | None = None
    title: str | None = None
    cameo: str | None = None
    event: EventType | None = None


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed, qualified claim ``subject predicate object`` with its evidence.

    ``object`` is an entity id, or ``None`` when the object is the literal ``value``
    (the quote of a ``stated`` claim).
    """

    subject: str
    predicate: Predicate
    object: str | None
    qualifiers: Qualifiers = field(default_factory=Qualifiers)
    evidence: Evidence | None = None
    confidence: float = 0.5
    value: str | None = None

    def key(self) -> tuple[str, ...]:
        """Identity of the claim, evidence included; used to deduplicate and to mint IRIs."""
        q = self.qualifiers
        ev = self.evidence
        return (
            self.subject,
            self.predicate.value,
            self.object or "",
            self.value or "",
            q.status.value,
            q.date or "",
            q.place or "",
            q.title or "",
            q.cameo or "",
            ev.article if ev else "",
            str(ev.start) if ev else "",
            str(ev.end) if ev else "",
        )

    @property
    def statement_id(self) -> str:
        """Stable id of the claim's statement node, from its full content."""
        return short_hash(*self.key(), length=16)
