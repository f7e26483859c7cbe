"""Relation extraction: typed, qualified claims from parsed paragraphs whose tokens have been
linked to entities. Rules read the dependency parse; the words they react to are data.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from kg.dates import resolve_date
from kg.lexicon import Lexicon, Trigger
from kg.resolve import ACTOR_TYPES, PLACE_TYPES, Resolver
from kg.vocab import EntityType, Family, Predicate, Status

_PRONOUNS = frozenset({"he", "him", "his", "she", "her"})
_SUBJ = ("nsubj", "csubj")
_OBJ_PREPS = frozenset({"with", "between", "against", "among", "to", "on"})
_CLAUSE_EDGES = frozenset({"relcl", "ccomp", "advcl", "parataxis"})
_INSTITUTIONS = frozenset(
    {
        "side",
        "government",
        "authorities",
        "administration",
        "ministry",
        "army",
        "military",
        "regime",
        "cabinet",
        "parliament",
        "navy",
        "police",
        "leadership",
        "delegation",
    }
)
_SPAN_PREPS = frozenset({"since", "until", "till", "before", "after", "by"})
_QUOTE = re.compile(r"“([^”]{3,})”|\"([^\"]{3,})\"")


@dataclass(frozen=True, slots=True)
class Draft:
    """A relation before entity ids are final: endpoints are cluster labels."""

    subject: str
    predicate: Predicate
    object: str | None
    status: Status
    date: str | None
    place: str | None
    title: str | None
    cameo: str | None
    sentence: tuple[int, int]  # char span in the article's cleaned text
    confidence: float
    value: str | None = None


@dataclass
class Paragraph:
    """A parsed paragraph with its offset in the cleaned text and its token -> entity links."""

    doc: Any
    offset: int
    links: dict[int, str] = field(default_factory=dict)
    _dates: dict[int, list[Any]] | None = None
    _tokens: list[Any] | None = None

    _text: str | None = None

    @property
    def text(self) -> str:
        """The Doc's text, made once (``Doc.text`` joins every token on each call)."""
        if self._text is None:
            self._text = str(self.doc.text)
        return self._text

    @property
    def tokens(self) -> list[Any]:
        """The Doc's tokens, made once: iterating a Doc builds new Token objects each time."""
        if self._tokens is None:
            self._tokens = list(self.doc)
        return self._tokens

    def dates(self, sent: Any) -> list[Any]:
        """DATE entities of a sentence (indexed once: Span.ents scans the whole Doc)."""
        if self._dates is None:
            self._dates = {}
            for ent in self.doc.ents:
                if ent.label_ == "DATE":
                    self._dates.setdefault(ent.sent.start, []).append(ent)
        return self._dates.get(sent.start, [])


class Extractor:
    """Applies the relation rules to one article's paragraphs."""

    def __init__(self, lexicon: Lexicon, resolver: Resolver, published: str | None) -> None:
        self.lx = lexicon
        self.resolver = resolver
        self.published = published
        self.cues = lexicon.cues
        self.role_holders: dict[tuple[Predicate, str], str] = {}
        self.place_country: dict[str, str] = {}

    # -- entity access --------------------------------------------------------------------
    def ents(
        self, para: Paragraph, token: Any, depth: int = 0, adjectives: bool = False
    ) -> list[str]:
        """Entities a token stands for, following coordination and appositions.

        A demonym adjective ("the Russian leader") stands for its country only when
        ``adjectives`` is set (the owner of an event noun: "the Russian attack").
        """
        if depth > 6:
            return []
        found: list[str] = []
        label = para.links.get(token.i)
        if label is not None and (adjectives or not (token.pos_ == "ADJ" and token.dep_ == "amod")):
            found.append(label)
        elif label is None and token.lemma_.lower() in _INSTITUTIONS:
            # "the Sudanese government", "Russia's army", "the Turkish side" act for their owner
            found.extend(
                para.links[c.i]
                for c in token.children
                if c.dep_ in ("poss", "compound", "amod") and c.i in para.links
            )
        for child in token.children:
            if child.dep_ in ("conj", "appos") or (
                child.dep_ == "nmod" and child.i in para.links and label is None
            ):
                found.extend(self.ents(para, child, depth + 1))
        return list(dict.fromkeys(found))

    def etype(self, label: str) -> EntityType:
        return self.resolver.type_of(label)

    # -- coreference ------------------------------------------------------------------------
    def link_titles(self, para: Paragraph) -> None:
        """Definite titles ("the Russian leader", "Russia's president") -> the role holder."""
        for token in para.tokens:
            if token.i in para.links or token.lemma_.lower() not in self.lx.roles:
                continue
            if self.lx.roles[token.lemma_.lower()] is not Predicate.LEADER_OF:
                continue
            country = None
            for child in token.children:
                if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i in para.links:
                    label = para.links[child.i]
                    if self.etype(label) is EntityType.COUNTRY:
                        country = label
            has_det = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            poss = any(c.dep_ == "poss" for c in token.children)
            if country is None or not (has_det or poss) or token.tag_ in ("NNS", "NNPS"):
                continue
            holder = self.role_holders.get(
                (Predicate.LEADER_OF, country)
            ) or self._gazetteer_holder(country)
            if holder is not None:
                para.links[token.i] = holder
                self._reference(para, token, holder, "title")

    def _gazetteer_holder(self, country: str) -> str | None:
        for entry in self.lx.entries:
            for role in entry.roles:
                if role.predicate is Predicate.LEADER_OF and role.object == country:
                    return entry.label
        return None

    def link_pronouns(self, paras: list[Paragraph]) -> None:
        """He/she/his/her -> the most recent person, preferring a subject, in the paragraph
        (or the last person subject of the paragraph before when the paragraph has none)."""
        carry: str | None = None
        for para in paras:
            last_person: str | None = None
            last_subject: str | None = None
            sent_subject: dict[int, str] = {}
            for token in para.tokens:
                label = para.links.get(token.i)
                if label is not None and self.etype(label) is EntityType.PERSON:
                    last_person = label
                    if token.dep_ in ("nsubj", "nsubjpass"):
                        last_subject = label
                        sent_subject[token.sent.start] = label
                    continue
                if token.lower_ in _PRONOUNS and token.pos_ == "PRON":
                    target = sent_subject.get(token.sent.start) or last_subject or last_person
                    target = target or carry
                    if target is not None:
                        para.links[token.i] = target
                        self._reference(para, token, target, "pronoun")
            carry = last_subject or last_person or carry

    # -- roles ----------------------------------------------------------------------------
    def title_roles(self, para: Paragraph) -> Iterator[Draft]:
        """Titles before names: "Ukrainian President Volodymyr Zelensky"."""
        for token in para.tokens:
            label = para.links.get(token.i)
            if label is not None and token.pos_ != "PRON" and self._is_name_start(para, token):
                yield from self._title_before(para, token, label)

    def appositions(self, para: Paragraph) -> Iterator[Draft]:
        """Appositions: "Yuri Ushakov, the Russian leader's foreign policy adviser", and the
        reverse, "Russia's foreign minister, Sergei Lavrov"."""
        for token in para.tokens:
            label = para.links.get(token.i)
            if label is None or token.pos_ == "PRON":
                continue
            for child in token.children:
                if child.dep_ == "appos" and child.i not in para.links:
                    yield from self._role_noun(para, child, label, token)
            if token.dep_ == "appos" and token.head.i not in para.links:
                yield from self._role_noun(para, token.head, label, token)

    def _is_name_start(self, para: Paragraph, token: Any) -> bool:
        return token.i == 0 or para.links.get(token.i - 1) != para.links.get(token.i)

    def _title_before(self, para: Paragraph, token: Any, person: str) -> Iterator[Draft]:
        if self.etype(person) is not EntityType.PERSON:
            return
        i = token.i - 1
        title_words: list[Any] = []
        while i >= 0 and len(title_words) < 4:
            word = para.tokens[i]
            capitalised = word.text[:1].isupper()
            if word.i in para.links or not (capitalised or word.pos_ in ("NOUN", "ADJ")):
                break
            title_words.insert(0, word)
            i -= 1
        # strip honorifics that are not roles ("Sheikh")
        while title_words and self._role_of(" ".join(w.text for w in title_words)) is None:
            title_words = title_words[1:]
        if not title_words or i < 0 or i not in para.links:
            return
        title = " ".join(w.text for w in title_words)
        predicate = self._role_of(title)
        country = para.links[i]
        if predicate is None or self.etype(country) not in (
            EntityType.COUNTRY,
            EntityType.ORGANIZATION,
        ):
            return
        self.role_holders.setdefault((predicate, country), person)
        yield self._draft(para, token, person, predicate, country, title=title, confidence=0.85)

    def _role_of(self, title: str) -> Predicate | None:
        key = title.lower()
        if key in self.lx.roles:
            return self.lx.roles[key]
        last = key.split()[-1] if key else ""
        if key.split() and last in self.lx.roles and all(w.isalpha() for w in key.split()):
            return self.lx.roles[last]
        return None

    def _role_noun(self, para: Paragraph, noun: Any, person: str, anchor: Any) -> Iterator[Draft]:
        if self.etype(person) is not EntityType.PERSON:
            return
        skip = {
            t.i for c in noun.children if c.dep_ in ("poss", "det", "predet") for t in c.subtree
        }
        words = [
            t
            for t in noun.subtree
            if t.i < noun.i
            and t.i not in skip
            and t.i not in para.links
            and t.dep_ in ("compound", "amod", "nmod")
        ]
        title_key = " ".join([*(w.lower_ for w in words), noun.lower_])
        predicate = self._role_of(title_key) or self.lx.roles.get(noun.lemma_.lower())
        if predicate is None:
            return
        target: str | None = None
        title_of = None
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    phrase = f"{noun.lower_} of {pobj.lower_}"
                    if pobj.dep_ == "pobj" and phrase in self.lx.roles:
                        predicate, title_of = self.lx.roles[phrase], f"{noun.text} of {pobj.text}"
        for child in noun.children:
            if title_of and child.dep_ == "prep" and child.lower_ == "of":
                continue
            if child.dep_ in ("poss", "compound", "amod", "nmod") and child.i in para.links:
                target = para.links[child.i]
            elif child.dep_ == "prep" and child.lower_ in ("of", "to", "for"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = self.ents(para, pobj)
                        target = found[0] if found else self._org_from_chunk(para, pobj)
        if target is None or target == person:
            return
        self.resolver.add_vote(person, EntityType.PERSON, 2)
        title = " ".join(w.text for w in words if w.dep_ != "poss") + (" " if words else "")
        title = (title + (title_of or noun.text)).strip()
        if predicate is Predicate.LEADER_OF:
            self.role_holders.setdefault((predicate, target), person)
        yield self._draft(para, anchor, person, predicate, target, title=title, confidence=0.9)

    def _org_from_chunk(self, para: Paragraph, noun: Any) -> str | None:
        """An organisation named by a noun phrase with a named owner ("Russia's wealth fund")."""
        if noun.pos_ not in ("NOUN", "PROPN"):
            return None
        tokens = [t for t in noun.subtree if t.dep_ not in ("det", "punct", "prep", "relcl", "cc")]
        tokens = [t for t in tokens if t.i <= noun.i]
        if not any(t.i in para.links for t in tokens) or len(tokens) < 2:
            return None
        text = para.text[tokens[0].idx : noun.idx + len(noun.text)].replace("’", "'")
        from kg.entities import SpanMention

        mention = SpanMention(tokens[0].i, noun.i + 1, text, "ORG")
        self._record(para, mention, text)
        return str(text)

    def _record(self, para: Paragraph, mention: Any, label: str) -> None:
        from kg.model import Mention

        start = para.offset + para.doc[mention.start].idx
        last = para.doc[mention.end - 1]
        end = para.offset + last.idx + len(last.text)
        self.resolver.add(label, mention, Mention(self.article_id, start, end, mention.text, label))
        for i in range(mention.start, mention.end):
            para.links[i] = label

    article_id = ""

    def _reference(self, para: Paragraph, token: Any, label: str, kind: str) -> None:
        from kg.model import Mention

        start = para.offset + token.idx
        record = Mention(self.article_id, start, start + len(token.text), token.text, label, kind)
        self.resolver.add_reference(label, record)

    # -- places ---------------------------------------------------------------------------
    def located_in(self, para: Paragraph) -> Iterator[Draft]:
        """ "Geneva, Switzerland" -> Geneva located_in Switzerland."""
        tokens = para.tokens
        for token in tokens[:-2]:
            label = para.links.get(token.i)
            if label is None or para.links.get(token.i + 1) == label:
                continue
            if tokens[token.i + 1].text != ",":
                continue
            country = para.links.get(token.i + 2)
            if country is None or country == label:
                continue
            inner, outer = self.etype(label), self.etype(country)
            if inner not in (EntityType.CITY, EntityType.PLACE):
                continue
            if outer is EntityType.COUNTRY:
                self.place_country[label] = country
                yield self._draft(para, token, label, Predicate.LOCATED_IN, country, 0.9)
            elif outer in (EntityType.CITY, EntityType.PLACE) and self._closes(
                para, country, token.i + 2
            ):
                # "Aiken, S.C." / "Pasadena, Calif.": a region after a town, not a list
                yield self._draft(para, token, label, Predicate.LOCATED_IN, country, 0.7)
        yield from self._capital_of(para)
        yield from self._based_in(para)

    def _based_in(self, para: Paragraph) -> Iterator[Draft]:
        """Where an organisation is: "Israel's Labor Party", "the Soviet Navy", "Acme Corp. of
        Boston", "a Paris-based bank", "the agency, based in Geneva"."""
        seen: set[str] = set()
        for token in para.tokens:
            org = para.links.get(token.i)
            if org is None or org in seen or self.etype(org) is not EntityType.ORGANIZATION:
                continue
            if token.head.i in para.links and para.links[token.head.i] == org:
                continue  # only the root of the mention
            places: list[str] = []
            for child in token.children:
                where = para.links.get(child.i)
                if child.dep_ in ("poss", "compound", "amod") and where and where != org:
                    places.append(where)
                elif child.dep_ == "prep" and child.lower_ == "of":
                    places += [
                        para.links[p.i]
                        for p in child.children
                        if p.dep_ == "pobj" and p.i in para.links
                    ]
                elif child.lemma_.lower() == "base":
                    for prep in child.children:
                        if prep.dep_ == "prep" and prep.lower_ == "in":
                            places += [
                                para.links[p.i]
                                for p in prep.children
                                if p.dep_ == "pobj" and p.i in para.links
                            ]
            for where in dict.fromkeys(places):
                if where != org and self.etype(where) in PLACE_TYPES:
                    seen.add(org)
                    yield self._draft(para, token, org, Predicate.LOCATED_IN, where, 0.6)

    def _closes(self, para: Paragraph, label: str, start: int) -> bool:
        """The mention starting at ``start`` ends its phrase (no list continues after it)."""
        end = start
        while end < len(para.tokens) and para.links.get(end) == label:
            end += 1
        if end >= len(para.tokens):
            return True
        after = para.tokens[end]
        if after.lower_ in ("and", "or"):
            return False
        if after.text == "," and end + 1 < len(para.tokens):
            return para.links.get(end + 1) is None and para.tokens[end + 1].lower_ not in (
                "and",
                "or",
            )
        return True

    def _capital_of(self, para: Paragraph) -> Iterator[Draft]:
        """ "Yerevan, the capital of Armenia" -> Yerevan located_in Armenia."""
        for token in para.tokens:
            label = para.links.get(token.i)
            if label is None or self.etype(label) is EntityType.COUNTRY:
                continue
            for appos in token.children:
                if appos.dep_ != "appos" or appos.lemma_.lower() not in ("capital", "city", "town"):
                    continue
                for prep in appos.children:
                    if prep.dep_ == "prep" and prep.lower_ in ("of", "in"):
                        for pobj in prep.children:
                            outer = para.links.get(pobj.i)
                            if outer and outer != label and self.etype(outer) in PLACE_TYPES:
                                # being "the capital of" a place makes it a city, whatever
                                # the model said
                                self.resolver.add_vote(label, EntityType.CITY, 5)
                                yield self._draft(
                                    para, token, label, Predicate.LOCATED_IN, outer, 0.85
                                )

    # -- interactions ---------------------------------------------------------------------
    def interactions(self, para: Paragraph) -> Iterator[Draft]:
        for token in para.tokens:
            lemma = token.lemma_.lower()
            if token.pos_ == "VERB" and lemma in self.lx.verb_triggers:
                yield from self._verb(para, token, self.lx.verb_triggers[lemma])
            elif token.pos_ in ("NOUN", "PROPN") and lemma in self.lx.noun_triggers:
                yield from self._noun(para, token, self.lx.noun_triggers[lemma])

    def _subjects(self, para: Paragraph, verb: Any) -> list[str]:
        node = verb
        for _ in range(5):
            deps = _SUBJ if node == verb else (*_SUBJ, "nsubjpass")
            subjects = [c for c in node.children if c.dep_ in deps]
            if subjects:
                found: list[str] = []
                for s in subjects:
                    if s.lower_ in ("who", "that", "which") and node.dep_ == "relcl":
                        found.extend(self._antecedent(para, node.head))
                    else:
                        found.extend(self.ents(para, s))
                return found
            agents = [c for c in node.children if c.dep_ == "agent"]
            if agents and node == verb:
                return [
                    e
                    for a in agents
                    for p in a.children
                    if p.dep_ == "pobj"
                    for e in self.ents(para, p)
                ]
            if node.dep_ in ("acl", "relcl"):
                # "Blinken, ..., negotiated with Wang" parsed as a participle on the noun
                return self._antecedent(para, node.head)
            if node.dep_ in ("xcomp", "conj", "advcl", "pcomp", "prep", "pobj", "dobj"):
                node = node.head
                continue
            break
        return []

    def _owners(self, para: Paragraph, noun: Any, trigger: Trigger) -> list[str]:
        """For conflict verbs, the owner of an unnamed object: "struck Hezbollah positions",
        "condemned the Russian attack" (the attack's owner is criticised)."""
        if trigger.predicate.family is not Family.CONFLICT:
            return []
        return [
            e
            for c in noun.children
            if c.dep_ in ("poss", "compound", "amod")
            for e in self.ents(para, c, adjectives=True)
        ]

    def _antecedent(self, para: Paragraph, token: Any) -> list[str]:
        """What a relative clause's noun refers to, through "head of X and another who"."""
        node = token
        for _ in range(4):
            found = self.ents(para, node)
            if found or node.dep_ not in ("conj", "appos") or node.head == node:
                return found
            node = node.head
        return []

    def _prep_objects(self, para: Paragraph, head: Any) -> tuple[list[str], list[str]]:
        """(objects after with/against/to, participants after between/among)."""
        objects: list[str] = []
        between: list[str] = []
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in _OBJ_PREPS:
                continue
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    target = between if prep.lower_ in ("between", "among") else objects
                    target.extend(self.ents(para, pobj))
                    for nmod in pobj.children:
                        if nmod.dep_ == "nmod":
                            target.extend(self.ents(para, nmod))
        return objects, between

    def _verb(self, para: Paragraph, verb: Any, trigger: Trigger) -> Iterator[Draft]:
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        if passive:
            subjects = [
                e
                for a in verb.children
                if a.dep_ == "agent"
                for p in a.children
                if p.dep_ == "pobj"
                for e in self.ents(para, p)
            ]
            objects = [
                e for c in verb.children if c.dep_ == "nsubjpass" for e in self.ents(para, c)
            ]
        else:
            subjects = self._subjects(para, verb)
            objects = [
                e
                for c in verb.children
                if c.dep_ in ("dobj", "dative")
                for e in self.ents(para, c) or self._owners(para, c, trigger)
            ]
        with_objects, between = self._prep_objects(para, verb)
        if not objects and not with_objects and trigger.predicate.family is Family.CONFLICT:
            # "threatened to deliver blows to the United States": the target sits in the xcomp
            for xcomp in verb.children:
                if xcomp.dep_ == "xcomp":
                    objects += [
                        e for c in xcomp.children if c.dep_ == "dobj" for e in self.ents(para, c)
                    ]
                    for node in (xcomp, *(c for c in xcomp.children if c.dep_ == "dobj")):
                        more, _ = self._prep_objects(para, node)
                        with_objects += more
        if trigger.needs_with and not with_objects:
            return
        if trigger.predicate is not Predicate.VISITED:
            objects += with_objects
        if trigger.blocked_by_xcomp and any(
            c.dep_ in ("oprd", "xcomp", "ccomp") for c in verb.children
        ):
            return
        yield from self._emit(
            para, verb, verb, trigger, subjects, objects + between, confidence=0.9
        )

    def _noun(self, para: Paragraph, noun: Any, trigger: Trigger) -> Iterator[Draft]:
        owners = [
            e
            for c in noun.children
            if c.dep_ in ("poss", "compound", "nmod", "amod")
            for e in self.ents(para, c, adjectives=True)
            if self.etype(e) in ACTOR_TYPES
        ]
        with_objects, between = self._prep_objects(para, noun)
        for acl in noun.children:
            if acl.dep_ == "acl" and acl.pos_ == "VERB":
                with_objects += [
                    e for c in acl.children if c.dep_ == "dobj" for e in self.ents(para, c)
                ]
        head = noun.head
        light = noun.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX")
        if light:
            more_with, more_between = self._prep_objects(para, head)
            with_objects += more_with
            between += more_between
        if between and not owners and not with_objects:
            subjects, objects = between, []
        else:
            subjects = owners or (self._subjects(para, head) if noun.dep_ != "ROOT" else [])
            objects = with_objects + between
        governs = noun.dep_ in ("nsubj", "nsubjpass", "dobj") and head.pos_ in ("VERB", "AUX")
        clause = head if light or governs else noun
        yield from self._emit(
            para, noun, clause, trigger, subjects, objects, confidence=0.8 if light else 0.65
        )

    def _emit(
        self,
        para: Paragraph,
        trigger_token: Any,
        clause: Any,
        trigger: Trigger,
        subjects: list[str],
        objects: list[str],
        confidence: float,
    ) -> Iterator[Draft]:
        predicate = trigger.predicate
        subjects = [s for s in dict.fromkeys(subjects) if self.etype(s) in ACTOR_TYPES]
        if predicate is Predicate.VISITED:
            objects = [o for o in dict.fromkeys(objects) if self.etype(o) in PLACE_TYPES]
        elif predicate is Predicate.ATTACKED:
            objects = [
                o for o in dict.fromkeys(objects) if self.etype(o) in ACTOR_TYPES | PLACE_TYPES
            ]
        else:
            objects = [o for o in dict.fromkeys(objects) if self.etype(o) in ACTOR_TYPES]
        if trigger.needs_person_object:
            objects = [o for o in objects if self.etype(o) is EntityType.PERSON]
        pairs: list[tuple[str, str]] = []
        if objects:
            pairs = [(s, o) for s in subjects for o in objects if s != o]
        elif predicate.symmetric and len(subjects) > 1:
            pairs = [(a, b) for i, a in enumerate(subjects) for b in subjects[i + 1 :]]
        if not pairs:
            return
        status = self.status(trigger_token, clause)
        date = self.date(para, clause, trigger_token, status)
        people = {x for p in pairs for x in p}
        holders = [
            t
            for t in trigger_token.sent
            if para.links.get(t.i) in people and t.dep_ in ("dobj", "pobj", "nsubj")
        ]
        place = self.place(para, [trigger_token, clause, *holders], people)
        if place is None:
            place = self._compound_place(para, trigger_token)
        for subject, obj in pairs:
            if predicate.symmetric and obj < subject:
                subject, obj = obj, subject
            cameo = self.cameo(trigger, subject, obj, place)
            yield Draft(
                subject,
                predicate,
                obj,
                status,
                date,
                place,
                None,
                cameo,
                self._sentence_span(para, trigger_token),
                confidence,
            )

    # -- qualifiers -------------------------------------------------------------------------
    def status(self, trigger: Any, clause: Any) -> Status:
        """Status from negation, denial, modality and plans on the trigger's chain of heads."""
        cues = self.cues
        chain = [trigger]
        node = trigger
        while node.head != node and len(chain) < 8:
            if node.dep_ in _CLAUSE_EDGES:
                break
            node = node.head
            chain.append(node)
        found: list[Status] = []
        for tok in chain:
            lemma = tok.lemma_.lower()
            kids = list(tok.children)
            if lemma in cues["denied_verbs"] and tok != trigger:
                particle = cues["denied_particles"].get(lemma)
                if particle is None or any(k.lower_ == particle for k in kids):
                    found.append(Status.DENIED)
            if any(k.dep_ == "neg" for k in kids) or tok.lower_ in ("not", "never"):
                found.append(Status.DENIED)
            words = {k.lower_ for k in kids} | ({lemma, tok.lower_} if tok != trigger else set())
            if words & set(cues["hypothetical_aux"]) or words & set(cues["hypothetical_words"]):
                found.append(Status.HYPOTHETICAL)
            if lemma in cues["proposed_words"] and tok != trigger:
                found.append(Status.PROPOSED)
            if (
                words & set(cues["planned_aux"])
                or (lemma in cues["planned_words"] and tok != trigger)
                or any(k.lower_ in cues["planned_words"] and k.dep_ == "amod" for k in kids)
                or (tok != trigger and lemma == "be" and any(k.dep_ == "xcomp" for k in kids))
            ):
                found.append(Status.PLANNED)
        if not found and trigger.pos_ != "VERB":
            # a bare event noun ("a meeting between A and B") takes the mood of what precedes it
            for tok in trigger.sent:
                if tok.i >= trigger.i:
                    break
                if tok.lower_ in cues["planned_aux"] or (
                    tok.lemma_.lower() in ("agree", "plan")
                    and any(k.dep_ == "xcomp" for k in tok.children)
                ):
                    found.append(Status.PLANNED)
                if tok.lower_ in cues["hypothetical_aux"] and tok.dep_ == "aux":
                    found.append(Status.HYPOTHETICAL)
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in cues["proposed_words"]:
            # "X suggested that A should meet B": a proposal, not a hypothesis
            found = [*(s for s in found if s is not Status.HYPOTHETICAL), Status.PROPOSED]
        reported = node.dep_ == "ccomp" and node.head.lemma_.lower() in cues["speech_verbs"]
        if (
            reported
            and Status.HYPOTHETICAL in found
            and not any(
                k.lower_ in ("could", "might", "may", "if") for t in chain for k in t.children
            )
        ):
            # "he said he would visit": future in the past, not a hypothesis
            found = [*(s for s in found if s is not Status.HYPOTHETICAL), Status.PLANNED]
        for status in (Status.DENIED, Status.HYPOTHETICAL, Status.PROPOSED, Status.PLANNED):
            if status in found:
                return status
        return Status.OCCURRED

    def date(self, para: Paragraph, clause: Any, trigger: Any, status: Status) -> str | None:
        future = status in (Status.PLANNED, Status.PROPOSED, Status.HYPOTHETICAL)
        anchors = {clause.i, trigger.i}
        node = trigger
        while node.pos_ not in ("VERB", "AUX") and node.head != node and len(anchors) < 6:
            node = node.head
            anchors.add(node.i)
        if clause.dep_ == "relcl":
            anchors.add(clause.head.i)
        best: tuple[int, str] | None = None
        for ent in para.dates(trigger.sent):
            node = ent.root
            for _ in range(4):
                if node.lower_ in _SPAN_PREPS:
                    break  # "since 2022" bounds a period; it does not date the event
                if node.i in anchors:
                    value = resolve_date(ent.text, self.published, future)
                    distance = abs(ent.start - trigger.i)
                    if value and (best is None or distance < best[0]):
                        best = (distance, value)
                    break
                if node.head == node:
                    break
                node = node.head
        if best is None and trigger.pos_ in ("NOUN", "PROPN"):
            # "following talks with X yesterday, Putin said": the parser hangs the date on the
            # main verb, but it closes the event's own phrase
            end = trigger.right_edge.i + 1
            for ent in para.dates(trigger.sent):
                if ent.start == end:
                    value = resolve_date(ent.text, self.published, future)
                    if value:
                        return value
        return best[1] if best else None

    def place(self, para: Paragraph, nodes: list[Any], participants: set[str]) -> str | None:
        candidates: list[tuple[int, str]] = []

        def visit(node: Any, depth: int) -> None:
            for prep in node.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("at", "in", "near", "inside"):
                    continue
                for pobj in prep.children:
                    if pobj.dep_ != "pobj":
                        continue
                    label = para.links.get(pobj.i)
                    if label and label not in participants and self.etype(label) in PLACE_TYPES:
                        rank = {EntityType.PLACE: 0, EntityType.CITY: 0}.get(self.etype(label), 1)
                        candidates.append((rank + depth, label))
                    elif depth < 2:
                        visit(pobj, depth + 1)

        for node in dict.fromkeys(nodes):
            visit(node, 0)
        return min(candidates)[1] if candidates else None

    def _compound_place(self, para: Paragraph, noun: Any) -> str | None:
        """A place named as a modifier of the event noun ("Kremlin discussions")."""
        for child in noun.children:
            label = para.links.get(child.i)
            if (
                child.dep_ == "compound"
                and label
                and self.etype(label) in (EntityType.PLACE, EntityType.CITY)
            ):
                return label
        return None

    def cameo(self, trigger: Trigger, subject: str, obj: str, place: str | None) -> str:
        """Refine ``met`` (040): 042 visit, 043 host, 044 third place, when the place is known."""
        if trigger.predicate is not Predicate.MET or place is None or trigger.cameo != "040":
            return trigger.cameo
        where = self.resolver.country_of(place)
        if where is None and place in self.place_country:
            where = self.resolver.country_of(self.place_country[place])
        if where is None:
            return trigger.cameo
        if where == self.resolver.country_of(obj):
            return "042"
        if where == self.resolver.country_of(subject):
            return "043"
        if self.resolver.country_of(obj) and self.resolver.country_of(subject):
            return "044"
        return trigger.cameo

    # -- quotes -----------------------------------------------------------------------------
    def quotes(self, para: Paragraph) -> Iterator[Draft]:
        """``stated``: a quote attributed by a speech verb whose subject is a person."""
        text = para.text
        for match in _QUOTE.finditer(text):
            quote = (match.group(1) or match.group(2)).strip()
            if len(quote.split()) < 4:
                continue
            speaker, sentence = self._speaker(para, match.start(), match.end())
            if speaker is None or sentence is None:
                continue
            start = min(sentence.start_char, match.start())
            end = max(sentence.end_char, match.end())
            yield Draft(
                speaker,
                Predicate.STATED,
                None,
                Status.OCCURRED,
                None,
                None,
                None,
                "010",
                (para.offset + start, para.offset + end),
                0.8,
                value=quote,
            )

    def _speaker(self, para: Paragraph, qstart: int, qend: int) -> tuple[str | None, Any]:
        doc = para.doc
        sentences = [s for s in doc.sents if s.start_char <= qstart < s.end_char]
        sentences += [s for s in doc.sents if s.start_char < qend <= s.end_char]
        for sent in sentences:
            for token in sent:
                if token.idx >= qstart and token.idx < qend:
                    continue
                if token.lemma_.lower() in self.cues["speech_verbs"] and token.pos_ == "VERB":
                    for subj in token.children:
                        if subj.dep_ == "nsubj" and not (qstart <= subj.idx < qend):
                            label = para.links.get(subj.i)
                            if label and self.etype(label) is EntityType.PERSON:
                                return label, sent
        return None, None

    # -- helpers ----------------------------------------------------------------------------
    def _sentence_span(self, para: Paragraph, token: Any) -> tuple[int, int]:
        sent = token.sent
        return para.offset + sent.start_char, para.offset + sent.end_char

    def _draft(
        self,
        para: Paragraph,
        token: Any,
        subject: str,
        predicate: Predicate,
        obj: str,
        confidence: float,
        title: str | None = None,
    ) -> Draft:
        return Draft(
            subject,
            predicate,
            obj,
            Status.OCCURRED,
            None,
            None,
            title,
            None,
            self._sentence_span(para, token),
            confidence,
        )
