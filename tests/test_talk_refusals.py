"""Talks refused or broken off (kg/extract/talk_refusals.py), on sentences of our own."""

from __future__ import annotations

from typing import Any

import pytest


def _negotiations(graph: Any) -> set[tuple[str, str, str]]:
    """(subject, object, status) of every negotiated_with claim, in either direction."""
    found = set()
    for r in graph.claims:
        if r.predicate.value == "negotiated_with" and r.object is not None:
            pair = sorted((graph.entities[r.subject].label, graph.entities[r.object].label))
            found.add((pair[0], pair[1], r.qualifiers.status.value))
    return found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Activists said they were suspending talks with the Kenyan government.",
            ("Activists", "Kenyan government"),
        ),
        ("Hamas broke off talks with Fatah on Monday.", ("Fatah", "Hamas")),
        (
            "The Taliban pulled out of negotiations with the Afghan government.",
            ("Afghan government", "Taliban"),
        ),
        (
            "The rebels declined to attend negotiations with the Malian government in Algiers.",
            ("Malian government", "rebels"),
        ),
        ("Kenya ruled out talks with al-Shabab.", ("Kenya", "al-Shabab")),
    ],
)
def test_talk_refusals_denied(extract: Any, text: str, pair: tuple[str, str]) -> None:
    """Talks refused or broken off with a party are a negotiation denied."""
    assert (*pair, "denied") in _negotiations(extract(text))


def test_talk_refusals_weighed_stays_hypothetical(extract: Any) -> None:
    """A break only weighed keeps its status: no talks are denied yet."""
    found = _negotiations(extract("Kenya may suspend talks with al-Shabab."))
    assert ("Kenya", "al-Shabab", "hypothetical") in found
    assert ("Kenya", "al-Shabab", "denied") not in found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not suspend talks with Somalia.",  # the talks go on
        "Kenya broke ranks with Uganda.",  # no talks, and no particle
        "Iran suspended its cooperation with the IAEA.",  # not talks
    ],
)
def test_talk_refusals_not_without_talks_refused(extract: Any, text: str) -> None:
    """No denied negotiation where no talks are refused."""
    assert not any(s == "denied" for *_, s in _negotiations(extract(text)))


def _meetings(graph: Any) -> set[tuple[str, str, str]]:
    """(subject, object, status) of every met claim, in either direction."""
    found = set()
    for r in graph.claims:
        if r.predicate.value == "met" and r.object is not None:
            pair = sorted((graph.entities[r.subject].label, graph.entities[r.object].label))
            found.add((pair[0], pair[1], r.qualifiers.status.value))
    return found


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Kenya refused to hold talks with Somalia.", ("Kenya", "Somalia")),
        ("Iran rejected talks with Saudi Arabia on Sunday.", ("Iran", "Saudi Arabia")),
        ("The Kurdish rebels pulled out of talks with Turkey.", ("Kurdish rebels", "Turkey")),
        ("Venezuela spurned talks with Colombia.", ("Colombia", "Venezuela")),
    ],
)
def test_talk_refusals_one_claim(extract: Any, text: str, pair: tuple[str, str]) -> None:
    """Talks refused or broken off are one claim, a negotiation denied: no meeting beside it
    (denied or, for talks walked out of, held)."""
    graph = extract(text)
    assert (*pair, "denied") in _negotiations(graph)
    assert not any(m[:2] == pair for m in _meetings(graph))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Modi held talks with Sharif in Delhi.", ("Narendra Modi", "Sharif")),
        ("Ethiopia refused a meeting with Egypt.", ("Egypt", "Ethiopia")),
    ],
)
def test_talk_refusals_meetings_stay(extract: Any, text: str, pair: tuple[str, str]) -> None:
    """Talks held stay a meeting, and a meeting refused a meeting denied (no negotiation)."""
    graph = extract(text)
    assert any(m[:2] == pair for m in _meetings(graph))
    assert not any(n[:2] == pair for n in _negotiations(graph))


@pytest.mark.parametrize(
    "text",
    [
        "Uganda said on Sunday it was suspending talks with South Sudan.",
        "The rebels on Sunday said they were pulling out of talks with the Malian government.",
    ],
)
def test_talk_refusals_dated_by_saying(extract: Any, text: str) -> None:
    """Talks broken off as a saying tells are broken off on the saying's day."""
    graph = extract(text, published="2015-05-25")
    dates = {r.qualifiers.date for r in graph.claims if r.predicate.value == "negotiated_with"}
    assert dates == {"2015-05-24"}
