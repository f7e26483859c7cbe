"""kg eval: where gold and benchmarks are found, the realnews glue around the benchmark's own
scorer (on a tiny fake gold), and one real run on two realnews articles."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from kg.errors import KgError
from kg.eval.evaluate import (
    CONLL_RELATIONS,
    CONLL_SIGNATURES,
    Score,
    Table,
    _match_entities,
    _relation_hits,
    _same,
    eval_own,
    eval_plover,
    find_benchmarks,
    format_report,
    plover_type,
    run_eval,
    score_gold,
)
from kg.eval.realnews import (
    breakdown,
    entity_scores,
    gold_predicates,
    load_scorer,
    reference_scores,
)
from kg.graph.core import KnowledgeGraph
from kg.model import Entity, Mention, Qualifiers, Relation
from kg.vocab import EntityType, EventType, Predicate, Status

SHARED = find_benchmarks()
SCORER = SHARED / "realnews_dev" / "score.py" if SHARED else None
needs_scorer = pytest.mark.skipif(
    SCORER is None or not SCORER.is_file(),
    reason="realnews_dev not found (set KG_BENCHMARKS or place ../shared/benchmarks)",
)

TINY_GOLD = {
    "notes": "two relations, one forbidden claim",
    "articles": {
        "t1": {
            "published": "2015-05-10",
            "entities": {
                "Raul Castro": {"type": "Person", "aliases": ["Raul Castro", "Castro"]},
                "Pope Francis": {"type": "Person", "aliases": ["Pope Francis", "Francis"]},
                "Cuba": {"type": "Country", "aliases": ["Cuba"]},
                "Matteo Renzi": {"type": "Person", "aliases": ["Matteo Renzi", "Renzi"]},
            },
            "relations": [
                {
                    "id": "t1-R1",
                    "s": "Raul Castro",
                    "p": "met",
                    "o": "Pope Francis",
                    "q": {"status": "occurred", "date": "2015-05-10"},
                    "hard": False,
                    "optional": False,
                    "alt_p": ["negotiated_with"],
                },
                {
                    "id": "t1-R2",
                    "s": "Raul Castro",
                    "p": "leader_of",
                    "o": "Cuba",
                    "q": {"title": "President"},
                    "hard": False,
                    "optional": False,
                },
                {
                    "id": "t1-R3",
                    "s": "Pope Francis",
                    "p": "visited",
                    "o": "Cuba",
                    "hard": True,
                    "optional": False,
                },
            ],
            "forbidden_occurred": [{"s": "Raul Castro", "p": "met", "o": "Matteo Renzi"}],
        }
    },
}


def _rec(s: str, p: str, o: str, status: str = "occurred", date: str | None = None) -> str:
    return json.dumps(
        {
            "subject": {"id": s.lower(), "label": s, "type": "Person"},
            "predicate": p,
            "object": {"id": o.lower(), "label": o, "type": "Person"},
            "qualifiers": {"status": status, "date": date, "place": None, "title": None},
            "evidence": {"article": "t1", "sentence": "…", "start": 0, "end": 1},
        }
    )


@pytest.fixture
def tiny(tmp_path: Path) -> tuple[Path, Path]:
    """A gold file and predictions: one hit (reversed, symmetric), one forbidden hit, one
    miss, one wrong claim and one claim of a predicate the gold never uses."""
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(TINY_GOLD), "utf-8")
    pred = tmp_path / "relations.jsonl"
    lines = [
        _rec("Pope Francis", "met", "Castro", date="2015-05-10"),
        _rec("Castro", "met", "Renzi"),
        _rec("Castro", "attacked", "Cuba"),
        _rec("Castro", "agreed_with", "Francis"),
    ]
    pred.write_text("\n".join(lines) + "\n", "utf-8")
    return gold, pred


@needs_scorer
def test_evaluate_reference_scores_equal_the_scorer_run_alone(tiny: tuple[Path, Path]) -> None:
    """The scorer loaded by path gives exactly what `score.py GOLD PRED --json` prints."""
    assert SCORER is not None
    gold, pred = tiny
    ours = reference_scores(load_scorer(SCORER), gold, pred)
    alone = subprocess.run(
        [sys.executable, str(SCORER), str(gold), str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert {k: v for k, v in ours.items() if k != "warnings"} == json.loads(alone.stdout)
    assert ours["overall"]["core_found"] == 1
    assert ours["overall"]["forbidden"] == 1


@needs_scorer
def test_evaluate_realnews_entities_one_node_and_merging() -> None:
    """Per article: a gold entity two nodes map to is split, one node mapping is one node,
    and a node whose written names map to two gold entities merges them."""
    assert SCORER is not None
    gold = {
        "articles": {
            "x1": {
                "entities": {
                    "Abdullah Abdullah": {"type": "Person", "aliases": ["Abdullah Abdullah"]},
                    "Abdullah II": {"type": "Person", "aliases": ["King Abdullah", "Abdullah II"]},
                    "Amman": {"type": "City", "aliases": ["Amman"]},
                },
                "relations": [],
            }
        }
    }
    person = EntityType.PERSON

    def node(key: str, label: str, *names: str) -> tuple[Entity, list[Mention]]:
        entity = Entity(key, label, person, articles=("x1",))
        return entity, [Mention("x1", 0, 1, n, key) for n in names]

    nodes = [
        node("a", "Abdullah Abdullah", "Abdullah Abdullah", "Abdullah II"),  # two in one
        node("b", "Amman", "Amman"),
        node("c", "Amman", "Amman"),  # Amman split over two nodes
    ]
    graph = KnowledgeGraph(
        {e.id: e for e, _ in nodes},
        [],
        {"x1": None},
        {e.id: ms for e, ms in nodes},  # type: ignore[dict-item]
    )
    scores = entity_scores(load_scorer(SCORER), gold, graph)
    assert (scores["found"], scores["split"], scores["merging"]) == (2, 1, 1)
    assert scores["one_node"] == round(1 / 3, 3)


@needs_scorer
def test_evaluate_breakdown_per_predicate_and_judged_precision(tiny: tuple[Path, Path]) -> None:
    """Per predicate: gold found and predictions right/wrong; predicates the gold never uses
    (attacked and agreed_with here) are left out of the second precision figure only."""
    assert SCORER is not None
    _, pred = tiny
    records = [json.loads(x) for x in pred.read_text("utf-8").splitlines()]
    out = breakdown(load_scorer(SCORER), TINY_GOLD, records)
    rows = out["per_predicate"]
    assert (rows["met"]["gold"], rows["met"]["found"], rows["met"]["tp"]) == (1, 1, 1)
    assert rows["met"]["fp"] == 1  # Castro met Renzi matches no gold relation
    assert (rows["leader_of"]["gold"], rows["leader_of"]["found"]) == (1, 0)
    assert (rows["visited"]["hard"], rows["visited"]["hard_found"]) == (1, 0)
    assert rows["agreed_with"]["fp"] == 1
    judged = out["precision_gold_predicates"]
    assert (judged["tp"], judged["fp"], judged["left_out"]) == (1, 1, 2)
    assert judged["precision"] == 0.5
    assert gold_predicates(TINY_GOLD) == {"met", "negotiated_with", "leader_of", "visited"}


def test_evaluate_find_benchmarks_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An explicit folder wins, then $KG_BENCHMARKS, then ../shared/benchmarks from here."""
    here = tmp_path / "clone"
    shared = tmp_path / "shared" / "benchmarks"
    here.mkdir()
    shared.mkdir(parents=True)
    monkeypatch.chdir(here)
    monkeypatch.delenv("KG_BENCHMARKS", raising=False)
    assert find_benchmarks() == here.parent / "shared" / "benchmarks"
    monkeypatch.setenv("KG_BENCHMARKS", str(tmp_path / "env"))
    assert find_benchmarks() == tmp_path / "env"
    assert find_benchmarks(tmp_path / "given") == tmp_path / "given"


@pytest.mark.parametrize("name", ["realnews", "conll04", "crossre", "plover"])
def test_evaluate_missing_benchmark_is_a_one_line_error(tmp_path: Path, name: str) -> None:
    """A named set whose file is missing fails before any model loads, naming the path."""
    with pytest.raises(KgError) as err:
        run_eval([name], benchmarks=tmp_path)
    message = str(err.value)
    assert "\n" not in message
    assert str(tmp_path) in message
    assert "--benchmarks" in message


def test_evaluate_unknown_set_and_missing_gold(tmp_path: Path) -> None:
    """An unknown set lists the sets; a missing own gold says to pass --gold."""
    with pytest.raises(KgError, match="realnews"):
        run_eval(["nope"])
    with pytest.raises(KgError, match="--gold"):
        run_eval(["own"], gold=tmp_path / "none.jsonl")


def test_evaluate_own_gold_from_a_file(
    tmp_path: Path, nlp: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--gold FILE scores that file alone, its part named by the file stem."""
    gold = tmp_path / "mine.jsonl"
    line = {
        "text": "Keir Starmer spoke with Donald Tusk by phone yesterday.",
        "relations": [
            {
                "subject": "Keir Starmer",
                "predicate": "spoke_with",
                "object": "Donald Tusk",
                "status": "occurred",
            }
        ],
    }
    gold.write_text(json.dumps(line) + "\n", "utf-8")
    monkeypatch.setattr("kg.nlp.model.load_model", lambda _model=None: nlp)
    report = run_eval(["own"], gold=gold)
    assert list(report) == ["mine"]
    assert report["mine"]["micro"]["tp"] == 1


@pytest.mark.benchmark
@needs_scorer
def test_evaluate_realnews_two_articles_equal_the_reference(nlp: Any, tmp_path: Path) -> None:
    """A real run on rd01 and rd02 gives the figures score.py gives on the same build."""
    from kg.api import build_result
    from kg.eval.realnews import eval_realnews
    from kg.io.export import relations_jsonl

    assert SHARED is not None
    folder = SHARED / "realnews_dev"
    report = eval_realnews(folder, nlp=nlp, limit=2)
    assert report["articles"] == 2
    assert sorted(report["per_article"]) == ["rd01", "rd02"]

    built = build_result([folder / "articles/rd01.txt", folder / "articles/rd02.txt"], nlp=nlp)
    pred = tmp_path / "relations.jsonl"
    pred.write_text(relations_jsonl(built.graph), "utf-8")
    gold = json.loads((folder / "gold.json").read_text("utf-8"))
    gold["articles"] = {k: gold["articles"][k] for k in ("rd01", "rd02")}
    cut = tmp_path / "gold.json"
    cut.write_text(json.dumps(gold), "utf-8")
    alone = subprocess.run(
        [sys.executable, str(folder / "score.py"), str(cut), str(pred), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert report["overall"] == json.loads(alone.stdout)["overall"]
    assert report["overall"]["predictions"] > 0
    assert report["entities"]["found"] > 0


# -- scoring glue, without spaCy ------------------------------------------------------------
@pytest.mark.parametrize(
    ("tp", "fp", "fn", "p", "r", "f"),
    [(0, 0, 0, 0.0, 0.0, 0.0), (1, 1, 2, 0.5, 0.3333, 0.4), (3, 0, 0, 1.0, 1.0, 1.0)],
)
def test_evaluate_score_ratios(tp: int, fp: int, fn: int, p: float, r: float, f: float) -> None:
    """Precision, recall and F1 from the counts, 0.0 where a ratio has no denominator."""
    out = Score(tp, fp, fn).as_dict()
    assert (out["precision"], out["recall"], out["f1"]) == (p, r, f)


def test_evaluate_table_micro_average_sums_the_labels() -> None:
    """The micro average adds every label's counts; labels come out sorted."""
    table = Table()
    table.by_label["b"].add(Score(1, 0, 1))
    table.by_label["a"].add(Score(1, 2, 0))
    out = table.as_dict()
    assert list(out["per_label"]) == ["a", "b"]
    assert (out["micro"]["tp"], out["micro"]["fp"], out["micro"]["fn"]) == (2, 2, 1)


@pytest.mark.parametrize(
    ("gold", "names", "same"),
    [
        ("President Lincoln", {"abraham lincoln"}, False),  # neither word set holds the other
        ("President Lincoln", {"lincoln"}, True),  # a title more
        ("Lincoln", {"abraham lincoln"}, True),
        ("Acme Corp.", {"acme corp"}, True),  # a final period ignored
        ("Lincoln Center", {"lincoln"}, False),  # the last word must agree
        ("", {"lincoln"}, False),
    ],
)
def test_evaluate_same_name(gold: str, names: set[str], same: bool) -> None:
    """A gold mention names an entity when one's words contain the other's, last word equal."""
    assert _same(gold, names) is same


def test_evaluate_entity_spans_match_one_to_one_by_type_and_overlap() -> None:
    """Each gold span takes the first unused overlapping prediction of its type."""
    table = Table()
    gold = [(0, 5, "PER"), (10, 15, "LOC"), (20, 25, "ORG")]
    pred = [(0, 3, "PER"), (2, 5, "PER"), (10, 15, "ORG"), (30, 31, "LOC")]
    _match_entities(pred, gold, table)
    counts = {k: (v.tp, v.fp, v.fn) for k, v in table.by_label.items()}
    assert counts == {"PER": (1, 1, 0), "LOC": (0, 1, 1), "ORG": (0, 1, 1)}


def _graph(*claims: tuple[str, Predicate, str, Status]) -> KnowledgeGraph:
    """A graph of person/organisation entities named by their labels."""
    labels = {x for s, _, o, _ in claims for x in (s, o)}
    entities = {
        label: Entity(
            label,
            label,
            EntityType.ORGANIZATION if label.endswith("Corp") else EntityType.PERSON,
        )
        for label in labels
    }
    mentions = {label: [Mention("a", 0, 1, label.split()[-1], label)] for label in labels}
    relations = [
        Relation(s, p, o, Qualifiers(status=st, date="2024-05-01")) for s, p, o, st in claims
    ]
    return KnowledgeGraph(entities, relations, mentions=mentions)


def test_evaluate_relation_hits_symmetric_and_false_positive_labels() -> None:
    """A symmetric claim matches gold either way round; an organisation's unmatched
    located_in counts against OrgBased_In, a person's against Located_In."""
    graph = _graph(
        ("Mira Orvanek", Predicate.MET, "Jon Keller", Status.OCCURRED),
        ("Acme Corp", Predicate.LOCATED_IN, "Lima Keller", Status.OCCURRED),
        ("Mira Orvanek", Predicate.LOCATED_IN, "Jon Keller", Status.OCCURRED),
    )
    mapping = {"Meet": {"met"}, "Located_In": {"located_in"}, "OrgBased_In": {"located_in"}}
    table = Table()
    gold = [("Keller", "Meet", "Orvanek"), ("Orvanek", "Located_In", "Lima"), ("x", "Nope", "y")]
    _relation_hits(graph, gold, mapping, table)
    counts = {k: (v.tp, v.fp, v.fn) for k, v in table.by_label.items()}
    assert counts == {"Meet": (1, 0, 0), "Located_In": (0, 1, 1), "OrgBased_In": (0, 1, 0)}


def test_evaluate_relation_hits_conll_signatures() -> None:
    """With CoNLL04's signatures a claim counts only between the label's types: a person
    attacking a city is no Kill, an organisation member_of a country is OrgBased_In, a
    person member_of a country no Work_For."""
    kinds = {
        "Mira Orvanek": EntityType.PERSON,
        "Jon Keller": EntityType.PERSON,
        "Velora": EntityType.CITY,
        "Tarsia": EntityType.COUNTRY,
        "Tarsian Parliament": EntityType.ORGANIZATION,
    }
    entities = {k: Entity(k, k, t) for k, t in kinds.items()}
    mentions = {k: [Mention("a", 0, 1, k, k)] for k in kinds}
    claims = [
        ("Mira Orvanek", Predicate.ATTACKED, "Jon Keller"),
        ("Mira Orvanek", Predicate.ATTACKED, "Velora"),
        ("Tarsian Parliament", Predicate.MEMBER_OF, "Tarsia"),
        ("Jon Keller", Predicate.MEMBER_OF, "Tarsia"),
    ]
    graph = KnowledgeGraph(
        entities, [Relation(s, p, o, Qualifiers()) for s, p, o in claims], mentions=mentions
    )
    gold = [("Mira Orvanek", "Kill", "Jon Keller"), ("Tarsian Parliament", "OrgBased_In", "Tarsia")]
    table = Table()
    _relation_hits(graph, gold, CONLL_RELATIONS, table, None, CONLL_SIGNATURES)
    counts = {k: (v.tp, v.fp, v.fn) for k, v in table.by_label.items()}
    assert counts == {"Kill": (1, 0, 0), "OrgBased_In": (1, 0, 0)}


def test_evaluate_relation_hits_distinct_relations() -> None:
    """With ``distinct`` (CoNLL04), a relation claimed twice is one prediction: a matched
    claim's copy is no false positive, and two unmatched copies are one."""
    graph = _graph(
        ("Mira Orvanek", Predicate.ATTACKED, "Jon Keller", Status.OCCURRED),
        ("Mira Orvanek", Predicate.ATTACKED, "Jon Keller", Status.PLANNED),
        ("Jon Keller", Predicate.ATTACKED, "Lena Ostrova", Status.OCCURRED),
        ("Jon Keller", Predicate.ATTACKED, "Lena Ostrova", Status.PLANNED),
    )
    gold = [("Mira Orvanek", "Kill", "Jon Keller")]
    counts = {}
    for distinct in (False, True):
        table = Table()
        _relation_hits(graph, gold, CONLL_RELATIONS, table, None, CONLL_SIGNATURES, distinct)
        counts[distinct] = {k: (v.tp, v.fp, v.fn) for k, v in table.by_label.items()}
    assert counts == {False: {"Kill": (1, 3, 0)}, True: {"Kill": (1, 1, 0)}}


def test_evaluate_score_gold_keys_status_and_qualifiers() -> None:
    """Claims match gold by labels, predicate and (for interactions) status; symmetric ones
    either way round; stated claims are not scored; a gold date is checked on a hit."""
    graph = _graph(
        ("Jon Keller", Predicate.MET, "Mira Orvanek", Status.OCCURRED),
        ("Mira Orvanek", Predicate.ATTACKED, "Jon Keller", Status.PLANNED),
        ("Mira Orvanek", Predicate.STATED, "Jon Keller", Status.OCCURRED),
    )
    gold = [
        {
            "subject": "Mira Orvanek",
            "predicate": "met",
            "object": "Jon Keller",
            "date": "2024-05-01",
        },
        {"subject": "Mira Orvanek", "predicate": "attacked", "object": "Jon Keller"},
    ]
    table, quals = Table(), Counter[str]()
    score_gold(graph, gold, table, quals)
    counts = {k: (v.tp, v.fp, v.fn) for k, v in table.by_label.items()}
    assert counts == {"met": (1, 0, 0), "attacked": (0, 1, 1)}  # planned is not occurred
    assert (quals["date_total"], quals["date_correct"]) == (1, 1)


@pytest.mark.parametrize(
    ("label", "event"),
    [("DEMAND", EventType.REQUEST), ("FIGHT", EventType.ASSAULT), ("CONSULT", EventType.CONSULT),
     ("INVESTIGATE", None), (None, None)],
)  # fmt: skip
def test_evaluate_plover_type(label: str | None, event: EventType | None) -> None:
    """Gold PLOVER labels map to kg's types (older names too); uncoded types are None."""
    assert plover_type(label) is event


class FakeGrapher:
    """Gives a prepared graph for each text, in place of the model."""

    def __init__(self, graphs: dict[str, KnowledgeGraph]) -> None:
        self.graphs = graphs
        self.seen: list[tuple[str, str | None]] = []

    def graph(self, text: str, published: str | None = None) -> KnowledgeGraph:
        self.seen.append((text, published))
        return self.graphs[text]


def test_evaluate_plover_records_scored_by_event_type(tmp_path: Path) -> None:
    """A record is a hit when a claim of its event type joins its source and target; other
    claims are false positives; records of uncoded types are skipped."""
    meet = Relation(
        "Mira Orvanek", Predicate.MET, "Jon Keller", Qualifiers(event=EventType.CONSULT)
    )
    graph = _graph(("Mira Orvanek", Predicate.ATTACKED, "Jon Keller", Status.OCCURRED))
    graph.claims.append(meet)
    records = [
        {"event": "CONSULT", "text": "t1", "source": {"actorText": "Orvanek"},
         "target": [{"actorText": "Keller"}]},
        {"event": "INVESTIGATE", "text": "t2"},
    ]  # fmt: skip
    path = tmp_path / "plover.json"
    path.write_text(json.dumps(records), "utf-8")
    out = eval_plover(FakeGrapher({"t1": graph}), path, None)  # type: ignore[arg-type]
    assert out["records"] == 1
    consult = out["events"]["per_label"]["CONSULT"]
    assert (consult["tp"], consult["fp"], consult["fn"]) == (1, 0, 0)  # no event on "attacked"


def test_evaluate_own_gold_lines_texts_and_articles(tmp_path: Path) -> None:
    """eval_own reads text lines (default published date) and article lines (path beside the
    gold file or in a parent); each file is a part named by its stem."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "one.txt").write_text("Article text.\n", "utf-8")
    gold_dir = tmp_path / "tests" / "gold"
    gold_dir.mkdir(parents=True)
    met = {"subject": "Mira Orvanek", "predicate": "met", "object": "Jon Keller"}
    (gold_dir / "lines.jsonl").write_text(
        json.dumps({"text": "t1", "relations": [met]}) + "\n\n"
        + json.dumps({"article": "seeds/one.txt", "relations": []}) + "\n",
        "utf-8",
    )  # fmt: skip
    graph = _graph(("Mira Orvanek", Predicate.MET, "Jon Keller", Status.OCCURRED))
    fake = FakeGrapher({"t1": graph, "Article text.\n": _graph()})
    report = eval_own(fake, gold_dir)  # type: ignore[arg-type]
    assert list(report) == ["lines"]
    assert report["lines"]["micro"]["tp"] == 1
    assert fake.seen[0] == ("t1", "2025-08-08")
    (gold_dir / "bad.jsonl").write_text(json.dumps({"article": "nowhere.txt"}) + "\n", "utf-8")
    with pytest.raises(KgError, match=r"article nowhere\.txt not found"):
        eval_own(fake, gold_dir / "bad.jsonl")  # type: ignore[arg-type]


def test_evaluate_format_report_lines() -> None:
    """The report gives one P/R/F1 line per part and the qualifier accuracy."""
    table = Table()
    table.by_label["met"].add(Score(1, 1, 0))
    text = format_report({"own": {**table.as_dict(), "qualifiers": {"date": 1.0}}})
    assert "own        relations              P=0.500 R=1.000 F1=0.667  (tp=1 fp=1 fn=0)" in text
    assert "qualifier accuracy" in text


def _record(text: str, event: str, source: list[Any], target: list[Any]) -> dict[str, Any]:
    return {"id": "r", "event": event, "text": text, "source": source, "target": target}


@pytest.mark.parametrize(
    ("text", "source", "target", "subject", "obj", "hit"),
    [
        # by name: the head phrase names the person, give or take the title
        (
            "Kenyan President Uhuru Kenyatta criticised Tanzania on Monday.",
            {"actorText": "Kenyan President Uhuru Kenyatta", "code": "KEN", "sector": "GOV"},
            {"actorText": "Tanzania", "code": "TZA"},
            "Uhuru Kenyatta",
            "Tanzania",
            True,
        ),
        # by country: "Malian soldiers" coded MLI is the country-level actor named inside it
        (
            "Malian soldiers arrested more than 40 Tuareg fighters on Saturday.",
            {"actorText": "Malian soldiers", "code": "MLI", "sector": "MIL"},
            {"actorText": "Tuareg fighters", "code": "MLI", "sector": "REB"},
            "Malian soldiers",
            None,
            True,
        ),
        # "***" is the records' placeholder for an open sector, not a sector to match
        (
            "Malian soldiers arrested more than 40 Tuareg fighters on Saturday.",
            {"actorText": "Malian", "code": "MLI", "sector": "***"},
            {"actorText": "Tuareg fighters", "code": "MLI", "sector": "REB"},
            "Malian soldiers",
            None,
            True,
        ),
        # not the country named inside someone else's actor text
        (
            "Chad's militia ally in northern Sudan attacked Darfur rebels on Sunday.",
            {"actorText": "Chad's militia ally in northern Sudan", "code": "SDN", "sector": "REB"},
            {"actorText": "Darfur rebels", "code": "SDN", "sector": "REB"},
            "Chad",
            None,
            False,
        ),
    ],
)
def test_evaluate_plover_actor_matching(
    nlp: Any,
    text: str,
    source: dict[str, Any],
    target: dict[str, Any],
    subject: str,
    obj: str | None,
    hit: bool,
) -> None:
    """A record's actor matches our node by name (head phrase) or as its coded country."""
    from kg.api import build_result
    from kg.eval.evaluate import Actor, actor_matches

    graph = build_result(texts=[text], published="2015-05-10", nlp=nlp).graph
    node = graph.entity(subject).id
    assert actor_matches(graph, node, Actor.of(source, text)) is hit
    if obj is not None:
        assert actor_matches(graph, graph.entity(obj).id, Actor.of(target, text))


def test_evaluate_plover_untargeted_record_pairs_its_sources(nlp: Any) -> None:
    """A record with two sources and no target matches a claim between the two sources."""
    from kg.api import build_result
    from kg.eval.evaluate import record_matches

    text = "Peru and Chile signed a trade agreement on Tuesday."
    graph = build_result(texts=[text], published="2015-05-10", nlp=nlp).graph
    record = _record(
        text, "SUPPORT", [{"actorText": "Peru", "code": "PER"}, {"actorText": "Chile"}], []
    )
    claims = [r for r in graph.claims if r.qualifiers.event is not None]
    assert claims
    wanted = {r.qualifiers.event.value for r in claims}
    record["event"] = sorted(wanted)[0]
    assert any(record_matches(graph, r, record) for r in claims)
    record["source"] = [{"actorText": "Peru", "code": "PER"}]
    record["target"] = [{"actorText": "Bolivia", "code": "BOL"}]
    assert not any(record_matches(graph, r, record) for r in claims)
