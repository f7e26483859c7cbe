"""Fewer records re-run on the driver: a worker keeps its resolver across the articles it
maps, and rules ask the corpus only what decides (``main_org``, an armed group's sector).
Whatever the worker knew, the driver's reduce gives the serial build's drafts and state."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from kg.extract import Paragraph
from kg.extract.role_owners import main_org
from kg.ingest.articles import make_article
from kg.lexicon import default_lexicon
from kg.model import Article
from kg.pipeline import parse_stream
from kg.pipeline_records import (
    Journal,
    extract_article,
    fresh,
    map_article,
    reduce_article,
    worker_resolver,
)
from kg.resolve.resolver import Resolver
from kg.vocab import EntityType

# a bare surname that only the first article makes a known person's
NAMED = "Amara Okonkwo-Bello met Tomasz Wierzbicki in Lagos on Monday."
SURNAME = "Wierzbicki criticized Nigeria. Okonkwo-Bello said she would visit Warsaw."
# an armed group whose cluster gets a sector from the first article's "militants"
MILITANTS = "Al-Shabab militants attacked Garissa on Monday."
GROUP = "Al-Shabab took the town of Baidoa. Troops shelled rebel positions near the town."


def _parsed(nlp: Any, *texts: str) -> list[tuple[Article, list[Paragraph]]]:
    articles = [make_article(t, f"w{i}", published="2024-03-04") for i, t in enumerate(texts)]
    return list(parse_stream(nlp, articles))


def _reduce(
    nlp: Any, texts: tuple[str, ...], keep: bool
) -> tuple[list[str | None], list[Any], Resolver, list[Any], Resolver]:
    """Map each text (on one worker resolver with ``keep``, else each alone) and reduce in
    order; also the serial build's drafts."""
    lexicon = default_lexicon()
    parsed = _parsed(nlp, *texts)
    corpus, serial = Resolver(lexicon), Resolver(lexicon)
    held: Resolver | None = None
    conflicts: list[str | None] = []
    drafts, expected = [], []
    for article, paragraphs in parsed:
        if keep:
            held = worker_resolver(held, lexicon)
        record = map_article(lexicon, article, fresh(paragraphs), held)
        done, conflict = reduce_article(
            corpus, lexicon, article, record, lambda p=paragraphs: fresh(p)
        )
        conflicts.append(conflict)
        drafts.append(list(done.drafts))
        journal = Journal(serial)
        expected.append(extract_article(lexicon, journal, article, fresh(paragraphs)))
    return conflicts, drafts, corpus, expected, serial


@pytest.mark.parametrize(
    ("texts", "keep", "conflicts"),
    [
        ((NAMED, SURNAME), False, [None, "canonical"]),  # alone, "Wierzbicki" is no one
        ((NAMED, SURNAME), True, [None, None]),  # the worker mapped the first article
        ((MILITANTS, GROUP), False, [None, None]),  # the gazetteer's sector is asked first
    ],
)
def test_pipeline_records_workers_reduce_equals_serial(
    nlp: Any, texts: tuple[str, ...], keep: bool, conflicts: list[str | None]
) -> None:
    """A record is re-run only where the worker's answer differs from the corpus's, and
    the reduce gives the serial drafts and entities either way."""
    got, drafts, corpus, expected, serial = _reduce(nlp, texts, keep)
    assert got == conflicts
    assert drafts == expected
    assert corpus.entities() == serial.entities()
    assert any(expected), "the articles yield claims"


def test_pipeline_records_workers_resolver_starts_afresh(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker keeps its resolver, but starts a new one for another lexicon or past the
    cluster limit."""
    import kg.pipeline_records as records

    lexicon = default_lexicon()
    first = worker_resolver(None, lexicon)
    assert worker_resolver(first, lexicon) is first
    other = Resolver.__new__(Resolver)
    other.lexicon, other.clusters = object(), {}  # type: ignore[assignment]
    assert worker_resolver(other, lexicon) is not other
    assert worker_resolver(other, lexicon).lexicon is lexicon
    monkeypatch.setattr(records, "WORKER_CLUSTERS", 1)
    first.ensure("Nigeria", "w0")
    assert worker_resolver(first, lexicon) is first
    first.ensure("Poland", "w0")
    assert worker_resolver(first, lexicon) is not first


@dataclass
class _Para:
    links: dict[int, str]


@dataclass
class _Clusters:
    def get(self, label: str) -> None:
        return None


@dataclass
class _Ctx:
    """The parts of an ArticleContext ``main_org`` reads, counting the types it asks."""

    types: dict[str, EntityType]
    asked: list[str] = field(default_factory=list)
    resolver: Any = None
    lx: Any = None

    def __post_init__(self) -> None:
        no_sector = staticmethod(lambda label, sectors: False)
        self.resolver = type("R", (), {"clusters": _Clusters(), "sector_in": no_sector})()
        self.lx = type("L", (), {"lookup": staticmethod(lambda label: None)})()

    def etype(self, label: str) -> EntityType:
        self.asked.append(label)
        return self.types[label]

    def etype_is(self, label: str, kind: EntityType) -> bool:
        return self.etype(label) is kind


def _eager(counts: dict[str, int], types: dict[str, EntityType]) -> str | None:
    """``main_org`` as it was: every label's type asked, then ranked."""
    org = EntityType.ORGANIZATION
    ranked = sorted(((n, x) for x, n in counts.items() if types[x] is org), reverse=True)
    if not ranked or ranked[0][0] < 4 or (len(ranked) > 1 and ranked[0][0] < 2 * ranked[1][0]):
        return None
    return ranked[0][1]


ORG, PER, CITY = EntityType.ORGANIZATION, EntityType.PERSON, EntityType.CITY


@pytest.mark.parametrize(
    ("named", "expected", "asked"),
    [
        ({"Unicef": (6, ORG), "Kano": (5, CITY), "Okafor": (2, PER)}, "Unicef", 2),
        ({"Unicef": (6, ORG), "Oxfam": (4, ORG), "Kano": (1, CITY)}, None, 2),
        ({"Unicef": (6, ORG), "Oxfam": (3, ORG), "Kano": (1, CITY)}, "Unicef", 1),
        ({"Kano": (9, CITY), "Okafor": (7, PER), "Unicef": (3, ORG)}, None, 2),
        ({"Unicef": (3, ORG), "Kano": (2, CITY)}, None, 0),
        ({"Okafor": (8, PER), "Unicef": (8, ORG), "Oxfam": (5, ORG)}, None, 3),
        (
            {"Okafor": (8, PER), "Unicef": (8, ORG), "Oxfam": (4, ORG), "Kano": (1, CITY)},
            "Unicef",
            2,
        ),
    ],
)
def test_pipeline_records_workers_main_org_asks_only_deciding_types(
    named: dict[str, tuple[int, EntityType]], expected: str | None, asked: int
) -> None:
    """``main_org`` picks what ranking every organisation picked, asking the types of the
    most named labels only (the corpus's answers a worker may not know)."""
    counts = {label: n for label, (n, _) in named.items()}
    types = {label: t for label, (_, t) in named.items()}
    # each label named ``n`` times, apart (a label's run of tokens counts once)
    links: dict[int, str] = {}
    at = 0
    for label, n in counts.items():
        for _ in range(n):
            links[at] = label
            at += 2
    ctx = _Ctx(types)
    got = main_org(ctx, [_Para(links)])  # type: ignore[arg-type]
    assert got == _eager(counts, types) == expected
    assert len(ctx.asked) == asked
