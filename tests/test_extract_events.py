"""Event extraction on real-news constructions and statuses (issue 12, sections 3 and 4), and the
trigger lexicon behind it. Sentences are about other actors than the seed's."""

from __future__ import annotations

from typing import Any

import pytest

from kg.errors import KgError
from kg.lexicon import EVENTS_OF, default_lexicon, load_triggers
from kg.vocab import EventType, Predicate
from tests.conftest import claims_between, triples

# (sentence, [(subject, predicate, object, {qualifier: value})])
CONSTRUCTIONS: list[tuple[str, list[tuple[str, str, str, dict[str, str | None]]]]] = [
    # objects inside an event noun: its owner, its agent, a participle's agent
    (
        "Germany criticised a travel ban imposed by Russia.",
        [("Germany", "criticized", "Russia", {})],
    ),
    (
        "Lithuania denounced Serbia's suppression of the protests.",
        [("Lithuania", "criticized", "Serbia", {"cameo": "111"})],
    ),
    (
        "Iran said it backed UN-brokered efforts to relaunch political talks.",
        [("Iran", "supported", "United Nations", {"status": "occurred"})],
    ),
    # multi-party event nouns: every pair, with the place
    (
        "Talks between envoys from Ukraine, Russia and the United States took place in Abu Dhabi.",
        [
            ("Russia", "met", "Ukraine", {"place": "Abu Dhabi"}),
            ("Russia", "met", "United States", {"place": "Abu Dhabi"}),
            ("Ukraine", "met", "United States", {"place": "Abu Dhabi"}),
        ],
    ),
    # visits
    ("Narendra Modi arrived in Tokyo on Friday.", [("Narendra Modi", "visited", "Tokyo", {})]),
    (
        "Anne Patterson, who also travelled to Jordan and Saudi Arabia, led the meeting.",
        [
            ("Anne Patterson", "visited", "Jordan", {"cameo": "042"}),
            ("Anne Patterson", "visited", "Saudi Arabia", {}),
        ],
    ),
    # calls for action
    (
        "The African Union called for sanctions against Nigeria.",
        [("African Union", "sanctioned", "Nigeria", {"status": "proposed"})],
    ),
    (
        "The European Union urged Myanmar to stop the violence.",
        [("European Union", "requested", "Myanmar", {"cameo": "020"})],
    ),
    # reported claims keep the reported pair
    (
        "Ankara said Syria had attacked Turkish troops near Kobane.",
        [("Syria", "attacked", "Turkish troops", {})],
    ),
    # conjunctions on the subject side; a date shared by conjoined verbs
    (
        "Poland and Lithuania condemned Belarus.",
        [("Poland", "criticized", "Belarus", {}), ("Lithuania", "criticized", "Belarus", {})],
    ),
    (
        "In 2013, Kim Jong Un purged and executed his uncle, Jang Song-thaek.",
        [("Kim Jong Un", "attacked", "Jang Song-thaek", {"date": "2013"})],
    ),
    # light verbs and places attacked
    (
        "Al-Shabab has carried out several attacks in Kenya.",
        [("al-Shabab", "attacked", "Kenya", {"status": "occurred"})],
    ),
    (
        "Turkey threatened sanctions against Israel.",
        [("Turkey", "threatened", "Israel", {"status": "occurred"})],
    ),
]

STATUSES: list[tuple[str, tuple[str, str, str], str]] = [
    # status words of kg/data/en/status_words.json, phrasal ones included
    (
        "Tokyo shelved a meeting between Shinzo Abe and Park Geun-hye.",
        ("Park Geun-hye", "met", "Shinzo Abe"),
        "denied",
    ),
    (
        "Seoul put off talks between Park Geun-hye and Xi Jinping.",
        ("Park Geun-hye", "met", "Xi Jinping"),
        "denied",
    ),
    (
        "The Kremlin denied that Putin had met Xi Jinping.",
        ("Vladimir Putin", "met", "Xi Jinping"),
        "denied",
    ),
    (
        "Ankara called off a meeting between Erdogan and Bashar al-Assad.",
        ("Bashar al-Assad", "met", "Recep Tayyip Erdogan"),
        "denied",
    ),
    (
        "Shinzo Abe had planned to meet Park Geun-hye in Seoul.",
        ("Park Geun-hye", "met", "Shinzo Abe"),
        "planned",
    ),
    (
        "Iran is accused of supporting Hamas.",
        ("Iran", "supported", "Hamas"),
        "hypothetical",
    ),
    (
        "Nigeria raised the threat of sanctions against Ghana.",
        ("Nigeria", "sanctioned", "Ghana"),
        "hypothetical",
    ),
    (
        "Yemen's exiled President Abd-Rabbu Mansour Hadi has said he is prepared to travel to "
        "Geneva for peace talks.",
        ("Abd-Rabbu Mansour Hadi", "visited", "Geneva"),
        "planned",
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CONSTRUCTIONS)
def test_extract_events_constructions(extract: Any, sentence: str, expected: list[Any]) -> None:
    """Each construction yields the listed relations with the listed qualifiers."""
    graph = extract(sentence)
    for subject, predicate, obj, qualifiers in expected:
        found = claims_between(graph, subject, predicate, obj)
        assert found, f"missing {subject} {predicate} {obj}; got {sorted(triples(graph))}"
        q = found[0].qualifiers
        got = {"status": q.status.value, "date": q.date, "place": q.place, "cameo": q.cameo}
        for key, value in qualifiers.items():
            assert got[key] == value, (key, got)


@pytest.mark.parametrize(("sentence", "triple", "status"), STATUSES)
def test_extract_events_status(
    extract: Any, sentence: str, triple: tuple[str, str, str], status: str
) -> None:
    """Denials, cancellations, plans, accusations and threats set the claim's status."""
    graph = extract(sentence)
    found = claims_between(graph, *triple)
    assert found, f"missing {triple}; got {sorted(triples(graph))}"
    assert {r.qualifiers.status.value for r in found} == {status}


@pytest.mark.parametrize(
    "sentence",
    [
        # the owner of a consultation's object is not the one met
        "Emmanuel Macron met Joe Biden's envoy.",
        # a date is no preposition of a trigger: "a call on Monday" is no "call on"
        "On Telegram, Zelensky called for an end to the war.",
        # who backs an uprising against someone does not back that person
        "Many Sunnis back the uprising against Bashar al-Assad.",
    ],
)
def test_extract_events_no_false_reading(extract: Any, sentence: str) -> None:
    """Constructions that look like an interaction but are not the one they seem."""
    graph = extract(sentence)
    wrong = {
        ("Emmanuel Macron", "met", "Joe Biden"),
        ("Volodymyr Zelensky", "requested", "Telegram"),
        ("Sunnis", "supported", "Bashar al-Assad"),
    }
    assert not (triples(graph) & wrong), sorted(triples(graph))


def test_lexicon_every_predicate_and_event_type_has_triggers() -> None:
    """Every interaction predicate and every PLOVER type is reachable from the lexicon."""
    triggers = list(default_lexicon().triggers)
    assert {t.predicate for t in triggers} == set(EVENTS_OF)
    assert {t.event for t in triggers} == set(EventType)


def test_lexicon_bad_line_names_file_and_line() -> None:
    """A trigger line with an unknown predicate or a CAMEO code of another type is refused."""
    good = (
        '{"lemma": "meet", "pos": "VERB", "particle": null, "prep": null, "light": null, '
        '"predicate": "met", "event": "CONSULT", "cameo": "040", "object": [], "flags": []}'
    )
    assert len(load_triggers(good, "x.jsonl")) == 1
    for bad in (
        good.replace('"met"', '"hugged"'),
        good.replace('"040"', '"190"'),
        good.replace('"flags": []', '"flags": ["sometimes"]'),
        good.replace('"object": []', '"object": ["elsewhere"]'),
    ):
        with pytest.raises(KgError, match=r"x\.jsonl line 2"):
            load_triggers(good + "\n" + bad, "x.jsonl")


def test_lexicon_most_specific_trigger_wins(nlp: Any) -> None:
    """A phrasal or light-verb entry beats the bare lemma; the bare lemma still matches alone."""
    index = default_lexicon().triggers
    doc = nlp("Turkey threatened sanctions against Israel. The sanctions hurt Iran.")
    light, bare = (index.match(t) for t in doc if t.lemma_ == "sanction")
    assert light is not None
    assert light.predicate is Predicate.THREATENED
    assert bare is not None
    assert bare.predicate is Predicate.SANCTIONED
    travel = next(t for t in nlp("Modi travelled to Japan.") if t.lemma_ == "travel")
    stay = next(t for t in nlp("Modi travelled widely.") if t.lemma_ == "travel")
    assert index.match(travel) is not None
    assert index.match(stay) is None
