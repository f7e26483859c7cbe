""" "Mmusi Maimane, a part-time pastor, ... The pastor" -> the one named actor the article set
that noun beside (kg/extract/described_refs.py ``link_described_refs``): an apposition, a
copula, a noun in front of the name, a body's name head. Sentences of our own, real model."""

from __future__ import annotations

from typing import Any

import pytest

from kg.extract.described_refs import described_nouns
from kg.lexicon import default_lexicon
from tests.conftest import Triple, check_kept_removed, kept_removed_cases, mention_pairs

KEPT = [
    # an apposition
    (
        "Nadia Karimi, a lawyer from Herat, has defended dozens of women. The lawyer said "
        "police beat her.",
        ("police", "attacked", "Nadia Karimi"),
    ),
    (
        "Omar Farouk, a popular cleric, was arrested in Cairo on Monday. Hundreds protested "
        "outside the court. The cleric accused the Egyptian government of lying.",
        ("Omar Farouk", "criticized", "Egyptian government"),
    ),
    # a copula
    (
        "Ali Hassan is a nightclub promoter in Beirut. The promoter accused the Lebanese "
        "police of torture.",
        ("Ali Hassan", "criticized", "Lebanese police"),
    ),
    # the noun in front of the name
    (
        "Siemens and the startup Zipline have clashed over patents. The startup said it would "
        "sue Siemens.",
        ("Zipline", "criticized", "Siemens"),
    ),
    (
        "The singer Ahmed Douma was detained in Dubai on Friday. Fans gathered at the airport. "
        "Police said the singer had insulted Mohammed bin Rashid.",
        ("Ahmed Douma", "criticized", "Mohammed bin Rashid Al Maktoum"),
    ),
    # a hyphened noun, the name in the next sentence
    (
        "The co-pilot who crashed the jet had hidden an illness. Co-pilot Andreas Schmid, 27, "
        "had been treated for depression. Police raided the home of the co-pilot.",
        ("Police", "sanctioned", "Andreas Schmid"),
    ),
    # "the co-pilot, 27-year-old X": the noun among the name's modifiers
    (
        "German media said the co-pilot, 27-year-old Jonas Weber, had hidden an illness. "
        "Prosecutors said the co-pilot had attacked his neighbour Peter Braun.",
        ("Jonas Weber", "attacked", "Peter Braun"),
    ),
    # the reference's place word is the description's own
    (
        "Marie Dubois, a French singer, met Ali Khan in Paris on Monday. The French singer "
        "accused the Algerian government of torture.",
        ("Marie Dubois", "criticized", "Algerian government"),
    ),
    # a body's name head
    (
        "Fans of the Mavi Club marched in Ankara on Saturday. Police attacked the club on Sunday.",
        ("Police", "attacked", "Mavi Club"),
    ),
    # "X, which is a sports club"
    (
        "Lawyers met Galatasaray, which is a sports club in Istanbul. Turkish police raided the "
        "club on Sunday.",
        ("Turkish police", "sanctioned", "Galatasaray"),
    ),
]

REMOVED = [
    # two actors of the article set beside the noun
    (
        "Nadia Karimi, a blogger from Herat, met Sara Ahmadi, a blogger from Kabul. The blogger "
        "said police beat her.",
        ("police", "attacked", "Nadia Karimi"),
    ),
    (
        "Nadia Karimi, a blogger from Herat, met Sara Ahmadi, a blogger from Kabul. The blogger "
        "said police beat her.",
        ("police", "attacked", "Sara Ahmadi"),
    ),
    # the noun used before any actor is described by it, and no one is after
    (
        "The pastor is expected to challenge the ANC. Voters in Soweto were angry. Mmusi "
        "Maimane, a former teacher, was elected leader of the Democratic Alliance.",
        ("Mmusi Maimane", "criticized", "African National Congress"),
    ),
    # described only several sentences after the reference
    (
        "The cleric accused the Egyptian government of lying. Hundreds protested. Police "
        "fired tear gas. Shops closed. Omar Farouk, a popular cleric, was arrested in Cairo.",
        ("Omar Farouk", "criticized", "Egyptian government"),
    ),
    # someone new with the noun: "a cleric said"
    (
        "Omar Farouk, a popular cleric, was arrested in Cairo on Monday. A cleric from "
        "Alexandria joined the protests. The cleric accused the Egyptian government of lying.",
        ("Omar Farouk", "criticized", "Egyptian government"),
    ),
    # "the other cleric": another one
    (
        "Omar Farouk, a popular cleric, was arrested in Cairo on Monday. The other cleric "
        "accused the Egyptian government of lying.",
        ("Omar Farouk", "criticized", "Egyptian government"),
    ),
    # a place word the description did not have: maybe another one
    (
        "Marie Dubois, a singer, met Ali Khan in Paris on Monday. The French singer accused "
        "the Algerian government of torture.",
        ("Marie Dubois", "criticized", "Algerian government"),
    ),
    # two clubs named
    (
        "Fans of the Mavi Club and the Kara Club marched in Ankara on Saturday. Police attacked "
        "the club on Sunday.",
        ("Police", "attacked", "Mavi Club"),
    ),
    # a thing described by a name is no actor's description
    (
        "The bus, a Volvo, crashed near Oslo on Monday. Police said the bus had no brakes. "
        "The driver accused Norway of negligence.",
        ("Volvo", "criticized", "Norway"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_described_refs_the_noun_is_the_one_described(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """A bare definite noun is the one actor the article set it beside, or no one."""
    check_kept_removed(extract(text), kept, removed)


LINKED = [
    (
        "Mmusi Maimane, a part-time pastor, was elected leader of the Democratic Alliance. The "
        "pastor is expected to challenge the ANC.",
        ("pastor", "Mmusi Maimane"),
    ),
    (
        "Ali Hassan is a nightclub promoter in Beirut. The promoter was arrested on Monday.",
        ("promoter", "Ali Hassan"),
    ),
]

NOT_LINKED = [
    # a title: the title rules decide ("the minister")
    (
        "Omar Farouk, a minister, was arrested in Cairo. The minister denied the charges.",
        "minister",
    ),
    # a relation, not who someone is
    (
        "Omar Farouk, a friend of the president, was arrested. The friend denied the charges.",
        "friend",
    ),
    # the noun with its own owner: someone else's
    ("Omar Farouk, a pastor, was arrested. Hassan Ali's pastor denied the charges.", "pastor"),
    # another person named before it in its sentence, the described one not: maybe that one's
    (
        "Maria Lopez, a Spanish painter, met Ali Khan in Madrid on Monday. Claude Durand's "
        "landscape sold for $40m, a record for the painter.",
        "painter",
    ),
]


@pytest.mark.parametrize(("text", "pair"), LINKED)
def test_described_refs_mention_on_the_described(
    extract: Any, text: str, pair: tuple[str, str]
) -> None:
    """The bare noun is a nominal mention of the described actor."""
    assert pair in mention_pairs(extract(text), "nominal")


@pytest.mark.parametrize(("text", "noun"), NOT_LINKED)
def test_described_refs_leaves_other_nouns(extract: Any, text: str, noun: str) -> None:
    """Titles, relations, owned nouns and a noun another person may own are not this
    rule's nominal mentions."""
    assert not {w for w, _ in mention_pairs(extract(text), "nominal") if w == noun}


def test_described_refs_nouns_exclude_other_rules_words() -> None:
    """The nouns leave out titles, kind nouns, place and group nouns and generic people."""
    nouns = described_nouns(default_lexicon())
    assert {"pastor", "startup", "club", "co-pilot", "carmaker"} <= nouns
    assert not {"minister", "party", "group", "city", "man", "government", "victim"} & nouns
