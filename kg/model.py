"""The core data model: articles, mentions, entities, evidence and qualified relations.

Frozen, slotted dataclasses: once a stage has produced a value, later stages can share it
without copying and nothing can change it behind their back. spaCy and rdflib objects never
appear here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.vocab import EntityType, EventType, Predicate, Status, short_hash


@dataclass(frozen=True, slots=True)
class Article:
    """One input document after cleaning.

    ``offsets[i]`` is the index in ``raw`` of character ``i`` of ``text``, so any span of the
    cleaned text maps back to the original file.
    """

    id: str
    path: str
    raw: str
    text: str
    offsets: tuple[int, ...]
    paragraphs: tuple[tuple[int, int], ...]
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    language: str = "en"
    sha256: str = ""  # of the raw text: `kg add` skips an article it already holds

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
