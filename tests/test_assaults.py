"""Assaults no verb states with attacker and target: victims of attack nouns, fighting in a
frame adjunct, "came under fire from", ordered killings and arrests, armed groups' positions."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FOUND = [
    (
        "Five Nigerian soldiers were killed in an ambush by Boko Haram near Maiduguri on Monday.",
        ("Boko Haram", "attacked", "Nigerian soldiers"),
    ),
    (
        "Three Afghan policemen were killed and four wounded in a rocket attack by the Taliban, "
        "officials said.",
        ("Taliban", "attacked", "Afghan policemen"),
    ),
    (
        "Two Pakistani soldiers died in a Taliban attack on a checkpoint in Waziristan.",
        ("Taliban", "attacked", "Pakistani soldiers"),
    ),
    (
        "The Colombian army retook the village after days of fierce clashes with FARC rebels, "
        "the defence ministry said.",
        ("Colombian army", "attacked", "FARC"),
    ),
    (
        "The Iraqi army recaptured Tikrit after weeks of heavy fighting with the Islamic State "
        "group, officials said.",
        ("Iraqi army", "attacked", "Islamic State"),
    ),
    (
        "Philippine troops came under attack from Abu Sayyaf militants on Jolo island.",
        ("Abu Sayyaf", "attacked", "Philippine troops"),
    ),
    (
        "Kim Jong-un ordered the execution of his uncle Jang Song-thaek in 2013.",
        ("Kim Jong-un", "attacked", "Jang Song-thaek"),
    ),
    (
        "The Chinese court ordered the arrest of Liu Xiaobo.",
        ("Chinese court", "sanctioned", "Liu Xiaobo"),
    ),
    (
        "The Tatmadaw launched an offensive on rebel-held towns near Lashio, the Arakan Army said.",
        ("Tatmadaw", "attacked", "Arakan Army"),
    ),
    (
        "Saudi warplanes carried out fresh raids on Houthi positions near Sanaa on Friday.",
        ("Saudi army", "attacked", "Houthis"),
    ),
    (
        "At least 49 Syrian civilians have been killed in air strikes carried out by the Russian "
        "army on a town in Idlib province.",
        ("Russian army", "attacked", "Syrian civilians"),
    ),
    (
        "Eight Hezbollah fighters were killed in fighting with the Syrian opposition, reports "
        "said.",
        # the fallen were attacked by the other side (prec4)
        ("Syrian opposition", "attacked", "Hezbollah"),
    ),
    (
        "Al-Shabab claimed responsibility for the attack on the Kenyan police convoy near Mandera.",
        ("al-Shabab", "attacked", "Kenyan police"),  # the police's convoy (site_owners, fixa51)
    ),
    (
        "The Taliban claimed responsibility for an attack on a Kabul guesthouse last week.",
        ("Taliban", "attacked", "Kabul"),
    ),
    (
        "The border area has been a flashpoint for Saudi-Houthi clashes since March.",
        ("Saudi Arabia", "attacked", "Houthis"),
    ),
    (
        "Israeli air strikes killed three Hamas commanders in Gaza on Tuesday.",
        ("Israel", "attacked", "Hamas"),
    ),
    (
        "An Israeli air strike wounded dozens of Hamas fighters in Gaza.",
        ("Israel", "attacked", "Hamas"),
    ),
    (
        "Nigerian troops were deployed to Maiduguri. Boko Haram fighters stormed an army base "
        "near the city on Sunday.",
        ("Boko Haram", "attacked", "Nigerian troops"),
    ),
    (
        "Iraqi police guarded the roads. ISIL carried out a series of suicide attacks on police "
        "checkpoints near Fallujah.",
        ("Islamic State", "attacked", "Iraqi police"),
    ),
    # gen59: the victims counted by "hundreds of", "dozens of", "scores of"
    (
        "Dozens of Afghan soldiers were killed in a Taliban attack in Helmand on Monday.",
        ("Taliban", "attacked", "Afghan soldiers"),
    ),
    (
        "Scores of Kenyan students died in an al-Shabab attack on a university college.",
        ("al-Shabab", "attacked", "Kenyan students"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), FOUND)
def test_assaults_finds_attacker_and_target(extract: Any, sentence: str, expected: Any) -> None:
    """An attack told through its victims, a frame, "came under", an order or a position."""
    graph = extract(sentence)
    assert expected in triples(graph), triples(graph)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Greek finance minister came under fire from Syriza lawmakers over the deal.",
        "Israel came under fire from the Dutch foreign ministry over the settlements.",
        "Maria Lopez ordered the fish, and Tom Berg ordered a salad at the Lisbon summit.",
        "Eight Kenyan tourists were killed in a bus crash near Mombasa on Sunday.",
        "Heavy rains hit Pakistani villages, and Pakistani police closed the roads.",
        "Egyptian police arrested 20 people. A military court sentenced them to death.",
        "Three Kenyan policemen were killed in the Garissa attack.",
        "Three Kenyan policemen were killed in the Safaricom attack on Monday.",
        "Dozens of Kenyan tourists were killed in a bus crash near Mombasa on Sunday.",
    ],
)
def test_assaults_no_attack_without_force(extract: Any, sentence: str) -> None:
    """Criticism "came under fire", orders of no attack and accidents attack no one."""
    graph = extract(sentence)
    assert not [r for r in graph.claims if r.predicate.value == "attacked"], triples(graph)


def test_assaults_an_ordered_arrest_keeps_the_order_status(extract: Any) -> None:
    """ "could order the arrest of X" is hypothetical, not an arrest that happened."""
    graph = extract("The Kenyan court could order the arrest of Omar Farah next week.")
    found = [r for r in graph.claims if r.predicate.value == "sanctioned"]
    assert found, triples(graph)
    assert {r.qualifiers.status.value for r in found} == {"hypothetical"}


def test_assaults_armed_word_needs_one_armed_actor(extract: Any) -> None:
    """ "rebel positions" stands for the rebels only when the article names one armed group."""
    one = extract("Chadian troops shelled rebel positions near Abeche, Boko Haram said.")
    assert ("Chadian troops", "attacked", "Boko Haram") in triples(one), triples(one)
    two = extract(
        "Chadian troops shelled rebel positions near Abeche, Boko Haram and the Seleka rebels said."
    )
    assert not [r for r in two.claims if r.predicate.value == "attacked"], triples(two)


def test_assaults_a_people_owns_no_target(extract: Any) -> None:
    """ "an assault on the largely Kurdish city of X" attacks X, not the Kurds."""
    graph = extract("ISIL launched an assault on the largely Kurdish city of Hasakah last week.")
    objects = {o for _, p, o in triples(graph) if p == "attacked"}
    assert "Hasakah" in objects, triples(graph)
    assert not [o for o in objects if "Kurd" in o], triples(graph)


def test_assaults_a_denied_claim_is_a_denied_attack(extract: Any) -> None:
    """ "denied any involvement in the attack on X" is denied, never occurred."""
    graph = extract("The PKK denied any involvement in the attack on the Turkish army base.")
    found = [r for r in graph.claims if r.predicate.value == "attacked"]
    assert found, triples(graph)
    assert {r.qualifiers.status.value for r in found} == {"denied"}


def test_assaults_no_claim_of_someone_elses_attack(extract: Any) -> None:
    """A claim of victory after an attack, or of the army's attack, claims no attack."""
    graph = extract(
        "The ruling party claimed victory after an attack on the Kenyan capital, and Omar "
        "Farah claimed the army's attack on Somali rebels was illegal."
    )
    subjects = {s for s, p, _ in triples(graph) if p == "attacked"}
    assert not subjects & {"Omar Farah"}, triples(graph)
    assert not [s for s in subjects if "party" in s.lower()], triples(graph)


def test_interactions_participle_after_a_relative_clause_is_not_the_main_subjects(
    extract: Any,
) -> None:
    """ "X returned to a city where crowds spent days protesting, waging battles with police":
    X waged nothing; with no clause between, the main subject still acts."""
    graph = extract(
        "Omar Farah is returning to a country where thousands of people spent two weeks "
        "protesting against his election bid, often waging fierce street battles with the "
        "Kenyan police."
    )
    assert not [t for t in triples(graph) if t[0] == "Omar Farah" and t[1] == "attacked"]
    graph = extract("The Kenyan army entered Kismayo, waging fierce battles with al-Shabab.")
    assert ("Kenyan army", "attacked", "al-Shabab") in triples(graph), triples(graph)


@pytest.mark.parametrize(
    ("sentence", "wrong"),
    [
        (
            "Kenyan police arrested Omar Farah in Nairobi on charges brought by Somalia.",
            ("Kenyan police", "sanctioned", "Somalia"),
        ),
        (
            # ("secured his deportation" is another's deed: tests/test_interactions_procured.py)
            "The Kenyan government ordered Omar Farah's deportation back home to Somalia.",
            ("Kenyan government", "sanctioned", "Somalia"),
        ),
    ],
)
def test_assaults_coercion_hits_the_person_not_the_place_or_the_accuser(
    extract: Any, sentence: str, wrong: Any
) -> None:
    """Who brought the charges or where a deportee goes is not whom an arrest coerces."""
    graph = extract(sentence)
    assert "Omar Farah" in {o for _, p, o in triples(graph) if p == "sanctioned"}, triples(graph)
    assert wrong not in triples(graph), triples(graph)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "In May, unidentified gunmen opened fire on the ANC headquarters in Pretoria.",
            ("unidentified gunmen", "attacked", "ANC"),
        ),
        (
            "Al-Shabab fighters attacked the offices of the Somali government in Mogadishu.",
            ("al-Shabab", "attacked", "Somali government"),
        ),
        (
            "Gunmen ambushed a convoy of the Nigerian army near Maiduguri.",
            ("Gunmen", "attacked", "Nigerian army"),
        ),
        (
            "A convoy of the Malian army was ambushed by rebels near Gao on Monday.",
            ("rebels", "attacked", "Malian army"),
        ),
        (
            "The offices of the Somali government were targeted by al-Shabab militants.",
            ("al-Shabab", "attacked", "Somali government"),
        ),
        (
            "Militants shelled the UN headquarters in Mogadishu on Monday.",
            ("Militants", "attacked", "United Nations"),
        ),
    ],
)
def test_assaults_an_actors_building_or_convoy_hit_is_the_actor_attacked(
    extract: Any, sentence: str, expected: Any
) -> None:
    """Headquarters, offices or a convoy of an actor that are attacked name the actor hit."""
    graph = extract(sentence)
    assert expected in triples(graph), triples(graph)


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Dozens killed as armed men open fire on bus in Nigeria.", "Nigeria"),
        ("Unidentified gunmen opened fire on a mosque in Kenya on Friday.", "Kenya"),
    ],
)
def test_assaults_a_place_after_the_thing_hit_is_no_target(
    extract: Any, sentence: str, place: str
) -> None:
    """ "open fire on a bus in X": X is where the bus was, not whom the gunmen attacked."""
    graph = extract(sentence)
    assert place not in {o for _, p, o in triples(graph) if p == "attacked"}, triples(graph)


def test_assaults_a_place_attacked_without_a_thing_is_still_the_target(extract: Any) -> None:
    """ "carried out several attacks in Kenya" with nothing hit named still attacks Kenya."""
    graph = extract("Al-Shabab has carried out several attacks in Kenya since 2011.")
    assert ("al-Shabab", "attacked", "Kenya") in triples(graph), triples(graph)


@pytest.mark.parametrize(
    ("sentence", "triple"),
    [
        (
            "Boko Haram has launched a wave of attacks across northeastern Nigeria.",
            ("Boko Haram", "attacked", "Nigeria"),
        ),
        (
            "Al-Shabab fighters stepped up their attacks throughout Somalia in May.",
            ("al-Shabab", "attacked", "Somalia"),
        ),
        (
            "Saudi-led coalition jets carried out air strikes across Yemen on Monday.",
            ("Saudi-led coalition", "attacked", "Yemen"),
        ),
    ],
)
def test_assaults_attacks_across_a_place_attack_it(
    extract: Any, sentence: str, triple: tuple[str, str, str]
) -> None:
    """ "a wave of attacks across X", "throughout X", "around X" (no target named) attack X,
    as "attacks in X" does."""
    found = triples(extract(sentence))
    assert triple in found, sorted(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "ISIL has carried out attacks around the clock.",
        "Nigeria holds elections on Saturday. Boko Haram has carried out killings across the "
        "country.",
    ],
)
def test_assaults_attacks_across_no_named_place_name_no_target(extract: Any, sentence: str) -> None:
    """ "attacks around the clock", "killings across the country": after "across" / "around"
    only a place written by its name is the target (a nominal may be read wrong)."""
    found = triples(extract(sentence))
    assert not [t for t in found if t[1] == "attacked" and t[2] == "Nigeria"], sorted(found)
    assert not [t for t in found if t[1] == "attacked" and t[0] == "Islamic State"], sorted(found)


_SOMALIA = "Gunmen killed 12 people in Mogadishu on Friday, Somali police said. "
_SOMALIA += "Somalia's president condemned the attack. "
_NIGERIA = "A bomb killed 20 people in Maiduguri, Nigerian officials said. "
_NIGERIA += "Nigeria's president condemned the attack. "
_SYRIA = "Syrian warplanes bombed Aleppo on Monday, Syrian activists said. "
_SYRIA += "Syria's president denied it. "


@pytest.mark.parametrize(
    ("text", "triple"),
    [
        (
            _SOMALIA + "Al-Shabab has stepped up its attacks across the country in recent months.",
            ("al-Shabab", "attacked", "Somalia"),
        ),
        (
            _NIGERIA + "Boko Haram has launched a wave of attacks around the country since May.",
            ("Boko Haram", "attacked", "Nigeria"),
        ),
        (
            _NIGERIA + "Boko Haram has carried out attacks throughout the nation.",
            ("Boko Haram", "attacked", "Nigeria"),
        ),
    ],
)
def test_assaults_attacks_across_the_country_attack_the_main_country(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """ "a wave of attacks around the country" in an article about one country attacked it."""
    found = triples(extract(text))
    assert triple in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a country does not attack itself: its regime's raids within its borders
        (
            _SYRIA + "Bashar al-Assad has carried out 11,000 air raids across the country.",
            "Syria",
        ),
        (_SYRIA + "Government forces have launched a wave of attacks across the country.", "Syria"),
        (_SOMALIA + "Al-Shabab has carried out attacks around the clock.", "Somalia"),
        (_NIGERIA + "Boko Haram has carried out attacks across a country.", "Nigeria"),
    ],
)
def test_assaults_attacks_across_the_country_not_by_its_own_state(
    extract: Any, text: str, country: str
) -> None:
    """No attack on the main country by its own state, nor "around the clock", nor "a
    country" (not the article's)."""
    found = triples(extract(text))
    assert not [t for t in found if t[1] == "attacked" and t[2] == country], sorted(found)


def test_interactions_a_name_before_attack_is_the_doer_only_if_it_fights(extract: Any) -> None:
    """ "the Charlie Hebdo attack in Paris" was not done by Charlie Hebdo; a group's was."""
    graph = extract("The Charlie Hebdo attack in Paris killed 12 people.")
    assert not [s for s, p, _ in triples(graph) if p == "attacked" and "Hebdo" in s]
    graph = extract("The Hezbollah attack in Haifa wounded five people.")
    assert ("Hezbollah", "attacked", "Haifa") in triples(graph), triples(graph)


_MANILA = "The Philippines held elections on Sunday. Filipino voters queued in Manila. "
_MANILA += "The Philippine president thanked voters. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _MANILA
            + "The New People's Army, which has waged an armed insurgency in the south, denied it.",
            ("New People's Army", "attacked", "Philippines"),
        ),
        (
            _MANILA + "The Abu Sayyaf insurgency has killed thousands since 1991.",
            ("Abu Sayyaf", "attacked", "Philippines"),
        ),
        (
            "The Houthis have waged a rebellion in northern Yemen since 2004.",
            ("Houthis", "attacked", "Yemen"),
        ),
        (
            "The FARC has waged an insurgency against the Colombian government since 1964.",
            ("FARC", "attacked", "Colombian government"),
        ),
    ],
)
def test_assaults_an_insurgency_attacks_the_state_it_is_fought_in(
    extract: Any, text: str, expected: Any
) -> None:
    """A group's insurgency in a region of the article's country attacks that country."""
    graph = extract(text)
    assert expected in triples(graph), triples(graph)


@pytest.mark.parametrize(
    "text",
    [
        _MANILA + "Abu Sayyaf has waged an insurgency in the region, Malaysia said.",
        "Al-Shabab has waged an insurgency in the north for years, Kenya and Somalia said.",
        _MANILA + "Tom Berg waged a rebellion in the north against his party.",
    ],
)
def test_assaults_an_insurgency_in_no_clear_country_attacks_no_one(extract: Any, text: str) -> None:
    """ "in the region", or no one country of the article, or a person: no state attacked."""
    graph = extract(text)
    assert not [t for t in triples(graph) if t[1] == "attacked" and t[2] == "Philippines"]
    assert not [t for t in triples(graph) if t[1] == "attacked" and t[0] == "al-Shabab"]
