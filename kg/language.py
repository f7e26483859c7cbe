"""Language data: the words rules look for, one folder per language (``kg/data/<lang>/``).

Keyed by language as textacy keys ``REPORTING_VERBS[doc.lang_]``: a lexicon is built for one
language and rules read its lists (``ctx.lx.words``); a language without a folder is a clear
error naming the languages there are.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from kg.errors import KgError, LanguageError
from kg.vocab import EntityType

DEFAULT_LANGUAGE = "en"


def data_root() -> Traversable:
    """The folder that holds one subfolder of rule data per language."""
    return resources.files("kg").joinpath("data")


_READING: ContextVar[str] = ContextVar("kg_reading", default=DEFAULT_LANGUAGE)


def reading_language() -> str:
    """The language of the article whose rules run now: the build loop sets it around an
    article's stages (``reading``); outside them, English. Rule modules that load their word
    lists on first use (``nominals``, ``killings``, ``demands``) read that language's file,
    as textacy reads ``REPORTING_VERBS[doc.lang_]``."""
    return _READING.get()


@contextmanager
def reading(language: str) -> Iterator[None]:
    """Run the enclosed rules for an article in ``language`` (a code with rule data)."""
    token = _READING.set(language)
    try:
        yield
    finally:
        _READING.reset(token)


def data_file(name: str, language: str | None = None) -> Traversable:
    """``kg/data/<language>/<name>``, by default in the language being read."""
    return data_root().joinpath(language or reading_language(), name)


def supported_languages(root: Traversable | None = None) -> tuple[str, ...]:
    """Language codes with rule data: the folders of ``kg/data`` that hold a ``words.json``."""
    return _shipped_languages() if root is None else _languages_in(root)


@cache
def _shipped_languages() -> tuple[str, ...]:
    return _languages_in(data_root())  # read once: the build loop asks for every article


def _languages_in(root: Traversable) -> tuple[str, ...]:
    return tuple(
        sorted(d.name for d in root.iterdir() if d.is_dir() and d.joinpath("words.json").is_file())
    )


def language_code(tag: str | None) -> str:
    """The primary language of a BCP 47 tag; none given means English.

    >>> language_code("en-GB"), language_code(None), language_code("DE")
    ('en', 'en', 'de')
    """
    return (tag or DEFAULT_LANGUAGE).strip().lower().replace("_", "-").split("-")[0]


def check_language(tag: str | None, root: Traversable | None = None) -> str:
    """The language code of ``tag`` when kg has rule data for it; else a LanguageError.

    >>> check_language("en-US")
    'en'
    """
    code = language_code(tag)
    known = supported_languages(root)
    if code not in known:
        raise LanguageError(
            f"language {tag!r} is not supported: kg has rule data for {', '.join(known)}. "
            f"Correct the article's 'language', or add a kg/data/{code or '<lang>'}/ folder "
            "(README, Architecture) and pass a spaCy model for it with --model."
        )
    return code


@dataclass(frozen=True, slots=True)
class PlaceWords:
    """The words place rules look for (``places.json``)."""

    place_nouns: dict[str, EntityType]
    facility_nouns: frozenset[str]
    edge_nouns: frozenset[str]
    org_nouns: frozenset[str]
    # every other word list of the file, by key ("same_time", "admin_nouns", ...)
    lists: dict[str, frozenset[str]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class LanguageData:
    """One language's word lists for the rule modules (``words.json``, ``places.json``,
    ``occupations.json``); each list's note in ``words.json`` says which rule reads it."""

    language: str
    institution_nouns: frozenset[str]
    person_pronouns: frozenset[str]
    speaker_pronouns: frozenset[str]
    relative_pronouns: frozenset[str]
    own_voice_pronouns: frozenset[str]
    delegate_nouns: frozenset[str]
    object_preps: tuple[str, ...]
    group_preps: frozenset[str]
    employer_preps: tuple[str, ...]
    span_preps: frozenset[str]
    title_target_preps: frozenset[str]
    body_words: frozenset[str]
    head_verbs: frozenset[str]
    rule_nouns: frozenset[str]
    body_nouns: frozenset[str]
    official_nouns: frozenset[str]
    event_nouns: frozenset[str]
    one_body_nouns: frozenset[str]
    org_after_nouns: frozenset[str]
    area_nouns: frozenset[str]
    town_nouns: frozenset[str]
    place_preps: frozenset[str]
    org_title_heads: frozenset[str]
    party_words: frozenset[str]
    party_modifiers: frozenset[str]
    local_head_titles: frozenset[str]
    government_member_titles: frozenset[str]
    envoy_titles: frozenset[str]
    past_title_words: frozenset[str]
    not_bare_sector_nouns: frozenset[str]
    acting_bare_nouns: frozenset[str]
    other_level_courts: frozenset[str]
    single_institution_nouns: frozenset[str]
    articleless_institution_nouns: frozenset[str]
    not_our_sector_modifiers: frozenset[str]
    not_adding_words: frozenset[str]
    series_nouns: frozenset[str]
    occupations: frozenset[str]
    work_verbs: dict[str, tuple[str, ...]]  # verb -> prepositions naming the employer
    places: PlaceWords
    # occupations.json, for kg/extract/employment.py
    unit_nouns: frozenset[str] = frozenset()  # "of the law firm of X", "of X's office"
    join_verbs: frozenset[str] = frozenset()  # "who joined the World Bank"
    copula_preps: tuple[str, ...] = ()  # "X was comptroller at Y" with "at" on "was"


WORD_LISTS = tuple(
    name
    for name in LanguageData.__slots__
    if name
    not in (
        "language",
        "occupations",
        "work_verbs",
        "places",
        "unit_nouns",
        "join_verbs",
        "copula_preps",
    )
)


def _line(text: str, key: str) -> int:
    """The line of ``text`` where ``"key"`` first appears (1 if it does not)."""
    at = text.find(f'"{key}"')
    return text.count("\n", 0, max(at, 0)) + 1


def _words(value: Any, where: str) -> list[str]:
    if not isinstance(value, list) or not value:
        raise ValueError(f"{where} must be a non-empty list of words")
    for word in value:
        if not isinstance(word, str) or not word.strip() or word != word.strip().lower():
            raise ValueError(f"{where}: {word!r} is not a lower-case word")
    if len(set(value)) != len(value):
        raise ValueError(f"{where} lists a word twice")
    return value


def read_word_lists(text: str, source: str) -> dict[str, list[str]]:
    """The lists of a ``words.json``, checked: every list the rules read, each a non-empty
    list of lower-case words; a bad or missing list raises naming the file and the line."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise KgError(f"{source} line {exc.lineno}: {exc.msg}. Fix the JSON.") from exc
    if not isinstance(data, dict):
        raise KgError(f"{source} line 1: must be a JSON object of word lists. Fix the file.")
    lists: dict[str, list[str]] = {}
    for key, value in data.items():
        if key.startswith("_"):
            continue
        try:
            if key not in WORD_LISTS:
                raise ValueError(f"unknown list {key!r} (known: {', '.join(WORD_LISTS)})")
            words = value.get("words") if isinstance(value, dict) else None
            lists[key] = _words(words, f"{key}.words")
        except ValueError as exc:
            raise KgError(f"{source} line {_line(text, key)}: {exc}. Fix the entry.") from exc
    missing = [k for k in WORD_LISTS if k not in lists]
    if missing:
        raise KgError(f"{source}: missing lists {', '.join(missing)}. Add them.")
    return lists


def read_place_words(text: str, source: str) -> PlaceWords:
    """The place nouns (with the entity type each gives), facility, edge and org nouns."""
    data = json.loads(text)
    try:
        nouns = {word: EntityType(kind) for word, kind in data["place_nouns"].items()}
    except ValueError as exc:
        raise KgError(f"{source}: place_nouns: {exc}; use an entity type") from exc
    return PlaceWords(
        nouns,
        frozenset(data["facility_nouns"]),
        frozenset(data["edge_nouns"]),
        frozenset(data["org_nouns"]),
        {
            key: frozenset(value)
            for key, value in data.items()
            if isinstance(value, list) and key not in ("facility_nouns", "edge_nouns", "org_nouns")
        },
    )


def read_language_data(code: str, folder: Traversable, label: str) -> LanguageData:
    """Read and check one language folder; ``label`` names it in errors (``kg/data/en``)."""

    def text(name: str) -> str:
        return folder.joinpath(name).read_text("utf-8")

    lists = read_word_lists(text("words.json"), f"{label}/words.json")
    jobs = json.loads(text("occupations.json"))
    occupations = jobs["occupations"]
    sets = {k: frozenset(v) for k, v in lists.items()}
    return LanguageData(
        language=code,
        institution_nouns=sets["institution_nouns"],
        person_pronouns=sets["person_pronouns"],
        speaker_pronouns=sets["speaker_pronouns"],
        relative_pronouns=sets["relative_pronouns"],
        own_voice_pronouns=sets["own_voice_pronouns"],
        delegate_nouns=sets["delegate_nouns"],
        object_preps=tuple(lists["object_preps"]),  # ordered: it orders argument slots
        group_preps=sets["group_preps"],
        employer_preps=tuple(lists["employer_preps"]),  # ordered: tried in turn
        span_preps=sets["span_preps"],
        title_target_preps=sets["title_target_preps"],
        body_words=sets["body_words"],
        head_verbs=sets["head_verbs"],
        rule_nouns=sets["rule_nouns"],
        body_nouns=sets["body_nouns"],
        official_nouns=sets["official_nouns"],
        event_nouns=sets["event_nouns"],
        one_body_nouns=sets["one_body_nouns"],
        org_after_nouns=sets["org_after_nouns"],
        area_nouns=sets["area_nouns"],
        town_nouns=sets["town_nouns"],
        place_preps=sets["place_preps"],
        org_title_heads=sets["org_title_heads"],
        party_words=sets["party_words"],
        party_modifiers=sets["party_modifiers"],
        local_head_titles=sets["local_head_titles"],
        government_member_titles=sets["government_member_titles"],
        envoy_titles=sets["envoy_titles"],
        past_title_words=sets["past_title_words"],
        not_bare_sector_nouns=sets["not_bare_sector_nouns"],
        acting_bare_nouns=sets["acting_bare_nouns"],
        other_level_courts=sets["other_level_courts"],
        single_institution_nouns=sets["single_institution_nouns"],
        articleless_institution_nouns=sets["articleless_institution_nouns"],
        not_our_sector_modifiers=sets["not_our_sector_modifiers"],
        not_adding_words=sets["not_adding_words"],
        series_nouns=sets["series_nouns"],
        occupations=frozenset(occupations),
        work_verbs={verb: tuple(preps) for verb, preps in jobs["work_verbs"].items()},
        places=read_place_words(text("places.json"), f"{label}/places.json"),
        unit_nouns=frozenset(jobs.get("unit_nouns", ())),
        join_verbs=frozenset(jobs.get("join_verbs", ())),
        copula_preps=tuple(jobs.get("copula_preps", ())),
    )


def language_data(tag: str | None = DEFAULT_LANGUAGE) -> LanguageData:
    """The shipped word lists of a language, loaded and checked once.

    >>> "envoy" in language_data("en-GB").delegate_nouns
    True
    """
    return _language_data(check_language(tag))


def reading_words() -> LanguageData:
    """The shipped word lists of the language being read (``reading_language``), for rules
    with no lexicon at hand (``kg.lexicon.light_verb`` on a bare token). Keyed by the code the
    build loop set, checked when set, as ``kg.extract.killings.kill_words`` is: trigger
    matching asks it for every noun."""
    return _language_data(reading_language())


@cache
def _language_data(code: str) -> LanguageData:
    return read_language_data(code, data_root().joinpath(code), f"kg/data/{code}")
