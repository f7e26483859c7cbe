"""Names the model leaves untagged where the words around say what they are: a group that
names itself ("a group calling itself the Omar Brigades", "a militia known as the Black
Hand")."""

from __future__ import annotations

from typing import Any

from kg.lexicon import Lexicon
from kg.resolve.entities import SpanMention


def named_group_mentions(
    tokens: list[Any], lexicon: Lexicon, mentions: list[SpanMention]
) -> list[SpanMention]:
    """ "A group calling itself the Omar Brigades claimed the attack": an untagged name
    after a group noun (titles.json ``self_named_nouns``: group, militia, faction, ...) and a
    word of naming is a group; the mention takes the whole phrase from the group
    noun on, so the noun's verb is the name's ("a group ... claimed")."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    nouns = lexicon.title_words.get("self_named_nouns", frozenset())
    naming = sorted(
        (p.split() for p in lexicon.title_words.get("self_naming_words", ())), key=len, reverse=True
    )
    joiners = lexicon.title_words.get("name_joiners", frozenset())
    found: list[SpanMention] = []
    for noun in tokens:
        if noun.lemma_.lower() not in nouns or noun.i in taken:
            continue
        at = noun.i + 1
        width = next(
            (len(w) for w in naming if [t.lower_ for t in tokens[at : at + len(w)]] == w),
            0,
        )
        if width == 0:
            continue
        start = at + width
        if start < len(tokens) and tokens[start].pos_ == "DET":  # "calling itself the X"
            start += 1
        end = _name_end(tokens, start, joiners)
        if end == start or taken.intersection(range(start, end)):
            continue
        text = "".join(t.text_with_ws for t in tokens[start:end]).strip()
        first = noun.i - 1 if noun.i > 0 and tokens[noun.i - 1].dep_ == "det" else noun.i
        found.append(SpanMention(first, end, text, "GROUP"))
    return found


def _name_end(tokens: list[Any], start: int, joiners: frozenset[str]) -> int:
    """The end of a run of capitalised words from ``start`` ("Omar Brigades", "Sons of
    Liberty"); joiners inside count, not at the end."""
    end = start
    i = start
    while i < len(tokens):
        t = tokens[i]
        if t.text[:1].isupper() and t.is_alpha and t.ent_type_ != "DATE":
            end = i = i + 1
        elif t.lower_ in joiners and i > start:
            i += 1
        else:
            break
    return end
