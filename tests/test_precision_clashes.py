"""Precision guards found by auditing unseen real articles: who did what in a clash
someone died in, events that are only a topic, acts fought against, and wishes for others."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Case, Triple, check_kept_removed, statuses, triples

CLASHES: list[Case] = [
    # killed, wounded or dead in a clash with Y: Y did it to them
    (
        "A Palestinian man was killed in a clash with Israeli soldiers near Hebron.",
        ("Israeli soldiers", "attacked", "Palestinian man"),
        ("Palestinian man", "attacked", "Israeli soldiers"),
    ),
    (
        "Twelve Maoist fighters have died in a gun battle with Indian security forces.",
        ("Indian security forces", "attacked", "Maoist fighters"),
        ("Maoist fighters", "attacked", "Indian security forces"),
    ),
    (
        "Turkish soldiers were wounded in clashes with PKK fighters in Hakkari.",
        ("Kurdistan Workers' Party", "attacked", "Turkish soldiers"),
        ("Turkish soldiers", "attacked", "Kurdistan Workers' Party"),
    ),
    (
        "Ten Houthi fighters died in clashes with Saudi border guards.",
        ("Saudi border guards", "attacked", "Houthis"),
        ("Houthis", "attacked", "Saudi border guards"),
    ),
    # ... while a side that clashes or kills in a clash is the doer
    (
        "Kurdish fighters clashed with ISIL near Kobane on Monday.",
        ("Kurdish fighters", "attacked", "Islamic State"),
        None,
    ),
    (
        "Nigerian troops killed ten Boko Haram fighters in clashes near Maiduguri.",
        ("Nigerian troops", "attacked", "Boko Haram"),
        ("Boko Haram", "attacked", "Nigerian troops"),
    ),
]

TOPICS: list[Case] = [
    # who speaks of, talks of or recalls an attack did not do it
    (
        "Kenyan President Uhuru Kenyatta spoke of the attack on the town of Mandera.",
        ("Uhuru Kenyatta", "leader_of", "Kenya"),
        ("Uhuru Kenyatta", "attacked", "Mandera"),
    ),
    (
        "Nigerian President Muhammadu Buhari talked of the bombing of the northern city of Kano.",
        ("Muhammadu Buhari", "leader_of", "Nigeria"),
        ("Muhammadu Buhari", "attacked", "Kano"),
    ),
    (
        "Egypt's president spoke of the attack on the Egyptian city of Arish.",
        ("Arish", "located_in", "Egypt"),
        ("Abdel Fattah el-Sisi", "attacked", "Arish"),
    ),
    # ... and who investigates, mourns, answers or gives details of it
    (
        "Tunisian police are investigating the attack on the Bardo museum.",
        None,
        ("Tunisian police", "attacked", "Bardo museum"),
    ),
    (
        "Jordan's King Abdullah mourned the killing of the pilot Moaz al-Kasasbeh.",
        ("Abdullah", "leader_of", "Jordan"),
        ("Abdullah", "attacked", "Moaz al-Kasasbeh"),
    ),
    (
        "French President Francois Hollande responded to the attack on Charlie Hebdo with new "
        "laws.",
        ("François Hollande", "leader_of", "France"),
        ("François Hollande", "attacked", "Charlie Hebdo"),
    ),
    (
        "Nigerian officials gave details of the attack on the town of Baga.",
        None,
        ("Nigerian officials", "attacked", "Baga"),
    ),
    # ... but who shows a video of it may well have done it
    (
        "ISIL released a video of the execution of 21 Egyptian Christians.",
        ("Islamic State", "attacked", "Christians"),
        None,
    ),
    # the one blamed for an attack is its (alleged) doer, not the one who blames
    (
        "Kenya blamed al-Shabab for the attack on Garissa University.",
        ("al-Shabab", "attacked", "Garissa University"),
        ("Kenya", "attacked", "Garissa University"),
    ),
    (
        "Kenyan police said al-Shabab carried out the attack on Garissa University.",
        ("al-Shabab", "attacked", "Garissa University"),
        None,
    ),
    # ... while the doer the phrase names stays, and one who launches an attack did it
    (
        "The French president talked about the attack on Charlie Hebdo by al-Qaeda in the "
        "Arabian Peninsula.",
        ("al-Qaeda in the Arabian Peninsula", "attacked", "Charlie Hebdo"),
        None,
    ),
    (
        "The Turkish army launched an attack on the Kurdish town of Cizre.",
        ("Turkish army", "attacked", "Cizre"),
        None,
    ),
]

CONTESTED: list[Case] = [
    # fighting a release, a ruling or a plan opposes an act: its owner is not attacked
    (
        "The Kenyan government fought Ruto's nomination for years.",
        None,
        ("Kenyan government", "attacked", "William Ruto"),
    ),
    (
        "Sri Lanka will fight the UN's ruling on war crimes.",
        None,
        ("Sri Lanka", "attacked", "United Nations"),
    ),
    (
        "The Greek government fought Germany's plan for years.",
        None,
        ("Greek government", "attacked", "Germany"),
    ),
    # ... while fighting people, or an armed group's offensive, is force
    (
        "The Egyptian army fought ISIL fighters in Sinai.",
        ("Egyptian army", "attacked", "Islamic State"),
        None,
    ),
]


OFFENSIVES: list[Case] = [
    # fighting or repelling an offensive on a place: the foe is the offensive's owner
    (
        "Kurdish fighters fought ISIL's offensive on Kobane.",
        ("Kurdish fighters", "attacked", "Islamic State"),
        ("Kurdish fighters", "attacked", "Kobane"),
    ),
    (
        "Kurdish fighters vowed to fight ISIL's offensive on Kobane.",
        ("Kurdish fighters", "attacked", "Islamic State"),
        ("Kurdish fighters", "threatened", "Kobane"),
    ),
    # ... and the offensive's owner attacked the place
    (
        "Nigerian troops repelled a Boko Haram attack on Maiduguri.",
        ("Boko Haram", "attacked", "Maiduguri"),
        ("Nigerian troops", "attacked", "Maiduguri"),
    ),
    # ... while a place the verb itself is aimed at stays its target
    (
        "Saudi warplanes bombed Houthi positions in Sanaa.",
        ("Saudi army", "attacked", "Houthis"),
        None,
    ),
]


PLACES: list[Case] = [
    # a common noun names no place: "the city's mosques", "in absentia"
    (
        "He gave a sermon in one of the city's mosques in Mosul.",
        None,
        ("mosques", "located_in", "Mosul"),
    ),
    (
        "Israeli officers are being tried in absentia in Turkey for war crimes.",
        None,
        ("absentia", "located_in", "Turkey"),
    ),
    # a name, a comma and a possessive is a list, not "City, Country"
    (
        "Differences over US policy toward Tehran, Syria's civil war and the uprisings loomed "
        "over the meetings.",
        None,
        ("Tehran", "located_in", "Syria"),
    ),
    (
        "According to the Fourth Geneva Convention, Israel's transfer of its people into "
        "occupied territories is forbidden.",
        None,
        ("Fourth Geneva Convention", "located_in", "Israel"),
    ),
    (
        "The talks were held in Geneva, Switzerland, on Monday.",
        ("Geneva", "located_in", "Switzerland"),
        None,
    ),
    (
        "Officials met in Aden, Yemen's second city, on Friday.",
        ("Aden", "located_in", "Yemen"),
        None,
    ),
    # ... while "X, Y's capital / district" is an apposition that places X in Y
    (
        "Diplomats met representatives of the Houthi rebels in Muscat, Oman's capital, for a "
        "day last week.",
        ("Muscat", "located_in", "Oman"),
        None,
    ),
    (
        "Their biggest obstacle was finding a space for the school in Fatih, Istanbul's "
        "historic - and overcrowded -district.",
        ("Fatih", "located_in", "Istanbul"),
        None,
    ),
    # ... and named places keep their place
    (
        "The Kot Lakhpat jail in the eastern city of Lahore was locked down.",
        ("Kot Lakhpat jail", "located_in", "Lahore"),
        None,
    ),
    (
        "Fighting raged in the town of al-Sekhna in Homs province.",
        ("al-Sekhna", "located_in", "Homs province"),
        None,
    ),
]


@pytest.mark.parametrize(("sentence", "kept", "removed"), CLASHES + TOPICS + CONTESTED + OFFENSIVES)
def test_interactions_clash_topic_or_fought_act_names_the_right_foe(
    extract: Any, sentence: str, kept: Triple | None, removed: Triple | None
) -> None:
    """Those fallen in a clash with Y were attacked by Y; an event spoken of is a topic; a
    fought act has no foe; a fought offensive's foe is its owner, not the place."""
    check_kept_removed(extract(sentence), kept, removed)


WISHES: list[tuple[str, Triple, str]] = [
    # wanting another to act proposes the act; it has not happened
    (
        "The Kurdish opposition wants Turkey to withdraw from Syria.",
        ("Turkey", "withdrew_from", "Syria"),
        "proposed",
    ),
    (
        "Protesters want Russia to withdraw from Crimea.",
        ("Russia", "withdrew_from", "Crimea"),
        "proposed",
    ),
    (
        "The Labour Party, which wants Britain to withdraw from NATO, won few seats.",
        ("United Kingdom", "withdrew_from", "NATO"),
        "proposed",
    ),
    # an act someone "must" do is demanded of them, not done
    (
        "The UN said Israel must withdraw from the West Bank.",
        ("Israel", "withdrew_from", "West Bank"),
        "proposed",
    ),
    (
        "Human Rights Watch said Egypt must release Mohamed Soltan.",
        ("Egypt", "conceded_to", "Mohamed Soltan"),
        "proposed",
    ),
    (
        "Egypt released Mohamed Soltan on Saturday.",
        ("Egypt", "conceded_to", "Mohamed Soltan"),
        "occurred",
    ),
    # a meeting asked or hoped for has not taken place
    (
        "The Burundian opposition asked for a meeting with President Pierre Nkurunziza.",
        ("Burundian opposition", "met", "Pierre Nkurunziza"),
        "proposed",
    ),
    (
        "Ankara asked for negotiations with the European Union on visas.",
        ("European Union", "negotiated_with", "Turkey"),
        "proposed",
    ),
    (
        "The Burundian opposition held a meeting with President Pierre Nkurunziza.",
        ("Burundian opposition", "met", "Pierre Nkurunziza"),
        "occurred",
    ),
    # ... while the act itself, told as done, occurred
    ("Russia withdrew from Crimea in 1994.", ("Russia", "withdrew_from", "Crimea"), "occurred"),
]


@pytest.mark.parametrize(("sentence", "claim", "status"), WISHES)
def test_qualifiers_wanted_or_obliged_act_is_proposed(
    extract: Any, sentence: str, claim: Triple, status: str
) -> None:
    """ "X wants Y to withdraw", "Y must withdraw", "asked for talks": proposed, not occurred."""
    assert statuses(extract(sentence), claim) == {status}


NEGATED_AND_ASKED: list[tuple[str, Triple, str]] = [
    # "no" on an event noun under its light verb denies it
    (
        "No talks were held between Armenia and Azerbaijan last year.",
        ("Armenia", "met", "Azerbaijan"),
        "denied",
    ),
    (
        "Armenia held no talks with Azerbaijan last year.",
        ("Armenia", "met", "Azerbaijan"),
        "denied",
    ),
    ("Serbia imposed no sanctions on Russia.", ("Serbia", "sanctioned", "Russia"), "denied"),
    (
        "Talks were held between Armenia and Azerbaijan last year.",
        ("Armenia", "met", "Azerbaijan"),
        "occurred",
    ),
    ("Serbia imposed sanctions on Russia.", ("Serbia", "sanctioned", "Russia"), "occurred"),
    # a yes/no question asks whether it happened
    (
        "Did Russia arm the Ukrainian separatists?",
        ("Russia", "supported", "Ukrainian separatists"),
        "hypothetical",
    ),
    ("Will Iran attack Israel this year?", ("Iran", "attacked", "Israel"), "hypothetical"),
    # ... while a "why" question takes it as given
    (
        "Why did Russia arm the Ukrainian separatists?",
        ("Russia", "supported", "Ukrainian separatists"),
        "occurred",
    ),
]


@pytest.mark.parametrize(("sentence", "claim", "status"), NEGATED_AND_ASKED)
def test_qualifiers_no_event_and_yes_no_question(
    extract: Any, sentence: str, claim: Triple, status: str
) -> None:
    """ "No talks were held" is denied; "Did X arm Y?" is hypothetical, not occurred."""
    assert statuses(extract(sentence), claim) == {status}


@pytest.mark.parametrize(("sentence", "kept", "removed"), PLACES)
def test_places_common_noun_or_possessive_list_is_no_place(
    extract: Any, sentence: str, kept: Triple | None, removed: Triple | None
) -> None:
    """A common noun ("mosques") or "X, Y's ..." gives no located_in; named places do."""
    check_kept_removed(extract(sentence), kept, removed)


def test_ingest_topic_tag_line_is_no_text(extract: Any) -> None:
    """A "Topic: War & Conflict, Middle East, Syria" tag line is dropped, not read as places."""
    graph = extract(
        "Syria: a country divided\n\nTopic: War & Conflict, Middle East, Syria, ISIL\n\n"
        "The war in Syria has divided the country, Syrian activists said on Monday."
    )
    assert ("Middle East", "located_in", "Syria") not in triples(graph)
    assert "Syria" in {e.label for e in graph.entities.values()}
