"""Governments of their own in one article: a government named by the town it sits in ("the
UN-recognised government in Tobruk", "the Tobruk government") or by its recognition ("an
internationally recognised government"), beside a country's own government.

A country with rival governments has no one "Libyan government": each is one node of the
article, keyed by its seat (else its recognition word) and shown as the article first writes
it without a determiner. A capital's government ("the government in Kabul") stays the
country's (``kg.resolve.collectives``).
"""

from __future__ import annotations

from typing import Any

from kg.lexicon import Lexicon
from kg.resolve.bodies import HYPHENS, Owners
from kg.vocab import EntityType

# what a town's name is to the model
_TOWN_LABELS = frozenset({"GPE", "GAZ"})
_MODIFIERS = frozenset({"amod", "compound", "advmod", "npadvmod", "nmod"})


def find_seated_governments(
    tokens: list[Any], text: str, lexicon: Lexicon, owners: Owners, used: set[int]
) -> list[dict[str, Any]]:
    """Governments named by their seat or recognition (``seated_governments`` in
    ``kg/data/en/words.json``: the nouns and the recognition words). Same dicts as
    ``kg.resolve.collectives.find_collectives``, with ``side`` (the seat or the recognition
    word) keying one node per article."""
    cue = lexicon.cues.get("seated_governments", {})
    nouns, marks = cue.get("words", ()), cue.get("recognition", ())
    found: list[dict[str, Any]] = []
    for head in tokens:
        if head.lower_ not in nouns or head.tag_ != "NN" or head.i in used:
            continue
        if head.dep_ == "compound" and head.head.i > head.i:
            continue  # "government forces": a modifier
        first = _first_word(tokens, head)
        before = _seat_before(tokens, head, lexicon, owners)
        after = None if before is not None else _seat_after(tokens, head, lexicon, owners)
        if after is not None and _placed_act(tokens, head, first, lexicon, owners):
            after = None  # "protested against the Mexican government in Oaxaca": where
        modifiers = " ".join(t.lower_ for t in tokens[first : head.i]).replace(" - ", "-")
        recognised = [w for w in modifiers.split() if w in marks]  # "self-declared" too
        if before is not None:
            first, side, absorbs = before[0], before[1], before[0]
            end = head.i + 1
        elif after is not None:
            side, end, absorbs = after[1], after[0], None
        elif recognised:
            side, end, absorbs = recognised[-1], head.i + 1, None
        else:
            continue
        label = text[tokens[first].idx : tokens[end - 1].idx + len(tokens[end - 1].text)]
        if tokens[first].is_sent_start and tokens[first].is_title and absorbs is None:
            label = label[:1].lower() + label[1:]  # "Internationally recognised ..."
        # a name inside the modifiers ("UN-recognised") stays its own mention
        start = max([first, *(e for e, (s, *_) in owners.items() if first <= s and e <= head.i)])
        while start < head.i and tokens[start].text in HYPHENS:
            start += 1  # "UN-recognised": the span opens after the name and its hyphen
        if absorbs is not None:
            start = first
        found.append(
            {
                "start": start,
                "end": head.i + 1,
                "text": text[tokens[start].idx : head.idx + len(head.text)],
                "canonical": label,
                "type": EntityType.ORGANIZATION,
                "country": None,
                "sector": "GOV",
                "scoped": True,
                "side": side,
                "absorbs": absorbs,
            }
        )
        used.update(range(start, head.i + 1))
    return found


def _placed_act(tokens: list[Any], head: Any, first: int, lexicon: Lexicon, owners: Owners) -> bool:
    """Whether "in <town>" after a country's own government ("the Mexican government",
    "Peru's government") says where an act took place: "in" hangs on the verb, or the
    government is what a protest was against (``protest_verbs``: "marched against the
    Peruvian government in Cusco"); not the seat of a government of its own ("the Libyan
    government in Tobruk rejected")."""
    if not _country_owned(tokens, head, first, owners):
        return False
    nxt = head.i + 1
    if nxt < len(tokens) and tokens[nxt].head.i != head.i:
        return True
    prep = head.head
    return (
        head.dep_ == "pobj"
        and prep.lower_ == "against"
        and prep.head.lemma_.lower() in lexicon.actors.protest_verbs
    )


def _country_owned(tokens: list[Any], head: Any, first: int, owners: Owners) -> bool:
    """Whether a demonym ("the Mexican government") or a possessive name ("Peru's
    government") is written before the noun."""
    if any(
        first <= start and end <= head.i and demonym
        for end, (start, _, demonym, _) in owners.items()
    ):
        return True
    mark = first - 1  # "Peru's government": the owner's name ends right before its "'s"
    return mark >= 1 and tokens[mark].text in ("'s", "’s") and mark in owners


def _first_word(tokens: list[Any], head: Any) -> int:
    """The first word of the noun's modifiers, after its determiner ("UN-recognised",
    "internationally recognised", "Tobruk")."""
    mods = [c for c in head.lefts if c.dep_ in _MODIFIERS]
    first: int = min((t.i for c in mods for t in c.subtree), default=head.i)
    return first


def _town(lexicon: Lexicon, m_text: str, label: str, after: bool = False) -> bool:
    """A place name that is no country and no capital standing for its country; ``after``
    "in": also a name the model took for an organisation's that the gazetteer does not
    know ("the government in Bayda")."""
    if label not in _TOWN_LABELS and not (after and label == "ORG" and " " not in m_text):
        return False
    entry = lexicon.lookup(m_text)
    if entry is not None and entry.type is not EntityType.CITY:
        return False  # a country, or a person the model took for a place ("the Harper government")
    key = m_text.lower()
    seat = lexicon.actors.seats.get(key[4:] if key.startswith("the ") else key)
    return seat is None


def _seat_before(
    tokens: list[Any], head: Any, lexicon: Lexicon, owners: Owners
) -> tuple[int, str] | None:
    """(start, town) of "the Tobruk government", "the Tobruk-based government"."""
    end = head.i
    based = end >= 2 and tokens[end - 1].lower_ == "based" and tokens[end - 2].text in HYPHENS
    if based:
        end -= 2
    if end not in owners:
        return None
    m_start, m_text, demonym, label = owners[end]
    if demonym:
        return None
    if based and label in _TOWN_LABELS:
        return m_start, m_text  # "the Tripoli-based government": a seat, even a capital
    return (m_start, m_text) if _town(lexicon, m_text, label) else None


def _seat_after(
    tokens: list[Any], head: Any, lexicon: Lexicon, owners: Owners
) -> tuple[int, str] | None:
    """(end of the town's name, town) of "the government in Tobruk", "the government based
    in Tobruk"."""
    nxt = head.i + 1
    if nxt < len(tokens) and tokens[nxt].lower_ == "based":
        nxt += 1
    if nxt + 1 >= len(tokens) or tokens[nxt].lower_ != "in":
        return None
    for end, (m_start, m_text, demonym, label) in owners.items():
        if m_start == nxt + 1 and not demonym and _town(lexicon, m_text, label, after=True):
            return end, m_text
    return None
