"""Precision of visits and stances (prec23).

1. A passage lost on the way is no visit of its destination: "1,770 migrants have perished on
   the journey to Europe", "were arrested on their journey to Syria" (a passage noun after
   "on"/"during" under a verb of losing the travellers; kg/extract/interactions.py
   ``_journey_cut_short``). A journey begun, and a trip, stay visits.
2. A posture's participle in a "with" clause of its own, beside a pronoun, is the scene, not a
   stance: "Kenyatta spoke to reporters, with Ugandan officials standing by his side"
   (kg/extract/interactions.py ``_scene_posture``). A named side ("with Russia standing behind
   Assad") and a finite verb ("Germany will stand by Greece") still support.
3. A "with" clause of its own escapes the main clause's negation ("The talks did not resume,
   with Saudi warplanes striking Houthi positions": the strikes occurred; kg/extract/
   qualifiers.py ``_absolute_with``); an ability, capacity or capability to act is
   hypothetical (status_words.json).
4. A country's adjective on a noun another country owns says where it came from, not whose
   it is: "condemned Russia's Syrian operation" criticises Russia, not Syria; "toppled Egypt's
   Turkish monarchy" attacks no Turkey (kg/extract/interactions.py ``_foreign_adjective``).
5. An attack verb that drives its direct object "into" a place ("Kurdish forces pushed ISIL
   fighters into Syria") attacks the foe, not the place it went to; with no object or with
   the doer's own forces ("pushed deep into Iraqi territory", "pushed tanks into Ukraine")
   the place is attacked (kg/extract/interactions.py ``_driven_into``, cues.json
   ``driving_verbs``).
Sentences of our own about other actors than the articles the rules were learned from.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

LOST_ON_WAY = [
    (
        "About 1,770 migrants have perished on the hazardous journey to Europe this year, the"
        " agency said.",
        ("migrants", "visited", "Europe"),
    ),
    (
        "More than 800 migrants drowned on the journey to Italy last month.",
        ("migrants", "visited", "Italy"),
    ),
    (
        "British activists were arrested on their journey to Syria.",
        ("British opposition", "visited", "Syria"),
    ),
]

STILL_VISITS = [
    # a journey begun is the visit's own reading
    (
        "Hundreds of migrants began the journey to Europe last week.",
        ("migrants", "visited", "Europe"),
    ),
    # a trip may end in the place: no passage noun
    (
        "The activists were detained during their trip to Gaza.",
        ("activists", "visited", "Gaza"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(STILL_VISITS, LOST_ON_WAY))
def test_prec23_journey_cut_short_is_no_visit(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """A passage on which the travellers died or were stopped visits no destination."""
    check_kept_removed(extract(text, published="2015-05-20"), kept, removed)


SCENES = [
    (
        "Kenyatta spoke to reporters in Nairobi, with Ugandan officials standing by his side.",
        ("Ugandan officials", "supported", "Uhuru Kenyatta"),
    ),
    (
        "The Kenyan president arrived in Kampala, with Tanzanian leaders standing alongside him.",
        ("Tanzanian government", "supported", "Uhuru Kenyatta"),
    ),
]

STANCES = [
    # a named side in the "with" clause backs it
    (
        "With Russia standing behind Assad, the rebels cannot win.",
        ("Russia", "supported", "Assad"),
    ),
    # a finite verb is a stance
    ("Germany will stand by Greece, Merkel said.", ("Germany", "supported", "Greece")),
    ("Poland stood alongside Ukraine throughout the crisis.", ("Poland", "supported", "Ukraine")),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(STANCES, SCENES))
def test_prec23_posture_in_with_clause_is_the_scene(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """ "with X standing by his side" says who stood where; "stand by Y" backs Y."""
    check_kept_removed(extract(text, published="2015-05-20"), kept, removed)


def _status_of(graph: Any, subject: str, predicate: str, obj: str) -> str:
    """The status of the one claim between two labels."""
    found = [
        r.qualifiers.status.value
        for r in graph.claims
        if r.object is not None
        and graph.entities[r.subject].label == subject
        and r.predicate.value == predicate
        and graph.entities[r.object].label == obj
    ]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "claim", "status"),
    [
        # a "with" clause of its own: the main clause's negation does not deny it
        (
            "With Iran backing Assad, the regime has not collapsed.",
            ("Iran", "supported", "Assad"),
            "occurred",
        ),
        (
            "The talks did not resume, with Saudi warplanes striking Houthi positions in Sanaa.",
            ("Saudi army", "attacked", "Houthis"),
            "occurred",
        ),
        # the main clause's future still reaches it
        (
            "Kenya will hold talks with Somalia next week, with Ethiopia backing Kenya.",
            ("Ethiopia", "supported", "Kenya"),
            "planned",
        ),
        # a denial of the participle itself stays
        (
            "Iran denied backing the Houthis, with officials calling the claims lies.",
            ("Iran", "supported", "Houthis"),
            "denied",
        ),
        # a negation on the event's own verb stays
        ("Egypt did not attack Libya.", ("Egypt", "attacked", "Libya"), "denied"),
    ],
)
def test_prec23_with_clause_escapes_main_negation(
    extract: Any, text: str, claim: tuple[str, str, str], status: str
) -> None:
    """ "with X doing Y" frames the main clause: a "not" on the main verb denies nothing of it."""
    assert _status_of(extract(text, published="2015-05-20"), *claim) == status


@pytest.mark.parametrize(
    ("text", "claim", "status"),
    [
        # an ability to act is no act
        (
            "The fighting has limited the ability of the Houthis to transfer Iranian weapons to"
            " Yemen.",
            ("Iran", "supported", "Yemen"),
            "hypothetical",
        ),
        (
            "The naval blockade has reduced the capacity of smugglers to deliver Russian arms to"
            " Syria.",
            ("Russia", "supported", "Syria"),
            "hypothetical",
        ),
        (
            "Israel fears the capability of Hezbollah to transfer Syrian missiles to Lebanon.",
            ("Syria", "supported", "Lebanon"),
            "hypothetical",
        ),
        # the act itself stays
        (
            "Hezbollah transferred Iranian weapons to Lebanon.",
            ("Iran", "supported", "Lebanon"),
            "occurred",
        ),
    ],
)
def test_prec23_ability_to_act_is_hypothetical(
    extract: Any, text: str, claim: tuple[str, str, str], status: str
) -> None:
    """ "the ability / capacity / capability of X to do Y": Y is possible, not done."""
    assert _status_of(extract(text, published="2015-05-20"), *claim) == status


FOREIGN_ADJECTIVES = [
    ("Turkey condemned Russia's Syrian operation.", ("Turkey", "criticized", "Syria")),
    ("Israel condemned Iran's Syrian operations.", ("Israel", "criticized", "Syria")),
    (
        "The Egyptian army toppled Egypt's Turkish monarchy in 1952.",
        ("Egyptian army", "attacked", "Turkey"),
    ),
]

OWNERS = [
    # the possessor still owns it
    ("Turkey condemned Russia's Syrian operation.", ("Turkey", "criticized", "Russia")),
    # a country's adjective alone still owns its act
    ("Turkey condemned the Russian operation in Syria.", ("Turkey", "criticized", "Russia")),
]


@pytest.mark.parametrize(
    ("text", "kept", "removed"), kept_removed_cases(OWNERS, FOREIGN_ADJECTIVES)
)
def test_prec23_possessor_owns_over_foreign_adjective(
    extract: Any, text: str, kept: Any, removed: Any
) -> None:
    """ "Russia's Syrian operation" is Russia's: the adjective of another country owns nothing."""
    check_kept_removed(extract(text, published="2015-05-20"), kept, removed)


DRIVEN = [
    ("Kurdish forces pushed ISIL fighters into Syria.", ("Kurdish forces", "attacked", "Syria")),
    (
        "Iraqi forces pushed the fighters into the Syrian side of the border.",
        ("Iraqi forces", "attacked", "Syria"),
    ),
]

INVADED = [
    # the foe driven stays the target
    (
        "Kurdish forces pushed ISIL fighters into Syria.",
        ("Kurdish forces", "attacked", "Islamic State"),
    ),
    # no object, or the doer's own forces: the place is entered
    ("Turkish troops pushed deep into Iraqi territory.", ("Turkish troops", "attacked", "Iraq")),
    ("Russia pushed tanks into Ukraine.", ("Russia", "attacked", "Ukraine")),
    ("Turkey pushed its troops into Syria.", ("Turkey", "attacked", "Syria")),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(INVADED, DRIVEN))
def test_prec23_foe_driven_into_a_place(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """ "pushed X into Y" attacks X; Y is only where X went (unless X is the doer's own force)."""
    check_kept_removed(extract(text, published="2015-05-20"), kept, removed)
