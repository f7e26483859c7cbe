"""Bare state sector nouns ("the government", "the police", "the junta") in an article about
several countries, given the country local evidence settles (kg/resolve/local_owners.py): a
state actor of one country named just before, a place of one country the sentence is set
in, the country of the subject's title, the story's dateline; never a country the sentence
names otherwise, and no one when two countries compete."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples

FIRES = [
    # a state actor of another sector of one country, named just before
    (
        "Kenya's police arrested two suspects on Monday. The government accused Somalia of "
        "harbouring al-Shabab.",
        ("Kenyan government", "criticized", "Somalia"),
    ),
    # the junta after the country's army
    (
        "Peru's army seized power in Lima, Bolivia said. The junta arrested Alan Garcia.",
        ("Peruvian government", "sanctioned", "Alan Garcia"),
    ),
    # a capital the sentence is set in; the object country is not the owner
    (
        "In Nairobi, the government accused Somalia of harbouring militants.",
        ("Kenyan government", "criticized", "Somalia"),
    ),
    (
        "Argentina's president met Uruguay's president on Monday. In Buenos Aires, the court "
        "sentenced Carlos Menem to seven years.",
        ("Argentine court", "sanctioned", "Carlos Menem"),
    ),
    # a place on the verb that reports the noun's clause
    (
        "In Abuja, officials said the police arrested Chadian rebels.",
        ("Nigerian police", "sanctioned", "Chadian rebels"),
    ),
    # a seat the model tags as a person still sets the sentence
    (
        "Chad and Niger met on Monday. In Niamey, the police arrested Ali Mahamat.",
        ("Nigerien police", "sanctioned", "Ali Mahamat"),
    ),
    # the country of the subject's title
    (
        "Kenyan Interior Minister Joseph Nkaissery said the police arrested Ahmed Iman. "
        "Somalia denied it.",
        ("Kenyan police", "sanctioned", "Ahmed Iman"),
    ),
    # the story's dateline
    (
        "NAIROBI, Kenya (Reuters) - Somalia and Ethiopia met on Monday.\n\n"
        "The police arrested Mohamed Ali Hassan on Sunday, officials said.",
        ("Kenyan police", "sanctioned", "Mohamed Ali Hassan"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), FIRES)
def test_local_owner_found(extract: Any, text: str, triple: tuple[str, str, str]) -> None:
    """Local evidence gives the bare noun one country: that country's actor."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple in found, found


NO_OWNER = [
    # no evidence: two countries met, the army is either's
    ("Ghana and Togo met in Accra. The army arrested Kofi Mensah on Monday.", "Kofi Mensah"),
    # two countries' armies compete
    (
        "Ghana's army and Togo's army patrolled the border. The army arrested Kofi Mensah.",
        "Kofi Mensah",
    ),
    # an army acts abroad: where its sentence is set says nothing of whose it is
    ("Chad and Niger met on Monday. In Niamey, the army arrested Ali Mahamat.", "Ali Mahamat"),
    # an envoy speaks of his host's government
    (
        "Tom Jones, the British envoy, said the government arrested Ahmed Iman. Kenya and "
        "Somalia disagree.",
        "Ahmed Iman",
    ),
    # a title's country with another country in the sentence
    (
        "Tom Jones, the British minister who travelled to Kenya, said the government "
        "arrested Ahmed Iman.",
        "Ahmed Iman",
    ),
]


@pytest.mark.parametrize(("text", "patient"), NO_OWNER)
def test_local_owner_left_open(extract: Any, text: str, patient: str) -> None:
    """Competing or no local evidence: the bare noun stays no one, so nothing acts on the
    patient."""
    found = triples(extract(text, published="2015-05-15"))
    assert not {t for t in found if t[2] == patient}, found


def test_local_owner_never_the_object(extract: Any) -> None:
    """The country the sentence names as the verb's other argument is never the owner."""
    text = (
        "Senegal's army fought rebels in Gambia. The government accused Senegal of arming the "
        "rebels."
    )
    found = triples(extract(text, published="2015-05-15"))
    assert not {t for t in found if t[0].startswith("Senegal") and t[2] == "Senegal"}, found


NOT_THE_TITLE = [
    # the patient's nationality, in the subject's own clause, is not the police's
    (
        "Ghanaian student Kofi Mensah was held in police custody on Tuesday. Togo and Benin "
        "disagreed.",
        "Ghanaian police",
    ),
    # a place of another clause does not set a relative clause's
    (
        "Ahmed Ali arrived in Greece after fleeing Syria, where the government bombed his "
        "home in 2013.",
        "Greek government",
    ),
    # an army after another country's police is not that police's
    (
        "Benin's police fired tear gas in Cotonou, Togo said. The army then arrested Kofi Mensah.",
        "Beninese army",
    ),
]


@pytest.mark.parametrize(("text", "label"), NOT_THE_TITLE)
def test_local_owner_not_given(extract: Any, text: str, label: str) -> None:
    """A nationality outside reported speech, a place of another clause, or another state
    body gives no owner."""
    graph = extract(text, published="2015-05-15")
    assert label not in {e.label for e in graph.entities.values()}, triples(graph)


SPAN_FRAMED = [
    # an event noun after a span of time under a frame preposition is a time, not the deed
    # of the subject above it (kg/extract/interactions.py, _frame_prep)
    (
        "Chad's military has gained control of the town of Gwoza, after days of fighting "
        "with rebel forces, Chad's government has said.",
        ("Chad's government", "attacked", "rebel forces"),
    ),
    (
        "Benin and Togo disagree. After weeks of protests against President Yayi Boni, "
        "Benin's army intervened.",
        ("Benin's army", "criticized", "Yayi Boni"),
    ),
]


@pytest.mark.parametrize(("text", "triple"), SPAN_FRAMED)
def test_span_framed_event_not_the_subjects(
    extract: Any, text: str, triple: tuple[str, str, str]
) -> None:
    """ "After days of fighting with X, Y said": Y did not fight X."""
    found = triples(extract(text, published="2015-05-15"))
    assert triple not in found, found
