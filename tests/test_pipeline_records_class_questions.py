"""Map records: a rule asks the corpus the class it needs (a person? a place?) and whether
this article named a label, not the full type or whether a cluster exists, so a worker's
record holds when the corpus moves a name between two types of one class."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from kg.extract.context import ArticleContext
from kg.ingest.articles import make_article
from kg.lexicon import default_lexicon
from kg.pipeline import parse_stream
from kg.pipeline_records import ArticleRecord, Journal, extract_article, replay
from kg.resolve.resolver import ACTOR_TYPES, PLACE_TYPES, Cluster, Resolver
from kg.vocab import EntityType

E = EntityType


def _typed(label: str, kind: EntityType | None) -> Resolver:
    """A resolver whose one cluster ``label`` votes ``kind`` (none: no cluster)."""
    resolver = Resolver(default_lexicon(), spans=False)
    if kind is not None:
        resolver.clusters[label] = Cluster(label, votes=Counter({kind: 2}), articles={"a1"})
    return resolver


COARSE = [
    # the worker's type, the corpus's, the class asked, whether the record still holds
    (E.CITY, E.PLACE, PLACE_TYPES, True),
    (E.PLACE, E.CITY, (E.CITY, E.PLACE), True),
    (E.ORGANIZATION, E.CITY, (E.PERSON,), True),
    (E.CITY, E.ORGANIZATION, PLACE_TYPES, False),
    (E.ORGANIZATION, E.CITY, ACTOR_TYPES, False),
    (E.GROUP, E.PERSON, (E.PERSON,), False),
    (E.COUNTRY, E.CITY, (E.COUNTRY,), False),
    (E.ORGANIZATION, E.GROUP, (E.ORGANIZATION, E.GROUP), True),
]


@pytest.mark.parametrize(("worker", "corpus", "kinds", "holds"), COARSE)
def test_pipeline_records_class_answer_holds_within_the_class(
    worker: EntityType, corpus: EntityType, kinds: Any, holds: bool
) -> None:
    """A class question's record holds exactly when both types fall on one side of it."""
    journal = Journal(_typed("Tal Hamra", worker))
    assert journal.type_in("Tal Hamra", kinds) is (worker in kinds)
    record = ArticleRecord("a2", tuple(journal.ops), ())
    assert (replay(_typed("Tal Hamra", corpus), record) is None) is holds


def test_pipeline_records_full_type_answer_differs_within_a_class() -> None:
    """The full type's record breaks on a City / Place flip, where the class's holds."""
    journal = Journal(_typed("Tal Hamra", E.CITY))
    journal.type_of("Tal Hamra")
    record = ArticleRecord("a2", tuple(journal.ops), ())
    assert replay(_typed("Tal Hamra", E.PLACE), record) == 0


@pytest.mark.parametrize("log", [True, False])
@pytest.mark.parametrize("kind", [E.PERSON, E.CITY, E.PLACE, E.COUNTRY, E.ORGANIZATION, None])
def test_context_class_questions_agree_with_the_type(log: bool, kind: EntityType | None) -> None:
    """``etype_is`` / ``etype_in`` answer as the full type compared would, logged or not."""
    ctx = ArticleContext(
        default_lexicon().for_language("en"),
        Journal(_typed("Nadia Sorel", kind), log=log),
        "a2",
        None,
    )
    full = ctx.etype("Nadia Sorel")
    for one in EntityType:
        assert ctx.etype_is("Nadia Sorel", one) is (full is one)
    for kinds in (PLACE_TYPES, ACTOR_TYPES, (E.CITY, E.PLACE), ()):
        assert ctx.etype_in("Nadia Sorel", kinds) is (full in kinds)


NAMED = [
    # the worker's clusters (label: articles), the corpus's, whether the record holds
    ({}, {"Kassala": {"a1"}}, True),  # another article made the cluster: not named here
    ({"Kassala": {"a1"}}, {}, True),
    ({"Kassala": {"a2"}}, {"Kassala": {"a1", "a2"}}, True),
]


@pytest.mark.parametrize(("worker", "corpus", "holds"), NAMED)
def test_pipeline_records_named_here_holds_whoever_made_the_cluster(
    worker: dict[str, set[str]], corpus: dict[str, set[str]], holds: bool
) -> None:
    """Whether this article named a label is answered alike wherever the cluster came from;
    asking whether the cluster exists (the old form) breaks when another article made it."""

    def resolver(clusters: dict[str, set[str]]) -> Resolver:
        made = Resolver(default_lexicon(), spans=False)
        for label, articles in clusters.items():
            made.clusters[label] = Cluster(label, articles=set(articles))
        return made

    journal = Journal(resolver(worker))
    ctx = ArticleContext(default_lexicon().for_language("en"), journal, "a2", None)
    assert ctx.named_here("Kassala") is ("a2" in worker.get("Kassala", ()))
    record = ArticleRecord("a2", tuple(journal.ops), ())
    assert (replay(resolver(corpus), record) is None) is holds
    old = Journal(resolver(worker))
    cluster = old.clusters.get("Kassala")
    assert (cluster is not None and "a2" in cluster.articles) is ctx.named_here("Kassala")
    old_record = ArticleRecord("a2", tuple(old.ops), ())
    assert (replay(resolver(corpus), old_record) is None) is (bool(worker) == bool(corpus))


TEXTS = [
    "Governor Amara Okafor of Kaduna said she would visit Zaria on Monday.",
    "The Sahel Relief Agency, based in Niamey, said its convoy reached Agadez. It said "
    "the town was calm.",
    "Moldova's foreign minister, Ion Rusu, met Romanian officials in Iasi. He said the "
    "talks went well.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_pipeline_records_rules_ask_classes_not_types(nlp: Any, text: str) -> None:
    """An article's record holds class questions only: no rule asks the full type."""
    lexicon = default_lexicon()
    article = make_article(text, "c1", published="2015-05-20")
    ((article, paragraphs),) = list(parse_stream(nlp, [article]))
    journal = Journal(Resolver(lexicon, spans=False))
    extract_article(lexicon, journal, article, paragraphs)
    calls = Counter(name for name, _, _ in journal.ops)
    assert calls["type_in"] > 0, calls
    assert calls["type_of"] == 0, calls
    assert calls["cluster_has_article"] == 0, calls


_COMPARED = re.compile(r"\betype\([^()]*(?:\([^()]*\)[^()]*)*\)\s*(?:is|in|not in|==|!=)\s")


def test_extract_rules_compare_no_full_type() -> None:
    """No rule compares the full type where a class question does (``ctx.etype_is`` /
    ``ctx.etype_in``): the full type breaks a worker's record on a City / Place flip."""
    root = Path(__file__).resolve().parents[1] / "kg" / "extract"
    found = [
        f"{path.name}: {line.strip()}"
        for path in sorted(root.glob("*.py"))
        for line in path.read_text().splitlines()
        if _COMPARED.search(line)
    ]
    assert not found, found
    assert _COMPARED.search("if ctx.etype(para.links.get(i, '')) is EntityType.CITY:")


@pytest.mark.parametrize("log", [True, False])
def test_pipeline_records_class_answer_follows_a_write(log: bool) -> None:
    """A type read once between two writes is read again after a vote (worker, replay)."""
    worker = _typed("Tal Hamra", E.CITY)
    journal = Journal(worker, log=log)
    assert journal.type_in("Tal Hamra", (E.CITY,))
    assert not journal.type_in("Tal Hamra", (E.PERSON,))
    journal.add_vote("Tal Hamra", E.PERSON, 5)
    assert journal.type_in("Tal Hamra", (E.PERSON,))
    assert not journal.type_in("Tal Hamra", PLACE_TYPES)
    if log:
        record = ArticleRecord("a2", tuple(journal.ops), ())
        corpus = _typed("Tal Hamra", E.CITY)
        assert replay(corpus, record) is None
        assert corpus.type_of("Tal Hamra") is E.PERSON
        assert replay(_typed("Tal Hamra", E.PLACE), record) == 0  # asked "a city?" first
        # a corpus whose votes the write does not turn: the answer after the write breaks
        strong = _typed("Tal Hamra", E.CITY)
        strong.clusters["Tal Hamra"].votes[E.CITY] += 10
        assert replay(strong, record) == 3
