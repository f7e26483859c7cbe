"""Faults and merits (kg/extract/faults.py): a quality a speaker says an actor has, in a
reported clause or a quote, criticises or supports its holder; a quality merely mentioned,
denied, asked about or alleged by others does not. Sentences of our own, with the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

KEPT = [
    # a possessed fault in the reported clause
    (
        "Opposition leader Kizza Besigye said Yoweri Museveni's arrogance would ruin Uganda.",
        ("Kizza Besigye", "criticized", "Yoweri Museveni"),
    ),
    ("Hun Sen said Thailand's hypocrisy was clear.", ("Hun Sen", "criticized", "Thailand")),
    (
        "Human rights groups said Rodrigo Duterte's brutality had killed thousands.",
        ("Human rights groups", "criticized", "Rodrigo Duterte"),
    ),
    # ... or in a quote, with its owner after "of"
    (
        '"The brutality of the Ethiopian forces was shocking," Abdi Ali said.',
        ("Abdi Ali", "criticized", "Ethiopian forces"),
    ),
    (
        "\"Regarding President Kagame's arrogance and defiance of the region, the council "
        'decides: President Kagame is dismissed," Kayumba Nyamwasa was quoted as saying.',
        ("Kayumba Nyamwasa", "criticized", "Kagame"),
    ),
    (
        "Cyril Ramaphosa said the Zimbabwean army's brutality had shocked the country.",
        ("Cyril Ramaphosa", "criticized", "Zimbabwean army"),
    ),
    # ... or said by the source of "according to"
    (
        "Hungary's arrogance has damaged the union, according to Josep Borrell.",
        ("Josep Borrell", "criticized", "Hungary"),
    ),
    # a fault held ("had double standards", "playing a double game")
    (
        "The Russian foreign ministry said Britain had double standards.",
        ("Russian foreign ministry", "criticized", "United Kingdom"),
    ),
    (
        "The Chinese foreign ministry said Washington was playing a double game.",
        ("Chinese foreign ministry", "criticized", "United States"),
    ),
    # an adjective of character, of the actor or of what it did
    (
        "Kim Yo-jong said the South Korean authorities were irresponsible.",
        ("Kim Yo-jong", "criticized", "South Korean authorities"),
    ),
    (
        "Maria Zakharova said the US had made irresponsible remarks about the dispute.",
        ("Maria Zakharova", "criticized", "United States"),
    ),
    # ... by a verb that shares its subject with the one before it
    (
        "Maria Zakharova said Japan had stayed silent on the dispute but had made "
        "irresponsible remarks about the islands.",
        ("Maria Zakharova", "criticized", "Japan"),
    ),
    # ... in a quote whose first-person clause ("I want to stress") hands it to the speaker
    (
        '"I want to stress that Canberra has made irresponsible remarks on the reefs," '
        "Wang Wenbin said on Friday.",
        ("Wang Wenbin", "criticized", "Australia"),
    ),
    (
        "Antonio Guterres told Al Jazeera that Myanmar was reckless.",
        ("Antonio Guterres", "criticized", "Myanmar"),
    ),
    # not welcome: the negation makes the fault
    (
        "Masoud Barzani told Reuters that Iran is not welcome in Kirkuk.",
        ("Masoud Barzani", "criticized", "Iran"),
    ),
    (
        "Masoud Barzani told Reuters that the Shia militias are not welcome in Kirkuk.",
        ("Masoud Barzani", "criticized", "Shia militias"),
    ),
    (
        "Cyril Ramaphosa said the Rwandan army carried out reckless attacks.",
        ("Cyril Ramaphosa", "criticized", "Rwandan army"),
    ),
    # a merit supports
    (
        "Lula said the Brazilian army's courage saved the city.",
        ("Luiz Inacio Lula da Silva", "supported", "Brazilian army"),
    ),
]

REMOVED = [
    # a third-person subject of the reporting verb in a quote is no first person
    (
        '"They want to stress that Canberra has made irresponsible remarks," Wang Wenbin said.',
        ("Wang Wenbin", "criticized", "Australia"),
    ),
    # welcome, not negated, is no fault
    (
        "Masoud Barzani told Reuters that Iran is welcome in Kirkuk.",
        ("Masoud Barzani", "criticized", "Iran"),
    ),
    # a fault denied, asked about, or only mentioned with no speaker
    (
        "Jacinda Ardern said Australia had not shown arrogance.",
        ("Jacinda Ardern", "criticized", "Australia"),
    ),
    (
        "Did Boris Johnson say France's arrogance was the problem?",
        ("Boris Johnson", "criticized", "France"),
    ),
    (
        "Kim Yo-jong said the South Korean authorities would be irresponsible.",
        ("Kim Yo-jong", "criticized", "South Korean authorities"),
    ),
    # an outcome missed is no fault
    (
        "Angela Merkel said Greece's failure to win a majority was unfortunate.",
        ("Angela Merkel", "criticized", "Greece"),
    ),
    # a fault others allege, which the speaker may deny
    (
        "Jean-Pierre Bemba said the claims of the rebels' brutality were false.",
        ("Jean-Pierre Bemba", "criticized", "rebels"),
    ),
    (
        "Cyril Ramaphosa said the commission would investigate the Zimbabwean army's brutality.",
        ("Cyril Ramaphosa", "criticized", "Zimbabwean army"),
    ),
    # a duty, not a quality held; a quality denied with "no"
    (
        "Cyril Ramaphosa said Zimbabwe must show restraint.",
        ("Cyril Ramaphosa", "supported", "Zimbabwe"),
    ),
    (
        "Cyril Ramaphosa said Zimbabwe had no interference in the vote.",
        ("Cyril Ramaphosa", "criticized", "Zimbabwe"),
    ),
    # a quality of the object, not of the subject
    (
        "Cyril Ramaphosa said Rwanda faces irresponsible neighbours.",
        ("Cyril Ramaphosa", "criticized", "Rwanda"),
    ),
    # a stance of someone else, told by the speaker
    (
        "Cyril Ramaphosa said Zimbabwe complained of Zambia's interference.",
        ("Cyril Ramaphosa", "criticized", "Zambia"),
    ),
    # a reported act is the act, not a fault of its doer
    (
        "Masoud Barzani said the Shia militias attacked Kirkuk.",
        ("Masoud Barzani", "criticized", "Shia militias"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_faults_quality_said_of_an_actor(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """A fault (merit) a speaker says an actor has criticises (supports) it; none, none."""
    check_kept_removed(extract(text), kept, removed)


def test_faults_quoted_wrongdoing_owner_claimed_once(extract: Any) -> None:
    """A quote's wrongdoing noun and its owner ("China's arrogance") are the quote rules'
    (``quotes.quoted_accusations``): one claim, not one from each rule."""
    graph = extract('Teodoro Locsin said: "China\'s arrogance knows no limits."')
    found = [
        r
        for r in graph.claims
        if r.predicate.value == "criticized" and graph.entities[r.subject].label == "Teodoro Locsin"
    ]
    assert len(found) == 1, found


def test_faults_claim_made_by_a_verdict_is_not_made_again(extract: Any) -> None:
    """ "said B should bear the blame for its failure": the blame verdict's claim stands
    alone; the fault does not make it a second time."""
    graph = extract(
        "Nabih Berri said Israel should bear the blame for the war for its failure to respect "
        "the truce."
    )
    found = [
        (r.subject, r.object)
        for r in graph.claims
        if r.predicate.value == "criticized" and graph.entities[r.subject].label == "Nabih Berri"
    ]
    assert len(found) == 1, found


# whose fault it is, where a fault lies, among whom there is one
FAULT_KEPT = [
    (
        '"It is the fault of the Malawian government," said Lazarus Chakwera.',
        ("Lazarus Chakwera", "criticized", "Malawian government"),
    ),
    (
        '"This crisis is entirely Eskom\'s fault," said Julius Malema.',
        ("Julius Malema", "criticized", "Eskom"),
    ),
    (
        '"The blame lies with the Nigerian army," said Goodluck Jonathan.',
        ("Goodluck Jonathan", "criticized", "Nigerian army"),
    ),
    (
        '"There is hypocrisy among the Republicans," said Nancy Pelosi.',
        ("Nancy Pelosi", "criticized", "Republicans"),
    ),
]

FAULT_REMOVED = [
    # no fault of theirs
    (
        '"The migrants are here through no fault of the Libyan coastguard," said Federica '
        "Mogherini.",
        ("Federica Mogherini", "criticized", "Libyan coastguard"),
    ),
    # denied
    (
        '"It is not the fault of the Malawian government," said Lazarus Chakwera.',
        ("Lazarus Chakwera", "criticized", "Malawian government"),
    ),
    # a question
    (
        '"Does the blame lie with the Nigerian army?" asked Goodluck Jonathan.',
        ("Goodluck Jonathan", "criticized", "Nigerian army"),
    ),
    # a duty, not a blame: responsibility is no fault
    (
        '"Responsibility for security lies with the Nigerian army," said Goodluck Jonathan.',
        ("Goodluck Jonathan", "criticized", "Nigerian army"),
    ),
    # a fault in a place, not among an actor's people
    (
        '"There is hope among the Republicans," said Nancy Pelosi.',
        ("Nancy Pelosi", "criticized", "Republicans"),
    ),
    # a fault found in a machine, not an actor's
    (
        '"There is a fault in the Boeing engine," said Nancy Pelosi.',
        ("Nancy Pelosi", "criticized", "Boeing"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(FAULT_KEPT, FAULT_REMOVED))
def test_faults_whose_fault_it_is(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """Whose fault it is, with whom the blame lies, among whom a fault is: criticised."""
    check_kept_removed(extract(text), kept, removed)


# innocence said of someone: the speaker takes their side (not "innocent" as an epithet)
INNOCENT_KEPT = [
    (
        '"Mohamed Fahmy is innocent," said Amal Clooney.',
        ("Amal Clooney", "supported", "Mohamed Fahmy"),
    ),
    (
        "Human Rights Watch said Ilham Tohti was innocent.",
        ("Human Rights Watch", "supported", "Ilham Tohti"),
    ),
    (
        '"We will prove Nabeel Rajab\'s innocence," said Maryam al-Khawaja.',
        ("Maryam al-Khawaja", "supported", "Nabeel Rajab"),
    ),
]

INNOCENT_REMOVED = [
    # an epithet on the victims of a wrong, not a side taken
    (
        '"The Houthis are killing innocent Yemenis," said Adel al-Jubeir.',
        ("Adel al-Jubeir", "supported", "Yemenis"),
    ),
    # denied
    (
        '"Ilham Tohti is not innocent," said Hua Chunying.',
        ("Hua Chunying", "supported", "Ilham Tohti"),
    ),
    # a question
    (
        '"Is Ilham Tohti innocent?" asked Hua Chunying.',
        ("Hua Chunying", "supported", "Ilham Tohti"),
    ),
    # a condition
    (
        '"If Ilham Tohti is innocent, the court will free him," said Hua Chunying.',
        ("Hua Chunying", "supported", "Ilham Tohti"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"), kept_removed_cases(INNOCENT_KEPT, INNOCENT_REMOVED)
)
def test_faults_innocence_said_is_support(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """Saying someone is innocent supports them; "innocent" as an epithet does not."""
    check_kept_removed(extract(text), kept, removed)


# a lack of a virtue shown, by the subject or by the act a "which" clause comments on
LACK_KEPT = [
    (
        '"The Bolivian government has shown a lack of respect for the courts," said Carlos Mesa.',
        ("Carlos Mesa", "criticized", "Bolivian government"),
    ),
    (
        "Transparency International said Petrobras had shown a total lack of transparency.",
        ("Transparency International", "criticized", "Petrobras"),
    ),
    (
        '"The Bolivian government approved the mining permits, which shows a lack of '
        'understanding of the law," said Carlos Mesa.',
        ("Carlos Mesa", "criticized", "Bolivian government"),
    ),
    (
        '"Luis Arce closed the newspaper, which shows arrogance," said Carlos Mesa.',
        ("Carlos Mesa", "criticized", "Luis Arce"),
    ),
]

LACK_REMOVED = [
    # a lack suffered, not a virtue lacked
    (
        '"The Bolivian government has shown a lack of funds for the courts," said Carlos Mesa.',
        ("Carlos Mesa", "criticized", "Bolivian government"),
    ),
    # denied
    (
        '"The Bolivian government has not shown a lack of respect for the courts," said '
        "Carlos Mesa.",
        ("Carlos Mesa", "criticized", "Bolivian government"),
    ),
    # a restrictive "that" clause on a noun: the noun's own doer, not the clause's subject
    (
        '"Luis Arce read the report that shows the arrogance of the miners," said Carlos Mesa.',
        ("Carlos Mesa", "criticized", "Luis Arce"),
    ),
    # a study shows the lack in others: the finder is not at fault
    (
        "Oxfam said its study showed a lack of respect for farmers in Bolivia.",
        ("Oxfam", "criticized", "Bolivia"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(LACK_KEPT, LACK_REMOVED))
def test_faults_lack_of_a_virtue_shown(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """A lack of a virtue shown is its subject's fault, also through a "which" clause."""
    check_kept_removed(extract(text), kept, removed)
