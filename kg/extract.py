"""Relation extraction: typed, qualified claims from parsed paragraphs whose tokens have been
linked to entities. Rules read the dependency parse; the words they react to are data. Each
family of rules lives in its own module; ``Extractor`` puts them together.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from kg.coref import CorefRules
from kg.lexicon import Trigger
from kg.places import PlaceRules
from kg.qualifiers import QualifierRules
from kg.resolve import ACTOR_TYPES, PLACE_TYPES
from kg.roles import RoleRules
from kg.rules import (
    Draft,
    Paragraph,
)
from kg.vocab import EntityType, Family, Predicate, Status

__all__ = ["Draft", "Extractor", "Paragraph"]


_SUBJ = ("nsubj", "csubj")
_OBJ_PREPS = frozenset({"with", "between", "against", "among", "to", "on"})
_QUOTE = re.compile(r"“([^”]{3,})”|\"([^\"]{3,})\"")


class Extractor(CorefRules, RoleRules, PlaceRules, QualifierRules):
    """Applies the relation rules to one article's paragraphs."""

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
        if trigger.owner_is_object:
            # "Kennedy's assassination", "the murder of X": owner and "of" name the victim; the
            # doer is the subject of the governing verb ("Sirhan was convicted of ...")
            victims = [e for e in owners if self.etype(e) is not EntityType.COUNTRY]
            for prep in noun.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    victims += [
                        e for p in prep.children if p.dep_ == "pobj" for e in self.ents(para, p)
                    ]
            by = [
                e
                for prep in noun.children
                if prep.dep_ == "prep" and prep.lower_ == "by"
                for p in prep.children
                if p.dep_ == "pobj"
                for e in self.ents(para, p)
            ]
            subjects = by or (self._subjects(para, head) if noun.dep_ != "ROOT" else [])
            objects = victims
        elif between and not owners and not with_objects:
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
