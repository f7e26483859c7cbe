"""Whose act a definite act noun is when its own sentence names no doer: "Russia banned
imports of X. The EU called the move illegal", "Opposition parties made big promises. These
promises were dismissed as unrealistic": the doer of the act the sentence before tells.
Words: ``act_antecedents`` of ``kg/data/en/cues.json``; read by the verdict rules.
"""

from __future__ import annotations

from typing import Any

from kg.extract.context import ArticleContext, Paragraph
from kg.extract.interactions import actors_of, passive_agents

# what names a noun's own doer or content
_OWN = frozenset({"poss", "prep", "acl", "relcl", "appos"})
# how a pointing word hangs on its noun ("the", "these"; "such")
_POINTING = frozenset({"det", "amod", "predet"})


def earlier_doers(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """The named doer of the act that the sentence before ``noun``'s tells in its main clause
    or, under a speech verb, the clause it reports (``_main_verbs``; in the same paragraph,
    or the last sentence of the paragraph before), when ``noun`` is a definite act noun of
    ``act_antecedents`` that this act can be called: its verb is one of the noun's verbs
    ("announced" for "the announcement", any decision verb for "the move") or takes the noun
    itself as object ("signed the deal" for "the deal"). Nothing when the sentence tells no
    such act, tells it negated or as a plan only, or tells two such acts by different
    doers."""
    table = ctx.cues["act_antecedents"]
    lemma = noun.lemma_.lower()
    verbs = table["nouns"].get(lemma)
    if verbs is None or not _pointing(noun, table["determiners"]):
        return []
    before = _sentence_before(ctx, para, noun)
    if before is None:
        return []
    here, tokens = before
    # "decision": the verbs of any decided act ("the move", "the step", "the decision")
    names = set(table["decision_verbs"] if verbs == "decision" else verbs)
    doers = {
        tuple(found)
        for verb in _main_verbs(tokens, ctx.cues["speech_verbs"])
        if _names_act(verb, lemma, names, table["same_nouns"])
        and not _unsure(ctx, verb)
        and (found := _doers(ctx, here, verb))
    }
    return list(doers.pop()) if len(doers) == 1 else []


def _pointing(noun: Any, determiners: list[str]) -> bool:
    """ "the move", "these promises", "such measures": a determiner pointing back ("such" is
    parsed as an adjective or predeterminer), and no owner or content of its own ("Poland's
    move", "the plan for a new airport", "the decision to include X" may be another act
    than the one told before)."""
    kids = list(noun.children)
    return points_back(noun, determiners) and not any(c.dep_ in _OWN for c in kids)


def points_back(noun: Any, determiners: list[str]) -> bool:
    """The noun has a word that points back to something told before (``determiners`` of
    ``act_antecedents``: "the", "these", "such")."""
    return any(c.dep_ in _POINTING and c.lower_ in determiners for c in noun.children)


def _sentence_before(
    ctx: ArticleContext, para: Paragraph, noun: Any
) -> tuple[Paragraph, list[Any]] | None:
    """The paragraph and tokens of the sentence just before ``noun``'s, also across a
    paragraph break (``ArticleContext.paragraphs``)."""
    start = para.sent_start(noun)
    bounds = [b for b in para.sents if b[1] <= start]
    if bounds:
        first, end = bounds[-1]
        return para, para.tokens[first:end]
    at = next((i for i, p in enumerate(ctx.paragraphs) if p is para), 0)
    if at == 0:
        return None
    previous = ctx.paragraphs[at - 1]
    if not previous.sents:
        return None
    first, end = previous.sents[-1]
    return previous, previous.tokens[first:end]


def _main_verbs(tokens: list[Any], speech: list[str]) -> list[Any]:
    """The sentence's root verb and the verbs coordinated with it; for a root of ``speech``
    (``speech_verbs``), also the verb of the clause it reports: wire copy tells the act and
    then who said so ("Chile imposed tariffs on X, the ministry said")."""
    roots = [t for t in tokens if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")]
    roots += [c for r in roots if r.lemma_.lower() in speech for c in _reported(r)]
    return roots + [c for r in roots for c in r.conjuncts if c.pos_ == "VERB"]


def _reported(verb: Any) -> list[Any]:
    """The verbs of the clauses a speech verb reports ("said Russia halted deliveries")."""
    return [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]


def _names_act(verb: Any, lemma: str, verbs: set[str], same: dict[str, list[str]]) -> bool:
    """The verb does what the noun names: one of its verbs, or any verb whose object is the
    noun itself ("made big promises", "signed the deal")."""
    if verb.lemma_.lower() in verbs:
        return True
    nouns = {lemma, *same.get(lemma, ())}
    return any(c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in verb.children)


def _unsure(ctx: ArticleContext, verb: Any) -> bool:
    """ "did not ban", "would ban", "may decide": no act was done."""
    return any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in ctx.cues["hypothetical_aux"])
        for c in verb.children
    )


def _doers(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str]:
    """Who did it: the verb's subject (or its head's, for a coordinated verb), or in the
    passive the actors after "by"."""
    node = verb
    for _ in range(2):  # "Russia banned X and imposed Y": the conjunct's subject is the head's
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if subjects:
            return [e for s in subjects for e in actors_of(ctx, para, s)]
        if any(c.dep_ == "nsubjpass" for c in node.children):
            return passive_agents(ctx, para, node)
        if node.dep_ != "conj":
            return []
        node = node.head
    return []
