"""PLOVER event records: field names of the PLOVER specification, and the same shape as the
PLOVER gold-standard records (``shared/benchmarks/plover_gsr``)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from kg.io.plover import country_code, plover_jsonl, plover_records, write_plover
from kg.vocab import EventType
from tests.conftest import BENCHMARKS

GSR = BENCHMARKS / "plover_gsr" / "plover_gsr_dev.json"
# fields of the PLOVER JSON record (spec tables "PLOVER JSON", "citeInfo", "textInfo"), in the
# camelCase of its gold-standard records, plus kg's own, prefixed or story-level, extensions
SPEC_FIELDS = {
    "id", "date", "event", "source", "target", "mode", "context", "eventLoc", "eventText",
    "text", "textInfo", "citeInfo", "language", "coder", "codebook", "comment",
}  # fmt: skip
KG_FIELDS = {"storyId", "storyDate", "kgPredicate", "kgStatus", "cameo", "confidence"}
ACTOR_FIELDS = {"actorText", "code", "sector", "identifierId", "identifierText", "kgId", "kgType"}


def _json_type(value: Any) -> str:
    return type(value).__name__


@pytest.fixture(scope="module")
def records(seed_graph: Any, tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    path = write_plover(seed_graph, tmp_path_factory.mktemp("plover") / "events.plover.jsonl")
    lines = path.read_text("utf-8").splitlines()
    assert lines, "the seed has interaction claims"
    return [json.loads(line) for line in lines]


def test_plover_out_records_follow_the_spec(records: list[dict[str, Any]]) -> None:
    """Every record has the required fields, a PLOVER event type, actors with alpha-3 codes,
    and its evidence; no unknown field names."""
    events = {e.value for e in EventType}
    for r in records:
        assert set(r) <= SPEC_FIELDS | KG_FIELDS, set(r) - SPEC_FIELDS - KG_FIELDS
        assert re.fullmatch(r"kg-[0-9a-f]{16}", r["id"])
        assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", r["date"])
        assert r["event"] in events
        assert r["source"]
        for actor in r["source"] + r.get("target", []):
            assert set(actor) <= ACTOR_FIELDS
            assert actor["actorText"]
            assert "code" not in actor or re.fullmatch(r"[A-Z]{3}", actor["code"])
        assert r["eventText"]
        assert r["text"] == r["eventText"]
        assert r["textInfo"]["start"] < r["textInfo"]["end"]
        assert r["storyId"] == "000_b0de18ce0d959284"
        assert r.get("mode") in (None, "phone", "visit", "third-party")
        assert r.get("context") in (None, "future", "hypothetical", "negation")
    assert len({r["id"] for r in records}) == len(records)


def test_plover_out_osaka_meeting(records: list[dict[str, Any]]) -> None:
    """The 2019 Osaka meeting: CONSULT at a third location, both leaders as sources, the
    place with its country codes."""
    [osaka] = [r for r in records if r.get("eventLoc", {}).get("name") == "Osaka"]
    assert (osaka["event"], osaka["mode"], osaka["date"]) == ("CONSULT", "third-party", "2019")
    assert sorted((a["actorText"], a["code"]) for a in osaka["source"]) == [
        ("Donald Trump", "USA"),
        ("Vladimir Putin", "RUS"),
    ]
    assert "target" not in osaka
    assert osaka["eventLoc"] == {"name": "Osaka", "country code": "JP", "cc3": "JPN"}


def test_plover_out_denied_and_planned_claims_carry_context(records: list[dict[str, Any]]) -> None:
    """What did not happen is kept, marked with PLOVER's standard contexts."""
    by_status = {r["kgStatus"]: r.get("context") for r in records}
    assert by_status["denied"] == "negation"
    assert by_status["planned"] == "future"
    assert by_status["occurred"] is None


@pytest.mark.skipif(not GSR.exists(), reason="shared/benchmarks is not beside the checkout")
def test_plover_out_matches_the_gold_standard_shape(records: list[dict[str, Any]]) -> None:
    """Every field kg shares with the PLOVER gold-standard records has the same JSON type,
    and actor objects use the same keys."""
    gold = [r for r in json.loads(GSR.read_text("utf-8")) if r.get("event") != "DOCUMENT"]
    types: dict[str, set[str]] = {}
    actor_keys: set[str] = set()
    for r in gold:
        for key, value in r.items():
            types.setdefault(key, set()).add(_json_type(value))
        for actor in r.get("source") or []:
            actor_keys |= set(actor)
    shared = {k for r in records for k in r} & set(types)
    assert {"id", "date", "event", "source", "eventText", "text", "textInfo"} <= shared
    for r in records:
        for key in shared & set(r):
            assert _json_type(r[key]) in types[key], key
    ours = {k for r in records for a in r["source"] for k in a}
    assert {"actorText", "code"} <= ours & actor_keys


def test_plover_out_jsonl_is_deterministic(seed_graph: Any) -> None:
    """Same graph, same bytes; one record per interaction claim with an event type."""
    assert plover_jsonl(seed_graph) == plover_jsonl(seed_graph)
    assert len(plover_records(seed_graph)) <= len(seed_graph.claims)


def test_plover_out_country_code() -> None:
    """Alpha-2 codes become PLOVER's alpha-3 actor codes."""
    assert [country_code(c) for c in ("US", "UA", "ZZ")] == ["USA", "UKR", None]


def test_plover_out_writes_nothing_for_roles(tmp_path: Path, seed_graph: Any) -> None:
    """Roles and quotes are not events: no record names leader_of or stated."""
    assert not {r["kgPredicate"] for r in plover_records(seed_graph)} & {"leader_of", "stated"}
