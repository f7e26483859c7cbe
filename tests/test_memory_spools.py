"""Memory bounded by entities: sorted spools merge a bounded number of small batches, a
cluster keeps its articles as numbers, an article's metadata shares what articles share."""

from __future__ import annotations

import gc
import io
import math
import pickle
import random
from dataclasses import replace

import pytest

import kg.io.spool as spool_module
from kg import load
from kg.graph.core import KnowledgeGraph
from kg.io.rdfstream import _Iris, write_rdf
from kg.io.spool import SortedSpool, Spool
from kg.lexicon import default_lexicon
from kg.model import Article
from kg.pipeline import _meta
from kg.resolve.article_set import ArticleNumbers, ArticleSet
from kg.resolve.resolver import Cluster, Resolver


@pytest.mark.parametrize(
    ("count", "keys", "run", "fan_in", "unique"),
    [
        (1_000, 50, 7, 2, False),
        (1_000, 50, 7, 2, True),
        (1_000, 1_000, 10, 3, True),
        (500, 5, 3, 4, False),
        (300, 300, 1, 16, False),
        (64, 8, 8, 8, True),  # exactly fan_in runs: merged into one
    ],
)
def test_spool_fan_in_merges_read_as_one_stable_sort(
    count: int, keys: int, run: int, fan_in: int, unique: bool
) -> None:
    """Runs merged on disk ``fan_in`` at a time read back as one stable sort (the first
    added of a key first, or alone with ``unique``), with few runs left to merge."""
    rng = random.Random(count + keys + run)
    values = [(rng.randrange(keys), order) for order in range(count)]
    spooled = SortedSpool(values, key=lambda v: v[0], run=run, fan_in=fan_in, unique=unique)
    expected = sorted(values, key=lambda v: v[0])
    if unique:
        expected = list({v[0]: v for v in reversed(expected)}.values())[::-1]
    assert list(spooled) == expected
    assert list(spooled) == expected, "read twice"
    levels = math.ceil(math.log(count / run, fan_in)) + 1
    assert 1 <= spooled.runs <= (fan_in - 1) * levels


def test_spool_without_fan_in_limit_keeps_every_run() -> None:
    """With a fan-in past the number of runs, no run is merged on disk (the test above can
    tell merged runs from unmerged ones)."""
    spooled = SortedSpool(range(100, 0, -1), key=lambda v: v, run=10, fan_in=1_000)
    assert spooled.runs == 10
    assert list(spooled) == list(range(1, 101))


class Heavy:
    """A value the garbage collector can count, weighing ``size``."""

    def __init__(self, n: int, size: int) -> None:
        self.n, self.size = n, size


@pytest.mark.parametrize(("size", "most"), [(1, 64), (16, 4), (64, 1), (500, 1)])
def test_spool_merge_holds_batches_of_bounded_weight(size: int, most: int) -> None:
    """A merge holds one batch of each run, and a batch weighs about ``BATCH``: values of
    weight ``size`` come back ``most`` at a time from each run, not 64 whatever they weigh."""
    assert spool_module.BATCH == 64
    spooled = SortedSpool(
        (Heavy(n, size) for n in range(2_000, 0, -1)),
        key=lambda v: v.n,
        run=500 * size,
        weight=lambda v: v.size,
        fan_in=1_000,
    )
    reading = iter(spooled)
    assert next(reading).n == 1
    gc.collect()
    alive = sum(1 for o in gc.get_objects() if isinstance(o, Heavy))
    assert spooled.runs == 4
    assert alive <= spooled.runs * most


def test_spool_append_weight_ends_a_batch() -> None:
    """A spool writes a batch once its values weigh ``batch``: heavy values go out alone."""
    spool: Spool[str] = Spool(batch=10)
    spool.append("light")
    assert spool._buffer == ["light"]
    spool.append("heavy", weight=9)
    assert spool._buffer == []
    assert list(spool) == ["light", "heavy"]


@pytest.mark.parametrize(
    "adds",
    [
        ["A1", "A2", "A3"],
        ["A3", "A1", "A2", "A1"],  # out of order: inserted in place
        ["A2", "A2", "A2"],
        [],
        [f"B{n}" for n in random.Random(7).sample(range(300), 120)],
    ],
)
def test_article_set_answers_as_a_set_of_ids(adds: list[str]) -> None:
    """An ``ArticleSet`` answers membership, length, iteration, equality and set algebra as
    the ``set`` of the same ids; other sets' ids share its table."""
    table = ArticleNumbers()
    ArticleSet(table, ["Z9", "A2"])  # another cluster numbered some ids first
    compact, plain = ArticleSet(table), set()
    for article in adds:
        compact.add(article)
        plain.add(article)
    assert len(compact) == len(plain)
    assert set(compact) == plain
    assert compact == plain
    assert all(a in compact for a in plain)
    assert "Z9" not in compact
    assert "never" not in compact
    assert 3 not in compact
    assert compact | {"Q"} == plain | {"Q"}
    if plain:
        gone = sorted(plain)[0]
        compact.discard(gone)
        assert gone not in compact
        assert len(compact) == len(plain) - 1


def test_article_set_pickles_with_one_shared_table() -> None:
    """Clusters' article sets pickle with their resolver's one table and read back equal."""
    table = ArticleNumbers()
    one, two = ArticleSet(table, ["x", "y"]), ArticleSet(table, ["y", "z"])
    back_one, back_two = pickle.loads(pickle.dumps((one, two)))
    assert (back_one, back_two) == ({"x", "y"}, {"y", "z"})
    assert back_one._table is back_two._table
    back_two.add("w")
    assert "w" in back_two
    assert back_one._table.find("w") == 3


def test_resolver_clusters_keep_articles_as_numbers() -> None:
    """The resolver's clusters keep their articles in an ``ArticleSet`` of its one table;
    a resolver saved by an earlier version (clusters with sets, no table) goes on."""
    resolver = Resolver(default_lexicon(), spans=False)
    assert resolver.ensure("Germany", "art-1")
    assert resolver.ensure("Germany", "art-2")
    assert resolver.ensure("France", "art-2")
    germany, france = resolver.clusters["Germany"], resolver.clusters["France"]
    assert isinstance(germany.articles, ArticleSet)
    assert germany.articles._table is france.articles._table
    assert germany.articles == {"art-1", "art-2"}
    assert "art-2" in france.articles
    old = Resolver.__new__(Resolver)
    vars(old).update({k: v for k, v in vars(resolver).items() if k != "_numbers"})
    old.clusters = {"Zorvath": Cluster("Zorvath", articles={"art-0"})}
    assert old.ensure("Zorvath", "art-1")
    assert old.ensure("France", "art-3")
    assert old.clusters["Zorvath"].articles == {"art-0", "art-1"}
    assert old.clusters["France"].articles == {"art-3"}
    entities, _, _ = old.entities()
    assert sorted(a for e in entities.values() for a in e.articles) == ["art-0", "art-1", "art-3"]


def test_pipeline_meta_shares_what_articles_share() -> None:
    """An article's metadata drops its text, and shares its empty offsets, publisher and date
    with the other articles' (one object each, not one per article)."""
    made = [
        Article(
            id=f"a{n}",
            path=f"a{n}.txt",
            raw="Text.",
            text="Text.",
            offsets=range(5),
            paragraphs=((0, 5),),
            published="".join(["2015-06-", "01"]),
            source="".join(["Daily ", "Planet"]),
        )
        for n in range(2)
    ]
    assert made[0].source is not made[1].source
    one, two = (_meta(a) for a in made)
    assert one == replace(made[0], raw="", text="", offsets=(), paragraphs=())
    assert one.offsets is two.offsets
    assert one.source is two.source
    assert one.published is two.published


@pytest.mark.parametrize("fmt", ["turtle", "trig"])
def test_rdfstream_article_nodes_kept_few_write_the_same_bytes(
    fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Article nodes made again once the writer's few kept ones are dropped give the same
    file, byte for byte, as nodes kept for the whole write."""
    seed = load("output/graph.ttl")
    (article,) = seed.articles.values()
    ids = [f"copy-{n}" for n in range(3)]
    claims = [
        replace(r, evidence=replace(r.evidence, article=ids[i % 3])) if r.evidence else r
        for i, r in enumerate(seed.claims)
    ]
    articles = {k: replace(article, id=k) for k in ids}
    graph = KnowledgeGraph(entities=seed.entities, claims=claims, articles=articles)
    whole, few = io.BytesIO(), io.BytesIO()
    write_rdf(graph, fmt, whole)
    monkeypatch.setattr(_Iris, "ARTICLE_NODES", 1)
    write_rdf(graph, fmt, few)
    assert few.getvalue() == whole.getvalue()
    iris = _Iris()
    for article_id in graph.articles:
        iris.article(article_id)
    assert len(iris.articles) == 1
