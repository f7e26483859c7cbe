"""Collective actors shown as the articles write them, and branches of the armed forces as
nodes of their own (kg/resolve/collectives.py: written_collective, body_phrase)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from kg.lexicon import build_lexicon
from kg.resolve.collectives import written_collective


def _state_nodes(graph: Any) -> dict[str, tuple[str | None, str | None]]:
    return {
        e.label: (e.country, e.sector)
        for e in graph.entities.values()
        if e.sector in ("GOV", "MIL", "COP", "SPY", "LEG", "JUD", "CVL", "OPP")
    }


SHOWN = [
    # the canonical label is never written: the form naming the country is the label
    ("Ethiopian forces raided the camp on Monday.", "Ethiopian forces", ("ET", "MIL")),
    ("Turkish authorities detained two journalists.", "Turkish authorities", ("TR", "GOV")),
    ("Pakistan's military said it killed 20 fighters.", "Pakistan's military", ("PK", "MIL")),
    ("Sri Lankan police arrested the suspects.", "Sri Lankan police", ("LK", "COP")),
    # written once, the canonical label stays
    (
        "Egyptian troops crossed the border. The Egyptian army said the raid was over.",
        "Egyptian army",
        ("EG", "MIL"),
    ),
    # the form written most wins
    (
        "Colombian troops entered the town. Colombian troops then left. Colombia's military "
        "gave no figures.",
        "Colombian troops",
        ("CO", "MIL"),
    ),
    # instruments and single members are no names of the army
    ("Turkish jets bombed the camps near the border.", "Turkish army", ("TR", "MIL")),
    ("An Indonesian soldier was killed in the attack.", "Indonesian army", ("ID", "MIL")),
    # no form names the country: the article's own noun for the body after its adjective
    (
        "Chad's president said the rebels had crossed into Chad. The military said its "
        "troops killed 20 rebels near Abeche.",
        "Chadian military",
        ("TD", "MIL"),
    ),
    (
        "Peru's president said the traffickers had crossed into Peru. The country's armed "
        "forces said they had arrested 12 drug traffickers.",
        "Peruvian armed forces",
        ("PE", "MIL"),
    ),
    (
        "Kenya's president said the militants had crossed into Kenya. The military's "
        "spokesman, Colonel David Obonyo, said 12 militants were killed.",
        "Kenyan military",
        ("KE", "MIL"),
    ),
    # its troops are people of it, no name of it: the canonical label stays
    (
        "Chad's president said the rebels had crossed into Chad. The troops killed 20 rebels "
        "near Abeche.",
        "Chadian army",
        ("TD", "MIL"),
    ),
    # people of a kind are not all the country's civilians: the canonical label stays
    ("Bolivian farmers blocked the highways on Monday.", "Bolivian civilians", ("BO", "CVL")),
]


@pytest.mark.parametrize(("text", "label", "coded"), SHOWN)
def test_collectives_labels_state_actor_shown_as_written(
    extract: Any, text: str, label: str, coded: tuple[str, str]
) -> None:
    """A country's state actor is shown under its canonical label if written, else the form
    the text writes most."""
    nodes = _state_nodes(extract(text, published="2015-05-15"))
    assert nodes.get(label) == coded, nodes


def test_collectives_labels_forms_stay_one_node(extract: Any) -> None:
    """The shown label changes nothing else: three forms of one army are one node."""
    graph = extract(
        "Ugandan troops entered the village. Uganda's military said it was a raid. "
        "Ugandan forces later withdrew.",
        published="2015-05-15",
    )
    nodes = [e for e in graph.entities.values() if e.sector == "MIL"]
    assert [(e.label, e.country, e.mentions) for e in nodes] == [("Ugandan troops", "UG", 3)]


BRANCHES = [
    (
        "Migrants said the Thai navy turned them away. Thai troops were not involved.",
        {"Thai navy", "Thai troops"},
    ),
    (
        "The Nigerian air force bombed the camp, and Nigerian soldiers moved in.",
        {"Nigerian air force", "Nigerian soldiers"},
    ),
    (
        "Italy's coast guard rescued 300 migrants; the Italian army was not deployed.",
        {"Italy's coast guard", "Italian army"},
    ),
]


@pytest.mark.parametrize(("text", "labels"), BRANCHES)
def test_collectives_labels_branch_is_its_own_node(
    extract: Any, text: str, labels: set[str]
) -> None:
    """A navy, air force or coast guard is a node of its own with the country's MIL code, not
    the country's army."""
    graph = extract(text, published="2015-05-15")
    nodes = {e.label: e for e in graph.entities.values() if e.sector == "MIL"}
    assert set(nodes) == labels, sorted(nodes)
    assert len({e.country for e in nodes.values()}) == 1


@pytest.mark.parametrize(
    ("label", "names", "shown"),
    [
        (
            "Kenyan government",
            {"Kenyan authorities": 2, "Kenya's government": 1},
            "Kenyan authorities",
        ),
        (
            "Kenyan government",
            {"the Kenyan government": 1, "Kenyan authorities": 3},
            "Kenyan government",
        ),
        ("Kenyan army", {"the army": 4, "soldiers": 2}, "Kenyan army"),
        ("Kenyan army", {"Kenyan warplanes": 3}, "Kenyan army"),
        (
            "Kenyan government",
            {"the Kenyan embassy": 2, "Kenyan ministers": 1},
            "Kenyan government",
        ),
        ("Kenyan army", {"Kenyan army officers": 2}, "Kenyan army"),
        ("Kenyan army", {"Kenyan border forces": 1, "Kenyan forces": 1}, "Kenyan forces"),
        ("Kenyan army", {"Kenyan troops": 1, "Kenya's military": 1}, "Kenyan troops"),
        ("Kenyan police", {"Somali police": 2}, "Kenyan police"),
        # no form names the country: the body as written, after the country's adjective
        ("Kenyan army", {"the military": 2, "soldiers": 3}, "Kenyan military"),
        ("Kenyan army", {"country's armed forces": 1}, "Kenyan armed forces"),
        ("Kenyan army", {"the military": 1, "the armed forces": 2}, "Kenyan armed forces"),
        ("Kenyan army", {"the military": 3, "Kenyan forces": 1}, "Kenyan forces"),
        ("Kenyan army", {"the military": 2, "the army": 2}, "Kenyan army"),
        ("Kenyan army", {"the military": 3, "the army": 2}, "Kenyan military"),
        # people, units, instruments, modified nouns and names are no name of the body
        ("Kenyan army", {"troops": 3}, "Kenyan army"),
        ("Kenyan army", {"military officials": 2}, "Kenyan army"),
        ("Kenyan army", {"border forces": 2}, "Kenyan army"),
        ("Kenyan army", {"the Royal Armed Forces": 1}, "Kenyan army"),
        ("Kenyan police", {"riot police": 2}, "Kenyan police"),
        ("Kenyan interior ministry", {"interior ministry": 1}, "Kenyan interior ministry"),
        ("Kenyan government", {"the interior ministry": 2}, "Kenyan government"),
    ],
)
def test_collectives_labels_written_collective_choice(
    label: str, names: dict[str, int], shown: str
) -> None:
    """The shown form names the node's own country and sector; at equal counts a form with
    nothing between country and noun wins, then the first written."""
    lexicon = build_lexicon()
    code = {"government": "GOV", "army": "MIL", "police": "COP", "ministry": "GOV"}[
        label.split()[-1]
    ]
    assert written_collective(label, "KE", code, Counter(names), lexicon) == shown


_LIBYA = (
    "Libyan troops said the fighters fled Sirte on Monday. On Tuesday opposition fighters "
    "shelled Derna, and opposition fighters burned a market in Benghazi."
)
MODIFIED = [
    # a plain group first written as its bare noun, then twice with one modifier: that form
    (_LIBYA, "opposition fighters"),
    (
        "Police dispersed the protesters in La Paz. On Monday student protesters blocked a "
        "bridge, and student protesters marched to the square.",
        "student protesters",
    ),
]

NOT_MODIFIED = [
    # two modifiers of the noun: no one side to name the node after
    (
        _LIBYA + " On Friday foreign fighters attacked Tobruk, and foreign fighters fled to "
        "Ajdabiya.",
        "fighters",
    ),
    # the modified form written once: the first form stays
    (
        "Libyan troops said the fighters fled Sirte on Monday. On Tuesday opposition fighters "
        "shelled Derna.",
        "fighters",
    ),
]


@pytest.mark.parametrize(("text", "label"), MODIFIED + NOT_MODIFIED)
def test_collectives_labels_plain_group_keeps_its_modifier(
    extract: Any, text: str, label: str
) -> None:
    """A plain group is shown with the one modifier its article gives its noun ("opposition
    fighters" after "the fighters"); no modifier is taken from two rivals or one mention."""
    graph = extract(text, published="2015-05-15")
    labels = {e.label for e in graph.entities.values()}
    assert label in labels, sorted(labels)
