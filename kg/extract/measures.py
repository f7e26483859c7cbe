"""Laws and bills as what actors back or oppose: "Spain's parliament passed the Citizen
Security Law", "the so-called 'gag law' has been criticised by the United Nations", "Amnesty
has protested against the legislation", "the council has come out against the proposed
legislation", "Valls has fiercely defended the bill".

A law is an Event node of its article: a named one by its name ("Citizen Security Law", "USA
Freedom Act"); an unnamed one by the words that first class it ("surveillance law" from "a new
surveillance law"). "the bill", "the legislation", "the new law" refer to the law the article
named or introduced last before them. Passing, approving, adopting or defending a law, or
voting for it, supports it; opposing, criticising, blocking or voting against it criticises
it (the ``supported`` and ``criticized`` triggers of the lexicon, and ``measures.passing``).
Words: ``measures`` of ``kg/data/en/cues.json``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract import interactions, qualifiers, stance_holders
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.lexicon import Lexicon
from kg.resolve.entities import SpanMention
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import EntityType, Predicate, Status

CAMEO = {Predicate.SUPPORTED: "051", Predicate.CRITICIZED: "111"}


def _law_words(lx: Lexicon) -> Iterable[str]:
    """The words a law starts from: its name heads, nouns and plural references."""
    words = lx.cues["measures"]
    return {*words["name_heads"], *words["nouns"], *words["plural_refs"]}


def measures(ctx: ArticleContext, paras: list[Paragraph]) -> Iterator[Draft]:
    """supported / criticized claims from the actors who pass, back or oppose a law to the
    law, an Event node of the article. A definite reference is to the law the story's
    opening (headline or first sentence) names or introduces, else to the one named or
    introduced last before it."""
    words = ctx.cues["measures"]
    roles = ctx.cues["stance_roles"]["nouns"]
    opening = ctx.lead.sentences if ctx.lead is not None else frozenset()
    title = ctx.lead.title if ctx.lead is not None else None
    found = [
        (para, tok, kind, label, span)
        for para in paras
        for tok in (
            para.tokens[i] for i in para.hits(ctx.word_set(_law_words))
        )  # (the words a law starts from)
        if tok.pos_ in ("NOUN", "PROPN")
        for kind, label, span in [
            _mention(para, tok, words, ctx.sentence_span(para, tok)[0] == title)
        ]
        if kind is not None
    ]
    first = next(
        (
            (tok, kind, label)
            for para, tok, kind, label, _ in found
            if kind != "ref" and ctx.sentence_span(para, tok)[0] in opening
        ),
        None,
    )
    main = first[2] if first is not None else None
    renamed: dict[str, str] = {}
    if first is not None and first[1] == "intro":
        # "WikiLeaks exposes secret trade deal ... the so-called Trade In Services Agreement":
        # the name the article gives its unnamed law, one of the same kind
        kind_of = _kind(words, first[0])
        names = {
            label
            for para, tok, kind, label, span in found
            if kind == "name"
            and label is not None
            and _kind(words, tok) == kind_of
            and _naming(para, span)
        }
        if len(names) == 1 and main is not None:
            name = names.pop()
            renamed[main] = name
            main = name
    # a reference to a named law ("the law" after "the Citizen Security Law") is that law's
    # one node, not an article-scoped one of the same label
    named = {label for _, _, kind, label, _ in found if kind == "name"} | set(renamed.values())
    current: str | None = None  # the law named or introduced last
    for para, tok, kind, label, span in found:
        if kind == "ref":
            label = main or current
            if label is None:
                continue
        else:
            label = renamed.get(label or "", label)
            current = label
        assert label is not None
        claims = [*stances_on(ctx, para, tok, words), *_backed_passing(ctx, para, tok, words)]
        if not claims:
            continue
        node = _node(ctx, para, span, label, named=kind == "name" or label in named)
        for verb, predicate, subjects in claims:
            status = (
                Status.OCCURRED  # a standing stance: "a leading critic of the deal"
                if verb.pos_ == "NOUN" and verb.lemma_.lower() in roles
                else qualifiers.status(ctx, verb, verb)
            )
            yield from stance_drafts(ctx, para, verb, predicate, subjects, node, status)


def stance_drafts(
    ctx: ArticleContext,
    para: Paragraph,
    verb: Any,
    predicate: Predicate,
    subjects: list[str],
    node: str,
    status: Status,
) -> Iterator[Draft]:
    """The drafts of one stance ``verb`` from ``subjects`` to the law, contest or issue ``node``."""
    yield from ctx.pair_drafts(
        para,
        verb,
        subjects,
        predicate,
        [node],
        status=status,
        date=qualifiers.date(ctx, para, verb, verb, status),
        cameo=CAMEO[predicate],
    )


def _kind(words: dict[str, Any], tok: Any) -> int | None:
    """Which kind of law a noun is (a law, a deal: ``measures.kinds``)."""
    word = tok.lemma_.lower() if tok.pos_ == "NOUN" else tok.lower_
    return next((n for n, kind in enumerate(words["kinds"]) if word in kind), None)


def _naming(para: Paragraph, span: tuple[int, int]) -> bool:
    """A name the text gives as a name: "the so-called Trade In Services Agreement", "called
    the USA Freedom Act", "known as the Patriot Act"."""
    before = " ".join(t.lower_ for t in para.tokens[max(0, span[0] - 4) : span[0]])
    return any(w in before.split() or w in before for w in ("called", "known as", "dubbed"))


def _node(
    ctx: ArticleContext, para: Paragraph, span: tuple[int, int], label: str, named: bool
) -> str:
    """The article's Event node of the law, recorded at its words."""
    start, end = span
    mention = SpanMention(start, end, label, "EVENT", canonical=label, scoped=not named)
    ctx.resolver.add_vote(label, EntityType.EVENT, 3)
    return ctx.record_aside(para, mention, label)


def _mention(
    para: Paragraph, tok: Any, words: dict[str, Any], headline: bool
) -> tuple[str | None, str | None, tuple[int, int]]:
    """What a noun is as a law: ("name", label) for a law's name ("the Citizen Security
    Law"); ("intro", label) for an unnamed law the article introduces ("a new surveillance
    law", a headline's "controversial surveillance law": a bare noun elsewhere is law in
    general, "did not violate aviation security law"); ("ref", None) for a definite one ("the
    bill", "the proposed legislation", "the so-called gag law"); (None, None) else."""
    none: tuple[str | None, str | None, tuple[int, int]] = (None, None, (0, 0))
    lower = tok.lower_
    plural = lower in words["plural_refs"]
    if tok.dep_ == "compound" or (tok.tag_ in ("NNS", "NNPS") and not plural):
        return none  # "law enforcement", "spy laws"
    kids = para.children(tok)
    mods = [c for c in kids if c.i < tok.i and c.dep_ in ("compound", "amod", "nmod")]
    if any(t.lower_ in words["not_modifiers"] for m in mods for t in m.subtree):
        return none  # "international law", "the previous law"
    if plural:
        # "have come out against the new rules": the law's rules, when nothing names others
        # ("the new EU rules", "FIFA's rules")
        dets = [c.lower_ for c in kids if c.dep_ == "det"]
        own = [c for c in kids if c.dep_ in ("compound", "poss", "nmod") and c.i < tok.i]
        if dets and dets[0] in words["definite"] and not own:
            return "ref", None, (tok.i, tok.i + 1)
        return none
    if tok.text[:1].isupper() and lower in words["name_heads"]:
        names = [c for c in mods if c.dep_ == "compound" and c.pos_ == "PROPN"]
        first = _name_start(para, tok)
        if first is None and not names:
            return none
        if first is None:
            first = min(t.i for c in names for t in c.subtree)
        span = [t for t in para.tokens[first : tok.i + 1] if t.pos_ != "PUNCT"]
        if not all(t.text[:1].isupper() for t in span):
            return none
        return "name", " ".join(t.text for t in span), (first, tok.i + 1)
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in words["nouns"]:
        return none
    dets = [c.lower_ for c in kids if c.dep_ == "det"]
    if not dets and tok.dep_ == "pobj" and para.head(tok).lower_ == "of":
        return none  # "the rule of law"
    classed = [c for c in mods if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if any(d in words["definite"] for d in dets):
        return "ref", None, (tok.i, tok.i + 1)
    bare = headline and not dets and not any(c.dep_ == "poss" for c in kids)
    if (dets and dets[0] in ("a", "an")) or bare:
        if not classed:
            return none
        first = min(t.i for c in classed for t in c.subtree)
        span = [t for t in para.tokens[first : tok.i + 1] if t.pos_ != "PUNCT"]
        return "intro", " ".join(t.text for t in span), (first, tok.i + 1)
    return none


def _name_start(para: Paragraph, tok: Any) -> int | None:
    """Where the model's name of a law ends in ``tok`` starts, when the parser did not make
    its words compounds ("Trade In Services Agreement"): the name's first capitalised word
    after its determiner."""
    if tok.ent_type_ not in ("LAW", "ORG") or tok.ent_iob_ == "B":
        return None
    i = tok.i
    while i > 0 and para.tokens[i].ent_iob_ == "I":
        i -= 1
    while i < tok.i and not para.tokens[i].text[:1].isupper():
        i += 1
    if para.tokens[i].lower_ == "the":
        i += 1
    return i if i < tok.i else None


def stances_on(
    ctx: ArticleContext, para: Paragraph, tok: Any, words: dict[str, Any]
) -> Iterator[tuple[Any, Predicate, list[str]]]:
    """The verbs that back or oppose the law (or other document: ``decisions``) at ``tok``,
    with their predicate and actors: the law as the verb's object ("defended the bill";
    "appealed the order": ``challenging`` of ``words``, if it has one), its passive subject
    ("was criticised by the UN"), or the object of the trigger's preposition ("protested
    against the legislation", "came out against the proposed legislation"), also through
    what is done to it ("resisted the signing of the accord"; ``measures.acts``); the stance
    noun it draws, with its holder ("the bill drew criticism from rights groups";
    ``reaction_verbs``)."""
    head = para.head(tok)
    prep = None
    if (
        tok.dep_ == "pobj"
        and head.lower_ == "of"
        and para.head(head).lemma_.lower() in words["acts"]
        and para.head(head).pos_ == "NOUN"
    ):
        # "resisted the signing of the accord", "welcomed the passage of the bill"
        tok = para.head(head)
        head = para.head(tok)
    elif _act_compound(para, tok, words):
        # "rejected the election results": what came of it, written before it (probeE67)
        tok = head
        head = para.head(tok)
    if tok.dep_ in ("dobj", "nsubjpass"):
        verb = head
    elif tok.dep_ == "pobj" and head.dep_ == "prep":
        prep, verb = head.lower_, para.head(head)
    elif tok.dep_ == "nsubj" and head.lemma_.lower() in ctx.cues["reaction_verbs"]:
        yield from _drawn(ctx, para, head)
        return
    elif tok.dep_ == "nsubj" and head.dep_ in ("acl", "ccomp"):
        # "criticism from rights groups that the bill is too ambiguous"
        noun = _that_noun(para, head)
        if noun is not None:
            yield from _noun_stance(ctx, para, noun, None)
        return
    else:
        return
    if verb.pos_ == "NOUN":
        yield from _noun_stance(ctx, para, verb, prep)
        return
    passive = tok.dep_ == "nsubjpass"
    # asking for "a stronger treaty" wants one yet to be made, no stance on one there is
    made = not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in para.children(tok))
    yield from _verb_stance(ctx, para, verb, prep, (passive, made), words)
    if passive:
        # "was backed by X and endorsed by Y": the conjoined participle's agents too
        for other in stance_holders.passive_conjuncts(para, verb):
            yield from _verb_stance(ctx, para, other, prep, (passive, made), words)


def _verb_stance(
    ctx: ArticleContext,
    para: Paragraph,
    verb: Any,
    prep: str | None,
    how: tuple[bool, bool],
    words: dict[str, Any],
) -> Iterator[tuple[Any, Predicate, list[str]]]:
    """The stance of one verb that takes the law (as object, passive subject or object of
    ``prep``), with its actors; a push for one that is there backs it ("campaigned for the
    ban"), and so do those who push for the clause that passes it (``stance_holders``).
    ``how``: whether the law is the verb's passive subject, and whether it is one made."""
    passive, made = how
    if verb.pos_ != "VERB" and not (verb.pos_ == "AUX" and verb.lemma_ == "be"):
        return  # a copula only by its own trigger: "are against the referendum"
    lemma = verb.lemma_.lower()
    if lemma in words["not_verbs"]:
        return  # "violated the law": no stance on it
    kids = para.children(verb)
    particles = {c.lower_ for c in kids if c.dep_ == "prt"}
    predicates = [
        t.predicate
        for t in ctx.lx.triggers.candidates(lemma, "VERB")
        if t.predicate in CAMEO
        and t.light is None
        and t.prep == prep
        and (t.particle is None or t.particle in particles)
        and (prep is not None or not t.needs_prep)
    ]
    if prep is None and lemma in words["passing"]:
        predicates.append(Predicate.SUPPORTED)
    if prep is None and lemma in words.get("challenging", ()):
        predicates.append(Predicate.CRITICIZED)  # "appealed the order", "challenged the law"
    if not predicates and prep == "for" and made and stance_holders.asks_for(ctx, verb):
        predicates.append(Predicate.SUPPORTED)  # "campaigned for the ban"
    if len(set(predicates)) != 1:
        return
    if passive:
        # "slammed by many, from the CHP to Amnesty": the ends of the range
        subjects = interactions.passive_agents(ctx, para, verb) or stance_holders.ranged(
            ctx, para, verb
        )
    else:
        # "everyone from the CHP to Amnesty has condemned the ruling": the ends of the range
        subjects = interactions.subjects_of(ctx, para, verb) or stance_holders.ranged(
            ctx, para, verb
        )
    subjects = [s for s in subjects if ctx.etype_in(s, ACTOR_TYPES)]
    if subjects:
        yield verb, predicates[0], subjects
    if predicates[0] is Predicate.SUPPORTED and not passive:
        yield from stance_holders.pushers(ctx, para, verb)


def _drawn(
    ctx: ArticleContext, para: Paragraph, verb: Any
) -> Iterator[tuple[Any, Predicate, list[str]]]:
    """The stance noun a law draws, with its givers: "the reform has drawn criticism from
    unions", "the bill won praise from the UN", "drew the EU's condemnation" (a noun trigger
    of ``supported`` or ``criticized`` as the object of one of ``reaction_verbs``; its
    givers after "from", which the parser may hang on the verb, or its owner)."""
    for noun in para.children(verb):
        if noun.dep_ != "dobj" or noun.pos_ != "NOUN":
            continue
        predicates = {
            t.predicate
            for t in ctx.lx.triggers.candidates(noun.lemma_.lower(), "NOUN")
            if t.predicate in CAMEO and t.light is None and t.prep is None
        }
        if len(predicates) != 1:
            continue
        givers = stance_holders.drawn_givers(ctx, para, noun, ("from",), ("from",))
        if givers:
            yield noun, predicates.pop(), givers


def _backed_passing(
    ctx: ArticleContext, para: Paragraph, tok: Any, words: dict[str, Any]
) -> Iterator[tuple[Any, Predicate, list[str]]]:
    """ "The law was approved with the backing of the LFP", "the bill passed with the support
    of 60 senators", "the reform was adopted with Labour's help": the law passes, and the
    actors of the "with" phrase's help noun ("of" them, or owning it) backed it (the help
    nouns of ``stance_phrases``, whose "with" phrase names the helper)."""
    verb = para.head(tok)
    if tok.dep_ not in ("nsubj", "nsubjpass") or verb.pos_ != "VERB":
        return
    if verb.lemma_.lower() not in words["passing"]:
        return
    nouns = ctx.cues["stance_phrases"].get("with", {})
    backers: list[str] = []
    for prep in para.children(verb):
        if prep.dep_ != "prep" or prep.lower_ != "with":
            continue
        for noun in para.children(prep):
            entry = nouns.get(noun.lemma_.lower()) if noun.dep_ == "pobj" else None
            if entry is None or entry[1] != "object":
                continue
            for inner in para.children(noun):
                if inner.dep_ == "poss":
                    backers += interactions.actors_of(ctx, para, inner)
                elif inner.dep_ == "prep" and inner.lower_ == entry[0]:
                    for who in para.children(inner):
                        if who.dep_ == "pobj":
                            backers += interactions.actors_of(ctx, para, who)
    backers = [b for b in dict.fromkeys(backers) if ctx.etype_in(b, ACTOR_TYPES)]
    if backers:
        yield verb, Predicate.SUPPORTED, backers


def _that_noun(para: Paragraph, clause: Any) -> Any:
    """The noun a "that" clause is the content of: its head, or, when the parser hung the
    clause on the verb above, the noun right before "that" or the one whose "from"/"by"
    phrase ends there ("criticism from rights groups that ...")."""
    head = para.head(clause)
    if head.pos_ == "NOUN":
        return head
    marks = [c for c in para.children(clause) if c.dep_ == "mark" and c.lower_ == "that"]
    if not marks or marks[0].i == 0:
        return None
    prev = para.tokens[marks[0].i - 1]
    if prev.pos_ != "NOUN":
        return None
    up = para.head(prev)
    if prev.dep_ == "pobj" and up.lower_ in ("from", "by") and para.head(up).pos_ == "NOUN":
        return para.head(up)
    return prev


def _noun_stance(
    ctx: ArticleContext, para: Paragraph, noun: Any, prep: str | None
) -> Iterator[tuple[Any, Predicate, list[str]]]:
    """A stance noun the law hangs on: an actor's role ("Fight for the Future, a leading
    critic of the deal", "X is a staunch supporter of the bill"; ``stance_roles.nouns``), or
    an act of stance with its holder after "from" or "by", or as its owner ("criticism from
    rights groups that the bill is too ambiguous", "Amnesty's opposition to the law"), or the
    ones an example list names or a light verb's subject ("opponents of the dam, including
    WWF", "voiced opposition to the project"; ``stance_holders``)."""
    lemma = noun.lemma_.lower()
    kids = para.children(noun)
    roles: dict[str, list[str]] = ctx.cues["stance_roles"]["nouns"]
    if prep == "of" and lemma in roles:
        predicate = Predicate(roles[lemma][0])
        if predicate not in CAMEO:
            return
        lapsed = ctx.cues["stance_roles"]["lapsed_words"]
        if any(c.lower_ in lapsed for c in kids if c.i < noun.i):
            return  # "a former critic of the law"
        # "opponents of the dam, including the Green Party": the ones listed
        holders = stance_holders.listed(ctx, para, noun)
        if not holders and noun.dep_ == "appos":
            holders = interactions.actors_of(ctx, para, para.head(noun))
        elif not holders and noun.dep_ == "attr":
            holders = interactions.subjects_of(ctx, para, para.head(noun))
    else:
        predicates = {
            t.predicate
            for t in ctx.lx.triggers.candidates(lemma, "NOUN")
            if t.predicate in CAMEO and t.light is None and t.prep == prep
        }
        if not predicates:
            # "raised concerns over the bill": a noun of stance only under its light verbs
            yield from stance_holders.light_voiced(ctx, para, noun, prep, CAMEO)
            return
        if len(predicates) != 1:
            return
        predicate = predicates.pop()
        holders = [
            a
            for c in kids
            if c.dep_ == "prep" and c.lower_ in ("from", "by")
            for g in para.children(c)
            if g.dep_ == "pobj"
            for a in interactions.actors_of(ctx, para, g)
        ]
        holders += [
            a for c in kids if c.dep_ == "poss" for a in interactions.actors_of(ctx, para, c)
        ]
        voicing = None if holders else stance_holders.voiced(ctx, para, noun)
        if voicing is not None:
            # "voiced opposition to the project": the verb's subject, its status the verb's
            yield voicing[0], predicate, voicing[1]
            return
    holders = [h for h in holders if ctx.etype_in(h, ACTOR_TYPES)]
    if holders:
        yield noun, predicate, holders


def contests(ctx: ArticleContext, paras: list[Paragraph]) -> Iterator[Draft]:
    """supported / criticized claims from the actors who back, oppose or boycott an election,
    a referendum or talks to it, an Event node of the article: "opposes the peace talks",
    "decided to boycott last year's parliamentary elections", "are against the referendum".
    Its label is its kind and noun ("parliamentary elections", "peace talks"; ``contests.kinds``)
    or, with none, the one the article gave that noun first, else the noun ("elections").
    Talks between or with actors are no object (they are ``negotiated_with``); nor are
    winning, holding or rigging one (``contests.not_verbs``). Words: ``contests`` of
    ``kg/data/en/cues.json``."""
    words = ctx.cues["contests"]
    found = [
        (para, tok, _contest_kind(para, tok, words))
        for para in paras
        for tok in (para.tokens[i] for i in para.hits(ctx.word_set(_contest_words)))
        if tok.pos_ == "NOUN"
        and tok.lower_ in words["nouns"]
        and (tok.dep_ != "compound" or _act_compound(para, tok, words))
    ]
    kinded: dict[str, str] = {}  # lemma -> the first label with a kind the article gives it
    bare: dict[str, str] = {}  # lemma -> the first form the article gives it
    for _, tok, kind in found:
        bare.setdefault(tok.lemma_.lower(), tok.lower_)
        if kind is not None:
            kinded.setdefault(tok.lemma_.lower(), kind)
    changes = words["changes"]
    change: str | None = None  # the change the article proposed last
    # only a word of change (a verb or noun of ``changes``) sets or takes up a change: its
    # tokens are visited (``Paragraph.hits``), not every token of the article
    change_words = ctx.word_set(_change_words)
    for para in paras:
        for tok in (para.tokens[i] for i in para.hits(change_words)):
            label = _change(para, tok, changes)
            if label is not None:
                change = label
            if tok.pos_ != "NOUN" or change is None:
                continue
            if (label is not None or _change_ref(para, tok, changes)) and _claims_any(
                ctx, para, tok, words
            ):
                node = _node(ctx, para, (tok.i, tok.i + 1), change, named=False)
                yield from _stances(ctx, para, tok, words, node)
    for para, tok, _ in found:
        kids = para.children(tok)
        if any(c.dep_ == "prep" and c.lower_ in words["parties"] for c in kids):
            continue  # "talks with the rebels": negotiated_with
        lemma = tok.lemma_.lower()
        label = kinded.get(lemma) or bare[lemma]
        if _claims_any(ctx, para, tok, words):
            node = _node(ctx, para, (tok.i, tok.i + 1), label, named=False)
            yield from _stances(ctx, para, tok, words, node)


def _act_compound(para: Paragraph, tok: Any, words: dict[str, Any]) -> bool:
    """The contest or law at ``tok`` is the compound in front of a noun of what is done to it
    or comes of it (``acts``: "the election results", "the poll outcome"), as it is after "of"
    in "the results of the election"."""
    head = para.head(tok)
    return bool(
        tok.dep_ == "compound"
        and head.i > tok.i
        and head.pos_ == "NOUN"
        and head.lemma_.lower() in words["acts"]
    )


def _claims_any(ctx: ArticleContext, para: Paragraph, tok: Any, words: dict[str, Any]) -> bool:
    """Whether a stance takes the contest at ``tok`` (before its node is recorded)."""
    return any(stances_on(ctx, para, tok, words)) or any(_boycotts(ctx, para, tok, words))


def _stances(
    ctx: ArticleContext, para: Paragraph, tok: Any, words: dict[str, Any], node: str
) -> Iterator[Draft]:
    """The drafts of the stances that take the contest or change at ``tok`` (node ``node``)."""
    for verb, predicate, subjects in [
        *stances_on(ctx, para, tok, words),
        *_boycotts(ctx, para, tok, words),
    ]:
        status = qualifiers.status(ctx, verb, verb)
        if verb.pos_ == "NOUN" and para.head(verb).lemma_.lower() in words["withdrawing"]:
            status = Status.DENIED  # "has withdrawn its support for the elections"
        yield from stance_drafts(ctx, para, verb, predicate, subjects, node, status)


def _contest_words(lx: Lexicon) -> Iterable[str]:
    """The nouns of contests (``contests.nouns``: "elections", "talks")."""
    return lx.cues["contests"]["nouns"]  # type: ignore[no-any-return]


def _change_words(lx: Lexicon) -> Iterable[str]:
    """The verbs and nouns of change (``contests.changes``) that ``_change`` and
    ``_change_ref`` start from, for ``Paragraph.hits``."""
    changes = lx.cues["contests"]["changes"]
    return (*changes["verbs"], *changes["nouns"])


def _change(para: Paragraph, tok: Any, changes: dict[str, Any]) -> str | None:
    """The label of a change of a charter the text proposes: a verb of change taking it
    ("to change the constitution", "amend the constitution": "constitutional change") or a
    noun of change of its kind ("a constitutional amendment"); ``contests.changes``."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() in changes["verbs"]:
        objects = [c.lower_ for c in para.children(tok) if c.dep_ == "dobj"]
        return next((changes["objects"][o] for o in objects if o in changes["objects"]), None)
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in changes["nouns"]:
        kinds = [c.lower_ for c in para.children(tok) if c.dep_ == "amod" and c.i < tok.i]
        return next((f"{k} {tok.lemma_.lower()}" for k in kinds if k in changes["kinds"]), None)
    return None


def _change_ref(para: Paragraph, tok: Any, changes: dict[str, Any]) -> bool:
    """A definite change with no kind ("such a change", "the amendment"): the one the
    article proposed last."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in changes["nouns"]:
        return False
    kids = para.children(tok)
    if any(c.dep_ in ("amod", "compound", "prep", "poss") for c in kids):
        return False  # "the climate change", "the change of government"
    dets = [c.lower_ for c in kids if c.dep_ in ("det", "predet")]
    return bool(dets) and dets[0] in changes["definite"]


def _contest_kind(para: Paragraph, tok: Any, words: dict[str, Any]) -> str | None:
    """The label of a contest noun with its kind ("parliamentary elections" from "last
    year's parliamentary elections"); None with no kind, or with two ("presidential and
    parliamentary elections": the label is then the noun's)."""
    kinds = [
        c
        for c in para.children(tok)
        if c.i < tok.i and c.dep_ in ("amod", "compound") and c.lower_ in words["kinds"]
    ]
    if not kinds or any(g.dep_ == "conj" for c in kinds for g in para.children(c)):
        return None
    return " ".join([*(c.lower_ for c in kinds), tok.lower_])


def _boycotts(
    ctx: ArticleContext, para: Paragraph, tok: Any, words: dict[str, Any]
) -> Iterator[tuple[Any, Predicate, list[str]]]:
    """A boycott of the contest at ``tok`` criticises it ("boycotted the polls", "the
    decision to boycott the elections"; ``contests.rejecting``), which the lexicon reads as
    a sanction when its object is an actor."""
    verb = para.head(tok)
    if tok.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in words["rejecting"]:
        return
    subjects = interactions.subjects_of(ctx, para, verb)
    if not subjects and verb.dep_ in ("acl", "xcomp"):
        owner = para.head(verb)  # "al-Wefaq's decision to boycott the elections"
        subjects = [
            a
            for c in para.children(owner)
            if c.dep_ == "poss"
            for a in interactions.actors_of(ctx, para, c)
        ]
    subjects = [s for s in subjects if ctx.etype_in(s, ACTOR_TYPES)]
    if subjects:
        yield verb, Predicate.CRITICIZED, subjects


def lifted_to_makers(ctx: ArticleContext, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` without a stance on a law's maker that its sentence gives on the law
    itself: after "Spain's parliament passed the Citizen Security Law", "the so-called 'gag
    law' has been criticised by the UN" criticises the law (its Event node), not the
    parliament that passed it. The act-antecedent and owner rules of ``interactions`` lift
    a stance on an unnamed act to its doer; a law this module reads is a node of its own,
    and the gold aims stances on a law at the law."""
    stances = (Predicate.SUPPORTED, Predicate.CRITICIZED)
    laws = {
        d.object
        for d in drafts
        if d.predicate in stances and d.object and ctx.etype_is(d.object, EntityType.EVENT)
    }
    if not laws:
        return drafts
    # who passed, adopted or backed each law: (maker, law)
    makers = {(d.subject, d.object) for d in drafts if d.predicate is Predicate.SUPPORTED}
    on_law = {(d.sentence, d.subject, d.predicate, d.object) for d in drafts if d.object in laws}
    lifted = {
        id(d)
        for d in drafts
        if d.predicate in stances
        for law in laws
        if (d.object, law) in makers and (d.sentence, d.subject, d.predicate, law) in on_law
    }
    return [d for d in drafts if id(d) not in lifted] if lifted else drafts
