"""Arguments of claims: repelled attacks, absolute "with" clauses, demands, release demands,
imperatives and trigger senses (kg/extract/interactions.py, demands.py, the lexicon seeds),
with the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

_KEPT = [
    # the attack's own author keeps it
    (
        "Kurdish fighters repelled an attack by Islamic State militants on the town of Kobani.",
        ("Islamic State", "attacked", "Kobani"),
    ),
    (
        "The Syrian army launched an attack on the town of Aleppo.",
        ("Syrian army", "attacked", "Aleppo"),
    ),
    # a partner named after "with" that is no absolute clause
    (
        "Joseph Kabila said he would stand with opposition groups.",
        ("Joseph Kabila", "supported", "opposition groups"),
    ),
    # a demand of named partners, and of unnamed partners named by their body
    ("Greece demanded that Germany pay war reparations.", ("Greece", "requested", "Germany")),
    (
        "Britain demanded that its EU partners reject the plan.",
        ("United Kingdom", "requested", "European Union"),
    ),
    (
        "Egypt demanded that its Arab League partners reject the plan.",
        ("Egypt", "requested", "Arab League"),
    ),
    # whose withdrawal is demanded is asked to withdraw
    (
        "Kenya demanded Somalia's withdrawal from the border town.",
        ("Kenya", "requested", "Somalia"),
    ),
    # a release asked of the one holding the prisoner
    (
        "Amnesty International called for the release of Raif Badawi by Saudi Arabia.",
        ("Amnesty International", "requested", "Saudi Arabia"),
    ),
    (
        "Narendra Modi thanked Shinzo Abe for his support.",
        ("Narendra Modi", "supported", "Shinzo Abe"),
    ),
]
_KEPT += [
    # one unnamed journalist singled out is a person, whom a person-only trigger takes
    (
        "Ethiopia expelled a British journalist last week.",
        ("Ethiopia", "sanctioned", "British journalist"),
    ),
    # close case: counted journalists of an outlet are its staff, a group of their own (the
    # gold's "Two Al Jazeera journalists", "AP journalists member_of Associated Press")
    (
        "Egypt jailed three Al Jazeera journalists.",
        ("Egypt", "sanctioned", "three Al Jazeera journalists"),
    ),
]
_REMOVED = [
    # who repels an attack did not make it
    (
        "The Syrian army repelled an attack on the town of Aleppo.",
        ("Syrian army", "attacked", "Aleppo"),
    ),
    (
        "Kurdish fighters repelled an attack by Islamic State militants on the town of Kobani.",
        ("Kurdish fighters", "attacked", "Kobani"),
    ),
    (
        "Iraqi troops fought off an assault on the town of Haditha.",
        ("Iraqi troops", "attacked", "Haditha"),
    ),
    (
        "The Peshmerga withstood an offensive on the town of Makhmour.",
        ("Peshmerga", "attacked", "Makhmour"),
    ),
    # ", with X saying ...": a clause of its own, no partner of the verb
    (
        "The crisis surrounds a bid by Joseph Kabila to stand for a third term, with opposition "
        "groups saying the move violates the constitution.",
        ("Joseph Kabila", "supported", "opposition groups"),
    ),
    # the detainee is not the one asked
    (
        "Amnesty International demanded the release of Raif Badawi.",
        ("Amnesty International", "requested", "Raif Badawi"),
    ),
    (
        "Amnesty International called for the release of Raif Badawi.",
        ("Amnesty International", "requested", "Raif Badawi"),
    ),
    # an imperative in a quote is nobody's act
    (
        'The Taliban released a statement on Monday. "Thank God, our fighters are winning," it '
        "said.",
        ("Taliban", "supported", "God"),
    ),
    # senses the triggers do not mean
    ("The protesters marched on Bangkok.", ("protesters", "attacked", "Bangkok")),
    ("Teammates mobbed LeBron James after the game.", ("Teammates", "criticized", "LeBron James")),
    (
        "Egypt's judiciary is settling accounts with the Muslim Brotherhood.",
        ("Egypt's judiciary", "agreed_with", "Muslim Brotherhood"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(_KEPT, _REMOVED))
def test_interactions_arguments_read_right(
    extract: Any, text: str, kept: tuple[str, str, str] | None, removed: tuple[str, str, str] | None
) -> None:
    """Each sentence makes its right claim and not the misread one."""
    check_kept_removed(extract(text), kept, removed)


@pytest.mark.parametrize(
    ("text", "agents"),
    [
        ("Human Rights Watch demanded her immediate release.", []),
        ("Amnesty demanded Nabeel Rajab's release.", []),
        ("Kenya demanded Somalia's withdrawal.", ["Somalia"]),
        ("Ankara demanded Syria's apology for the attack.", ["Syria"]),
    ],
)
def test_demands_release_owner_is_not_asked(nlp: Any, text: str, agents: list[str]) -> None:
    """Whose release is demanded undergoes it; whose withdrawal is demanded is asked."""
    from kg.extract.demands import _act_agents

    verb = next(t for t in nlp(text) if t.lemma_ == "demand")
    assert [t.text for t in _act_agents(verb)] == agents
