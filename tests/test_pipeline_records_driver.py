"""The driver's share of a distributed build: records whose calls do not depend on the
process that made them, coarse sector questions, and decoding and replay without the cyclic
collector's passes."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kg.lexicon import default_lexicon
from kg.nlp.distributed import pack, unpack
from kg.pipeline_records import ArticleRecord, Journal, paused_gc, replay
from kg.resolve.resolver import Cluster, Resolver

ROOT = Path(__file__).resolve().parents[1]
STATE = frozenset({"MIL", "COP", "GOV", "SPY", "LEG", "JUD"})


def _sectored(label: str, sector: str | None, exists: bool = True) -> Resolver:
    """A resolver whose one cluster ``label`` has ``sector`` (``exists`` False: none)."""
    resolver = Resolver(default_lexicon(), spans=False)
    if exists:
        resolver.clusters[label] = Cluster(label, sector=sector, articles={"a1"})
    return resolver


SECTORS = [
    # the worker's sector, the corpus's, the sectors asked, whether the record still holds
    (None, "REB", STATE, True),  # a gazetteer group unset alone, REB in the corpus
    (None, "MIL", STATE, False),
    ("CVL", "REF", ("CVL", "REF"), True),
    ("COP", "MIL", STATE, True),
    ("COP", "MIL", ("COP",), False),
    ("REB", None, ("CVL", "REF"), True),
]


@pytest.mark.parametrize(("worker", "corpus", "asked", "holds"), SECTORS)
def test_pipeline_records_sector_answer_holds_within_the_class(
    worker: str | None, corpus: str | None, asked: Any, holds: bool
) -> None:
    """A sector question's record holds exactly when both sectors fall on one side of it."""
    journal = Journal(_sectored("Jaysh al-Fatah", worker))
    assert journal.sector_in("Jaysh al-Fatah", asked) is (worker in asked)
    record = ArticleRecord("a2", tuple(journal.ops), ())
    assert (replay(_sectored("Jaysh al-Fatah", corpus), record) is None) is holds


@pytest.mark.parametrize(
    ("exists", "sector", "answer"), [(False, None, False), (True, "MIL", True)]
)
def test_resolver_sector_in_without_a_cluster(
    exists: bool, sector: str | None, answer: bool
) -> None:
    """No cluster is no sector: the question answers no, as the old reads did."""
    assert (
        _sectored("Kataib Hezbollah", sector, exists).sector_in("Kataib Hezbollah", STATE) is answer
    )


class _Watching(Resolver):
    """A resolver noting whether the collector ran while it was asked."""

    seen: list[bool]

    def type_of(self, label: str) -> Any:
        self.seen.append(gc.isenabled())
        return super().type_of(label)


def test_pipeline_records_replay_pauses_the_collector() -> None:
    """A record is replayed with the cyclic collector off, and it is on again after."""
    journal = Journal(_sectored("Ansar Dine", "REB"))
    journal.type_in("Ansar Dine", STATE)
    record = ArticleRecord("a2", tuple(journal.ops), ())
    watching = _Watching(default_lexicon(), spans=False)
    watching.seen = []
    assert gc.isenabled()
    replay(watching, record)
    assert watching.seen == [False]
    assert gc.isenabled()


def test_pipeline_records_paused_collector_stays_off_when_it_was() -> None:
    """A step inside one already paused leaves the collector off."""
    gc.disable()
    try:
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_distributed_unpack_gives_the_record_back() -> None:
    """A record decoded with the collector paused is the record packed, collector on after."""
    journal = Journal(_sectored("Ansar Dine", "REB"))
    journal.sector_in("Ansar Dine", STATE)
    record = ArticleRecord("a2", tuple(journal.ops), ())
    assert unpack(pack(record)) == record
    assert gc.isenabled()


_MAP = """
import json, sys
from kg.ingest.articles import make_article
from kg.lexicon import default_lexicon
from kg.nlp.model import load_model
from kg.pipeline import parse_stream
from kg.pipeline_records import map_article
article = make_article(sys.argv[1], "a1", published="2024-03-02")
(_, paragraphs), = parse_stream(load_model(), [article], 1, 64)
record = map_article(default_lexicon(), article, paragraphs)
print(json.dumps([[name, repr(args[:1])[:80]] for name, args, _ in record.ops]))
"""

TEXT = (
    "Kenyan police and Ethiopian troops fought al-Shabab fighters near Mandera on Monday, "
    "officials in Nairobi said. Rebel positions near Beledweyne were shelled by Somali "
    "forces, and Prime Minister Hassan Ali Khaire said the army would hold them.\n\n"
    "President Uhuru Kenyatta met Abiy Ahmed in Addis Ababa; the Kenyan president said "
    "his government backed the African Union mission in Somalia."
)


def test_pipeline_records_calls_do_not_depend_on_the_hash_seed() -> None:
    """A record's calls come in the same order in processes of other hash seeds (a Dask
    worker and its driver): a re-run on the driver gives the replayed answers back in turn."""
    runs = []
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        out = subprocess.run(
            [sys.executable, "-c", _MAP, TEXT],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            check=True,
        )
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    assert len(runs[0]) > 50
    assert runs[0] == runs[1] == runs[2]
