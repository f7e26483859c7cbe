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


def _seeded(script: str, text: str, seeds: tuple[str, ...]) -> list[Any]:
    """What ``script`` prints last (JSON) for ``text``, run in one process per hash seed."""
    runs = []
    for seed in seeds:
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        out = subprocess.run(
            [sys.executable, "-c", script, text],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            check=True,
        )
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return runs


def test_pipeline_records_calls_do_not_depend_on_the_hash_seed() -> None:
    """A record's calls come in the same order in processes of other hash seeds (a Dask
    worker and its driver): a re-run on the driver gives the replayed answers back in turn."""
    runs = _seeded(_MAP, TEXT, ("1", "2", "3"))
    assert len(runs[0]) > 50
    assert runs[0] == runs[1] == runs[2]


_OPS = """
import json, sys
from kg.ingest.articles import make_article
from kg.lexicon import default_lexicon
from kg.nlp.model import load_model
from kg.pipeline import parse_stream
from kg.pipeline_records import map_article
article = make_article(sys.argv[1], "a1", published="2024-03-02")
(_, paragraphs), = parse_stream(load_model(), [article], 1, 64)
record = map_article(default_lexicon(), article, paragraphs)

def form(arg):  # a set's members sorted (equal in any order), a tuple's in its order
    if isinstance(arg, (set, frozenset)):
        return sorted(map(str, arg))
    if isinstance(arg, tuple):
        return list(map(str, arg))
    return arg.__qualname__ if callable(arg) else repr(arg)[:80]

print(json.dumps([[name, *map(form, args[:2])] for name, args, _ in record.ops]))
"""

# texts whose rules ask a question built from a set: a list's other names (``node_types``'
# listed places), the types "the organisation" may have (``nominals``)
SEEDED = [
    "Families fled from Kafr Zita, Maarat Numan and Khan Tuman to Idlib on Sunday, aid "
    "workers said. Hundreds more left Kafr Zita on Monday.",
    "Oxfam and the Norwegian Refugee Council sent food to the camp. The organisation said "
    "the convoy reached Dadaab after two days.",
]


@pytest.mark.parametrize("text", SEEDED)
def test_pipeline_records_questions_do_not_depend_on_the_hash_seed(text: str) -> None:
    """The question itself (the names asked of, the types asked: in a tuple's order) is the
    same in processes of other hash seeds, not just its label: a driver's re-run gives back
    a replayed answer only to the very call the worker made."""
    runs = _seeded(_OPS, text, ("1", "2", "3", "4"))
    assert len(runs[0]) > 10
    assert runs[0] == runs[1] == runs[2] == runs[3]
