"""A person first described and named later with the same role noun: "An Egyptian judge has
ordered the detention of ... . Judge Mustafa Hassan Abdullah on Sunday ordered his
detention": news often opens on a nationality and a role ("a Saudi blogger", "an Egyptian
judge") and gives the name a few sentences on, as a title ("Judge X") or an apposition ("X,
a judge"). The description is then that person, not one more node (nor, for a sector noun,
the country's judiciary or media); and "the judge" after it, a collective mention on its
own, is that person too.

Only when the article names exactly one person with that role noun, after the description,
and no nationality written with the name contradicts the description's ("an Egyptian judge"
is no "Tunisian Judge X").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from kg.lexicon import Lexicon
from kg.resolve.collectives import owner_entry
from kg.resolve.entities import SpanMention

# (a paragraph's tokens, one of its mentions), in article order
Found = Sequence[tuple[list[Any], SpanMention]]

# how far in front of a titled name a nationality may stand ("Tunisian Judge X", "the
# Egyptian presiding Judge X")
_NAME_FRONT = 4


def described_named(
    found: Found, lexicon: Lexicon, names: Mapping[str, str] | None = None
) -> dict[int, int]:
    """Index of a description in ``found`` -> index of the one later named mention of the
    person it describes. ``names``: the article's surname -> full name (``Resolver.
    article_names``), so that "Judge Bennani" after "Judge Karim Bennani" is one person."""
    full = names or {}
    nouns = frozenset(lexicon.roles) | lexicon.actors.described_nouns
    out: dict[int, int] = {}
    for k, (tokens, mention) in enumerate(found):
        bare = _bare_definite(tokens, mention, nouns)
        described = (bare, None) if bare else description(tokens, mention, nouns, lexicon)
        if described is None:
            continue
        noun, iso = described
        named = _named_with(found, noun, lexicon)
        people = {full.get(found[j][1].text, found[j][1].text) for j, _ in named}
        if len(people) != 1 or (named[0][0] < k) != bool(bare):
            continue  # none or several with the role; a description named before is a new
            # one, and "the judge" before any is named is no one's yet
        if iso is not None and any(other not in (None, iso) for _, other in named):
            continue  # "an Egyptian judge" is no "Tunisian Judge X"
        out[k] = named[0][0]
    return out


def as_person(mention: SpanMention) -> SpanMention:
    """A description's mention made a plain person's (no sector, no scope): it is linked
    to the named person's label."""
    return replace(mention, label="PERSON", canonical=None, sector=None, country=None, scoped=False)


def _bare_definite(tokens: list[Any], mention: SpanMention, nouns: frozenset[str]) -> str | None:
    """The role noun of a collective mention written "the <role noun>" alone ("acknowledged
    to the judge"), which after "Judge X" is that person, not the country's judiciary."""
    if mention.sector is None or mention.end - mention.start != 1:
        return None
    noun = tokens[mention.start]
    if noun.tag_ != "NN" or noun.lower_ not in nouns:
        return None
    kids = list(noun.children)
    if [c.lower_ for c in kids] != ["the"] or kids[0].i != noun.i - 1:
        return None
    return str(noun.lower_)


def description(
    tokens: list[Any], mention: SpanMention, nouns: frozenset[str], lexicon: Lexicon
) -> tuple[str, str] | None:
    """(role noun, country) of "a/an [adjectives] <nationality> <role noun>" written with no
    name after it (any of ``indefinite_determiners`` for "a/an"), or None."""
    if mention.end - mention.start != 2 or mention.start == 0:
        return None
    noun = tokens[mention.end - 1]
    if noun.tag_ != "NN" or noun.lower_ not in nouns or noun.dep_ in ("appos", "compound"):
        return None
    if any(c.dep_ == "appos" for c in noun.children):
        return None  # "an Egyptian judge, X,": named here
    nxt = tokens[mention.end] if mention.end < len(tokens) else None
    if nxt is not None and (nxt.pos_ == "PROPN" or nxt.text == ","):
        return None  # "a UAE general Ali X", "a UAE general, Ali X": named here
    det = mention.start - 1
    while det > 0 and tokens[det].pos_ == "ADJ" and tokens[det].is_lower:
        det -= 1  # "a senior Egyptian judge"
    if tokens[det].lower_ not in lexicon.cues["indefinite_determiners"]["words"]:
        return None
    kind, iso = owner_entry(lexicon, tokens[mention.start].text, True)
    if kind != "country":
        return None
    return noun.lower_, iso


def _named_with(found: Found, noun: str, lexicon: Lexicon) -> list[tuple[int, str | None]]:
    """(index, country written with the name or None) of the person mentions named with the
    role noun as their title ("Judge X") or in an apposition ("X, a judge")."""
    named = []
    for j, (tokens, mention) in enumerate(found):
        if mention.label != "PERSON":
            continue
        if _titled(tokens, mention, noun):
            named.append((j, front_country(tokens, mention, lexicon)))
            continue
        role = _apposition(tokens, mention, noun)
        if role is not None:
            named.append((j, _modifier_country(role, lexicon)))
    return named


def _titled(tokens: list[Any], mention: SpanMention, noun: str) -> bool:
    """Whether the name is written with the role noun as its title, stripped from the
    mention ("Judge X") or just in front of it ("Prosecutor X" the model left out)."""
    title = (mention.title or "").lower().split()
    if title:
        return title[-1] == noun
    front = tokens[mention.start - 1] if mention.start > 0 else None
    return front is not None and front.lower_ == noun and front.text[:1].isupper()


def _apposition(tokens: list[Any], mention: SpanMention, noun: str) -> Any | None:
    """The role noun in apposition to the name ("X, a judge,"), or None."""
    return apposed_role(tokens, mention.start, mention.end, frozenset({noun}))


def apposed_role(tokens: list[Any], start: int, end: int, nouns: frozenset[str]) -> Any | None:
    """A noun of ``nouns`` in apposition to the name at tokens ``start:end`` ("X, a
    lawyer,"), or None."""
    for i in range(start, end):
        for child in tokens[i].children:
            if child.dep_ == "appos" and child.lower_ in nouns and child.i >= end:
                return child
    return None


def front_country(tokens: list[Any], mention: SpanMention, lexicon: Lexicon) -> str | None:
    """The country of a nationality written just in front of a titled name ("Tunisian Judge
    X"), or None."""
    first = tokens[mention.start].sent.start
    for i in range(mention.start - 1, max(first, mention.start - _NAME_FRONT) - 1, -1):
        kind, iso = owner_entry(lexicon, tokens[i].text, True)
        if kind == "country" and tokens[i].text[:1].isupper():
            return str(iso)
    return None


def _modifier_country(role: Any, lexicon: Lexicon) -> str | None:
    """The country of a nationality modifying an apposed role ("X, a Tunisian judge")."""
    for child in role.children:
        if child.dep_ in ("amod", "compound", "nmod"):
            kind, iso = owner_entry(lexicon, child.text, True)
            if kind == "country":
                return str(iso)
    return None
