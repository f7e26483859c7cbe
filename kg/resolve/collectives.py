"""Collective actors as mentions: a country, nationality, capital or group in front of a sector
noun ("Israeli troops", "Israel's military", "Houthi fighters", "the government in
Mogadishu"), and plain collectives ("protesters", "unidentified gunmen").

A country's sector actor is one node per (country, sector) with a canonical label
("Israeli military"); a named body ("the Turkish interior ministry") is its own node of that
country and sector; a group's fighters are the group; an organisation's officials are the
organisation. A plain collective is one node per article and sector ("armed group",
"attackers" and "armed men" in one article are one actor); it is never merged across articles.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from kg.actors import collective_label
from kg.cities import city_country
from kg.lexicon import Lexicon, once_per_lexicon
from kg.nlp.coordination import first_conjunct
from kg.resolve.agencies import agency_words, find_agencies
from kg.resolve.bands import band_words, find_bands
from kg.resolve.beaten import find_beaten, hand_acts
from kg.resolve.bodies import (
    HYPHENS,
    Owners,
    collective_item,
    find_lower_bodies,
    find_possessive_names,
    find_units,
    names_a_body,
    tagged_name,
    without_the,
)
from kg.resolve.counted import (
    counted_acts,
    counted_start,
    counted_words,
    find_counted_targets,
)
from kg.resolve.described import anchored_titles, described_words, find_described
from kg.resolve.governments import find_seated_governments
from kg.resolve.headed_units import find_headed_units
from kg.resolve.names import name_words
from kg.resolve.nation_groups import find_world_community, nation_people
from kg.resolve.people import event_role, find_people
from kg.resolve.site_owners import owned_site
from kg.resolve.teams import find_teams, team_words
from kg.vocab import EntityType, Predicate

# sectors whose bare plural ("rebels", "protesters") is an actor of its own in one article
_PLAIN = frozenset({"REB", "UAF", "OPP", "CVL", "REF", "CRM", "EDU", "LAB", "HRI", "NGO"})
_LEADERS_FORCES = frozenset({"MIL", "COP"})  # "President X's troops": his state's forces
_ARMED = frozenset({"REB", "UAF"})  # armed sectors: a bare one may be the article's armed group
# sectors whose people, after an organisation's name, are that organisation acting ("UN
# peacekeepers", "NATO troops", "OSCE monitors")
_ORG_FORCES = frozenset({"IGO", "MIL"})
# sectors of state bodies: typed Organization; the rest are Group
_STATE = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})
# state sectors whose people in a large town are the state's ("police in Lagos", "troops in
# Aleppo", "prosecutors in Milan"); not the government's or a legislature's, which a town
# outside the capital gives a region of its own ("authorities in Barcelona", "lawmakers in
# Erbil": Catalonia's, Kurdistan's)
_TOWN_FORCES = frozenset({"MIL", "COP", "SPY", "JUD"})
# a side of a country's politics written as one body ("Guinea's opposition"): its sector and
# the body noun its names end in; the side's people ("Egyptian protesters") are none of them
_SIDE_BODIES = {"OPP": "opposition"}
# sectors whose country collective is shown as the articles write it: the state bodies, and
# a country's armed sides, which the press calls "fighters", "combatants", "militants" and
# "insurgents" as often as "armed groups" or "rebels" ("Syrian fighters")
_SHOWN_AS_WRITTEN = _STATE | _ARMED


def sector_phrase(tokens: list[Any], head: Any, lexicon: Lexicon) -> tuple[int, str] | None:
    """(start token index, sector code) of the longest sector phrase ending at ``head``."""
    nouns = lexicon.actors.sector_nouns
    last = head.lower_
    if " " not in last and "-" not in last and last not in _last_words(nouns):
        return None  # no sector phrase ends with this word
    # the (up to) four words ending at the head, read once for the four widths
    lowers = [t.lower_ for t in tokens[max(0, head.i - 3) : head.i + 1]]
    for width in range(len(lowers), 0, -1):
        phrase = " ".join(lowers[-width:]).replace(" - ", "-")
        code = nouns.get(phrase)
        if code is None and "-" in phrase:
            # "aid-workers", "peace-keepers" written with a hyphen are the listed phrase
            code = nouns.get(phrase.replace("-", " "))
        if code is not None:
            return head.i - width + 1, code
    return None


_LAST_WORDS: dict[int, tuple[dict[str, str], frozenset[str]]] = {}


def _last_words(nouns: dict[str, str]) -> frozenset[str]:
    """The last word (after any space or hyphen) of each sector phrase, made once a table."""
    held = _LAST_WORDS.get(id(nouns))
    if held is None or held[0] is not nouns:
        words = frozenset(k.replace("-", " ").split()[-1] for k in nouns if k.split())
        held = _LAST_WORDS[id(nouns)] = (nouns, words)
    return held[1]


def adjective(lexicon: Lexicon, iso: str) -> str:
    """The adjective of a country for labels: an override, else its first demonym, else its
    name ("Israeli", "US", "Eswatini")."""
    override = lexicon.actors.adjectives.get(iso)
    if override:
        return override
    entry = lexicon.country_of_iso(iso)
    if entry is None:
        return iso
    return entry.demonyms[0] if entry.demonyms else entry.label


def owner_entry(lexicon: Lexicon, text: str, demonym: bool) -> tuple[str | None, Any]:
    """What a name in front of a sector noun stands for: ("country", iso), ("group", entry),
    ("org", None) or (None, None)."""
    if demonym:
        entry = lexicon.by_demonym.get(text.lower())
        if entry is not None and entry.iso:
            return "country", entry.iso
    entry = lexicon.lookup(text)
    if entry is not None and entry.type is EntityType.COUNTRY and entry.iso:
        return "country", entry.iso
    if entry is not None and (
        entry.type is EntityType.GROUP or entry.label in lexicon.actors.groups
    ):  # "Hezbollah fighters": an armed group the gazetteer also lists as an organisation
        return "group", entry
    key = text.lower()
    key = key[4:] if key.startswith("the ") else key
    seat = lexicon.actors.seats.get(key)
    if seat is not None and seat.org is None:
        return "country", seat.iso
    if entry is None:
        entry = lexicon.by_demonym.get(text.lower())
        if entry is not None and entry.iso:
            return "country", entry.iso
    return None, None


def body_phrase(phrase: str, lexicon: Lexicon) -> bool:
    """Whether a sector phrase names one state body of its own: its last word ("the interior
    ministry") or last two words ("the Thai navy", "the air force") are a body noun
    (``body_nouns`` in ``kg/data/en/words.json``)."""
    words = phrase.lower().split()
    body = lexicon.words.body_nouns
    return bool(words) and (words[-1] in body or " ".join(words[-2:]) in body)


def collective_label_for(
    lexicon: Lexicon, iso: str, code: str, phrase: str
) -> tuple[str, EntityType]:
    """Canonical label and type of a country's sector actor or named body."""
    sector = lexicon.actors.sectors[code]
    adj = adjective(lexicon, iso)
    if body_phrase(phrase, lexicon):
        return f"{adj} {phrase}", EntityType.ORGANIZATION
    kind = EntityType.ORGANIZATION if code in _STATE else EntityType.GROUP
    return collective_label(adj, sector), kind


def find_collectives(
    tokens: list[Any],
    text: str,
    lexicon: Lexicon,
    owners: Owners,
    words: frozenset[str] | None = None,
) -> list[dict[str, Any]]:
    """Collective actors in a parsed paragraph.

    ``owners`` maps the end token index (exclusive) of each name mention to (start, text,
    demonym, spaCy label). Returns dicts with ``start``, ``end``, ``text``, ``canonical``,
    ``type``, ``country``, ``sector``, ``scoped`` (a plain collective of one article),
    ``absorbs`` (the start index of a name mention it replaces, or None). ``words``: the
    paragraph's lower-cased forms and lemmas (``Paragraph.words``); a finder whose every
    find starts from a token of some words is not run where the paragraph holds none.
    """
    used: set[int] = set()
    gates = _gate_words(lexicon)
    # the paragraph's words any finder here starts from: each gate below is then asked of a
    # few words, not of the paragraph's (without its words, every finder runs)
    words = None if words is None else words & gates["any"]
    found = (
        find_seated_governments(tokens, text, lexicon, owners, used)
        if _holds(words, gates["seats"])
        else []
    )
    if _holds(words, gates["agencies"]):  # "the UN agency for refugees": UNHCR, before
        found.extend(find_agencies(tokens, text, lexicon, owners, used))  # the refugees
    if _holds(words, gates["counted"]):  # before "FIFA officials" are read as FIFA
        found.extend(find_counted_targets(tokens, text, lexicon, owners, used))
    if _holds(words, gates["captives"]):  # before "detainees" is read as a sector noun
        found.extend(find_captives(tokens, text, lexicon, owners, used))
    if _holds(words, gates["teams"]):  # "the Kenyan rugby team": not Kenya
        found.extend(find_teams(tokens, text, lexicon, owners, used))
    if _holds(words, gates["hands"]):  # "beating an Ethiopian soldier": one person
        found.extend(find_beaten(tokens, text, lexicon, owners, used))
    if _holds(words, gates["bands"]):  # "a drug gang killed": the gang, not a sector
        found.extend(find_bands(tokens, text, lexicon, owners, used))
    heads = lexicon.actors.sector_heads
    # the heads' tokens picked first (the words of the other tokens are read once)
    for head in [t for t in tokens if t.lower_ in heads] if _holds(words, heads) else ():
        if (head.pos_ not in ("NOUN", "PROPN") and not owned_site(head, lexicon)) or head.i in used:
            continue
        # "Kenyan police spokesman X" speaks for the Kenyan police: the collective a
        # spokesperson's title names is an actor (with its country)
        speaks = head.dep_ == "compound" and _speaks_for(head.head, lexicon)
        # "a Chinese navy radio operator warned": one member of the navy acts for it
        member = _member_noun(tokens, head, lexicon)
        if (
            head.dep_ == "compound"
            and head.head.i > head.i
            and not speaks
            and member is None
            and not owned_site(head, lexicon)
        ):
            continue  # "police watchtower": a modifier, not the actor
        if head.tag_ in ("NN", "NNP") and (
            head.dep_ == "appos"
            or any(c.dep_ == "appos" for c in head.children)
            or _named_after(tokens, head)
        ):
            continue  # "Ali Bagheri, Iran's chief negotiator": one person's title
        if names_a_body(tokens, head, lexicon):
            continue  # "Kurdistan Workers' Party": the people a body is named after
        match = sector_phrase(tokens, head, lexicon)
        if match is None or (head.lower_ in lexicon.actors.not_actors and match[0] == head.i):
            continue  # "supporters" alone; "opposition supporters" is a sector phrase
        start, code = _stacked(tokens, head, *match, lexicon)
        start, code = _past_name(tokens, head, start, code, lexicon, owners)
        if _one_member(tokens, head, start, lexicon):
            continue  # "the Spanish diplomat urged": one person named before (coreference)
        phrase = " ".join(t.lower_ for t in tokens[start : head.i + 1]).replace(" - ", "-")
        owner: tuple[int, str, Any, int | None] | None
        owner = _left_owner(tokens, start, lexicon, owners)
        if owner is None:
            owner = _prep_owner(tokens, head, lexicon, owners)
        if owner is None:
            inner = _inner_owner(tokens, start, head, lexicon, owners)
            if inner is not None:
                owner, start, code, phrase = inner
        item = _item(tokens, text, lexicon, head, start, code, phrase, owner)
        if (
            item is not None
            and speaks
            and (item.get("country") is None or item["scoped"] or body_phrase(phrase, lexicon))
        ):
            # "police spokesman X" with no country: no actor of its own; "the Russian
            # foreign ministry spokeswoman" speaks for Russia (a body's title is the state's)
            item = None
        if item is not None and member is not None:
            if owner is None or item.get("country") is None or item["scoped"]:
                item = None  # "a police radio operator": whose police the words do not say
            else:
                # one person of the article, labelled as written ("Chinese navy radio
                # operator"), not the navy itself
                item["end"] = member.i + 1
                item["text"] = text[tokens[item["start"]].idx : member.idx + len(member.text)]
                item.update(canonical=item["text"], type=EntityType.PERSON, scoped=True)
                item["absorbs"] = None
        if item is not None:
            found.append(item)
            used.update(range(item["start"], item["end"]))
            if owner is not None and owner[1] == "country" and owner[3] is not None:
                surface = text[tokens[start].idx : head.idx + len(head.text)]
                others = _coordinated_owners(tokens, text, lexicon, owners, owner[3], item, surface)
                for other in others:
                    found.append(other)
                    used.update(range(other["start"], other["end"]))
    groups = _holds(words, gates["groups"])
    if groups or _holds(words, gates["people"]):
        found.extend(find_people(tokens, text, lexicon, owners, used))
    if groups or _holds(words, gates["communities"]):  # "Shia groups"
        found.extend(find_groups(tokens, text, lexicon, owners, used))
    if _holds(words, gates["crews"]):
        found.extend(find_crews(tokens, text, lexicon, owners, used))
    # "grieving families", "a flight attendant"; "the airline's chairman" (anchored)
    if _holds(words, gates["described"]):
        found.extend(find_described(tokens, text, lexicon, owners, used))
    if _holds(words, gates["world"]):
        found.extend(find_world_community(tokens, text, lexicon, used))
    if _holds(words, gates["lower_bodies"]):
        found.extend(find_lower_bodies(tokens, text, lexicon, used))
    if _holds(words, gates["possessives"]):  # "the Lawyers' Syndicate": its body noun
        found.extend(find_possessive_names(tokens, text, lexicon, owners, used))
    if _holds(words, gates["units"]):  # "FIFA's ethics committee": its unit noun
        found.extend(find_units(tokens, text, lexicon, owners, used))
    # a title and a body's last word, both
    if _holds(words, gates["unit_titles"]) and _holds(words, gates["unit_heads"]):
        found.extend(find_headed_units(tokens, text, lexicon, owners, used))
    return found


def _holds(words: frozenset[str] | None, some: Iterable[str]) -> bool:
    """Whether a paragraph of ``words`` holds one of ``some`` (without its words: maybe)."""
    return words is None or not words.isdisjoint(some)


def _gate_words(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    """The words that gate ``find_collectives``' finders, each finder's set (two sets
    asked together as one: "counted", "groups", "described") and ``any``, their union,
    made once a lexicon: a paragraph's words are cut to the union once, and each gate reads
    the few left (the sets were rebuilt per paragraph, some from lists)."""
    gates: dict[str, frozenset[str]] = once_per_lexicon(lexicon, _make_gate_words)
    return gates


def _make_gate_words(lexicon: Lexicon) -> dict[str, frozenset[str]]:
    actors, cues = lexicon.actors, lexicon.cues
    units = cues.get("headed_units", {})
    gates = {
        "seats": frozenset(cues.get("seated_governments", {}).get("words", ())),
        "counted": counted_words(lexicon)[0] | counted_acts(lexicon),
        "captives": frozenset(actors.captive_nouns),
        "teams": frozenset(team_words(lexicon)),
        "hands": hand_acts(lexicon),
        "bands": frozenset(band_words(lexicon)),
        "heads": frozenset(actors.sector_heads),
        "groups": frozenset(actors.group_nouns) | frozenset(actors.named_group_nouns),
        "people": frozenset(cues.get("region_people", {}).get("words", ())),
        "communities": frozenset(actors.community_groups),
        "crews": frozenset(cues.get("crew_nouns", {}).get("words", ())),
        "described": described_words(lexicon) | anchored_titles(lexicon),
        "world": frozenset((cues["world_community"]["noun"],)),
        "lower_bodies": frozenset(actors.lower_body_starts),
        "possessives": frozenset(actors.possessive_name_heads),
        "agencies": agency_words(lexicon),
        "units": frozenset(actors.unit_heads) | frozenset(actors.compound_unit_heads),
        "unit_titles": frozenset(units.get("titles", ())),
        "unit_heads": frozenset(units.get("heads", ())),
    }
    gates["any"] = frozenset().union(*gates.values())
    return gates


def find_groups(
    tokens: list[Any],
    text: str,
    lexicon: Lexicon,
    owners: Owners,
    used: set[int],
) -> list[dict[str, Any]]:
    """Plural people of a role or stance ("critics", "his opponents", "local fishermen";
    ``group_nouns`` in ``kg/data/en/sector_nouns.json``) that are the subject or object of an
    event trigger: a group of their own article, labelled as written with at most one
    lower-case modifier, no determiner, and its number when counted ("nine herdsmen":
    ``counted_start``). Not inside or after a group's or an
    organisation's name ("Hezbollah supporters"); after a nationality or a people's name
    it is that people's group as written ("Israeli settlers", "Shia pilgrims";
    kg/resolve/nation_groups.py), and never where no event uses it ("critics of the plan").
    A noun of ``named_group_nouns`` is a group only after such a name ("Macedonian voters";
    bare "voters" are anyone's). Same dicts as ``find_collectives``."""
    nouns = lexicon.actors.group_nouns
    named = {i for end, (st, *_) in owners.items() for i in range(st, end)}
    found: list[dict[str, Any]] = []
    for head in tokens:
        # "Shia groups", "Kurdish groups": a community's groups, an actor only behind the
        # community's name ("groups" alone is no one; ``community_groups``)
        named_only = head.lower_ in lexicon.actors.named_group_nouns
        only_named = head.lower_ not in nouns and not named_only
        community = only_named and head.lower_ in lexicon.actors.community_groups
        if (
            (only_named and not community)
            # "the Alawite minority", "the Rohingya Muslim community": a people's singular
            # whole, as much a group as "Sunni tribes"
            or (head.tag_ != "NNS" and not (community and head.tag_ == "NN"))
            or (head.tag_ == "NN" and head.dep_ == "compound")  # "Aboriginal community closures"
            or head.i in used
            or head.i in named
            or head.ent_type_
            or _followed_elsewhere(tokens, head, lexicon, owners)
        ):
            continue
        start = head.i
        before = tokens[start - 1] if start > 0 else None
        country = absorbs = None
        if before is not None and (before.i in named or tagged_name(before) or _capital(before)):
            people = _community_owner(tokens, head, lexicon, owners)
            if people is None and not only_named:
                people = nation_people(tokens, head, lexicon, owners)  # "Israeli settlers"
            if people is None or (only_named and people[1] is not None):
                continue  # "Yarmouk residents": a name's people
            if head.tag_ == "NN" and people[0] == head.i - 1 and _community(before, lexicon):
                continue  # "China's Uighur minority": the lexicon's community itself
            # "Iraqi tribes", "Sunni tribes": the name is theirs, an actor wherever written
            # ("arms for Iraqi tribes"), as "Israeli troops" is
            start, country = people
            # the name inside the phrase it replaces ("Shia" in "the Shia Hazara minority")
            inside = [st for end, (st, *_) in owners.items() if start <= st and end <= head.i]
            absorbs = start if head.i in owners else (min(inside) if inside else None)
        elif only_named or named_only or not event_role(head, lexicon):
            continue
        if (
            before is not None
            and start == head.i
            and before.head.i == head.i
            and before.lower_ not in counting_words(lexicon)
            and (
                (before.dep_ == "amod" and before.pos_ == "ADJ")
                or (before.dep_ == "compound" and before.pos_ == "NOUN")
            )
        ):
            start -= 1  # "local fishermen", "rights campaigners"; not "many critics"
            start = stance_start(tokens, start, lexicon)  # "anti-nuclear campaigners"
        if start > 0 and tokens[start - 1].text in HYPHENS:
            continue  # "pro-government tribesmen": a side (kg/resolve/sides.py)
        named_first = start < head.i and (tokens[start].i in named or _capital(tokens[start]))
        first, start = start, counted_start(head, start)  # "nine herdsmen": the number too
        surface = text[tokens[start].idx : head.idx + len(head.text)]
        found.append(
            collective_item(
                start,
                head.i + 1,
                surface,
                surface if named_first else surface.lower(),
                EntityType.GROUP,
                country=country,
                scoped=True,
            )
        )
        found[-1]["absorbs"] = absorbs
        found[-1]["described"] = _owned_relation(head, lexicon)
        found[-1]["counted"] = start < first
        used.update(range(start, head.i + 1))
    return found


def _owned_relation(head: Any, lexicon: Lexicon) -> bool:
    """ "Bolivia is in talks with its neighbours", "X warned his critics": a relational
    noun (``relational_nouns``) owned by a possessive pronoun, outside its clause's subject,
    is the subject's own group of that relation, not the one the article named by a name
    (``people_kin``, ``follower_kin``): Bolivia's neighbours are not "Chile's neighbours".
    As the subject ("his opponents accused him") the pronoun points back, maybe to the named
    owner; a name's ("Chile's neighbours") is kg/resolve/people.py's."""
    if head.lower_ not in lexicon.cues["relational_nouns"]:
        return False
    if not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in head.children):
        return False
    # "his allies and critics accused him": the first noun's role
    return first_conjunct(head).dep_ not in ("nsubj", "nsubjpass")


def find_crews(
    tokens: list[Any],
    text: str,
    lexicon: Lexicon,
    owners: Owners,
    used: set[int],
) -> list[dict[str, Any]]:
    """The people who work a ship, plane or camera together ("the crew", "a television
    crew", "members of the crew", "crew members"; ``crew_nouns`` in
    ``kg/data/en/cues.json``) that are the subject or object of an event trigger: a group
    of their own article, labelled as written with at most one lower-case modifier and no
    determiner ("inflight crew", "crew members", "members of the crew"). Not after a name
    ("the Korean Air crew": the name's own staff) and never where no event uses them ("the
    crew said"). Same dicts as ``find_collectives``."""
    cue = lexicon.cues.get("crew_nouns", {})
    crews, members = frozenset(cue.get("words", ())), frozenset(cue.get("member_words", ()))
    named = {i for end, (st, *_) in owners.items() for i in range(st, end)}
    counting = counting_words(lexicon)
    found: list[dict[str, Any]] = []
    for head in tokens:
        if head.i in used or head.i in named or head.ent_type_ or head.pos_ != "NOUN":
            continue
        if head.lower_ in crews and head.dep_ != "compound":
            if head.dep_ == "pobj" and head.head.head.lower_ in members:
                continue  # "members of the crew": the members are the group (below)
            start = end = head.i
            before = tokens[head.i - 1] if head.i > 0 else None
            if before is not None and (
                before.i in named or tagged_name(before) or _capital(before)
            ):
                continue  # "the Korean Air crew", "the Sea Shepherd crew"
            if (
                before is not None
                and before.head.i == head.i
                and before.is_lower
                and before.lower_ not in counting
                and (
                    (before.dep_ == "amod" and before.pos_ == "ADJ")
                    or (before.dep_ == "compound" and before.pos_ == "NOUN")
                )
            ):
                start -= 1  # "inflight crew", "a television crew"
        elif head.lower_ in members and head.tag_ == "NNS":
            crew = [c for c in head.children if c.dep_ == "compound" and c.lower_ in crews]
            of = [
                o
                for p in head.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children
                if o.dep_ == "pobj" and o.lower_ in crews and o.i == p.i + 2
            ]
            if crew and crew[0].i == head.i - 1:
                start, end = head.i - 1, head.i  # "crew members"
            elif of and tokens[of[0].i - 1].lower_ == "the":
                start, end = head.i, of[0].i  # "members of the crew"
            else:
                continue
        else:
            continue
        if not event_role(head, lexicon) or any(i in named for i in range(start, end + 1)):
            continue
        surface = text[tokens[start].idx : tokens[end].idx + len(tokens[end].text)]
        found.append(
            collective_item(start, end + 1, surface, surface.lower(), EntityType.GROUP, scoped=True)
        )
        used.update(range(start, end + 1))
    return found


def find_captives(
    tokens: list[Any],
    text: str,
    lexicon: Lexicon,
    owners: Owners,
    used: set[int],
) -> list[dict[str, Any]]:
    """People held ("detainees", "prisoners"; ``captive_nouns``) right after the name of
    an armed group or movement ("five Taliban detainees", "Hamas prisoners"): a group of
    their own article labelled as written with its number, absorbing the name, which is
    not the group itself (``kg.extract.roles.captive_members`` makes them its members).
    Not after a country's name ("Palestinian prisoners": the country's people) and not
    after a possessive ("the Taliban's prisoners" are held by it). Same dicts as
    ``find_collectives``."""
    found: list[dict[str, Any]] = []
    for head in tokens:
        if (
            head.lower_ not in lexicon.actors.captive_nouns
            or head.tag_ != "NNS"
            or head.i in used
            or head.i not in owners
        ):
            continue
        m_start, m_text, demonym, _ = owners[head.i]
        kind, _entry = owner_entry(lexicon, m_text, demonym)
        if kind != "group" or any(tokens[i].tag_ == "POS" for i in range(m_start, head.i)):
            continue
        start = m_start
        if start > 0 and tokens[start - 1].like_num and tokens[start - 1].head.i == head.i:
            start -= 1  # "five Taliban detainees": the number is part of who they are
        surface = text[tokens[start].idx : head.idx + len(head.text)]
        item = collective_item(start, head.i + 1, surface, surface, EntityType.GROUP, scoped=True)
        item["absorbs"] = m_start
        found.append(item)
        used.update(range(start, head.i + 1))
    return found


def _community_owner(
    tokens: list[Any], head: Any, lexicon: Lexicon, owners: Owners
) -> tuple[int, str | None] | None:
    """(first token, country) of the name in front of a people's own body ("Iraqi tribes"
    -> Iraq, "Sunni tribes" -> no country; ``community_groups``); None for other nouns
    or when the name is a group's or an organisation's ("Hezbollah clans")."""
    if head.lower_ not in lexicon.actors.community_groups:
        return None
    if head.i in owners:
        m_start, m_text, demonym, _ = owners[head.i]
        kind, value = owner_entry(lexicon, m_text, demonym)
        if kind == "country":
            return m_start, str(value)
        if kind is not None or m_start != head.i - 1:
            return None
        return m_start, None
    before = tokens[head.i - 1]
    if not (_community(before, lexicon) or before.ent_type_ == "NORP"):
        return None
    start = before.i
    while start > 0 and _community_word(tokens[start - 1], head, lexicon):
        start -= 1  # "the Shia Hazara minority", "the Rohingya Muslim community"
    return start, None


def _community_word(token: Any, head: Any, lexicon: Lexicon) -> bool:
    """A second community name before another on the same people noun ("Shia" in "the
    Shia Hazara minority"): capitalised, a community or nationality, modifying the noun."""
    return (
        head.i > token.head.i > token.i - 1
        and token.dep_ in ("amod", "compound")
        and token.text[:1].isupper()
        and (_community(token, lexicon) or token.ent_type_ == "NORP")
    )


def shared_complement_noun(head: Any, actors: Any) -> Any:
    """The last of the people nouns coordinated right after ``head`` ("supporters and
    opponents", "allies, critics and loyalists"; ``supporter_nouns`` or ``group_nouns``),
    whose complement ("of X") is each one's; ``head`` itself when none follows."""
    last = head
    for c in sorted(head.conjuncts, key=lambda t: t.i):
        between = head.doc[last.i + 1 : c.i]
        if (
            c.i <= last.i
            or c.tag_ != "NNS"
            or (c.lower_ not in actors.supporter_nouns and c.lower_ not in actors.group_nouns)
            or not all(t.lower_ in ("and", "or", ",") for t in between)
        ):
            break
        last = c
    return last


def _followed_elsewhere(tokens: list[Any], head: Any, lexicon: Lexicon, owners: Owners) -> bool:
    """ "opponents of Lungu", "supporters and critics of the HDP": a follower noun whose "of"
    names a person or body is that owner's group (``supporter_groups`` in
    ``kg/extract/role_forms.py``), not a plain group of the article."""
    if head.lower_ not in lexicon.actors.supporter_nouns:
        return False
    last = shared_complement_noun(head, lexicon.actors)
    if last.i + 2 >= len(tokens) or tokens[last.i + 1].lower_ != "of":
        return False
    for m_start, m_text, demonym, _ in owners.values():
        inside = last.i + 2 <= m_start <= last.i + 5
        if inside and not demonym and owner_entry(lexicon, m_text, demonym)[0] != "country":
            return True
    return False


def _bare_trade(tokens: list[Any], head: Any, lexicon: Lexicon) -> bool:
    """Whether people of a trade ("journalists", "doctors"; ``trade_nouns``) are written
    bare, a group of their article: not "the journalists" (people named before), not
    "doctors at Samsung" (the staff of a named place) and not "journalists it accused of
    ..." (a relative clause of accusation: the accuser's words about them)."""
    back = lexicon.actors.trade_back_words
    first = head.left_edge.i
    if first > 0 and tokens[first - 1].lower_ in back:
        return False
    if any(c.dep_ in ("det", "poss") and c.lower_ in back for c in head.children):
        return False  # "the journalists", "their reporters": people named before
    alleged = set(lexicon.cues.get("alleged_words", ()))
    for child in head.children:
        if (
            child.dep_ == "prep"
            and child.lower_ in lexicon.actors.trade_place_preps
            and any(o.pos_ == "PROPN" for o in child.children if o.dep_ == "pobj")
        ):
            return False  # "doctors at Samsung": a named place's staff
        if child.dep_ in ("relcl", "acl") and child.lemma_.lower() in alleged:
            return False
    return True


def _capital_next(token: Any) -> bool:
    """Whether a capitalised word follows ``token`` in its sentence ("Doctors Without")."""
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return following is not None and following.sent == token.sent and _capital(following)


def _capital(token: Any) -> bool:
    """A capitalised word that does not open its sentence: part of a name."""
    return token.text[:1].isupper() and not token.is_sent_start


def _coordinated_owners(
    tokens: list[Any],
    text: str,
    lexicon: Lexicon,
    owners: Owners,
    m_start: int,
    item: dict[str, Any],
    surface: str,
) -> list[dict[str, Any]]:
    """The collectives of the other countries coordinated in front of an owner: "Hungarian
    and Romanian officials", "French, Italian and Egyptian warships", "US and Iraqi forces"
    are one actor per country, each spanning its own name and labelled with the noun."""
    out: list[dict[str, Any]] = []
    seen = {item.get("country")}
    cover = {i: end for end, (st, *_) in owners.items() for i in range(st, end)}
    owner = next((t for t in tokens[m_start : cover[m_start]] if t.dep_ == "conj"), None)
    ends: list[int | None] = [cover.get(t.i) for t in owner.conjuncts] if owner else []
    pos = m_start  # "Thai and Malaysian police" parsed apart: adjacent nationality adjectives
    while pos > 1 and tokens[pos - 1].lower_ in ("and", ","):
        before = pos - 2 if tokens[pos - 2].text == "," else pos - 1
        if before not in owners or not owners[before][2]:
            break
        ends.append(before)
        pos = owners[before][0]
    for end in dict.fromkeys(ends):
        if end is None or end > m_start:
            continue
        p_start, p_text, demonym, _ = owners[end]
        kind, value = owner_entry(lexicon, p_text, demonym)
        if kind != "country" or value in seen:
            continue
        seen.add(value)
        label, etype = collective_label_for(lexicon, value, item["sector"], surface.lower())
        other = dict(item)
        written = text[tokens[p_start].idx : tokens[end - 1].idx + len(tokens[end - 1].text)]
        other.update(
            start=p_start,
            end=end,
            absorbs=p_start,
            country=value,
            type=item["type"] if item["scoped"] else etype,
            canonical=None if item["scoped"] else label,
            text=f"{written} {surface}",
        )
        out.append(other)
    return out


def _member_noun(tokens: list[Any], head: Any, lexicon: Lexicon) -> Any:
    """The singular job or person noun a sector noun modifies ("a Chinese navy radio
    operator", "a Japanese coast guard pilot"; ``occupations.json`` and ``person_nouns`` of
    ``names.json``, titles left to ``kg.extract.role_forms``), else None: one member of the
    sector, whose acts are the sector's."""
    noun = head
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    if noun.i == head.i or noun.tag_ != "NN" or noun.lower_ in lexicon.roles:
        return None
    if any(not t.is_lower or t.pos_ != "NOUN" for t in tokens[head.i + 1 : noun.i]):
        return None  # "police Major General X": a name's title
    nouns = name_words(lexicon.language).person_nouns
    return noun if noun.lower_ in lexicon.words.occupations or noun.lower_ in nouns else None


def _speaks_for(noun: Any, lexicon: Lexicon) -> bool:
    """A spokesperson's title noun ("spokesman", "spokeswoman")."""
    return lexicon.roles.get(noun.lower_) is Predicate.SPOKESPERSON_FOR


def described_people(head: Any, lexicon: Lexicon) -> bool:
    """ "refugees who fled unrest in Burundi", "refugees displaced from DR Congo", "migrants
    from Eritrea": a plural whose own words after it say where they come from (``from`` or
    a clause of ``origin_verbs``), some people of their own rather than the article's one
    named people of that noun (``article_kin``); not "refugees that are not registered"."""
    verbs = lexicon.cues.get("origin_verbs", {}).get("words", ())
    return any(
        (c.dep_ == "prep" and c.lower_ == "from")
        or (c.dep_ in ("relcl", "acl") and c.lemma_.lower() in verbs)
        for c in head.children
        if c.i > head.i
    )


def _named_after(tokens: list[Any], head: Any) -> bool:
    """ "a senior Iraqi lawmaker, Hakim al-Zamili,": a singular noun the next words name as
    one person (however the parser hung the name)."""
    return bool(
        head.i + 2 < len(tokens)
        and tokens[head.i + 1].text == ","
        and tokens[head.i + 2].ent_type_ == "PERSON"
        and tokens[head.i + 2].ent_iob_ == "B"
    )


def _one_member(tokens: list[Any], head: Any, start: int, lexicon: Lexicon) -> bool:
    """ "the Spanish diplomat", "the US newspaper": a definite singular noun for one member of
    a collective ("diplomats", "newspapers") refers back to someone the article named, not to
    the collective. "An Israeli soldier" still codes the army, as Phoenix does."""
    if head.tag_ != "NN" or f"{head.lower_}s" not in lexicon.actors.sector_nouns:
        return False
    if (
        head.lower_ in lexicon.words.single_institution_nouns
        or head.lower_ in lexicon.words.one_body_nouns
        or head.lower_ in lexicon.words.body_nouns
    ):
        return False  # "the Sudanese government": the country has one
    i = start - 1
    while i >= 0 and (tokens[i].pos_ in ("ADJ", "PROPN") or tokens[i].text in ("'s", "’s")):
        i -= 1
    return i >= 0 and tokens[i].lower_ == "the"


def _stacked(
    tokens: list[Any], head: Any, start: int, code: str, lexicon: Lexicon
) -> tuple[int, str]:
    """ "special forces soldiers", "security forces personnel": a lower-case plural sector
    phrase of the same sector compounded on the head's phrase is part of it, so a name before
    both ("Malian special forces soldiers") owns the whole. A body noun ("ministry officials",
    "army forces") is no such stack."""
    nouns = lexicon.actors.sector_nouns
    before = start - 1
    if before < 0 or tokens[before].dep_ != "compound" or tokens[before].head.i != head.i:
        return start, code
    for width in (3, 2, 1):
        first = before - width + 1
        words = tokens[first : before + 1] if first >= 0 else []
        if not words or not all(t.is_lower and t.pos_ in ("NOUN", "ADJ") for t in words):
            continue
        if words[-1].tag_ != "NNS" and words[-1].lower_ != "police":
            break  # "ministry officials", "army forces": a body's people, not a stack
        if nouns.get(" ".join(t.lower_ for t in words)) == code:
            return first, code
    return start, code


def _past_name(
    tokens: list[Any], head: Any, start: int, code: str, lexicon: Lexicon, owners: Owners
) -> tuple[int, str]:
    """ "Labour Party officials", "the Workers' Party members": a sector phrase ("party
    officials") whose first words end a name the model read ("Labour Party") starts after
    the name, which then owns the rest ("officials"); read from inside the name it would
    cut the name in two and show the body as "Party officials"."""
    nouns = lexicon.actors.sector_nouns
    for end, (m_start, *_) in owners.items():
        if not m_start < start < end <= head.i:
            continue
        rest = " ".join(t.lower_ for t in tokens[end : head.i + 1]).replace(" - ", "-")
        rest_code = nouns.get(rest)
        if rest_code is not None:
            return end, rest_code
    return start, code


def _left_owner(
    tokens: list[Any], start: int, lexicon: Lexicon, owners: Owners
) -> tuple[int, str, Any, int | None] | None:
    """(first token, kind, value, mention start) of a name just before the phrase, over
    lower-case adjectives ("Nigeria's federal police", "senior US diplomats")."""
    i = start
    while (
        i > 0
        and (tokens[i - 1].pos_ in ("ADJ", "NUM") or tokens[i - 1].dep_ == "amod")
        and tokens[i - 1].text[:1].islower()
        and not lone_verb(tokens[i - 1])
    ):
        i -= 1  # "senior", "15", "warring" (a participle)
    end = i
    if end > 0 and tokens[end - 1].text in ("'s", "’s", "'", "’"):
        end -= 1
    if end not in owners:
        if end == i and end > 0 and _community(tokens[end - 1], lexicon):
            # "Sikh extremists", "Contra rebels": a community the model did not name
            return end - 1, "named", tokens[end - 1].text, end - 1
        return None
    m_start, m_text, demonym, label = owners[end]
    if end == i and m_start > 0 and tokens[m_start - 1].lower_ in lexicon.actors.ethnic_words:
        # "ethnic Albanian rebels" in Macedonia: an ethnic side, not Albania's
        return m_start - 1, "named", f"{tokens[m_start - 1].text} {m_text}", m_start
    kind, value = owner_entry(lexicon, m_text, demonym)
    if kind is None and end == i and m_start == end - 1 and _community(tokens[m_start], lexicon):
        kind, value = "named", m_text  # "Contra rebels", "Tamil separatists"
    if kind is None and end < i:
        iso = _titled_leader_country(tokens, lexicon, m_start, m_text)
        if iso is not None:
            # "President Bashar al-Assad's troops": the forces of the state he leads, the
            # name kept as his own mention (no absorbing: "President X" still leads it)
            return -1, "leader", iso, None
    if kind is None and label == "ORG":
        kind, value = "org", m_text
    if kind is None and end == i and label in ("NORP", "GPE", "LOC", "GROUP"):
        # "Darfur rebels", "Shia militias": a named side that is not a country
        kind, value = "named", m_text
    if kind is None:
        return None
    return m_start, kind, value, m_start


def lone_verb(word: Any) -> bool:
    """Whether a past form the parser read as an adjective ("alarmed", "worried") is its
    sentence's verb: the sentence has no other verb that can be finite ("Threats by Moscow
    against Kiev alarmed diplomats" parsed as one noun phrase). A name before it then ends
    there, and does not own the noun after it ("Kiev alarmed diplomats" is no group)."""
    if word.tag_ not in ("VBD", "VBN") and not (word.tag_ == "JJ" and word.lower_.endswith("ed")):
        return False
    return not any(t.tag_ in ("VB", "VBD", "VBP", "VBZ", "MD") for t in word.sent if t.i != word.i)


def _titled_leader_country(
    tokens: list[Any], lexicon: Lexicon, m_start: int, m_text: str
) -> str | None:
    """The ISO code of the country that a possessive person leads by the title written in
    front of him ("President Bashar al-Assad's", "Prime Minister Abadi's"), when the
    gazetteer gives him that title over that country; none for a former one ("former
    president Saleh's": a side of his own) or an untitled name (the sitting leader the
    text does not say)."""
    words = m_text.split()
    titles = {t.lower() for t in lexicon.person_titles}
    before = [t.lower_ for t in tokens[max(0, m_start - 3) : m_start]]
    written = next(
        (w for w in (" ".join(before[k:]) for k in range(len(before))) if w in titles), None
    )
    name = m_text
    for k in range(len(words) - 1, 0, -1):
        head = " ".join(words[:k]).lower()
        if head in titles:
            written, name = head, " ".join(words[k:])
            break
    if written is None or any(w in lexicon.actors.former_words for w in before):
        return None
    entry = lexicon.lookup(name)
    if entry is None or entry.type is not EntityType.PERSON:
        return None
    for role in entry.roles:
        if role.predicate is not Predicate.LEADER_OF or not role.title:
            continue
        if role.title.lower() != written:
            continue
        state = lexicon.lookup(role.object)
        if state is not None and state.type is EntityType.COUNTRY and state.iso:
            return state.iso
    return None


def _inner_owner(
    tokens: list[Any],
    start: int,
    head: Any,
    lexicon: Lexicon,
    owners: Owners,
) -> tuple[tuple[int, str, Any, int | None], int, str, str] | None:
    """ "UN peacekeepers" is a sector phrase of its own ("un peacekeepers"): when a name opens
    the phrase and the words after it are a sector phrase too, the name owns them (owner,
    their start, code and phrase)."""
    nouns = lexicon.actors.sector_nouns
    for end, (m_start, *_) in owners.items():
        if m_start != start or not start < end <= head.i:
            continue
        rest = " ".join(t.lower_ for t in tokens[end : head.i + 1]).replace(" - ", "-")
        code = nouns.get(rest)
        owner = _left_owner(tokens, end, lexicon, owners) if code is not None else None
        if owner is not None and code is not None:
            return owner, end, code, rest
    return None


def diaspora_demonym(tokens: list[Any], m: Any, lexicon: Lexicon) -> bool:
    """Whether a one-word nationality mention names where a community comes from, not the
    country: it modifies a diaspora noun ("the Ethiopian community", "Russian Jews", "of
    Pakistani descent": ``diaspora_heads`` in ``kg/data/en/cues.json``) or another country's
    people ("Ethiopian Israelis", "Turkish Cypriots"). Such a mention is no actor and does
    not count for the article's country."""
    if not m.demonym or m.end - m.start != 1:
        return False
    token = tokens[m.start]
    head = token.head
    if token.dep_ not in ("amod", "compound") or head.i <= token.i or head.i > token.i + 2:
        return False
    if head.lower_ in _lowered(lexicon.cues["diaspora_heads"]["words"]):
        return True
    own = lexicon.by_demonym.get(token.lower_)
    other = lexicon.by_demonym.get(head.lower_) if head.tag_ in ("NNPS", "NNS") else None
    return own is not None and other is not None and other.iso not in (None, own.iso)


def frontier_demonym(tokens: list[Any], m: Any, lexicon: Lexicon) -> bool:
    """Whether a one-word nationality mention only says where something lies: it modifies a
    frontier noun ("30km south of the Canadian border", "off the Libyan coast", "in Turkish
    waters": ``frontier_nouns`` of ``intents`` in ``kg/data/en/cues.json``). A story about a
    prison break in New York names Canada's border as a landmark; the mention stays (troops
    massed on a border still show force to that country) but does not count for the country
    the article is about (``main_country``)."""
    if not m.demonym or m.end - m.start != 1:
        return False
    token = tokens[m.start]
    head = token.head
    return (
        token.dep_ in ("amod", "compound")
        and token.i < head.i <= token.i + 2
        and head.lemma_.lower() in _lowered(lexicon.cues["intents"]["frontier_nouns"])
    )


_LOWERED: dict[int, tuple[Sequence[str], frozenset[str]]] = {}


def _lowered(words: Sequence[str]) -> frozenset[str]:
    """A data word list lower-cased (the diaspora nouns, the counting words), made once a
    list."""
    held = _LOWERED.get(id(words))
    if held is None or held[0] is not words:
        held = _LOWERED[id(words)] = (words, frozenset(w.lower() for w in words))
    return held[1]


class _Word:
    """A one-token demonym mention, for ``diaspora_demonym`` on bare tokens."""

    __slots__ = ("end", "start")
    demonym = True

    def __init__(self, i: int) -> None:
        self.start, self.end = i, i + 1


def ethnic_countries(
    paragraphs: list[tuple[list[Any], str, list[Any]]], lexicon: Lexicon
) -> set[str]:
    """Countries whose nationality an article uses only for a community: it writes "Ethiopian
    Israelis" or "the Ethiopian community" and never names Ethiopia. There "an Ethiopian
    soldier" is one of that community, and counts for no country (``main_country``)."""
    found: set[str] = set()
    named: set[str] = set()
    demonyms = lexicon.by_demonym
    for tokens, _, mentions in paragraphs:
        # (the demonyms first, picked out in one comprehension: a look-up of the plain lower
        # form, where the capital's test makes a string for every token)
        for t in [t for t in tokens if t.lower_ in demonyms]:
            iso = demonyms[t.lower_].iso
            if t.text[:1].isupper() and iso and diaspora_demonym(tokens, _Word(t.i), lexicon):
                found.add(iso)
        for m in mentions:
            if found and not m.demonym and not m.sector:
                entry = lexicon.lookup(m.canonical or m.text)
                if entry is not None and entry.type is EntityType.COUNTRY and entry.iso:
                    named.add(entry.iso)
    return found - named


def _community(token: Any, lexicon: Lexicon) -> bool:
    """A capitalised community name as written ("Tamil", "Sikh", "Contra"; ``communities``
    of ``kg/data/en/cues.json``) used as a name or modifier, not as a verb."""
    words = lexicon.cues["communities"]["words"]
    return bool(token.text in words and token.pos_ in ("PROPN", "ADJ", "NOUN"))


def _prep_owner(
    tokens: list[Any], head: Any, lexicon: Lexicon, owners: Owners
) -> tuple[int, str, Any, None] | None:
    """ "the government in Mogadishu", "the army of Chad": a country or capital after in/of
    (attached to the noun, or right after it where the parser hung it on the verb); not
    "rival governments in Libya", several bodies. A state force's people in a large town
    ("police in Lagos", "authorities in Istanbul") are that town's country's too
    (``_town_country``)."""
    if (
        head.tag_ == "NNS" and head.lemma_.lower() in lexicon.words.single_institution_nouns
    ) or any(c.lower_ in lexicon.words.not_our_sector_modifiers for c in head.children):
        return None
    if head.ent_iob_ == "I" and head.ent_type_ == "ORG":
        return None  # "the Palestinian Authority in Jerusalem": the end of a body's name
    ends = [
        (pobj.i + 1, prep.lower_)
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of")
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    nxt = head.i + 1
    if nxt + 1 < len(tokens) and tokens[nxt].lower_ in ("in", "of"):
        ends += [(e, tokens[nxt].lower_) for e, (s, *_) in owners.items() if s == nxt + 1]
    for end, prep in ends:
        if end not in owners:
            continue
        _, m_text, demonym, _ = owners[end]
        kind, value = owner_entry(lexicon, m_text, demonym)
        code = sector_phrase(tokens, head, lexicon)
        if kind is None and prep == "in" and code is not None and code[1] in _TOWN_FORCES:
            kind, value = _town_country(head, m_text, lexicon)
        if kind == "country" and code is not None and code[1] in _STATE:
            return -1, kind, value, None
    return None


def _town_country(head: Any, town: str, lexicon: Lexicon) -> tuple[str | None, str | None]:
    """("country", iso) of a large town of one country (``city_country``) that the people of
    a state force (``_TOWN_FORCES``) are in: "police in Lagos", "troops in Aleppo",
    "prosecutors in Milan" are Nigeria's, Syria's, Italy's, as "police in Abuja" are. Not a
    body noun ("the army in Aleppo": a body seated outside the capital is often a rival or
    regional one), nor staff whose employer the text leaves open (``no_label_nouns``);
    (None, None) otherwise."""
    if not _plural(head) or head.lower_ in lexicon.actors.no_label_nouns or town.isupper():
        return None, None
    iso = city_country(town)
    return ("country", iso) if iso else (None, None)


def _plural(head: Any) -> bool:
    """A plural sector noun: tagged so, or "police", which English writes with no plural
    ending."""
    return bool(head.tag_ in ("NNS", "NNPS") or head.lower_ == "police")


def counting_words(lexicon: Lexicon) -> frozenset[str]:
    """Words that count or compare a collective ("more", "many", "several";
    ``label_quantifiers`` in ``kg/data/en/cues.json``): never the start of its label."""
    return _lowered(lexicon.cues.get("label_quantifiers", {}).get("words", ()))


def _item(
    tokens: list[Any],
    text: str,
    lexicon: Lexicon,
    head: Any,
    start: int,
    code: str,
    phrase: str,
    owner: tuple[int, str, Any, int | None] | None,
) -> dict[str, Any] | None:
    """The collective a sector noun phrase (``tokens[start:head.i + 1]``) names, with the
    owner found before or after it, or none when it names no actor."""
    first = start
    counts = counting_words(lexicon)
    # "local fighters", and "Tribal fighters" opening a sentence; not "more migrants": a
    # word that counts them is no part of their name
    while (
        first > 0
        # "the warring factions": the model tags "warring" a verb; it still says which sides
        and (tokens[first - 1].pos_ == "ADJ" or _side_word(tokens[first - 1], head, lexicon))
        and (tokens[first - 1].text[:1].islower() or tokens[first - 1].is_sent_start)
        and tokens[first - 1].lower_ not in counts
        and not lone_verb(tokens[first - 1])
    ):
        first -= 1
    first = stance_start(tokens, first, lexicon)
    if (owner is None or owner[1] == "country") and _names_people(tokens, head):
        return None
    item: dict[str, Any] = {"end": head.i + 1, "sector": code, "scoped": False, "absorbs": None}
    if owner is not None:
        begin = _owned_item(tokens, lexicon, head, start, first, code, phrase, owner, item)
    else:
        begin = _unowned_item(tokens, lexicon, head, start, first, code, phrase, item)
    if begin is None:
        return None
    item["start"] = begin
    shown = min(begin, item.pop("shown_from", begin))
    item["text"] = text[tokens[shown].idx : head.idx + len(head.text)]
    return item


def _side_word(word: Any, head: Any, lexicon: Lexicon) -> bool:
    """A word of ``side_modifiers`` ("rival", "warring") modifying the collective's head:
    the sides of a conflict as the article names them ("the warring factions", "rival army
    factions"), part of their label."""
    return word.lower_ in lexicon.actors.side_modifiers and word.head.i == head.i


def people_start(tokens: list[Any], head: Any, first: int, lexicon: Lexicon) -> int:
    """Where the label of a plain collective starts: at the nationality, community or sect
    written in front of its lower-case kind ("Syrian opposition fighters", "Arab Sunni tribal
    fighters", "Syrian rebel factions"), part of its name as the article writes it, so the
    group is not shown as "opposition fighters" or "tribal fighters". The words stay
    mentions of their own (a nationality still counts for its country); a name the lexicon
    knows as an actor in front ("Houthi") is an owner, read before this."""
    sects = lexicon.actors.sects
    while first > 0:
        word = tokens[first - 1]
        if not (
            word.text[:1].isupper()
            and word.dep_ in ("amod", "compound", "nmod")
            and first - 1 < word.head.i <= head.i
            and (
                word.lower_ in lexicon.by_demonym
                or word.lower_ in sects
                or _community(word, lexicon)
            )
        ):
            break
        first -= 1
    return first


def _names_people(tokens: list[Any], head: Any) -> bool:
    """Whether a plural people noun is the description of the persons named right after it
    ("US journalists James Foley and Steven Sotloff", "Pakistani activists Sabeen Mahmud and
    Ali Raza"): what is done to them is done to those people, who are the actors; the
    country's media or opposition as a whole are no party to it."""
    if head.tag_ != "NNS" or head.i + 1 >= len(tokens):
        return False
    after = tokens[head.i + 1]
    return after.ent_type_ == "PERSON" and any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" and c.left_edge.i == after.i
        for c in head.children
    )


def stance_start(tokens: list[Any], first: int, lexicon: Lexicon) -> int:
    """Where a lower-case people phrase starts with the stance written in front of it
    ("anti-government protesters", "Anti-nuclear campaigners": ``stance_prefixes``), which
    is part of its name: without it the label says the opposite ("government protesters").
    Not "pro-" (a side of its own, kg/resolve/sides.py) and not before a name ("anti-Taliban
    fighters")."""
    if first < 2 or tokens[first - 1].text not in HYPHENS or not tokens[first].is_lower:
        return first
    prefix = tokens[first - 2]
    words = lexicon.cues["stance_prefixes"]["words"]
    if prefix.lower_ in words and prefix.lower_ != "pro" and prefix.head.i == tokens[first].head.i:
        return first - 2
    return first


def _owned_item(
    tokens: list[Any],
    lexicon: Lexicon,
    head: Any,
    start: int,
    first: int,
    code: str,
    phrase: str,
    owner: tuple[int, str, Any, int | None],
    item: dict[str, Any],
) -> int | None:
    """Fill ``item`` for a collective with an owner (a country, a known group, a name, an
    organisation); return where its phrase starts, or none when it names no actor."""
    o_first, kind, value, m_start = owner
    if kind == "leader":
        if code not in _LEADERS_FORCES:
            return None  # "President X's government": his, as written (only his forces are not)
        return _country_item(tokens, lexicon, head, start, first, code, phrase, value, item)
    if o_first >= 0:
        first = o_first
        item["absorbs"] = m_start
    if kind == "country":
        return _country_item(tokens, lexicon, head, start, first, code, phrase, value, item)
    if kind == "group":
        item.update(canonical=value.label, type=value.type, country=value.country)
        item["sector"] = value.sector or code
        return first
    if kind == "named":
        if body_phrase(phrase, lexicon) and len(phrase.split()) > 1:
            # "the Anatolian news agency", "the Fars news agency": a named body
            label = f"{value} {phrase}"
            item.update(canonical=label, type=EntityType.ORGANIZATION, country=None)
            return first
        if code not in _PLAIN:
            return None
        label = f"{value} {phrase}"
        item.update(canonical=label, type=EntityType.GROUP, country=None, scoped=True)
        return first
    if kind == "org":
        if (
            head.lower_ not in lexicon.words.official_nouns
            and phrase not in ("negotiators",)
            and code not in _ORG_FORCES
        ):
            return None
        item.update(canonical=None, type=EntityType.ORGANIZATION, country=None, org=value)
        return first
    return None


def _country_item(
    tokens: list[Any],
    lexicon: Lexicon,
    head: Any,
    start: int,
    first: int,
    code: str,
    phrase: str,
    country: str,
    item: dict[str, Any],
) -> int | None:
    """Fill ``item`` for a country's collective ("the Syrian army", "Chinese officials",
    "Libya's warring factions"); return where its phrase starts, none for an international
    sector."""
    if lexicon.actors.sectors[code].international:
        return None
    label, etype = collective_label_for(lexicon, country, code, phrase)
    item.update(canonical=label, type=etype, country=country)
    sides = {t.lower_ for t in tokens[max(first, 0) : start]} & lexicon.actors.side_modifiers
    if head.lower_ in lexicon.words.official_nouns or sides:
        # "Libya's warring factions", "South Sudan's rival leaders": several sides of
        # the country, the article's own group as it writes them
        # "senior US diplomats", "Chinese officials": the people the article names,
        # one node per article and country, coded country + GOV like the government
        counts = counting_words(lexicon)
        while (
            first > 0
            and tokens[first - 1].pos_ == "ADJ"
            and (tokens[first - 1].is_lower or tokens[first - 1].is_sent_start)
            and tokens[first - 1].lower_ not in counts
            and not lone_verb(tokens[first - 1])
        ):
            first -= 1
        item.update(canonical=None, type=EntityType.GROUP, scoped=True)
    return first


def _unowned_item(
    tokens: list[Any],
    lexicon: Lexicon,
    head: Any,
    start: int,
    first: int,
    code: str,
    phrase: str,
    item: dict[str, Any],
) -> int | None:
    """Fill ``item`` for a collective no owner claims ("pro-Hadi forces", "Houthi fighters",
    "the rebels"); return where its phrase starts, or none when it names no actor."""
    if head.lower_ in lexicon.cues["owned_collectives"]["words"]:
        return None  # "two of its nationals": whose, the text does not say here
    listed = phrase in lexicon.actors.plain_nouns
    if listed and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in head.children):
        return None  # "his lawyers", "her doctors": someone's people, no actor of the story
    if listed and head.text[:1].isupper() and (not head.is_sent_start or _capital_next(head)):
        return None  # "Doctors Without Borders", "Reporters Without Borders": a name's word
    if (
        listed
        and head.lower_ in lexicon.actors.trade_nouns
        and not _bare_trade(tokens, head, lexicon)
    ):
        return None
    # "a pro-president militia": a side's collective noun in the singular is the side
    sided = code in _PLAIN and _pro_prefix(tokens, first, start) is not None
    if not (listed or sided or (code in _PLAIN and head.tag_ in ("NNS", "NNPS"))):
        return None
    if phrase in lexicon.actors.definite_singulars and not (
        first == start and start > 0 and tokens[start - 1].lower_ == "the"
    ):
        return None  # "the opposition" acts; "vehement opposition to the plan" does not
    proper = [
        t
        for t in tokens[first:start]
        if t.text[:1].isupper() and t.pos_ in ("PROPN", "ADJ") and t.i != 0
    ]
    # pro-Hadi forces: a "pro-X" modifier names the side
    pro = _pro_prefix(tokens, first, start)
    if pro is not None:
        first, prefix = pro
        label = f"{prefix} {sector_label_plain(phrase)}"
    elif proper:
        first = proper[0].i
        label = " ".join([*(t.text for t in proper), phrase])
    else:
        label = None  # the article's first surface form, per sector
        # a headline (no closing stop) packs words: its first form shows no kind noun
        headline = head.sent[-1].is_alpha
        written = first
        while (
            not headline
            and first > 0
            and (tokens[first - 1].is_lower or tokens[first - 1].is_sent_start)
            and tokens[first - 1].pos_ == "NOUN"
            and tokens[first - 1].dep_ == "compound"
            and tokens[first - 1].head.i == head.i
            and not any(tokens[first - 1].children)  # "the first time activists": a misparse
        ):
            first -= 1  # "women activists", "student protesters": the kind as written
        if not headline and first > 0 and _side_word(tokens[first - 1], head, lexicon):
            first -= 1  # "rival army factions": the sides before the kind, as written
        first = stance_start(tokens, first, lexicon)
        kinds = [t.lower_ for t in tokens[first:written]]
        # the nationality stays a mention of its country; only the label shows it
        shown = people_start(tokens, head, first, lexicon) if kinds or first < start else first
        item["shown_from"] = shown
        if code in _ARMED and kinds and not any(lexicon.actors.sector_of(w) for w in kinds):
            # "volunteer fighters", "peshmerga fighters": a kind of fighters of their own,
            # never the armed group the article named ("ISIL ... volunteer fighters")
            label = " ".join([*(t.text for t in tokens[shown:first]), *kinds, phrase])
            item["side"] = " ".join(kinds)
        before = tokens[first - 1] if first > 0 else None
        item["definite"] = tokens[first].like_num or (
            before is not None and (before.like_num or before.lower_ in ("the", "these"))
        )
        item["described"] = described_people(head, lexicon)
    item.update(canonical=label, type=EntityType.GROUP, country=None, scoped=True)
    if (
        pro is None
        and not proper
        and head.tag_ == "NN"
        and (code in _ARMED or head.lower_ in lexicon.actors.led_heads)
    ):
        _lone_item(tokens, lexicon, head, first, item)
    return first


def _lone_item(
    tokens: list[Any], lexicon: Lexicon, head: Any, first: int, item: dict[str, Any]
) -> None:
    """A singular plain armed phrase with no name in front: one unnamed doer ("a suicide car
    bomber", "a masked gunman"; ``lone_doers``), or one body of armed groups ("a rebel
    alliance"; ``led_heads``): a Group of its article. Each is labelled as
    written in lower case without determiner, and kept apart from the article's plural
    "gunmen" or "rebels" and from the armed group it names (``item["side"]``); so is an
    opposition alliance ("a three-party opposition alliance") apart from its "opposition"."""
    counts = counting_words(lexicon)
    while (
        first > 0
        and tokens[first - 1].dep_ == "amod"
        and tokens[first - 1].head.i == head.i
        and tokens[first - 1].is_lower
        and tokens[first - 1].lower_ not in counts
    ):
        first -= 1  # "a masked gunman": a participle describing the doer names it too
    first = _hyphened_start(tokens, first)
    written = " ".join(_written_word(t) for t in tokens[first : head.i + 1]).replace(" - ", "-")
    if head.lower_ in lexicon.actors.lone_doers and item["sector"] in _ARMED:
        # a Group, as the doers the article only describes are ("a masked gang", gen34)
        item.update(canonical=written, side="one")
    elif head.lower_ in lexicon.actors.led_heads:
        item.update(canonical=written, side="body")


def _hyphened_start(tokens: list[Any], first: int) -> int:
    """Where a phrase starting at ``first`` starts with the word hyphened to its first
    modifier ("Tuareg" of "a Tuareg-led rebel alliance", "well" of "a well-armed rebel
    alliance"): the word says who leads or backs the body, or how, and the label without
    it ("led rebel alliance") says nothing."""
    if first < 2 or tokens[first - 1].text not in HYPHENS:
        return first
    word = tokens[first - 2]
    if word.is_alpha and word.head.i == first:
        return first - 2
    return first


def _written_word(word: Any) -> str:
    """A word of a lower-case label as written when it is a name ("Tuareg" of "Tuareg-led
    rebel alliance"), else in lower case ("A masked gunman" -> "masked gunman")."""
    name = word.is_title and (not word.is_sent_start or word.pos_ == "PROPN" or word.ent_type_)
    return str(word.text if name else word.lower_)


def sector_label_plain(phrase: str) -> str:
    return phrase


def _pro_prefix(tokens: list[Any], first: int, start: int) -> tuple[int, str] | None:
    """ "pro-Hadi fighters", "pro-government tribesmen" -> (start, "pro-Hadi")."""
    for k in range(max(0, first - 2), start - 2):
        if tokens[k].lower_ == "pro" and tokens[k + 1].text in HYPHENS:
            return k, f"{tokens[k].text}-{tokens[k + 2].text}"
    i = first - 1
    if i >= 2 and tokens[i - 1].text in HYPHENS and tokens[i - 2].lower_ == "pro":
        return i - 2, f"pro-{tokens[i].text}"
    if i >= 0 and tokens[i].lower_.startswith("pro-"):
        return i, tokens[i].text
    return None


# sectors a bare noun ("the army", "police") can stand for in an article about one country
_BARE = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})


def main_country(
    mentions: list[Any],
    lexicon: Lexicon,
    headline: list[Any] | None = None,
    ethnic: set[str] | frozenset[str] = frozenset(),
    lead: list[Any] | None = None,
) -> str | None:
    """ISO code of the one country an article is about, when it is unambiguous: the country
    named most (names, demonyms, capitals standing for it, its collective actors), at least
    three times (twice when the headline names it) and at least twice as often as any other,
    and no other country named in the headline (the mentions of ``headline``). None otherwise.
    ``ethnic``: countries whose nationality names only a community here (``ethnic_countries``),
    which count for nothing. ``lead``: the mentions of the first paragraph after the headline;
    the headline's one country, named first there and more often than any other, is the topic
    though another is named nearly as often ("S Korea sets up clinics" ... "South Korea has
    announced ..., as President Park postponed a trip to the US" ... "her visit to the US").

    The rule behind bare sector nouns: in an article about Burundi, "the army" is the
    Burundian army; in an article about Egypt and the UAE arming a Libyan general it is no
    one.
    """
    counts = _country_counts(mentions, lexicon)
    for iso in ethnic:
        counts.pop(iso, None)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    titled = set(_country_counts(headline, lexicon)) - set(ethnic) if headline else set()
    # a country the headline names (and no other) is the topic from two mentions on
    # ("Burundi street children caught up in clashes" ... "in Burundi's capital")
    least = 2 if ranked and titled == {ranked[0][0]} else 3
    if not ranked or ranked[0][1] < least:
        return None
    if (
        len(ranked) > 1
        and ranked[0][1] < 2 * ranked[1][1]
        and not _headline_topic(ranked, titled, lead, lexicon)
    ):
        return None
    if titled - {ranked[0][0]}:
        return None
    return ranked[0][0]


def _headline_topic(
    ranked: list[tuple[str, int]], titled: set[str], lead: list[Any] | None, lexicon: Lexicon
) -> bool:
    """The headline's one country is named more often than any other and named in the lead
    paragraph, first or not ("Mass graves of migrants from Myanmar have been found in
    Malaysia" under "Malaysia finds mass graves": the story is Malaysia's; ``main_country``)."""
    told = _country_counts(lead or [], lexicon)
    return titled == {ranked[0][0]} and ranked[0][1] > ranked[1][1] and ranked[0][0] in told


def _country_counts(mentions: list[Any], lexicon: Lexicon) -> dict[str, int]:
    counts: dict[str, int] = {}
    for m in mentions:
        iso = m.country
        if iso is None and m.demonym:
            entry = lexicon.by_demonym.get(m.text.lower())
            iso = entry.iso if entry is not None else None
        if iso is None and m.label in ("GPE", "GAZ", "LOC", "PERSON", "ORG"):
            entry = lexicon.lookup(m.canonical or m.text)
            if (
                entry is not None
                and entry.type is EntityType.COUNTRY
                and (m.label in ("GPE", "GAZ", "LOC") or (m.canonical or m.text) == entry.label)
            ):
                # a country's own name the model tagged as a person or organisation
                # ("Malawi", "Burundi" in a small model) still names the country
                iso = entry.iso
        if iso:
            counts[iso] = counts.get(iso, 0) + 1
    return counts


def bare_collectives(
    tokens: list[Any],
    text: str,
    lexicon: Lexicon,
    iso: str,
    taken: set[int],
    named: set[int] = frozenset(),  # type: ignore[assignment]
    as_written: frozenset[str] = frozenset(),
) -> list[dict[str, Any]]:
    """Bare state sector nouns with no owner ("the army", "police", "the government",
    "security forces", "the interior ministry") in an article about one country (``iso``, see
    ``main_country``): that country's collective actor. ``named``: tokens the model tagged as
    a name ("Army spokesman X"), the country's actor even in front of a title. ``as_written``:
    sectors whose bare noun is the article's own node of that country, labelled as first
    written ("police": ``PLAIN_STATE``, when the article names no country's police). Same
    dicts as ``find_collectives``."""
    found: list[dict[str, Any]] = []
    heads = lexicon.actors.sector_heads
    # (the words a sector phrase ends in, picked out in one comprehension, not a loop's test)
    for head in [t for t in tokens if t.lower_ in heads]:
        level = _other_level_court(tokens, head, lexicon, taken)
        if level is not None:
            found.append(_level_court_item(tokens, text, head, level, iso))
            continue
        match = _bare_sector(tokens, head, lexicon, taken, named)
        if match is None:
            continue
        start, code = match
        first = _bare_start(tokens, head, start, named, lexicon)
        if first is None or _another_country_first(head, iso, lexicon):
            continue
        phrase = " ".join(t.lower_ for t in tokens[start : head.i + 1]).replace(" - ", "-")
        label, etype = collective_label_for(lexicon, iso, code, phrase)
        written = code in as_written and not body_phrase(phrase, lexicon)
        if written:
            first = start  # labelled by its noun ("riot police"), not "racist police"
        found.append(
            collective_item(
                first,
                head.i + 1,
                text[tokens[first].idx : head.idx + len(head.text)],
                None if written else label,  # type: ignore[arg-type]
                etype,
                country=iso,
                sector=code,
                scoped=written,
            )
        )
    return found


# state sectors whose bare noun ("police", "riot police") in an article about no one country is
# a plain collective of that article: the police act in every story, the country the text
# leaves open; "the army", "the government" with no country stay no one
PLAIN_STATE = frozenset({"COP"})


def plain_bare_collectives(
    tokens: list[Any],
    text: str,
    lexicon: Lexicon,
    taken: set[int],
    named: set[int] = frozenset(),  # type: ignore[assignment]
) -> list[dict[str, Any]]:
    """Bare police nouns with no owner ("Police evicted the students", "accused the police
    of", "local police") in an article about no one country (``main_country`` is None):
    one plain collective of the article (``PLAIN_STATE``), labelled as first written and
    never merged across articles. Same dicts as ``find_collectives``."""
    found: list[dict[str, Any]] = []
    heads = lexicon.actors.sector_heads
    for head in [t for t in tokens if t.lower_ in heads]:  # (as ``bare_collectives``)
        match = _bare_sector(tokens, head, lexicon, taken, named)
        if match is None or match[1] not in PLAIN_STATE:
            continue
        start, code = match
        first = _bare_start(tokens, head, start, named, lexicon)
        if first is None or any(t.text in ("'s", "’s") for t in tokens[first:start]):
            continue  # "some police"; "the country's police": a country we do not know here
        found.append(
            collective_item(
                start,  # labelled by its noun ("riot police"), not "brutal police"
                head.i + 1,
                text[tokens[start].idx : head.idx + len(head.text)],
                None,  # type: ignore[arg-type]  # the article's first surface form
                EntityType.ORGANIZATION,  # a police force, as the country's is
                sector=code,
                scoped=True,
            )
        )
    return found


def _bare_sector(
    tokens: list[Any], head: Any, lexicon: Lexicon, taken: set[int], named: set[int]
) -> tuple[int, str] | None:
    """The start and sector code of a state sector phrase ending in ``head`` that no owner,
    modifier or preposition gives to another ("Kenya's police", "rebel troops", "the army
    of Chad"), else none."""
    noun = head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.is_lower)
    doer = _attack_modifier(head, lexicon)
    if head.i in taken or not (noun or doer or head.i in named):
        return None  # a lower-case "ministry" tagged PROPN is still a noun
    if head.dep_ == "compound" and head.head.i > head.i and head.i not in named and not doer:
        return None  # "police station", "army chief"
    match = sector_phrase(tokens, head, lexicon)
    if match is None or match[1] not in _BARE or any(i in taken for i in range(match[0], head.i)):
        return None
    start, code = match
    if (
        head.lower_ in lexicon.words.not_bare_sector_nouns
        and (start == head.i or head.lower_ not in lexicon.words.body_nouns)
        and not _acting_bare(head, lexicon)
        and not _state_instrument(tokens, start, head, code, lexicon)
    ):
        return None  # a vague "ministry", "senior officials"; "the interior ministry" is one
    if any(c.dep_ in ("poss", "nmod") and not _the_country(c) for c in head.children):
        return None  # "Kenya's police", "its army": an owner that is not ours to guess
    if head.tag_ == "NNS" and head.lemma_.lower() in lexicon.words.single_institution_nouns:
        return None  # "rival parliaments and governments": several, not the country's one
    if any(
        c.lower_ in lexicon.words.not_our_sector_modifiers
        or (c.i < start and lexicon.actors.sector_of(c.lower_))
        for c in head.children
        if c.dep_ in ("amod", "compound", "nmod")
    ) or any(
        c.dep_ == "acl" and c.lower_ in lexicon.words.not_our_sector_modifiers
        for c in head.children
    ):
        # "rebel troops", "foreign forces", "troops backing the coup leaders": not the
        # country's own
        return None
    if head.i not in named and any(
        c.i < start
        and c.ent_type_ == "ORG"
        and not c.is_lower
        and tokens[c.i + 1].text not in HYPHENS  # "the UN-backed government" is the state's
        for c in head.children
        if c.dep_ in ("amod", "compound", "nmod")
    ):
        return None  # "UvA authorities", "CHP officials": an organisation's, not the state's
    if any(
        c.dep_ == "prep" and c.lower_ in ("of", "in", "for") and not _gerund_only(c)
        for c in head.children
    ):
        return None  # "the army of Chad", "the government in Tobruk"
    if _shared_complement(head):
        return None  # "the armies and intelligence services of powerful countries"
    return start, code


def _gerund_only(prep: Any) -> bool:
    """A preposition whose object is a gerund and nothing else: "accused the judiciary of
    violating ...", the parser hanging the verb's "of" on its object (crit62), names no
    owner of the noun as "the army of Chad" does."""
    kids = list(prep.children)
    return bool(kids) and all(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in kids)


def _shared_complement(head: Any) -> bool:
    """A sector noun coordinated with another whose "of"/"for" complement comes after both
    ("the armies and intelligence services of powerful countries", "the army and the
    intelligence services of powerful countries": the parser hangs it on either noun): the
    complement is each one's, so neither noun is a bare sector noun of the story's country."""
    first = first_conjunct(head, leftward=True)
    last = max((first, *first.conjuncts), key=lambda t: t.i)
    if last is first:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i > last.i
        for t in (first, last)
        if t is not head
        for c in t.children
    )


def _attack_modifier(head: Any, lexicon: Lexicon) -> bool:
    """A bare "military", "army" or "police" in front of an attack noun of its own phrase
    ("a military coup against Morsi", "the army assassination of Ndadaye", "a police
    crackdown on protesters"), of a fault (``faults.nouns``: "protests against police
    brutality") or of custody (``custody_nouns.nouns``: "in police custody"): the force that
    did it or holds, the story country's as "the army" is (gen59). Not
    with a place of its own on the noun ("the military coup in Mali" may be another
    country's)."""
    noun = head.head
    if head.dep_ not in ("amod", "compound") or noun.i < head.i or noun.pos_ != "NOUN":
        return False
    if head.lower_ not in lexicon.cues["attack_doer_modifiers"]["words"]:
        return False
    trigger = lexicon.triggers.match(noun)
    attack = trigger is not None and trigger.predicate is Predicate.ATTACKED
    lemma = noun.lemma_.lower()
    if (
        not attack
        and lemma not in lexicon.cues["faults"]["nouns"]
        and lemma not in lexicon.cues["custody_nouns"]["nouns"]
    ):
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "in" for c in noun.children)


def _other_level_court(
    tokens: list[Any], head: Any, lexicon: Lexicon, taken: set[int]
) -> int | None:
    """ "A lower court had earlier sentenced Cho", "overturned a lower court's decision": a
    court noun (``court_nouns``) right after a level word (``other_level_courts``) with no
    owner names a court the story sets apart from the one it reports on (the one that heard
    the appeal), so neither the story country's judiciary nor the court the story names.
    Where the level word is, or None."""
    k: int = head.i - 1
    if (
        k < 0
        or head.pos_ != "NOUN"
        or head.i in taken
        or k in taken
        or head.lower_ not in lexicon.title_words.get("court_nouns", frozenset())
        or tokens[k].lower_ not in lexicon.words.other_level_courts
        or tokens[k].head.i != head.i
        or any(c.dep_ in ("poss", "nmod") for c in head.children)
    ):
        return None
    return k


def level_court_name(name: str, lexicon: Lexicon) -> bool:
    """Whether a node's written name is a court of another level ("lower court",
    ``_other_level_court``): a court of its article, whose country the text never names, so
    no body the annotated news makes a member of the story's country."""
    words = name.lower().split()
    return (
        len(words) == 2
        and words[0] in lexicon.words.other_level_courts
        and words[1] in lexicon.title_words.get("court_nouns", frozenset())
    )


def _level_court_item(
    tokens: list[Any], text: str, head: Any, level: int, iso: str
) -> dict[str, Any]:
    """A court of another level (``_other_level_court``): one judicial node of its article,
    of the story's country (so that it stays apart from the article's other bodies of no
    country, "prosecutors"), labelled as written ("lower court")."""
    return collective_item(
        level,
        head.i + 1,
        text[tokens[level].idx : head.idx + len(head.text)],
        " ".join(t.lower_ for t in tokens[level : head.i + 1]),
        EntityType.ORGANIZATION,
        country=iso,
        sector="JUD",
        scoped=True,
    )


def _bare_start(
    tokens: list[Any], head: Any, start: int, named: set[int], lexicon: Lexicon
) -> int | None:
    """Where a bare sector phrase starts with its adjectives ("the country's interior
    ministry"), or none when its determiner makes it no country's own ("a government",
    "some soldiers")."""
    if _attack_modifier(head, lexicon):
        return start  # "a military coup": the article is the coup's, not the military's
    first = start
    while first > 0 and tokens[first - 1].pos_ == "ADJ" and tokens[first - 1].text.islower():
        first -= 1
    det = tokens[first - 1] if first > 0 else None
    if (
        det is not None
        and det.text in ("'s", "’s")
        and first >= 3
        and _the_country(tokens[first - 2])
    ):
        first -= 2  # "the country's interior ministry"
        det = tokens[first - 1]
    definite = det is not None and det.lower_ == "the"
    plural = _plural(head)
    bare = det is None or det.pos_ != "DET"
    # "parliament passed the bill": an institution news writes without an article
    articleless = head.tag_ == "NN" and head.lower_ in lexicon.words.articleless_institution_nouns
    if (
        not definite
        and not ((plural or articleless or head.i in named) and bare)
        and not (det is not None and det.lower_ == "a" and _acting_bare(head, lexicon))
    ):
        return None  # "a government", "some soldiers": not the country's own actor
    return first


def _acting_bare(head: Any, lexicon: Lexicon) -> bool:
    """A vague bare body noun acting on someone named as its clause's subject ("the court
    sentenced Morsi", "a court convicted Cho"): the story country's body, unlike "took her
    claims to the court" or "the court will begin hearing witnesses" (``acting_bare_nouns``)."""
    return (
        head.dep_ == "nsubj"
        and head.tag_ == "NN"
        and head.head.pos_ == "VERB"
        and head.lower_ in lexicon.words.acting_bare_nouns
        and any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in head.head.children)
    )


def _state_instrument(
    tokens: list[Any], start: int, head: Any, code: str, lexicon: Lexicon
) -> bool:
    """A vague armed noun after the state's own word ("government jets", "the regime
    warplanes"): the phrase names whose machines they are, so in an article about one country
    they are its military, as "government forces" are; bare "jets" may be any country's."""
    return (
        code == "MIL" and start < head.i and lexicon.actors.sector_of(tokens[start].lower_) == "GOV"
    )


def _another_country_first(head: Any, iso: str, lexicon: Lexicon) -> bool:
    """ "Somalia has been unstable since 1991, and the country's new government ...": "the
    country's" right after another country's name in its sentence (the last one named before
    it) is that country's, not the story's (``bare_collectives``)."""
    if not any(c.dep_ == "poss" and _the_country(c) for c in head.children):
        return False
    last = None
    for ent in head.sent.ents:
        if ent.end > head.i or ent.label_ != "GPE":
            continue
        entry = lexicon.lookup(ent.text)
        if entry is not None and entry.type is EntityType.COUNTRY:
            last = entry.iso
    return last is not None and last != iso


def _the_country(token: Any) -> bool:
    """ "the country's" in front of a sector noun: in an article about one country, that
    country."""
    return token.lower_ == "country" and any(
        c.dep_ == "det" and c.lower_ == "the" for c in token.children
    )


def written_collective(
    label: str, iso: str, code: str, names: dict[str, int], lexicon: Lexicon
) -> str:
    """The label a country's state actor (government, army, police, intelligence,
    legislature, judiciary) or armed side (rebels, armed groups) is shown under: its
    canonical label when the corpus writes it,
    else the form naming the country that the corpus writes most ("Nigerian military",
    "Iranian security forces", "Malaysian authorities", "Burundi police"). The press has no
    one word for a sector (of a country's armed forces it writes "forces", "military", "army"
    and "troops" about equally often), and a reader looks the actor up as the articles write
    it. The node (its id, country and sector) does not change. ``names`` counts the texts of
    the node's mentions.

    >>> from kg.lexicon import build_lexicon
    >>> lx = build_lexicon()
    >>> written_collective("Nigerian army", "NG", "MIL", {"Nigerian military": 2}, lx)
    'Nigerian military'
    >>> written_collective("Nigerian army", "NG", "MIL", {"the military": 2, "troops": 3}, lx)
    'Nigerian military'
    """
    folded = {without_the(n).lower() for n, count in names.items() if count > 0}
    side = _SIDE_BODIES.get(code)
    if label.lower() in folded:
        return label
    if code not in _SHOWN_AS_WRITTEN and side is None:
        # people of a kind ("Palestinian prisoners", "Bolivian farmers") are not all of the
        # country's civilians: only a state body's or an armed side's forms are its names,
        # and the nouns that name a people whole ("Indian nationals")
        return _people_form(label, iso, code, names, lexicon)
    options: dict[str, tuple[int, bool]] = {}
    for text, count in names.items():
        form = without_the(text)
        if side is not None and not form.lower().endswith(side):
            continue  # "Egyptian protesters": some people of the side, no name of it
        plain = _country_form(form, iso, code, lexicon)
        if count > 0 and plain is not None:
            seen, was_plain = options.get(form, (0, False))
            options[form] = (seen + count, was_plain or plain)
    if options:
        return max(options, key=lambda f: options[f])  # a tie: the form written first
    if side is not None:
        return label
    # no form names the country: the body as the articles call it ("the military", "the
    # country's armed forces") after the country's adjective
    sector = lexicon.actors.sectors[code]
    if label != collective_label(adjective(lexicon, iso), sector):
        return label  # a named body ("the Turkish interior ministry") keeps its name
    bare: dict[str, int] = {}
    for text, count in names.items():
        phrase = _bare_form(without_the(text), code, sector.label, lexicon)
        if count > 0 and phrase is not None:
            bare[phrase] = bare.get(phrase, 0) + count
    if not bare:
        return label
    # a tie with the canonical noun ("the army" as often as "the military") keeps the label
    best = max(bare, key=lambda f: (bare[f], f == sector.label))
    return f"{adjective(lexicon, iso)} {best}"


def _people_form(label: str, iso: str, code: str, names: dict[str, int], lexicon: Lexicon) -> str:
    """The label of a country's people ("Indian civilians") as the articles name them
    whole, when they write no canonical form: the form with the country right before one
    of ``people_names`` written most ("Indian nationals", "Kenyan citizens"), as a reader
    and the press call people abroad or killed; else the label. People of a kind ("Indian
    tourists", "Palestinian prisoners") are some of them and name none.

    >>> from kg.lexicon import build_lexicon
    >>> lx = build_lexicon()
    >>> _people_form("Indian civilians", "IN", "CVL", {"two Indian nationals": 1}, lx)
    'Indian nationals'
    >>> _people_form("Indian civilians", "IN", "CVL", {"Indian tourists": 2}, lx)
    'Indian civilians'
    """
    whole = lexicon.actors.people_names
    options: dict[str, int] = {}
    for text, count in names.items():
        form = _strip_counted(without_the(text))
        words = form.split()
        if (
            count > 0
            and words
            and words[-1].lower() in whole
            and _country_form(form, iso, code, lexicon)
        ):
            options[form] = options.get(form, 0) + count
    if not options:
        return label
    return max(options, key=lambda f: options[f])  # a tie: the form written first


def _strip_counted(form: str) -> str:
    """A form without the number or quantity words in front ("two Indian nationals",
    "at least 12 Kenyan citizens" -> "Indian nationals", "Kenyan citizens")."""
    words = form.split()
    k = 0
    while k < len(words) and not words[k][:1].isupper():
        k += 1
    return " ".join(words[k:]) if 0 < k < len(words) else form


def _bare_form(form: str, code: str, own: str, lexicon: Lexicon) -> str | None:
    """The sector phrase of ``code`` a lower-case form without its country ends with ("the
    military" -> "military", "country's armed forces" -> "armed forces"), when it names the
    whole body: a phrase of two or more words, or an institution a country has one of (or
    ``own``, the sector's word in the canonical label) that a phrase ends with; None
    for people, units and instruments ("troops", "officials", "warplanes") and for names
    ("the Royal Armed Forces")."""
    words = form.split()
    if not words or any(w != w.lower() for w in words):
        return None
    words[-1] = words[-1].removesuffix("'s").removesuffix("’s")
    for k in range(len(words)):
        phrase = " ".join(words[k:])
        if lexicon.actors.sector_of(phrase) != code:
            continue
        if k and not words[k - 1].endswith(("'s", "’s")):
            return None  # a modifier in front, not an owner: "border forces", "local police"
        if _no_name(words[-1], lexicon) or body_phrase(phrase, lexicon):
            return None
        if words[-1] in lexicon.words.single_institution_nouns or words[-1] == own:
            return words[-1]  # "riot police" is some of the police
        return phrase if k < len(words) - 1 else None
    return None


def _country_form(form: str, iso: str, code: str, lexicon: Lexicon) -> bool | None:
    """Whether ``form`` is a name of country ``iso`` followed by a sector phrase of ``code``
    (True when nothing stands between them: "Israeli forces"; False for "Israeli border
    forces"); None when it is not such a form ("the army", "soldiers", "his troops")."""
    words = form.split()
    for j in range(1, len(words)):
        owner = " ".join(words[:j])
        if not all(w[:1].isupper() or w == "-" for w in words[:j]):
            break
        for suffix in ("'s", "’s"):
            owner = owner.removesuffix(suffix)
        if owner_entry(lexicon, owner, True) != ("country", iso):
            continue
        rest = [w.lower() for w in words[j:]]
        if _no_name(rest[-1], lexicon):
            return None
        for k in range(len(rest)):
            if lexicon.actors.sector_of(" ".join(rest[k:])) == code:
                return k == 0
        return None
    return None


def _no_name(noun: str, lexicon: Lexicon) -> bool:
    """A sector noun that is no name of the collective: an instrument ("warplanes"), a unit
    or some of its people ("embassy", "ministers"; ``no_label_nouns``), or one member
    ("soldier", "judge"; not "government" or "navy", of which a country has one)."""
    words = lexicon.words
    return noun in lexicon.actors.no_label_nouns or (
        f"{noun}s" in lexicon.actors.sector_nouns
        and noun not in words.single_institution_nouns
        and noun not in words.one_body_nouns
        and noun not in words.body_nouns
    )
