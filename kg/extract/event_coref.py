"""Event coreference: one event told twice. A participant first described by a role and named
in a later telling ("X has shot dead the head of an aid group ... . Y was killed as he left
his office"), and an event noun that refers back to an event already named ("The meeting
was led by Z") with the participants of that event.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any

from kg.extract import qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.discourse import Discourse, Sighting
from kg.extract.nominals import nominal_words
from kg.extract.states import own_state
from kg.lexicon import Lexicon
from kg.vocab import EntityType, Predicate, Status

# how far a later telling of the same event may be (sentences)
_LATER = 3


# -- a role now, the name later ------------------------------------------------------------
def _person_words(lx: Lexicon) -> Iterable[str]:
    """The person nouns and the role words: an unnamed person ``named_later`` starts from."""
    return nominal_words().person_nouns | frozenset(lx.roles)


def named_later(ctx: ArticleContext, paras: list[Paragraph]) -> None:
    """ "North Korea has executed its defence chief ... . Minister Hyon Yong-chol was
    killed by anti-aircraft gunfire": an unnamed person (a role noun) undergoing an event,
    and the one person first named as undergoing an event of the same kind a few sentences
    later, are one person. The later telling must be passive (the same patient) and name
    someone the article has not named before."""
    disc = Discourse(paras)
    nouns = ctx.word_set(_person_words)
    for para in paras:
        tags, lemmas, deps = para.tags, para.lemmas, para.deps
        for i in para.hits(nouns):  # (the nouns' tokens only)
            token = para.tokens[i]
            if tags[i] != "NN" or lemmas[i] not in nouns or deps[i] not in ("dobj", "nsubjpass"):
                continue  # (what ``_unnamed_patient`` asks first, on the columns)
            if not _unnamed_patient(ctx, para, token, nouns):
                continue
            kinds = _event_kinds(ctx, token.head)
            if not kinds:
                continue
            here = disc.sent(para, token)
            person = _named_patient(ctx, disc, here, kinds)
            if person is None:
                continue
            para.links[token.i] = person
            ctx.reference(para, token, person, "nominal")
            disc.add(para, token, person)


def _unnamed_patient(
    ctx: ArticleContext, para: Paragraph, token: Any, nouns: frozenset[str]
) -> bool:
    """ "its defence chief", "the head of an aid organisation", "a senior official" as the
    object of a verb (or the subject of a passive one): a person not named here."""
    if token.i in para.links or token.pos_ != "NOUN" or token.tag_ != "NN":
        return False
    if token.lemma_.lower() not in nouns or token.dep_ not in ("dobj", "nsubjpass"):
        return False
    if token.head.pos_ != "VERB":
        return False
    kids = list(token.children)
    if any(c.dep_ in ("appos", "relcl", "acl") for c in kids):
        return False  # "the head, X," names them here; "a man who ..." is described here
    if any(c.i in para.links and ctx.etype_is(para.links[c.i], EntityType.PERSON) for c in kids):
        return False
    dets = [c for c in kids if c.dep_ in ("det", "poss")]
    if not dets or any(c.lower_ in nominal_words().new_referent_words for c in kids):
        return False
    # a name right after the noun ("the head, Aytac Baran") is this sentence's business
    after = (
        para.tokens[token.right_edge.i + 1] if token.right_edge.i + 1 < len(para.tokens) else None
    )
    return not (after is not None and after.i in para.links)


def _event_kinds(ctx: ArticleContext, verb: Any) -> set[Predicate]:
    """What a verb does, by its triggers ("executed", "shot dead" -> attacked)."""
    return {t.predicate for t in ctx.lx.triggers.verb_senses(verb)}


def _named_patient(
    ctx: ArticleContext, disc: Discourse, here: int, kinds: set[Predicate]
) -> str | None:
    """The one person first named, in the next few sentences, as the subject of a passive
    verb of the same kind ("Y was killed")."""
    found: list[Sighting] = []
    for number in range(here + 1, here + 1 + _LATER):
        for s in disc.in_sentence(number):
            if s.token.dep_ != "nsubjpass" or not ctx.etype_is(s.label, EntityType.PERSON):
                continue
            if disc.first_sent(s.label, body=True) != number or not kinds & _event_kinds(
                ctx, s.token.head
            ):
                continue
            found.append(s)
        if found:
            break
    labels = list(dict.fromkeys(s.label for s in found))
    return labels[0] if len(labels) == 1 else None


# -- "the meeting", "the attack": an event named before ------------------------------------
@dataclass(frozen=True, slots=True)
class EventMention:
    """A word naming an event of some kinds ("attack", "killed", "the meeting"), with the
    entities it names as taking part; ``anaphoric``: a bare definite noun referring back."""

    at: int  # char offset in the article
    kinds: frozenset[Predicate]
    participants: frozenset[str]
    anaphoric: bool


def index_events(ctx: ArticleContext, paras: list[Paragraph]) -> None:
    """Record every event word of the kinds event anaphora knows, so that "the attack"
    can tell whether another attack was named after the one it would refer to."""
    table = anaphora_table(ctx)
    known = frozenset().union(*table.values())
    # a noun's or a verb's kinds by lemma, found once an article (not once a token)
    noun_kinds: dict[str, frozenset[Predicate]] = {}
    verb_kinds: dict[str, frozenset[Predicate]] = {}
    for para in paras:
        lemmas, tokens, links = para.lemmas, para.tokens, para.links
        # the columns first: a Token is read only for a noun or a verb of some kind
        for i, pos in enumerate(para.poses):
            if pos == "NOUN":
                lemma = lemmas[i]
                if lemma not in known:
                    continue  # (no kind: the test below, on one set)
                kinds = noun_kinds.get(lemma)
                if kinds is None:
                    kinds = noun_kinds[lemma] = frozenset(
                        p for p, words in table.items() if lemma in words
                    )
            elif pos == "VERB":
                lemma = lemmas[i]
                kinds = verb_kinds.get(lemma)
                if kinds is None:
                    kinds = verb_kinds[lemma] = frozenset(_event_kinds(ctx, tokens[i]) & set(table))
            else:
                continue
            if not kinds or i in links:
                continue
            token = tokens[i]
            named = frozenset(_named_participants(ctx, para, token))
            anaphoric = token.pos_ == "NOUN" and not named and _definite(ctx, token)
            at = para.offset + token.idx
            ctx.event_mentions.append(EventMention(at, kinds, named, anaphoric))


def _named_participants(ctx: ArticleContext, para: Paragraph, token: Any) -> list[str]:
    """Entities an event word names: its owner, object, passive subject, "of"/"on"/
    "against"/"with"/"between" objects, and a name in front of it ("the Garissa attack")."""
    preps = ctx.cues.get("event_participant_preps", ())
    found: list[str] = []
    for child in token.children:
        if child.dep_ in ("poss", "dobj", "nsubjpass", "compound", "nmod", "amod"):
            if child.i in para.links:
                found.append(para.links[child.i])
        elif child.dep_ in ("prep", "agent") and child.lower_ in preps:
            found.extend(para.links[g.i] for g in child.children if g.i in para.links)
    return found


def _definite(ctx: ArticleContext, token: Any) -> bool:
    """Whether a noun has a determiner that points back (``act_antecedents.determiners`` of
    cues.json: "the attack", "these talks") or a pronoun owner ("their meeting")."""
    determiners = ctx.cues["act_antecedents"]["determiners"]
    return any(
        (c.dep_ == "det" and c.lower_ in determiners) or (c.dep_ == "poss" and c.pos_ == "PRON")
        for c in token.children
    )


def event_antecedent(
    ctx: ArticleContext, para: Paragraph, token: Any, told: Any = None
) -> Draft | None:
    """The event a definite event noun refers back to ("the meeting", "the talks", "the
    attack"): the last claim of that kind before it in the article's text, unless another
    event of the kind with other (or no named) participants was named in between ("three
    people were killed in an attack on a rally"); a later telling with the same
    participants ("the killing of Baran") keeps it. None when there is no such claim.

    The noun must stand alone (no participants of its own: "the meeting between A and B" is
    a new telling that the rules read directly). ``told``: the word of the clause that
    tells the event again, if not the noun ("were killed in the attack": the verb), which
    is no other event named in between."""
    kinds = _anaphor_kinds(ctx, token)
    if not kinds or not _bare_definite(ctx, para, token):
        return None
    before = events_before(ctx, kinds, para.offset + token.sent.start_char)
    if not before:
        return None
    event = before[-1]
    sides = {event.subject, event.object}
    here = para.offset + (told or token).idx
    since = False  # another event of the kind was named since (and not told again)
    for mention in ctx.event_mentions:
        if not event.sentence[1] <= mention.at < here or not mention.kinds & kinds:
            continue
        if mention.participants & sides:
            since = False  # "the killing of Baran": the same event told again
        elif not mention.anaphoric:
            since = True
    return None if since else event


def events_before(ctx: ArticleContext, kinds: set[Predicate], where: int) -> list[Draft]:
    """The article's claims of ``kinds`` told in sentences ending by the char offset
    ``where``, in the order of the text (``ctx.claims`` is in the order found): the events
    themselves, not a claim about who did one ("denied attacking the hotel")."""
    before = [
        c
        for c in ctx.claims
        if c.predicate in kinds
        and c.sentence[1] <= where
        and c.status not in (Status.HYPOTHETICAL, Status.DENIED)
    ]
    return sorted(before, key=lambda c: c.sentence[0])


def anaphora_table(ctx: ArticleContext) -> dict[Predicate, frozenset[str]]:
    """The event nouns that refer back to a claim, by its predicate (``event_anaphora``)."""
    table: dict[str, list[str]] = ctx.cues.get("event_anaphora", {})
    return {Predicate(p): frozenset(w) for p, w in table.items() if not p.startswith("_")}


def _anaphor_kinds(ctx: ArticleContext, token: Any) -> set[Predicate]:
    if token.pos_ != "NOUN":
        return set()
    lemma = token.lemma_.lower()
    return {p for p, words in anaphora_table(ctx).items() if lemma in words}


def _bare_definite(ctx: ArticleContext, para: Paragraph, token: Any) -> bool:
    if not _definite(ctx, token):
        return False
    return not _named_participants(ctx, para, token)


def cue_words(lx: Lexicon) -> Iterator[str]:
    """The nouns ``event_participants`` starts from: an event's anaphor ("the attack",
    ``event_anaphora``: every rule but two reads the event it refers back to), an
    accusation's noun ("the allegations", ``rebuttals``) and a trip's ("a tour",
    ``trip_nouns``)."""
    for key, words in lx.cues.get("event_anaphora", {}).items():
        if not key.startswith("_"):
            yield from words
    yield from lx.cues.get("rebuttals", {}).get("nouns", ())
    yield from lx.words.places.lists["trip_nouns"]


def event_participants(ctx: ArticleContext, paras: list[Paragraph]) -> Iterator[Draft]:
    """ "The meeting was led by Z", "Z chaired the talks", "Z attended the summit": Z met
    the other side of the meeting named before, the side that is not Z's own country.
    "Z claimed responsibility for the attack", "Z denied any involvement in the attack":
    Z attacked the target of the attack named before (occurred, denied); an accusation
    ("accused Z of being behind the attack") is a criticism, not a claim of the attack.
    "X condemned the attack": X criticized its author. "X took Y on a tour": X met Y."""
    joins = set(ctx.cues.get("event_join_verbs", ()))
    words = ctx.word_set(cue_words)
    for para in paras:
        poses, deps, heads, lemmas = para.poses, para.deps, para.heads, para.lemmas
        tokens = para.tokens
        # only the nouns of ``cue_words`` (each rule below tests its own), not every token
        for i in para.hits(words):  # (a Token read only for a noun that passes)
            if poses[i] != "NOUN":
                continue
            joined = lemmas[heads[i]] in joins
            # (a passive subject: "the detentions have been criticised by the US")
            if deps[i] not in ("dobj", "pobj", "nsubjpass") and not joined:
                continue  # no reaction, tour, authorship or joining can hang on it
            token = tokens[i]
            yield from _reactions(ctx, para, token)
            if deps[i] == "nsubjpass" and not joined:
                continue  # a reaction is all a passive subject can take here
            yield from _rebuttals(ctx, para, token)
            yield from _tour_hosts(ctx, para, token)
            agents = _attack_agents(ctx, para, token)
            if agents is None and token.head.lemma_.lower() not in joins:
                continue
            event = event_antecedent(ctx, para, token)
            if event is None or event.object is None:
                continue
            if agents is not None and event.predicate is Predicate.ATTACKED:
                for agent in agents[0]:
                    yield from _agent(ctx, para, token, agent, agents[1], event)
            elif agents is None:
                for person in _joiners(ctx, para, token):
                    yield from _join(ctx, para, token, person, event)


def _reactions(ctx: ArticleContext, para: Paragraph, token: Any) -> Iterator[Draft]:
    """ "The HDP strongly condemned the attack", "Amnesty condemned the arrest", "the
    detentions have been criticised by the US", "the EU welcomed the release": whoever
    condemns (or welcomes) an attack, an arrest, a sentence or a release named before
    criticizes (supports) its author, its victim too ("Yerevan condemned the shelling" of its
    villages)."""
    verb = token.head
    if token.dep_ not in ("dobj", "nsubjpass") or verb.pos_ != "VERB":
        return
    kinds = _event_kinds(ctx, verb) & _REACTIONS
    if len(kinds) != 1:
        return
    event = event_antecedent(ctx, para, token)
    if event is None or event.predicate not in _AUTHORED or _other_release(token, event):
        return
    kind = kinds.pop()
    # "did not condemn the attack", "was not condemned by X": the reaction's own status
    status = qualifiers.status(ctx, verb, verb)
    for actor in _reactors(ctx, para, token, verb):
        if actor == event.subject:
            continue
        yield replace(ctx.draft(para, verb, actor, kind, event.subject, 0.7), status=status)


def _other_release(token: Any, event: Draft) -> bool:
    """ "welcomed the release of the report": a release with a complement of its own may be
    a publication's, not the release of the captive told before; only a bare one refers back."""
    return event.predicate is Predicate.CONCEDED_TO and any(
        c.dep_ == "prep" for c in token.children
    )


def _reactors(ctx: ArticleContext, para: Paragraph, token: Any, verb: Any) -> list[str]:
    """Who reacts to the act ``token`` names: the verb's subject, or in the passive its "by"
    phrase (the parser's agent; "by" read as a plain preposition names no one here)."""
    if token.dep_ == "dobj":
        return _subjects(ctx, para, verb)
    return [
        e
        for agent in verb.children
        if agent.dep_ == "agent"
        for p in agent.children
        if p.dep_ == "pobj"
        for e in ctx.ents(para, p)
    ]


def _rebuttals(ctx: ArticleContext, para: Paragraph, token: Any) -> Iterator[Draft]:
    """ "Amnesty accused Bahrain of abuses. The government responded by denying the
    allegations": whoever denies the accusations last aimed at them (or at a body they
    answer for: ``_answers_for``), told before, criticizes the accuser."""
    table = ctx.cues.get("rebuttals", {})
    verb = token.head
    if token.dep_ != "dobj" or token.lemma_.lower() not in table.get("nouns", ()):
        return
    if verb.lemma_.lower() not in table.get("verbs", ()) or not _bare_definite(ctx, para, token):
        return
    deniers = _subjects(ctx, para, verb)
    if not deniers and verb.dep_ == "pcomp":
        deniers = _subjects(ctx, para, verb.head.head)  # "responded by denying"
    where = para.offset + token.sent.start_char
    before = [
        c for c in ctx.claims if c.predicate is Predicate.CRITICIZED and c.sentence[1] <= where
    ]
    if not before:
        return
    accusation = before[-1]
    for denier in deniers:
        if accusation.object is None or accusation.subject == denier:
            continue
        if _answers_for(ctx, denier, accusation.object):
            yield ctx.draft(para, verb, denier, Predicate.CRITICIZED, accusation.subject, 0.65)


def _answers_for(ctx: ArticleContext, denier: str, accused: str) -> bool:
    """The denier answers an accusation aimed at ``accused``: it is the accused, one of the
    accused country's, or one organ of the state an accused organ belongs to ("HRW accused
    Kenyan police of torture. The Kenyan government dismissed the report"); an organ of no
    state ("the Kenyan opposition") answers for no state body."""
    if denier == accused:
        return True
    country = actor_country(ctx, denier)
    if country is None or country != actor_country(ctx, accused):
        return False
    if ctx.etype_is(accused, EntityType.COUNTRY):
        return True
    return _state_organ(ctx, denier) and _state_organ(ctx, accused)


def _state_organ(ctx: ArticleContext, label: str) -> bool:
    """A country, a state body or force (``state_sectors`` of cues.json), or a person who
    holds one of its offices."""
    if ctx.etype_is(label, EntityType.COUNTRY):
        return True
    if ctx.etype_is(label, EntityType.PERSON):
        return own_state(ctx, label) is not None
    return ctx.resolver.sector_in(label, ctx.cues["state_sectors"]["codes"])


_REACTIONS = frozenset({Predicate.CRITICIZED, Predicate.SUPPORTED})
# deeds one reacts to ("condemned the attack", "criticised the expulsion", "welcomed the release")
_AUTHORED = frozenset(
    {Predicate.ATTACKED, Predicate.COERCED, Predicate.SANCTIONED, Predicate.CONCEDED_TO}
)


def _tour_hosts(ctx: ArticleContext, para: Paragraph, token: Any) -> Iterator[Draft]:
    """ "Kenyatta took Modi on a tour of Nairobi": the host met each guest taken on the
    trip (people both), at the place toured when it is one."""
    if token.dep_ != "pobj" or token.head.lower_ != "on" or token.head.head.pos_ != "VERB":
        return
    if token.lemma_.lower() not in ctx.lx.words.places.lists["trip_nouns"]:
        return
    verb = token.head.head
    guests = [e for c in verb.children if c.dep_ == "dobj" for e in ctx.ents(para, c)]
    hosts = _subjects(ctx, para, verb)
    people = [p for p in (*hosts, *guests) if ctx.etype_is(p, EntityType.PERSON)]
    if not guests or not hosts or len(people) != len(hosts) + len(guests):
        return
    status = qualifiers.status(ctx, verb, verb)
    if status in (Status.DENIED, Status.HYPOTHETICAL):
        return
    date = qualifiers.date(ctx, para, verb, verb, status)
    toured = [
        e
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for g in prep.children
        for e in ctx.ents(para, g)
        if ctx.etype_in(e, (EntityType.CITY, EntityType.PLACE, EntityType.COUNTRY))
    ]
    place = toured[0] if len(toured) == 1 else None
    for host in hosts:
        for guest in guests:
            if host != guest:
                draft = ctx.draft(para, verb, host, Predicate.MET, guest, 0.7)
                yield replace(draft, status=status, date=date, place=place)


def _attack_agents(
    ctx: ArticleContext, para: Paragraph, token: Any
) -> tuple[list[str], Status] | None:
    """Who a construction around "the attack" makes its author, and how sure it is:
    "claimed responsibility for", "denied any involvement in", "carried out"."""
    words: dict[str, list[str]] = ctx.cues.get("event_authorship", {})
    prep = token.head
    if token.dep_ == "dobj" and prep.lemma_.lower() in words.get("do_verbs", ()):
        verb = prep  # "carried out the attack"
        return _subjects(ctx, para, verb), qualifiers.status(ctx, verb, verb)
    if token.dep_ != "pobj":
        return None
    noun = prep.head
    if prep.lower_ in ("for", "in") and noun.lemma_.lower() in words.get("part_nouns", ()):
        verb = noun.head  # "claimed responsibility for", "denied any involvement in"
        if noun.dep_ != "dobj" or verb.pos_ != "VERB":
            return None
        denied = verb.lemma_.lower() in ctx.cues.get("denied_verbs", ())
        status = Status.DENIED if denied else qualifiers.status(ctx, verb, verb)
        return _subjects(ctx, para, verb), status
    return None


def _subjects(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str]:
    """The named subject of ``verb``, through a participle ("issued a message denying")."""
    node = verb
    for _ in range(4):
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if subjects:
            return ctx.ents(para, subjects[0])
        if node.dep_ not in ("acl", "advcl", "xcomp", "pcomp", "conj", "dobj", "relcl"):
            return []
        node = node.head
    return []


def _agent(
    ctx: ArticleContext,
    para: Paragraph,
    token: Any,
    agent: str,
    status: Status,
    event: Draft,
) -> Iterator[Draft]:
    if event.object is None or agent in (event.object, event.subject):
        return
    yield replace(
        event,
        subject=agent,
        status=status,
        sentence=ctx.sentence_span(para, token),
        confidence=min(event.confidence, 0.7),
    )


def _joiners(ctx: ArticleContext, para: Paragraph, token: Any) -> list[str]:
    """Who leads or attends: the agent of "was led by", the subject of "led"."""
    verb = token.head
    if token.dep_ == "nsubjpass":
        by = next((c for c in verb.children if c.dep_ == "agent"), None)
        if by is None:
            return []
        # the agent's phrase up to a comma: the parse often hangs a long title's "for"
        # phrase on the verb ("led by US Assistant Secretary of State for ... Anne Patterson")
        inside = {t.i for t in verb.subtree}
        found: list[str] = []
        for t in para.tokens[by.i + 1 :]:
            if t.i not in inside or t.text in (",", ";", "(") or t.dep_ == "relcl":
                break
            label = para.links.get(t.i)
            if label is not None and ctx.etype_is(label, EntityType.PERSON):
                found.append(label)
        return list(dict.fromkeys(found))
    if token.dep_ == "dobj":
        return [para.links[c.i] for c in verb.children if c.dep_ == "nsubj" and c.i in para.links]
    return []


def _join(
    ctx: ArticleContext, para: Paragraph, token: Any, person: str, event: Draft
) -> Iterator[Draft]:
    sides = [event.subject, event.object or ""]
    if person in sides:
        return
    own = actor_country(ctx, person)
    if own is None:
        return
    countries = [actor_country(ctx, side) for side in sides]
    if countries.count(own) != 1:
        return  # Z's side is not one of the two: an outsider (or unknown) is not guessed
    other = sides[1 - countries.index(own)]
    yield replace(
        event,
        subject=person,
        object=other,
        sentence=ctx.sentence_span(para, token),
        confidence=min(event.confidence, 0.7),
    )


def actor_country(ctx: ArticleContext, label: str) -> str | None:
    """The ISO code of an actor's country: a country's own, a collective's or a gazetteer
    person's, else the country the article makes them a member, leader or envoy of."""
    home = ctx.resolver.home_country(label)
    if home is not None:
        return home
    for claim in ctx.claims:
        if (
            claim.subject == label
            and claim.predicate in _AFFILIATIONS
            and claim.object
            and ctx.etype_is(claim.object, EntityType.COUNTRY)
        ):
            return actor_country(ctx, claim.object)
    return None


_AFFILIATIONS = frozenset(
    {
        Predicate.MEMBER_OF,
        Predicate.LEADER_OF,
        Predicate.ENVOY_OF,
        Predicate.SPOKESPERSON_FOR,
    }
)
