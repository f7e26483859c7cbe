"""International agencies the press names by what they do ("the UN refugee agency", "the UN's
food agency", "the EU border agency"): one mention of the agency's own node, labelled with the
name the article writes for it ("UNHCR"), as collective mentions for
``kg.resolve.collectives.find_collectives``. Words: ``described_agencies`` in
``kg/data/en/cues.json``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from kg.lexicon import Lexicon, once_per_lexicon
from kg.resolve.bodies import POSSESSIVES, Owners, collective_item, without_the
from kg.vocab import EntityType

# (parent label, description as written lower-case: "refugee agency") -> the agency's label
Descriptions = dict[tuple[str, str], str]


def agency_words(lexicon: Lexicon) -> frozenset[str]:
    """The last words of the agencies' descriptions ("agency", "watchdog", "fund"): the
    words that gate the finder."""
    return frozenset(d.rsplit(" ", 1)[-1] for _, d in _descriptions(lexicon))


def find_agencies(
    tokens: list[Any], text: str, lexicon: Lexicon, owners: Owners, used: set[int]
) -> list[dict[str, Any]]:
    """An agency written as its parent's name, a possessive or none, and what it does:
    lower-case words before its head noun ("the UN refugee agency", "the United Nations'
    children's fund", "the EU's border agency") or after it, behind "for" ("the UN agency
    for Palestine refugees"). The words are one Organization mention of the agency,
    labelled with its data label (``agency_labels`` gives it the name the article writes),
    the parent staying its own node. Not where the head modifies another noun ("UN refugee
    agency officials") or is plural ("UN agencies"). Same dicts as ``find_collectives``."""
    table = _descriptions(lexicon)
    found: list[dict[str, Any]] = []
    for i in sorted(owners):
        parent = _parent(owners[i], lexicon)
        if parent is None or i >= len(tokens):
            continue
        first = i + 1 if tokens[i].text in POSSESSIVES else i
        for end in range(first + 1, min(first + 6, len(tokens) + 1)):
            last = tokens[end - 1]
            label = table.get((parent, _written(text, tokens[first], last)))
            if label is None or not used.isdisjoint(range(first, end)):
                continue
            noun = tokens[first] if tokens[first + 1].lower_ == "for" else last
            if not noun.is_lower or noun.tag_ != "NN":
                break  # "UN agencies": several
            if noun.dep_ == "compound" and noun.head.i > noun.i:
                break  # "UN refugee agency officials": the agency's people
            written = text[tokens[first].idx : last.idx + len(last.text)]
            found.append(collective_item(first, end, written, label, EntityType.ORGANIZATION))
            used.update(range(first, end))
            break
    return found


def agency_labels(
    paragraphs: list[tuple[list[Any], str, list[Any]]], lexicon: Lexicon
) -> list[tuple[list[Any], str, list[Any]]]:
    """An agency's description and its other names take the name the article first writes
    for the agency ("the UN refugee agency ... UNHCR said": ``UNHCR``; "the UN Refugee
    Agency ... UNHCR said": ``UN Refugee Agency``), so all are one node; a description with
    no name written keeps the data's label. ``paragraphs``: (tokens, text, mentions) of one
    article."""
    names = _names(lexicon)
    written: dict[str, str] = {}
    for _, _, mentions in paragraphs:
        for m in mentions:
            label = names.get(without_the(m.text))
            if label is not None and m.canonical is None:
                written.setdefault(label, without_the(m.text))
    if not written:
        return paragraphs
    return [
        (tokens, text, [_written_name(m, names, written) for m in mentions])
        for tokens, text, mentions in paragraphs
    ]


def _written_name(m: Any, names: Mapping[str, str], written: Mapping[str, str]) -> Any:
    """The mention under the agency's first written name: a description of the agency (its
    data label as canonical, written in lower case) or another of its names."""
    if m.canonical is None:
        label = names.get(without_the(m.text))
        first = written.get(label) if label is not None else None
        return m if first is None or first == without_the(m.text) else replace(m, canonical=first)
    if m.canonical in written and m.text[:1].islower() and m.canonical in names.values():
        return replace(m, canonical=written[m.canonical])
    return m


def _parent(owner: tuple[int, str, bool, str], lexicon: Lexicon) -> str | None:
    """The gazetteer label of an owner name that parents agencies ("UN": United Nations)."""
    _, name, demonym, _ = owner
    entry = None if demonym else lexicon.lookup(name)
    owners = lexicon.cues["described_agencies"]["owners"]
    return entry.label if entry is not None and entry.label in owners else None


def _written(text: str, first: Any, head: Any) -> str:
    """The words from ``first`` to ``head`` lower-cased as written, a possessive glued
    ("children's fund")."""
    return text[first.idx : head.idx + len(head.text)].lower().replace("’", "'")


def _descriptions(lexicon: Lexicon) -> Descriptions:
    table: Descriptions = once_per_lexicon(lexicon, _make_descriptions)
    return table


def _make_descriptions(lexicon: Lexicon) -> Descriptions:
    """Every (parent, topic + head) of ``described_agencies`` -> the agency's label."""
    table: Descriptions = {}
    for parent, agencies in lexicon.cues["described_agencies"]["owners"].items():
        for agency in agencies:
            for topic in agency["topics"]:
                for head in agency["heads"]:
                    table[(parent, f"{topic} {head}")] = agency["label"]
                    table[(parent, f"{head} for {topic}")] = agency["label"]
    return table


def _names(lexicon: Lexicon) -> Mapping[str, str]:
    names: Mapping[str, str] = once_per_lexicon(lexicon, _make_names)
    return names


def _make_names(lexicon: Lexicon) -> dict[str, str]:
    """Every name an agency is written by ("UNHCR", "World Food Program") -> its label."""
    return {
        name: agency["label"]
        for agencies in lexicon.cues["described_agencies"]["owners"].values()
        for agency in agencies
        for name in agency["names"]
    }


def described_agency(lexicon: Lexicon, label: str) -> bool:
    """Whether a node's label is an agency's of ``described_agencies`` (its data label or a
    name it is written by), a body its parent's name in front owns ("the UN nuclear
    watchdog": a member of the United Nations)."""
    names = _names(lexicon)
    return label in names or label in names.values()
