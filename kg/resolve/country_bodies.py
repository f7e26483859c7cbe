"""A country's state body named by a generic name ("Kenya's Health Ministry", "the Ministry of
Health of Uganda", "Ghana's Central Bank"): every country has one, so the name alone is no one
actor. The mention becomes the body of its country (one node per country, across articles,
labelled with the country's adjective: "Kenyan health ministry"), its country read from the
name ("the Kenyan Health Ministry", "Health Ministry of Ghana"), from an owner written next to
it ("Kenya's", "the Kenyan", "of Kenya") or, with none, from the article's one country. A
generic name with no country to give it stays as written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from kg.lexicon import Lexicon
from kg.resolve.collectives import adjective, body_phrase, collective_label_for, owner_entry
from kg.resolve.names import variant_key
from kg.vocab import EntityType

_POSSESSIVES = ("'s", "’s")


def generic_body(text: str, lexicon: Lexicon) -> tuple[str, str | None] | None:
    """(the generic name as ``variant_key`` writes it, the ISO code of the country the name
    itself gives or None) of a name that is a generic state body (``country_body_names`` or
    a portfolio before a ``country_body_heads`` word in ``kg/data/en/cues.json``); None for
    any other name.

    >>> from kg.lexicon import build_lexicon
    >>> lx = build_lexicon()
    >>> generic_body("the Ministry of Health of Uganda", lx), generic_body("Health Ministry", lx)
    (('health ministry', 'UG'), ('health ministry', None))
    >>> generic_body("the Kenyan Central Bank", lx), generic_body("Ministry", lx)
    (('central bank', 'KE'), None)
    """
    words = text.split()
    if words[:1] in (["the"], ["The"]):
        words = words[1:]
    country = None
    for cut in (2, 1):
        if len(words) <= cut:
            continue
        owner = " ".join(words[:cut])
        bare = owner[:-2] if owner.endswith(_POSSESSIVES) else owner
        iso = _named_country(lexicon, bare)
        if iso is not None:
            country, words = iso, words[cut:]
            break
    for cut in (1, 2, 3):
        if country is None and len(words) > cut + 1 and words[-cut - 1] == "of":
            iso = _named_country(lexicon, " ".join(words[-cut:]))
            if iso is not None:
                country, words = iso, words[: -cut - 1]
    if not words or not all(w[:1].isupper() or w in ("of", "and") for w in words):
        return None  # a written name is capitalised ("the Health Ministry")
    key = variant_key(" ".join(words))
    if not key:
        return None
    key = lexicon.cues.get("country_body_forms", {}).get("forms", {}).get(key, key)
    if key in _words(lexicon, "country_body_names"):
        return key, country
    *portfolio, head = key.split()
    portfolios = _words(lexicon, "country_body_portfolios")
    if (
        head in _words(lexicon, "country_body_heads")
        and 1 <= len(portfolio) <= 3
        and all(w in portfolios or w == "and" for w in portfolio)
        and portfolio[0] != "and"
    ):
        return key, country
    return None


def _words(lexicon: Lexicon, name: str) -> frozenset[str]:
    return frozenset(lexicon.cues.get(name, {}).get("words", ()))


def _named_country(lexicon: Lexicon, text: str) -> str | None:
    """The ISO code of the country a word of a body's name is, by name or adjective ("the
    Kenyan Health Ministry"); a city's is no owner there ("Seoul High Court" is the city's
    court, not South Korea's high court)."""
    entry = lexicon.by_demonym.get(text.lower()) or lexicon.lookup(text)
    if entry is not None and entry.type is EntityType.COUNTRY and entry.iso:
        return str(entry.iso)
    return None


def _country(lexicon: Lexicon, text: str, demonym: bool) -> str | None:
    """The ISO code of the country a name or (``demonym``) adjective is."""
    kind, iso = owner_entry(lexicon, text, demonym)
    if kind == "country" and isinstance(iso, str):
        return iso
    return None


def body_label(lexicon: Lexicon, iso: str, phrase: str) -> tuple[str, EntityType, str]:
    """(canonical label, type, sector code) of a country's generic body: a sector phrase's
    own ("parliament" -> "Kenyan legislature", as the lower-case collective is), else the
    country's adjective before the name ("Kenyan health ministry", of the head's sector or
    GOV)."""
    code = lexicon.actors.sector_of(phrase)
    if code is not None:
        label, etype = collective_label_for(lexicon, iso, code, phrase)
        return label, etype, code
    code = lexicon.actors.sector_of(phrase.split()[-1]) or "GOV"
    return f"{adjective(lexicon, iso)} {phrase}", EntityType.ORGANIZATION, code


def own_bodies(
    paragraphs: list[tuple[list[Any], str, list[Any]]], lexicon: Lexicon, iso: str | None
) -> list[tuple[list[Any], str, list[Any]]]:
    """Each paragraph's mentions with its generic state bodies made their country's
    (``generic_body``). A name written bare ("the Health Ministry") is the body of that name
    the article gives a country to when it gives one ("Liberia's Ministry of Health"), else
    of the article's one country (``iso``, see ``main_country``), else of none."""
    owners: dict[str, set[str]] = {}
    bodies: dict[str, tuple[str, str | None] | None] = {}  # ``generic_body`` once a name
    named = [
        (t, text, _owned(t, text, ms, lexicon, owners, None, bodies)) for t, text, ms in paragraphs
    ]
    fallback = {key: next(iter(isos)) for key, isos in owners.items() if len(isos) == 1}
    if iso is not None:
        fallback = {**{"": iso}, **fallback}
    for key in [k for k, isos in owners.items() if len(isos) > 1]:
        fallback[key] = ""  # two countries' bodies of this name: a bare one is neither's
    out = [
        (t, text, _owned(t, text, ms, lexicon, owners, fallback, bodies)) for t, text, ms in named
    ]
    return _renamed(named, out)


def _renamed(
    before: list[tuple[list[Any], str, list[Any]]], after: list[tuple[list[Any], str, list[Any]]]
) -> list[tuple[list[Any], str, list[Any]]]:
    """A country's sector collective that ``_named_bodies`` made a named body ("the Kenyan
    court" after "the Kenyan Supreme Court") follows that body's mention to its new label."""
    labels: dict[tuple[str, str], str] = {}
    for (_, _, old), (_, _, new) in zip(before, after, strict=True):
        kept = {id(m) for m in new}
        for m in old:
            if id(m) in kept:
                continue
            made = next((n for n in new if n.start <= m.start < n.end and n.canonical), None)
            if made is not None and made.country:
                labels[(m.text, made.country)] = made.canonical
    if not labels:
        return after
    return [(t, text, [_relabel(m, labels) for m in ms]) for t, text, ms in after]


def _relabel(m: Any, labels: dict[tuple[str, str], str]) -> Any:
    label = labels.get((m.canonical, m.country)) if m.canonical and m.country else None
    return m if label is None else replace(m, canonical=label)


def _owned(
    tokens: list[Any],
    text: str,
    mentions: list[Any],
    lexicon: Lexicon,
    owners: dict[str, set[str]],
    fallback: dict[str, str] | None,
    bodies: dict[str, tuple[str, str | None] | None] | None = None,
) -> list[Any]:
    """The mentions with their generic bodies owned: by a country the name or the words
    next to it give (``owners``: each generic name -> the countries found), or, with
    ``fallback`` (generic name, or "" for any -> ISO code; "" for none), a bare name."""
    by_end = {m.end: m for m in mentions}
    by_start = {m.start: m for m in mentions}
    dropped: set[int] = set()
    made: dict[int, Any] = {}
    for m in mentions:
        if (
            m.label not in ("ORG", "GAZ")
            or m.canonical
            or m.sector
            or m.demonym
            or m.scoped
            or id(m) in dropped
            or lexicon.lookup(m.text) is not None  # a known body keeps its node
        ):
            continue
        if bodies is None:
            found = generic_body(m.text, lexicon)
        elif m.text in bodies:
            found = bodies[m.text]
        else:
            found = bodies[m.text] = generic_body(m.text, lexicon)
        if found is None:
            continue
        phrase, country = found
        start, end = m.start, m.end
        owner = None
        if country is None:
            # "Kenya's Health Ministry", "the Kenyan Health Ministry"
            k = m.start - 1 if m.start and tokens[m.start - 1].text in _POSSESSIVES else m.start
            owner = by_end.get(k)
        if (
            country is None
            and owner is None
            and m.end + 1 < len(tokens)
            and tokens[m.end].lower_ == "of"
        ):
            owner = by_start.get(m.end + 1)  # "the Health Ministry of Kenya"
        if owner is not None and id(owner) not in dropped and id(owner) not in made:
            country = _country(lexicon, owner.text, owner.demonym)
            if country is not None:
                dropped.add(id(owner))
                start, end = min(start, owner.start), max(end, owner.end)
        if country is not None:
            owners.setdefault(phrase, set()).add(country)
        elif fallback is not None:
            # "the Health Ministry": the article's Health Ministry, or its one country's
            country = fallback.get(phrase, fallback.get("")) or None
        if country is None:
            continue
        label, etype, code = body_label(lexicon, country, phrase)
        first, last = tokens[start], tokens[end - 1]
        made[id(m)] = replace(
            m,
            start=start,
            end=end,
            text=text[first.idx : last.idx + len(last.text)],
            label="ORG" if etype is EntityType.ORGANIZATION else "GROUP",
            canonical=label,
            country=country,
            sector=code,
        )
    if not made:
        return mentions
    return [made.get(id(m), m) for m in mentions if id(m) not in dropped]


def written_body(label: str, iso: str, names: Mapping[str, int], lexicon: Lexicon) -> str | None:
    """The label a country's generic body is shown under, as the articles write it (a
    reader and a coder look it up so): the form naming its country written most ("Kenya's
    Health Ministry", "the US Department of Justice"), else the name written most ("Ministry
    of Justice"; ``Resolver.entities`` adds the country where two countries' bodies would
    show one label). None for a label that is no generic body's (``body_label``).

    >>> from kg.lexicon import build_lexicon
    >>> lx = build_lexicon()
    >>> names = {"Ministry of Health": 3, "Peru's Health Ministry": 1, "it": 4}
    >>> written_body("Peruvian health ministry", "PE", names, lx)
    "Peru's Health Ministry"
    >>> written_body("Peruvian health ministry", "PE", {"Ministry of Health": 1}, lx)
    'Ministry of Health'
    >>> written_body("Peruvian military", "PE", {"the Army": 1}, lx) is None
    True
    """
    owned: dict[str, int] = {}
    bare: dict[str, int] = {}
    for text, count in names.items():
        found = generic_body(text, lexicon) if count > 0 else None
        if found is None or body_label(lexicon, iso, found[0])[0] != label:
            continue
        if lexicon.actors.sector_of(found[0]) and not body_phrase(found[0], lexicon):
            return None  # "Kenya's Parliament": a sector's actor, written_collective's
        form = text[4:] if text[:4] in ("the ", "The ") else text
        into = owned if found[1] == iso else bare if found[1] is None else None
        if into is not None:
            into[form] = into.get(form, 0) + count
    for forms in (owned, bare):
        if forms:
            return max(forms, key=lambda f: forms[f])  # a tie: the form written first
    return None
