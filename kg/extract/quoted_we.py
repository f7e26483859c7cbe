"""A speaker's "we" in quotes: '"We have warned ships before," spokesman X said' -> the body
the speaker speaks for or leads, so that the acts a spokesman or a leader tells of in the
first person attach to their organisation, group or country.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kg.extract.context import ArticleContext, Paragraph
from kg.extract.speakers import paragraph_quotes, paragraph_speakers
from kg.lexicon import Lexicon
from kg.vocab import EntityType, Predicate

# bodies a speaker talks for: an organisation, a group, a country
_BODIES = (EntityType.ORGANIZATION, EntityType.GROUP, EntityType.COUNTRY)
# the roles that make a person's "we" their body's: speaking for it, leading it
_VOICES = frozenset({Predicate.SPOKESPERSON_FOR, Predicate.LEADER_OF})
# a member's "we" is the body's for a state (a minister's "we" is the government's), and for
# an organisation or group when the member's title is one of ``quoted_we.member_titles`` (a
# party leader's "we" is the party's; a reporter's is not the broadcaster's)
_MEMBERS = (EntityType.COUNTRY,)
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _we_pronouns(lx: Lexicon) -> Iterable[str]:
    """The first-person plural pronouns (``quoted_we.pronouns``)."""
    return lx.cues["quoted_we"]["pronouns"]  # type: ignore[no-any-return]


def link_quoted_we(ctx: ArticleContext, para: Paragraph) -> None:
    """ "We" (and "us") inside a direct quote -> the body the quote's speaker is or speaks
    for: the speaker itself when it is an organisation, group or country ('"We attacked the
    base," the Taliban said'), else the one body the article makes the speaker the
    spokesperson or leader of ('"We will defeat them," said Nasrallah, Hezbollah's leader'),
    else the one country the speaker is a member of (a minister). The speaker is the one a
    speech verb of the quote's sentence names, or the one its run of paragraphs gives it
    (``speakers.paragraph_speakers``; run after this paragraph's appositions, so "said X, a
    spokesman for Y" is known). No speaker, two bodies, or "we" in a quote within the
    quote: no link."""
    if '"' not in para.text and "\u201c" not in para.text:
        return
    pronouns = ctx.word_set(_we_pronouns)
    own = paragraph_speakers(ctx, para)
    spans = [(start, end, speaker) for start, end, speaker in own if speaker is not None]
    for i in para.hits(pronouns):  # (the pronouns' tokens only)
        token = para.tokens[i]
        if token.i in para.links or token.pos_ != "PRON" or token.text.isupper():
            continue  # "US" is the country, whatever the tagger says
        if token.lower_ not in pronouns:
            continue
        if token.lower_ == "we" and token.dep_ not in _SUBJECTS:
            continue
        speaker = next((s for a, b, s in spans if a <= token.idx < b), None)
        if speaker is None or _nested(para, token):
            continue
        body = _body_of(ctx, speaker)
        if body is None:
            continue
        para.links[token.i] = body
        ctx.reference(para, token, body, "pronoun")


def _nested(para: Paragraph, token: Any) -> bool:
    """The pronoun is in a quote inside the quote (single marks: "they told us 'we will
    leave'"), the words of someone the speaker quotes."""
    start = next((a for a, b in paragraph_quotes(para) if a <= token.idx < b), None)
    if start is None:
        return True
    inner = para.text[start : token.idx]
    return inner.count("'") % 2 == 1 and " '" in f" {inner}"


def _body_of(ctx: ArticleContext, speaker: str) -> str | None:
    """The body a speaker's "we" stands for (``link_quoted_we``), or None."""
    if ctx.etype_in(speaker, _BODIES):
        return speaker
    if not ctx.etype_is(speaker, EntityType.PERSON):
        return None
    # the bodies in the order found, not a set's: the types asked of them are the same calls
    # in every process (a driver's re-run of the record does not diverge)
    voiced: dict[str, None] = {}
    members: dict[str, None] = {}
    titles = frozenset(ctx.cues["quoted_we"]["member_titles"])
    for (predicate, body), holder in ctx.role_holders.items():
        if holder == speaker and predicate in _VOICES:
            voiced[body] = None
    for claim in ctx.claims:
        if claim.subject != speaker or claim.object is None:
            continue
        if claim.predicate in _VOICES:
            voiced[claim.object] = None
        elif claim.predicate is Predicate.MEMBER_OF and (
            ctx.etype_in(claim.object, _MEMBERS) or claim.title in titles
        ):
            members[claim.object] = None
    spoken = [b for b in voiced if ctx.etype_in(b, _BODIES)]
    joined = [b for b in members if ctx.etype_in(b, _BODIES)]
    found = spoken or joined
    return found[0] if len(found) == 1 else None
