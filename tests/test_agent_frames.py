"""Attacks named as the backdrop of a clause (kg/extract/agent_frames.py), with the real model."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "After months of air strikes by the United States and its allies, the Taliban "
            "is on the defensive.",
            {("United States", "attacked", "Taliban")},
        ),
        (
            "Boko Haram has suffered major setbacks this year following a military offensive "
            "by Nigeria, Chad and Niger.",
            {
                ("Nigeria", "attacked", "Boko Haram"),
                ("Chad", "attacked", "Boko Haram"),
                ("Niger", "attacked", "Boko Haram"),
            },
        ),
        (
            "Al-Shabab has continued to recruit in Somalia despite years of air strikes by "
            "the United States.",
            {("United States", "attacked", "al-Shabab")},
        ),
        (
            "Despite Hezbollah's attacks, Syrian rebels remain powerful in the area.",
            {("Hezbollah", "attacked", "Syrian rebels")},
        ),
        (
            "Despite months of US-led air strikes, ISIL has advanced in Anbar.",
            {("United States", "attacked", "Islamic State")},
        ),
    ],
)
def test_agent_frames_framed_subject_is_the_target(
    extract: Any, text: str, expected: set[tuple[str, str, str]]
) -> None:
    """An attack noun with a "by" agent in a frame phrase was aimed at the framed subject."""
    assert expected <= triples(extract(text))


@pytest.mark.parametrize(
    ("text", "agent", "target"),
    [
        # the framed subject acts: it is answering, not suffering
        (
            "After attacks by Boko Haram, the Nigerian army launched an offensive.",
            "Boko Haram",
            None,
        ),
        (
            "After air strikes by Israel, Hamas officials said the truce was over.",
            "Israel",
            "Hamas",
        ),
        (
            "Following ISIL attacks in April, the UN said in a statement that aid was needed.",
            "Islamic State",
            "United Nations",
        ),
        # a name in front of an attack that does not fight is what was hit
        ("After the Charlie Hebdo attack, France is on alert.", "Charlie Hebdo", "France"),
        # a bare "strike" is a walkout
        ("Kenya's teachers went back to work after a strike by the union KNUT.", "KNUT", None),
        # the noun names its own target
        (
            "After air strikes by the US on Raqqa, ISIL is on the defensive.",
            "United States",
            "Islamic State",
        ),
        (
            "Wuhaishi fled to Tora Bora during the US invasion of Afghanistan.",
            "United States",
            "Wuhaishi",
        ),
        # no frame phrase: the agent's noun is the subject
        (
            "Air strikes by France hit a depot, and Ansar Dine is on the defensive.",
            "France",
            "Ansar Dine",
        ),
    ],
)
def test_agent_frames_no_claim_when_subject_acts_or_target_named(
    extract: Any, text: str, agent: str, target: str | None
) -> None:
    """No framed-target claim when the framed clause acts or speaks, or the noun has a target."""
    found = {(s, o) for s, p, o in triples(extract(text)) if p == "attacked" and s == agent}
    if target is None:
        assert not any(o for s, o in found if o != agent and o not in ("Raqqa",))
    else:
        assert (agent, target) not in found
