"""International agencies named by what they do (agency67): "the UN refugee agency", "the
UN's health agency", "the EU border agency" are the agency's own node, a member of its
parent, joined to the name the article writes for it, and "the agency" / "the watchdog"
later is that agency (kg/resolve/agencies.py, ``described_agencies`` in
kg/data/en/cues.json). Sentences of our own, about other actors than the articles that
showed the gaps."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, labels_of_type, triples

FOUND: list[tuple[str, Triple]] = [
    # the description acts as the agency, with or without a possessive
    (
        "The UN refugee agency urged Ethiopia to reopen its border.",
        ("UNHCR", "requested", "Ethiopia"),
    ),
    (
        "The UN's health agency criticised Liberia for hiding cases.",
        ("World Health Organization", "criticized", "Liberia"),
    ),
    (
        "The U.N. nuclear watchdog criticised Syria for blocking inspectors.",
        ("International Atomic Energy Agency", "criticized", "Syria"),
    ),
    (
        "The United Nations children's fund praised Peru for its vaccination drive.",
        ("UNICEF", "supported", "Peru"),
    ),
    (
        "The EU's border agency accused Greece of pushing back boats.",
        ("Frontex", "criticized", "Greece"),
    ),
    # what it does after its head noun, behind "for", before any group it names is read
    (
        "The UN agency for refugees urged Djibouti to register the new arrivals.",
        ("UNHCR", "requested", "Djibouti"),
    ),
    (
        "UNRWA, the UN agency for Palestine refugees, criticised Egypt for closing Rafah.",
        ("UNRWA", "member_of", "United Nations"),
    ),
    # the agency is a member of the parent its description names
    (
        "The UN refugee agency urged Ethiopia to reopen its border.",
        ("UNHCR", "member_of", "United Nations"),
    ),
    (
        "The UN children's agency accused Yemen of recruiting boys.",
        ("UNICEF", "member_of", "United Nations"),
    ),
    (
        "The UN human rights office accused Eritrea of torturing prisoners.",
        ("OHCHR", "member_of", "United Nations"),
    ),
    (
        "The EU border agency warned Libya about smugglers.",
        ("Frontex", "member_of", "European Union"),
    ),
    # the description joins the name the article writes for the agency, which labels it
    (
        "The UN food agency praised Chad for opening its border. WFP said more trucks "
        "would arrive.",
        ("WFP", "supported", "Chad"),
    ),
    (
        "The UN migration agency, IOM, criticised Thailand for abandoning boats.",
        ("IOM", "criticized", "Thailand"),
    ),
    # another of its names joins the first written too
    (
        "The UN Children's Fund praised Nepal for its schools. UNICEF accused India of "
        "ignoring child labour.",
        ("UN Children's Fund", "criticized", "India"),
    ),
    # "the agency" / "the watchdog" later is the one agency the article named
    (
        "The World Food Programme flew food to Juba. The agency accused Sudan of blocking "
        "its convoys.",
        ("World Food Programme", "criticized", "Sudan"),
    ),
    (
        "The UN nuclear watchdog sent inspectors to Iraq. The watchdog accused Baghdad of "
        "hiding uranium.",
        ("International Atomic Energy Agency", "criticized", "Iraq"),
    ),
    (
        "The UN refugee agency praised Chad on Monday. The agency accused Sudan of "
        "expelling refugees.",
        ("UNHCR", "criticized", "Sudan"),
    ),
]

NOT_FOUND: list[tuple[str, Triple]] = [
    # a news agency is no agency of the data: "the agency" after it stays unread
    (
        "Jaber told the AFP news agency that Turkey shelled Afrin. The agency said Syria "
        "denied it.",
        ("AFP", "stated", "Syria"),
    ),
    # two agencies named: "the agency" is neither
    (
        "The UN food agency praised Chad. The UN refugee agency criticised Sudan. The agency "
        "accused Niger of closing its border.",
        ("UNHCR", "criticized", "Niger"),
    ),
    # an indefinite agency refers back to none
    (
        "The UN refugee agency praised Chad. An agency accused Sudan of expelling refugees.",
        ("UNHCR", "criticized", "Sudan"),
    ),
    # the parent stays the parent: the description is no longer the UN's act
    (
        "The UN refugee agency urged Ethiopia to reopen its border.",
        ("United Nations", "requested", "Ethiopia"),
    ),
]


@pytest.mark.parametrize(("sentence", "triple"), FOUND)
def test_agencies_found(extract: Any, sentence: str, triple: Triple) -> None:
    """A described agency acts as its own node, a member of its parent, labelled as the
    article names it, and "the agency" later is it."""
    got = triples(extract(sentence))
    assert triple in got, sorted(got)


@pytest.mark.parametrize(("sentence", "triple"), NOT_FOUND)
def test_agencies_no_false_reading(extract: Any, sentence: str, triple: Triple) -> None:
    """No agency from a news agency or an indefinite one, and no act left on the parent."""
    got = triples(extract(sentence))
    assert triple not in got, sorted(got)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        # the description modifying the agency's people, or plural: no agency node
        ("Filippo Grandi met UN refugee agency officials in Amman.", "UNHCR"),
        ("Several UN agencies criticised Myanmar for the violence.", "UNHCR"),
        # a unit of the parent whose last word names no agency stays the unit
        ("The UN's refugee council criticised Mali.", "UNHCR"),
    ],
)
def test_agencies_no_node(extract: Any, sentence: str, absent: str) -> None:
    """The agency's people and plural agencies make no agency node."""
    assert absent not in labels_of_type(extract(sentence), "Organization")
