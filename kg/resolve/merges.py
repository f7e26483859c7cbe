"""Corpus-wide merges at the end of resolution: spellings of one name, acronyms another
article wrote out, two labels of one gazetteer entity; and the checks that keep two actors
apart (namesakes of two countries, an acronym of an unrelated story, a namesake nearby).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Container, Mapping
from typing import TYPE_CHECKING

from kg.resolve.names import is_acronym, site_forms
from kg.vocab import EntityType

if TYPE_CHECKING:
    from kg.resolve.resolver import Cluster

_ACTORS = frozenset(
    {EntityType.PERSON, EntityType.ORGANIZATION, EntityType.COUNTRY, EntityType.GROUP}
)
_KINDS = {
    EntityType.GROUP: EntityType.ORGANIZATION,
    EntityType.CITY: EntityType.PLACE,
    EntityType.COUNTRY: EntityType.PLACE,
}


def article_index(clusters: Mapping[str, Cluster]) -> dict[str, set[str]]:
    """Article -> labels of the named actor clusters it mentions."""
    index: dict[str, set[str]] = defaultdict(set)
    for label, cluster in clusters.items():
        if cluster.display is None and cluster.type in _ACTORS:
            for article in cluster.articles:
                index[article].add(label)
    return index


def namesake_near(
    clusters: Mapping[str, Cluster], index: Mapping[str, set[str]], word: str, full: str
) -> bool:
    """Whether an article of the bare name ``word`` also names another person with that word
    ("Mohamed" beside "Mohamed Soltan"): the corpus's one "... Mohamed" is then no match."""
    for article in clusters[word].articles:
        for other in index.get(article, ()):
            if (
                other not in (word, full)
                and word in other.split()
                and clusters[other].type is EntityType.PERSON
            ):
                return True
    return False


def same_qid(clusters: Mapping[str, Cluster]) -> dict[str, str]:
    """Two labels of one Wikidata entity (two gazetteer entries) merge into the first."""
    qids: dict[str, str] = {}
    out = {}
    for label in sorted(clusters):
        entry = clusters[label].entry
        if entry is not None and entry.qid:
            first = qids.setdefault(entry.qid, label)
            if first != label:
                out[label] = first
    return out


def corpus_spellings(
    clusters: Mapping[str, Cluster],
    countries: Mapping[str, str],
    key: Callable[[str], str],
    done: Mapping[str, str],
    sites: Container[str] = (),
) -> dict[str, str]:
    """Clusters whose labels are spellings of one name (``key``), of one kind (person,
    organisation or group, place): one node, under the gazetteer's label, else the spelling
    written most; a lower-case word ("congress") is no spelling of a name. A name ending in
    a site noun (``sites``: "Kot Lakhpat Jail", "Kot Lakhpat jail") is a place whatever its
    type. Spellings that are two actors (``apart``) stay two."""
    groups: dict[tuple[str, EntityType], list[str]] = defaultdict(list)
    for label, cluster in clusters.items():
        if cluster.display is None and label not in done and capitalised(label):
            groups[(key(label), _spelling_kind(label, cluster, sites))].append(label)
    out = {}
    for (name, _), labels in groups.items():
        if len(labels) < 2 or not name:
            continue
        # the gazetteer's first, then the spelling written most, with a lower-case article
        ranked = sorted(
            labels,
            key=lambda lb: (
                clusters[lb].entry is None,
                -clusters[lb].count,
                not lb[:1].islower(),
                lb,
            ),
        )
        sides: list[list[str]] = []
        for label in ranked:
            side = next((g for g in sides if not apart(clusters, countries, g[0], label)), None)
            if side is None:
                sides.append([label])
            else:
                side.append(label)
                out[label] = side[0]
    return out


def _spelling_kind(label: str, cluster: Cluster, sites: Container[str]) -> EntityType:
    """The kind two spellings must share: a facility named by its site noun ("Evin Prison"
    read as an organisation, "Evin prison" as a place) is a place."""
    words = label.split()
    if len(words) > 1 and words[-1].lower() in sites and cluster.type is EntityType.ORGANIZATION:
        return EntityType.PLACE
    return _KINDS.get(cluster.type, cluster.type)


def apart(
    clusters: Mapping[str, Cluster], countries: Mapping[str, str], one: str, other: str
) -> bool:
    """Whether two spellings of one name are two actors: two gazetteer entities, two
    acronyms written for them (the Peoples' Democratic Party, HDP, of Turkey and the Peoples
    Democratic Party, PDP, of Nigeria), or articles about two countries (``countries``:
    article -> the one country it is about)."""
    a, b = clusters[one], clusters[other]
    if a.entry is not None and b.entry is not None:
        return True
    acronyms = [{n for n in c.names if is_acronym(n)} for c in (a, b)]
    if acronyms[0] and acronyms[1] and not acronyms[0] & acronyms[1]:
        return True
    lands = [{countries[x] for x in c.articles if x in countries} for c in (a, b)]
    return bool(lands[0] and lands[1] and not lands[0] & lands[1])


def corpus_acronyms(
    clusters: Mapping[str, Cluster], index: Mapping[str, set[str]], done: Mapping[str, str]
) -> dict[str, str]:
    """ "IOM" in an article that does not spell it out is the one entity another article
    wrote "IOM" for (next to its full name), when the two stories share a subject."""
    written: dict[str, set[str]] = defaultdict(set)
    for label, cluster in clusters.items():
        if cluster.display is None:
            for name in cluster.names:
                if name != label and is_acronym(name):
                    written[name].add(done.get(label, label))
    out = {}
    for label, cluster in clusters.items():
        if cluster.entry is None and cluster.display is None and label not in done:
            found = written.get(label, set()) - {label}
            if len(found) == 1 and is_acronym(label):
                full = next(iter(found))
                if share_actors(clusters, index, label, full):
                    out[label] = full
    return out


def share_actors(
    clusters: Mapping[str, Cluster], index: Mapping[str, set[str]], one: str, other: str
) -> bool:
    """Whether the articles of two clusters name some other actor in common (not a country,
    nor one of many articles): an acronym is the same body only in stories on a shared
    subject ("NDS", Afghanistan's intelligence agency, is no "NDS" in a story on shark
    fishing)."""
    near: list[set[str]] = [set(), set()]
    for side, label in zip(near, (one, other), strict=True):
        for article in clusters[label].articles:
            side.update(index.get(article, ()))
    # an actor of many articles (the publisher, the UN) says nothing of the subject
    rare = max(3, len(index) // 20)
    return any(
        clusters[lb].type is not EntityType.COUNTRY
        and lb not in (one, other)
        and len(clusters[lb].articles) <= rare
        for lb in near[0] & near[1]
    )


_AREA_TYPES = frozenset({EntityType.CITY, EntityType.PLACE})
_SITE_TYPES = frozenset({EntityType.CITY, EntityType.PLACE, EntityType.ORGANIZATION})


def corpus_regions(
    clusters: Mapping[str, Cluster], regions: frozenset[str], done: Mapping[str, str]
) -> dict[str, str]:
    """ "Anbar" -> "Anbar province": a bare place name, unknown to the gazetteer, every
    article of which also names the area with a region noun after it ("Anbar province",
    "Khaldiya district"), is that area; not a name some article makes a city ("the city of
    Aleppo" beside "Aleppo province")."""
    out = {}
    for label, cluster in clusters.items():
        words = label.split()
        if len(words) < 2 or words[-1] not in regions or cluster.display is not None:
            continue
        head = " ".join(words[:-1])
        if capitalised(head) and _bare_of(clusters, head, cluster, done, _AREA_TYPES):
            out[head] = done.get(label, label)
    return out


def corpus_sites(
    clusters: Mapping[str, Cluster], sites: Container[str], done: Mapping[str, str]
) -> dict[str, str]:
    """ "Azraq" -> "Azraq camp", "Ain al-Asad" -> "Ain al-Asad air base": a bare name,
    unknown to the gazetteer, every article of which also names a place with a site noun
    after it (``site_forms``; rules name the site after the article's names were read) is
    that site; not a town some article names as one."""
    found = site_forms(((label, None) for label in clusters), sites, lambda n: False)
    head_of = {label: head for head, label in found.items()}
    out = {}
    for label, cluster in clusters.items():
        head = head_of.get(label)
        if (
            head is not None
            and cluster.type is EntityType.PLACE
            and _bare_of(clusters, head, cluster, done, _SITE_TYPES)
        ):
            out[head] = done.get(label, label)
    return out


def _bare_of(
    clusters: Mapping[str, Cluster],
    head: str,
    cluster: Cluster,
    done: Mapping[str, str],
    types: frozenset[EntityType],
) -> bool:
    """``head`` is a bare name the gazetteer does not know, of one of ``types``, not yet
    merged, never made a town, and written only in articles that also name ``cluster``."""
    bare = clusters.get(head)
    return not (
        bare is None
        or head in done
        or bare.entry is not None
        or bare.display is not None
        or bare.town
        or bare.type not in types
        or not set(bare.articles) <= set(cluster.articles)
    )


def capitalised(name: str) -> bool:
    """A written name has a capital letter ("al-Wefaq"); "congress" and "navy" are words."""
    return any(c.isupper() for c in name)


_STATE_SECTORS = frozenset({"GOV", "MIL", "COP"})
_ARMED_SECTORS = frozenset({"REB", "UAF"})


def article_kin(
    clusters: Mapping[str, Cluster],
    countries: Mapping[str, str],
    cues: Mapping[str, object],
    done: Mapping[str, str],
) -> dict[str, str]:
    """A plain collective of one article into the one named collective it stands for there.

    Three cases, each only when the article has exactly one candidate:

    - bare armed noun: "militias" beside "Shia militias", "fighters" beside "Maoist
      fighters" (same sector, same noun, the other with a modifier that marks no other side:
      not "rival militias"); two such sides ("Shia militias", "Sunni militias") keep it apart,
      and a group the gazetteer names ("Nusra Front") is no such side;
    - state side: "government forces", "security forces", "troops" in an article about one
      country (``countries``) are that country's collective of the sector when the article
      names it ("Syrian troops"); a bare noun only when the article names no other country's
      collective of the sector ("US troops");
    - people: "refugees", "civilians", "students" (a sector of neither kind) beside the one
      country's people of that noun the article names ("Syrian refugees", "Yemeni
      civilians"), written before or after it; not when another country's people of the
      sector stand beside it ("Congolese refugees" and "Burundian refugees"; a people
      written by its plural name alone, "Singaporeans", is no such people), nor when the
      article's own words describe the plain ones ("refugees who fled Burundi").
    """

    def words_of(key: str) -> list[str]:
        return [w for w in key.split() if w != "the"]

    def cue(name: str) -> frozenset[str]:
        entry = cues.get(name)
        words = entry.get("words", ()) if isinstance(entry, dict) else ()
        return frozenset(str(w) for w in words)

    sides = cue("other_sides") | cue("unknown_doers") | cue("other_members")
    state_words = cue("state_side_words")
    bare: dict[str, list[tuple[str, Cluster, list[str]]]] = defaultdict(list)
    for label, cluster in clusters.items():
        if cluster.display is None or cluster.sector is None or label in done:
            continue
        if cluster.country is not None or len(cluster.articles) != 1:
            continue
        words = words_of(cluster.display.lower())
        armed = cluster.sector in _ARMED_SECTORS and len(words) == 1
        state = cluster.sector in _STATE_SECTORS and all(w in state_words for w in words[:-1])
        people = _people_sector(cluster.sector) and len(words) == 1 and not cluster.described
        if words and (armed or state or people):
            bare[next(iter(cluster.articles))].append((label, cluster, words))
    if not bare:
        return {}
    # (article, sector) -> the collectives of that sector the article names
    named: dict[tuple[str, str], list[str]] = defaultdict(list)
    for label, cluster in clusters.items():
        # collectives only: a named group the gazetteer knows ("Nusra Front") is the
        # armed-group rule's (``Resolver.add``), and its names are the whole corpus's
        if cluster.sector is None or cluster.entry is not None:
            continue
        if cluster.display is None and cluster.country is None:
            continue
        for article in cluster.articles:
            if article in bare:
                named[(article, cluster.sector)].append(label)
    out: dict[str, str] = {}
    for article, items in sorted(bare.items()):
        for label, cluster, words in items:
            others = [o for o in named[(article, str(cluster.sector))] if o != label]
            if cluster.sector in _ARMED_SECTORS:
                found = [o for o in others if _sided(clusters[o], words[-1], sides)]
            elif _people_sector(cluster.sector):
                owned = [
                    o
                    for o in others
                    if clusters[o].country is not None and not _whole_people(clusters[o])
                ]
                found = [o for o in owned if _sided(clusters[o], words[-1], sides)]
                if len(owned) != len(found):
                    continue  # "refugees" beside "Syrian refugees" and "Iraqi migrants"
            else:
                owned = [o for o in others if clusters[o].country is not None]
                found = [o for o in owned if clusters[o].country == countries.get(article)]
                if len(words) == 1 and len(owned) != len(found):
                    continue  # "troops" beside "Syrian troops" and "US troops"
            if len(found) == 1:
                out[label] = done.get(found[0], found[0])
    return out


def bloc_members(
    clusters: Mapping[str, Cluster], nouns: Container[str], done: Mapping[str, str]
) -> dict[str, str]:
    """ "GCC countries", "NATO member states", "ASEAN leaders": a group named by an
    organisation's written name and a member noun of ``nouns`` ("member" between or not) is
    that organisation, when every article of the group has that one Organization node of
    that name ("GCC" of the Gulf Cooperation Council); a bloc's members acting together are
    the bloc. A country's name never makes one ("US allies" are not the US), nor a state
    body's ("Saudi government leaders" are not the Saudi government)."""
    by_name: dict[tuple[str, str], set[str]] = defaultdict(set)
    for label, cluster in clusters.items():
        # a bloc has no country nor sector ("Saudi government leaders" are its leaders)
        bloc = cluster.country is None and cluster.sector is None
        if bloc and cluster.display is None and cluster.type is EntityType.ORGANIZATION:
            for article in cluster.articles:
                for name in {label, *cluster.written}:
                    by_name[(article, name)].add(label)
    out: dict[str, str] = {}
    for label, cluster in clusters.items():
        words = (cluster.display or label).split()
        if label in done or cluster.type is not EntityType.GROUP or len(words) < 2:
            continue
        if words[-1].lower() not in nouns:
            continue
        name = " ".join(words[:-2] if words[-2].lower() == "member" else words[:-1])
        # in every article of the group, the one organisation of that name there
        found = [by_name.get((article, name), set()) for article in cluster.articles]
        orgs = set().union(*found) if found else set()
        if len(orgs) == 1 and all(found):
            org = next(iter(orgs))
            out[label] = done.get(org, org)
    return out


def counted_kin(
    clusters: Mapping[str, Cluster],
    nouns: Container[str],
    apart: Container[str],
    done: Mapping[str, str],
) -> dict[str, str]:
    """ "Italy rescued 3,600 migrants ... the migrants were taken to Sicily": the people an
    act counts with a number in figures (``kg.resolve.counted``: a group of the article
    labelled as written, "Almost 3,600 migrants") are the article's plain collective of
    their noun written bare ("migrants", a people's sector, no country), when the article
    counts only that one group of the noun, or groups of one number ("4,200 migrants" in a
    headline, "about 4,200 migrants" below). A group the words tell apart ("more than 300
    other migrants", "25 more children"; ``apart``) keeps its own node and is no second
    candidate; two counted groups of one noun ("300 migrants" and "200 migrants") join
    neither, nor does a plain collective the article also writes with words of its own
    ("irregular migrants": a population it describes, of which the counted are some). The
    plain collective's own target (``article_kin``) is theirs too. Groups of one number
    beside groups of another, or with no plain collective, are one node of their own.
    People of a role written with their number ("shot dead nine herdsmen ... the herdsmen
    said": ``Cluster.counted``) are counted groups of their noun too, and their bare group,
    of no sector, the plain one."""
    bare: dict[tuple[str, str], str] = {}
    counted: dict[tuple[str, str], list[str]] = defaultdict(list)
    for label, cluster in clusters.items():
        if cluster.display is None or cluster.country is not None or len(cluster.articles) != 1:
            continue
        words = [w for w in cluster.display.lower().split() if w != "the"]
        article = next(iter(cluster.articles))
        if (
            len(words) == 1
            and (_people_sector(cluster.sector) or (cluster.sector is None and not cluster.counted))
            and all(len(form.split()) == 1 for form in cluster.forms)
        ):
            bare[(article, words[0])] = label
        elif (
            label not in done
            and cluster.sector is None
            and len(words) > 1
            # a group written with its number ("nine herdsmen": ``Cluster.counted``), or
            # a noun of ``nouns`` with a number in figures ("3,600 migrants")
            and (
                cluster.counted
                or (words[-1] in nouns and any(ch.isdigit() for w in words[:-1] for ch in w))
            )
            and not _told_apart(words, apart)
        ):
            counted[(article, words[-1])].append(label)
    out: dict[str, str] = {}
    for key, labels in sorted(counted.items()):
        plain = bare.get(key)
        # "rescue 4,200 migrants" in a headline, "about 4,200 migrants" below: one group
        numbers: dict[str, list[str]] = defaultdict(list)
        for label in sorted(labels):
            numbers[_count_of(str(clusters[label].display))].append(label)
        for same in numbers.values():
            # of two numbers ("300 migrants", "200 migrants"), neither is the plain one
            into = same[0] if plain is None or len(numbers) > 1 else done.get(plain, plain)
            out.update({label: into for label in same if label != into})
    return out


def _count_of(label: str) -> str:
    """The number a counted group is written with, its separators aside ("4200" of "about
    4,200 migrants"); a number in words is its words before the noun ("nine" of "nine
    herdsmen"), so "nine herdsmen" and "five herdsmen" are two numbers.

    >>> _count_of("about 4,200 migrants"), _count_of("4200 migrants"), _count_of("nine herdsmen")
    ('4200', '4200', 'nine')
    """
    words = label.lower().split()
    digits = (w.replace(",", "") for w in words if any(c.isdigit() for c in w))
    return next(digits, " ".join(words[:-1]))


def follower_kin(
    clusters: Mapping[str, Cluster],
    nouns: Container[str],
    done: Mapping[str, str],
) -> dict[str, str]:
    """ "Opponents of President X clashed with police ... blocked by opponents who seized the
    airport": a bare follower noun (``supporter_nouns``: "opponents", "supporters", "critics")
    is the article's one group of that noun with an owner ("X opponents"), written before or
    after it, as news names the camp once and then writes its noun alone. Not when the article
    names two owners' groups of the noun ("Morsi supporters" and "Sisi supporters"), not
    another noun's ("opponents" is never "X supporters"), and not one with a pronoun owner of
    its own ("X warned his critics": ``described``, kg/resolve/collectives.py
    ``_owned_relation``)."""
    bare: dict[tuple[str, str], str] = {}
    owned: dict[tuple[str, str], list[str]] = defaultdict(list)
    for label, cluster in clusters.items():
        if cluster.display is None or cluster.sector is not None or cluster.entry is not None:
            continue
        if cluster.country is not None or len(cluster.articles) != 1:
            continue
        words = [w for w in cluster.display.split() if w.lower() != "the"]
        lower = [w.lower() for w in words]
        article = next(iter(cluster.articles))
        if len(words) == 1 and lower[0] in nouns and label not in done and not cluster.described:
            bare[(article, lower[0])] = label
        elif len(words) > 1 and lower[-1] in nouns and capitalised(" ".join(words[:-1])):
            owned[(article, lower[-1])].append(label)  # "Nkurunziza opponents"
        elif len(words) > 2 and lower[0] in nouns and lower[1] == "of":
            owned[(article, lower[0])].append(label)  # "opponents of Agathon Rwasa"
    out: dict[str, str] = {}
    for key, label in sorted(bare.items()):
        groups = owned.get(key, [])
        if len(groups) == 1:
            out[label] = done.get(groups[0], groups[0])
    return out


def _told_apart(words: list[str], apart: Container[str]) -> bool:
    """Whether a counted group's words set it apart from the others of its noun ("300 other
    migrants", "25 more children"); "more than 300 migrants" only counts them.

    >>> _told_apart("25 more children".split(), {"more"}), _told_apart(
    ...     "more than 300 migrants".split(), {"more"})
    (True, False)
    """
    return any(
        w in apart and not (w == "more" and words[i + 1 : i + 2] == ["than"])
        for i, w in enumerate(words)
    )


def _people_sector(sector: str | None) -> bool:
    """A sector of people, neither a state's body nor an armed side ("REF", "CVL")."""
    return sector is not None and sector not in _STATE_SECTORS | _ARMED_SECTORS


def _whole_people(cluster: Cluster) -> bool:
    """Whether a country's people is written only by its plural name ("Singaporeans", "the
    Saudis"), never with a noun of its sector: the nation as a whole, no other group of
    people beside the article's named ones ("US hostages" in an article that counts
    "registered Singaporeans" in Yemen)."""
    return bool(cluster.names) and all(
        len([w for w in name.lower().split() if w != "the"]) == 1 for name in cluster.names
    )


def _sided(cluster: Cluster, noun: str, sides: frozenset[str]) -> bool:
    """Whether the cluster is written as ``noun`` with a modifier of its own ("Shia
    militias" for "militias"), none of which marks another side ("rival militias"). The noun
    itself marks none: "Guinea's opposition" is the article's one "opposition", though
    "opposition" in front of another noun ("opposition fighters") is a side of its own."""
    for name in cluster.names:
        words = [w for w in name.lower().split() if w != "the"]
        if len(words) > 1 and words[-1] == noun and not any(w in sides for w in words[:-1]):
            return True
    return False


def faith_peoples(
    clusters: Mapping[str, Cluster],
    faiths: Container[str],
    nation: Callable[[str], bool],
    done: Mapping[str, str],
) -> dict[str, str]:
    """ "Rohingya Muslims" -> "Rohingya", "Uighur Muslims" -> "Uighurs": a people's name
    with a faith's plural after it (``faith_plurals``: "Muslims", "Christians") or a group
    noun (``people_group_nouns``: "the Alawite minority", a group of its article) is that
    people, when the corpus writes the people bare ("the Rohingya", "the Uighurs") as a
    group or body of its own; not a nation's adjective (``nation``: "American Muslims" are
    no "Americans"), a sector's collective nor a name the gazetteer knows."""
    out = {}
    for label, cluster in clusters.items():
        # "the Alawite minority" is a group of its article (shown as written)
        words = (cluster.display or label).split()
        if len(words) != 2 or words[1] not in faiths or label in done or nation(words[0]):
            continue
        if cluster.entry is not None or cluster.sector is not None:
            continue
        for bare_label in (words[0], f"{words[0]}s"):
            bare = clusters.get(bare_label)
            if (
                bare is not None
                and bare.entry is None
                and bare.display is None
                and bare.country is None
                and bare.type in _PEOPLE_TYPES
            ):
                out[label] = done.get(bare_label, bare_label)
                break
    return out


# the types the model gives a people's bare name ("the Rohingya" is often an ORG)
_PEOPLE_TYPES = frozenset({EntityType.GROUP, EntityType.ORGANIZATION})


def corpus_towns(
    clusters: Mapping[str, Cluster], towns: Container[str], done: Mapping[str, str]
) -> dict[str, str]:
    """ "Ramadi city" -> "Ramadi": a name with a lower-case town noun after it, unknown to
    the gazetteer, is the town the same articles name bare, when that bare name is a town
    (a city); not "Gaza City" (a name of its own), nor "Idlib city" beside an "Idlib" that
    is a province."""
    out = {}
    for label, cluster in clusters.items():
        words = label.split()
        if len(words) < 2 or words[-1] not in towns or label in done:
            continue
        if cluster.entry is not None or cluster.display is not None:
            continue
        head = " ".join(words[:-1])
        bare = clusters.get(head)
        if (
            bare is None
            or not capitalised(head)
            or bare.display is not None
            or bare.type is not EntityType.CITY
            or not set(cluster.articles) <= set(bare.articles)
        ):
            continue
        out[label] = done.get(head, head)
    return out
