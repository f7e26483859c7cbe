"""A country's sports team as a mention of its own (force57): "the Kenyan rugby team",
"Sri Lanka's cricket team", "the Sri Lankan team bus" in a sentence of an attack are the
team, labelled as written with its country, not the country itself ("gunmen opened fire
on the Kenyan football team" did not attack Kenya). A competition's or a match's name
("the Madrid Open", "Game Four") is no place and no party (``contest_name``).
"""

from __future__ import annotations

from typing import Any

from kg.lexicon import Lexicon, once_per_lexicon
from kg.resolve.bodies import POSSESSIVES, Owners, collective_item
from kg.vocab import EntityType, Predicate


def team_words(lexicon: Lexicon) -> tuple[str, ...]:
    """The stage's cue words: the team nouns (``sport_teams.heads`` of cues.json)."""
    return tuple(lexicon.cues.get("sport_teams", {}).get("heads", ()))


def contest_name(label: str, lexicon: Lexicon) -> bool:
    """Whether a name is a competition's or a match's (``contest_names`` of cues.json): its
    last word a contest noun ("the Madrid Open", "the Stanley Cup Finals"), its first a
    match noun with more after it ("Game Four"), or a contest word in it ("the Champions
    League"). A contest happens somewhere; it is no place, and no body a person leads."""
    heads, leads, inside = once_per_lexicon(lexicon, _contest_words)
    words = label.lower().split()
    if not words:
        return False
    return (
        words[-1] in heads or (len(words) > 1 and words[0] in leads) or not inside.isdisjoint(words)
    )


def _contest_words(lexicon: Lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The heads, leads and words of ``contest_names`` as sets, made once per lexicon
    (``contest_name`` is asked of ~20,000 names a news2015 build)."""
    cue = lexicon.cues.get("contest_names", {})
    return (
        frozenset(cue.get("heads", ())),
        frozenset(cue.get("leads", ())),
        frozenset(cue.get("words", ())),
    )


def find_teams(
    tokens: list[Any],
    text: str,
    lexicon: Lexicon,
    owners: Owners,
    used: set[int],
) -> list[dict[str, Any]]:
    """A team noun (``heads``) after a sport word (``sports``: "the Kenyan rugby team") or
    in front of a vehicle noun (``vehicles``: "the Sri Lankan team bus"), with a country's
    name or nationality in front ("Kenyan", "Sri Lanka's"), in a sentence with an attack
    trigger: an Organization of that country, labelled as written with no determiner or
    possessive mark, absorbing the country's mention. A team of talks ("the Iranian
    negotiating team") has no sport word and stays its state's. Same dicts as
    ``kg.resolve.collectives.find_collectives``."""
    cue = lexicon.cues.get("sport_teams", {})
    heads, sports = frozenset(cue.get("heads", ())), frozenset(cue.get("sports", ()))
    vehicles = frozenset(cue.get("vehicles", ()))
    found: list[dict[str, Any]] = []
    for head in tokens:
        if head.lower_ not in heads or head.pos_ != "NOUN" or head.i in used:
            continue
        first = head.i
        while (
            first > 0 and tokens[first - 1].lower_ in sports and tokens[first - 1].head.i == head.i
        ):
            first -= 1  # "rugby", "national cricket"
        after = tokens[head.i + 1] if head.i + 1 < len(tokens) else None
        carried = (
            after is not None
            and after.lower_ in vehicles
            and head.dep_ == "compound"
            and head.head.i == after.i
        )
        if first == head.i and not carried:
            continue  # "the Iranian negotiating team": the state's delegation
        owner = _country_before(tokens, first, lexicon, owners)
        if owner is None or not _attack_in(head.sent, lexicon):
            continue
        m_start, m_end, iso = owner
        if any(i in used for i in range(m_start, head.i + 1)):
            continue
        name = text[tokens[m_start].idx : tokens[m_end - 1].idx + len(tokens[m_end - 1].text)]
        rest = text[tokens[first].idx : head.idx + len(head.text)]
        label = f"{name} {rest}"
        surface = text[tokens[m_start].idx : head.idx + len(head.text)]
        item = collective_item(
            m_start, head.i + 1, surface, label, EntityType.ORGANIZATION, country=iso, scoped=True
        )
        item["absorbs"] = m_start
        found.append(item)
        used.update(range(m_start, head.i + 1))
    return found


def _country_before(
    tokens: list[Any], first: int, lexicon: Lexicon, owners: Owners
) -> tuple[int, int, str] | None:
    """(start, end, ISO code) of the country name or nationality right before ``first``
    ("Kenyan", "Sri Lankan", "Sri Lanka's"), or None."""
    end = first
    if end > 0 and tokens[end - 1].text in POSSESSIVES:
        end -= 1
    if end not in owners:
        return None
    m_start, m_text, demonym, _ = owners[end]
    entry = lexicon.by_demonym.get(m_text.lower()) if demonym else None
    if entry is None:
        entry = lexicon.lookup(m_text)
        if entry is None or entry.type is not EntityType.COUNTRY:
            entry = lexicon.by_demonym.get(m_text.lower())
    if entry is None or not entry.iso:
        return None
    return m_start, end, str(entry.iso)


def _attack_in(sent: Any, lexicon: Lexicon) -> bool:
    """Whether a word of the sentence is an attack trigger ("attack", "opened fire")."""
    for token in sent:
        if token.pos_ not in ("VERB", "NOUN"):
            continue
        trigger = lexicon.triggers.match(token)
        if trigger is not None and trigger.predicate is Predicate.ATTACKED:
            return True
    return False
