"""Claims a sentence gives alone but its article did not (context47).

"the fighters" after "fighters allied to <group>" (or "<group>-linked militants"): a definite
bare plural of the linked collective's noun refers back to that collective, not to the armed
group it is tied to (kg/resolve/resolver.py ``_linked_kin``).

"Kenya's interior minister resigned ... Prime Minister X said": an unnamed official is a node
of its own unless the article names a holder of the same title; "Prime Minister X" names no
"interior minister" (kg/extract/role_forms.py ``_holder_named``). Sentences of our own.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Triple, check_kept_removed


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        (
            "Nigerian troops killed 15 fighters allied to Boko Haram near Maiduguri on Monday. "
            "An officer said the fighters had been meeting to plan an attack on the city of Kano.",
            ("Boko Haram-linked fighters", "attacked", "Kano"),
            ("Boko Haram", "attacked", "Kano"),
        ),
        (
            "Kenyan soldiers ambushed 12 militants loyal to al-Shabab near the border. "
            "Officials said the militants later stormed a village in Lamu.",
            ("al-Shabab-linked militants", "attacked", "Lamu"),
            ("al-Shabab", "attacked", "Lamu"),
        ),
        # no linked collective: the fighters are still the group's
        (
            "Boko Haram fighters attacked Maiduguri on Monday. The fighters then seized Bama.",
            ("Boko Haram", "attacked", "Bama"),
            ("Boko Haram-linked fighters", "attacked", "Bama"),
        ),
        # a plural with a word of its own ("the rival fighters") is some other fighters
        (
            "Nigerian troops killed 15 fighters allied to Boko Haram near Maiduguri on Monday. "
            "An officer said the rival fighters had been meeting to plan an attack on the city "
            "of Kano.",
            None,
            ("Boko Haram-linked fighters", "attacked", "Kano"),
        ),
        # a bare plural with no article is no reference back
        (
            "Nigerian troops killed 15 fighters allied to Boko Haram near Maiduguri on Monday. "
            "Fighters later seized Bama.",
            None,
            ("Boko Haram-linked fighters", "attacked", "Bama"),
        ),
    ],
)
def test_linked_kin_the_fighters_are_the_linked_ones(
    extract: Any, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    check_kept_removed(extract(text, published="2015-06-10"), expected, forbidden)


@pytest.mark.parametrize(
    ("text", "expected", "forbidden"),
    [
        (
            "Peru's interior minister has resigned after a row over a police raid. "
            "Prime Minister Pedro Cateriano said on Monday that the decision was final.",
            ("Peru's interior minister", "member_of", "Peru"),
            None,
        ),
        (
            "Kenya's defence minister resigned on Friday after a scandal. "
            "Foreign Minister Amina Mohamed said the cabinet would meet.",
            ("Kenya's defence minister", "member_of", "Kenya"),
            None,
        ),
        # the same title named: the unnamed official is that person, no node of its own
        (
            "Foreign Minister Amina Mohamed visited Addis Ababa on Monday. "
            "Kenya's foreign minister said the talks were useful.",
            None,
            ("Kenya's foreign minister", "member_of", "Kenya"),
        ),
        # a word that tells no kind apart ("new") leaves the title the named one's
        (
            "Foreign Minister Amina Mohamed visited Addis Ababa on Monday. "
            "Kenya's new foreign minister said the talks were useful.",
            None,
            ("Kenya's new foreign minister", "member_of", "Kenya"),
        ),
    ],
)
def test_holder_named_needs_the_same_title(
    extract: Any, text: str, expected: Triple | None, forbidden: Triple | None
) -> None:
    check_kept_removed(extract(text, published="2015-06-10"), expected, forbidden)
