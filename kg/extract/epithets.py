"""Epithets as coreference: "Jeb Bush spoke in Iowa. The former Florida governor criticised
Obama", "The 57-year-old took Buhari on a tour" -> the one person the sentence before named
as its subject. A new description of someone just named, not a title the article gave them
(``link_titles``) nor a noun it set beside the name (``link_described_refs``).
Words: ``epithets`` of ``kg/data/en/cues.json``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kg.extract.context import ArticleContext, Paragraph
from kg.extract.discourse import Discourse, main_subject, salient
from kg.extract.nominals import nominal_words
from kg.lexicon import Lexicon
from kg.resolve.described import people_nouns
from kg.vocab import EntityType, Predicate

_MODIFIERS = ("amod", "compound", "nummod", "npadvmod")
_SUBJECTS = ("nsubj", "nsubjpass")
_BODIES = (EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.GROUP)
_TIES = (Predicate.MEMBER_OF, Predicate.LEADER_OF)


def epithet_heads(lx: Lexicon) -> Iterable[str]:
    """The head words an epithet may have: the titles, WordNet's nouns for people and the
    age word ("old" of "the 63-year-old"; ``epithets.age``); the stage's cue words."""
    return {*lx.roles, *people_nouns(lx.language), lx.cues["epithets"]["age"]}


def link_epithets(ctx: ArticleContext, paras: list[Paragraph]) -> None:
    """ "Senator Rand Paul announced his bid. The Kentucky senator criticised Clinton": a
    definite singular description with a capitalised or age modifier ("the Kentucky
    senator", "the former Florida governor", "the 63-year-old", "the Conservative leader"),
    main subject of its sentence, left unlinked by the title and description rules -> the
    one person named in the sentence before and in the epithet's own up to it (an age, with
    two: the main subject before, ``_subject_before``). Left: a noun with no such modifier ("the
    judge", "the presiding judge": maybe someone the story brings along), an owned one ("his
    lawyer"), one of a body ("the mayor of X"), one said to be another ("the other
    senator"), and one whose country or body modifier the person is not tied to ("Kerry
    arrived. The Iraqi minister said")."""
    heads = ctx.word_set(epithet_heads)
    disc: Discourse | None = None
    for para in paras:
        for i in para.hits(heads):
            token = para.tokens[i]
            if i in para.links or not _epithet(ctx, para, token):
                continue
            if disc is None:
                disc = Discourse(paras)
            person = _subject_before(ctx, disc, para, token)
            if person is None or not _fits(ctx, para, token, person):
                continue
            para.links[i] = person
            ctx.reference(para, token, person, "nominal")
            disc.add(para, token, person)


def _epithet(ctx: ArticleContext, para: Paragraph, token: Any) -> bool:
    """The token heads "the" + modifiers + a person noun (or "the N-year-old"), as the main
    subject of its sentence, with no owner, no "of" phrase and no word for someone new."""
    if not main_subject(token) or token.tag_ not in ("NN", "JJ"):
        return False
    kids = list(token.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return False
    new = nominal_words().new_referent_words
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in kids):
        return False
    if any(t.lower_ in new for t in token.subtree if t.i < token.i):
        return False
    if token.tag_ == "JJ":
        return _age(ctx, token)
    lemma = token.lemma_.lower()
    if lemma not in ctx.word_set(epithet_heads) or lemma in ctx.cues["epithets"]["not_heads"]:
        return False
    return any(c.dep_ in _MODIFIERS and c.i < token.i and _naming(ctx, c) for c in kids)


def _naming(ctx: ArticleContext, modifier: Any) -> bool:
    """A modifier that tells who the person is, not what part they play in the story: a
    capitalised word ("the Kentucky senator", "the Conservative leader") or an age ("the
    38-year-old striker"); "the presiding judge" may be someone the story brings along."""
    return bool(modifier.text[:1].isupper() or _age(ctx, modifier))


def _age(ctx: ArticleContext, token: Any) -> bool:
    """ "the 63-year-old": the age word with its unit and a number before it."""
    words = ctx.cues["epithets"]
    if token.lower_ != words["age"]:
        return False
    return any(
        c.lower_ in words["units"] and any(n.dep_ == "nummod" for n in c.children)
        for c in token.children
    )


def _subject_before(
    ctx: ArticleContext, disc: Discourse, para: Paragraph, token: Any
) -> str | None:
    """The person the epithet takes up: of the people named by name in the sentence before
    and in the epithet's own up to it, the one; for an age ("the 57-year-old"), which is
    never someone new, the one main subject of the latest sentence naming them when no
    other there is an argument of its verb (``salient``). A title or a noun with two people
    named may be a third ("Kerry met Salman. The White House press secretary said")."""
    here = disc.sent(para, token)
    before = disc.sentence_before(here)
    if before < 0:
        return None
    found = [
        s
        for s in disc.before(para, token, here - before)
        if s.sent >= before and ctx.etype_is(s.label, EntityType.PERSON)
    ]
    if not any(s.proper for s in found):
        return None
    if len({s.label for s in found}) > 1 and token.lower_ != ctx.cues["epithets"]["age"]:
        return None  # "Kerry met Salman. The White House press secretary": someone new
    return salient(found, here, token)


def _fits(ctx: ArticleContext, para: Paragraph, token: Any, person: str) -> bool:
    """No modifier names another person ("the Sub Laban family") or a country or body the
    article does not tie the person to ("The Iraqi minister" after "Kerry arrived")."""
    for child in token.subtree:
        label = para.links.get(child.i)
        if child.i >= token.i or label is None or label == person:
            continue
        if ctx.etype_is(label, EntityType.PERSON):
            return False
        if ctx.etype_in(label, _BODIES) and not any(
            c.subject == person and c.object == label and c.predicate in _TIES for c in ctx.claims
        ):
            return False
    return True
