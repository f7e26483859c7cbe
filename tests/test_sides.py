"""Sides as actors (kg.resolve.sides): led coalitions, "pro-X" forces, sect-named armed
groups; and the names an article cuts short. Real model, invented sentences about actors
other than the seed's."""

from __future__ import annotations

from typing import Any

import pytest


def _nodes(graph: Any) -> dict[str, Any]:
    return {e.label: e for e in graph.entities.values()}


def _texts(graph: Any, label: str) -> set[str]:
    ids = [e.id for e in graph.entities.values() if e.label == label]
    return {m.text for i in ids for m in graph.mentions[i]}


LED = [
    (
        "The French-led coalition struck rebel bases near Gao on Monday.",
        "French-led coalition",
        "FR",
    ),
    ("NATO-led forces withdrew from the province last year.", "NATO-led forces", None),
    ("Ethiopian-led troops entered Baidoa on Friday.", "Ethiopian-led troops", "ET"),
]


@pytest.mark.parametrize(("sentence", "label", "country"), LED)
def test_sides_led_coalition_is_one_node(
    extract: Any, sentence: str, label: str, country: str | None
) -> None:
    """ "the French-led coalition" is one node "<adjective>-led <noun>" coded with its leader."""
    nodes = _nodes(extract(sentence))
    assert label in nodes, sorted(nodes)
    assert nodes[label].country == country
    assert nodes[label].sector == "MIL"


def test_sides_the_coalition_is_the_one_led_coalition(extract: Any) -> None:
    """ "the coalition" and "Coalition jets" in an article naming one led coalition are it."""
    graph = extract(
        "The Kenyan-led coalition shelled Kismayo on Monday. The coalition said 12 fighters "
        "died. Coalition jets later bombed the port, and the coalition's commander praised "
        "the troops."
    )
    texts = _texts(graph, "Kenyan-led coalition")
    assert {"coalition", "Coalition jets"} <= texts, sorted(texts)
    assert not any(e.label.lower() == "coalition" for e in graph.entities.values())


@pytest.mark.parametrize(
    "sentence",
    [
        "The ruling coalition collapsed in Rome on Tuesday.",
        "Parties formed a coalition in Lisbon. The coalition won a vote.",
    ],
)
def test_sides_coalition_without_a_leader_is_no_led_coalition(extract: Any, sentence: str) -> None:
    """A coalition no country leads is not made a led coalition."""
    nodes = _nodes(extract(sentence))
    assert not any("-led " in label for label in nodes), sorted(nodes)


PRO = [
    ("Pro-Gbagbo militiamen attacked the village of Duekoue.", "pro-Gbagbo militiamen"),
    ("Pro-Assad gunmen shelled the town overnight.", "pro-Assad gunmen"),
    (
        "Renegade troops loyal to former president Laurent Gbagbo seized the airport.",
        "pro-Gbagbo forces",
    ),
    (
        "Gunmen loyal to former leader Moussa Dadis Camara burned a market in Nzerekore.",
        "pro-Camara gunmen",
    ),
    (
        "Militiamen loyal to [former President Yahya Jammeh] shelled Brikama.",
        "pro-Jammeh militiamen",
    ),
    (
        "Gunmen loyal to [former President Blaise Compaore] attacked a barracks in Ouagadougou.",
        "pro-Compaore gunmen",
    ),
]


def test_sides_bracketed_and_plain_loyal_forms_are_one_node(extract: Any) -> None:
    """An editor's brackets ("loyal to [former President X]") never reach a label, and the
    side stays one node with its plain form ("loyal to X"), named "pro-X militiamen"."""
    nodes = _nodes(
        extract(
            "Militiamen loyal to [former President Yahya Jammeh] shelled Brikama on Monday. "
            "Militiamen loyal to Jammeh later seized Gunjur."
        )
    )
    assert not any("[" in label or "]" in label for label in nodes), sorted(nodes)
    sides = [label for label in nodes if "Jammeh" in label and label != "Yahya Jammeh"]
    assert sides == ["pro-Jammeh militiamen"], sorted(nodes)


@pytest.mark.parametrize(("sentence", "label"), PRO)
def test_sides_pro_x_forces(extract: Any, sentence: str, label: str) -> None:
    """ "pro-X fighters" and "troops loyal to former president X" are a side of their
    leader: "pro-X fighters" as the article writes it, "<noun> loyal to X" by the short form
    "pro-X <noun>", "pro-X forces" for regular troops (a label ending in X reads as X)."""
    nodes = _nodes(extract(sentence))
    assert label in nodes, sorted(nodes)
    assert nodes[label].type.value == "Group"


LOYAL_SHORT = [
    # regular troops loyal to a person -> "pro-<surname> forces", whatever the noun and title
    ("Forces loyal to Moammar Gadhafi shelled Misrata overnight.", "pro-Gadhafi forces"),
    (
        "Army units loyal to the former president, Omar al-Bashir, clashed with the RSF.",
        "pro-Bashir forces",
    ),
    ("Soldiers loyal to ousted President Mohamed Morsi fired on the crowd.", "pro-Morsi forces"),
    # irregulars keep their noun
    ("Gunmen loyal to Abdul Rashid Dostum attacked a checkpoint.", "pro-Dostum gunmen"),
    ("Rebels loyal to former president Francois Bozize seized Bangui.", "pro-Bozize rebels"),
    # a person's name before "loyalists" does not end the label: kept as written
    ("Mubarak loyalists attacked the protesters in Tahrir Square.", "Mubarak loyalists"),
]


@pytest.mark.parametrize(("sentence", "label"), LOYAL_SHORT)
def test_sides_loyal_to_a_person_is_never_labelled_by_his_name(
    extract: Any, sentence: str, label: str
) -> None:
    """A side loyal to a person is labelled so that no label ends in his name: a reader (and
    a scorer matching a label's last words to a person) would take it for him."""
    nodes = _nodes(extract(sentence))
    assert label in nodes, sorted(nodes)
    assert nodes[label].type.value == "Group"
    assert not any(" loyal to " in name for name in nodes), sorted(nodes)


def test_sides_loyal_to_a_sitting_president_stays_his_state(extract: Any) -> None:
    """ "Forces loyal to President X" (titled, sitting) are his state's forces: no "pro-X"."""
    nodes = _nodes(extract("Forces loyal to President Paul Kagame crossed the border."))
    assert not any(name.startswith("pro-") for name in nodes), sorted(nodes)


def test_sides_pro_x_variants_are_one_node(extract: Any) -> None:
    """ "pro-Gbagbo fighters", "pro-Gbagbo tribesmen" and "forces loyal to Gbagbo" are one
    node, shown as first written."""
    graph = extract(
        "Pro-Gbagbo fighters stormed a police station in Abidjan. Pro-Gbagbo tribesmen "
        "later seized a village, and forces loyal to Gbagbo fought on."
    )
    sides = [e for e in graph.entities.values() if "Gbagbo" in e.label and e.label != "Gbagbo"]
    assert [e.label for e in sides] == ["pro-Gbagbo fighters"], [e.label for e in sides]
    assert len(_texts(graph, "pro-Gbagbo fighters")) == 3


def test_sides_two_leaders_sides_are_two_nodes(extract: Any) -> None:
    """Sides loyal to two leaders in one article are never merged."""
    graph = extract(
        "Fighters loyal to former president Joseph Kabila clashed with pro-Tshisekedi "
        "militiamen in Goma on Friday."
    )
    labels = {e.label for e in graph.entities.values()}
    assert "pro-Kabila fighters" in labels, sorted(labels)
    assert "pro-Tshisekedi militiamen" in labels, sorted(labels)


def test_sides_troops_loyal_to_the_sitting_president_are_no_side(extract: Any) -> None:
    """Troops loyal to a titled, sitting president are not made a "pro-X" side."""
    graph = extract("Troops loyal to President Alassane Ouattara retook the town of Man.")
    assert not any(e.label.startswith("pro-") for e in graph.entities.values())


def test_sides_sect_named_rebels_are_the_one_armed_group_of_that_sect(extract: Any) -> None:
    """ "Shia fighters" in an article naming one Shia armed group (Hezbollah) are that group."""
    graph = extract(
        "Shia fighters seized two villages near Qusayr on Sunday. Hezbollah said its men "
        "had taken the villages."
    )
    nodes = _nodes(graph)
    assert "Shia fighters" not in nodes, sorted(nodes)
    assert "Shia fighters" in _texts(graph, "Hezbollah")


def test_sides_sect_named_collective_with_two_candidates_stays_its_own(extract: Any) -> None:
    """With two armed groups of the sect named, "Sunni militants" is no one group."""
    graph = extract(
        "Sunni militants attacked a convoy in Mali. Boko Haram and al-Shabab also claimed "
        "attacks in the region."
    )
    assert "Sunni militants" in _nodes(graph), sorted(_nodes(graph))


def test_sides_sect_named_definite_is_the_group_just_named(extract: Any) -> None:
    """ "the Sunni armed group" after a Sunni group in its paragraph is that group."""
    graph = extract(
        "The Taliban and al-Qaeda were blamed. Officials said al-Qaeda had grown, and the "
        "Sunni armed group continued to recruit in Yemen."
    )
    assert "Sunni armed group" in _texts(graph, "al-Qaeda")


def test_sides_korean_family_name_is_the_one_full_name(extract: Any) -> None:
    """ "Hwang" after "Hwang Pyong-so" is him (Korean names put the family name first), not
    another Hwang the gazetteer knows; the model's cut "Hwang Pyong" goes on to "-so"."""
    graph = extract(
        "North Korean envoy Hwang Pyong-so arrived in Beijing on Monday. Hwang met Chinese "
        "officials on Tuesday, and Hwang said the talks went well."
    )
    persons = sorted(e.label for e in graph.entities.values() if e.type.value == "Person")
    assert persons == ["Hwang Pyong-so"], persons
    assert "Hwang" in _texts(graph, "Hwang Pyong-so")


def test_sides_short_org_name_is_the_longer_one(extract: Any) -> None:
    """ "the Security Council" after "the AU Peace and Security Council" is one node."""
    graph = extract(
        "The Arab Parliament Security Council met in Cairo on Monday. The Parliament "
        "Security Council condemned the attack."
    )
    nodes = _nodes(graph)
    assert "Parliament Security Council" not in nodes, sorted(nodes)


def test_sides_model_split_name_is_the_gazetteer_name(extract: Any) -> None:
    """A name the model cuts short goes on into the longer gazetteer name it starts."""
    graph = extract(
        "The Islamic State of Iraq and the Levant claimed the bombing in Baghdad on Friday."
    )
    nodes = _nodes(graph)
    assert "Levant" not in nodes, sorted(nodes)
    assert nodes["Islamic State"].qid == "Q2429253"


def test_sides_bare_interior_ministry_and_army_name(extract: Any) -> None:
    """In a one-country article "the interior ministry" is its ministry and "Army spokesman
    X" names its army."""
    graph = extract(
        "Chad army retakes town\n\n"
        "Chad's army retook Faya in northern Chad on Monday, the interior ministry said. "
        "Army spokesman Azem Bermandoa said Chad's troops lost two men. Chad closed its "
        "border."
    )
    nodes = _nodes(graph)
    assert "Chadian interior ministry" in nodes, sorted(nodes)
    assert "Army" not in nodes, sorted(nodes)


CROWDS = [
    "Thousands of people protested in Lima against the mining project on Sunday.",
    "Hundreds of people marched through Dakar to demand the minister's resignation.",
    "Tens of thousands of people spent a week protesting against the law in Tbilisi.",
]


@pytest.mark.parametrize("sentence", CROWDS)
def test_sides_crowd_that_protests_is_the_protesters(extract: Any, sentence: str) -> None:
    """ "Thousands of people protested" is the article's protesters (a plain OPP group)."""
    graph = extract(sentence)
    crowds = [e for e in graph.entities.values() if e.sector == "OPP"]
    assert [e.label.split()[-1] for e in crowds] == ["people"], [e.label for e in crowds]
    assert crowds[0].type.value == "Group"


def test_sides_crowd_that_does_not_protest_is_no_actor(extract: Any) -> None:
    """A crowd that fled or watched is not made protesters."""
    graph = extract("Thousands of people fled Goma on Monday as fighting spread.")
    assert not any(e.sector == "OPP" for e in graph.entities.values())


PLAIN_PHRASES = [
    ("Three judges were shot dead in El Arish by gunmen.", "judges", "JUD"),
    ("Rebel militia attacked the town of Bentiu overnight.", "Rebel militia", "REB"),
    ("Thousands of opposition supporters rallied in Kinshasa.", "opposition supporters", "OPP"),
]


@pytest.mark.parametrize(("sentence", "label", "sector"), PLAIN_PHRASES)
def test_sides_plain_phrases_are_article_groups(
    extract: Any, sentence: str, label: str, sector: str
) -> None:
    """ "judges", "rebel militia", "opposition supporters" with no owner are groups of the
    article."""
    nodes = {e.label.lower(): e for e in extract(sentence).entities.values()}
    assert label.lower() in nodes, sorted(nodes)
    assert nodes[label.lower()].sector == sector


def test_sides_bracketed_acronym_is_the_organisation(extract: Any) -> None:
    """ "the Socialist Forces Front (FFS)": the bracketed acronym, in any language, is the
    organisation in the whole article."""
    graph = extract(
        "Clashes broke out between police and supporters of the Socialist Forces Front "
        "(FFS) in Algiers. The FFS said two members were hurt."
    )
    nodes = _nodes(graph)
    assert "FFS" not in nodes, sorted(nodes)
    assert "FFS" in _texts(graph, "Socialist Forces Front")


def test_sides_pro_adjective_is_no_actor(extract: Any) -> None:
    """ "the pro-Kurdish party" has no "pro-Kurdish" node."""
    graph = extract("The pro-Kurdish HDP won 13 percent in Diyarbakir on Sunday.")
    assert not any(e.label.lower().startswith("pro-") for e in graph.entities.values())


METONYM_OBJECTS = [
    ("Protesters urged Hanoi to halt the dam on Sunday.", "Vietnam", "Hanoi"),
    ("The talks soured relations between Hanoi and Phnom Penh.", "Cambodia", "Phnom Penh"),
]


@pytest.mark.parametrize(("sentence", "country", "capital"), METONYM_OBJECTS)
def test_sides_capital_as_object_of_a_government_verb_is_its_country(
    extract: Any, sentence: str, country: str, capital: str
) -> None:
    """ "urged Hanoi", "relations between Hanoi and Phnom Penh": the capital is its country."""
    assert capital in _texts(extract(sentence), country)


def test_sides_capital_also_a_place_stays_a_place(extract: Any) -> None:
    """A capital the article also names as a place ("flew to Hanoi") stays the city."""
    graph = extract(
        "The minister flew to Hanoi on Monday. The visit eased relations between Hanoi and "
        "Phnom Penh."
    )
    assert "Hanoi" not in _texts(graph, "Vietnam")


def test_sides_country_body_is_the_one_named_body(extract: Any) -> None:
    """ "Pakistan's spy agency" after "Islamabad's Inter-Services Intelligence Directorate" is
    that agency; a named agency of another country is not."""
    graph = extract(
        "Pakistan's Directorate of Inter-Services Intelligence Service said on Monday the "
        "militants had fled. Pakistan's spy agency gave no details."
    )
    nodes = _nodes(graph)
    assert "Pakistan's spy agency" not in nodes, sorted(nodes)
    other = extract(
        "India's Central Intelligence Service said on Monday the militants had fled. "
        "Pakistan's spy agency gave no details."
    )
    assert "Pakistan's spy agency" in _nodes(other), sorted(_nodes(other))


def test_sides_ethnic_side_is_not_the_country(extract: Any) -> None:
    """ "ethnic Albanian rebels" in Macedonia are an ethnic side, not Albania's rebels."""
    graph = extract("Ethnic Albanian rebels and Macedonian troops clashed near Tetovo.")
    nodes = _nodes(graph)
    assert not any(e.country == "AL" for e in nodes.values()), sorted(nodes)


def test_sides_government_in_capital_is_that_country(extract: Any) -> None:
    """ "warning the government in Mogadishu" names Somalia's government."""
    graph = extract("The group warned the government in Mogadishu it would continue attacks.")
    assert "Somali government" in _nodes(graph), sorted(_nodes(graph))


def test_sides_titled_one_person_is_no_collective(extract: Any) -> None:
    """ "a senior Iraqi lawmaker, Hakim al-Zamili," is one person, not the legislature."""
    graph = extract(
        "The plan was rejected by a senior Kenyan lawmaker, Aden Duale, who called it baseless."
    )
    assert not any(e.sector == "LEG" for e in graph.entities.values())


def test_sides_the_army_after_the_one_named_army(extract: Any) -> None:
    """With no main country, "Army" tagged as a name ("Army spokesman X") after "Chadian
    troops" (the article's only army) is that army; no "Army" node."""
    graph = extract(
        "Chadian troops retook Faya from Libyan-backed fighters on Monday, and Niger and "
        "Sudan watched. Army spokesman Azem Bermandoa said 40 died."
    )
    nodes = _nodes(graph)
    assert "Army" not in nodes, sorted(nodes)
    assert "Army" in _texts(graph, "Chadian troops")


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("A Jordanian general spoke to the envoy by phone on Monday.", "Jordanian general"),
        ("Officials said an Egyptian colonel had met the rebels.", "Egyptian colonel"),
    ],
)
def test_sides_described_person(extract: Any, sentence: str, label: str) -> None:
    """ "a Jordanian general" with no name after is one person of the article."""
    nodes = _nodes(extract(sentence))
    assert label in nodes, sorted(nodes)
    assert nodes[label].type.value == "Person"


def test_sides_described_person_with_a_name_is_that_person(extract: Any) -> None:
    """ "a Jordanian general, Yousef Huneiti," is that person, no described one."""
    nodes = _nodes(extract("A Jordanian general, Yousef Huneiti, spoke to the envoy."))
    assert "Jordanian general" not in nodes, sorted(nodes)


def test_sides_named_news_agency(extract: Any) -> None:
    """ "the state-run Anatolian news agency": a named body of its own, labelled by its
    name without the media noun (node7)."""
    nodes = _nodes(extract("The state-run Anatolian news agency said two people died."))
    assert "Anatolian" in nodes, sorted(nodes)
    assert nodes["Anatolian"].type.value == "Organization"


@pytest.mark.parametrize(
    ("sentence", "bloc"),
    [
        ("Lukashenko accused the West of meddling in Minsk.", True),
        ("Settlers moved into the West Bank on Monday.", False),
        ("The West African bloc met in Abuja.", False),
    ],
)
def test_sides_the_west_is_a_group(extract: Any, sentence: str, bloc: bool) -> None:
    """ "the West" acting is a Group; "the West Bank" and "West African" are not it."""
    nodes = _nodes(extract(sentence))
    assert ("the West" in nodes) is bloc, sorted(nodes)
    if bloc:
        assert nodes["the West"].type.value == "Group"


def test_sides_abstract_opposition_is_no_actor(extract: Any) -> None:
    """ "the opposition said" acts; "vehement opposition to the plan" is no actor."""
    acting = extract("The opposition said the vote in Lusaka was rigged.")
    assert any(e.sector == "OPP" for e in acting.entities.values())
    abstract = extract("The dam went ahead in Lusaka despite vehement opposition to the plan.")
    assert not any(e.sector == "OPP" for e in abstract.entities.values())


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Arab foreign ministers met in Cairo on Sunday.", "Arab foreign ministers"),
        ("African football leaders backed the plan in Accra.", "African football leaders"),
    ],
)
def test_sides_group_names_with_lower_case_words(extract: Any, sentence: str, label: str) -> None:
    """ "Arab foreign ministers": a capitalised word, lower-case words, a collective head."""
    nodes = _nodes(extract(sentence))
    assert label in nodes, sorted(nodes)
    assert nodes[label].type.value == "Group"


def test_sides_those_behind_the_event_are_its_perpetrators(extract: Any) -> None:
    """ "those behind the coup attempt" are the article's rebels ("rebel troops"), one node."""
    graph = extract(
        "Rebel troops surrendered in Ouagadougou on Friday. The African Union condemned those "
        "behind the coup attempt."
    )
    rebels = [e for e in graph.entities.values() if e.sector == "REB"]
    assert len(rebels) == 1, [e.label for e in rebels]
    assert "those behind the coup attempt" in _texts(graph, rebels[0].label)


def test_sides_those_behind_a_non_event_are_no_actor(extract: Any) -> None:
    """ "those behind the counter" are no perpetrators."""
    graph = extract("Those behind the counter in Accra served tea.")
    assert not any(e.sector for e in graph.entities.values())


@pytest.mark.parametrize(
    ("sentence", "label", "country"),
    [
        (
            "UN envoys handed Yemen's warring factions a draft deal.",
            "Yemen's warring factions",
            "YE",
        ),
        ("Sanctions were imposed on Mali's rival leaders.", "Mali's rival leaders", "ML"),
    ],
)
def test_sides_warring_factions_are_the_articles_own_group(
    extract: Any, sentence: str, label: str, country: str
) -> None:
    """ "Yemen's warring factions" are several sides: a group of the article, as written."""
    nodes = _nodes(extract(sentence))
    assert label in nodes, sorted(nodes)
    assert nodes[label].country == country


@pytest.mark.parametrize(
    ("sentence", "label", "country"),
    [
        ("Mauritanian troops killed a French tourist in Atar.", "French tourist", "France"),
        ("Kenyan police shot dead a Somali man in Mandera on Friday.", "Somali man", "Somalia"),
        ("Rebels in Mali kidnapped a Swiss national on Sunday.", "Swiss national", "Switzerland"),
        ("Turkish troops kill Syrian near border", "Syrian", "Syria"),
        ("Kenyan police arrested a Somali in Garissa.", "Somali", "Somalia"),
    ],
)
def test_sides_one_unnamed_national_is_a_person_not_the_country(
    extract: Any, sentence: str, label: str, country: str
) -> None:
    """ "killed a French tourist", "kill Syrian": one unnamed person, not the country."""
    nodes = _nodes(extract(sentence))
    assert label in nodes, sorted(nodes)
    assert nodes[label].type.value == "Person"
    assert country not in nodes, sorted(nodes)


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("The Somali government rejected the plan.", "Somali government"),
        ("Kenya hosted Somali refugees and Somali officials.", "Kenya"),
        ("The deal pleased the Syrian opposition.", "Syrian opposition"),
    ],
)
def test_sides_demonym_before_a_noun_is_no_person(
    extract: Any, sentence: str, country: str
) -> None:
    """A demonym in front of a noun ("Somali government") is no unnamed person."""
    nodes = _nodes(extract(sentence))
    assert country in nodes, sorted(nodes)
    assert not any(n.type.value == "Person" for n in nodes.values()), sorted(nodes)


@pytest.mark.parametrize(
    ("sentence", "capital", "country"),
    [
        ("Moscow accused Kiev of shelling Donetsk.", "Kiev", "Ukraine"),
        ("Officials in Moscow urged Kiev to withdraw.", "Kiev", "Ukraine"),
    ],
)
def test_sides_capital_the_model_read_as_a_person_is_its_country(
    extract: Any, sentence: str, capital: str, country: str
) -> None:
    """A capital tagged as a person ("accused Kiev of") is its country when it acts."""
    assert capital in _texts(extract(sentence), country)


def test_sides_capital_tagged_as_a_person_as_subject_is_its_country(extract: Any) -> None:
    """ "Khartoum also condemned South Sudan": a capital the model read as a person acts."""
    graph = extract("Khartoum also condemned South Sudan on Monday.")
    assert "Khartoum" in _texts(graph, "Sudan")


# one sentence a finder of ``find_sides`` fires on, and the mention it makes
GATED = [
    ("The Ethiopian-led coalition shelled Kismayo on Monday.", "Ethiopian-led coalition"),
    ("The Gulf coalition struck rebel positions near Marib.", "Gulf coalition"),
    ("Pro-Gbagbo fighters attacked the town of Duekoue.", "Pro-Gbagbo fighters"),
    ("Thousands of people protested in Bujumbura on Sunday.", "Thousands of people"),
    ("Those behind the coup attempt in Bissau were arrested.", "Those behind the coup attempt"),
]


@pytest.mark.parametrize(("sentence", "text"), GATED)
def test_sides_finders_skipped_only_without_their_word(nlp: Any, sentence: str, text: str) -> None:
    """find_mentions given the paragraph's words (which let ``find_sides`` skip a finder whose
    word the paragraph lacks) finds what it finds without them, here each finder's side."""
    from kg.extract.context import Paragraph
    from kg.lexicon import default_lexicon
    from kg.resolve.entities import find_mentions

    para = Paragraph(nlp(sentence), 0)
    lx = default_lexicon()
    plain = find_mentions(para.doc, lx, para.tokens, para.text, para.ents)
    gated = find_mentions(para.doc, lx, para.tokens, para.text, para.ents, para.words)
    assert gated == plain
    assert text in {m.text for m in gated}, [m.text for m in gated]


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (
            "The Iraqi Observatory for Human Rights said on Monday that 30 people died. At "
            "least 40 people were killed since the offensive began on Mosul, the Iraqi "
            "Observatory reported.",
            "Iraqi Observatory for Human Rights",
            "Iraqi Observatory",
        ),
        (
            "The Libyan Observatory for Human Rights said on Monday that 30 people died. At "
            "least 12 people were killed in Benghazi, the Libyan Observatory reported.",
            "Libyan Observatory for Human Rights",
            "Libyan Observatory",
        ),
    ],
)
def test_sides_short_org_name_read_as_a_place(
    extract: Any, text: str, name: str, short: str
) -> None:
    """ "the Iraqi Observatory" the model reads as a place, after "the Iraqi Observatory for
    Human Rights", is that organisation cut short: one node, still an organisation."""
    nodes = _nodes(extract(text))
    assert short not in nodes, sorted(nodes)
    assert nodes[name].type.value == "Organization", nodes[name].type


def test_sides_place_name_is_no_short_org_name_without_the_long_one(extract: Any) -> None:
    """A place-read short form with no longer name written stays as it was."""
    nodes = _nodes(
        extract("At least 12 people were killed in Benghazi, the Libyan Observatory reported.")
    )
    assert "Libyan Observatory" in nodes, sorted(nodes)
