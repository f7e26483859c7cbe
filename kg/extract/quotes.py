"""Quotes: ``stated`` claims, a quote attributed by a speech verb whose subject is a person."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.evaluations import unsure
from kg.lexicon import Lexicon
from kg.vocab import EntityType, Predicate, Status

_MARKS = re.compile('["\u201c\u201d]')
_QUOTE = re.compile(r"“([^”]{3,})”|\"([^\"]{3,})\"")


def quotes(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """``stated``: a quote attributed by a speech verb whose subject is a person."""
    text = para.text
    for match in _QUOTE.finditer(text):
        quote = (match.group(1) or match.group(2)).strip()
        if len(quote.split()) < 4:
            continue
        speaker, sentence = _speaker(ctx, para, match.start(), match.end())
        if speaker is None or sentence is None:
            continue
        start = min(sentence[0], match.start())
        end = max(sentence[1], match.end())
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
_OPENING = frozenset({'"', "\u201c"})
_ACCUSED = frozenset({Predicate.ATTACKED, Predicate.COERCED, Predicate.THREATENED})
_SPEAKERS = (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.COUNTRY, EntityType.GROUP)


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


def speakers_of_quotes(
    ctx: ArticleContext, paras: list[Paragraph]
) -> Iterator[tuple[Paragraph, list[tuple[int, int, str | None]]]]:
    """Each paragraph with the (start, end, speaker) of its quotes: the speaker a speech verb
    of the quote's sentences names, else the one of the paragraph's quote before ('"...," X
    said. "..."'), else, for a paragraph that opens with a quote and attributes none, the
    speaker of the paragraph before's last quote (a quote carried on), or, when the
    paragraph before has no quote, the one speaker its last sentence reports
    (``_reported_speaker``: 'X said drugs were short. / "We have enough drugs."') or, when
    it reports none, the one person it introduces (``_introduced_person``: 'X is a teacher
    in Cork. / "The yes side is misleading voters."')."""
    carried: str | None = None  # the speaker of the paragraph before's last quote
    before: Paragraph | None = None  # the paragraph before, when it has no quote
    for para in paras:
        spans = quote_spans(para.text)
        own = [(start, end, quote_speaker(ctx, para, start, end)) for start, end in spans]
        if (
            own
            and (carried is not None or before is not None)
            and para.text[:1] in _OPENING
            and not _attributed(ctx, para, spans)
        ):
            if before is not None:  # (looked for only when a quote paragraph needs it)
                carried = _reported_speaker(ctx, before) or _introduced_person(
                    ctx, before, para, spans
                )
            if carried is not None:
                own = [(start, end, carried) for start, end, _ in own]
        for n in range(1, len(own)):
            if own[n][2] is None and own[n - 1][2] is not None:
                own[n] = (own[n][0], own[n][1], own[n - 1][2])
        carried = own[-1][2] if own else None
        before = None if own else para
        yield para, own


def _reported_speaker(ctx: ArticleContext, para: Paragraph) -> str | None:
    """The speaker a paragraph without quotes ends on: the one actor that a speech verb of
    its last sentence names as subject ("Kamugusha, a WHO officer, said drugs were short"),
    whose words a quote opening the next paragraph with no speech verb of its own carries
    on ('"We have enough drugs."'). Two speakers, or none named: None."""
    if not para.sents:
        return None
    start, end = para.sents[-1]
    speech = ctx.cues["speech_verbs"]
    found: set[str] = set()
    for token in para.tokens[start:end]:
        if token.pos_ != "VERB" or token.lemma_.lower() not in speech:
            continue
        verb = token.head if token.dep_ in ("xcomp", "advcl") else token
        for subj in (*token.children, *verb.children):
            if subj.dep_ != "nsubj":
                continue
            label = para.links.get(subj.i)
            if label and ctx.etype_in(label, _SPEAKERS):
                found.add(label)
    return found.pop() if len(found) == 1 else None


def _introduced_person(
    ctx: ArticleContext, para: Paragraph, quoted: Paragraph, spans: list[tuple[int, int]]
) -> str | None:
    """The person a paragraph without quotes or speech verbs introduces for the quotes of
    the next one (a profile before the profiled person's words: "Paul Byrne is a teacher in
    Cork. / "The yes side is misleading voters.""): the named person who is the active
    subject of its last sentence, told as who one is or what one does or has done (a
    copula, the present or the present perfect: ``_profile_verb``), the only person that
    sentence names. None for a passive subject ("X was arrested": the words may be a
    witness's), a body, two persons; nor when the quote paragraph names another actor
    outside its quotes ('"...," observed the Jerusalem Post') or its first sentence speaks
    of a "he" or "she" (another speaking of the person introduced: "X rounded off the
    match. / "He scored twice."")."""
    if not para.sents:
        return None
    speech = ctx.cues["speech_verbs"]
    if any(t.pos_ == "VERB" and t.lemma_.lower() in speech for t in para.tokens):
        return None  # the speaker a speech verb names is ``_reported_speaker``'s to find
    start, end = para.sents[-1]
    persons = {
        label
        for i, label in para.links.items()
        if start <= i < end and ctx.etype_is(label, EntityType.PERSON)
    }
    if len(persons) != 1:
        return None
    root = next((t for t in para.tokens[start:end] if t.dep_ == "ROOT"), None)
    if root is None or not _profile_verb(root):
        return None  # "X visited Nairobi on Sunday": a deed told, no one introduced
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or any(c.dep_ == "conj" for c in subject.children):
        return None
    label = para.links.get(subject.i)
    if label not in persons:
        return None
    tokens = quoted.tokens
    if any(not any(a <= tokens[i].idx < b for a, b in spans) for i in quoted.links):
        return None
    first, last = quoted.sents[0] if quoted.sents else (0, 0)
    if any(_third_person(t) for t in tokens[first:last]):
        return None
    return label


def _profile_verb(root: Any) -> bool:
    """A sentence that profiles its subject: a copula ("X is a pharmacist"), the present ("X
    runs a bakery") or the present perfect ("X has voted in every election"); not a deed in
    the past ("X visited Nairobi on Sunday"), which is news, not an introduction."""
    if root.lemma_.lower() == "be" or root.tag_ in ("VBZ", "VBP"):
        return True
    return root.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in root.children
    )


def _third_person(token: Any) -> bool:
    """ "he", "she", "him", "her": a person spoken of (by the morphology, not a word list)."""
    morph = token.morph
    return bool(
        token.pos_ == "PRON"
        and morph.get("Person") == ["3"]
        and morph.get("Gender") in (["Masc"], ["Fem"])
    )


def quote_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) chars of each quotation in a paragraph's text, marks excluded; one
    left open runs to the paragraph's end (a quote carried on in the next paragraph)."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    for mark in _MARKS.finditer(text):  # only the quotation marks, not every char
        at, char = mark.start(), mark.group()
        if char == "\u201c" or (char == '"' and opened is None):
            opened = at + 1 if opened is None else opened
        elif char in ('"', "\u201d") and opened is not None:
            spans.append((opened, at))
            opened = None
    if opened is not None:
        spans.append((opened, len(text)))
    return spans


def _attributed(ctx: ArticleContext, para: Paragraph, spans: list[tuple[int, int]]) -> bool:
    """The paragraph has a speech verb outside its quotes ("a party lawyer said"): its quotes
    are attributed there, named speaker or not."""
    speech = ctx.cues["speech_verbs"]
    return any(
        token.pos_ == "VERB"
        and token.lemma_.lower() in speech
        and not any(start <= token.idx < end for start, end in spans)
        for token in para.tokens
    )


def quote_speaker(ctx: ArticleContext, para: Paragraph, qstart: int, qend: int) -> str | None:
    """The actor a speech verb outside the quote names as its subject, in a sentence the quote
    starts or ends in: "X said", "said X", "he told", "X was quoted as saying"."""
    tokens = para.tokens
    speech = ctx.cues["speech_verbs"]
    for start, end in para.sents:
        first, last = tokens[start].idx, tokens[end - 1].idx
        if not (first <= qstart <= last + 1 or first <= qend <= last + 1):
            continue
        for token in tokens[start:end]:
            if qstart <= token.idx < qend or token.pos_ != "VERB":
                continue
            if token.lemma_.lower() not in speech:
                continue
            verb = token.head if token.dep_ in ("xcomp", "advcl") else token
            if token.dep_ == "pcomp" and token.head.dep_ == "prep":
                verb = token.head.head  # "X was quoted as saying"
            for subj in (*token.children, *verb.children):
                if subj.dep_ not in ("nsubj", "nsubjpass") or qstart <= subj.idx < qend:
                    continue
                label = para.links.get(subj.i) or _represented(ctx, para, subj)
                if label and ctx.etype_in(label, _SPEAKERS):
                    return label
    return None


def _represented(ctx: ArticleContext, para: Paragraph, subject: Any) -> str | None:
    """ "a spokesman for the Houthis said": the body an unnamed speaker speaks for."""
    if subject.lemma_.lower() not in ctx.lx.roles:
        return None
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of"):
            for body in prep.children:
                label = para.links.get(body.i)
                if body.dep_ == "pobj" and label and not ctx.etype_is(label, EntityType.PERSON):
                    return label
    return None


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
            if label != speaker and ctx.etype_in(label, _SPEAKERS) and label not in own
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
