"""Support, sanction, threat and talk misses (sup43).

Arms, weapons, supplies and training "for" an actor are aid to it whatever verb governs them
("is considering more arms supplies for X", "approved weapons for X"), and the verb's mood is
the claim's ("considering": hypothetical; "refused to send": denied); a stepped-up or
increased supply is aid given (kg/data/en/triggers.jsonl). Also: targets named
(kg/extract/named_targets.py), "their" for a people named by a singular noun
(kg/extract/actor_coref.py), common ground sought (triggers.jsonl), choruses joined
(kg/extract/joined_choruses.py), truce terms (kg/extract/truce_terms.py), removals from what a
body owns (kg/extract/removal_passives.py) and lenders compounded before a loan
(kg/extract/bailouts.py). Sentences of our own, about actors other than the articles'.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Case, Triple, statuses, triples

AID_FOR: list[tuple[str, Triple, str]] = [
    (
        "Canada is considering faster training and more arms supplies for the Kurdish "
        "Peshmerga, an official said.",
        ("Canada", "supported", "Peshmerga"),
        "hypothetical",
    ),
    (
        "Germany is considering more training for the Malian army.",
        ("Germany", "supported", "Malian army"),
        "hypothetical",
    ),
    (
        "Britain approved more weapons for the Free Syrian Army.",
        ("United Kingdom", "supported", "Free Syrian Army"),
        "occurred",
    ),
    (
        "France stepped up arms supplies to the Lebanese army.",
        ("France", "supported", "Lebanese army"),
        "occurred",
    ),
    (
        "Russia refused to send weapons for the Houthis.",
        ("Russia", "supported", "Houthis"),
        "denied",
    ),
]


@pytest.mark.parametrize(("text", "expected", "status"), AID_FOR)
def test_aid_nouns_for_an_actor_support_it(
    extract: Any, text: str, expected: Triple, status: str
) -> None:
    """Arms, supplies or training for an actor: supported, with the governing verb's mood."""
    graph = extract(text, published="2015-06-10")
    assert expected in triples(graph)
    assert statuses(graph, expected) == {status}


NOT_AID: list[tuple[str, Triple]] = [
    # taken, not given
    (
        "Boko Haram fighters captured weapons meant for the Nigerian army.",
        ("Boko Haram", "supported", "Nigerian army"),
    ),
    # seized on the way: the seizer gives nothing
    (
        "Egyptian police seized a shipment of weapons for Hamas.",
        ("Egyptian police", "supported", "Hamas"),
    ),
    # the supply cut is a sanction, not aid
    (
        "France halted arms supplies to the Lebanese army.",
        ("France", "supported", "Lebanese army"),
    ),
]


@pytest.mark.parametrize(("text", "forbidden"), NOT_AID)
def test_aid_nouns_taken_or_cut_are_no_support(extract: Any, text: str, forbidden: Triple) -> None:
    """Weapons captured, seized or cut off: no supported claim from the one who did it."""
    assert forbidden not in triples(extract(text, published="2015-06-10"))


NAMED_TARGETS: list[tuple[str, Triple, str]] = [
    (
        "Boko Haram named Chad and Niger as targets.",
        ("Boko Haram", "threatened", "Niger"),
        "occurred",
    ),
    (
        "Al-Qaeda singled out France as a target.",
        ("al-Qaeda", "threatened", "France"),
        "occurred",
    ),
    (
        "A new Boko Haram video specified as targets the capital cities of Chad, Niger and "
        'Cameroon, saying, "Today the war is in Maiduguri."',
        ("Boko Haram", "threatened", "Cameroon"),
        "occurred",
    ),
    (
        "Boko Haram did not name Chad as a target.",
        ("Boko Haram", "threatened", "Chad"),
        "denied",
    ),
]


@pytest.mark.parametrize(("text", "expected", "status"), NAMED_TARGETS)
def test_named_targets_threaten_the_named(
    extract: Any, text: str, expected: Triple, status: str
) -> None:
    """Naming an actor as a target threatens it (kg/extract/named_targets.py)."""
    graph = extract(text, published="2015-06-10")
    assert expected in triples(graph)
    assert statuses(graph, expected) == {status}


NOT_TARGETS: list[tuple[str, Triple]] = [
    # a target of a programme is aimed at, not threatened
    (
        "The UN named Kenya as a target of its aid programme.",
        ("United Nations", "threatened", "Kenya"),
    ),
    # named as something else
    (
        "The International Monetary Fund named Nigeria as the fastest growing economy.",
        ("International Monetary Fund", "threatened", "Nigeria"),
    ),
    # the place in the quote after the naming is not among the targets
    (
        'A new Boko Haram video named Chad as a target, saying, "Yesterday the war was in '
        'Cameroon."',
        ("Boko Haram", "threatened", "Cameroon"),
    ),
]


@pytest.mark.parametrize(("text", "forbidden"), NOT_TARGETS)
def test_named_targets_only_targets_named(extract: Any, text: str, forbidden: Triple) -> None:
    """No threat for a target of a programme, a name that is no target, or a quoted place."""
    assert forbidden not in triples(extract(text, published="2015-06-10"))


PEOPLE_THEIR: list[Case] = [
    (
        "Hezbollah will not target the Christian community despite their support for the "
        "Lebanese army.",
        ("Christian community", "supported", "Lebanese army"),
        None,
    ),
    (
        "Golani said his group will not target the country's Druze minority despite their "
        "support for the Lebanese government.",
        ("Druze minority", "supported", "Lebanese government"),
        None,
    ),
    # a plural actor before the pronoun is its antecedent, not the people
    (
        "The Druze minority criticised the Kurds for their support for the Iraqi government.",
        ("Kurds", "supported", "Iraqi government"),
        ("Druze minority", "supported", "Iraqi government"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "forbidden"), PEOPLE_THEIR)
def test_actor_coref_their_takes_up_a_people_noun(
    extract: Any, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    """ "their" after "the X minority/community" is that people when no plural actor is
    nearer (kg/extract/actor_coref.py ``_people_noun``)."""
    found = triples(extract(text, published="2015-06-10"))
    if expected is not None:
        assert expected in found
    if forbidden is not None:
        assert forbidden not in found


COMMON_GROUND: list[Case] = [
    (
        "France sought common ground with Germany on the migrant crisis.",
        ("France", "negotiated_with", "Germany"),
        None,
    ),
    (
        "China and Japan found common ground on trade.",
        ("China", "negotiated_with", "Japan"),
        None,
    ),
    # ground gained or held is no talk
    (
        "Government troops gained ground against the Taliban.",
        None,
        ("Government troops", "negotiated_with", "Taliban"),
    ),
    (
        "The United States has troops on the ground with the Kurds.",
        None,
        ("United States", "negotiated_with", "Kurds"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "forbidden"), COMMON_GROUND)
def test_common_ground_sought_is_negotiation(
    extract: Any, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    """Finding or seeking common ground with an actor negotiates with it; ground gained does
    not (kg/data/en/triggers.jsonl: ground, light find/look/search/seek)."""
    found = triples(extract(text, published="2015-06-10"))
    if expected is not None:
        assert expected in found
    if forbidden is not None:
        assert forbidden not in found


JOINED_CHORUSES: list[Case] = [
    (
        "The European Union joined a chorus of countries that called for Ahmed Mansoor to be "
        "pardoned.",
        ("European Union", "supported", "Ahmed Mansoor"),
        None,
    ),
    (
        "Canada joined a growing list of states that have condemned Russia.",
        ("Canada", "criticized", "Russia"),
        None,
    ),
    # the named members of the chorus call too
    (
        "Japan joined a chorus of countries, including Canada, that have condemned Russia.",
        ("Canada", "criticized", "Russia"),
        None,
    ),
    (
        "Japan joined a chorus of countries, including Canada, that have condemned Russia.",
        ("Japan", "criticized", "Russia"),
        None,
    ),
    # a named member's own clause is its own, not the joiner's
    (
        "Canada joined a chorus of voices including Amnesty International, which called for "
        "Ahmed Mansoor to be pardoned.",
        ("Amnesty International", "supported", "Ahmed Mansoor"),
        ("Canada", "supported", "Ahmed Mansoor"),
    ),
    # joining a group is not doing what the group did
    (
        "Hamas joined a group that attacked Israel.",
        None,
        ("Hamas", "attacked", "Israel"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "forbidden"), JOINED_CHORUSES)
def test_joined_choruses_the_joiner_does_what_the_chorus_does(
    extract: Any, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    """ "joined a chorus of countries that called for X": the joiner calls for it too
    (kg/extract/joined_choruses.py)."""
    found = triples(extract(text, published="2015-06-10"))
    if expected is not None:
        assert expected in found
    if forbidden is not None:
        assert forbidden not in found


TRUCE_TERMS: list[Case] = [
    (
        "Israel offered a three-day ceasefire, but warned that the truce depended on Hamas "
        "abiding by the deal.",
        ("Israel", "threatened", "Hamas"),
        None,
    ),
    (
        "Turkey says the ceasefire will be extended if the PKK stops its attacks.",
        ("Turkey", "threatened", "Kurdistan Workers' Party"),
        None,
    ),
    # a truce that would end on a mediator's step sets that mediator no terms
    (
        "Israel said the ceasefire would collapse if Egypt withdrew its mediators.",
        None,
        ("Israel", "threatened", "Egypt"),
    ),
    # a truce that has held since a side stopped: no condition
    (
        "Israel says the ceasefire has been holding since Hamas stopped firing rockets.",
        None,
        ("Israel", "threatened", "Hamas"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "forbidden"), TRUCE_TERMS)
def test_truce_terms_threaten_the_side_bound(
    extract: Any, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    """A truce said to depend on a side, or to last if it complies, threatens that side
    (kg/extract/truce_terms.py)."""
    found = triples(extract(text, published="2015-06-10"))
    if expected is not None:
        assert expected in found
    if forbidden is not None:
        assert forbidden not in found


REMOVED_FROM: list[Case] = [
    (
        "Galatasaray was banned from UEFA competitions for two years.",
        ("UEFA", "sanctioned", "Galatasaray"),
        None,
    ),
    (
        "Chris Roberts was banned from flying with Delta Air Lines.",
        ("Delta Air Lines", "sanctioned", "Chris Roberts"),
        None,
    ),
    # a trip's destination is no remover
    (
        "Chris Roberts was banned from travelling to Russia.",
        None,
        ("Russia", "sanctioned", "Chris Roberts"),
    ),
    # a country's adjective on the place names no remover
    (
        "Galatasaray was banned from Turkish stadiums for two years.",
        None,
        ("Turkey", "sanctioned", "Galatasaray"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "forbidden"), REMOVED_FROM)
def test_removal_passives_owner_of_what_one_is_removed_from(
    extract: Any, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    """ "banned from UEFA competitions", "from flying with Delta": the owner of what one is
    barred from, or the body of the barred act, sanctioned them
    (kg/extract/removal_passives.py ``_from_bodies``)."""
    found = triples(extract(text, published="2015-06-10"))
    if expected is not None:
        assert expected in found
    if forbidden is not None:
        assert forbidden not in found


BAILOUTS: list[Case] = [
    (
        "Ukraine is waiting for its IMF bailout.",
        ("IMF", "supported", "Ukraine"),
        None,
    ),
    (
        "Egypt received a $12bn IMF loan in 2016.",
        ("IMF", "supported", "Egypt"),
        None,
    ),
    (
        "Portugal's EU bailout expires in June.",
        ("European Union", "supported", "Portugal"),
        None,
    ),
    # a loan turned down is not taken
    (
        "Egypt rejected an IMF loan in 2016.",
        None,
        ("IMF", "supported", "Egypt"),
    ),
]


@pytest.mark.parametrize(("text", "expected", "forbidden"), BAILOUTS)
def test_bailouts_lender_compound_supports_the_taker(
    extract: Any, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    """A lender compounded before a loan noun supported its owner or taker
    (kg/extract/bailouts.py)."""
    found = triples(extract(text, published="2015-06-10"))
    if expected is not None:
        assert expected in found
    if forbidden is not None:
        assert forbidden not in found
