"""Sense in actor coreference: a pronoun that only people can be ("police arrested them",
"deported them") is not blocked by a plural noun of things in between ("When protesters
blocked roads, police arrested them": not the roads), and inside a quote takes the people
the quote itself names before it. Read by ``kg/extract/actor_coref.py``.
"""

from __future__ import annotations

from typing import Any

from kg.extract.context import ArticleContext, Paragraph
from kg.extract.discourse import quoted
from kg.extract.nominals import nominal_words


def people_only(ctx: ArticleContext, token: Any) -> bool:
    """The pronoun is the object of a verb whose object is people, or the subject of one whose
    subject is (``people_objects`` of ``kg/data/en/cues.json``: "police arrested them", "used
    tear gas to disperse them", "said they were fleeing")."""
    words = ctx.cues["people_objects"]
    if token.head.pos_ != "VERB":
        return False
    if token.lower_ == "them" and token.dep_ == "dobj":
        return bool(token.head.lemma_.lower() in words["verbs"])
    if token.lower_ == "they" and token.dep_ == "nsubj":
        return bool(token.head.lemma_.lower() in words["subjects"])
    return False


def thing_noun(ctx: ArticleContext, noun: Any) -> bool:
    """A common plural noun that names no people ("roads", "buildings", "villages"): not a
    person noun of the rule data (``person_nouns``, ``counted_targets`` nouns, a role), a
    body of people (a group noun, a sector word, ``people_objects`` collectives), nor one
    with the ending of a noun for people."""
    if noun.pos_ != "NOUN" or noun.ent_type_:
        return False
    lemma = noun.lemma_.lower()
    if lemma in nominal_words().person_nouns or lemma in ctx.lx.roles:
        return False
    if lemma in ctx.cues["people_objects"]["collectives"] or lemma in nominal_words().group_nouns:
        return False
    if ctx.lx.actors.sector_of(noun.lower_) or ctx.lx.actors.sector_of(lemma):
        return False  # "troops", "authorities", "militias": bodies of people
    if noun.lower_ in ctx.cues["counted_targets"]["nouns"]:
        return False
    # a suffix of a noun for people ("fighters", "Iranians", "gunmen") keeps it a candidate
    return not lemma.endswith(tuple(ctx.cues["people_objects"]["people_endings"]))


def quoted_antecedent(para: Paragraph, token: Any, found: list[str]) -> list[str]:
    """A quoted "them" of ``people_only`` keeps its antecedents only when the quote names
    them in the pronoun's own sentence ('"when protesters block roads, police use tear gas
    to disperse them"'); one from outside the quote is the speaker's to say."""
    earlier = {
        para.links[t.i]
        for t in para.tokens[para.sent_start(token) : token.i]
        if t.i in para.links and quoted(para, t)
    }
    return found if found and set(found) <= earlier else []


def rival_between(para: Paragraph, start: Any, token: Any, first: int, own: set[int]) -> bool:
    """Another named plural actor between the candidate and the pronoun, not the subject of
    the pronoun's own verb (``own``: "police arrested them"): "Protesters blocked roads while
    students occupied buildings, and police arrested them" names two the pronoun may be."""
    mine = para.links.get(start.i)
    return any(
        t.tag_ in ("NNS", "NNPS")
        and t.i in para.links
        and t.i not in own
        and para.links[t.i] != mine
        for t in para.tokens[first : token.i]
    )
