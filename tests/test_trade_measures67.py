"""Trade and supply measures (probeD67): a verdict on "the decision" after an act told in a
reported clause ("X did Y, the ministry said"; kg/extract/act_antecedents.py), a trade measure
on a country's goods ("tariffs on Brazilian sugar", "imports from X": ``traded_goods``,
kg/extract/interactions.py owners_of), supplies cut to a country (seed sanction.txt), unnamed
people expelled (interactions.py _armed_side) and "X CITY (AP) -" datelines
(kg/extract/places.py _appositions). Sentences of our own, with the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases, triples

REPORTED_KEPT = [
    # the act in the clause a speech verb reports, the speaker after it
    (
        "Thailand banned rice exports to Laos on Tuesday, the commerce ministry said. "
        "Laos criticized the decision.",
        ("Laos", "criticized", "Thailand"),
    ),
    (
        "Hungary closed its border with Serbia on Tuesday, a government spokesman said.\n\n"
        "Serbia condemned the move.",
        ("Serbia", "criticized", "Hungary"),
    ),
    # ... or before it
    (
        "The ministry said Norway had expelled two Belarusian diplomats. "
        "Belarus denounced the move.",
        ("Belarus", "criticized", "Norway"),
    ),
    # a decision extended or tightened; restrictions pointing back to a tightening
    (
        "Norway extended its sanctions against Belarus on Friday. Belarus denounced the decision.",
        ("Belarus", "criticized", "Norway"),
    ),
    (
        "Canada tightened controls on exports of chemicals to Venezuela on Friday.\n\n"
        "Venezuela condemned the restrictions.",
        ("Venezuela", "criticized", "Canada"),
    ),
]

REPORTED_REMOVED = [
    # a reported plan is no act done
    (
        "The Kremlin said Russia would impose tariffs on Georgian wine. "
        "Georgia condemned the decision.",
        ("Georgia", "criticized", "Russia"),
    ),
    # a reported act that no decision can name
    (
        "Officials said Kenya hosted a summit on Tuesday. Tanzania criticized the decision.",
        ("Tanzania", "criticized", "Kenya"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"), kept_removed_cases(REPORTED_KEPT, REPORTED_REMOVED)
)
def test_act_antecedents_reported_clause(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """A verdict on "the decision" falls on the doer of the act a speech verb's clause told in
    the sentence before; not on a plan, nor on an act no decision names."""
    check_kept_removed(extract(text), kept, removed)


GOODS_KEPT = [
    # a demonym on the goods a measure falls on
    (
        "The United States imposed tariffs on Brazilian sugar on Monday.",
        ("United States", "sanctioned", "Brazil"),
    ),
    ("Australia slapped tariffs on Chinese aluminium.", ("Australia", "sanctioned", "China")),
    ("Morocco imposed an embargo on Algerian dates.", ("Morocco", "sanctioned", "Algeria")),
    # ... or eased for them
    ("Mexico lifted its tariffs on American pork.", ("Mexico", "conceded_to", "United States")),
    (
        "The European Union eased restrictions on Iranian oil.",
        ("European Union", "conceded_to", "Iran"),
    ),
    # ... or on the goods imports are of
    ("Belarus banned imports of Polish apples on Thursday.", ("Belarus", "sanctioned", "Poland")),
    ("Vietnam halted imports of Cambodian rice.", ("Vietnam", "sanctioned", "Cambodia")),
    # the country goods come from
    (
        "India imposed duties on steel imports from South Korea.",
        ("India", "sanctioned", "South Korea"),
    ),
    (
        "Japan lifted tariffs on rice imports from Thailand on Monday.",
        ("Japan", "conceded_to", "Thailand"),
    ),
]

GOODS_REMOVED = [
    # people named by a demonym are not their state's goods
    ("Britain imposed a ban on Russian athletes.", ("United Kingdom", "sanctioned", "Russia")),
    ("The United States released Cuban prisoners.", ("United States", "conceded_to", "Cuba")),
    # goods "from" a place a measure is not on
    (
        "India welcomed steel imports from South Korea.",
        ("India", "sanctioned", "South Korea"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(GOODS_KEPT, GOODS_REMOVED))
def test_trade_measure_on_goods(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """A trade measure imposed or eased on a country's goods (its demonym, or "imports from
    X") is imposed on or eased for that country; people named by a demonym are no goods."""
    check_kept_removed(extract(text, published="2019-05-15"), kept, removed)


SUPPLY_CUTS = [
    ("Iran halted oil supplies to Pakistan on Friday.", ("Iran", "sanctioned", "Pakistan")),
    ("Russia cut gas supplies to Moldova in January.", ("Russia", "sanctioned", "Moldova")),
    ("Qatar stopped fuel supplies to Lebanon.", ("Qatar", "sanctioned", "Lebanon")),
    ("Algeria reduced gas supplies to Spain last winter.", ("Algeria", "sanctioned", "Spain")),
]


@pytest.mark.parametrize(("text", "triple"), SUPPLY_CUTS)
def test_supply_cut_sanctioned(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """Supplies cut, halted or suspended to a country sanction it (CAMEO 162)."""
    assert triple in triples(extract(text, published="2019-05-15"))


def test_supply_increase_supported(extract: Any) -> None:
    """Supplies increased to a country are aid, no sanction."""
    found = triples(extract("Russia increased gas supplies to Serbia.", published="2019-05-15"))
    assert ("Russia", "sanctioned", "Serbia") not in found, found


EXPELLED = [
    # an article's unnamed people of no armed sector are expelled, not fought
    (
        "Kenya expelled dozens of Somali traders on Monday.",
        ("Kenya", "sanctioned", "Somali traders"),
        ("Kenya", "attacked", "Somali traders"),
    ),
    (
        "Angola expelled hundreds of Congolese miners.",
        ("Angola", "sanctioned", "Congolese miners"),
        ("Angola", "attacked", "Congolese miners"),
    ),
    # a named group or armed people driven out by fighters are fought
    (
        "Iraqi forces expelled Islamic State fighters from Tikrit.",
        ("Iraqi forces", "attacked", "Islamic State"),
        ("Iraqi forces", "sanctioned", "Islamic State"),
    ),
    (
        "Government forces expelled separatists from Donetsk.",
        ("Government forces", "attacked", "separatists"),
        ("Government forces", "sanctioned", "separatists"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), EXPELLED)
def test_expelled_unnamed_people(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """A state expelling unnamed people of no armed sector sanctions them (CAMEO 174); a
    named group or armed people expelled by fighters are attacked."""
    check_kept_removed(extract(text, published="2019-05-15"), kept, removed)


CITY_DATELINES = [
    # a wire dateline whose town ends in "CITY": the agency is no city of the country
    (
        "MEXICO CITY (AP) - Mexico signed a trade deal with Japan on Wednesday.",
        ("Mexico", "agreed_with", "Japan"),
        ("AP", "located_in", "Mexico"),
    ),
    (
        "PANAMA CITY (Reuters) - Panama raised tariffs on Colombian textiles on Monday.",
        ("Panama", "sanctioned", "Colombia"),
        ("Reuters", "located_in", "Panama"),
    ),
    # an apposition after the dateline still places its town
    (
        "GUATEMALA CITY (AP) - Farmers marched in Quetzaltenango, the second city of "
        "Guatemala, on Monday.",
        ("Quetzaltenango", "located_in", "Guatemala"),
        ("AP", "located_in", "Guatemala"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), CITY_DATELINES)
def test_city_dateline_agency(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """In "MEXICO CITY (AP) -" the agency the parser hangs on "CITY" is no city of the
    country; appositions after the dateline still place their towns."""
    found = triples(extract(text, published="2019-05-15"))
    assert kept in found or (kept[2], kept[1], kept[0]) in found, found
    assert removed not in found, found


def test_imports_of_unowned_goods(extract: Any) -> None:
    """Imports banned of goods no country owns sanction no one."""
    found = triples(extract("Jordan banned imports of poultry in May.", published="2019-05-15"))
    assert not {t for t in found if t[1] == "sanctioned"}, found
