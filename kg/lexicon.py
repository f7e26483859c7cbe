"""Rules as data: the gazetteer, countries and demonyms, titles, triggers and status cues.

Everything is read from ``kg/data/`` and checked against the vocabulary when loaded, so a
misspelt predicate or type in a data file fails at once with the file's name.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry

from kg.errors import KgError
from kg.vocab import EntityType, Predicate


@dataclass(frozen=True, slots=True)
class Role:
    """A role a gazetteer entry holds: ``predicate`` towards the entity labelled ``object``."""

    predicate: Predicate
    object: str
    title: str | None = None


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """A known entity: canonical label, type, identifiers, aliases and roles."""

    label: str
    type: EntityType
    qid: str | None = None
    iso: str | None = None
    country: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    demonyms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word that signals a relation, with the predicate and CAMEO code it yields."""

    lemma: str
    pos: str
    predicate: Predicate
    cameo: str
    needs_person_object: bool = False
    needs_with: bool = False
    blocked_by_xcomp: bool = False
    owner_is_object: bool = False  # "Kennedy's assassination": the owner is the victim


@dataclass(frozen=True, slots=True)
class Lexicon:
    """All rule data, indexed for lookup."""

    entries: tuple[GazetteerEntry, ...]
    by_alias: dict[str, GazetteerEntry]
    by_demonym: dict[str, GazetteerEntry]
    roles: dict[str, Predicate]
    person_titles: tuple[str, ...]
    collective_heads: frozenset[str]
    verb_triggers: dict[str, Trigger]
    noun_triggers: dict[str, Trigger]
    cues: dict[str, Any] = field(default_factory=dict)

    def lookup(self, name: str) -> GazetteerEntry | None:
        """Gazetteer entry for a name or alias (case-insensitive, leading 'the' ignored)."""
        key = alias_key(name)
        return self.by_alias.get(key)

    def country_of_iso(self, iso: str) -> GazetteerEntry | None:
        return self.by_alias.get(f"iso:{iso.upper()}")


def alias_key(name: str) -> str:
    """Normalised lookup key of a name.

    >>> alias_key("The  Kremlin")
    'kremlin'
    """
    key = " ".join(name.lower().replace("’", "'").split())
    return key[4:] if key.startswith("the ") else key


def _data(name: str) -> str:
    return resources.files("kg").joinpath(f"data/{name}").read_text("utf-8")


def _countries(text: str) -> list[GazetteerEntry]:
    rows = list(csv.DictReader(io.StringIO(text)))
    known = {row["iso"] for row in rows}
    entries = [
        GazetteerEntry(
            label=row["label"],
            type=EntityType.COUNTRY,
            qid=row["qid"] or None,
            iso=row["iso"],
            country=row["iso"],
            aliases=tuple(a for a in row["aliases"].split(";") if a),
            demonyms=tuple(d for d in row["demonyms"].split(";") if d),
        )
        for row in rows
    ]
    for country in pycountry.countries:
        if country.alpha_2 in known:
            continue
        label = getattr(country, "common_name", None) or country.name
        aliases = tuple({country.name, getattr(country, "official_name", country.name)} - {label})
        entries.append(
            GazetteerEntry(
                label=label,
                type=EntityType.COUNTRY,
                iso=country.alpha_2,
                country=country.alpha_2,
                aliases=tuple(sorted(aliases)),
            )
        )
    return entries


def _gazetteer(text: str, source: str) -> list[GazetteerEntry]:
    entries = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if row.get("qid") is not None and not re.fullmatch(r"Q[1-9][0-9]{0,11}", row["qid"]):
                raise ValueError(f"qid {row['qid']!r} is not a Wikidata id like Q7747")
            entries.append(
                GazetteerEntry(
                    label=row["label"],
                    type=EntityType(row["type"]),
                    qid=row.get("qid"),
                    country=row.get("country"),
                    aliases=tuple(row.get("aliases", ())),
                    roles=tuple(
                        Role(Predicate(r["predicate"]), r["object"], r.get("title"))
                        for r in row.get("roles", ())
                    ),
                )
            )
        except (KeyError, ValueError, TypeError) as exc:
            raise KgError(f"{source} line {number}: {exc}. Fix the entry.") from exc
    return entries


def _triggers(text: str) -> list[Trigger]:
    triggers = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            triggers.append(
                Trigger(
                    lemma=row["lemma"],
                    pos=row["pos"],
                    predicate=Predicate(row["predicate"]),
                    cameo=row["cameo"],
                    needs_person_object=bool(row.get("needs_person_object", False)),
                    needs_with=bool(row.get("needs_with", False)),
                    blocked_by_xcomp=bool(row.get("blocked_by_xcomp", False)),
                    owner_is_object=bool(row.get("owner_is_object", False)),
                )
            )
        except (KeyError, ValueError) as exc:
            raise KgError(f"triggers.jsonl line {number}: {exc}. Fix the entry.") from exc
    return triggers


MAX_GAZETTEER = 200_000_000  # a user's gazetteer may be big, but not unbounded


def build_lexicon(extra_gazetteer: Path | None = None) -> Lexicon:
    """Load and index every data file; ``extra_gazetteer`` adds a user's own JSONL entries."""
    entries = _countries(_data("countries.csv")) + _gazetteer(_data("gazetteer.jsonl"), "gazetteer")
    if extra_gazetteer is not None:
        if not extra_gazetteer.is_file() or extra_gazetteer.stat().st_size > MAX_GAZETTEER:
            raise KgError(
                f"{extra_gazetteer}: not a regular file under {MAX_GAZETTEER} bytes. "
                "Pass a gazetteer JSONL file."
            )
        try:
            text = extra_gazetteer.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise KgError(f"{extra_gazetteer}: cannot be read ({exc}). Save it as UTF-8.") from exc
        entries += _gazetteer(text, str(extra_gazetteer))
    by_alias: dict[str, GazetteerEntry] = {}
    by_demonym: dict[str, GazetteerEntry] = {}
    for entry in entries:
        for name in (entry.label, *entry.aliases):
            by_alias.setdefault(alias_key(name), entry)
        if entry.iso:
            by_alias[f"iso:{entry.iso}"] = entry
        for demonym in entry.demonyms:
            by_demonym.setdefault(demonym.lower(), entry)
    titles = json.loads(_data("titles.json"))
    triggers = _triggers(_data("triggers.jsonl"))
    return Lexicon(
        entries=tuple(entries),
        by_alias=by_alias,
        by_demonym=by_demonym,
        roles={k: Predicate(v) for k, v in titles["roles"].items()},
        person_titles=tuple(sorted(titles["person_titles"], key=len, reverse=True)),
        collective_heads=frozenset(titles["collective_heads"]),
        verb_triggers={t.lemma: t for t in triggers if t.pos == "VERB"},
        noun_triggers={t.lemma: t for t in triggers if t.pos == "NOUN"},
        cues=json.loads(_data("cues.json")),
    )


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The lexicon of the shipped data files, loaded once."""
    return build_lexicon()
