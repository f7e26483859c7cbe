"""Quotes: ``stated`` claims, a quote attributed by a speech verb whose subject is a person
(or given its speaker across paragraphs by ``speakers``), and the criticism its words tell."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.evaluations import unsure
from kg.extract.speakers import (
    QUOTE_WORDS,
    SPEAKER_TYPES,
    paragraph_quotes,
    paragraph_speakers,
    speakers_of_quotes,
)
from kg.lexicon import Lexicon
from kg.nlp.coordination import first_conjunct
from kg.vocab import EntityType, Predicate, Status


def quotes(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """``stated``: a quote attributed by a speech verb whose subject is a person, else the
    words of the person its run of paragraphs gives it (``speakers.paragraph_speakers``: a
    quote carried on, a colon intro, the one person the paragraph before introduces)."""
    text = para.text
    carried: list[tuple[int, int, str | None]] | None = None  # (found when first needed)
    named_end: int | None = None  # the end of the last quote that named a charge
    for qstart, qend in paragraph_quotes(para):
        if _charge_name(ctx, para, qstart, qend, named_end):
            named_end = qend
            continue  # 'faces charges including "propaganda against the state"': a name
        named_end = None
        quote = text[qstart:qend].strip()
        if len(quote.split()) < QUOTE_WORDS:
            continue
        speaker, sentence = _speaker(ctx, para, qstart, qend)
        if speaker is None or sentence is None:
            carried = paragraph_speakers(ctx, para) if carried is None else carried
            speaker = next((s for a, _, s in carried if a == qstart), None)
            if speaker is None or not ctx.etype_is(speaker, EntityType.PERSON):
                continue
            sentence = (qstart, qend)
        start = min(sentence[0], qstart - 1)
        end = max(sentence[1], min(qend + 1, len(text)))  # (its closing mark, if any)
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


# how a charge's name hangs on its charge word: after a preposition, as object or apposition
_NAMING = frozenset({"pobj", "pcomp", "dobj", "appos"})
# the words and marks between two quotes of a list, quote marks aside ('"X", "Y" and "Z"')
_BETWEEN = re.compile(r"\w+|[^\w\s\"“”‘’']")


def _charge_name(
    ctx: ArticleContext, para: Paragraph, qstart: int, qend: int, named_end: int | None
) -> bool:
    """The quote names a charge (``charge_names``): its words hang on a charge word ("charges
    including", "charged with", "convicted of"), or it follows, with only separators between,
    a quote that does ('"X", "Y" and "Z"', however the parser hangs "Z")."""
    words = ctx.cues["charge_names"]
    if named_end is not None:
        between = _BETWEEN.findall(para.text[named_end:qstart])
        if all(w.lower() in words["separators"] for w in between):
            return True
    governors = words["governors"]
    for token in para.tokens:
        if not qstart <= token.idx < qend or qstart <= token.head.idx < qend:
            continue  # only the quote's root words, hung outside it
        node = first_conjunct(token)  # '"X" and "Y"': the list's first item
        # ("charged with "spreading ..."": a gerund after the preposition)
        governor = node.head.head if node.dep_ in ("pobj", "pcomp") else node.head
        if node.dep_ in _NAMING and governor.lemma_.lower() in governors:
            return True
    return False


def _speaker(
    ctx: ArticleContext, para: Paragraph, qstart: int, qend: int
) -> tuple[str | None, tuple[int, int] | None]:
    """The person a speech verb of the quote's sentences names as its subject, and the
    (start, end) chars of that sentence (``Span.start_char``, ``end_char``)."""
    tokens = para.tokens  # the sentences' bounds read from the paragraph (no Span made)
    spans = [
        (start, end, tokens[start].idx, tokens[end - 1].idx + len(tokens[end - 1].text))
        for start, end in para.sents
    ]
    sentences = [s for s in spans if s[2] <= qstart < s[3]]
    sentences += [s for s in spans if s[2] < qend <= s[3]]
    for start, end, start_char, end_char in sentences:
        for token in tokens[start:end]:
            if token.idx >= qstart and token.idx < qend:
                continue
            if token.lemma_.lower() in ctx.cues["speech_verbs"] and token.pos_ == "VERB":
                for subj in token.children:
                    if subj.dep_ == "nsubj" and not (qstart <= subj.idx < qend):
                        label = para.links.get(subj.i)
                        if label and ctx.etype_is(label, EntityType.PERSON):
                            return label, (start_char, end_char)
    return None, None


# -- a quote that tells of an actor's attack: the speaker criticises the attacker ------------
_ACCUSED = frozenset({Predicate.ATTACKED, Predicate.COERCED, Predicate.THREATENED})


def quoted_accusations(ctx: ArticleContext, paras: list[Paragraph]) -> Iterator[Draft]:
    """``criticized``: '"Museveni's police are killing civilians," Besigye said' -> Besigye
    criticised Museveni. An attack claim whose subject (and object) are named inside a
    direct quote is the speaker's accusation of its doer. The speaker is the subject of a
    speech verb outside the quote in a sentence of it ("X said", "X was quoted as saying",
    "he said"), else, for a paragraph that opens with a quote and attributes none, the
    speaker of the paragraph before's last quote (a quote carried on)."""
    for para, own in speakers_of_quotes(ctx, paras):
        for start, end, speaker in own:
            if speaker is not None:
                yield from _accusations(ctx, para, start, end, speaker)
                yield from _reproved(ctx, para, start, end, speaker)


def _accusations(
    ctx: ArticleContext, para: Paragraph, qstart: int, qend: int, speaker: str
) -> Iterator[Draft]:
    """The speaker criticises the doer of each attack claim named inside the quote."""
    named = {label for i, label in para.links.items() if qstart <= para.tokens[i].idx < qend}
    low, high = para.offset + qstart, para.offset + qend
    made: set[str] = set()
    own: set[str] | None = None
    for claim in list(ctx.claims):
        if claim.predicate not in _ACCUSED:
            continue
        if claim.status is not Status.OCCURRED and not (
            claim.status is Status.HYPOTHETICAL and _professed_in(ctx, para, low, high, claim)
        ):
            continue
        if claim.sentence[1] <= low or claim.sentence[0] >= high:
            continue
        doer = claim.subject
        if doer == speaker or doer in made or doer not in named:
            continue
        own = _own_sides(ctx, speaker) if own is None else own
        if doer in own:
            continue  # '"We attacked the base," a Taliban spokesman said': its own act
        if claim.object is not None and claim.object not in named:
            continue
        made.add(doer)
        yield Draft(
            speaker,
            Predicate.CRITICIZED,
            doer,
            Status.OCCURRED,
            None,
            None,
            None,
            "111",
            claim.sentence,
            0.6,
        )


def _professed_in(ctx: ArticleContext, para: Paragraph, low: int, high: int, claim: Draft) -> bool:
    """The quote gives the claim as its doer's own profession ("the regime's claims to be
    fighting ISIL", "Moscow claims to be fighting terrorists"): a speaker who puts the act so
    doubts its doer, which is an accusation too, though the act is no reported deed."""
    professed = ctx.cues["professed_words"]
    start, end = max(low, claim.sentence[0]), min(high, claim.sentence[1])
    tokens = [t for t in para.tokens if start <= para.offset + t.idx < end]
    for n, tok in enumerate(tokens):
        if tok.lemma_.lower() in professed and any(t.tag_ == "TO" for t in tokens[n + 1 : n + 3]):
            return True
    return False


def _reproved(
    ctx: ArticleContext, para: Paragraph, qstart: int, qend: int, speaker: str
) -> Iterator[Draft]:
    """'"The Houthis have misread the truce, and this shows in their continued violations of
    it," X said': a quoted sentence whose main clause has named actors as subject and which
    tells of a wrong (a wrongdoing noun: "violations", "abuses"; a disparaging word said of
    the subject or of its act: "is illegal", "its disgraceful treatment of ...") is the
    speaker's criticism of them, as is a wrongdoing noun's named owner ("Y's arrogance");
    not a denied or hedged clause, nor of the body or state the
    speaker leads, speaks for or belongs to ("Kenya has been a victim of aggression")."""
    table = ctx.cues["quote_verdicts"]
    nouns = frozenset(table["nouns"])
    adjectives = ctx.word_set(_verdict_words)
    acts = frozenset(ctx.cues["evaluations"]["act_nouns"])
    suffered = frozenset(table["suffered"])
    tokens = para.tokens
    own = _own_sides(ctx, speaker)
    for start, end in para.sents:
        inside = [t for t in tokens[start:end] if qstart <= t.idx < qend]
        # the quote's own main verb: its head is outside the quote ("...," X said) or itself
        root = next(
            (
                t
                for t in inside
                if t.pos_ in ("VERB", "AUX")
                and (t.head.i == t.i or not qstart <= t.head.idx < qend)
            ),
            None,
        )
        if root is None or unsure(ctx, root):  # "is not illegal", "if it is illegal"
            continue
        # "Regarding Y's arrogance and defiance ...": a wrongdoing noun's named owner
        owners = [
            para.links[o.i]
            for t in inside
            if t.pos_ == "NOUN"
            and para.lemmas[t.i] in nouns
            and not any(a.lemma_.lower() in suffered for a in t.ancestors)
            for w in (t, *(k for k in t.children if k.dep_ == "conj"))
            for o in w.children
            if o.dep_ == "poss" and o.i in para.links
        ] + [
            para.links[o.i]
            for t in inside
            if t.dep_ == "conj"
            and t.pos_ == "NOUN"
            and para.lemmas[t.head.i] in nouns
            and not any(a.lemma_.lower() in suffered for a in t.head.ancestors)
            for o in t.head.children
            if o.dep_ == "poss" and o.i in para.links
        ]
        subjects = [
            # "Assad's forces have committed atrocities": an unnamed subject's named owner
            t
            if t.i in para.links
            else next((o for o in t.children if o.dep_ == "poss" and o.i in para.links), t)
            for c in root.children
            if c.dep_ == "nsubj"
            for t in (c, *(k for k in c.children if k.dep_ == "conj"))
        ]
        subjects = [t for t in subjects if t.i in para.links and qstart <= t.idx < qend]
        named = [para.links[t.i] for t in subjects]
        if named and not any(
            _wrong(ctx, para, t, root, nouns, adjectives, acts, suffered) for t in inside
        ):
            named = []
        targets = [
            label
            for label in (*named, *owners)
            if label != speaker and ctx.etype_in(label, SPEAKER_TYPES) and label not in own
        ]
        for target in dict.fromkeys(targets):
            yield Draft(
                speaker,
                Predicate.CRITICIZED,
                target,
                Status.OCCURRED,
                None,
                None,
                None,
                "111",
                ctx.sentence_span(para, root),
                0.6,
            )


def _wrong(
    ctx: ArticleContext,
    para: Paragraph,
    token: Any,
    root: Any,
    nouns: frozenset[str],
    adjectives: frozenset[str],
    acts: frozenset[str],
    suffered: frozenset[str],
) -> bool:
    """A wrong the subject did: a wrongdoing noun, or a disparaging word that completes the main
    clause ("is illegal") or qualifies an act owned by a pronoun or a name ("its
    disgraceful treatment"), not a class of people ("the illegal smugglers"); none under a
    word of suffering or opposing it ("a victim of aggression", "condemned the abuses")."""
    lemma = para.lemmas[token.i]
    wrong_noun = token.pos_ == "NOUN" and lemma in nouns
    if token.pos_ == "VERB" and lemma in ctx.cues["quote_verdicts"]["verbs"]:
        # "X is slaughtering innocent people", "X is relying on his militia to slaughter
        # them": a wrong the subject does, as the main verb or its purpose or conjunct
        return bool(
            token.i == root.i
            or (token.head.i == root.i and token.dep_ in ("xcomp", "advcl", "conj"))
        )
    if token.pos_ == "NOUN" and lemma in ctx.cues["quote_verdicts"]["lost_nouns"]:
        # "X has lost all legitimacy": the main verb's object lost
        return bool(
            token.dep_ == "dobj" and token.head.i == root.i and root.lemma_.lower() == "lose"
        )
    if not wrong_noun and lemma not in adjectives and para.lowers[token.i] not in adjectives:
        return False  # (the cheap word tests before the ancestors')
    if any(a.lemma_.lower() in suffered for a in token.ancestors):
        return False  # "a victim of aggression", "vowed to fight crime"
    if wrong_noun:
        return True
    if token.dep_ in ("acomp", "attr") and token.head.i == root.i:
        return True
    noun = token.head
    return bool(
        token.dep_ == "amod"
        and (noun.lemma_.lower() in acts or ctx.lx.triggers.match(noun) is not None)
        and any(c.dep_ == "poss" and (c.pos_ == "PRON" or c.i in para.links) for c in noun.children)
    )


_SIDES = frozenset(
    {Predicate.LEADER_OF, Predicate.MEMBER_OF, Predicate.SPOKESPERSON_FOR, Predicate.ENVOY_OF}
)


def _own_sides(ctx: ArticleContext, speaker: str) -> set[str]:
    """The bodies and states the article makes the speaker lead, belong to or speak for."""
    found = {body for (predicate, body), holder in ctx.role_holders.items() if holder == speaker}
    found.update(
        c.object
        for c in ctx.claims
        if c.subject == speaker and c.predicate in _SIDES and c.object is not None
    )
    return found


def _verdict_words(lx: Lexicon) -> Iterator[str]:
    """The negative verdicts of ``evaluations`` and the disparaging words of
    ``verdict_words`` (cues.json)."""
    yield from lx.cues["evaluations"]["negative"]
    yield from lx.cues["verdict_words"]["disparaging"]
