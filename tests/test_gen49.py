"""gen49: demands to free people no node names and to end a practice reproach their
addressee (kg/extract/reproaches.py); a naming verdict anywhere in a coordination, and a
dismissal word ("unfounded", "groundless") accuses the owner (kg/extract/verdicts.py).
Sentences of our own, with the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

KEPT = [
    # a release of people of a sector, though no node names them
    (
        "The European Parliament urged Azerbaijan to release the jailed journalists.",
        ("European Parliament", "criticized", "Azerbaijan"),
    ),
    (
        "Germany called on Turkey to free the detained students.",
        ("Germany", "criticized", "Turkey"),
    ),
    # ending a practice of the addressee's
    (
        "Amnesty International urged Israel to stop the practice of administrative detention.",
        ("Amnesty International", "criticized", "Israel"),
    ),
    (
        "Amnesty International said the Egyptian police should end the use of solitary "
        "confinement.",
        ("Amnesty International", "criticized", "Egyptian police"),
    ),
    # a dismissal word, alone or in a coordination
    (
        "The Israeli army called Hamas's claims unfounded.",
        ("Israeli army", "criticized", "Hamas"),
    ),
    (
        'The Israeli army called Hamas\'s claims "exaggerated and baseless".',
        ("Israeli army", "criticized", "Hamas"),
    ),
]

REMOVED = [
    # funds are no people; a plight is no practice
    (
        "The IMF urged Greece to release the funds.",
        ("International Monetary Fund", "criticized", "Greece"),
    ),
    (
        "The United Nations urged Syria to end the suffering of civilians.",
        ("United Nations", "criticized", "Syria"),
    ),
    # a coordination of no verdict
    (
        'Pakistan called India\'s proposal "new and detailed".',
        ("Pakistan", "criticized", "India"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_gen49_freed_people_practices_and_dismissals(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """People freed, practices ended and claims dismissed reproach their owner."""
    check_kept_removed(extract(text), kept, removed)


ACL_KEPT = [
    # a group noun an event participle describes is the event's doer
    (
        "Anti-war campaigners opposed to French involvement in Mali said the war was lost.",
        ("anti-war campaigners", "criticized", "France"),
    ),
    (
        "Local fishermen protesting against the Indonesian navy said they had lost their boats.",
        ("local fishermen", "criticized", "Indonesian navy"),
    ),
    # an event named after an owned share noun is the owner's
    (
        "Hungarian farmers protested against British involvement in the invasion of Iraq.",
        ("United Kingdom", "attacked", "Iraq"),
    ),
    # a share noun with no owner leaves the event to the clause's subject
    (
        "Egypt played a key role in the talks with Israel.",
        ("Egypt", "met", "Israel"),
    ),
]

ACL_REMOVED = [
    (
        "Hungarian farmers protested against British involvement in the invasion of Iraq.",
        ("Hungarian civilians", "attacked", "Iraq"),
    ),
    # a participle of no event makes no group
    (
        "Anti-war campaigners based in London said the war was over.",
        ("anti-war campaigners", "criticized", "United Kingdom"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(ACL_KEPT, ACL_REMOVED))
def test_gen49_participle_doers_and_shares(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """A group noun an event participle describes acts; an owned share's event is the
    owner's."""
    check_kept_removed(extract(text), kept, removed)


ACCUSED_KEPT = [
    # an accused "it" is the one other actor named before; a speaker's participle after a
    # reported clause with no actor subject is the speaker's
    (
        "Russia said the crash was caused by Ukraine, accusing it of lying.",
        ("Russia", "criticized", "Ukraine"),
    ),
    (
        "Turkey says the attack was the PKK's work, accusing it of trying to derail the peace "
        "process.",
        ("Turkey", "criticized", "Kurdistan Workers' Party"),
    ),
    (
        "Morocco insists the unrest was the Polisario Front's doing, accusing it of arming "
        "protesters.",
        ("Morocco", "criticized", "Polisario Front"),
    ),
]

ACCUSED_REMOVED = [
    # the accuser never accuses itself; "it" with two candidates stays open
    (
        "Russia said the crash was caused by Ukraine, accusing it of lying.",
        ("Russia", "criticized", "Russia"),
    ),
    (
        "Russia and China said the report was wrong, accusing it of bias.",
        ("Russia", "criticized", "China"),
    ),
    # a reported clause with an actor subject keeps its participle
    (
        "Kenya said al-Shabab attacked the town, accusing the police of doing nothing.",
        ("Kenya", "criticized", "Kenyan police"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"), kept_removed_cases(ACCUSED_KEPT, ACCUSED_REMOVED)
)
def test_gen49_accused_it_and_speaker_participles(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """An accused "it" is the other actor named before; a speaker's participle after an
    actorless reported clause is the speaker's."""
    check_kept_removed(extract(text), kept, removed)


EXPELLED_KEPT = [
    # a demand for someone's expulsion or suspension reproaches them; the one moved to make
    # a demand makes it
    (
        "Ukraine demanded Russia's suspension from the Council of Europe.",
        ("Ukraine", "criticized", "Russia"),
    ),
    (
        "The raids prompted the Arab League to call for the expulsion of Syria from the UN "
        "Human Rights Council.",
        ("Arab League", "criticized", "Syria"),
    ),
]

EXPELLED_REMOVED = [
    # asked to make a demand is not making it
    (
        "Egypt urged the Arab League to call for the expulsion of Syria from the UN Human "
        "Rights Council.",
        ("Arab League", "criticized", "Syria"),
    ),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"), kept_removed_cases(EXPELLED_KEPT, EXPELLED_REMOVED)
)
def test_gen49_expulsions_demanded(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """A demand for an expulsion or suspension reproaches the one to leave, made by whoever
    was moved to make it."""
    check_kept_removed(extract(text), kept, removed)
