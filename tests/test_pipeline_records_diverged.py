"""A driver's re-run whose rules leave the record's calls (rules that are not deterministic,
a bug of kg) loses nothing: the rules run on with the corpus's answers, the article's claims
are all there, the build's output is the serial build's, and one line says where."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

import pytest

import kg.pipeline_records as records
from kg.extract import ArticleContext, Draft, Paragraph, Stage, stages
from kg.extract.stages import LATER, VOTES
from kg.ingest.articles import make_article
from kg.model import Mention
from kg.pipeline import GraphBuilder, parse_stream
from kg.pipeline_records import fresh, map_article
from kg.vocab import EntityType

# (first article, later article, a surname of the first the later one's stage asks about):
# the later article alone does not know the surname, the corpus does, so its record is run
# again on the driver from that question on
CASES = [
    (
        "Tanzanian President Samia Suluhu Hassan met Zambian President Hakainde Hichilema"
        " in Lusaka on Monday.",
        "Malawi and Mozambique signed a trade deal in Lilongwe on Tuesday. Malawian soldiers"
        " attacked rebels in northern Mozambique, the army said.",
        "Hichilema",
    ),
    (
        "Peruvian Foreign Minister Javier Gonzalez-Olaechea spoke with Bolivian envoy"
        " Celinda Sosa on Friday.",
        "Ecuador accused Colombia of smuggling arms. Colombian President Gustavo Petro"
        " criticised Ecuador on Sunday.",
        "Sosa",
    ),
]

PEOPLE = frozenset({EntityType.PERSON})


def _flaky(asked: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A rule stage first in line after the votes whose questions' order moves with each run
    (as a set's order moves with the hash seed), with a write among them, then a question
    the corpus answers otherwise than one article alone; then the real stages."""
    turns = itertools.count()

    def run(ctx: ArticleContext, paragraphs: list[Paragraph]) -> Iterator[Draft]:
        labels = sorted(ctx.resolver.article_labels(ctx.article_id))
        order = labels if next(turns) % 2 == 0 else labels[::-1]
        for label in order:
            ctx.resolver.type_in(label, PEOPLE)
        # counted once however often its rule runs: a second count would show in the graph
        ctx.resolver.add_reference(labels[0], Mention(ctx.article_id, 0, 1, "it", labels[0]))
        ctx.resolver.is_known_surname(asked)
        yield from ()

    later = (Stage("flaky", run, ("links",), ("mentions", "drafts"), scope="article"), *LATER)
    monkeypatch.setattr(records, "LATER", later)
    monkeypatch.setattr(stages.run_stages, "__defaults__", ((*VOTES, *later),))


def _parsed(nlp: Any, *texts: str) -> list[tuple[Any, list[Paragraph]]]:
    articles = [make_article(t, f"d{i}", published="2025-03-04") for i, t in enumerate(texts)]
    return list(parse_stream(nlp, articles))


@pytest.mark.parametrize(("first", "later", "asked"), CASES, ids=[c[2] for c in CASES])
def test_pipeline_records_diverged_rerun_loses_nothing(
    nlp: Any, first: str, later: str, asked: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The re-run diverges from the record, and still gives the serial build's claims and
    entities, with one line on the divergence in the article's failures."""
    _flaky(asked, monkeypatch)
    parsed = _parsed(nlp, first, later)
    serial = GraphBuilder()
    for article, paragraphs in parsed:
        serial.add(article, fresh(paragraphs))
    mapped = [(a, map_article(serial.lexicon, a, fresh(p)), p) for a, p in parsed]
    driver = GraphBuilder()
    done = [driver.reduce(a, r, lambda p=p: fresh(p)) for a, r, p in mapped]
    assert driver.reruns == {"known_surname": 1}
    assert done[0].failures == ()
    assert done[1].failures[0].startswith("replay diverged at call ")
    assert done[1].drafts, "the later article's claims are there"
    got, expected = driver.graph(), serial.graph()
    assert sorted(got.claims, key=repr) == sorted(expected.claims, key=repr)
    assert got.entities == expected.entities


def test_pipeline_records_diverged_write_given_back(nlp: Any) -> None:
    """A replayed write the re-run makes again after it diverged is given back with its
    recorded answer and not run twice; one it does not make is not asked for."""
    _, later, _ = CASES[0]
    ((article, paragraphs),) = _parsed(nlp, later)
    record = map_article(GraphBuilder().lexicon, article, fresh(paragraphs))
    writes = [k for k, op in enumerate(record.ops) if op[0] == "add"]
    assert len(writes) > 1
    builder = GraphBuilder()
    records.replay(builder.resolver, record)
    # the record's calls up to its second add, given back; the re-run asks its first add
    # in another place
    journal = records.Journal(builder.resolver, record.ops[: writes[1] + 1])
    for name, args, _ in record.ops[: writes[0]]:
        journal.call(name, args)
    journal.call("type_of", ("Lilongwe",))
    assert journal.diverged is not None
    assert journal.diverged.startswith(f"replay diverged at call {writes[0]} (type_of asked")
    name, args, answer = record.ops[writes[0]]
    before = builder.resolver.clusters[answer].count
    assert journal.call(name, args) == answer
    assert builder.resolver.clusters[answer].count == before
    # the writes from there on, less the one made again, stay applied: the line counts them
    left = sum(op[0] in records.WRITES for op in record.ops[writes[0] : writes[1] + 1]) - 1
    assert f"did not make kept: {left})" in journal.diverged
