"""Talks refused or broken off, found: each verb of refusing ("suspended", "pulled out of",
"refused to hold") with the talks noun it refuses. Read by the ``talk_refusals`` stage (which
claims them) and by the trigger rules (which leave those talks to it). Words are data
(``talk_refusals`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract.context import ArticleContext, Paragraph
from kg.lexicon import Lexicon


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The verbs of refusing or breaking off."""
    verbs: dict[str, str | None] = lx.cues["talk_refusals"]["verbs"]
    return verbs


def refused_talks(ctx: ArticleContext, para: Paragraph) -> Iterator[tuple[Any, Any]]:
    """(verb, talks noun) of each of the paragraph's talks refused or broken off."""
    words = ctx.cues["talk_refusals"]
    nouns = words["nouns"]
    if para.words.isdisjoint(nouns):
        return  # no talks to refuse: every rule ends on one of the nouns
    for verb, _, particle, kids in ctx.particle_verbs(para, "talk_refusals", cue_words):
        if any(c.dep_ == "neg" for c in kids):
            continue  # "did not suspend talks": they go on
        if particle is not None:
            # "pulled out of talks": the parser hangs the "of" on the particle
            held = [c for c in kids if c.dep_ in ("prt", "prep") and c.lower_ == particle]
            if not held:
                continue  # "broke off talks", not "broke ranks"; "ruled out talks"
            kids = kids + [g for c in held for g in para.children(c)]
        for noun in _talks(para, kids, nouns, words["attend_verbs"]):
            yield verb, noun


def refused_noun(ctx: ArticleContext, para: Paragraph, noun: Any) -> bool:
    """The noun names talks refused or broken off ("rejected talks with X", "pulled out of
    negotiations with X"): not held, whatever a trigger of the noun would say."""
    if noun.lemma_.lower() not in ctx.cues["talk_refusals"]["nouns"]:
        return False
    return any(n.i == noun.i for _, n in refused_talks(ctx, para))


def _talks(para: Paragraph, kids: list[Any], nouns: list[str], attend: list[str]) -> list[Any]:
    """The talks the verb refuses: its object ("suspended talks"), the object of its "of" or
    "from" ("pulled out of talks"), or the object of the act it refuses ("refused to hold
    talks", "declined to attend negotiations")."""
    found = [c for c in kids if c.dep_ == "dobj"]
    found += [
        p
        for c in kids
        if c.dep_ == "prep" and c.lower_ in ("of", "from")
        for p in para.children(c)
        if p.dep_ == "pobj"
    ]
    found += [
        o
        for c in kids
        if c.dep_ == "xcomp" and c.lemma_.lower() in attend
        for o in para.children(c)
        if o.dep_ == "dobj"
    ]
    return [n for n in found if n.lemma_.lower() in nouns and n.pos_ == "NOUN"]
