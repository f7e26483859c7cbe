"""Entity resolution: group mentions into one node per real-world actor, within and across
articles, and decide each node's type over all its mentions and cues.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable, MutableSet
from dataclasses import dataclass, field, replace
from itertools import pairwise

from kg.lexicon import GazetteerEntry, Lexicon, alias_key
from kg.model import Entity, Mention
from kg.resolve.article_set import ArticleNumbers, ArticleSet
from kg.resolve.bloc_labels import bloc_display
from kg.resolve.collectives import written_collective
from kg.resolve.country_bodies import generic_body, written_body
from kg.resolve.entities import SpanMention, glued_name
from kg.resolve.merges import (
    article_index,
    article_kin,
    bloc_members,
    capitalised,
    corpus_acronyms,
    corpus_regions,
    corpus_sites,
    corpus_spellings,
    corpus_towns,
    counted_kin,
    faith_peoples,
    follower_kin,
    namesake_near,
    same_qid,
)
from kg.resolve.names import (
    NameWords,
    initials,
    is_acronym,
    island_plurals,
    long_forms,
    media_bare_name,
    name_words,
    one_edit,
    party_plurals,
    region_forms,
    site_forms,
    surname_typos,
    tail_forms,
    variant_key,
)
from kg.resolve.nation_groups import people_kin
from kg.vocab import EntityType, mint_entity_id

_LABEL_TYPES = {
    "PERSON": EntityType.PERSON,
    "ORG": EntityType.ORGANIZATION,
    "LOC": EntityType.PLACE,
    "FAC": EntityType.PLACE,
    "NORP": EntityType.GROUP,
    "GROUP": EntityType.GROUP,
    "EVENT": EntityType.EVENT,
}
ACTOR_TYPES = frozenset(
    {EntityType.PERSON, EntityType.ORGANIZATION, EntityType.COUNTRY, EntityType.GROUP}
)
_ARMED = frozenset({"REB", "UAF"})
# state sectors (a bare noun goes to the main country, kg.resolve.collectives) and armed ones
# (to the armed group the article named) have rules of their own
_PLAIN_KIN = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD", "REB", "UAF"})
PLACE_TYPES = frozenset({EntityType.CITY, EntityType.PLACE, EntityType.COUNTRY})


@dataclass
class Cluster:
    """Everything known about one entity while the corpus is being read."""

    label: str
    entry: GazetteerEntry | None = None
    votes: Counter[EntityType] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)
    # every mention record, kept only by a resolver made with ``spans`` (``graph.mentions``)
    mentions: list[Mention] = field(default_factory=list)
    count: int = 0  # mentions recorded (names, pronouns, titles, collectives)
    written: Counter[str] = field(default_factory=Counter)  # the texts of its name mentions
    # a resolver's clusters keep them as an ``ArticleSet`` (numbers, not a set of ids)
    articles: MutableSet[str] = field(default_factory=set)
    display: str | None = None  # the label shown when the key is not (article-scoped groups)
    # the labels of an article-scoped group's mentions ("opposition fighters" for "fighters")
    forms: Counter[str] = field(default_factory=Counter)
    country: str | None = None  # a collective actor's country (ISO)
    sector: str | None = None  # a collective actor's sector code
    given: bool = False  # named by a given name after a title ("King Salman"): no surname
    # named where the words around say place or organisation ("in Munich", "Ford and GM")
    no_surname: bool = False
    town: bool = False  # named where the words around say town ("the city of Aleppo")
    # a plain collective some mention of which its own words describe ("refugees who fled
    # Burundi", "its neighbours"): kept apart from the article's named people of its noun
    # (``article_kin``, ``people_kin``)
    described: bool = False
    # a group written with its number ("nine herdsmen"; ``counted_kin``)
    counted: bool = False

    @property
    def type(self) -> EntityType:
        if self.entry is not None:
            return self.entry.type
        if not self.votes:
            return EntityType.ORGANIZATION
        votes = self.votes
        return max(sorted(votes), key=votes.__getitem__)  # (no Python call a type)


class Resolver:
    """Corpus-wide entity resolution. Feed it articles in order, then call ``entities()``."""

    def __init__(self, lexicon: Lexicon, spans: bool = True) -> None:
        self.lexicon = lexicon
        # keep every mention record (``entities()``'s spans); without, memory follows the
        # entities: a mention is a count and its name's text a key of ``Cluster.written``
        self.spans = spans
        self.clusters: dict[str, Cluster] = {}
        self._surnames: dict[str, set[str]] = defaultdict(set)
        self._plain: dict[tuple[str, str, str | None], str] = {}  # (article, sector, label)
        self._armed: dict[str, str] = {}  # article -> the armed group it named last
        # article -> ISO code of the one country it is about (kg.resolve.collectives.main_country)
        self.countries: dict[str, str] = {}
        self._numbers = ArticleNumbers()  # the clusters' articles, by number

    @property
    def _names(self) -> NameWords:
        """The name words of the lexicon's language (read once per language; not a field,
        so a resolver saved by an earlier version restores as it was)."""
        return name_words(self.lexicon.language)

    def armed_group(self, article: str) -> str | None:
        """The armed group an article named last ("the Houthis"), for "the rebels" and "a
        rebel leader" later in it."""
        return self._armed.get(article)

    # -- naming -------------------------------------------------------------------------

    def set_country(self, article_id: str, iso: str) -> None:
        """Record the one country an article is about (``collectives.main_country``)."""
        self.countries[article_id] = iso

    def canonical(self, mention: SpanMention, article_names: dict[str, str]) -> str:
        """Canonical label for a mention, given the full names seen in its article."""
        if mention.canonical is not None and not mention.scoped:
            if is_acronym(mention.text):
                # "NDS" spelt out as "National Directorate of Security", which the article
                # also writes whole, "the Afghan National Directorate of Security": that one
                return article_names.get(f"cut:{mention.canonical}", mention.canonical)
            return mention.canonical
        if mention.scoped:
            return mention.canonical or mention.text
        if mention.demonym:
            entry = self.lexicon.by_demonym.get(mention.text.lower())
            if entry is not None:
                return entry.label
        text = mention.text.replace("’", "'")
        part = article_names.get(f"part:{text}") if mention.label in ("GPE", "LOC") else None
        if part is not None:
            return part  # "the North" in an article on North Korea
        spelt = article_names.get(text)
        if spelt is not None and spelt != text and self._key(spelt) == self._key(text):
            text = spelt  # "Al-Wefaq" opening a sentence is the article's "al-Wefaq"
        party = article_names.get(f"party:{text}")
        if party is not None and not mention.title:
            return party  # "the Conservatives" in an article on the Conservative Party
        if mention.where == "area" and mention.noun is not None:
            area = article_names.get(f"area:{text}")
            if area is not None:
                return area  # "the province of Hasakah" beside "the city of Hasakah"
        region = article_names.get(f"region:{text}")
        if region is not None and not mention.title and mention.label in _PLACE_TAGS:
            return region  # "in Anbar" in an article on Anbar province
        words = text.split()
        known = self._known_label(mention, text, words, article_names)
        if known is not None:
            return known
        return self._article_label(mention, text, words, article_names)

    def _known_label(
        self, mention: SpanMention, text: str, words: list[str], article_names: dict[str, str]
    ) -> str | None:
        """The label of a name the lexicon knows ("King Salman", a gazetteer's person, an
        organisation named by its kind noun), unless the article's own name overrides it;
        none for a name it does not know."""
        entry = self.lexicon.lookup_variant(text)
        if len(words) == 1 and self._names.given_name_title(mention.title):
            # "King Salman", "Sheikh Tamim": a given name, never another person's surname
            full = article_names.get(_titled_key(mention.title, text))
            if full is None and entry is not None and entry.type is EntityType.PERSON:
                full = entry.label
            return full or text
        own = article_names.get(text) if len(words) == 1 else None
        if (
            own is not None
            and entry is not None
            and entry.type is EntityType.PERSON
            and entry.label != own
            and self.lexicon.lookup(own) is None
        ):
            return own  # "Hwang" after "Hwang Pyong-so": the article's own, not another's
        given = article_names.get(f"given:{text}") if len(words) == 1 else None
        if (
            entry is not None
            and entry.type is EntityType.PERSON
            and given not in (None, entry.label)
        ):
            return text  # "Omar" beside "Omar Khadr" is no gazetteer's Omar
        if entry is None and len(words) > 1 and mention.label in ("ORG", "GAZ"):
            entry = self._kind_noun_after(words) or self._kind_noun_left_out(words)
        elif (
            entry is None
            and len(words) > 2
            and mention.label == "PERSON"
            and any(w in self._names.name_connectors for w in words[1:-1])
        ):
            # "Justice and Development" read as a person: no person's name has "and" in it
            entry = self._kind_noun_left_out(words)
        if entry is not None:
            return entry.label
        return None

    def _article_label(
        self, mention: SpanMention, text: str, words: list[str], article_names: dict[str, str]
    ) -> str:
        """The label of a name no lexicon knows: the article's (or the corpus's) full name a
        short form stands for, a name glued to the next word mended, else the name itself."""
        if len(words) > 1 and mention.label in ("ORG", "GAZ") and text in article_names:
            # "Security Council" after "UN Security Council"; "the al-Wefaq Islamic Society"
            # with "al-Wefaq"
            return article_names[text]
        short = article_names.get(f"short:{text}") if mention.label in ("GPE", "LOC") else None
        if short is not None:
            return short  # "the Syrian Observatory" read as a place, after its full name
        if len(words) == 1 and (
            mention.label in ("PERSON", "ORG", "PERSON_OR_ORG", "GPE", "GAZ")
            # "charges against Rezaian" read as a nationality: a surname no demonym is
            or (mention.label == "NORP" and self._no_demonym(text))
        ):
            full = (
                article_names.get(words[0])
                or (article_names.get(_titled_key(mention.title, text)) if mention.title else None)
                # "Mohamed" beside "Mohamed Soltan" is no other article's Mohamed
                or (None if f"given:{text}" in article_names else self._corpus_surname(words[0]))
            )
            if full and not self._not_surname(mention, full):
                return full
        near = article_names.get(f"near:{text}")
        if near is not None:
            return near  # "Jharkand" in an article on Jharkhand
        if len(words) == 2 and mention.label in ("PERSON", "PERSON_OR_ORG"):
            full = article_names.get(f"tail2:{text}") or article_names.get(f"head2:{text}")
            if full is not None:
                return full  # "Abdel Rahman" after "Rami Abdel Rahman", or "Wan Azizah"
            if words[0].lower() in self._names.article_words:
                key = [w.lower() for w in words]
                fulls = {
                    n
                    for n in article_names.values()
                    if len(n.split()) > 2 and [w.lower() for w in n.split()[-2:]] == key
                }
                if len(fulls) == 1:
                    return fulls.pop()  # "Al Hussein" after "Ali bin al Hussein"
        tail = self._names.particle_tail(words)
        if (
            tail is not None
            and tail.count(" ") + 1 == len(words)  # the particles and the last word alone
            and mention.label in ("PERSON", "ORG", "PERSON_OR_ORG", "GAZ")
        ):
            full = article_names.get(tail)
            if full is not None:
                return full  # "bin Laden" after "Osama bin Laden"
        first = article_names.get(f"first:{self._key(text)}") if len(words) == 1 else None
        if first is not None and (
            mention.label == "PERSON"
            # "explained Jaded." read as an organisation (or a place), in an article on
            # Jaded Chouwilai: a word no gazetteer knows, the words around call no body and
            # no place
            or (
                mention.label in ("ORG", "PERSON_OR_ORG", "GPE")
                and mention.where is None
                and self.lexicon.lookup_variant(text) is None
            )
        ):
            return first  # a given name alone: the article's one person of that given name
        typo = article_names.get(f"typo:{text}") if len(words) == 1 else None
        if typo is not None and mention.label == "PERSON":
            return typo  # "Abudullah" after "Tarik al-Abdullah"
        # a full name is no typo of a corpus surname ("Emad Shahin" is not "Shah" + "in");
        # one word may be ("Putinon")
        known = _Either(article_names, self._surnames) if len(words) == 1 else article_names
        glued = glued_name(words[-1], known)
        if glued is not None:
            fixed = " ".join([*words[:-1], glued])
            entry = self.lexicon.lookup(fixed)
            if entry is not None:
                return entry.label
            if len(words) == 1:
                return article_names.get(glued) or self._corpus_surname(glued) or glued
            return fixed
        return " ".join(words)

    def _not_surname(self, mention: SpanMention, full: str) -> bool:
        """Whether the words around a one-word name say it is no surname of ``full``: a
        place ("in Munich" is not Bayern Munich's), or an organisation listed with others
        ("automakers like Ford and General Motors" is not Henry Ford)."""
        if mention.where in ("city", "area", "place"):
            return self._names.surname_of(full.split()) == mention.text
        if mention.where == "org":
            cluster = self.clusters.get(full)
            entry = cluster.entry if cluster is not None else self.lexicon.lookup(full)
            person = entry.type if entry is not None else (cluster.type if cluster else None)
            return person is EntityType.PERSON
        return False

    def _demonym_word(self, word: str) -> bool:
        """Whether a word is a nation's adjective or people ("American", "Turkish")."""
        return word.lower() in self.lexicon.by_demonym

    def _key(self, name: str) -> str:
        """The spelling key of a name (``variant_key``), given names' transliterations too."""
        return variant_key(name, self._names.spellings)

    def _kind_noun_after(self, words: list[str]) -> GazetteerEntry | None:
        """The known organisation a name is with its kind noun after it ("the ruling AKP
        party", "the Hamas movement")."""
        if words[-1].lower() not in self._names.kind_nouns:
            return None
        entry = self.lexicon.lookup_variant(" ".join(words[:-1]))
        if entry is None or entry.type not in (EntityType.ORGANIZATION, EntityType.GROUP):
            return None
        return entry

    def _kind_noun_left_out(self, words: list[str]) -> GazetteerEntry | None:
        """The known organisation whose name is these words and a kind noun ("Justice and
        Development" for the Justice and Development Party)."""
        if words[-1].lower() in self._names.kind_nouns:
            return None
        # a name is asked about at each of its mentions: the answer kept per lexicon
        lexicon = self.lexicon
        held = _LEFT_OUT.get(id(lexicon))
        if held is None or not held.made_for(lexicon):
            if len(_LEFT_OUT) > 64:  # lexicons made on the fly (tests)
                _LEFT_OUT.clear()
            made = _LeftOut.of(lexicon, self._names.kind_nouns)
            if held is not None and held.lexicon is lexicon:
                made.found = held.found  # tables grown: the answers given stand
            held = _LEFT_OUT[id(lexicon)] = made
        key = tuple(words)
        if key in held.found:
            return held.found[key]
        found = None
        if held.may_name(words):
            for kind in held.kinds:
                entry = lexicon.lookup_variant(" ".join([*words, kind]))
                if entry is not None and entry.type in (EntityType.ORGANIZATION, EntityType.GROUP):
                    found = entry
                    break
        held.found[key] = found
        return found

    def known_surnames(self) -> set[str]:
        """Surnames that name exactly one person seen so far in the corpus."""
        return {s for s, labels in self._surnames.items() if len(labels) == 1}

    def _corpus_surname(self, word: str) -> str | None:
        """The one person the corpus so far knows by this surname, else None (O(1), unlike
        ``known_surnames``). Private: ``kg.pipeline_records`` journals it as
        ``known_surname``, and no rule may read the corpus unjournalled."""
        labels = self._surnames.get(word, set())
        return next(iter(labels)) if len(labels) == 1 else None

    def mark(self) -> None:
        """An article's rule stages are past their votes (``kg.extract.stages.VOTES``): the
        journal of a worker or driver notes where (``kg.pipeline_records.Journal.mark``);
        the resolver itself has nothing to do."""

    def article_names(self, mentions: list[SpanMention]) -> dict[str, str]:
        """Surname -> full name for the multi-word person names of one article."""
        names: dict[str, set[str]] = defaultdict(set)
        shorts = _person_short_forms(mentions)
        places = frozenset(m.text for m in mentions if m.label in ("GPE", "LOC"))
        for m in mentions:
            words = m.text.replace("’", "'").split()
            # an ORG the words around call a person ("Yanis Varoufakis, the finance minister")
            person = m.label in ("PERSON", "GAZ") or (m.label == "ORG" and m.where == "person")
            # a full name the model took for a body or a place ("Novak Djokovic" ORG, "Mo
            # Farah" FAC) whose surname the article writes alone as a person's ("Djokovic said")
            person = person or _surname_written(m, words, shorts, places)
            if person and len(words) > 1 and self._names.person_name(words):
                entry = self.lexicon.lookup(m.text)
                if entry is not None and entry.type is not EntityType.PERSON:
                    continue
                label = entry.label if entry else " ".join(words)
                surname = self._names.surname_of(words)
                for key in surname_keys(surname) if surname else ():
                    names[key].add(label)
                if surname and len(words) > 2 and words[-2][:1].isupper():
                    # "Abdel Rahman" after "Rami Abdel Rahman": the last two words of a
                    # name of three or more (a name particle's tail is ``_particle_tails``)
                    names[f"tail2:{' '.join(words[-2:])}"].add(label)
                if len(words) > 2 and words[1][:1].isupper() and words[2][:1].isupper():
                    # "Wan Azizah" after "Wan Azizah Wan Ismail": the first two words of a
                    # name of three or more, all capitalised
                    names[f"head2:{' '.join(words[:2])}"].add(label)
                if entry and (known := self._names.surname_of(entry.label.split())):
                    names[known].add(label)
                if family_first(words):
                    names[words[0]].add(label)  # "Kim" for "Kim Jong-un"
                else:
                    names[f"given:{words[0]}"].add(label)
                # "King Salman bin Abdulaziz", "King Abdullah II" (a gazetteer name whole): a
                # later "King Salman", "King Abdullah"
                lead = 0
                while lead < len(words) - 1 and self._names.given_name_title(words[lead]):
                    lead += 1
                title = words[lead - 1] if lead else m.title
                if self._names.given_name_title(title):
                    names[_titled_key(title, words[lead])].add(label)
                elif m.title and surname:
                    # "President Raul Castro" beside "Fidel Castro": a later "President Castro"
                    names[_titled_key(m.title, surname)].add(label)
        names.update(self._particle_tails(mentions))
        out = {surname: next(iter(v)) for surname, v in names.items() if len(v) == 1}
        # "Mohammadi" in an article on Narges Mohammadi that names "her husband, Taghi
        # Mohammadi": the surname is the one of the two not introduced as a relative
        kin = {m.text for m in mentions if m.where == "kin"}
        for surname, v in names.items():
            if len(v) == 2 and not surname.startswith("given:") and len(v & kin) == 1:
                out[surname] = next(iter(v - kin))
        # a given name two people of the article share blocks the corpus's namesake too
        out.update({k: min(v) for k, v in names.items() if k.startswith("given:")})
        # "Mohammed was sentenced" in an article on Mohamed Soltan: the one person of the
        # article with that given name (in any of its spellings)
        # ("Mohammed Soltan" and "Mohamed Soltan" are one person: each full name counts under
        # the article's main spelling of it)
        spelt = self._spellings(mentions)
        given: dict[str, set[str]] = defaultdict(set)
        for k, v in names.items():
            if k.startswith("given:"):
                given[f"first:{self._key(k[6:])}"] |= {spelt.get(n, n) for n in v}
        out.update({k: next(iter(v)) for k, v in given.items() if len(v) == 1})
        for text, main in spelt.items():
            out.setdefault(text, main)
        out.update(self._long_forms(mentions))
        out.update(self._acronyms(mentions))
        out.update(self._country_heads(mentions))
        cut_short = _short_org_names(mentions, self.lexicon)
        out.update(cut_short)
        # an acronym's name cut short of the article's longer one (``canonical``)
        out.update({f"cut:{short}": name for short, name in cut_short.items() if ":" not in short})
        out.update(self._parties(mentions))
        out.update(self._regions(mentions))
        for word, name in _org_head_words(mentions, self.lexicon).items():
            if name not in out:  # "al-Wefaq Islamic Society" is al-Wefaq already
                out.setdefault(word, name)  # a person's surname keeps its key
        surnames = {k: out[k] for k, v in names.items() if ":" not in k and k in out}
        out.update(self._typos(mentions, out, surnames))
        out.update(self._name_typos(mentions))
        out.update(self._surname_typos(mentions))
        return out

    def _surname_typos(self, mentions: list[SpanMention]) -> dict[str, str]:
        """``near:Daniel Luria`` -> "Daniel Lurie" (``surname_typos``), over the full names
        the model read as people's that no gazetteer knows."""
        written = [
            m.text
            for m in mentions
            if m.label == "PERSON"
            and not _collective(m)
            and " " in m.text
            and self.lexicon.lookup_variant(m.text) is None
        ]
        return surname_typos(written) if len(written) > 1 else {}

    def _particle_tails(self, mentions: list[SpanMention]) -> dict[str, set[str]]:
        """``tail:bin laden`` -> the article's full names that end in name particles and a
        capitalised word after a given name ("Osama bin Laden", "Staffan de Mistura",
        "Ursula von der Leyen"): a later "bin Laden", "De Mistura", "von der Leyen" is that
        one person when the article has one such (``_article_label``). A full name
        the model took for an organisation counts when its particle is written lower case
        between capitalised words ("Staffan de Mistura", not "Banco De Mexico")."""
        tails: dict[str, set[str]] = defaultdict(set)
        for m in mentions:
            words = m.text.replace("’", "'").split()
            key = self._names.particle_tail(words)
            if key is None or _collective(m) or key.count(" ") + 1 >= len(words):
                continue  # a full name: a given name before the particles
            entry = self.lexicon.lookup(m.text)
            if entry is not None and entry.type is not EntityType.PERSON:
                continue
            person = m.label in ("PERSON", "GAZ") or (m.label == "ORG" and m.where == "person")
            given = words[: len(words) - key.count(" ") - 1]
            shaped = (
                m.label in ("ORG", "PERSON_OR_ORG")
                and words[len(given)].islower()
                and all(w[:1].isupper() for w in given)
            )
            if (person or shaped) and self._names.person_name(words):
                tails[key].add(entry.label if entry else " ".join(words))
        return tails

    def _name_typos(self, mentions: list[SpanMention]) -> dict[str, str]:
        """``near:Jharkand`` -> "Jharkhand", ``near:Boka Haram`` -> "Boko Haram": a place's or
        an organisation's name no gazetteer knows, one typo (``one_edit``) in one word from
        exactly one other name of the article: that name, when the gazetteer knows it or the
        article writes it more often (or as often, and first). No person's: two people may
        differ by a letter; a typo the model took for a person counts only when the other
        name is the gazetteer's organisation or place ("Boka Haram")."""
        counts: Counter[str] = Counter()
        labels: dict[str, set[str]] = defaultdict(set)
        order: dict[str, int] = {}
        for i, m in enumerate(mentions):
            text = m.text.replace("’", "'")
            if m.label not in _NAME_TAGS or _collective(m) or m.demonym or m.title:
                continue
            if not capitalised(text):
                continue
            counts[text] += 1
            labels[text].add(m.label)
            order.setdefault(text, i)
        out: dict[str, str] = {}
        # a typo keeps the number of words (``_typo_of``): a name is tried against the names
        # of as many words only, not against every name of the article
        sized: dict[int, list[str]] = defaultdict(list)
        # a typo changes a word's lower-cased length by one at most (``one_edit``), and the
        # other words are the same: names whose words' lengths differ by more are not compared
        lengths = {text: len("".join(text.lower().split())) for text in counts}
        for text in counts:
            sized[len(text.split())].append(text)
        for text in sorted(counts):
            if self.lexicon.lookup_variant(text) is not None or self._demonym_form(text):
                continue
            size = lengths[text]
            near = [
                o
                for o in sized[len(text.split())]
                if o != text and -1 <= lengths[o] - size <= 1 and _typo_of(text, o)
            ]
            if len(near) != 1:
                continue
            other = near[0]
            entry = self.lexicon.lookup_variant(other)
            if entry is not None and entry.type is EntityType.PERSON:
                continue
            if entry is None and (
                labels[text] & _PERSON_TAGS
                or labels[other] & _PERSON_TAGS
                or (counts[other], -order[other]) < (counts[text], -order[text])
            ):
                continue
            out[f"near:{text}"] = entry.label if entry is not None else other
        return out

    def _no_demonym(self, word: str) -> bool:
        """Whether a capitalised word the model read as a nationality is no demonym, faith or
        other name the lexicon knows (a surname: "Rezaian")."""
        return (
            word.isalpha()
            and word.istitle()
            and not self._demonym_form(word)
            and self.lexicon.lookup_variant(word) is None
        )

    def _demonym_form(self, text: str) -> bool:
        """Whether a word is a demonym or its plural ("Nigerian", "Somalis")."""
        low = text.lower()
        return any(self.lexicon.by_demonym.get(w) is not None for w in (low, low.rstrip("s")))

    def _typos(
        self, mentions: list[SpanMention], names: dict[str, str], surnames: dict[str, str]
    ) -> dict[str, str]:
        """``typo:Abudullah`` -> "Tarik al-Abdullah": a one-word person's name of six letters
        or more that no name of the article, the corpus or the gazetteer is, one typo from
        the surname of exactly one person of the article (``one_edit``)."""
        out: dict[str, str] = {}
        for m in mentions:
            word = m.text
            if (
                m.label != "PERSON"
                or m.title
                or _collective(m)
                or len(word) < 6
                or not word.isalpha()
                or not word.istitle()
                or word in names
                or f"typo:{word}" in out
                or self.lexicon.lookup(word) is not None
                or self._surnames.get(word)
            ):
                continue
            near = {full for key, full in surnames.items() if len(key) >= 6 and one_edit(word, key)}
            if len(near) == 1:
                out[f"typo:{word}"] = next(iter(near))
        return out

    def _spellings(self, mentions: list[SpanMention]) -> dict[str, str]:
        """Name -> the article's main spelling of it, for a name written two ways ("Al-Wefaq"
        opening a sentence and "al-Wefaq"; "Abd Rabbu" and "Abd-Rabbu"): the lower-case
        article, then the form written most."""
        forms: dict[str, Counter[str]] = defaultdict(Counter)
        for m in mentions:
            if m.label in _NAME_TAGS and not _collective(m) and capitalised(m.text):
                forms[self._key(m.text.replace("’", "'"))][m.text.replace("’", "'")] += 1
        out: dict[str, str] = {}
        for key, counts in forms.items():
            if len(counts) < 2 or not key:
                continue
            main = max(sorted(counts), key=lambda t: (t[:1].islower(), counts[t]))
            out.update({t: main for t in counts if t != main})
        return out

    def _long_forms(self, mentions: list[SpanMention]) -> dict[str, str]:
        """ "IOM" -> "International Organization for Migration" when the article names one
        organisation whose initials spell it (no brackets needed); "the al-Wefaq Islamic
        Society" -> "al-Wefaq", a name with its kind noun after it."""
        orgs = sorted(
            {m.text for m in mentions if m.label in ("ORG", "GAZ") and not _collective(m)}
        )
        acronyms = sorted(
            {
                m.text
                for m in mentions
                if m.end - m.start == 1
                and m.label in ("ORG", "GAZ", "NORP", "GPE", "PERSON")
                and not _collective(m)
                and is_acronym(m.text)
                and self.lexicon.lookup(m.text) is None
            }
        )
        out = {}
        for acronym, name in long_forms(acronyms, orgs).items():
            entry = self.lexicon.lookup(name)
            out[acronym] = entry.label if entry is not None else name
        # a longer name starts with an organisation's name, not a place's ("UK Independence
        # Party", "China Daily")
        heads = [
            m.text
            for m in mentions
            if not _collective(m)
            and (m.label == "ORG" or m.label == "GAZ")
            and _org_or_unknown(self.lexicon.lookup_variant(m.text))
        ]
        tails = tail_forms(orgs, self._names.kind_nouns, heads)
        for name, short in tails.items():
            if self.lexicon.lookup(name) is None:
                entry = self.lexicon.lookup(short)
                out[name] = entry.label if entry is not None else short
        return out

    def _country_heads(self, mentions: list[SpanMention]) -> dict[str, str]:
        """``part:North`` -> "North Korea": the first word of a two-word country the article
        names, when one country of the article starts with it ("the North" and "the South" in
        an article on North and South Korea)."""
        heads: dict[str, set[str]] = defaultdict(set)
        for m in mentions:
            if m.demonym:
                entry = self.lexicon.by_demonym.get(m.text.lower())
            elif m.country is not None:  # "South Korean officials"
                entry = self.lexicon.country_of_iso(m.country)
            elif m.label in ("GPE", "LOC", "GAZ"):
                entry = self.lexicon.lookup_variant(m.text)
            else:
                continue
            if entry is not None and entry.type is EntityType.COUNTRY:
                words = entry.label.split()
                if len(words) == 2 and words[0] != m.text:
                    heads[words[0]].add(entry.label)
        return {f"part:{w}": next(iter(v)) for w, v in heads.items() if len(v) == 1}

    def _parties(self, mentions: list[SpanMention]) -> dict[str, str]:
        """``party:Conservatives`` -> "Conservative Party": the plural of a party's adjective
        in an article that names the party (``party_plurals``), under the party's label."""
        names = [m.text for m in mentions if not m.title and not m.demonym]
        out = {}
        for plural, party in party_plurals(names, self._names.party_nouns).items():
            entry = self.lexicon.lookup(party)
            out[f"party:{plural}"] = entry.label if entry is not None else party
        return out

    def _regions(self, mentions: list[SpanMention]) -> dict[str, str]:
        """``region:Anbar`` -> "Anbar province": a bare name the article also writes with a
        region noun after it is that area (``region_forms``), or with a site noun that site
        (``site_forms``: "Zaatari" and "the Zaatari camp"); a plural the island group it
        shortens (``island_plurals``: "the Spratlys" and "the Spratly Islands")."""
        names = [
            (m.text, m.where)
            for m in mentions
            if m.label in _PLACE_TAGS and not _collective(m) and not m.title
        ]

        def known(name: str) -> bool:
            return self.lexicon.lookup(name) is not None

        found = region_forms(names, self._names.region_nouns, known)
        sites = self.lexicon.words.places.lists["same_site_nouns"]
        for head, site in site_forms(names, sites, known).items():
            found.setdefault(head, site)  # "in Zaatari" in an article on the Zaatari camp
        # "the Spratlys" in an article on the Spratly Islands
        groups = {w for w in self.lexicon.words.places.lists["island_nouns"] if w.endswith("s")}
        for plural, islands in island_plurals((n for n, _ in names), groups).items():
            found.setdefault(plural, islands)
        out = {f"region:{head}": area for head, area in found.items()}
        out.update(_city_areas(mentions))
        return out

    def _acronyms(self, mentions: list[SpanMention]) -> dict[str, str]:
        """Acronym -> name for "All Progressives Congress (APC)": a one-word upper-case
        mention right after a name (one token between) whose initials it spells."""
        out: dict[str, str] = {}
        for prev, m in pairwise(mentions):
            if (
                m.end - m.start != 1
                or m.start != prev.end + 1
                or not m.text.isupper()
                or prev.label not in ("ORG", "GAZ", "NORP", "FAC")
                or self.lexicon.lookup(m.text) is not None
            ):
                continue
            if len(m.text) >= 2 and m.text in initials(prev.text):
                entry = self.lexicon.lookup(prev.text)
                out.setdefault(m.text, entry.label if entry else prev.text)
        return out

    # -- recording ----------------------------------------------------------------------
    def add(self, label: str, mention: SpanMention, record: Mention) -> str:
        """Record a mention under ``label``; returns the cluster key it was recorded under
        (``label`` itself, except for a plain collective, whose key is its article's, and an
        outlet's name with its media noun, whose key is the bare name: ``_media_bare``)."""
        if mention.label in ("ORG", "GAZ") and not (mention.scoped or mention.demonym):
            label = self._media_bare(label) or label  # "Al Ahram newspaper" is Al Ahram
        display = None
        label_written = label  # a scoped group's own label, before its article's key
        armed = self._armed.get(record.article)
        cues = self.lexicon.cues
        # "unidentified gunmen" are no group the article named; "southern fighters" are a
        # side of their own (read for a scoped mention only: every test below needs one)
        unknown: set[str] = set()
        several: Container[str] = ()
        if mention.scoped:
            unknown = {*cues.get("unknown_doers", {}).get("words", ())}
            unknown |= {*cues.get("other_sides", {}).get("words", ())}
            several = cues.get("several_groups", {}).get("words", ())
        linked = self._linked_kin(mention, record)
        if linked is not None:
            # "the fighters" after "fighters allied to ISIL": those fighters, not ISIL
            label = linked
            mention = replace(mention, canonical=linked, scoped=False, country=None)
        elif (
            mention.scoped
            and mention.canonical is None
            and mention.sector in _ARMED
            and armed
            and not any(w in unknown for w in record.text.lower().split())
            and record.text.lower().split()[-1] not in several  # "the Shia militias"
            and not self._rebels_of_no_country(armed, record.text)
        ):
            # "the rebels", "fighters" after "the Houthis": the armed group the article named
            label, mention = armed, SpanMention(mention.start, mention.end, armed, "GAZ")
        elif (
            mention.scoped
            and mention.canonical is None
            and (kin := self._same_noun(mention, record, unknown)) is not None
        ):
            # "the hostages", "two hostages" after "US hostages": the one collective of that
            # noun the article named
            label = kin
            mention = replace(mention, canonical=kin, scoped=False, country=None)
        elif mention.scoped:
            display, label = self._scoped_key(label, mention, record.article)
        cluster = self.clusters.get(label)
        if cluster is None:
            entry = None if mention.scoped else self.lexicon.lookup(label)
            cluster = self._cluster(label, entry, display)
            self.clusters[label] = cluster
        if mention.sector is not None:
            cluster.country = cluster.country or mention.country
            cluster.sector = cluster.sector or mention.sector
            if mention.country and not mention.scoped and mention.sector not in _PLAIN_KIN:
                noun = record.text.lower().split()[-1]
                self._kin().setdefault((record.article, noun), set()).add(label)
            owner = self.lexicon.country_of_iso(mention.country) if mention.country else None
            if owner is not None and owner.label != label:
                # "US officials", "Israeli troops": the article names the country too
                self.ensure(owner.label, record.article)
        elif mention.country is not None and mention.scoped:
            # "Iraqi tribes": a people's own body of a country, no sector (find_groups)
            cluster.country = cluster.country or mention.country
            owner = self.lexicon.country_of_iso(mention.country)
            if owner is not None:
                self.ensure(owner.label, record.article)
        if cluster.entry is not None and cluster.entry.sector in _ARMED:
            self._armed[record.article] = label
            self._armed_groups().setdefault(record.article, set()).add(label)
        if mention.described:
            cluster.described = True
        if mention.counted:
            cluster.counted = True
        if display is not None:
            forms = vars(cluster).setdefault("forms", Counter())  # a resolver saved before
            forms[label_written] += 1
        cluster.names[record.text] += 1
        self._count(cluster, record)
        self._join(cluster, record.article)
        names = self._names  # (a property: read once)
        votes = self._votes(label, mention, names)
        if votes:  # (a demonym, a surname read in a longer name: no vote)
            # added as ``Counter.update`` adds them, without its Mapping check (an ABC's
            # ``isinstance``) at every mention
            tally = cluster.votes
            for kind, weight in votes.items():
                tally[kind] = weight + tally.get(kind, 0)
        words = label.split()
        surname = names.surname_of(words) if len(words) > 1 else None
        # "Penn State" typed a person lends no "State" ("Secretary of State")
        if cluster.type is EntityType.PERSON and surname and names.person_name(words):
            for key in surname_keys(surname):
                self._surnames[key].add(label)
        if names.given_name_title(mention.title) and len(mention.text.split()) == 1:
            cluster.given = True
        if mention.where in ("org", "city", "area", "place") and len(words) == 1:
            cluster.no_surname = True
        if mention.where == "city":
            cluster.town = True
        return label

    def _rebels_of_no_country(self, armed: str, text: str) -> bool:
        """ "Rebel fighters", "the rebels" after a transnational group ("ISIL"): the press's
        rebels are some country's armed opposition, not that group (``rebel_words``)."""
        cluster = self.clusters.get(armed)
        if cluster is None or cluster.entry is None or cluster.entry.country is not None:
            return False
        words = self.lexicon.cues.get("rebel_words", {}).get("words", ())
        return any(w in words for w in text.lower().split())

    def _armed_groups(self) -> dict[str, set[str]]:
        """Article -> the armed groups it names (a field added after resolvers were saved)."""
        groups: dict[str, set[str]] | None = vars(self).get("_armed_all")
        if groups is None:
            groups = {}
            self._armed_all: dict[str, set[str]] = groups
        return groups

    def _armed_before(self) -> dict[str, str]:
        """ "Rebels advanced on Aden ... the Houthis": bare "rebels" written before the
        article names its one armed group is that group too (after it, ``add`` resolves it
        already); not with a modifier ("southern rebels"), nor in an article naming two
        armed groups."""
        groups = self._armed_groups()
        out: dict[str, str] = {}
        for label, cluster in self.clusters.items():
            shown = cluster.display
            # "rebels", "insurgents" alone: "fighters", "militias" and "gunmen" are as often
            # another side the article does not name as a group
            if not shown or cluster.sector != "REB" or cluster.country is not None:
                continue
            if len(cluster.articles) != 1 or len(shown.split()) != 1:
                continue
            named = groups.get(next(iter(cluster.articles)), set())
            if len(named) == 1:
                out[label] = next(iter(named))
        return out

    def _kin(self) -> dict[tuple[str, str], set[str]]:
        """(article, noun) -> the country collectives of non-state people the article wrote
        with that noun ("US hostages": hostages); a field added after resolvers were saved."""
        kin: dict[tuple[str, str], set[str]] | None = vars(self).get("_kin_nouns")
        if kin is None:
            kin = {}
            self._kin_nouns: dict[tuple[str, str], set[str]] = kin
        return kin

    def _linked_kin(self, mention: SpanMention, record: Mention) -> str | None:
        """The one "<group>-linked <noun>" collective an article named before ("fighters
        allied to ISIL", "al-Shabab-linked militants") that a definite bare plural of its noun
        refers back to ("the fighters", "these militants"), rather than the group itself; a
        linked collective met here is recorded for the ones after it (context47)."""
        kin: dict[tuple[str, str], set[str]] = vars(self).setdefault("_linked_nouns", {})
        canonical = mention.canonical or ""
        head, _, noun = canonical.rpartition(" ")
        if not mention.scoped and mention.sector in _ARMED and head.endswith("-linked"):
            kin.setdefault((record.article, noun.lower()), set()).add(canonical)
            return None
        if not (mention.scoped and mention.canonical is None and mention.definite):
            return None
        words = record.text.lower().split()  # (read for a definite plain collective only)
        if mention.sector not in _ARMED or len(words) != 1:
            return None  # "the fighters", not "the rival fighters"
        owners = kin.get((record.article, words[-1]), set())
        return next(iter(owners)) if len(owners) == 1 else None

    def _same_noun(self, mention: SpanMention, record: Mention, unknown: set[str]) -> str | None:
        """The one country collective of people an article named before with the noun of a
        definite plain collective ("two hostages" after "US hostages"; "the refugees" after
        "Burundian refugees"), unless a modifier marks another side ("local", "rival"); a bare
        plural ("migrants") may be people in general."""
        if mention.sector in _PLAIN_KIN or mention.sector is None or not mention.definite:
            return None
        words = record.text.lower().split()
        others = self.lexicon.cues.get("other_members", {}).get("words", ())
        # "the opposition parties": a word naming the collective's own sector marks no side
        own = {w for w in words if self.lexicon.actors.sector_of(w) == mention.sector}
        if any((w in unknown and w not in own) or w in others for w in words) or any(
            w[:1].isupper() for w in record.text.split()[1:]
        ):
            return None
        owners = self._kin().get((record.article, words[-1]), set())
        return next(iter(owners)) if len(owners) == 1 else None

    def _scoped_key(self, label: str, mention: SpanMention, article: str) -> tuple[str, str]:
        """(display label, cluster key) of a plain collective: one per article and sector (and
        named modifier: "Shia militias"); the display label is its first surface form."""
        named = mention.canonical
        # a country's officials ("senior US diplomats"): one group per article and country;
        # a named side by its modifier ("Shia militias" and "Shia militiamen" are one); a
        # lower-case canonical is a plain collective's label ("protesters" for "thousands of
        # people" who protest)
        side = None
        if named and (named[:1].isupper() or not mention.sector):
            # a group of no sector is its own by its label ("supporters of X", "supporters
            # of Y")
            side = named.split()[0] if mention.sector else named  # a described person: whole
        if mention.side is not None:
            side = f"side:{mention.side}"  # "troops loyal to X", "pro-X fighters": one side
        several = self.lexicon.cues.get("several_groups", {}).get("words", ())
        if side is None and mention.sector in _ARMED and label.lower().split()[-1] in several:
            side = "several"  # "the militias", "rebel groups": not the article's "gunmen"
        advocates = self.lexicon.cues.get("advocate_nouns", {}).get("words", ())
        last = label.lower().split()[-1] if label.split() else ""
        if side is None and last in advocates:
            side = "advocates"  # "activists": not the article's "demonstrators" (act27)
        crowds = self.lexicon.cues.get("protest_nouns", {}).get("words", ())
        if side is None and mention.sector == "OPP" and last in crowds:
            # "protesters" and a crowd that protests (``sides._crowds``): not the article's
            # "opposition parties" (node37)
            side = "side:crowd"
        slot = (article, mention.sector or "", side or mention.country)
        display = self._plain.get(slot)
        if display is None:
            words = label.split()
            display = label if named else " ".join(w for w in words if not w[:1].isdigit())
            self._plain[slot] = display
        return display, f"{display} [{article}]"

    def _cluster(
        self, label: str, entry: GazetteerEntry | None, display: str | None = None
    ) -> Cluster:
        """A new cluster, its articles kept as numbers of the resolver's one table."""
        numbers = vars(self).get("_numbers")
        if numbers is None:  # a resolver saved by an earlier version (its clusters: sets)
            numbers = self._numbers = ArticleNumbers()
        articles = ArticleSet(numbers)
        return Cluster(label, entry, display=display, articles=articles)

    def _media_bare(self, label: str) -> str | None:
        """ "Al Ahram newspaper" -> "Al Ahram", "KCNA news agency" -> "KCNA": an outlet's
        name with its media noun after it (``media_bare_name``) is one node with the bare
        name, whoever wrote the noun (the model, or a rule reading "editor of X newspaper").
        Not when the bare words hold a demonym ("Syrian State TV", "Scottish Sunday Herald
        newspaper"), are a name the lexicon knows ("Hamas TV" is Hamas's channel, not Hamas)
        or a node of another type than an organisation ("Saba" read as a town)."""
        bare = media_bare_name(label.split(), self._names.media_nouns)
        if (
            bare is None
            or self.lexicon.lookup_variant(bare) is not None
            or any(w.lower() in self.lexicon.by_demonym for w in bare.split())
        ):
            return None
        known = self.clusters.get(bare)
        if known is not None and known.type is not EntityType.ORGANIZATION:
            return None
        return bare

    def seed(self, entity: Entity) -> None:
        """Know an entity from an earlier build, so new mentions resolve to it (``kg add``)."""
        cluster = self.clusters.setdefault(
            entity.label, self._cluster(entity.label, self.lexicon.lookup(entity.label))
        )
        cluster.votes[entity.type] += 1000
        for alias in entity.aliases:
            cluster.names[alias] += 0
        words = entity.label.split()
        surname = self._names.surname_of(words) if len(words) > 1 else None
        if entity.type is EntityType.PERSON and surname and self._names.person_name(words):
            self._surnames[surname].add(entity.label)

    def ensure(self, label: str, article: str) -> bool:
        """Know a gazetteer entity an article refers to without naming it ("Kremlin
        spokesman" -> Russia); False when ``label`` is neither known nor in the gazetteer."""
        cluster = self.clusters.get(label)
        if cluster is None:
            entry = self.lexicon.lookup(label)
            if entry is None:
                return False
            cluster = self.clusters[label] = self._cluster(label, entry)
        self._join(cluster, article)
        return True

    def add_reference(self, label: str, record: Mention) -> None:
        """A pronoun or title resolved to ``label``: it counts as a mention, not as a name."""
        cluster = self.clusters.get(label)
        if cluster is None:
            entry = self.lexicon.lookup(label)
            if entry is None:
                return
            cluster = self.clusters[label] = self._cluster(label, entry)
        self._count(cluster, record)
        self._join(cluster, record.article)

    def _count(self, cluster: Cluster, record: Mention) -> None:
        cluster.count += 1
        if record.kind == "name":
            cluster.written[record.text] += 1
        if self.spans:
            cluster.mentions.append(record)

    def _votes(
        self, label: str, mention: SpanMention, names: NameWords
    ) -> defaultdict[EntityType, int]:
        """The types the mention itself votes for, with their weights, in the order given
        (``names``: the resolver's name words, read once by ``add``). A ``defaultdict``
        (made and filled in C): ``add`` adds it as ``Counter.update`` adds a Counter, whose
        own making and missing keys are Python calls, for every mention."""
        votes: defaultdict[EntityType, int] = defaultdict(int)
        if mention.demonym:
            return votes
        words = label.split()  # (read once: every test below asks it)
        if is_acronym(mention.text) and len(words) > 1:
            # "IPL" for the Indian Premier League; "DMZ" for the Demilitarized Zone a place
            place = names.place_name(words)
            votes[EntityType.PLACE if place else EntityType.ORGANIZATION] += 1
            return votes
        if mention.text != label and words[-1].lower() in names.party_nouns:
            return votes  # "the Conservatives" read as the Conservative Party: no group
        # the model's PERSON for a name no person has ("Penn State", "Inside Story") is an
        # organisation's; a title or an apposition still says person
        # (asked only of the model's PERSON: both reads below are of one)
        person = mention.label == "PERSON" and (
            mention.scoped or names.person_name(words)  # key: "X [article]"
        )
        if (
            mention.label in ("ORG", "GPE")
            and len(words) > 1
            # "Baghdadi" of "al-Baghdadi": a glued Arabic article is no part of the surname
            and (mention.text == words[-1] or variant_key(mention.text) == variant_key(words[-1]))
            and not mention.where
        ):
            # "Baghdadi" tagged ORG, read as the surname of "Abu Bakr al-Baghdadi": the
            # reading already says whose name it is; the model's label is no vote
            return votes
        if mention.label in ("GPE", "LOC") and _cut_before_connector(
            label, mention.text, names.name_connectors
        ):
            # "Syrian Observatory" tagged GPE, read as the Syrian Observatory for Human
            # Rights cut short: the reading says whose name it is; no vote for a place
            return votes
        tag = mention.label
        if tag == "LOC" and self._capital(label):
            tag = "GPE"  # "flew to Algiers" tagged LOC: a country's capital is a city
        if tag == "GPE":
            votes[EntityType.CITY] += 1
        elif mention.label == "PERSON" and mention.where in ("city", "area", "place"):
            pass  # "in Jisr al-Shughour", "the town of Garissa": the words say place, not the model
        elif mention.label == "PERSON" and not person:
            votes[EntityType.ORGANIZATION] += 1
        elif mention.label in _LABEL_TYPES:
            votes[_LABEL_TYPES[mention.label]] += 1
        if len(words) > 1 and words[-1] in names.region_nouns:
            votes[EntityType.PLACE] += 2  # "Aceh province", "Khaldiya district": an area
        elif self._names.place_name(words):
            votes[EntityType.PLACE] += 2  # "Tahrir Square", "Sambisa Forest": a place's name
        if mention.title:
            votes[EntityType.PERSON] += 3
        if mention.where in ("person", "kin"):  # "Costas Takkas, who ...", "her husband, X"
            votes[EntityType.PERSON] += 3
        elif mention.where == "org":  # "the Maariv daily"
            votes[EntityType.ORGANIZATION] += 3
        elif mention.where == "city":  # "the town of Garissa"
            votes[EntityType.CITY] += 2
        elif mention.where == "area":  # "the province of Lahj"
            votes[EntityType.PLACE] += 2
        elif mention.where == "goal":  # "fled to Tora Bora", the model's PERSON outvoted
            votes[EntityType.PLACE] += 4
        elif mention.where:
            # "in Garissa", "north of Garissa": a place, a city unless the model said LOC
            votes[EntityType.PLACE if tag in ("LOC", "FAC") else EntityType.CITY] += 2
        if (
            mention.label == "PERSON"
            and len(words) > 1
            and person
            and mention.where not in ("city", "area", "place")
        ):
            votes[EntityType.PERSON] += 2
        return votes

    def _capital(self, label: str) -> bool:
        """Whether ``label`` is a country's capital (``capitals.csv``, kind ``capital``)."""
        seat = self.lexicon.actors.seats.get(label.lower())
        return seat is not None and seat.kind == "capital"

    def add_vote(self, label: str, entity_type: EntityType, weight: int = 1) -> None:
        """A cue seen outside the name itself (a role noun, an apposition)."""
        if label in self.clusters:
            self.clusters[label].votes[entity_type] += weight

    def type_of(self, label: str) -> EntityType:
        cluster = self.clusters.get(label)
        return cluster.type if cluster else EntityType.ORGANIZATION

    def type_in(self, label: str, types: Container[EntityType]) -> bool:
        """Whether the label's type is one of ``types``: the coarse question of a rule that
        needs a class only (a person? a place?). Its answer stays when the corpus moves a
        name between two types of one class (Anbar: City / Place), so a worker's record of
        it holds where the full type would not (``kg.pipeline_records``)."""
        return self.type_of(label) in types

    def sector_in(self, label: str, sectors: Container[str]) -> bool:
        """Whether the label has a cluster whose collective sector is one of ``sectors``:
        the coarse question of a rule that needs a class of sector only (a state force?
        civilians?). A worker's article alone often leaves a gazetteer group's sector unset
        ("Taliban": None, the corpus: REB): "a state sector?" is no in both."""
        cluster = self.clusters.get(label)
        return cluster is not None and cluster.sector in sectors

    def country_in(self, label: str, codes: Container[str | None]) -> bool:
        """Whether the label has a cluster whose country is one of ``codes`` (ISO codes, None
        for none set): the coarse question of a rule that needs the story's country only, not
        the cluster's, which a worker's article alone may leave unset where the corpus set
        it."""
        cluster = self.clusters.get(label)
        return cluster is not None and cluster.country in codes

    def home_country(self, label: str) -> str | None:
        """The ISO code of the label's country: its cluster's ("Kenyan police"), else its
        gazetteer entry's. One code asked, not the cluster's and the entry's apart: a
        worker's article alone leaves a listed group's cluster country unset ("Taliban":
        None, the corpus: AF) where its entry gives the same code."""
        cluster = self.clusters.get(label)
        if cluster is not None and cluster.country is not None:
            return cluster.country
        entry = cluster.entry if cluster is not None else self.lexicon.lookup(label)
        return (entry.iso or entry.country or None) if entry is not None else None

    def plain_collective(self, article: str, sector: str, country: str | None) -> str | None:
        """The cluster label of ``article``'s plain collective of ``sector`` and ``country``
        ("police" in an article about Kenya that never says whose), if it named one."""
        display = self._plain.get((article, sector, country))
        return None if display is None else f"{display} [{article}]"

    def named_in(self, label: str, article: str) -> bool:
        """Whether ``article`` named ``label``: answered alike by a worker's resolver and the
        corpus's (the article's own writes decide it), where whether the label has a
        cluster at all (another article may have made it) is not."""
        cluster = self.clusters.get(label)
        return cluster is not None and article in cluster.articles

    def _join(self, cluster: Cluster, article: str) -> None:
        """``article`` among the cluster's articles; the clusters the latest article joined
        are also kept apart (``_latest``), so ``article_labels`` of the article being read
        need not look at every cluster of the corpus."""
        cluster.articles.add(article)
        numbers = vars(self).get("_numbers")
        if numbers is None:  # a resolver saved by an earlier version
            return
        number = numbers.number(article)
        latest = vars(self).get("_latest")
        if latest is None or number > latest[0]:  # a newer article: the older one's dropped
            joined: dict[str, None] = {}
            latest = self._latest = (number, article, joined)
        if number == latest[0]:
            latest[2][cluster.label] = None

    def article_labels(self, article: str) -> tuple[str, ...]:
        """The labels of the clusters ``article`` named, sorted: what a rule that looks over
        the article's own actors reads (never the whole corpus). Sorted, not in the order
        the clusters were made: that order is the corpus's history (a worker that made
        "Turkey" before "Kurds" and a corpus that made them the other way round hold the
        same set), so a worker's record of the call holds on the driver.

        Only the latest article's are kept apart (rules ask about the article they read, the
        latest joined); any other is found by a pass over every cluster. The latest is exact:
        its list starts at its first join, and the lists only move on to newer articles."""
        latest = vars(self).get("_latest")
        if latest is not None and latest[1] == article:
            return tuple(sorted(latest[2]))
        return tuple(sorted(label for label, c in self.clusters.items() if article in c.articles))

    def written_as(self, label: str, form: str) -> bool:
        """Whether an article wrote ``label`` as ``form`` ("Houthi" for the Houthis): the
        coarse question of a rule that needs a form seen, not how often, so a worker's
        record of it holds where the corpus's counts of the forms differ."""
        cluster = self.clusters.get(label)
        return cluster is not None and form in cluster.written

    def any_name(self, label: str, test: Callable[[str, Lexicon], bool]) -> bool:
        """Whether a name the label's cluster was written under passes ``test`` (a module-level
        function of a name and the lexicon, so a record pickles it by name): the coarse
        question of a rule that needs one such name, not the names. The corpus writes a
        cluster under more names than a worker's article ("SNP" beside "Scottish National
        Party") and more often; the answer seldom moves, so a worker's record of it holds
        where one of the names' counts would not. False for a label with no cluster."""
        cluster = self.clusters.get(label)
        return cluster is not None and any(test(name, self.lexicon) for name in cluster.names)

    def called(self, label: str) -> str:
        """The one word of a person's name the articles call him by ("Nkurunziza",
        "Yingluck"): the word of the label most often written alone (the later one on a
        tie), else the last. One word asked, not the counts: the corpus's counts differ from
        a worker's article's, the word they pick seldom does."""
        words = label.split()
        cluster = self.clusters.get(label)
        written = cluster.written if cluster is not None else None
        if not written:
            return words[-1]
        count, _, word = max((written.get(w, 0), i, w) for i, w in enumerate(words))
        return word if count else words[-1]

    def country_of(self, label: str) -> str | None:
        cluster = self.clusters.get(label)
        entry = cluster.entry if cluster else self.lexicon.lookup(label)
        return entry.country if entry else None

    # -- output -------------------------------------------------------------------------
    def merged(self) -> dict[str, str]:
        """Map from each cluster label to the label it merges into: a surname into the one
        full name of the corpus, spellings of one name into one ("Al-Wefaq", "al-Wefaq"), an
        acronym into the one name an article wrote it for, and two labels of one gazetteer
        entity (the same QID) into one."""
        target: dict[str, str] = {}
        index = article_index(self.clusters)
        for label, cluster in self.clusters.items():
            words = label.split()
            # a place ("in Munich") or a listed organisation ("Ford and General Motors") is
            # no one's surname
            if (
                len(words) == 1
                and cluster.entry is None
                and not cluster.given
                and not cluster.no_surname
            ):
                full = self._corpus_surname(words[0])
                if full and full != label and not namesake_near(self.clusters, index, label, full):
                    target[label] = full
        target.update(self._armed_before())
        target.update(article_kin(self.clusters, self.countries, self.lexicon.cues, target))
        counted = self.lexicon.cues["counted_targets"]
        nouns, apart = frozenset(counted["nouns"]), frozenset(counted["apart"])
        target.update(counted_kin(self.clusters, nouns, apart, target))
        followers = self.lexicon.actors.supporter_nouns
        target.update(follower_kin(self.clusters, followers, target))
        peoples = self.lexicon.actors.group_nouns - followers  # "opponents of X": follower_kin's
        target.update(people_kin(self.clusters, peoples, target))
        members = frozenset(self.lexicon.cues["bloc_members"]["words"])
        target.update(bloc_members(self.clusters, members, target))
        target.update(same_qid(self.clusters))
        named_sites = self.lexicon.words.places.lists["named_site_nouns"]
        target.update(
            corpus_spellings(self.clusters, self.countries, self._key, target, named_sites)
        )
        target.update(corpus_acronyms(self.clusters, index, target))
        target.update(corpus_regions(self.clusters, self._names.region_nouns, target))
        target.update(corpus_towns(self.clusters, self._names.town_nouns, target))
        faiths = [
            *self.lexicon.cues.get("faith_plurals", {}).get("words", ()),
            *self.lexicon.cues.get("people_group_nouns", {}).get("words", ()),
        ]
        nation = self._demonym_word
        target.update(faith_peoples(self.clusters, frozenset(faiths), nation, target))
        sites = self.lexicon.words.places.lists["same_site_nouns"]
        target.update(corpus_sites(self.clusters, sites, target))
        return {label: _follow(target, label) for label in target}

    def entities(self) -> tuple[dict[str, Entity], dict[str, str], dict[str, list[Mention]]]:
        """Final entities by id, the label -> id map, and each entity's mentions (empty
        without ``spans``)."""
        merge = self.merged()
        groups: dict[str, list[Cluster]] = defaultdict(list)
        for label, cluster in self.clusters.items():
            groups[merge.get(label, label)].append(cluster)
        entities: dict[str, Entity] = {}
        ids: dict[str, str] = {}
        spans: dict[str, list[Mention]] = {}
        shown_as: dict[str, str] = {}  # nodes shown as written, not under their label
        for label in sorted(groups):
            members = groups[label]
            head = next(c for c in members if c.label == label) if label in self.clusters else None
            votes: Counter[EntityType] = Counter()
            names: Counter[str] = Counter()
            mentions: list[Mention] = []
            count = 0
            articles: set[str] = set()
            for c in members:
                votes.update(c.votes)
                names.update(c.names)
                mentions.extend(c.mentions)
                count += c.count
                articles.update(c.articles)
            entry = head.entry if head else None
            etype = (
                entry.type
                if entry
                else (
                    max(sorted(votes), key=lambda t: votes[t]) if votes else EntityType.ORGANIZATION
                )
            )
            shown = head.display if head is not None and head.display else label
            if head is not None and head.display:
                shown = _modified_display(shown, members)
                shown = bloc_display(
                    shown, (vars(c).get("forms") or {} for c in members), self.lexicon
                )
            if entry is None and head is not None and head.display is None:
                shown = _shown_collective(shown, members, self.lexicon)
            if entry is not None:
                written: Counter[str] = Counter()
                for c in members:
                    written.update(c.written)
                shown = _written_label(shown, entry, written, self.lexicon.person_titles)
            entity_id = mint_entity_id(label, etype, entry.qid if entry else None)
            aliases = sorted({n for n in names if n != shown} | set(entry.aliases if entry else ()))
            country = entry.country if entry else None
            country = country or next((c.country for c in members if c.country), None)
            sector = entry.sector if entry else None
            sector = sector or next((c.sector for c in members if c.sector), None)
            mentions.sort(key=lambda m: (m.article, m.start))
            entities[entity_id] = Entity(
                id=entity_id,
                label=shown,
                type=etype,
                aliases=tuple(a for a in aliases if a != shown),
                qid=entry.qid if entry else None,
                iso=entry.iso if entry else None,
                country=country,
                sector=sector,
                mentions=count,
                articles=tuple(sorted(articles)),
            )
            if self.spans:
                spans[entity_id] = mentions
            for c in members:
                ids[c.label] = entity_id
            if entry is None and head is not None and head.display is None and shown != label:
                body = generic_body(shown, self.lexicon)
                if body is not None and body[1] is None:  # a bare "Ministry of Justice"
                    shown_as[entity_id] = label
        return _apart(entities, shown_as), ids, spans


def _apart(entities: dict[str, Entity], shown_as: dict[str, str]) -> dict[str, Entity]:
    """Two countries' bodies shown under one written name ("Ministry of Justice" of one
    article's country and of another's) are shown under their labels, which say the
    country ("Thai justice ministry"); ``shown_as``: entity id -> label of the nodes shown
    as written."""
    shown = Counter(e.label.lower() for e in entities.values())
    for entity_id, label in shown_as.items():
        e = entities[entity_id]
        if shown[e.label.lower()] > 1 and e.country:
            aliases = tuple(sorted({*e.aliases, e.label} - {label}))
            entities[entity_id] = replace(e, label=label, aliases=aliases)
    return entities


def _modified_display(display: str, members: list[Cluster]) -> str:
    """An article-scoped group first written as its bare noun ("its fighters", "the
    fighters") is shown as the article names it with its own modifier when it writes one
    modified form of that noun at least twice ("opposition fighters"), as the article's
    reader knows the side; a second modified form ("foreign fighters") keeps the bare noun.

    >>> c = Cluster("fighters [a]", display="fighters")
    >>> c.forms.update({"fighters": 1, "opposition fighters": 3})
    >>> _modified_display("fighters", [c])
    'opposition fighters'
    >>> c.forms.update({"foreign fighters": 2})
    >>> _modified_display("fighters", [c])
    'fighters'
    """
    words = display.split()
    if len(words) != 1 or not display.islower():
        return display
    forms: Counter[str] = Counter()
    for c in members:
        forms.update(vars(c).get("forms", ()) or {})
    modified = {
        f: n
        for f, n in forms.items()
        if f != display
        and f.endswith(f" {display}")
        and all(w.isalpha() and w.islower() for w in f.split())
    }
    if len(modified) != 1:
        return display
    form, count = next(iter(modified.items()))
    return form if count >= 2 else display


def _shown_collective(label: str, members: list[Cluster], lexicon: Lexicon) -> str:
    """A country's sector actor under the form the corpus writes (``written_collective``)."""
    head = next((c for c in members if c.label == label), None)
    if head is None or not head.country or not head.sector:
        return label
    names: Counter[str] = Counter()
    for c in members:
        names.update(c.names)
    body = written_body(label, head.country, names, lexicon)
    if body is not None:
        return body
    return written_collective(label, head.country, head.sector, names, lexicon)


def _written_label(
    label: str, entry: GazetteerEntry, names: Counter[str], titles: tuple[str, ...] = ()
) -> str:
    """The label a gazetteer entity is shown under: its own, unless the corpus never writes
    it; then the alias the corpus writes most, longest first, among those that are another form
    of the label (a shared word; not an acronym, not "Daesh" for "Islamic State"), so that a
    2015 article's "Macedonia" is not shown as "North Macedonia", nor "Kim Jong-un" as "Kim
    Jong Un".

    >>> e = GazetteerEntry("North Macedonia", EntityType.COUNTRY, aliases=("Macedonia",))
    >>> _written_label("North Macedonia", e, Counter({"Macedonia": 3}))
    'Macedonia'
    """
    written = {_fold(n): n for n, count in names.items() if count > 0}
    # written, perhaps after a title or without accents ("President Viktor Orban"), but as
    # whole words: "Nusra Front" inside "al-Nusra Front" is not the label written
    folded = _fold(label)
    fuller = _fuller_name(label, entry, written)
    if fuller is not None:
        return fuller
    if not written or folded in written:
        return label
    # (the pattern is made only when the label is inside a written name at all)
    if any(folded in w for w in written):
        whole = re.compile(rf"(?<![\w'-]){re.escape(folded)}(?![\w'-])")
        if any(whole.search(w) for w in written):
            return label
    starts = tuple(f"{t.lower()} " for t in titles)
    person = entry.type is EntityType.PERSON
    shared = {w.lower() for w in label.replace("-", " ").split()}
    options = [
        a
        for a in entry.aliases
        if _fold(a) in written
        and not a.lower().startswith(starts)  # "Pope Leo" is "Leo XIV" with a title
        and not a.replace(".", "").isupper()  # "US", "UAE": an acronym is not a label
        and a.lower() not in {d.lower() for d in entry.demonyms}  # "Saudi" is an adjective
        and shared & {w.lower() for w in a.replace("-", " ").split()}  # a form, not a new name
        and (not person or len(a.split()) >= len(label.split()) - 1)
        and (not person or len(a.split()) > 1)
    ]
    if not options:
        return label
    best = max(options, key=lambda a: (names[written[_fold(a)]], len(a.split()), a))
    return written[_fold(best)]


def _fuller_name(label: str, entry: GazetteerEntry, written: dict[str, str]) -> str | None:
    """A person's alias the corpus writes that is the label and more of the name after it
    ("Salman bin Abdulaziz Al Saud" for "Salman bin Abdulaziz"): the fullest form written is
    the name the reader meets, and it holds the label whole.

    >>> full = "Tamim bin Hamad Al Thani"
    >>> e = GazetteerEntry("Tamim bin Hamad", EntityType.PERSON, aliases=(full,))
    >>> _fuller_name("Tamim bin Hamad", e, {full.lower(): full})
    'Tamim bin Hamad Al Thani'
    >>> _fuller_name("Tamim bin Hamad", e, {"tamim bin hamad": "Tamim bin Hamad"}) is None
    True
    """
    if entry.type is not EntityType.PERSON:
        return None
    start = f"{_fold(label)} "
    longer = [
        written[_fold(a)]
        for a in entry.aliases
        if _fold(a) in written and _fold(a).startswith(start)
    ]
    return max(longer, key=lambda a: (len(a.split()), a)) if longer else None


def _fold(text: str) -> str:
    """Lower case without accents: "Orbán" and "Orban" are one spelling."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Arabic articles glued to a surname: "al-Zamili" is "Zamili" on second mention
_ARTICLES = ("al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "ath-")


@dataclass(slots=True)
class _LeftOut:
    """What ``Resolver._kind_noun_left_out`` keeps for one lexicon: its kind nouns
    capitalised in order; the gazetteer keys (``lookup_variant``'s two tables) of every name
    ending in one of them, that last word cut off, so that words no such key starts with are
    answered without a lookup per kind noun; and the answer for each name's words."""

    lexicon: Lexicon
    kinds: tuple[str, ...]
    alias_heads: frozenset[str]
    variant_heads: frozenset[str]
    sizes: tuple[int, int]  # of the two tables when the heads were read
    found: dict[tuple[str, ...], GazetteerEntry | None] = field(default_factory=dict)

    @classmethod
    def of(cls, lexicon: Lexicon, kind_nouns: frozenset[str]) -> _LeftOut:
        """The record for this lexicon and its kind nouns, the answers not yet asked."""
        kinds = tuple(kind.capitalize() for kind in sorted(kind_nouns))
        return cls(
            lexicon,
            kinds,
            _heads(lexicon.by_alias, {alias_key(k) for k in kinds}),
            _heads(lexicon.by_variant, {variant_key(k) for k in kinds}),
            (len(lexicon.by_alias), len(lexicon.by_variant)),
        )

    def made_for(self, lexicon: Lexicon) -> bool:
        """Made for this lexicon, its tables as they are now."""
        return self.lexicon is lexicon and self.sizes == (
            len(lexicon.by_alias),
            len(lexicon.by_variant),
        )

    def may_name(self, words: list[str]) -> bool:
        """Whether the words and some kind noun may be a gazetteer name: False only when
        neither table has a key of these words' key and a kind noun (a key of words and
        one more word is the words' key, a space and the word's key, but where the words'
        key is empty or a lone "the")."""
        text = " ".join(words)
        written = " ".join(text.lower().replace("’", "'").split())
        variant = variant_key(text)
        if written in ("", "the") or not variant:
            return True
        return alias_key(text) in self.alias_heads or variant in self.variant_heads


def _heads(keys: Iterable[str], tails: set[str]) -> frozenset[str]:
    """The keys of several words whose last word is one of ``tails``, that word cut off."""
    heads = set()
    for key in keys:
        head, _, last = key.rpartition(" ")
        if head and last in tails:
            heads.add(head)
    return frozenset(heads)


# id of a lexicon -> what ``Resolver._kind_noun_left_out`` keeps for it
_LEFT_OUT: dict[int, _LeftOut] = {}


def surname_keys(word: str) -> tuple[str, ...]:
    """The keys a surname is known by: itself, and without a glued Arabic article.

    >>> surname_keys("al-Zamili"), surname_keys("Hadi")
    (('al-Zamili', 'Zamili'), ('Hadi',))
    """
    lower = word.lower()
    for article in _ARTICLES:
        if lower.startswith(article) and len(word) > len(article) + 1:
            return word, word[len(article) :]
    return (word,)


def family_first(words: list[str]) -> bool:
    """A Korean name, family name first: "Kim Jong-un", "Hyon Yong-chol" (a two-part given
    name joined by a hyphen, the second part lower case).

    >>> family_first(["Kim", "Jong-un"]), family_first(["Abd-Rabbu", "Hadi"])
    (True, False)
    """
    if len(words) != 2 or not words[0].isalpha():
        return False
    given = words[1].split("-")
    return len(given) == 2 and given[0][:1].isupper() and given[1][:1].islower()


def _short_org_names(mentions: list[SpanMention], lexicon: Lexicon) -> dict[str, str]:
    """ "Security Council" -> "UN Security Council": a name of two or more words that ends
    exactly one longer organisation name of the article is that organisation, cut short;
    so is one that starts it before a name connector ("Syrian Observatory" of "the Syrian
    Observatory for Human Rights": ``name_connectors`` in ``names.json``), also where the
    model read the short form as a place (key ``short:<name>``)."""
    orgs = {m.text for m in mentions if m.label in ("ORG", "GAZ") and not m.canonical}
    longest = orgs | {
        m.text for m in mentions if m.label in ("LOC", "FAC") and not _collective(m)
    }  # "the Syrian Observatory for Human Rights" read as a place
    connectors = name_words(lexicon.language).name_connectors
    out: dict[str, str] = {}
    for short in orgs:
        if len(short.split()) < 2 or lexicon.lookup(short) is not None:
            continue
        longer = {o for o in orgs if o != short and o.endswith(f" {short}")}
        longer |= {
            o
            for o in longest
            if o.startswith(f"{short} ") and o[len(short) + 1 :].split()[0] in connectors
        }
        if len(longer) == 1:
            name = next(iter(longer))
            entry = lexicon.lookup(name)
            out[short] = entry.label if entry is not None else name
    # the short form read as a place ("the Syrian Observatory reported" tagged GPE): only
    # the start of a longer organisation name before a connector, under its own key
    for short in {m.text for m in mentions if m.label in ("GPE", "LOC") and not _collective(m)}:
        if len(short.split()) < 2 or short in orgs or lexicon.lookup(short) is not None:
            continue
        longer = {o for o in orgs if _cut_before_connector(o, short, connectors)}
        if len(longer) == 1:
            name = next(iter(longer))
            entry = lexicon.lookup(name)
            out[f"short:{short}"] = entry.label if entry is not None else name
    return out


def _cut_before_connector(name: str, short: str, connectors: frozenset[str]) -> bool:
    """Whether ``short`` is ``name`` cut before a name connector ("Syrian Observatory" of
    "Syrian Observatory for Human Rights")."""
    return name.startswith(f"{short} ") and name[len(short) + 1 :].split()[0] in connectors


def _org_head_words(mentions: list[SpanMention], lexicon: Lexicon) -> dict[str, str]:
    """ "Amnesty" -> "Amnesty International", "Xinhua" -> "Xinhua News Agency", "Post" ->
    "Washington Post": one word the model tagged an organisation that starts or ends exactly
    one longer organisation name of the article. An acronym ("UNESCO" before "UNESCO World
    Heritage Site"), a place ("Dhaka" before "Dhaka University") or a known name is itself."""
    orgs = {m.text for m in mentions if m.label in ("ORG", "GAZ") and not _collective(m)}
    out: dict[str, str] = {}
    for m in mentions:
        word = m.text
        if (
            m.label != "ORG"
            or _collective(m)
            or len(word.split()) != 1
            or word.isupper()
            or lexicon.lookup(word) is not None
            or alias_key(word) in lexicon.actors.seats
            or word.lower() in lexicon.by_demonym
        ):
            continue
        places = {x.text for x in mentions if x.label in ("GPE", "LOC")}
        longer = {o for o in orgs if _starts_or_ends(o.split(), word) and word not in places}
        if len(longer) == 1:
            name = next(iter(longer))
            entry = lexicon.lookup(name)
            out[word] = entry.label if entry is not None else name
    out.update({w: n for w, n in _company_words(mentions, lexicon, orgs).items() if w not in out})
    return out


def _company_words(mentions: list[SpanMention], lexicon: Lexicon, orgs: set[str]) -> dict[str, str]:
    """ "Skyworks" -> "Skyworks Solutions Inc", "Avago" -> "Avago Technologies Ltd": the
    first word of exactly one company name of the article (its last word a legal form:
    ``company_suffixes`` in ``names.json``), written alone, whatever the model read it as
    (a person's name, a place's). Not a name the gazetteer knows, a demonym, a seat, the
    surname of a person of the article ("Ford" beside "Henry Ford"), nor a word the article
    writes as a place ("police in Sylhet")."""
    suffixes = name_words(lexicon.language).company_suffixes
    firsts: dict[str, set[str]] = defaultdict(set)
    for name in orgs:
        words = name.split()
        if len(words) > 1 and words[-1].lower().rstrip(".") in suffixes:
            firsts[words[0]].add(name)
    if not firsts:
        return {}
    surnames = {
        m.text.split()[-1]
        for m in mentions
        if m.label in _PERSON_TAGS and len(m.text.split()) > 1 and m.text not in orgs
    }
    # a word the article also writes as a place ("police in Sylhet") is the place
    surnames |= {m.text for m in mentions if m.where in ("city", "area", "place", "toward")}
    out: dict[str, str] = {}
    for m in mentions:
        word = m.text
        names = firsts.get(word)
        if (
            names is None
            or len(names) != 1
            or m.label not in _NAME_TAGS
            or _collective(m)
            or m.demonym
            or word in surnames
            or lexicon.lookup(word) is not None
            or alias_key(word) in lexicon.actors.seats
            or word.lower() in lexicon.by_demonym
        ):
            continue
        name = next(iter(names))
        entry = lexicon.lookup(name)
        out[word] = entry.label if entry is not None else name
    return out


def _starts_or_ends(words: list[str], word: str) -> bool:
    """ "Amnesty International" starts with Amnesty, "the Washington Post" ends with Post; a
    score ("Chelsea 1-1 Liverpool") is no name, and "Government of Zanzibar" does not end
    with a name of its own."""
    if len(words) < 2 or not all(w[:1].isalpha() for w in words):
        return False
    return words[0] == word or (words[-1] == word and not words[-2].islower())


_NAME_TAGS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "GAZ", "PERSON_OR_ORG"})
# the model's tags of a place's name (an area's name is sometimes a PERSON or ORG)
_PERSON_TAGS = frozenset({"PERSON", "PERSON_OR_ORG"})
_PLACE_TAGS = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON", "GAZ"})


def _city_areas(mentions: list[SpanMention]) -> dict[str, str]:
    """``area:Hasakah`` -> "Hasakah province": an area named after an admin noun and "of"
    ("the province of Hasakah") whose name the article also makes a city ("the city of
    Hasakah", "Hasakah city") is the area of its own, apart from the city it is named for.

    >>> areas = [SpanMention(0, 1, "Hasakah", "GPE", where="area", noun="province"),
    ...          SpanMention(5, 6, "Hasakah", "GPE", where="city")]
    >>> _city_areas(areas)
    {'area:Hasakah': 'Hasakah province'}
    >>> _city_areas(areas[:1])
    {}
    """
    cities = {m.text for m in mentions if m.where == "city"}
    cities |= {m.text.rsplit(" ", 1)[0] for m in mentions if m.text.endswith(" city")}
    out: dict[str, str] = {}
    for m in mentions:
        if m.where == "area" and m.noun is not None and m.text in cities:
            out.setdefault(f"area:{m.text}", f"{m.text} {m.noun}")
    return out


def _org_or_unknown(entry: GazetteerEntry | None) -> bool:
    return entry is None or entry.type in (EntityType.ORGANIZATION, EntityType.GROUP)


def _collective(m: SpanMention) -> bool:
    """A mention that is no written name of its own (a collective, a demonym, a metonym)."""
    return bool(m.canonical or m.demonym or m.scoped or m.sector)


def _person_short_forms(mentions: list[SpanMention]) -> frozenset[str]:
    """The names of one or two words an article writes as a person's (the model's PERSON
    label, no collective): the surnames ("Djokovic") and short forms ("Goodson Jr") a full
    name of the article may be known by."""
    return frozenset(
        m.text.replace("’", "'")
        for m in mentions
        if m.label == "PERSON" and not _collective(m) and len(m.text.split()) <= 2
    )


def _surname_written(
    m: SpanMention, words: list[str], shorts: frozenset[str], places: frozenset[str]
) -> bool:
    """Whether a name of two to four capitalised words that the model read as no person
    is a person's full name by the article's own evidence: its last word, or its last two,
    written alone and read as a person ("Novak Djokovic" ORG beside "Djokovic said"). Not a
    collective, a titled name (read as written), one the words around make a place or a
    body ("in Munich" is no surname of Bayern Munich), nor one whose first word the article
    names as a place ("Chicago Blackhawks" beside "Chicago": a team)."""
    return (
        m.label not in ("PERSON", "GAZ", "NORP")
        and not _collective(m)
        and not m.title
        and m.where not in ("city", "area", "place", "org", "toward", "goal")
        and 1 < len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and words[0] not in places
        and (words[-1] in shorts or (len(words) > 2 and " ".join(words[-2:]) in shorts))
    )


def _titled_key(title: str | None, name: str) -> str:
    """The key of a given name under its title in an article's names ("king:Salman")."""
    return f"{(title or '').lower().split()[-1]}:{name}"


def _follow(target: dict[str, str], label: str) -> str:
    """Where ``label`` ends after every merge (surname -> full name -> its spelling)."""
    seen = {label}
    while label in target and target[label] not in seen:
        label = target[label]
        seen.add(label)
    return label


class _Either:
    """Membership in either of two containers, without building their union."""

    __slots__ = ("first", "second")

    def __init__(self, first: Container[str], second: Container[str]) -> None:
        self.first = first
        self.second = second

    def __contains__(self, item: object) -> bool:
        return item in self.first or item in self.second


def _typo_of(text: str, other: str) -> bool:
    """Whether two names differ by one typo in one word of the same place: a word of four
    letters or more inside a longer name, of seven or more alone; a plural's "s" is no typo.

    >>> _typo_of("Boka Haram", "Boko Haram"), _typo_of("Jharkand", "Jharkhand")
    (True, True)
    >>> _typo_of("Islamic States", "Islamic State"), _typo_of("Iran", "Iraq")
    (False, False)
    """
    words, others = text.split(), other.split()
    if len(words) != len(others):
        return False
    diff = [(a, b) for a, b in zip(words, others, strict=True) if a != b]
    if len(diff) != 1:
        return False
    a, b = diff[0]
    shortest = 7 if len(words) == 1 else 4
    if min(len(a), len(b)) < shortest or not (a.isalpha() and b.isalpha()):
        return False
    if a.lower().rstrip("s") == b.lower().rstrip("s"):
        return False
    return one_edit(a, b)
