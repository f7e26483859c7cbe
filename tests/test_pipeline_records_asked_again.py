"""A read asked again before any other call is not written again in a record (its answer
cannot have changed), a record written with every call still replays and re-runs, and a
re-run's own paragraphs are freed without the cyclic collector."""

from __future__ import annotations

from typing import Any

import pytest

import kg.pipeline_records as records
from kg.ingest.articles import make_article
from kg.lexicon import default_lexicon
from kg.pipeline import parse_stream
from kg.pipeline_records import (
    READS,
    ArticleRecord,
    Journal,
    apply,
    extract_here,
    fresh,
    map_article,
    reduce_article,
    replay,
)
from kg.resolve.resolver import Cluster, Resolver
from kg.vocab import EntityType

BODIES = (EntityType.ORGANIZATION, EntityType.GROUP)
PEOPLE = (EntityType.PERSON,)
Call = tuple[str, tuple[Any, ...]]

CALLS: list[tuple[list[Call], int]] = [
    # the calls a rule makes, how many of them a record writes
    ([("type_in", ("Tata Steel", BODIES)), ("type_in", ("Tata Steel", BODIES))], 1),
    # a vote between two reads can change the answer: both written
    (
        [
            ("type_in", ("Tata Steel", BODIES)),
            ("add_vote", ("Tata Steel", EntityType.PERSON, 5)),
            ("type_in", ("Tata Steel", BODIES)),
        ],
        3,
    ),
    # another question of the same name
    ([("type_in", ("Tata Steel", BODIES)), ("type_in", ("Tata Steel", PEOPLE))], 2),
    # reads of other kinds, one between the two of another
    (
        [
            ("cluster_exists", ("Tata Steel",)),
            ("known_surname", ("Steel",)),
            ("cluster_exists", ("Tata Steel",)),
            ("cluster_attr", ("Tata Steel", "sector")),
            ("known_surname", ("Steel",)),
        ],
        3,
    ),
    # a question with a set in it cannot be looked up: written each time
    ([("sector_in", ("Tata Steel", {"BUS"})), ("sector_in", ("Tata Steel", {"BUS"}))], 2),
]


def _resolver() -> Resolver:
    resolver = Resolver(default_lexicon(), spans=False)
    resolver.clusters["Tata Steel"] = Cluster("Tata Steel", sector="BUS", articles={"a1"})
    return resolver


def _asked(journal: Journal, calls: list[Call]) -> list[Any]:
    return [journal.call(name, args) for name, args in calls]


@pytest.mark.parametrize(("calls", "written"), CALLS)
def test_pipeline_records_read_asked_again_not_written(calls: list[Call], written: int) -> None:
    """The record keeps a read once between two other calls, with the answers the resolver
    gives; it replays on a resolver in the same state."""
    journal = Journal(_resolver())
    answers = _asked(journal, calls)
    assert len(journal.ops) == written
    plain = _resolver()
    assert answers == [apply(plain, n, a) for n, a in calls]  # each asked of it
    assert replay(_resolver(), ArticleRecord("a2", tuple(journal.ops), ())) is None


@pytest.mark.parametrize(("calls", "written"), CALLS)
def test_pipeline_records_rerun_gives_back_reads_asked_again(
    calls: list[Call], written: int
) -> None:
    """A re-run's journal, given a record's calls, answers the same whether the record left
    a read asked again out (now) or wrote it (a record written before), and writes what a
    worker writes now."""
    journal = Journal(_resolver())
    answers = _asked(journal, calls)
    rerun = Journal(_resolver(), tuple(journal.ops))
    assert _asked(rerun, calls) == answers
    assert rerun.ops == journal.ops
    every = tuple((n, a, answer) for (n, a), answer in zip(calls, answers, strict=True))
    old = Journal(_resolver(), every)
    assert _asked(old, calls) == answers  # not "replay diverged"
    assert len(old.ops) == len(calls)


ARTICLES = [
    # (earlier article, later article): the later names by surname the earlier's person
    (
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Nairobi.",
        "Ruto said the two countries would open the border. Hassan thanked Kenya.",
    ),
    (
        "Chilean President Gabriel Boric spoke with Argentine President Javier Milei in "
        "Santiago on Friday.",
        "Milei said Argentina would send aid. Boric criticised the plan.",
    ),
]


@pytest.mark.parametrize(("earlier", "later"), ARTICLES)
def test_pipeline_records_worker_record_no_read_twice(nlp: Any, earlier: str, later: str) -> None:
    """A worker's record of a real article holds no read twice between two other calls, and
    the driver reduces it (re-run where the corpus answers otherwise) to the serial build's
    calls and drafts; the re-run's own paragraphs have their tokens released."""
    lexicon = default_lexicon()
    texts = (earlier, later)
    made = [make_article(t, f"r{i}", published="2025-06-02") for i, t in enumerate(texts)]
    (a, pa), (b, pb) = list(parse_stream(nlp, made))
    record = map_article(lexicon, b, fresh(pb))
    seen: set[Any] = set()
    for name, args, _ in record.ops:
        if name not in READS:
            seen.clear()
            continue
        assert (name, repr(args)) not in seen, name
        seen.add((name, repr(args)))
    serial, reduced = Resolver(lexicon), Resolver(lexicon)
    extract_here(serial, lexicon, a, fresh(pa), log=False)
    expected = extract_here(serial, lexicon, b, fresh(pb), log=True)
    extract_here(reduced, lexicon, a, fresh(pa), log=False)
    again = fresh(pb)
    done, conflict = reduce_article(reduced, lexicon, b, record, lambda: again)
    assert conflict is not None, "the corpus knows the surname the worker did not"
    assert (done.ops, done.drafts) == (expected.ops, expected.drafts)
    assert all(p._tokens and p._tokens[0].head is None for p in again)


def test_pipeline_records_relink_keeps_the_mention_phase_reads() -> None:
    """An article with no mention to link starts its stages with the reads of its mention
    phase still asked: a re-run from the record's mentions writes what the worker wrote."""
    calls = [("known_surname", ("Steel",)), ("cluster_exists", ("Tata Steel",))]
    worker = Journal(_resolver())
    _asked(worker, calls[:1])
    worker.stages = len(worker.ops)  # no mention linked: the stages start here
    _asked(worker, calls)
    record = ArticleRecord("a2", tuple(worker.ops), (), worker.stages)
    first = records._links_from(record)
    assert first == 1
    rerun = Journal(_resolver(), record.ops[:first])
    records._relink(rerun, record, first, make_article("Tata Steel.", "a2"), [])
    _asked(rerun, calls)
    assert rerun.ops == worker.ops
