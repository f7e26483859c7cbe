"""Support, sanctions and threats in forms of real articles (back59): support held by its
object ("enjoys the backing of X", ``support_holding``; "commands the loyalty of X"), a
relational noun joined to another ("X is Y's friend and ally", kg/extract/stance_roles.py), a
penalty handed to someone ("gave X a lifetime ban"), a verb's sense-picking preposition hung
on its named object ("stripped X of his citizenship", kg/lexicon.py), a threat to a good of
a holder named after "of" ("a threat to the security of X", ``threatened_goods``), a choice
set under a step of force ("told X to withdraw or face sanctions", kg/extract/choice_threats.py)
and a declared resolve as a vow ("was determined to fight X", ``vow_verbs``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import statuses, triples

FIRES = [
    # support held: the "of" side supports the holder
    (
        "Erdogan enjoys the backing of the Turkish army.",
        ("Turkish army", "supported", "Recep Tayyip Erdogan"),
    ),
    (
        "Erdogan has the support of the Turkish army.",
        ("Turkish army", "supported", "Recep Tayyip Erdogan"),
    ),
    (
        "Bashar al-Assad retains the support of the Syrian army.",
        ("Syrian army", "supported", "Bashar al-Assad"),
    ),
    # loyalty held or earned
    (
        "Nicolas Maduro commands the loyalty of the Venezuelan army.",
        ("Venezuelan army", "supported", "Nicolás Maduro"),
    ),
    ("Narendra Modi has earned the loyalty of the BJP.", ("BJP", "supported", "Narendra Modi")),
    # a relational noun joined by "and" to another: that one's place and owner or "of"
    ("India is Afghanistan's friend and ally.", ("India", "supported", "Afghanistan")),
    ("Qatar is a close friend and ally of Hamas.", ("Qatar", "supported", "Hamas")),
    ("Iran, Assad's friend and main backer, sent troops.", ("Iran", "supported", "Assad")),
    # a penalty given or handed to someone, active or passive
    ("FIFA gave Jack Warner a lifetime ban.", ("FIFA", "sanctioned", "Jack Warner")),
    ("Jack Warner was handed a lifetime ban by FIFA.", ("FIFA", "sanctioned", "Jack Warner")),
    (
        "The Football Association gave Chelsea a fine.",
        ("Football Association", "sanctioned", "Chelsea"),
    ),
    # the preposition that picks the verb's sense, hung by the parser on the named object
    (
        "Egypt stripped Mohamed ElBaradei of his citizenship.",
        ("Egypt", "sanctioned", "Mohamed ElBaradei"),
    ),
    ("Bahrain stripped Ali Salman of his nationality.", ("Bahrain", "sanctioned", "Ali Salman")),
    # a threat to a good whose holder follows "of", as to "X's security"
    ("ISIL is a threat to the stability of Jordan.", ("Islamic State", "threatened", "Jordan")),
    (
        "Russia poses a threat to the sovereignty of Ukraine.",
        ("Russia", "threatened", "Ukraine"),
    ),
    (
        "Pakistan threatened the security of Afghanistan.",
        ("Pakistan", "threatened", "Afghanistan"),
    ),
    # a choice set under a step of force ("... or face sanctions")
    (
        "The EU told Russia to withdraw or face sanctions.",
        ("European Union", "threatened", "Russia"),
    ),
    (
        "Turkey told the Kurdish rebels to leave or face attacks.",
        ("Turkey", "threatened", "Kurdish rebels"),
    ),
    (
        "Nigeria urged Boko Haram to surrender or face arrest.",
        ("Nigeria", "threatened", "Boko Haram"),
    ),
    ("The US said Iran must comply or face sanctions.", ("United States", "threatened", "Iran")),
    # a declared resolve to fight is a threat
    ("Al-Shabab said it was determined to fight Kenya.", ("al-Shabab", "threatened", "Kenya")),
    ("Hamas is determined to attack Israel.", ("Hamas", "threatened", "Israel")),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_support_forms_fire(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """Each form makes its claim."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


NOT_OCCURRED = [
    # support lost is no support; support not had is denied
    ("Erdogan has lost the support of the Turkish army.", "supported"),
    ("Erdogan does not have the support of the Turkish army.", "supported"),
    # a resolve to fight a thing threatens no one; a resolve denied is no threat
    ("Kenya is determined to fight corruption.", "threatened"),
    ("Hezbollah was not determined to fight Israel.", "threatened"),
    # a lapsed relation, joined to another noun
    ("Qatar is a friend and former ally of Hamas.", "supported"),
    ("Qatar is a former friend and ally of Hamas.", "supported"),
    # a threat denied
    ("Hamas poses no threat to the security of Israel.", "threatened"),
    # a choice under no step of force, or one not set
    ("The EU told Greece to pay or face bankruptcy.", "threatened"),
    ("The EU did not tell Russia to withdraw or face sanctions.", "threatened"),
    # a gift is no penalty
    ("FIFA gave Jack Warner a lifetime award.", "sanctioned"),
]


@pytest.mark.parametrize(("text", "predicate"), NOT_OCCURRED)
def test_support_forms_no_claim(extract: Any, text: str, predicate: str) -> None:
    """Support lost or denied, a lapsed ally, a resolve against no actor or denied, a threat
    denied, a choice under no force or not set, and a gift: no claim of the predicate that
    occurred."""
    graph = extract(text, published="2015-05-15")
    occurred = {t for t in triples(graph) if t[1] == predicate and "occurred" in statuses(graph, t)}
    assert not occurred, occurred
