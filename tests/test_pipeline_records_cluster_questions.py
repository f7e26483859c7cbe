"""Map records: a rule asks the corpus whether a cluster's sector or country is one it needs
(``Resolver.sector_in``, ``Resolver.country_in``) or the one country code an actor has
(``Resolver.home_country``), not the cluster's fields, so a worker's record holds where its
article alone left a field unset that the corpus set (coarse66)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from kg.extract import assaults
from kg.extract.context import ArticleContext
from kg.lexicon import default_lexicon
from kg.pipeline_records import ArticleRecord, Journal, replay
from kg.resolve.resolver import Cluster, Resolver
from kg.vocab import EntityType


def _made(label: str, **fields: Any) -> Resolver:
    """A resolver whose one cluster ``label`` (a group named in article a1) has ``fields``."""
    resolver = Resolver(default_lexicon(), spans=False)
    resolver.clusters[label] = Cluster(
        label, votes=Counter({EntityType.GROUP: 2}), articles={"a1"}, **fields
    )
    return resolver


def _holds(worker: Resolver, corpus: Resolver, ask: Any) -> tuple[Any, bool]:
    """The worker's answer to ``ask`` and whether its record holds on ``corpus``."""
    journal = Journal(worker)
    answer = ask(journal)
    record = ArticleRecord("a2", tuple(journal.ops), ())
    return answer, replay(corpus, record) is None


COUNTRIES = [
    # the worker's cluster country, the corpus's, the codes asked, whether the record holds
    (None, "TZ", ("KE",), True),  # another country's body: not Kenya's in both
    (None, "KE", ("KE",), False),
    ("KE", "KE", ("KE",), True),
    (None, "UG", (None, "KE"), False),  # unset or the story's: the corpus's is neither
    ("RW", "UG", (None, "KE"), True),
]


@pytest.mark.parametrize(("worker", "corpus", "codes", "holds"), COUNTRIES)
def test_pipeline_records_country_answer_holds_outside_the_codes(
    worker: str | None, corpus: str | None, codes: tuple[str | None, ...], holds: bool
) -> None:
    """ "Is the cluster's country one of these?" holds when both countries fall on one side."""
    answer, held = _holds(
        _made("Lake Guard", country=worker),
        _made("Lake Guard", country=corpus),
        lambda j: j.country_in("Lake Guard", codes),
    )
    assert answer is (worker in codes)
    assert held is holds


SECTORS = [
    # the worker's cluster sector, the corpus's, the sectors asked, whether the record holds
    (None, "LEG", ("REB", "MIL"), True),  # a legislature is no armed sector in both
    (None, "REB", ("GOV",), True),
    (None, "REB", ("REB", "MIL"), False),
    ("JUD", "JUD", ("JUD",), True),
]


@pytest.mark.parametrize(("worker", "corpus", "sectors", "holds"), SECTORS)
def test_pipeline_records_sector_answer_holds_outside_the_sectors(
    worker: str | None, corpus: str | None, sectors: tuple[str, ...], holds: bool
) -> None:
    """ "Is the cluster's sector one of these?" holds when both sectors fall on one side."""
    answer, held = _holds(
        _made("Delta Assembly", sector=worker),
        _made("Delta Assembly", sector=corpus),
        lambda j: j.sector_in("Delta Assembly", sectors),
    )
    assert answer is (worker in sectors)
    assert held is holds


HOMES = [
    # the label, the worker's cluster country, the corpus's, the code, whether it holds
    ("Boko Haram", None, "NG", "NG", True),  # the gazetteer's code, set or not
    ("al-Shabab", None, "SO", "SO", True),
    ("Kivu Defence Front", None, "CD", None, False),  # no entry: the cluster's alone
    ("Kivu Defence Front", "CD", "CD", "CD", True),
]


@pytest.mark.parametrize(("label", "worker", "corpus", "code", "holds"), HOMES)
def test_pipeline_records_home_country_holds_where_the_entry_gives_it(
    label: str, worker: str | None, corpus: str | None, code: str | None, holds: bool
) -> None:
    """An actor's one country code (its cluster's, else its entry's) is asked whole: a listed
    group's cluster left without a country by the worker's article gives the entry's code,
    the same as the corpus's cluster."""
    entry = default_lexicon().lookup(label)
    answer, held = _holds(
        _made(label, country=worker, entry=entry),
        _made(label, country=corpus, entry=entry),
        lambda j: j.home_country(label),
    )
    assert answer == code
    assert held is holds


@pytest.mark.parametrize(
    ("label", "own"),
    [
        ("Boko Haram", None),
        ("Hezbollah", None),
        ("Delta Assembly", "LEG"),
        ("Delta Assembly", None),
    ],
)
def test_assaults_sector_in_agrees_with_the_sector(label: str, own: str | None) -> None:
    """``assaults.sector_in`` answers as the sector read whole would: the gazetteer's, a known
    group's, else the cluster's, and no for a label with no cluster."""
    lexicon = default_lexicon().for_language("en")
    resolver = _made(label, sector=own, entry=lexicon.lookup(label))
    ctx = ArticleContext(lexicon, Journal(resolver), "a2", None)
    code = assaults.sector(ctx, label)
    for codes in (frozenset({"REB"}), frozenset({"LEG", "GOV"}), frozenset()):
        assert assaults.sector_in(ctx, label, codes) is (code in codes)
    assert assaults.sector_in(ctx, "Nowhere Front", frozenset({"REB"})) is False
