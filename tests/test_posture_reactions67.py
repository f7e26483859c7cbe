"""Reactions to acts of military posture told the sentence before (probeG67,
kg/extract/act_antecedents.py): "the move", "the deployment", "the drills", "the expulsions",
"the sale" fall on the doer of the act the sentence before tells, also when a wire lede puts
the act before its source ("X will send troops, the minister said")."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import check_kept_removed, kept_removed_cases

KEPT = [
    # forces sent, then "the move" / "the deployment" judged
    (
        "Hungary sent 500 soldiers to its border with Croatia on Friday. Zagreb said the move"
        " was a provocation.",
        ("Croatia", "criticized", "Hungary"),
    ),
    (
        "Turkey dispatched tanks to the Syrian frontier. Damascus condemned the deployment.",
        ("Syria", "criticized", "Turkey"),
    ),
    # drills held, then judged by naming
    (
        "Taiwan held live-fire drills on Kinmen island on Monday. Beijing called the drills"
        " reckless.",
        ("China", "criticized", "Taiwan"),
    ),
    # diplomats expelled, then the expulsions called unfriendly or hostile
    (
        "Latvia expelled three Belarusian diplomats on Tuesday. Belarus called the expulsions"
        " an unfriendly act.",
        ("Belarus", "criticized", "Latvia"),
    ),
    (
        "Poland expelled 18 Russian diplomats. Russia called the expulsions a hostile act.",
        ("Russia", "criticized", "Poland"),
    ),
    # arms sold, then the sale judged
    (
        "France sold 24 Rafale jets to Egypt last year. Amnesty International said the sale"
        " was a mistake.",
        ("Amnesty International", "criticized", "France"),
    ),
    # a wire lede: the act ahead of its source
    (
        "Germany will send 1,000 more troops to Lithuania, Defence Minister Boris Pistorius"
        " said on Monday. Moscow said the move was a provocation.",
        ("Russia", "criticized", "Germany"),
    ),
]

REMOVED = [
    # the act reported after its source is the speaker's report, not a lede
    (
        "Ukraine said Russia had moved troops to the border. Poland called the claim a lie.",
        ("Poland", "criticized", "Russia"),
    ),
    # no verdict: "the drills" only described
    (
        "Taiwan held live-fire drills on Kinmen island on Monday. Beijing said the drills"
        " lasted three hours.",
        ("China", "criticized", "Taiwan"),
    ),
    # a hedged act ("may send") is no act done
    (
        "Hungary may send soldiers to its border with Croatia. Zagreb said the move was a"
        " provocation.",
        ("Croatia", "criticized", "Hungary"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(KEPT, REMOVED))
def test_posture_reactions_doer(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """A verdict on a posture act told the sentence before falls on its doer; nothing when
    no verdict is given or the act was not done."""
    check_kept_removed(extract(text), kept, removed)


HARM_KEPT = [
    # an act said to harm peace or stability: a verdict on its doer
    (
        "Serbia and Hungary signed a military pact on Friday. Croatia said the deal threatened"
        " regional stability.",
        ("Croatia", "criticized", "Serbia"),
    ),
    (
        "Azerbaijan moved tanks to its border with Iran. Tehran warned that the deployment would"
        " endanger peace in the Caucasus.",
        ("Iran", "criticized", "Azerbaijan"),
    ),
    # a warning keeps its modal
    (
        "Japan sent two destroyers to the disputed islands. Beijing warned that the move could"
        " escalate tensions.",
        ("China", "criticized", "Japan"),
    ),
]

HARM_REMOVED = [
    # an actor that threatens is no act judged
    (
        "Egypt said Ethiopia threatened regional stability.",
        ("Egypt", "criticized", "Ethiopia"),
    ),
    # a hedge with no warning, a negated warning: no verdict
    (
        "Japan sent two destroyers to the disputed islands. Beijing said the move could"
        " escalate tensions.",
        ("China", "criticized", "Japan"),
    ),
    (
        "Japan sent two destroyers to the disputed islands. Beijing warned that the move would"
        " not escalate tensions.",
        ("China", "criticized", "Japan"),
    ),
]


@pytest.mark.parametrize(("text", "kept", "removed"), kept_removed_cases(HARM_KEPT, HARM_REMOVED))
def test_posture_reactions_harm(extract: Any, text: str, kept: Any, removed: Any) -> None:
    """An act said (or warned) to threaten, endanger or escalate is criticized in its doer;
    not an actor said to, nor a hedge or a negation outside a warning."""
    check_kept_removed(extract(text), kept, removed)
