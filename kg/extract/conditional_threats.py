"""Threats set on a condition: "Jazayeri said that if Saudi Arabia continues to block aid, a fire
might start", '"Our options are open when it comes to targeting the Americans if they continue
their attacks," he said' -> the speaker threatened the one whose act the "if" clause names,
when the clause it conditions speaks of harm (PLOVER THREATEN, CAMEO 130). The words are data
(``conditional_threats`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from kg.extract import qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.evaluations import quote_speakers, quoted
from kg.extract.interactions import actors_of, subjects_of
from kg.lexicon import Lexicon
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import Predicate, Status

_CAMEO = "130"  # CAMEO "threaten, not specified below"


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The condition words ("if", "unless": the stage's cues)."""
    words: list[str] = lx.cues["conditional_threats"]["conditions"]
    return words


def conditional_threats(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """threatened claims from who says a harm follows if someone acts to that one."""
    words = ctx.cues["conditional_threats"]
    harms = frozenset(words["harm_words"])
    speech = frozenset(ctx.cues["speech_verbs"])
    for i in para.hits(ctx.word_set(cue_words)):
        mark = para.tokens[i]
        cond = mark.head
        if mark.dep_ != "mark" or cond.dep_ != "advcl" or cond.pos_ not in ("VERB", "AUX"):
            continue
        main = cond.head
        if main.lemma_.lower() == "be":
            continue  # "a war would be unthinkable if Greece left": a judgement, no threat
        conditioned = {t.i for t in cond.subtree}
        if not any(
            t.lemma_.lower() in harms for t in main.subtree if t.i not in conditioned
        ) and not _harm_avoided(cond, words):
            continue  # "if the talks fail, the deal will wait": no harm to anyone
        said = _speech_verb(main, speech)
        if said is not None:
            speakers = [s for s in subjects_of(ctx, para, said) if not quoted(para, said.idx)]
            status = qualifiers.status(ctx, said, said)
            token = said
        elif quoted(para, mark.idx):
            speakers = quote_speakers(ctx, para, main)
            status, token = Status.OCCURRED, mark
        else:
            continue
        targets = [
            e
            for s in para.children(cond)
            if s.dep_ == "nsubj"
            for n in (s, *(c for c in para.children(s) if c.dep_ == "conj"))
            for e in actors_of(ctx, para, n)
            if ctx.etype_in(e, ACTOR_TYPES) and e not in speakers
        ]
        if not targets and _fronted_pronoun(para, cond, main):
            # '"If they want to avoid sanctions, the Israelis have to ...": a pronoun in a
            # condition put first is the subject of the clause after it
            targets = [
                e
                for s in para.children(main)
                if s.dep_ == "nsubj"
                for e in actors_of(ctx, para, s)
                if ctx.etype_in(e, ACTOR_TYPES) and e not in speakers
            ]
        for speaker in dict.fromkeys(s for s in speakers if ctx.etype_in(s, ACTOR_TYPES)):
            for target in dict.fromkeys(targets):
                draft = ctx.draft(para, token, speaker, Predicate.THREATENED, target, 0.6)
                # the threat is made whatever the mood of the harm it holds out
                yield replace(draft, status=status, cameo=_CAMEO)


def _speech_verb(main: Any, speech: frozenset[str]) -> Any | None:
    """The speech verb whose complement holds the clause ("said that ... a fire might start",
    '"... targeting the Americans if they ...," he said'), a few heads up."""
    node = main
    for _ in range(4):
        if node.dep_ == "ccomp":
            head = node.head
            if head.pos_ == "VERB" and head.lemma_.lower() in speech:
                return head
            return None
        if node.dep_ in ("ROOT", "relcl", "conj"):
            return None
        node = node.head
    return None


def _harm_avoided(cond: Any, words: dict[str, Any]) -> bool:
    """The condition is to avoid a harm: "if they want to avoid sanctions"."""
    avoided = frozenset(words["avoided_harms"])
    verbs = frozenset(words["avoid_verbs"])
    return any(
        t.lemma_.lower() in avoided and t.dep_ == "dobj" and t.head.lemma_.lower() in verbs
        for t in cond.subtree
    )


def _fronted_pronoun(para: Paragraph, cond: Any, main: Any) -> bool:
    """The condition comes before its clause and its subject is a pronoun."""
    return cond.i < main.i and any(
        s.dep_ == "nsubj" and s.pos_ == "PRON" for s in para.children(cond)
    )
