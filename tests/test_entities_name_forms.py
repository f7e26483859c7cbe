"""Names on unseen news (issue 13): no node for a hashtag, a lower-case word tagged as a place,
a span running into "and", or a title word that owns a name; one node for an organisation's
short form, its acronym and its long name, and a known name written without an inner "the";
an acronym bracketed after a lower-case kind noun
(kg/resolve/entities.py, kg/resolve/resolver.py). Real model, invented sentences."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import nodes_of


def _labels(graph: Any) -> set[str]:
    return {e.label for e in graph.entities.values()}


# (text, label that must not be a node, label that must be one)
NO_NODE = [
    (
        "Police officers who took part in the raid are being tried in absentia in Egypt for "
        "torture.",
        "absentia",
        "Egypt",
    ),
    (
        "A crowd gathered outside the mosque in Ankara to remember the martyrs of the "
        "#FreedomFlotilla attack.",
        "FreedomFlotilla",
        "Ankara",
    ),
    (
        "The King's Cup final between Sevilla and Valencia would be affected by the strike.",
        "s Cup",
        "Sevilla",
    ),
]


@pytest.mark.parametrize(("text", "absent", "present"), NO_NODE)
def test_entities_name_forms_no_node_for_name_fragments(
    extract: Any, text: str, absent: str, present: str
) -> None:
    labels = _labels(extract(text, published="2015-05-01"))
    assert absent not in labels, sorted(labels)
    assert present in labels, sorted(labels)


# (text, names that must all be on one node)
ONE_NODE = [
    (
        "The Cairo Institute for Human Rights Studies said 40 people were detained in Giza. "
        "The Cairo Institute said the arrests were illegal.",
        ("Cairo Institute for Human Rights Studies", "Cairo Institute"),
    ),
    (
        "Mehmet Kaya, a board member of the IHH Humanitarian Relief Foundation, spoke in "
        "Izmir. A group of IHH members prayed outside the consulate.",
        ("IHH Humanitarian Relief Foundation", "IHH"),
    ),
    (
        "The Islamic State of Iraq and Levant (ISIL) group is advancing across Homs province. "
        "ISIL seized Palmyra on Thursday.",
        ("Islamic State of Iraq and Levant", "ISIL"),
    ),
]


@pytest.mark.parametrize(("text", "names"), ONE_NODE)
def test_entities_name_forms_one_node(extract: Any, text: str, names: tuple[str, ...]) -> None:
    graph = extract(text, published="2015-05-01")
    nodes = nodes_of(graph, names)
    assert len(nodes) == 1, sorted(graph.entities[n].label for n in nodes)


# (text, the node the phrase is, the phrase that must be no node of its own)
GROUPS = [
    (
        "Battles erupted between Hezbollah fighters and Syrian troops in the town of Zabadani "
        "on Sunday.",
        "Hezbollah",
        "Hezbollah fighters",
    ),
]


@pytest.mark.parametrize(("text", "group", "phrase"), GROUPS)
def test_entities_name_forms_listed_group_before_sector_noun(
    extract: Any, text: str, group: str, phrase: str
) -> None:
    """An armed group the gazetteer lists as an organisation, before a sector noun, is the
    group ("Hezbollah fighters" with Hezbollah tagged as a people)."""
    labels = _labels(extract(text, published="2015-05-01"))
    assert group in labels, sorted(labels)
    assert phrase not in labels, sorted(labels)


# (text, name the model tags as a person, type it must have)
PLACES = [
    (
        "Rebels entered the hospital in Jisr al-Shughour on Sunday. The army shelled the "
        "southwestern edge of Jisr al-Shughour, where Jisr al-Shughour residents were hiding.",
        "Jisr al-Shughour",
        "City",
    ),
]


@pytest.mark.parametrize(("text", "name", "kind"), PLACES)
def test_entities_name_forms_place_cues_outvote_person_label(
    extract: Any, text: str, name: str, kind: str
) -> None:
    """A name the model tags as a person in place cues ("in X", "the edge of X") is a place."""
    types = {e.label: e.type.value for e in extract(text, published="2015-05-01").entities.values()}
    assert types.get(name) == kind, types


# (text, acronym that must be an organisation node, mentions it must have)
DESCRIBED = [
    (
        "The Greek football federation (EPO) has decided to suspend all domestic competition "
        "from May 16. Both the EPO and the clubs rejected the new law.",
        "EPO",
        2,
    ),
    (
        "The Italian basketball federation (FIPB) suspended all games on Monday.",
        "FIPB",
        1,
    ),
]


@pytest.mark.parametrize(("text", "acronym", "count"), DESCRIBED)
def test_entities_name_forms_acronym_after_kind_noun(
    extract: Any, text: str, acronym: str, count: int
) -> None:
    graph = extract(text, published="2015-05-01")
    found = [e for e in graph.entities.values() if e.label == acronym]
    assert [e.type.value for e in found] == ["Organization"], sorted(_labels(graph))
    assert len(graph.mentions[found[0].id]) == count


def test_entities_name_forms_span_into_and_is_cut(nlp: Any) -> None:
    """A place span the model ran into "and" ("between Agadez and Arlit") is the name."""
    from spacy.tokens import Span

    from kg.lexicon import default_lexicon
    from kg.resolve.entities import clean_span

    doc = nlp("The rebels attacked the convoy between Agadez and Arlit on Monday.")
    words = [t.text for t in doc]
    start = words.index("Agadez")
    cleaned = clean_span(Span(doc, start, start + 2, label="GPE"), default_lexicon())
    assert cleaned is not None
    assert cleaned.text == "Agadez"
