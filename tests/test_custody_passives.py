"""An arrest, detention or sentence told in the passive with no doer is the act of the state it
happened in, else of the article's one country, or, for a verdict, of the court that passed a
sentence before (kg/extract/custody_passives.py). Sentences of our own, with the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed, kept_removed_cases

# an article about Bahrain (its headline, then its lead): its one country
_BAHRAIN = (
    "Bahrain tightens its grip on dissent\n\nBahraini officials say the measures protect "
    "public order in Bahrain, and the government of Bahrain denies any abuse. "
)

KEPT = [
    # the place of the act: a country
    (
        "Wang Quanzhang was detained in China last year, his wife said.",
        ("China", "sanctioned", "Wang Quanzhang"),
    ),
    # a town the sentence places in its country, with a conjoined verdict
    (
        "The blogger Alaa Abd El-Fattah was arrested at his home in Alexandria, Egypt, in "
        "2013 and later sentenced to five years in prison.",
        ("Egypt", "sanctioned", "Alaa Abd El-Fattah"),
    ),
    # a subjectless passive under a preposition: the clause's subject is the one held
    (
        "Selahattin Demirtas was released after being detained in Turkey for three days.",
        ("Turkey", "sanctioned", "Selahattin Demirtas"),
    ),
    # "those" held, then named
    (
        "Those detained in Istanbul, Turkey, on Sunday include the editor Can Dundar, Erdem "
        "Gul and two lawyers.",
        ("Turkey", "sanctioned", "Erdem Gul"),
    ),
    (
        _BAHRAIN + "Among those sentenced last month was the activist Abdulhadi al-Khawaja.",
        ("Bahrain", "sanctioned", "Abdulhadi al-Khawaja"),
    ),
    # no place: the article's one country
    (
        _BAHRAIN + "Nabeel Rajab was sentenced to five years in prison last month.",
        ("Bahrain", "sanctioned", "Nabeel Rajab"),
    ),
    # a verdict with no doer: the court that passed a sentence before
    (
        "A Tunisian court sentenced the blogger Yassine Ayari to three years in prison on "
        "Monday. His lawyers said they would appeal. The activist Lina Ben Mhenni was "
        "sentenced to one year in the same case.",
        ("Tunisian court", "sanctioned", "Lina Ben Mhenni"),
    ),
]

REMOVED = [
    # a relative is not the one known through them
    (
        _BAHRAIN + "Zainab al-Khawaja said her father was jailed in Bahrain in 2011.",
        ("Bahrain", "sanctioned", "Zainab al-Khawaja"),
    ),
    # the passive names its doer
    (
        "Wang Quanzhang was detained by police in China last year, his wife said.",
        ("China", "sanctioned", "Wang Quanzhang"),
    ),
    # the sentence names another country: its act, maybe
    (
        _BAHRAIN + "Nabeel Rajab was arrested after he returned from Qatar.",
        ("Bahrain", "sanctioned", "Nabeel Rajab"),
    ),
    # "those" held are not the ones they speak of
    (
        "Those detained in Istanbul, Turkey, on Sunday said Can Dundar had helped them.",
        ("Turkey", "sanctioned", "Can Dundar"),
    ),
    # a custody act only spoken of
    (
        "Selahattin Demirtas denied being detained in Turkey last year.",
        ("Turkey", "sanctioned", "Selahattin Demirtas"),
    ),
    # no act told as done
    (
        _BAHRAIN + "If convicted, Nabeel Rajab could be sentenced to five years in prison.",
        ("Bahrain", "sanctioned", "Nabeel Rajab"),
    ),
    (
        "Wang Quanzhang has not been detained in China, his wife said.",
        ("China", "sanctioned", "Wang Quanzhang"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_custody_passives_state_of_an_agentless_custody_act(
    extract: Any, text: str, kept: Triple | None, removed: Triple | None
) -> None:
    """An agentless arrest or sentence is the state's where it happened, or the court's."""
    check_kept_removed(extract(text), kept, removed)
