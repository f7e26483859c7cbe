"""A record whose differing call is one of the votes' (the stages that write to the resolver
only, ``VOTES``) has the votes run again on the driver and its later calls replayed on their
own: the later stages run only where the corpus answers one of those otherwise, and the
graph is the serial build's either way."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest

import kg.pipeline_records as records
from kg.extract import ArticleContext, Draft, Paragraph, Stage, stages
from kg.extract.stages import LATER, VOTES
from kg.ingest.articles import make_article
from kg.pipeline import GraphBuilder, parse_stream
from kg.pipeline_records import fresh, map_article
from kg.vocab import EntityType

# (first article, later article, a surname the first makes known, a place of the later):
# a worker that maps the later article alone does not know the surname, the corpus does
CASES = [
    (
        "Kenyan opposition leader Raila Odinga met farmers in Nakuru on Monday.",
        "Police in Kisumu arrested two protesters on Tuesday, the governor said.",
        "Odinga",
        "Kisumu",
    ),
    (
        "Peruvian Finance Minister Alex Contreras visited a mine near Arequipa.",
        "Protesters blocked a road in Cusco as the Peruvian army moved in, officials said.",
        "Contreras",
        "Cusco",
    ),
]


def _vote(surname: str, place: str, weight: int) -> Stage:
    """A vote stage that asks whether ``surname`` is known, and when it is votes ``place``
    a person with ``weight`` (1: too light to change its type; 100: it is a person now)."""

    def run(ctx: ArticleContext, paragraphs: list[Paragraph]) -> Iterator[Draft]:
        if ctx.resolver.is_known_surname(surname) and ctx.named_here(place):
            ctx.resolver.add_vote(place, EntityType.PERSON, weight)
        yield from ()

    return Stage("test_votes", run, ("links",), ("mentions",), scope="article")


def _asks(place: str) -> Stage:
    """A stage after the votes that asks the place's type (as many rules do)."""

    def run(ctx: ArticleContext, paragraphs: list[Paragraph]) -> Iterator[Draft]:
        ctx.etype_is(place, EntityType.PERSON)
        yield from ()

    return Stage("test_asks", run, ("links",), ("drafts",), scope="article")


def _stages(
    monkeypatch: pytest.MonkeyPatch, votes: tuple[Stage, ...], later: tuple[Stage, ...]
) -> None:
    """The rule stages ``votes`` then ``later``, in every build."""
    monkeypatch.setattr(records, "VOTES", votes)
    monkeypatch.setattr(records, "LATER", later)
    monkeypatch.setattr(stages.run_stages, "__defaults__", ((*votes, *later),))


def _built(nlp: Any, first: str, later: str, voted: bool = True) -> tuple[Any, ...]:
    """The serial build's graph, the driver's graph from records mapped each alone (with
    ``voted`` False: as saved before the records said where the votes end), the records
    as reduced and how often the later stages ran on the driver."""
    articles = [
        make_article(t, f"v{i}", published="2025-06-07") for i, t in enumerate((first, later))
    ]
    parsed = list(parse_stream(nlp, articles))
    serial = GraphBuilder()
    for article, paragraphs in parsed:
        serial.add(article, fresh(paragraphs))
    mapped = [(a, map_article(serial.lexicon, a, fresh(p)), p) for a, p in parsed]
    if not voted:
        mapped = [(a, replace(r, voted=-1), p) for a, r, p in mapped]
    driver = GraphBuilder()
    runs = records.run_stages
    later_runs = []

    def counted(ctx: Any, paragraphs: Any, *run: Any) -> Any:
        later_runs.append(run != (records.VOTES,))  # (all stages, or those after the votes)
        return runs(ctx, paragraphs, *run)

    records.run_stages = counted  # type: ignore[assignment]
    try:
        done = [driver.reduce(a, r, lambda p=p: fresh(p)) for a, r, p in mapped]
    finally:
        records.run_stages = runs
    return serial.graph(), driver.graph(), done, sum(later_runs), driver.reruns


@pytest.mark.parametrize(("first", "later", "surname", "place"), CASES)
@pytest.mark.parametrize(("weight", "runs"), [(1, 0), (100, 1)])
def test_pipeline_records_votes_run_again_alone(
    nlp: Any,
    first: str,
    later: str,
    surname: str,
    place: str,
    weight: int,
    runs: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The corpus answers a vote's question otherwise: the votes run again on the driver,
    the later stages only where the vote changed an answer a later stage read (weight 100),
    and claims and entities are the serial build's."""
    _stages(monkeypatch, (_vote(surname, place, weight), *VOTES), (_asks(place), *LATER))
    expected, got, done, later_runs, reruns = _built(nlp, first, later)
    assert reruns == {"known_surname": 1}
    assert later_runs == runs
    assert done[1].stages <= done[1].voted < len(done[1].ops)
    assert got.entities == expected.entities
    assert sorted(got.claims, key=repr) == sorted(expected.claims, key=repr)
    assert got.claims, "the articles' claims are there"
    assert all(not r.failures for r in done)


@pytest.mark.parametrize(("first", "later", "surname", "place"), CASES)
def test_pipeline_records_votes_old_record_runs_all(
    nlp: Any,
    first: str,
    later: str,
    surname: str,
    place: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A record that does not say where its votes end (saved before 2026-12-06) is run again
    whole, as before, and gives the serial build's claims and entities."""
    _stages(monkeypatch, (_vote(surname, place, 1), *VOTES), LATER)
    expected, got, done, later_runs, _ = _built(nlp, first, later, voted=False)
    assert later_runs == 1
    assert done[1].voted == -1
    assert got.entities == expected.entities
    assert sorted(got.claims, key=repr) == sorted(expected.claims, key=repr)
    assert all(not r.failures for r in done)
