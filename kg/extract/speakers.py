"""Speakers of quotes: who says each quotation of a paragraph, as the text tells it (a speech
verb of the quote's sentences, a colon intro), carried on from the quote before it, or the one
speaker or person the paragraph before reports or introduces; read by every stage that reads a
quote's speaker (``quotes``, ``evaluations``, ``faults``, ``quoted_we``, ``quoted_they``)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from kg.extract.context import ArticleContext, Paragraph
from kg.lexicon import Lexicon
from kg.vocab import EntityType

_MARKS = re.compile('["\u201c\u201d]')
_OPENING = frozenset({'"', "\u201c"})
# the words a quotation has at least to be someone's words, not a term quoted ('the
# "Khorasan" group', 'a "terrorist organisation"')
QUOTE_WORDS = 4
# what ends a line that introduces someone: a headline or subheading ends in none
_CLOSINGS = frozenset(".!?:")
_SUBJECTS = ("nsubj", "nsubjpass")  # a speech verb's speaker, but for "quoted X as saying"
# the kinds of actor a speech verb's subject may be as a quote's speaker
SPEAKER_TYPES = (
    EntityType.PERSON,
    EntityType.ORGANIZATION,
    EntityType.COUNTRY,
    EntityType.GROUP,
)


def speakers_of_quotes(
    ctx: ArticleContext, paras: list[Paragraph]
) -> Iterator[tuple[Paragraph, list[tuple[int, int, str | None]]]]:
    """Each paragraph with the (start, end, speaker) of its quotes: the speaker a speech verb
    of the quote's sentences names, else the one of the paragraph's quote before ('"...," X
    said. "..."'), else, for a paragraph that opens with a quote and attributes none, the
    speaker of the paragraph before's last quote (a quote carried on), or, when the
    paragraph before quotes no words (none, or only a term: 'the "Khorasan" group'), the
    one speaker its last sentence reports (``_reported_speaker``: 'X said drugs were short.
    / "We have enough drugs."') or, when it reports none, the one person it introduces
    (``_introduced_person``: 'X is a teacher in Cork. / "The yes side is misleading
    voters."')."""
    carried: str | None = None  # the speaker of the paragraph before's last quote
    before: Paragraph | None = None  # the paragraph before, when it quotes no one
    for para in paras:
        spans = paragraph_quotes(para)
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
        # a term quoted ('the "Khorasan" group') is no one's words carried on; a quote
        # opening the paragraph is, however short ('"They are killers.')
        spoken = [q for q in own if q[0] <= 1 or len(para.text[q[0] : q[1]].split()) >= QUOTE_WORDS]
        carried = spoken[-1][2] if spoken else None
        before = None if spoken else para
        yield para, own


def paragraph_speakers(ctx: ArticleContext, para: Paragraph) -> list[tuple[int, int, str | None]]:
    """The (start, end, speaker) of each quote of one paragraph of the article being built
    (``ctx.paragraphs``), as ``speakers_of_quotes`` finds them over the run of paragraphs
    that ends with it: back past every paragraph that opens with a quote (a quote carried on
    over several paragraphs) to the one that attributes or introduces it. The one place a
    paragraph stage asks who says a quote (``quotes``, ``evaluations.quote_speakers``,
    ``quoted_we``)."""
    paras = ctx.paragraphs
    at = next((n for n, other in enumerate(paras) if other is para), None)
    run = [para]
    if at is not None:
        first = at
        while first > 0 and paras[first].text[:1] in _OPENING:
            first -= 1
        run = paras[first : at + 1]
    # (each paragraph's speakers are found from the one's before: the last is this one's)
    return list(speakers_of_quotes(ctx, run))[-1][1]


def speaker_at(ctx: ArticleContext, para: Paragraph, offset: int) -> list[str]:
    """The speaker of the quote of the paragraph that holds char ``offset``
    (``paragraph_speakers``), as a list: none when no one is found."""
    return [s for a, b, s in paragraph_speakers(ctx, para) if a <= offset < b and s is not None]


def _reported_speaker(ctx: ArticleContext, para: Paragraph) -> str | None:
    """The speaker a paragraph quoting no one's words ends on: the one actor that a speech
    verb, or a verb of voicing something (``quote_intros.voicing_verbs``: "called for calm",
    "described the reward as extraordinary"), of its last sentence names as subject
    ("Kamugusha, a WHO officer, said drugs were short"), outside a relative clause, whose
    words a quote opening the next paragraph with no speech verb of its own carries on ('"We
    have enough drugs."'). Two speakers ("X and Y note"), or none named: None."""
    if not para.sents:
        return None
    start, end = para.sents[-1]
    speech = ctx.word_set(_voicing_verbs)
    found: set[str] = set()
    for token in para.tokens[start:end]:
        if token.pos_ != "VERB" or token.lemma_.lower() not in speech:
            continue
        if any(t.dep_ == "relcl" for t in (token, *token.ancestors)):
            continue  # "the group, which Washington says is a faction": a description
        verb = token.head if token.dep_ in ("xcomp", "advcl") else token
        for subj in (*token.children, *verb.children):
            if subj.dep_ != "nsubj":
                continue
            if any(c.dep_ == "conj" for c in subj.children):
                return None  # "Boullosa and Wallace note": whose words is unknown
            label = para.links.get(subj.i)
            if label and ctx.etype_in(label, SPEAKER_TYPES):
                found.add(label)
    return found.pop() if len(found) == 1 else None


def _voicing_verbs(lx: Lexicon) -> Iterator[str]:
    """The speech verbs (``speech_verbs``) and the verbs of voicing something
    (``quote_intros.voicing_verbs``, cues.json)."""
    yield from lx.cues["speech_verbs"]
    yield from lx.cues["quote_intros"]["voicing_verbs"]


def _introduced_person(
    ctx: ArticleContext, para: Paragraph, quoted: Paragraph, spans: Sequence[tuple[int, int]]
) -> str | None:
    """The person a paragraph without quotes or speech verbs introduces for the quotes of
    the next one (a profile before the profiled person's words): the named person who is the
    active subject of its last sentence, told as who one is or what one does or has done
    (``_profile_verb``: "Paul Byrne is a teacher in Cork. / "The yes side is misleading
    voters.""), or, given an age in apposition or ending on a colon, told doing anything
    ("Ana Ruiz, 34, a nurse from Cadiz, voted early."), or a line that only names the person
    before a colon ("Ana Ruiz, a nurse from Cadiz:"); the only person that sentence names.
    None for a passive subject ("X was arrested": the words may be a witness's), a body, two
    persons, a line with no closing punctuation (a headline or subheading introduces no
    one); nor when the quote paragraph names another actor outside its quotes ('"...,"
    observed the Jerusalem Post') or its first sentence speaks of a "he" or "she" (another
    speaking of the person introduced: "X rounded off the match. / "He scored twice."")."""
    text = para.text.rstrip()
    if not para.sents or text[-1:] not in _CLOSINGS:
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
    if root is None:
        return None
    if root.pos_ == "PROPN" and text.endswith(":"):
        subject = root  # "Ana Ruiz, a nurse from Cadiz:": a name line
    else:
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None or not (
            _profile_verb(root) or _described(subject) or text.endswith(":")
        ):
            return None  # "X visited Nairobi on Sunday": a deed told, no one introduced
    if any(c.dep_ == "conj" for c in subject.children):
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


def _described(subject: Any) -> bool:
    """A subject given an age in apposition ("Ana Ruiz, 34, a nurse from Cadiz,"): the way a
    feature introduces someone it then quotes, whatever the verb; a title alone ("X, an
    opposition lawmaker, visited Nairobi") is news told of a public figure."""
    return any(c.dep_ == "appos" and c.pos_ == "NUM" for c in subject.children)


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


def paragraph_quotes(para: Paragraph) -> tuple[tuple[int, int], ...]:
    """``quote_spans`` of the paragraph's text, found once: the quote stages, the speakers
    of every quote run and the pronoun rules each ask it of a paragraph (~18,000 asks a
    news2015 build, ~6,000 paragraphs)."""
    spans = para.quote_spans
    if spans is None:
        spans = para.quote_spans = tuple(quote_spans(para.text))
    return spans


def quote_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) chars of each quotation in a paragraph's text, marks excluded; one
    left open runs to the paragraph's end (a quote carried on in the next paragraph), one
    whose opening mark the paragraph dropped runs from its start (``_reopened``)."""
    spans: list[tuple[int, int]] = []
    opened: int | None = 0 if _reopened(text) else None
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


def _reopened(text: str) -> bool:
    """The paragraph carries on a quote with its opening mark dropped ('It was truly
    extraordinary," X said, of a prison known as "Little Siberia".'): it opens with no mark,
    has an odd number of straight marks and no curly one, and its first mark closes a
    sentence's words (after ",", ".", "!" or "?", before a space)."""
    if text[:1] in _OPENING or "\u201c" in text or text.count('"') % 2 == 0:
        return False
    at = text.index('"')
    return at > 0 and text[at - 1] in ",.!?" and text[at + 1 : at + 2] in (" ", "")


def _attributed(ctx: ArticleContext, para: Paragraph, spans: Sequence[tuple[int, int]]) -> bool:
    """The paragraph has a speech verb outside its quotes ("a party lawyer said"), or a
    clause there with a subject of its own ('"I ruined your Sunday," the pope quipped'): its
    quotes are attributed there, named speaker or not, or set in a narrative of its own.
    The words are tested on the paragraph's columns; a token's place, for the few that pass."""
    speech = ctx.cues["speech_verbs"]
    tokens, poses, lemmas, deps, heads = para.tokens, para.poses, para.lemmas, para.deps, para.heads

    def outside(i: int) -> bool:
        at = tokens[i].idx
        return not any(start <= at < end for start, end in spans)

    return any(
        (
            (poses[i] == "VERB" and lemmas[i] in speech)
            or (deps[i] in ("nsubj", "nsubjpass") and outside(heads[i]))
        )
        and outside(i)
        for i in range(len(tokens))
    )


def quote_speaker(ctx: ArticleContext, para: Paragraph, qstart: int, qend: int) -> str | None:
    """The actor a speech verb outside the quote names as its subject, in a sentence the quote
    starts or ends in: "X said", "said X", "he told", "X was quoted as saying", the object of
    "Y quoted X as saying" (Y only reports X's words)."""
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
            verb, roles = _speaker_slot(token)
            for subj in (*token.children, *verb.children):
                if subj.dep_ not in roles or qstart <= subj.idx < qend:
                    continue
                label = para.links.get(subj.i) or _represented(ctx, para, subj)
                if label and ctx.etype_in(label, SPEAKER_TYPES):
                    return label
    return _colon_speaker(ctx, para, qstart)


def _speaker_slot(token: Any) -> tuple[Any, tuple[str, ...]]:
    """The verb whose dependents (besides the speech verb ``token``'s own) name the speaker,
    and the relations they hold: the head of an "xcomp" or "advcl" speech verb; the verb of
    "X was quoted as saying" by its subject, but of "the agency quoted X as saying" by its
    object (the agency only reports X's words); else the speech verb, by its subject."""
    if token.dep_ == "pcomp" and token.head.dep_ == "prep":
        verb = token.head.head
        if any(c.dep_ == "dobj" for c in verb.children):
            return verb, ("dobj",)
        return verb, _SUBJECTS
    return (token.head if token.dep_ in ("xcomp", "advcl") else token), _SUBJECTS


def _colon_speaker(ctx: ArticleContext, para: Paragraph, qstart: int) -> str | None:
    """The person a colon right before the quote introduces, with no speech verb: a line
    that names the person ('Ana Ruiz, a nurse from Cadiz: "..."') or a clause with the
    person as subject ('He was more explicit in 2011: "..."'); the words after the colon are
    that person's. None when the words before the colon are no one phrase or clause."""
    before = para.text[: max(qstart - 1, 0)].rstrip()
    if not before.endswith(":"):
        return None
    tokens = para.tokens
    colon = next((t for t in tokens if t.idx == len(before) - 1), None)
    if colon is None:
        return None
    first = para.sent_starts[colon.i]
    # the words before the colon as one phrase: the one of them headed from outside
    heads = [t for t in tokens[first : colon.i] if not first <= t.head.i < colon.i or t.head == t]
    if len(heads) != 1:
        return None
    head = heads[0]
    if head.pos_ in ("VERB", "AUX"):
        head = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if head is None:
            return None
    label = para.links.get(head.i)
    return label if label and ctx.etype_is(label, EntityType.PERSON) else None


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
