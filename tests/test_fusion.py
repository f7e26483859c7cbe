"""Cross-article event fusion: one event per real occurrence, with sources and disputes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kg.graph.core import KnowledgeGraph
from kg.graph.fusion import dates_compatible, events_jsonl, fuse_events
from kg.model import Article, Entity, Evidence, Qualifiers, Relation
from kg.vocab import EntityType, Predicate, Status

PEOPLE = {"a": "Ana Brnabic", "b": "Edi Rama", "c": "Geneva", "d": "Switzerland", "e": "Osaka"}


def _entity(eid: str) -> Entity:
    kind = EntityType.PERSON if eid in "ab" else EntityType.CITY
    return Entity(eid, PEOPLE[eid], EntityType.COUNTRY if eid == "d" else kind)


def _article(aid: str, published: str | None, source: str | None = None) -> Article:
    return Article(aid, "", "", "", (), (), published=published, source=source)


def _claim(
    aid: str,
    s: str = "a",
    o: str = "b",
    status: Status = Status.OCCURRED,
    date: str | None = None,
    place: str | None = None,
    predicate: Predicate = Predicate.MET,
) -> Relation:
    q = Qualifiers(status=status, date=date, place=place)
    return Relation(s, predicate, o, q, Evidence(aid, f"{aid} says so.", 0, 10), 0.8)


def _graph(claims: list[Relation], articles: list[Article]) -> KnowledgeGraph:
    located = Relation("c", Predicate.LOCATED_IN, "d", Qualifiers(), Evidence("x1", "", 0, 1))
    return KnowledgeGraph(
        {e: _entity(e) for e in PEOPLE},
        [*claims, located],
        {a.id: a for a in [*articles, _article("x1", "2021-01-01")]},
    )


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("2021", "2021-06-16", True),
        ("2021-06", "2021-06-16", True),
        ("2021-06-16", "2021-06-17", True),
        ("2021-06-16", "2021-06-18", False),
        ("2019", "2021", False),
        (None, "2021", True),
    ],
)
def test_fusion_dates_compatible(a: str | None, b: str, same: bool) -> None:
    """Dates fuse when one contains the other or days are at most one apart."""
    assert dates_compatible(a, b) is same


def test_fusion_reports_of_one_meeting_are_one_event() -> None:
    """Three outlets on one summit, in either word order and at two precisions: one event."""
    claims = [
        _claim("n1", date="2021-06-16", place="Geneva"),
        _claim("n2", s="b", o="a", date="2021", place="Switzerland"),
        _claim("n3", date="2021-06-16"),
    ]
    arts = [_article("n1", "2021-06-16", "AP"), _article("n2", "2021-06-17", "AFP")]
    arts.append(_article("n3", "2021-06-17", "AP"))
    (event,) = fuse_events(_graph(claims, arts))
    assert (event.date, event.place) == ("2021-06-16", "Geneva")
    assert (event.articles, event.sources) == (3, 2)
    assert (event.first_report, event.last_report) == ("2021-06-16", "2021-06-17")


def test_fusion_two_meetings_years_apart_stay_two() -> None:
    """The 2019 Osaka meeting and the 2021 Geneva meeting are two events."""
    claims = [_claim("n1", date="2019", place="Osaka"), _claim("n2", date="2021", place="Geneva")]
    arts = [_article("n1", "2019-06-29"), _article("n2", "2021-06-16")]
    events = fuse_events(_graph(claims, arts))
    assert sorted(e.date or "" for e in events) == ["2019", "2021"]


def test_fusion_places_that_disagree_split_an_event() -> None:
    """Same day, two unrelated cities: two events."""
    claims = [_claim("n1", date="2021-06-16", place="Geneva"), _claim("n2", date="2021-06-16")]
    claims.append(_claim("n3", date="2021-06-16", place="Osaka"))
    arts = [_article(a, "2021-06-16") for a in ("n1", "n2", "n3")]
    assert len(fuse_events(_graph(claims, arts))) == 2


def test_fusion_plan_then_occurrence_is_one_event_in_order() -> None:
    """A planned meeting reported first and its occurrence later: one event, both in order."""
    claims = [
        _claim("later", date="2021-06-16", place="Geneva"),
        _claim("early", status=Status.PLANNED),
    ]
    arts = [_article("early", "2021-05-25"), _article("later", "2021-06-16")]
    (event,) = fuse_events(_graph(claims, arts))
    assert event.statuses == (Status.PLANNED, Status.OCCURRED)
    assert not event.contested


def test_fusion_a_plan_reported_after_a_past_meeting_is_another_event() -> None:
    """An undated plan published years after a dated meeting is not that meeting."""
    claims = [_claim("old", date="2019", place="Osaka"), _claim("new", status=Status.PLANNED)]
    arts = [_article("old", "2019-06-29"), _article("new", "2025-08-08")]
    assert len(fuse_events(_graph(claims, arts))) == 2


def test_fusion_undated_reports_fuse_only_when_published_together() -> None:
    """Undated reports two days apart are one event; one a month later is another."""
    claims = [_claim("d1"), _claim("d2"), _claim("d3")]
    arts = [_article("d1", "2015-05-10"), _article("d2", "2015-05-12")]
    arts.append(_article("d3", "2015-06-12"))
    events = fuse_events(_graph(claims, arts))
    assert sorted(e.articles for e in events) == [1, 2]


def test_fusion_occurred_and_denied_is_contested_with_both_sides() -> None:
    """One source says it happened, another denies it: contested, both reports kept."""
    claims = [
        _claim("n1", date="2021-06-16"),
        _claim("n2", status=Status.DENIED, date="2021-06-16"),
    ]
    arts = [_article("n1", "2021-06-16", "TASS"), _article("n2", "2021-06-16", "Reuters")]
    (event,) = fuse_events(_graph(claims, arts))
    assert event.contested
    assert {r.source: r.status for r in event.reports} == {
        "TASS": Status.OCCURRED,
        "Reuters": Status.DENIED,
    }


def test_fusion_directed_predicates_keep_direction() -> None:
    """a attacked b and b attacked a are two events; met is symmetric and fuses."""
    attacks = [
        _claim("n1", predicate=Predicate.ATTACKED, date="2021"),
        _claim("n2", s="b", o="a", predicate=Predicate.ATTACKED, date="2021"),
    ]
    arts = [_article("n1", "2021-01-02"), _article("n2", "2021-01-02")]
    assert len(fuse_events(_graph(attacks, arts))) == 2


def test_fusion_event_ids_do_not_change_when_a_later_report_arrives() -> None:
    """kg add attaches a new report to an existing event without renaming it."""
    first = [_claim("n1", date="2021-06-16", place="Geneva")]
    arts = [_article("n1", "2021-06-16"), _article("n2", "2021-06-20")]
    (before,) = fuse_events(_graph(first, arts))
    (after,) = fuse_events(_graph([*first, _claim("n2", date="2021-06")], arts))
    assert before.id == after.id
    assert after.articles == 2


def test_fusion_jsonl_lists_reports_with_sources() -> None:
    """events.jsonl has one line per event with counts and every report."""
    claims = [_claim("n1", date="2021-06-16"), _claim("n2", date="2021-06-16")]
    arts = [_article("n1", "2021-06-16", "AP"), _article("n2", "2021-06-16", "AFP")]
    (line,) = events_jsonl(_graph(claims, arts)).splitlines()
    record = json.loads(line)
    assert record["sources"] == 2
    assert [r["source"] for r in record["reports"]] == ["AP", "AFP"]  # by date, then article
    assert [p["label"] for p in record["participants"]] == ["Ana Brnabic", "Edi Rama"]


REPORTS = {
    "ap.txt": "Serbian Prime Minister Ana Brnabic met Albanian Prime Minister Edi Rama in "
    "Geneva on Monday, officials said.",
    "afp.txt": "Albanian Prime Minister Edi Rama met Serbian Prime Minister Ana Brnabic in "
    "Geneva on June 14, 2021.",
    "tass.txt": "Ana Brnabic will meet Edi Rama in Geneva next week, her office said.",
}
META = {
    "ap.txt": {"published": "2021-06-15", "source": "AP"},
    "afp.txt": {"published": "2021-06-15", "source": "AFP"},
    "tass.txt": {"published": "2021-06-07", "source": "TASS"},
}


@pytest.fixture(scope="module")
def reports_graph(tmp_path_factory: pytest.TempPathFactory, nlp: Any) -> KnowledgeGraph:
    from kg.api import build_result

    folder: Path = tmp_path_factory.mktemp("reports")
    for name, text in REPORTS.items():
        (folder / name).write_text(text, "utf-8")
        (folder / name.replace(".txt", ".meta.json")).write_text(json.dumps(META[name]), "utf-8")
    return build_result([folder], nlp=nlp).graph


def test_fusion_real_articles_give_one_corroborated_meeting(reports_graph: KnowledgeGraph) -> None:
    """Three short articles (a plan, then two reports) of one meeting: one event, 3 sources."""
    events = reports_graph.events("Brnabic", predicate="met")
    assert len(events) == 1, events
    (event,) = events
    assert event.sources == 3
    assert event.date == "2021-06-14"
    assert event.place == "Geneva"
    assert event.statuses[0] is Status.PLANNED
    assert Status.OCCURRED in event.statuses
    assert reports_graph.events("Brnabic", min_sources=4) == []


DECOYS = {
    # two outlets, two wordings, one exact date and one weekday: one meeting
    "bta.txt": (
        "Bulgarian President Rumen Radev met Greek Prime Minister Kyriakos Mitsotakis in Sofia "
        "on March 3, 2022.",
        {"published": "2022-03-04", "source": "BTA"},
    ),
    "ana.txt": (
        "Greek Prime Minister Kyriakos Mitsotakis held talks with Bulgarian President Rumen "
        "Radev in Sofia on Thursday.",
        {"published": "2022-03-04", "source": "ANA"},
    ),
    # decoys: the same day in another place, and the same pair meeting again months later
    "novinite.txt": (
        "Rumen Radev met Kyriakos Mitsotakis in Brussels on March 3, 2022.",
        {"published": "2022-03-05", "source": "Novinite"},
    ),
    "kathimerini.txt": (
        "Kyriakos Mitsotakis met Rumen Radev in Athens in October 2022.",
        {"published": "2022-10-12", "source": "Kathimerini"},
    ),
}


def test_fusion_real_articles_keep_decoy_meetings_apart(tmp_path: Path, nlp: Any) -> None:
    """Articles of one pair: the same day in another place, and a later meeting, are events of
    their own; the two reports of the Sofia meeting are one event with two sources."""
    from kg.api import build_result

    for name, (text, meta) in DECOYS.items():
        (tmp_path / name).write_text(text, "utf-8")
        (tmp_path / name.replace(".txt", ".meta.json")).write_text(json.dumps(meta), "utf-8")
    graph = build_result([tmp_path], nlp=nlp).graph
    events = graph.events("Rumen Radev", predicate="met")
    found = sorted((e.date, e.place, sorted(r.article for r in e.reports)) for e in events)
    assert found == [
        ("2022-03-03", "Brussels", ["novinite"]),
        ("2022-03-03", "Sofia", ["ana", "bta"]),
        ("2022-10", "Athens", ["kathimerini"]),
    ]
    assert [e.sources for e in graph.events("Rumen Radev", min_sources=2)] == [2]
