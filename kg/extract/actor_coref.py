"""Coreference of actor pronouns: it/its -> a country, organisation or group, they/their/them
-> a plural group or coordinated actors, so that relations found on them attach to the right
node.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from kg.extract import animate_refs, sites
from kg.extract.context import QUOTE_MARKS, ArticleContext, Paragraph, prep_objects
from kg.extract.discourse import (
    Discourse,
    Sighting,
    bound_labels,
    gerund_controller,
    main_subject,
    own_subjects,
    quoted,
)
from kg.extract.nominals import nominal_words
from kg.extract.role_owners import held
from kg.lexicon import Lexicon
from kg.resolve.collectives import collective_label_for
from kg.resolve.entities import SpanMention
from kg.vocab import EntityType, Predicate

# -- pronouns for groups, organisations and countries ---------------------------------------
_ACTOR_TYPES = (EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.GROUP)
_BODIES = (EntityType.ORGANIZATION, EntityType.GROUP)
_PLACES = (EntityType.CITY, EntityType.PLACE)


def _actor_pronouns(lx: Lexicon) -> Iterable[str]:
    """The pronouns of actors ("it", "they"; ``nominal_words().actor_pronouns``)."""
    return nominal_words().actor_pronouns


def _institution_nouns(lx: Lexicon) -> Iterable[str]:
    """The nouns of a country's one institution or body ("government", "parliament")."""
    return lx.words.single_institution_nouns | lx.words.one_body_nouns


def link_actor_pronouns(ctx: ArticleContext, paras: list[Paragraph]) -> None:
    """It/its -> a country, organisation or group; they/their/them -> a plural group
    ("the fighters") or coordinated actors ("Malaysia and Indonesia say they ..."). The
    antecedent is the subject of a clause above the pronoun, else (they/them) an actor
    earlier in the sentence, else the subject of the sentence before; an unnamed subject in
    between ("the youth wing ... which it called") leaves the pronoun unresolved. An object
    "it" of a verb of attack or capture ("to retake it") is a place (``_taken_antecedent``);
    one described as a group ("see it as a hardline group") a named group or organisation
    (``_described_antecedent``)."""
    disc = Discourse(paras)
    pronouns = nominal_words().actor_pronouns
    words = ctx.word_set(_actor_pronouns)
    for para in paras:
        lowers, poses, tokens = para.lowers, para.poses, para.tokens
        for token in map(tokens.__getitem__, para.hits(words)):  # (not every token)
            plural = pronouns.get(lowers[token.i])
            if plural is None or poses[token.i] != "PRON" or token.i in para.links:
                continue
            accused = token.lower_ == "it" and _accused_it(token)
            taken = token.lower_ == "it" and _taken_it(ctx, token)
            described = token.lower_ == "it" and _described_it(token)
            acting = accused or taken or described
            if token.lower_ == "it" and not (acting or _referring_it(token)):
                continue
            inside = quoted(para, token)
            if inside and not animate_refs.people_only(ctx, token):
                continue  # a speaker's "they"/"its" is seen from the speaker's side
            if taken:
                found = _taken_antecedent(ctx, disc, para, token)
            elif accused:
                found = _accused_antecedent(ctx, disc, para, token)
            elif described:
                found = _described_antecedent(ctx, disc, para, token)
            else:
                found = _actor_antecedent(ctx, disc, para, token, plural)
            if inside:
                found = animate_refs.quoted_antecedent(para, token, found)
            if not found:
                continue
            if len(found) == 1:
                para.links[token.i] = found[0]
            else:
                para.groups[token.i] = found
            for label in found:
                ctx.reference(para, token, label, "pronoun")


def _referring_it(token: Any) -> bool:
    """ "it" as the subject of an action ("says it will not shelter them"), not expletive
    ("it is not known how", "it was hard to predict", "it is believed that")."""
    lemma = token.head.lemma_.lower()
    if token.dep_ == "nsubjpass" and (
        lemma in nominal_words().said_of_it_verbs
        or any(c.dep_ == "ccomp" for c in token.head.children)
    ):
        return False  # "it is believed that", "it is hoped the talks will"
    return bool(
        token.dep_ in ("nsubj", "nsubjpass")
        and lemma not in nominal_words().non_actor_it_verbs
        and not any(c.dep_ in ("expl", "csubj") for c in token.head.children)
    )


def _taken_it(ctx: ArticleContext, token: Any) -> bool:
    """ "it" as the direct object of a verb of attack or capture, an ``attacked`` or
    ``coerced`` trigger of its own ("a counterattack to retake it", "surrounded the town and
    shelled it", "besieged it"): a place the verb takes or strikes."""
    verb = token.head
    if token.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    return any(
        t.predicate in (Predicate.ATTACKED, Predicate.COERCED)
        and t.light is None
        and t.prep is None
        and t.particle is None
        for t in ctx.lx.triggers.candidates(verb.lemma_.lower(), "VERB")
    )


def _taken_antecedent(
    ctx: ArticleContext, disc: Discourse, para: Paragraph, token: Any
) -> list[str]:
    """The one town or place named (not as an adjective, nor as an unnamed site's town:
    "a mosque in Tal Afar") before the pronoun in its sentence or in the sentence before,
    in its paragraph: "the army is deploying troops near Taiz for a counterattack to retake
    it" -> Taiz. None when another place, a country, organisation or group
    other than the verb's own subjects is named there too ("Hamas fighters in Gaza ...
    bombed it"), or when an unnamed singular noun stands between as a subject or object
    ("seized Ramadi's base and held it": the base)."""
    own = {c.i for a in token.ancestors for c in a.children if c.dep_ in ("nsubj", "nsubjpass")}
    own |= {t.i for i in own for t in para.tokens[i].subtree}
    own_labels = {para.links[i] for i in own if i in para.links}
    before = [s for s in disc.before(para, token, 1) if s.para is para]
    # (an actor an "it" cannot stand for, "Ukrainian forces", is no rival)
    # (nor a place inside the verb's subject: "fighters in Aden shelled it")
    places = [
        s for s in before if s.token.i not in own and not s.adjective and _named_place(ctx, s)
    ]
    others = {s.label for s in places} | {
        label
        for s in before
        if s.token.i not in own and s.label not in own_labels
        for label in _actor(ctx, s.para, s.token, False)
    }
    if len(others) != 1 or not places:
        return []
    if any(
        t.dep_ in ("nsubj", "nsubjpass", "dobj")
        and t.tag_ == "NN"
        and t.pos_ == "NOUN"
        and t.i not in para.links
        and t.ent_type_ not in _NOT_REFERENTS
        for t in para.tokens[places[0].token.i + 1 : token.i]
    ):
        return []
    return [places[0].label]


def _named_place(ctx: ArticleContext, sighting: Sighting) -> bool:
    """A sighting of a town or place by its name, not an unnamed site ("a mosque")."""
    return ctx.etype_in(sighting.label, _PLACES) and not sites.unnamed_site(ctx, sighting.label)


def _accused_it(token: Any) -> bool:
    """ "it" as the object of an accusation or a demand with its charge or demand ("accusing
    it of using civilians", "blamed it for the attack", "urged it to withdraw"): an actor."""
    verb = token.head
    return bool(
        token.dep_ == "dobj"
        and verb.lemma_.lower() in nominal_words().accused_it_verbs
        and any(
            (c.dep_ == "prep" and c.lower_ in ("of", "for")) or c.dep_ == "xcomp"
            for c in verb.children
        )
    )


def _accused_antecedent(
    ctx: ArticleContext, disc: Discourse, para: Paragraph, token: Any
) -> list[str]:
    """The one actor named earlier in the sentence that is no subject of a clause above the
    pronoun (the accuser is one, wherever the parser hangs the participle): "Israel argues
    the toll was Hamas' fault, accusing it of ..." -> Hamas. Two candidates, or none, leave
    it open."""
    own = {c.i for a in token.ancestors for c in a.children if c.dep_ in ("nsubj", "nsubjpass")}
    own |= {t.i for i in own for t in para.tokens[i].subtree}
    own_labels = {para.links[i] for i in own if i in para.links}
    before = [
        s for s in disc.before(para, token, 0) if s.token.i not in own and s.label not in own_labels
    ]
    labels: list[list[str]] = []
    for sighting in before:
        found = _actor(ctx, sighting.para, sighting.token, False) or _named_body(ctx, sighting)
        if found and found not in labels:
            labels.append(found)
    return labels[0] if len(labels) == 1 else []


def _described_it(token: Any) -> bool:
    """ "it" as the object of a verb that describes it as a group ("who still see it as a
    hardline group", "regards it as a terrorist organisation", "branded it a terrorist
    group"): a named group or organisation (``described_it_verbs``, ``group_nouns``)."""
    verb = token.head
    if token.dep_ != "dobj" or verb.lemma_.lower() not in nominal_words().described_it_verbs:
        return False
    groups = nominal_words().group_nouns
    complements = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for p in c.children
        if p.dep_ == "pobj"
    ] + [c for c in verb.children if c.dep_ in ("dobj", "oprd") and c.i > token.i]
    return any(c.lemma_.lower() in groups and c.pos_ == "NOUN" for c in complements)


def _described_antecedent(
    ctx: ArticleContext, disc: Discourse, para: Paragraph, token: Any
) -> list[str]:
    """The one group or organisation named by name earlier in the pronoun's sentence, else
    in the sentence before (past a subheading), that is not the describing verb's subject
    nor the noun its relative clause hangs on ("diplomats who still see it as a group"):
    "an attempt by the Nusra Front to cast itself as a national movement. / Western
    diplomats still see it as a hardline group" -> the Nusra Front. Two, or none, leave it
    open."""
    verb = token.head
    own = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    if verb.dep_ == "relcl":
        own.add(verb.head.i)
    own |= {t.i for i in own for t in para.tokens[i].subtree}
    here = disc.sent(para, token)
    for sightings in (disc.before(para, token, 0), disc.in_sentence(disc.sentence_before(here))):
        labels: list[str] = []
        for s in sightings:
            if s.para is para and s.token.i in own:
                continue
            if s.token.pos_ != "PROPN" or s.adjective or not ctx.etype_in(s.label, _BODIES):
                continue
            if s.label not in labels:
                labels.append(s.label)
        if labels:
            return labels if len(labels) == 1 else []
    return []


def _faulted_owner(token: Any) -> Any | None:
    """The object a verb holds to account for an act the pronoun owns: "condemned Israel for
    its attacks", "warned Kenya over their raids", "thanked Oman for its help" (as
    ``gerund_controller`` for "praised Malaysia for declaring"); of a noun, the one it is
    aimed at ("a warning against the US over its attacks"). None otherwise."""
    noun = token.head
    if token.dep_ != "poss" or token.lower_ not in ("its", "their") or noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.dep_ != "prep" or prep.lower_ not in nominal_words().faulted_preps:
        return None
    head = prep.head
    aimed = _aimed_at(head, token)
    if aimed is not None:
        return aimed
    verb = head if head.pos_ == "VERB" else head.head
    if verb.pos_ != "VERB" or (head is not verb and head.dep_ != "dobj"):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < token.i]
    if len(objects) != 1:
        return None
    # "voiced criticism of Egypt for its raids": the one the object noun is aimed at
    return _aimed_at(objects[0], token) or objects[0]


def _aimed_at(noun: Any, token: Any) -> Any | None:
    """The one actor word a noun is aimed at before ``token`` ("a warning against the US",
    "criticism of Russia"), or None."""
    if noun.pos_ != "NOUN":
        return None
    aimed = [
        p
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in nominal_words().faulted_noun_preps
        for p in c.children
        if p.dep_ == "pobj" and p.i < token.i
    ]
    return aimed[0] if len(aimed) == 1 else None


def _named_body(ctx: ArticleContext, sighting: Sighting) -> list[str]:
    """A singular name of an organisation or group that ends in "s" ("Hamas"): an "it"."""
    token = sighting.token
    if token.tag_ != "NNP" or token.dep_ in ("amod", "conj"):
        return []
    return [sighting.label] if ctx.etype_in(sighting.label, _BODIES) else []


def _actor_antecedent(
    ctx: ArticleContext, disc: Discourse, para: Paragraph, token: Any, plural: bool
) -> list[str]:
    if token.lower_ == "its" and token.head.dep_ == "conj" and _unnamed_noun(para, token.head.head):
        return []  # "the Lebanese state and its institutions": the unnamed noun's
    coordinated = _coordinated_owner(ctx, para, token)
    if coordinated:
        return coordinated
    own = own_subjects(token) if token.lower_ == "them" else _attackers(ctx, token)
    faulted = _faulted_owner(token)
    if (
        faulted is not None
        and faulted.dep_ == "dobj"
        and not ctx.lx.triggers.verb_senses(faulted.head)
    ):
        # "the faction that controls Afghanistan for its support": only a verb of the
        # trigger index holds its object to account ("condemned", "warned", "thanked")
        faulted = None
    if faulted is not None and faulted.i not in own:
        # "condemned Israel for its attacks on X", "warned Kenya over its raids": the object
        # blamed or thanked owns the act (att45)
        found = _actor(ctx, para, faulted, plural, subject=True)
        if not found:
            # "sanctions on the Taliban religious faction that controls Afghanistan for its
            # support": the one name the noun is modified by, never one in its clause
            names = {
                para.links[c.i]
                for c in faulted.children
                if c.dep_ in ("compound", "amod", "nmod") and c.i in para.links
            }
            found = [n for n in names if ctx.etype_in(n, _ACTOR_TYPES)]
        # the one held to account, if unnamed, leaves the pronoun to no other actor
        return found if len(found) == 1 or plural else []
    # ... nor for what that subject stands for ("it would continue to attack them")
    own_labels = {para.links[i] for i in own if i in para.links}
    # ... nor for a name inside that subject ("Nobody in the army had seen them")
    own |= {t.i for i in own for t in para.tokens[i].subtree}
    # 1. the subject of a clause above the pronoun ("Thailand says it will ...")
    node = token
    while node.head.i != node.i:
        node = node.head
        controller = gerund_controller(node)
        if controller is not None and controller.i not in own:
            # "praised Malaysia for declaring that it will ...", "accused Iran of saying it
            # would ...": the object does the gerund's act, so its "it" is the object's (an
            # object that names no actor leaves the pronoun unresolved)
            return _actor(ctx, para, controller, plural, subject=True)
        for subject in (c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")):
            relative = node.dep_ == "relcl" and subject.tag_ in ("WDT", "WP")
            if relative:
                # "the movement that controls X for its support": the relative pronoun
                # stands for the noun its clause hangs on
                subject = node.head
            if subject.i == token.i or (subject.pos_ == "PRON" and subject.i not in para.links):
                continue
            if not relative and subject.left_edge.i <= token.i <= subject.right_edge.i:
                continue  # the pronoun's own phrase ("its forces would stay")
            if subject.i in own:
                continue  # "fighters ambushed them": not the verb's own subject
            if _inverted_speech(node, token):
                continue  # "It can lead to failure, the WHO said": the WHO's words
            found = _actor(ctx, para, _members(ctx, para, subject, plural), plural, subject=True)
            if found and own_labels & set(found):
                continue
            if found:
                return found if not plural_between(ctx, para, subject, token, plural) else []
            if subject.i not in para.links and subject.pos_ in ("NOUN", "PROPN"):
                if _other_number(subject, token):
                    continue  # "frustrations grow over its leader's absence": not theirs
                return []  # an unnamed subject ("the youth wing") is the likelier antecedent
            person = ctx.etype_is(para.links.get(subject.i, ""), EntityType.PERSON)
            if person and token.lower_ == "it":
                return []  # "Erdogan said it": a person's words, not the country's
    here = disc.sent(para, token)
    # 2. them/their/its: the one compatible actor earlier in the sentence ("they", a
    # subject, takes a clause subject, not an object: "victims of ISIL if they arrive")
    if token.lower_ in ("them", "their", "its"):
        before = [
            s
            for s in disc.before(para, token, 0)
            if s.token.i not in own and s.label not in own_labels
        ]
        labels = compatible(ctx, before, plural)
        people = not labels and plural and token.lower_ == "their"
        if people:
            # "the country's Alawite minority despite their support for X": a people named by
            # a singular noun, when no plural actor comes before (sup43)
            labels = compatible(ctx, before, plural, people=True)
        if len(labels) > 1:
            return []
        if labels:
            first = next(
                s for s in before if _actor(ctx, para, s.token, plural, people=people) == labels[0]
            )
            return [] if plural_between(ctx, para, first.token, token, plural) else labels[0]
    # 3. the subject of the sentence before, unless a plural noun of this sentence is nearer
    opening = para.tokens[para.sent_start(token)]  # (``token.sent[0]``, without a Span)
    if plural_between(ctx, para, opening, token, plural, inclusive=True):
        return []
    if token.lower_ == "it":
        # "While the coalition confirmed it had ...": a subject of a clause beside the
        # pronoun's, earlier in the sentence, is nearer than the sentence before's
        if unnamed_subject(para, para.tokens[opening.i : token.i], "NN"):
            return []
        beside = compatible(ctx, [s for s in disc.before(para, token, 0) if s.subject], plural)
        if beside:
            return beside[0] if len(beside) == 1 else []
    # (past a subheading: "the Church said ... . / Threat or intimidation / It nevertheless")
    previous = disc.sentence_before(here)
    if plural:
        # "His two colleagues X and Y were released. They were sentenced": the people the
        # unnamed plural subject of the sentence before names in apposition
        named = _appositive_subjects(ctx, disc.in_sentence(previous))
        if named:
            return named[0] if len(named) == 1 else []
    subjects = [s for s in disc.in_sentence(previous) if s.subject]
    if plural and subjects:
        last = subjects[0]
        if unnamed_subject(last.para, last.para.sent_of(last.token), "NNS"):
            return []  # "The air raids hit X, residents said. They followed ...": the raids
    # (subjects: "Ali and Omar were arrested. They were sentenced" -> both people)
    labels = compatible(ctx, subjects, plural, subject=True)
    if not labels and plural and token.lower_ in ("they", "their") and _opens(token):
        labels = _collective(ctx, subjects)
    if not labels and token.lower_ == "them":
        labels = _named_object(ctx, disc.in_sentence(previous), own_labels)
    return labels[0] if len(labels) == 1 else []


def _named_object(ctx: ArticleContext, sightings: list[Sighting], own: set[str]) -> list[list[str]]:
    """ "Odinga met the policemen. He thanked them": when no subject of the sentence before
    can be an object "them", the plural actors that sentence has as a verb's direct object
    can, but not ``own``, what the pronoun's own verb's subject stands for. None when that
    sentence has a plural subject, named or not ("They met the policemen", "The soldiers
    met the policemen"): the likelier antecedent. Not a preposition's object ("met the FBI
    about flaws in Airbus A-320s. The FBI says he told them"; "would not go down well
    with Turkish citizens. The authority discouraged them from coming": the refugees), nor
    "their", which a sentence's own owner takes up ("their tour of Pakistan") as often."""
    if not sightings:
        return []
    first = sightings[0]
    pronouns = nominal_words().actor_pronouns
    if any(
        t.dep_ in ("nsubj", "nsubjpass")
        and (t.tag_ in ("NNS", "NNPS") or pronouns.get(t.lower_) is True)
        for t in first.para.sent_of(first.token)
    ):
        return []
    others = [s for s in sightings if s.token.dep_ == "dobj" and s.label not in own]
    return compatible(ctx, others, True)


def _other_number(subject: Any, token: Any) -> bool:
    """An unnamed plural common noun subject ("frustrations are growing", "talks stalled")
    above a singular "its": the pronoun cannot stand for it, so it does not hide an
    antecedent above or before it ("Al-Shabab is divided, and tensions are rising over the
    absence of its leader X")."""
    return bool(token.lower_ == "its" and subject.tag_ == "NNS" and subject.pos_ == "NOUN")


def _coordinated_owner(ctx: ArticleContext, para: Paragraph, token: Any) -> list[str]:
    """ "the Palestinian Authority and its president X", "Hamas and its leader": an "its" in
    the second conjunct of a coordination is the first conjunct's, a country, organisation
    or group, not the clause's subject ("Israel refuses to talk to the Palestinian Authority
    and its president")."""
    if token.lower_ != "its" or token.dep_ != "poss":
        return []
    owned = token.head
    while owned.dep_ == "compound" and owned.head.i != owned.i:
        owned = owned.head  # "its President Mahmoud Abbas": the title hangs on the name
    if owned.dep_ != "conj":
        return []
    first = owned.head
    label = para.links.get(first.i)
    if (
        label is None
        or label == para.links.get(owned.i)
        or first.pos_ not in ("NOUN", "PROPN")
        or not ctx.etype_in(label, _ACTOR_TYPES)
    ):
        return []
    return [label]


def unnamed_subject(para: Paragraph, tokens: Any, tag: str) -> bool:
    """A common noun subject of tag ``tag`` (NN, NNS) among ``tokens`` that names no actor
    and is outside quotation marks: an antecedent as likely as any named one."""
    return any(
        t.dep_ in ("nsubj", "nsubjpass")
        and t.tag_ == tag
        and t.pos_ == "NOUN"
        and t.i not in para.links
        and t.ent_type_ not in _NOT_REFERENTS
        and not quoted(para, t)
        for t in tokens
    )


def _appositive_subjects(ctx: ArticleContext, sightings: list[Sighting]) -> list[list[str]]:
    """The named actors an unnamed plural main subject stands for by its apposition ("His
    two colleagues Mohamed Fahmy and Baher Mohamed were released", "Two activists, Ana
    Lopez and Maria Garcia, were detained"), one list per such subject."""
    out: list[list[str]] = []
    for sighting in sightings:
        head = sighting.token.head
        if sighting.token.dep_ != "appos" or not main_subject(head, sighting.para):
            continue
        found = _actor(ctx, sighting.para, _named_apposition(sighting.para, head), True, True)
        if found and found not in out:
            out.append(found)
    return out


def _named_apposition(para: Paragraph, noun: Any) -> Any:
    """The head of a coordination of names in apposition to an unnamed plural noun ("two
    colleagues, X and Y"), as many names as its number says; else the noun itself."""
    if noun.tag_ != "NNS" or noun.i in para.links:
        return noun
    appos = [c for c in noun.children if c.dep_ == "appos"]
    if len(appos) != 1 or appos[0].i not in para.links:
        return noun
    names = [appos[0], *(c for c in appos[0].children if c.dep_ == "conj")]
    count = next((c for c in noun.children if c.dep_ == "nummod"), None)
    number = nominal_words().group_counts.get(count.lower_, 0) if count is not None else 0
    if len(names) < 2 or (count is not None and number != len(names)):
        return noun  # one name ("the protesters, mostly students"), or a count it misses
    return appos[0] if all(t.i in para.links for t in names) else noun


def _members(ctx: ArticleContext, para: Paragraph, subject: Any, plural: bool) -> Any:
    """ "A group of Yoruba leaders said they ...", "a handful of Kurdish deputies", "the
    governments of Malaysia and Indonesia said they ...": an unnamed group noun (or the plural
    of a government noun: a country stands for its government, not for its army) stands, for
    "they", for the named actors it is made of."""
    named = _named_apposition(para, subject) if plural else subject
    if named is not subject:
        return named  # "two colleagues, X and Y, said they ..."
    lemma = subject.lemma_.lower()
    if (
        not plural
        or subject.i in para.links
        or (
            lemma not in ctx.cues["quantity_nouns"]
            and not (
                subject.tag_ == "NNS"
                and lemma in ctx.lx.words.institution_nouns
                and ctx.lx.actors.sector_of(lemma) == "GOV"
            )
        )
    ):
        return subject
    members = [
        p
        for prep in subject.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for p in prep.children
        if p.dep_ == "pobj" and p.i in para.links
    ]
    return members[0] if len(members) == 1 else subject


def _opens(token: Any) -> bool:
    """The pronoun opens a sentence outside quotation marks ("They have accused ...")."""
    sent = token.sent
    return token.i == sent.start and sum(t.text in QUOTE_MARKS for t in sent) % 2 == 0


def _collective(ctx: ArticleContext, subjects: list[Sighting]) -> list[list[str]]:
    """ "Al-Wefaq has described ... . They have accused ...": British usage gives a named
    organisation a plural pronoun; the one named organisation or group subject of the
    sentence before, when that sentence has no plural noun subject of its own."""
    if not subjects:
        return []
    sent = subjects[0].token.sent
    if any(t.tag_ == "NNS" and t.dep_ in ("nsubj", "nsubjpass") for t in sent):
        return []  # "X said the farmers were ignored. They ...": the farmers, likelier
    out: list[list[str]] = []
    for s in subjects:
        cluster = ctx.resolver.clusters.get(s.label)
        if cluster is not None and cluster.sector is not None:
            return []  # "Parliament passed ... . They smoke": a state body, not a collective
        if s.token.i > s.token.head.i:
            return []  # "explained Jaded", "said the group": a speaker after the verb
        if any(c.dep_ == "conj" for c in s.token.children):
            return []  # "Greenpeace and Lula met": they are both
        if s.token.pos_ == "PROPN" and ctx.etype_in(s.label, _BODIES):
            if not s.adjective and [s.label] not in out:
                out.append([s.label])
        elif [s.label] not in out:
            return []  # another subject (a person, a country): no guess
    return out


def _inverted_speech(verb: Any, token: Any) -> bool:
    """The pronoun's clause comes before its speech verb: "It can spread, the WHO said"."""
    return bool(verb.lemma_.lower() in nominal_words().inverted_speech_verbs and token.i < verb.i)


def _attackers(ctx: ArticleContext, token: Any) -> set[int]:
    """ "ISIL fighters overran their positions", "succeeded in breaching its last base",
    "shelled their villages": the owner of what an attack strikes is not the attacker, so
    "their"/"its" there never stands for the attack's subject (through "succeeded in")."""
    if token.dep_ != "poss":
        return set()
    noun = token.head
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head  # "opened fire on their positions"
    elif noun.dep_ != "dobj":
        return set()
    trigger = ctx.lx.triggers.match(verb)
    if trigger is None or trigger.predicate is not Predicate.ATTACKED:
        return set()
    found: set[int] = set()
    node = verb
    while True:
        subjects = [c.i for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        found.update(subjects)
        if subjects or node.dep_ not in ("xcomp", "conj", "pcomp", "prep") or node.head is node:
            return found
        node = node.head


_NOT_REFERENTS = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "PERCENT", "MONEY"})


def plural_between(
    ctx: ArticleContext,
    para: Paragraph,
    start: Any,
    token: Any,
    plural: bool,
    inclusive: bool = False,
) -> bool:
    """An unnamed plural noun between the candidate and "they"/"them" ("destroy boats before
    they could be used"), or one that names another plural actor ("authorities say he chased
    two teenagers and saw them"), not one the pronoun hangs from: the likelier antecedent;
    not a noun of things before a "them" only people can be ("blocked roads, police
    arrested them", ``animate_refs``)."""
    if not plural:
        return False
    ancestors = {a.i for a in token.ancestors}
    first = start.i if inclusive else start.right_edge.i + 1
    # a named noun is a rival of a candidate in the sentence only as another actor than it,
    # the pronoun's own verb's subjects ("protesters blocking roads, police used tear gas to
    # disperse them") and those who strike what "their" owns ("as X fighters overran their
    # positions"); from the sentence's opening, the sentence's actors are read later
    subjects = own_subjects(token)
    own = subjects if token.lower_ == "them" else _attackers(ctx, token)
    kept = {para.links.get(start.i), *bound_labels(para, token)}
    kept |= {para.links.get(i) for i in own}
    people = animate_refs.people_only(ctx, token)
    if people and animate_refs.rival_between(para, start, token, first, subjects):
        return True  # "protesters blocked roads while students ..., police arrested them"
    return any(
        t.tag_ == "NNS"
        and (
            t.i not in para.links
            or (not inclusive and not set(_actor(ctx, para, t, plural)) <= kept)
        )
        and t.i not in ancestors
        and t.ent_type_ not in _NOT_REFERENTS
        and not _modified_by(t, token)
        and not (people and animate_refs.thing_noun(ctx, t))
        for t in para.tokens[first : token.i]
    )


def _modified_by(noun: Any, token: Any) -> bool:
    """ "raids against them", "talks with them": the pronoun is the object of a preposition
    right after the noun, whatever the parser attached it to; a noun is not the antecedent
    of a pronoun in its own modifier."""
    return bool(
        token.dep_ == "pobj"
        and token.head.dep_ == "prep"
        and token.head.i == noun.i + 1
        and token.i == noun.i + 2
    )


def _unnamed_noun(para: Paragraph, token: Any) -> bool:
    """A common noun no entity link covers."""
    return bool(token.pos_ == "NOUN" and token.i not in para.links)


def compatible(
    ctx: ArticleContext,
    sightings: list[Sighting],
    plural: bool,
    subject: bool = False,
    people: bool = False,
) -> list[list[str]]:
    """The distinct antecedents (``_actor``) the sightings name for a singular or plural
    actor pronoun, in the sightings' order."""
    out: list[list[str]] = []
    for sighting in sightings:
        found = _actor(ctx, sighting.para, sighting.token, plural, subject, people)
        if found and found not in out:
            out.append(found)
    return out


def _actor(
    ctx: ArticleContext,
    para: Paragraph,
    token: Any,
    plural: bool,
    subject: bool = False,
    people: bool = False,
) -> list[str]:
    """What ``token`` names as an antecedent of a singular or plural actor pronoun; with
    ``people``, a people named by a singular noun (``_people_noun``) is plural too."""
    label = para.links.get(token.i)
    if label is None or token.pos_ == "ADJ" or token.dep_ == "amod":
        return []
    if token.pos_ == "PRON":
        # an earlier pronoun already resolved: chain on it
        many = token.lower_ in ("they", "them", "their")
        return [label] if many == plural and ctx.etype_in(label, _ACTOR_TYPES) else []
    # (a conjunct inside the name itself is no second actor: "the Islamic State of Iraq and
    # the Levant", the model hanging "Levant" on "State")
    conjuncts = [c for c in token.children if c.dep_ == "conj" and para.links.get(c.i) != label]
    if any(c.i in para.links for c in conjuncts):
        # "Malaysia and Indonesia": two actors, a plural antecedent (every conjunct named,
        # and people only as a clause's subject: "dropped Anderson and Broad ... their")
        conj = [para.links[c.i] for c in conjuncts if c.i in para.links]
        if not plural or len(conj) != len(conjuncts):
            return []
        labels = list(dict.fromkeys([label, *conj]))
        if not subject and any(ctx.etype_is(x, EntityType.PERSON) for x in labels):
            return []
        return labels
    if token.dep_ == "conj":
        return []
    if not ctx.etype_in(label, _ACTOR_TYPES):
        return []
    if ctx.etype_is(label, EntityType.COUNTRY):
        # "Indonesia are scheduled to host Iraq. They then travel to Hanoi": a country the
        # text itself makes plural (a team, as British usage has it) is a "they"
        return [label] if not plural or _plural_verb(ctx, token) else []
    many = token.tag_ in ("NNS", "NNPS") or token.text.endswith("s") or _plural_verb(ctx, token)
    if many and token.tag_ == "NNP" and _singular_verb(token):
        many = False  # "Hamas has issued ... its leader": a name ending in "s", said singular
    if plural and (many or token.tag_ == "NNP") and ctx.etype_is(label, EntityType.GROUP):
        return [label]  # "the Houthis ... them", "the Taliban say they"
    if many and _body_in_s(ctx, token, label):
        return [label]  # "Hamas rejected the offer. It said ...": one body, either number
    if not plural and many and _movement_name(ctx, token, label):
        return [label]  # "the Taliban are fractured ... its leader": one movement, said plural
    if people and plural and _people_noun(ctx, token, label):
        return [label]  # "the Alawite minority ... their support"
    return [label] if many == plural else []


def _people_noun(ctx: ArticleContext, token: Any, label: str) -> bool:
    """A people named by a singular noun of ``people_group_nouns`` ("the Alawite minority",
    "the Yazidi community"): its members, whom "their" may take up as "its" does."""
    words: list[str] = ctx.cues["people_group_nouns"]["words"]
    return token.lemma_.lower() in words and ctx.etype_is(label, EntityType.GROUP)


def _body_in_s(ctx: ArticleContext, token: Any, label: str) -> bool:
    """A proper name ending in "s" of one organisation ("Hamas", "the United Nations") whose
    verb gives it no number ("rejected", "condemned"): English takes it up with "it" as
    with "they", so either pronoun may stand for it. Not a group of people ("the Houthis",
    a Group node) nor a name the text makes plural ("Hamas say", ``_plural_verb``)."""
    return bool(
        token.tag_ == "NNP"
        and ctx.etype_is(label, EntityType.ORGANIZATION)
        and not _plural_verb(ctx, token)
    )


def _movement_name(ctx: ArticleContext, token: Any, label: str) -> bool:
    """The proper name of a group the gazetteer knows that is no plural of its members' name
    ("the Taliban", "Boko Haram", not "the Houthis"): British usage gives it a plural verb
    ("the Taliban are divided") yet takes it up with "its" ("its leader Mullah Omar")."""
    if token.tag_ not in ("NNP", "NNPS") or not ctx.etype_is(label, EntityType.GROUP):
        return False
    if label not in ctx.lx.actors.groups:
        return False
    members = ctx.lx.lookup(label[:-1]) if label.endswith("s") else None
    return members is None or members.label != label  # "Houthis": the Houthi, a people


def _singular_verb(token: Any) -> bool:
    """The token is the subject of a verb in the third person singular ("Hamas has",
    "Hamas says"): the text itself makes it one actor."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    forms = (verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass")))
    return any(v.tag_ == "VBZ" for v in forms)


def _plural_verb(ctx: ArticleContext, token: Any) -> bool:
    """A singular noun with a plural verb ("the group were travelling"): a set of people."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    plural = ctx.cues.get("plural_verb_forms", ())
    verb = token.head
    return any(
        v.lower_ in plural
        for v in (verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass")))
    )


# -- a leader's government: "the Assad regime", "Obama's administration" --------------------
def link_leader_governments(ctx: ArticleContext, paras: list[Paragraph]) -> None:
    """ "The Assad regime bombed", "the Obama administration condemned", "Nkurunziza's
    government": a government noun owned by the leader of a country is that country's
    government (its collective actor), not the leader. The country is the one the leader
    led on the published date (the gazetteer's dated roles), else the one the article says
    they lead."""
    institutions = ctx.word_set(_institution_nouns)
    for para in paras:
        poses, tags = para.poses, para.tags
        for i in para.hits(institutions):  # (their tokens only; a link is read when there)
            token = para.tokens[i]
            if token.i in para.links or poses[token.i] != "NOUN" or tags[token.i] != "NN":
                continue
            if token.lower_ not in institutions or ctx.lx.actors.sector_of(token.lower_) != "GOV":
                continue
            owner = next(
                (
                    c
                    for c in token.children
                    if c.dep_ in ("poss", "compound")
                    and c.i < token.i
                    and c.pos_ == "PROPN"  # "his government": the pronoun's guess, left alone
                    and ctx.etype_is(para.links.get(c.i, ""), EntityType.PERSON)
                ),
                None,
            )
            named = owner if owner is not None else _leader_after(ctx, para, token)
            if named is None:
                continue
            person = para.links[named.i]
            iso = _led_country(ctx, person)
            if iso is None:
                continue
            label, _ = collective_label_for(ctx.lx, iso, "GOV", "government")
            # ("the government of President Hadi": the noun alone; the name stays the leader)
            start = owner.i if owner is not None else token.i
            while owner is not None and start > 0 and para.links.get(start - 1) == person:
                start -= 1
            text = para.text[para.tokens[start].idx : token.idx + len(token.text)]
            mention = SpanMention(start, token.i + 1, text, "ORG", canonical=label, country=iso)
            ctx.record(para, replace(mention, sector="GOV"), label)


def _leader_after(ctx: ArticleContext, para: Paragraph, noun: Any) -> Any | None:
    """The named person of the noun's "of" phrase: "the government of President Hadi", "the
    regime of Bashar al-Assad"."""
    return next(
        (
            p
            for p in prep_objects(noun, ("of",))
            if p.pos_ == "PROPN" and ctx.etype_is(para.links.get(p.i, ""), EntityType.PERSON)
        ),
        None,
    )


def _led_country(ctx: ArticleContext, person: str) -> str | None:
    """ISO code of the one country ``person`` led on the published date (gazetteer), else
    of the one country the article says they lead."""
    entry = ctx.lx.lookup(person)
    countries: set[str] = set()
    if entry is not None:
        for role in entry.roles:
            if role.predicate is not Predicate.LEADER_OF:
                continue
            if ctx.published is None or not held(role.start, role.end, ctx.published):
                continue
            country = ctx.lx.lookup(role.object)
            if country is not None and country.type is EntityType.COUNTRY and country.iso:
                countries.add(country.iso)
    if not countries:
        for (predicate, obj), holder in ctx.role_holders.items():
            country = ctx.lx.lookup(obj) if holder == person else None
            if (
                predicate is Predicate.LEADER_OF
                and country is not None
                and country.iso
                and country.type is EntityType.COUNTRY
            ):
                countries.add(country.iso)
    return countries.pop() if len(countries) == 1 else None
