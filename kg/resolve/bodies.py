"""Bodies the model does not tag as one name: blocs the press writes in lower case ("the euro
zone") and names with a possessive inside ("the Lawyers' Syndicate"), as collective mentions
for ``kg.resolve.collectives.find_collectives``.
"""

from __future__ import annotations

from typing import Any

from kg.lexicon import Lexicon
from kg.resolve.names import initials, is_acronym, name_words
from kg.vocab import EntityType

# a paragraph's name mentions by end token: (start token, text, demonym, model label), the
# owners a collective phrase may follow ("Egypt's army", "Egyptian police")
Owners = dict[int, tuple[int, str, bool, str]]

# the hyphens that join a name to its modifier ("UN-recognised", "Saudi-led", "pro-Russian")
HYPHENS = ("-", "–")
POSSESSIVES = frozenset({"'", "’", "'s", "’s"})
# entity labels of a word that is a name of its own, not the people a body is named after
_NAMES = frozenset({"GPE", "PERSON", "NORP", "LOC", "FAC"})
# entity labels of words that count or rank ("11", "two dozen", "first"), no name
_COUNTS = frozenset({"CARDINAL", "ORDINAL", "QUANTITY"})


def collective_item(
    start: int,
    end: int,
    text: str,
    canonical: str,
    etype: EntityType,
    country: str | None = None,
    sector: str | None = None,
    scoped: bool = False,
) -> dict[str, Any]:
    """One found collective mention, the dict ``find_collectives`` returns: tokens
    ``start``-``end`` written as ``text``, one node labelled ``canonical`` (``scoped``: a
    label that names no one outside the article, "local fishermen"), absorbing no mention.

    >>> collective_item(1, 3, "euro zone", "Eurozone", EntityType.ORGANIZATION)["absorbs"] is None
    True
    """
    return {
        "start": start,
        "end": end,
        "text": text,
        "canonical": canonical,
        "type": etype,
        "country": country,
        "sector": sector,
        "scoped": scoped,
        "absorbs": None,
    }


def tagged_name(token: Any) -> bool:
    """The model tagged the word as part of a named entity, a number aside: "Yarmouk" in
    "Yarmouk residents" names whose people they are; "11" and "dozen" in "11 tribesmen",
    "two dozen herdsmen" (CARDINAL) only count them, and a counted group is as much a
    group as a bare one. The number of a share ("seven in 10 respondents", "three out of four
    voters") still blocks the group, as any tagged word did before: a poll's proportion is
    no group that acts."""
    if _share_number(token):
        return True
    return bool(token.ent_type_) and token.ent_type_ not in _COUNTS and not token.like_num


def _share_number(token: Any) -> bool:
    """The second number of a proportion: a number after a preposition (and a word before it,
    "out of") that follows a number."""
    if not token.like_num:
        return False
    doc, i = token.doc, token.i
    for width in (1, 2):
        first = i - width - 1
        if first >= 0 and doc[i - 1].pos_ == "ADP" and doc[first].like_num:
            return True
    return False


def find_lower_bodies(
    tokens: list[Any], text: str, lexicon: Lexicon, used: set[int]
) -> list[dict[str, Any]]:
    """Bodies the press writes in lower case ("the euro zone", "the eurozone";
    ``lower_bodies`` in ``kg/data/en/sector_nouns.json``): one node under the data's label and
    sector wherever written, not where the phrase only modifies a noun ("euro zone
    ministers", "the eurozone economy"). Same dicts as ``find_collectives``."""
    bodies = lexicon.actors.lower_bodies
    starts = lexicon.actors.lower_body_starts
    found: list[dict[str, Any]] = []
    for first in tokens:
        if first.lower_ not in starts:
            continue  # no phrase starts with this word
        for width in (2, 1):
            end = first.i + width
            if end > len(tokens) or not used.isdisjoint(range(first.i, end)):
                continue
            body = bodies.get(" ".join(t.lower_ for t in tokens[first.i : end]))
            last = tokens[end - 1]
            if body is None or (last.dep_ in ("compound", "amod") and last.head.i >= end):
                continue
            label, code = body
            found.append(
                collective_item(
                    first.i,
                    end,
                    text[first.idx : last.idx + len(last.text)],
                    label,
                    EntityType.ORGANIZATION,
                    sector=code,
                )
            )
            used.update(range(first.i, end))
            break
    return found


def find_possessive_names(
    tokens: list[Any],
    text: str,
    lexicon: Lexicon,
    owners: Owners,
    used: set[int],
) -> list[dict[str, Any]]:
    """A body named after its people with a possessive inside, which the model cuts up or
    leaves out: "the Lawyers' Syndicate", "the Journalists' Union", "the Teacher's
    Federation" (a capitalised people noun, a possessive, a capitalised body noun of
    ``possessive_name_heads`` in ``kg/data/en/sector_nouns.json``). One Organization node
    labelled as written; not where a longer name goes on before it ("Kurdistan Workers'
    Party" is the model's) or where the first word is a name ("Egypt's Council").
    Same dicts as ``find_collectives``."""
    if "'" not in text and "’" not in text:
        return []  # no possessive mark in the paragraph (a cheap first test)
    spans = [(start, end) for end, (start, *_) in owners.items()]
    found: list[dict[str, Any]] = []
    for mark in tokens[1:-1]:
        if mark.text not in POSSESSIVES:
            continue
        first, head = tokens[mark.i - 1], tokens[mark.i + 1]
        if (
            not names_a_body(tokens, first, lexicon)
            or first.pos_ not in ("NOUN", "PROPN")
            or first.ent_type_ in _NAMES
            or lexicon.lookup(first.text) is not None
            or not used.isdisjoint(range(first.i, head.i + 1))
        ):
            continue
        before = tokens[first.i - 1] if first.i > 0 else None
        if before is not None and before.text[:1].isupper() and not before.is_sent_start:
            continue  # "Kurdistan Workers' Party": a longer name
        after = tokens[head.i + 1 : head.i + 3]
        if (after and after[0].text[:1].isupper()) or (
            len(after) == 2 and after[0].lower_ in ("of", "for") and after[1].text[:1].isupper()
        ):
            continue  # "the Workers' Party Congress", "Council of State": a longer name
        if first.text.isupper():
            continue  # "CITES' Council": an organisation's own body
        end = head.i + 1
        if any(s < end and e > first.i and not first.i <= s < e <= end for s, e in spans):
            continue  # a name of the model's that goes on outside the span
        surface = text[first.idx : head.idx + len(head.text)]
        found.append(
            collective_item(first.i, head.i + 1, surface, surface, EntityType.ORGANIZATION)
        )
        used.update(range(first.i, head.i + 1))
    return found


def names_a_body(tokens: list[Any], word: Any, lexicon: Lexicon) -> bool:
    """Whether a capitalised word is followed by a possessive and a capitalised body noun
    (``possessive_name_heads``): the people a body is named after ("Workers" in "the
    Kurdistan Workers' Party"), no actor of their own."""
    i = word.i
    return (
        word.text[:1].isupper()
        and i + 2 < len(tokens)
        and tokens[i + 1].text in POSSESSIVES
        and tokens[i + 2].text[:1].isupper()
        and tokens[i + 2].lower_ in lexicon.actors.possessive_name_heads
    )


def bracketed_names(
    tokens: list[Any], text: str, lexicon: Lexicon, spans: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """A name followed by its acronym in brackets that the model cut up ("the Movement for
    the Emancipation of the Niger Delta (MEND)": "Niger" a country, "MEND" alone): the
    longest run of capitalised words and name connectors before the bracket whose initials
    spell the acronym is one name, (start, end, text). None where the model already has the
    name whole. ``spans``: the (start, end) of the paragraph's name mentions."""
    if "(" not in text:
        return []  # no bracket in the paragraph (a cheap first test)
    joins = name_words(lexicon.language).name_connectors
    found: list[tuple[int, int, str]] = []
    for opening in tokens[1:-2]:
        i = opening.i
        if opening.text != "(" or tokens[i + 2].text != ")" or not is_acronym(tokens[i + 1].text):
            continue
        first = i
        while first > 0 and _name_word(tokens, tokens[first - 1], joins):
            first -= 1
        while first < i and tokens[first].lower_ in joins:
            first += 1  # "the" and connectors open no name
        for start in range(first, i - 1):
            if not tokens[start].text[:1].isupper():
                continue
            name = text[tokens[start].idx : opening.idx].rstrip()
            if tokens[i + 1].text not in initials(name):
                continue
            inside = [(s, e) for s, e in spans if s < i and e > start]
            if inside != [(start, i)] and all(start <= s and e <= i for s, e in inside):
                found.append((start, i, name))
            break
    return found


def _name_word(tokens: list[Any], token: Any, joins: frozenset[str]) -> bool:
    """A word that can stand inside a name: capitalised, a connector ("of", "for", "the"),
    or the possessive mark of "Workers' Party"."""
    if token.text in ("'", "’"):
        return token.i > 0 and bool(tokens[token.i - 1].text[:1].isupper())
    return bool(token.text[:1].isupper() or token.lower_ in joins)


def find_units(
    tokens: list[Any],
    text: str,
    lexicon: Lexicon,
    owners: Owners,
    used: set[int],
) -> list[dict[str, Any]]:
    """An organisation's unit written in lower case after its name ("the African Union's
    peace council", "FIFA's ethics committee", "the UN's cultural body"; the last word of
    ``unit_heads`` in ``kg/data/en/sector_nouns.json``, at most two lower-case words before
    it), or right after the name with no possessive ("the FIFA executive committee", a word
    of ``compound_unit_heads``): one Organization node labelled "<name as written> <words>"
    ("FIFA ethics committee"), the name staying its own node. Not a country's ("Egypt's top
    court" is a state body) nor a unit the text goes on to name ("the UN's refugee agency,
    UNHCR") or a title's modifier ("FIFA's ethics committee chairman"). Same dicts as
    ``find_collectives``."""
    actors = lexicon.actors
    if (
        "'s" not in text
        and "’s" not in text
        and not any(h in text for h in actors.compound_unit_heads)
    ):
        return []  # no possessive "'s" nor a compound unit word in the paragraph (cheap)
    starts = {start for start, *_ in owners.values()}
    found: list[dict[str, Any]] = []
    # the token right after a name (its end), not the first token nor the last: the names'
    # ends are all it visits, in order
    for i in sorted(owners):
        if not 0 < i < len(tokens) - 1 or not _unit_owner(owners[i], lexicon):
            continue
        mark = tokens[i]
        if mark.text in ("'s", "’s"):
            first, heads = mark.i + 1, actors.unit_heads  # "FIFA's ethics committee"
        elif mark.is_lower and mark.is_alpha:
            first, heads = mark.i, actors.compound_unit_heads  # "the FIFA executive committee"
        else:
            continue
        m_text = owners[mark.i][1]
        for width in (1, 2, 3, 4, 5):
            end = first + width
            words = tokens[first:end]
            if end > len(tokens) or not all(t.is_lower for t in words):
                break
            if width > 3 and not _joined_nouns(words):
                continue
            head = words[-1]
            if head.lower_ not in heads or head.pos_ != "NOUN":
                continue
            nxt = end + 1 if end + 1 < len(tokens) and tokens[end].text == "," else end
            named = nxt < len(tokens) and nxt in starts
            if (head.dep_ == "compound" and head.head.i > head.i) or named:
                break  # a title's modifier, or the unit named right after
            if not used.isdisjoint(range(first, end)):
                break
            phrase = " ".join(t.text for t in words if t.lower_ != "own")  # "FIFA's own"
            found.append(
                collective_item(
                    first,
                    end,
                    text[words[0].idx : head.idx + len(head.text)],
                    f"{without_the(m_text)} {phrase}",
                    EntityType.ORGANIZATION,
                )
            )
            used.update(range(first, end))
            break
    return found


def _unit_owner(owner: tuple[int, str, bool, str], lexicon: Lexicon) -> bool:
    """An owner a unit may follow: an organisation's name, no country's or nationality's
    (``find_units``)."""
    _, m_text, demonym, label = owner
    entry = lexicon.lookup(m_text)
    return not (
        demonym
        or label not in ("ORG", "GAZ")
        or (entry is not None and entry.type is not EntityType.ORGANIZATION)
    )


def _joined_nouns(words: list[Any]) -> bool:
    """Four or five lower-case words that are two nouns of one unit joined by "and" ("audit
    and compliance committee", "independent ethics and disciplinary committee"): one "and",
    between two words that are no verb."""
    joins = [k for k, t in enumerate(words) if t.lower_ == "and"]
    return (
        len(joins) == 1
        and 0 < joins[0] < len(words) - 2
        and all(t.pos_ in ("NOUN", "ADJ", "PROPN") for t in words if t.lower_ != "and")
    )


def without_the(name: str) -> str:
    """A name without its leading article ("the UN" -> "UN", "The UN" too).

    >>> without_the("The UN"), without_the("Theresa May")
    ('UN', 'Theresa May')
    """
    return name[4:] if name[:4].lower() == "the " else name
