"""Bare state sector nouns ("the government", "the army", "the junta") in an article about
several countries, given the country the text around them settles. With no main country
(``kg.resolve.collectives.main_country``) such a noun is no one; local evidence, strongest
first, names its owner:

1. a state actor of one country named earlier in its paragraph or the one before, of the
   noun's own sector if any ("Nigeria's army fought Boko Haram. The army ..."), else, for a
   government, of any state sector ("Thailand's military seized power. The junta ...");
2. a place of one country its sentence is set in ("In Abuja, the government ..."), for
   any sector but the military, which acts abroad;
3. the country of its sentence's subject ("Nigerian President X said the army ...");
4. failing all three, the story's dateline ("ABUJA, Nigeria (Reuters) -").

Two countries at one level, or two levels of 1-3 naming different countries, leave the noun
no one; so does a country its own sentence names otherwise ("The government accused Chad":
never Chad's). Cue list ``local_owners`` in ``kg/data/en/cues.json``.
"""

from __future__ import annotations

from typing import Any

from kg.cities import city_country
from kg.lexicon import Lexicon
from kg.nlp.coordination import first_conjunct
from kg.resolve.collectives import bare_collectives, owner_entry
from kg.vocab import Predicate

# sectors of the state whose actor named earlier settles a bare noun's country
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})
_PLACES = frozenset({"GPE", "GAZ", "LOC"})
# sectors that act abroad as often as at home: where their sentence is set says nothing of
# whose they are ("the army fought in Gaza")
_ABROAD = frozenset({"MIL"})
_NONE: tuple[set[str], list[Any]] = (set(), [])
# dependencies of a country's word in front of a person's title ("Nigerian President X",
# "Nigeria's defence minister")
_TITLE_OWNERS = frozenset({"amod", "compound", "poss", "nmod"})
# dependencies of words in front of a sector noun that make it a body of its own ("the
# fighting forces", "New York authorities")
_FRONT = frozenset({"amod", "compound", "nummod", "nmod", "poss"})


def local_owned(
    paragraphs: list[tuple[list[Any], str, list[Any]]],
    k: int,
    lexicon: Lexicon,
    taken: set[int],
    dateline: str | None,
) -> list[dict[str, Any]]:
    """The bare state sector nouns of paragraph ``k`` (``bare_collectives`` items) whose
    country local evidence settles (module docstring), each as that country's collective
    actor. ``paragraphs`` are (tokens, text, mentions) of one article with no main country;
    ``taken``: tokens already in a mention; ``dateline``: ISO code of the story's dateline
    place, if any."""
    tokens, text, mentions = paragraphs[k]
    before = paragraphs[k - 1][2] if k > 0 else []
    preps = frozenset(lexicon.cues["local_owners"]["place_preps"])
    found: dict[int, dict[str, Any]] = {}
    countries = _named_countries([*before, *mentions], lexicon)
    for country in sorted(countries | {dateline} if dateline else countries):
        for item in bare_collectives(tokens, text, lexicon, country, taken):
            if item["start"] in found or not _whole_body(tokens, item, lexicon):
                continue
            window = [*before, *(m for m in mentions if m.end <= item["start"])]
            owner = _owner(tokens, item, window, mentions, lexicon, preps, dateline)
            if owner == country:
                found[item["start"]] = item
    return [found[s] for s in sorted(found)]


def _whole_body(tokens: list[Any], item: dict[str, Any], lexicon: Lexicon) -> bool:
    """A state sector phrase as written and nothing else ("the army", "security forces",
    "the interior ministry"), that names the body itself: not its machines or some of its
    people ("the jet", "the ministers": ``no_label_nouns``, whose owner the text leaves
    open), nor with words of its own ("the fighting forces", "authorities on both
    sides")."""
    phrase = item["text"].lower()
    head = tokens[item["end"] - 1]
    return (
        item["sector"] in STATE_SECTORS
        and lexicon.actors.sector_of(phrase) is not None
        and head.lower_ not in lexicon.actors.no_label_nouns
        and not any(c.dep_ in ("prep", "acl", "relcl") for c in head.children)
        and not any(c.dep_ in _FRONT and c.i < item["start"] for c in head.children)
    )


def _named_countries(mentions: list[Any], lexicon: Lexicon) -> set[str]:
    """Every country the mentions name (``mention_country``)."""
    return {c for c in (mention_country(m, lexicon) for m in mentions) if c}


def mention_country(m: Any, lexicon: Lexicon, cities: bool = True) -> str | None:
    """ISO code of the country a mention names: a country's collective actor ("Nigeria's
    army"), a country, its demonym or its seat ("Nigerian", "Abuja"), or (``cities``) a
    large city of one country ("Lagos"); None for anything else."""
    if m.country:
        return str(m.country)
    kind, iso = owner_entry(lexicon, m.text, m.demonym)
    if kind == "country":
        return str(iso)
    if not cities or m.label not in _PLACES or m.text.isupper():
        return None
    return city_country(m.text)


def _owner(
    tokens: list[Any],
    item: dict[str, Any],
    window: list[Any],
    mentions: list[Any],
    lexicon: Lexicon,
    preps: frozenset[str],
    dateline: str | None,
) -> str | None:
    """The one country local evidence gives a bare noun (module docstring), or None."""
    head = tokens[item["end"] - 1]
    sent = head.sent
    inside = [m for m in mentions if sent.start <= m.start and m.end <= sent.end]
    levels = [
        _earlier_state(window, item["sector"]),
        _set_in(tokens, head, inside, lexicon, preps) if item["sector"] not in _ABROAD else _NONE,
        _subject_country(tokens, head, inside, lexicon),
    ]
    named = [found for found, _ in levels if found]
    if not named:
        if dateline is None or _other_country(inside, dateline, lexicon):
            return None
        return None if _named_otherwise(inside, dateline, (), lexicon) else dateline
    countries = set().union(*named)
    if len(countries) != 1:
        return None
    country = next(iter(countries))
    if not levels[0][0] and not levels[1][0] and _other_country(inside, country, lexicon):
        return None  # a title's country, with another country in the sentence: either's
    used = [m for _, evidence in levels for m in evidence]
    return None if _named_otherwise(inside, country, used, lexicon) else country


def _earlier_state(window: list[Any], sector: str) -> tuple[set[str], list[Any]]:
    """(countries, mentions) of the state actors named in ``window``: those of ``sector``
    when there are any, else, for a government (the owner of every state body: "Thailand's
    military ... The junta"), those of every state sector; an army is not the police's."""
    state = [m for m in window if m.country and m.sector in STATE_SECTORS and not m.scoped]
    same = [m for m in state if m.sector == sector]
    chosen = same or (state if sector == "GOV" else [])
    return {str(m.country) for m in chosen}, chosen


def _set_in(
    tokens: list[Any], head: Any, inside: list[Any], lexicon: Lexicon, preps: frozenset[str]
) -> tuple[set[str], list[Any]]:
    """(countries, mentions) of the places the noun's clause is set in: a place after one of
    ``preps`` that hangs on the noun's verb or a verb reporting it ("In Abuja, the government
    said", "In Abuja, officials said the police ..."), not a noun's ("the government in
    Tobruk", "fighting in Nigeria's north") nor another clause's ("arrived in Greece after
    fleeing Syria, where the government bombed ..."); a seat the model tags as a person ("In
    Niamey") is still its country's. A place the parser hung on the verb's object is the
    verb's ("police arrested 14 protesters and two journalists in Lagos": ``_verb_object``);
    places joined by "and" are each one ("in Lima and Quito": two countries, no one's)."""
    verbs = _own_verbs(head)
    places = []
    for m in inside:
        root = first_conjunct(tokens[m.end - 1])
        prep = root.head
        if (
            not m.sector
            and root.dep_ == "pobj"
            and prep.lower_ in preps
            and (prep.head.i in verbs or _verb_object(prep.head, verbs))
            and mention_country(m, lexicon)
        ):
            places.append(m)
    return {str(mention_country(m, lexicon)) for m in places}, places


def _subject_country(
    tokens: list[Any], head: Any, inside: list[Any], lexicon: Lexicon
) -> tuple[set[str], list[Any]]:
    """(countries, mentions) that the title of the subject of the sentence's main verb
    names, when the noun is in what that subject says: "Nigerian President X said the army
    ..." and "Nigeria's defence minister said ..." give Nigeria; not in the subject's own
    clause ("Kenyan opposition leader X was in police custody": his nationality, not the
    police's); a country that is the subject itself ("Chad sent troops", "Nigeria accused the
    government") is no title, nor is an envoy's ("the British ambassador said the government
    ...": the host's, as often)."""
    root = head.sent.root
    for subject in root.children:
        if subject.dep_ not in ("nsubj", "nsubjpass"):
            continue
        span = range(subject.left_edge.i, subject.right_edge.i + 1)
        if not _reported(head) or any(_envoy(tokens[i], lexicon) for i in span):
            return set(), []
        owned = [
            m
            for m in inside
            if m.start in span
            and tokens[m.end - 1].dep_ in _TITLE_OWNERS
            and mention_country(m, lexicon)
        ]
        return {str(mention_country(m, lexicon)) for m in owned}, owned
    return set(), []


def _named_otherwise(inside: list[Any], country: str, used: Any, lexicon: Lexicon) -> bool:
    """The sentence names ``country``, or a state actor of it, in a mention that is no
    evidence of the owner ("The government accused Chad", "... Chad's army"): an argument of
    its own, never the noun's owner."""
    return any(m not in used and _state_named(m, lexicon) == country for m in inside)


def _other_country(inside: list[Any], country: str, lexicon: Lexicon) -> bool:
    """The sentence names a country other than ``country``, or a state actor of one: the
    weak evidence of a title or a dateline does not choose between them ("X, the US envoy
    who travelled to Burundi, said the government had been warned")."""
    return any(_state_named(m, lexicon) not in (None, country) for m in inside)


def _state_named(m: Any, lexicon: Lexicon) -> str | None:
    """ISO code of the country a mention names as a state: its name, adjective or seat, or
    a state actor of it. Its people ("the army killed Nigerian civilians", "all Syrians")
    and its towns ("took Malakal town") are no state."""
    if m.sector is not None and m.sector not in STATE_SECTORS:
        return None
    if m.demonym and m.text.endswith("s") and not m.text.endswith("ss"):
        return None  # "Syrians": the people
    return mention_country(m, lexicon, cities=False)


def _envoy(token: Any, lexicon: Lexicon) -> bool:
    """A title word of a state's envoy abroad ("envoy", "ambassador": ``envoy_of`` in
    ``kg/data/en/titles.json``)."""
    return lexicon.roles.get(token.lower_) is Predicate.ENVOY_OF


def _reported(token: Any) -> bool:
    """The token is in a clause the sentence's main verb reports ("X said the army ...": a
    clausal complement on its way up to the root)."""
    while token.dep_ != "ROOT" and token.head is not token:
        if token.dep_ == "ccomp":
            return True
        token = token.head
    return False


def _verb_object(noun: Any, verbs: set[int]) -> bool:
    """Whether ``noun`` is the direct object of one of ``verbs``, or a noun joined to it
    ("arrested 14 protesters and two journalists"): what is done to it there is done there."""
    noun = first_conjunct(noun)
    return bool(noun.dep_ == "dobj" and noun.head.i in verbs)


def _own_verbs(head: Any) -> set[int]:
    """Token indexes of the verbs above the noun up to the root, short of a clause that
    describes a noun ("Syria, where the government bombed ...": the relative clause's verb
    only)."""
    found: set[int] = set()
    token = head
    while token.head is not token and token.dep_ not in ("relcl", "acl"):
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            found.add(token.i)
    return found
