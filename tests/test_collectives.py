"""Bare sector nouns ("the army", "police") in an article about one country, with the real
model on invented articles about actors other than the seed's."""

from __future__ import annotations

from typing import Any

import pytest

from kg.lexicon import default_lexicon
from kg.resolve.collectives import main_country
from kg.resolve.entities import SpanMention

BURUNDI = (
    "Burundi army says coup failed\n\n"
    "Burundi's president returned to Bujumbura on Friday. The army said the coup had failed. "
    "Police fired tear gas at protesters in the Burundian capital, and Burundi's opposition "
    "called for talks."
)
TWO_COUNTRIES = (
    "Chad and Niger sign border deal\n\n"
    "Chad and Niger signed a border deal on Friday. Chad said the army would withdraw. "
    "Niger welcomed the deal, and Chadian and Nigerien officials will meet again in Niamey."
)


def _labels(graph: Any) -> dict[str, tuple[str | None, str | None]]:
    return {e.label: (e.country, e.sector) for e in graph.entities.values()}


@pytest.mark.parametrize(
    ("label", "country", "sector"),
    # "Police" is the country's police as the article's own node labelled as written (grp34)
    [("Burundi army", "BI", "MIL"), ("Police", "BI", "COP")],
)
def test_collectives_bare_noun_is_the_main_country_actor(
    extract: Any, label: str, country: str, sector: str
) -> None:
    """In an article about one country, "the army" and "police" are its army and police."""
    labels = _labels(extract(BURUNDI, published="2015-05-15"))
    assert labels.get(label) == (country, sector), sorted(labels)


def test_collectives_bare_noun_needs_one_main_country(extract: Any) -> None:
    """In an article about two countries alike, "the army" is no one's."""
    labels = _labels(extract(TWO_COUNTRIES, published="2015-05-15"))
    assert not any(sector == "MIL" for _, sector in labels.values()), sorted(labels)


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        (
            "Rebel troops entered Gitega. Burundi's army retreated, and Burundi's president "
            "fled Burundi.",
            "Rebel troops",
        ),
        (
            "Rival parliaments and governments in Burundi argued. Burundi's president left "
            "Burundi for Burundi's north.",
            "governments",
        ),
        (
            "Foreign troops left Burundi. Burundi's president thanked Burundi's neighbours.",
            "Foreign troops",
        ),
    ],
)
def test_collectives_bare_noun_of_someone_else_stays_out(
    extract: Any, sentence: str, phrase: str
) -> None:
    """Rebel or foreign troops and plural institutions are not the country's own actor."""
    graph = extract(sentence, published="2015-05-15")
    owned = {
        m.text
        for entity_id, mentions in graph.mentions.items()
        if graph.entities[entity_id].country == "BI" and graph.entities[entity_id].sector
        for m in mentions
    }
    assert not any(phrase.lower() in text.lower() for text in owned), owned


def _m(text: str, label: str = "GPE", demonym: bool = False) -> SpanMention:
    return SpanMention(0, 1, text, label, demonym=demonym)


@pytest.mark.parametrize(
    ("mentions", "headline", "expected"),
    [
        ([_m("Chile")] * 3, None, "CL"),
        ([_m("Chile")] * 2, None, None),  # too few
        ([_m("Chile")] * 4 + [_m("Peru")] * 2, None, "CL"),
        ([_m("Chile")] * 3 + [_m("Peru")] * 2, None, None),  # not twice as often
        ([_m("Chile"), _m("Chilean", "NORP", True), _m("Chileans", "NORP", True)], None, "CL"),
        ([_m("Chile")] * 4, [_m("Chile"), _m("Peru")], None),  # the headline names two
    ],
)
def test_collectives_main_country(
    mentions: list[SpanMention], headline: list[SpanMention] | None, expected: str | None
) -> None:
    """The main country is named at least three times, twice as often as any other, and is
    the only country of the headline."""
    assert main_country(mentions, default_lexicon(), headline) == expected


def test_collectives_officials_are_one_group_per_article(extract: Any) -> None:
    """A country's officials and diplomats in one article are one group, shown as the
    article first writes it and coded country + GOV; another article's are another group."""
    graph = extract(
        "Senior Chadian diplomats met rebels in Doha. Chadian officials later denied it.",
        "Chadian officials met Nigerien envoys in Niamey.",
        published="2015-05-15",
    )
    groups = sorted(
        (e.label, e.country, e.sector)
        for e in graph.entities.values()
        if e.country == "TD" and e.type.value == "Group"
    )
    assert groups == [("Chadian officials", "TD", "GOV"), ("Senior Chadian diplomats", "TD", "GOV")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The regime in Damascus and the government in Baghdad rejected the plan.",
        "The 1998 bombing of the US embassy in Nairobi killed 200 people.",
    ],
)
def test_collectives_collective_is_never_located_in(extract: Any, sentence: str) -> None:
    """A collective actor acts for its country; "the government in Baghdad" is not a site
    located_in anything."""
    graph = extract(sentence, published="2015-05-15")
    located = [
        (graph.entities[r.subject].label, graph.entities[r.object or ""].label)
        for r in graph.claims
        if r.predicate.value == "located_in" and graph.entities[r.subject].sector
    ]
    assert located == []


@pytest.mark.parametrize(
    ("sentence", "absent", "present"),
    [
        (
            'Ivo Vajgl met them. "Talk now," the Slovenian diplomat urged.',
            "Slovenian government",
            None,
        ),
        ("Aid came after the Dutch newspaper said so.", "Dutch media", None),
        ("An Israeli soldier shot at the car.", None, "Israeli army"),
        (
            "Chadian government forces attacked the rebels.",
            "Chadian government",
            "Chadian government forces",
        ),
    ],
)
def test_collectives_one_member_and_government_forces(
    extract: Any, sentence: str, absent: str | None, present: str | None
) -> None:
    """ "the Slovenian diplomat" is one person named before, not the government; "an Israeli
    soldier" codes the army; "government forces" are the army."""
    labels = _labels(extract(sentence, published="2015-05-15"))
    assert absent is None or absent not in labels, sorted(labels)
    assert present is None or present in labels, sorted(labels)


def _legislature_forms(graph: Any, country: str) -> set[str]:
    return {
        m.text
        for entity_id, mentions in graph.mentions.items()
        if graph.entities[entity_id].country == country
        and graph.entities[entity_id].sector == "LEG"
        for m in mentions
    }


@pytest.mark.parametrize(
    ("article", "written"),
    [
        (
            "Kenya votes on new security law\n\n"
            "Kenya's president signed the bill on Friday. Kenyan officials said parliament "
            "passed the law after a long debate in Kenya.",
            True,
        ),
        (
            "Kenya opposition walks out\n\n"
            "Kenya's opposition leaders said on Friday they would keep boycotting parliament "
            "until Kenya's president resigned. Kenyan police were deployed.",
            True,
        ),
        (
            "Kenya election nears\n\n"
            "A Kenyan party needs 175 seats to win a majority in parliament, Kenya's electoral "
            "body said. Kenya votes next month.",
            True,
        ),
        (
            "Kenya protest ends\n\n"
            "Kenya's police cleared the protesters from outside the parliament building on "
            "Friday, Kenyan officials said. Kenya's president thanked them.",
            False,
        ),
        (
            "Chad and Niger sign border deal\n\n"
            "Chad and Niger signed a border deal on Friday. Chad said parliament would vote. "
            "Niger welcomed the deal, and Chadian and Nigerien officials will meet in Niamey.",
            False,
        ),
    ],
)
def test_collectives_articleless_parliament_is_the_main_country_legislature(
    extract: Any, article: str, written: bool
) -> None:
    """ "parliament" written without an article ("parliament passed", "boycotting parliament")
    is the legislature of the one country an article is about, and no one's in an article
    about two countries alike."""
    forms = _legislature_forms(extract(article, published="2015-05-15"), "KE")
    assert ("parliament" in forms) is written, forms


_MALI = (
    "Mali votes on Sunday\n\n"
    "Mali's president Ibrahim Boubacar Keita voted in Bamako. Malian officials said turnout in "
    "Mali was high. "
)


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            _MALI + "Keita won after a military coup against Amadou Toumani Toure in 2012.",
            ("Malian military", "attacked", "Amadou Toumani Toure"),
        ),
        (
            _MALI + "Mali fell into crisis in 1991 following the army assassination of President "
            "Abdoulaye Diallo.",
            ("Malian army", "attacked", "Abdoulaye Diallo"),
        ),
        (
            _MALI + "A police crackdown on opposition supporters left 12 dead.",
            ("Malian police", "attacked", "opposition supporters"),
        ),
    ],
)
def test_collectives_bare_force_before_an_attack_noun_did_it(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """A bare "military", "army" or "police" in front of an attack noun ("a military coup
    against X") is the story country's force, which did it."""
    graph = extract(text, published="2015-06-01")
    found = {(s[0], p, o) for s, p, o in _triples_by_country(graph)}
    assert ("ML", triple[1], triple[2]) in found, sorted(found)


@pytest.mark.parametrize(
    "text",
    [
        _MALI + "Keita recalled the military coup in Niger against Mamadou Tandja.",
        _MALI + "The army chief and a police officer met Keita.",
    ],
)
def test_collectives_bare_force_before_no_attack_or_a_placed_one_is_no_doer(
    extract: Any, text: str
) -> None:
    """ "the military coup in Niger" (a place of its own) or "army chief" (no attack noun)
    makes no attacker of the story country's force."""
    found = _triples_by_country(extract(text, published="2015-06-01"))
    assert not [t for t in found if t[1] == "attacked" and t[0][0] == "ML"], sorted(found)


@pytest.mark.parametrize(
    ("text", "made"),
    [
        (_MALI + "Opposition supporters protested against police brutality on Monday.", True),
        (_MALI + "Students marched in Bamako to denounce army brutality.", True),
        # a place of its own on the fault: maybe another country's force
        (_MALI + "Opposition supporters protested against police brutality in Niger.", False),
        # no fault noun: "police station" is no doer
        (_MALI + "Opposition supporters protested outside the police station.", False),
    ],
)
def test_collectives_bare_force_before_a_fault_is_its_holder(
    extract: Any, text: str, made: bool
) -> None:
    """A bare "police" or "army" in front of a fault noun ("protests against police
    brutality") is the story country's force, the one criticised (the police as the
    article's own node labelled as written, grp34)."""
    graph = extract(text, published="2015-06-01")
    ents = graph.entities
    aimed = [
        ents[r.object].label
        for r in graph.claims
        if r.predicate.value == "criticized"
        and r.object is not None
        and (ents[r.object].country, ents[r.object].sector) in (("ML", "COP"), ("ML", "MIL"))
    ]
    assert bool(aimed) is made, sorted(_triples_by_country(graph))
    assert set(aimed) <= {"police", "Malian army"}, aimed


def _triples_by_country(graph: Any) -> list[tuple[tuple[str | None, str], str, str]]:
    """Claims as ((subject country, subject label), predicate, object label)."""
    ents = graph.entities
    return [
        ((ents[r.subject].country, ents[r.subject].label), r.predicate.value, ents[r.object].label)
        for r in graph.claims
    ]
