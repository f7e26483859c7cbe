"""A person or court the lede describes and the next paragraph names: "A Palestinian man has been
killed ... . The sources said that Ezzedine Ghora, 23, was hit by two bullets": news opens on
an unnamed "a/an <nationality> <noun>" and names him a paragraph on, with no role noun to
join the two (``named_later`` needs one). The description is then that person, not one more
node.

Only for a description in the article's first two paragraphs (the headline and the lede),
when the first person named after it is new to the article (not named before the
description), stands in the next paragraph or the one after with no other person between,
and no nationality written in front of the name contradicts the description's. A court
likewise ("A Canadian court has freed X ... . Alberta Court of Appeal's judge said"): "a/an
<nationality> court" in the lede is the court the article names next, when no other court
comes between and the name says no other country (``lede_courts``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from kg.lexicon import Lexicon
from kg.resolve.collectives import owner_entry
from kg.resolve.entities import SpanMention, of_country
from kg.resolve.named_later import apposed_role, description, front_country

# (a paragraph's tokens, one of its mentions), in article order
Found = Sequence[tuple[list[Any], SpanMention]]

_LEDE = 2  # the headline and the first paragraph
_REACH = 2  # how many paragraphs after the description the name may stand


def lede_named(
    found: Found, paras: Sequence[int], lexicon: Lexicon, names: Mapping[str, str] | None = None
) -> dict[int, int]:
    """Index of a lede's unnamed description in ``found`` -> index of the mention of the
    person a later paragraph names for it. ``paras``: the article's paragraph number of each
    mention; ``names``: the article's surname -> full name."""
    full = names or {}
    nouns = frozenset(lexicon.roles) | lexicon.actors.described_nouns
    out: dict[int, int] = {}
    for k, (tokens, mention) in enumerate(found):
        if paras[k] >= _LEDE:
            break
        if not mention.scoped or mention.label not in ("PERSON", "GROUP"):
            continue  # a plain mention of one unnamed person or official
        described = description(tokens, mention, nouns, lexicon)
        if described is None:
            continue
        noun, iso = described
        j = _first_person_after(found, k, full)
        if j is None or not 0 < paras[j] - paras[k] <= _REACH:
            continue
        named = full.get(found[j][1].text, found[j][1].text)
        if any(
            found[i][1].label == "PERSON" and full.get(found[i][1].text, found[i][1].text) == named
            for i in range(k)
        ):
            continue  # named before the description: someone the lede would have named
        if _other_role(found[j][0], found[j][1], noun, nouns, lexicon):
            continue  # "A Nigerian student was shot ... . Police spokesman X said": another
        other = front_country(found[j][0], found[j][1], lexicon) or _apposed_country(
            found[j][0], found[j][1], lexicon
        )
        if other is not None and other != iso:
            continue  # "a Palestinian man" is no "Israeli X" nor "X, an Israeli"
        out[k] = j
    return out


def _other_role(
    tokens: list[Any], mention: SpanMention, noun: str, nouns: frozenset[str], lexicon: Lexicon
) -> bool:
    """Whether the name is written as someone other than the described one: with a title
    other than the description's stripped from the mention ("Colonel X"), or as
    ``written_apart`` finds it."""
    if mention.title and mention.title.lower().split()[-1] != noun:
        return True
    return written_apart(tokens, mention.start, mention.end, nouns - {noun}, lexicon)


def written_apart(
    tokens: list[Any],
    start: int,
    end: int,
    nouns: frozenset[str],
    lexicon: Lexicon,
    *,
    known: bool = True,
    own_news: frozenset[str] = frozenset(),
) -> bool:
    """Whether the name at tokens ``start:end`` is written as a source's or a bystander's,
    not as the lede's unnamed one: a role noun of ``nouns`` just in front ("police
    spokesman X") or in apposition ("X, a lawyer,"), a body's possessive in front ("Al
    Jazeera's X"), "reporting" after it, a name the gazetteer knows (a leader reacting;
    not with ``known`` false: a named title's holder is often known), or the subject of a
    reaction verb not in ``own_news`` whose object is an event ("X condemned the killing")."""
    front = tokens[start - 1] if start > 0 else None
    if front is not None and front.tag_ == "POS":
        return True  # "Al Jazeera's X": a body's own staff, its reporter or spokesman
    if (
        front is not None
        and front.pos_ in ("NOUN", "PROPN")
        and (front.lower_ in nouns or front.lemma_.lower() in nouns)
    ):
        return True
    if any(t.lemma_ == "report" and t.pos_ == "VERB" for t in tokens[end : end + 3]):
        return True  # "X, reporting from Kabul,": the reporter
    if apposed_role(tokens, start, end, nouns) is not None:
        return True  # "X, a lawyer for the family,"
    if known and lexicon.lookup(" ".join(t.text for t in tokens[start:end])) is not None:
        return True  # "Mahmoud Abbas condemned the killing": a known leader
    return _reacts(tokens, start, end, lexicon, own_news)


def _reacts(
    tokens: list[Any], start: int, end: int, lexicon: Lexicon, own_news: frozenset[str]
) -> bool:
    """Whether the name is the subject of a reaction verb (``reaction_verbs`` of
    ``lede_named`` in cues.json, less ``own_news``) whose direct object is an owned or
    definite noun ("X condemned the killing", "X accepted the resignation")."""
    cues = lexicon.cues["lede_named"]
    verbs = frozenset(cues["reaction_verbs"]) - own_news
    dets = frozenset(cues["event_determiners"])
    for token in tokens[start:end]:
        if token.dep_ != "nsubj" or token.head.lemma_.lower() not in verbs:
            continue
        if any(
            obj.dep_ == "dobj"
            and obj.pos_ == "NOUN"
            and any(c.dep_ in ("det", "poss") and c.lower_ in dets for c in obj.children)
            for obj in token.head.children
        ):
            return True
    return False


def _first_person_after(found: Found, k: int, full: Mapping[str, str]) -> int | None:
    """Index of the first person's full name after ``k``, or None when another person comes
    first (an unnamed one, or the surname of a name the article wrote before). A lone word
    of no full name ("Mali" the model read as a person) is passed over."""
    for j in range(k + 1, len(found)):
        mention = found[j][1]
        if mention.label != "PERSON":
            continue
        if mention.scoped:
            return None
        if mention.end - mention.start < 2:
            if mention.text in full:
                return None
            continue
        return j
    return None


def _apposed_country(tokens: list[Any], mention: SpanMention, lexicon: Lexicon) -> str | None:
    """The country of a nationality in an apposition to the name ("X, a Ugandan reporter,"),
    or None."""
    for i in range(mention.start, mention.end):
        for appos in tokens[i].children:
            if appos.dep_ != "appos" or appos.i < mention.end:
                continue
            for word in (appos, *appos.children):
                kind, iso = owner_entry(lexicon, word.text, True)
                if kind == "country" and word.text[:1].isupper():
                    return str(iso)
    return None


def lede_courts(
    found: Found, paras: Sequence[int], texts: Sequence[list[Any]], lexicon: Lexicon
) -> dict[int, int]:
    """Index of a lede's "a/an <nationality> court" in ``found`` -> index of the mention of
    the court the article names next (within ``_REACH`` paragraphs, no other court noun
    written between), when that name says no other country and is no body the gazetteer
    gives another country, and has no word of an international court's (``foreign_words``
    of ``lede_courts`` in cues.json: "a Canadian court" is no "European Court of Human
    Rights"). ``texts``: the tokens of each of the article's paragraphs, in order."""
    court_nouns = lexicon.title_words.get("court_nouns", frozenset())
    foreign = frozenset(lexicon.cues["lede_courts"]["foreign_words"])
    out: dict[int, int] = {}
    for k, (tokens, mention) in enumerate(found):
        if paras[k] >= _LEDE:
            break
        iso = mention.country
        if iso is None or not _indefinite_court(tokens, mention, court_nouns, lexicon):
            continue
        j = next(
            (j for j in range(k + 1, len(found)) if _head(found[j][1].text).lower() in court_nouns),
            None,
        )
        if j is None or paras[j] - paras[k] > _REACH:
            continue
        named = found[j][1]
        entry = lexicon.lookup(named.text)
        if (
            not _head(named.text)[:1].isupper()
            or named.scoped
            or named.country not in (None, iso)
            or (entry is not None and entry.country != iso)
            or not of_country(lexicon, named.text, iso)
            or any(w.lower() in foreign for w in named.text.split())
        ):
            continue
        between = _words_between(texts, (paras[k], mention.end), (paras[j], named.start))
        if any(t.lower_ in court_nouns for t in between):
            continue  # "A lower court had freed them": another court comes first
        out[k] = j
    return out


def _head(name: str) -> str:
    """The head word of a name ("Court" of "Lagos Court of Appeal")."""
    return name.split(" of ")[0].split()[-1]


def _words_between(
    texts: Sequence[list[Any]], start: tuple[int, int], end: tuple[int, int]
) -> list[Any]:
    """The tokens from (paragraph, token) ``start`` up to ``end``."""
    (p, i), (q, j) = start, end
    if p == q:
        return list(texts[p][i:j])
    words = list(texts[p][i:])
    for n in range(p + 1, q):
        words.extend(texts[n])
    return [*words, *texts[q][:j]]


def as_named(mention: SpanMention) -> SpanMention:
    """A lede court's mention made a plain name's (no sector, no country): it is linked to
    the named court's label and gives that court no country its name does not."""
    return replace(mention, canonical=None, sector=None, country=None, scoped=False)


def _indefinite_court(
    tokens: list[Any], mention: SpanMention, court_nouns: frozenset[str], lexicon: Lexicon
) -> bool:
    """Whether a mention is "a/an [adjectives] <nationality> court": a state's court the
    sentence does not name."""
    if mention.label != "ORG" or mention.sector != "JUD" or mention.scoped:
        return False
    if not 2 <= mention.end - mention.start <= 3 or mention.start == 0:
        return False  # "a Canadian court", "a South Korean court"
    noun = tokens[mention.end - 1]
    if noun.lower_ not in court_nouns or not noun.is_lower:
        return False
    det = mention.start - 1
    while det > 0 and tokens[det].pos_ == "ADJ" and tokens[det].is_lower:
        det -= 1
    return bool(tokens[det].lower_ in lexicon.cues["indefinite_determiners"]["words"])
