"""Coreference without a neural model: definite titles and pronouns linked to the
entities they stand for, so that relations found on them attach to the right node.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from kg.actors import first_day
from kg.extract.context import ArticleContext, Paragraph
from kg.extract.discourse import (
    Discourse,
    bound_labels,
    gerund_controller,
    main_subject,
    quoted,
    salient,
)
from kg.extract.event_coref import actor_country
from kg.extract.nominals import NominalWords, nominal_words, owns_title
from kg.extract.speakers import paragraph_quotes
from kg.language import data_file
from kg.lexicon import Lexicon
from kg.vocab import EntityType, Predicate, Status

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})  # the subjects of a clause


def _the_n(token: Any) -> int:
    """How many "the two", "the three" ... "the five" standing alone as a noun phrase count
    (not "the two leaders"; ``group_counts`` of ``kg/data/en/nominals.json``); 0 for any
    other token."""
    counts = nominal_words().group_counts
    if (
        token.lower_ in counts
        and token.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj", "conj")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    ):
        return counts[token.lower_]
    return 0


def _is_the_two(token: Any) -> bool:
    """ "the two" standing alone as a noun phrase (not "the two leaders")."""
    return _the_n(token) == 2 and token.dep_ != "nsubjpass"


def _is_the_two_people(token: Any) -> bool:
    """ "the two leaders", "the two men", "both leaders": a pair of people named before."""
    if token.tag_ != "NNS" or token.lemma_.lower() not in nominal_words().pair_nouns:
        return False
    kids = {c.lower_: c.dep_ for c in token.children}
    both = kids.get("both") in ("det", "predet", "preconj")
    two = kids.get("two") == "nummod" and kids.get("the") == "det"
    # "the two Iranian leaders" names its own; "the two men's" is still the pair
    return (both or two) and not any(
        c.dep_ in ("amod", "compound") and c.ent_type_ for c in token.children
    )


def link_titles(ctx: ArticleContext, para: Paragraph) -> None:
    """Definite titles ("the Russian leader", "Russia's president") -> the role holder."""
    _link_titles(ctx, para, late=False)


def link_late_titles(ctx: ArticleContext, para: Paragraph) -> None:
    """Owned titles whose holder the article gave only in an apposition or a clause, which
    the roles read after ``link_titles`` ran: "Sepp Blatter, who was re-elected FIFA
    president ... The FIFA boss hit out at Platini", "Haider al-Abadi, the Iraqi president
    ... the Iraqi president said". Run after the appositions of this paragraph and of every
    one before it, before this paragraph's relations; a bare title ("the president") was
    settled by ``link_titles`` already."""
    _link_titles(ctx, para, late=True)


def _role_words(lx: Lexicon) -> Iterable[str]:
    """The role words (``lx.roles``): the titles ``_link_titles`` starts from."""
    return lx.roles


def _link_titles(ctx: ArticleContext, para: Paragraph, late: bool) -> None:
    lemmas = para.lemmas
    for i in para.hits(ctx.word_set(_role_words)):  # (the role words' tokens only)
        token = para.tokens[i]
        if lemmas[i] not in ctx.lx.roles:
            continue
        if not late and _indefinite_title(token):
            # "A UAE general can be heard ...": a later "the general" is this one
            at = (para.offset + token.idx, para.links.get(token.i))
            ctx.unnamed_titled.setdefault(token.lemma_.lower(), []).append(at)
        if token.i in para.links:
            continue
        key = _title_key(ctx, para, token)
        word = key if late else token.lemma_.lower()
        # "the US vice president", "the former Thai president": a lesser or a past office,
        # never its holder today (an unnamed official, or the one the article names so)
        leader = ctx.lx.roles[word] is Predicate.LEADER_OF and not _lesser_office(ctx, token)
        # "The Turkish prime minister": the office of the compound ("prime minister"), not
        # of its last word ("minister"), held on the published date (another leader the
        # article names, its president, is not it; the late pass reads the article's own)
        compound = not late and not leader and leader_compound(ctx, para, token)
        leader = leader or compound
        if late and not leader:
            continue  # the late pass links a leader's title only (its holders below)
        country = body = None
        for child in token.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i in para.links:
                label = para.links[child.i]
                if ctx.etype_is(label, EntityType.COUNTRY):
                    country = label
                elif ctx.etype_in(label, (EntityType.ORGANIZATION, EntityType.GROUP)):
                    body = label
        if token.dep_ == "appos" or any(c.dep_ == "appos" for c in token.children):
            continue  # "Cyril Ramaphosa, South Africa's president": a role, not a reference
        if country is not None and _side_title(ctx, token):
            continue  # "the country's leading opposition leader": not the country's leader
        has_det = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        poss = any(c.dep_ == "poss" for c in token.children)
        if not (has_det or poss) or token.tag_ in ("NNS", "NNPS"):
            continue
        if leader and country is None and body is None and not late:
            of_country = _of_country(ctx, para, token)
            if of_country is not None:
                holder = _named_country_leader(ctx, token, word, of_country)
                if holder is not None:
                    para.links[token.i] = holder
                    ctx.reference(para, token, holder, "title")
                continue
        if body is not None and country is None:
            # "the Hezbollah leader", "the FIFA chief": the one the article made its leader
            holder = _body_leader(ctx, token, body) if leader else None
            if late and holder is not None and not _named_earlier(ctx, para, token, holder):
                holder = None
        elif late:
            holder = _country_leader(ctx, token, word, country) if leader and country else None
            if holder is not None and not _named_earlier(ctx, para, token, holder):
                holder = None
        elif country is None or not leader:
            # "the president", "the minister": the one the article named with that title
            bare = (
                has_det
                and not poss
                and not any(
                    c.dep_ in ("amod", "compound") and c.i in para.links for c in token.children
                )
            )
            holder = (
                _named_before(ctx, para, token)
                if bare and not _other_office(ctx, para, token)
                else None
            )
        else:
            # the holder on the published date first: "US President George W Bush" named
            # later in a story of 2015 is a former one ("The US president made ...")
            # (by the whole title: "the Iranian supreme leader" is no generic "leader")
            holder = dated_holder(ctx, country, key)
            if holder is None and key == token.lemma_.lower():
                holder = ctx.role_holders.get((Predicate.LEADER_OF, country))
                if holder is not None and another_office(ctx, para, token, holder, country):
                    holder = None  # "President Gauck ... the German chancellor": not him
        if holder is not None:
            para.links[token.i] = holder
            ctx.reference(para, token, holder, "title")


def _of_country(ctx: ArticleContext, para: Paragraph, token: Any) -> str | None:
    """The country a title names after it ("the president of Turkey", "the president of the
    country" where "the country" stands for one), or None."""
    for child in token.children:
        if child.dep_ != "prep" or child.lower_ != "of" or child.i < token.i:
            continue
        for obj in child.children:
            label = para.links.get(obj.i) if obj.dep_ == "pobj" else None
            if label is not None and ctx.etype_is(label, EntityType.COUNTRY):
                return label
    return None


def _named_country_leader(ctx: ArticleContext, token: Any, word: str, country: str) -> str | None:
    """ "The president of the country calls the HDP ...": the country's leader under this
    title whom the article names (by its roles), else the one holding the office on the
    published date, as "the Turkish president" is; none for a former one, nor with no
    published date and no holder named, so the title then stays the country's."""
    if any(c.lower_ in ("former", "ex", "late") for c in token.subtree if c.i < token.i):
        return None
    return _country_leader(ctx, token, word, country) or dated_holder(ctx, country, word)


def leader_compound(ctx: ArticleContext, para: Paragraph, token: Any) -> bool:
    """The title with the words compounded before it is a leader's ("prime minister"),
    and no deputy's or former one's ("the deputy prime minister", "the ex-premier")."""
    key = _title_key(ctx, para, token)
    if key == token.lemma_.lower() or ctx.lx.roles.get(key) is not Predicate.LEADER_OF:
        return False
    stops = ctx.word_set(_lesser_words)
    return not any(c.lower_ in stops for c in token.subtree)


def _lesser_words(lx: Lexicon) -> Iterator[str]:
    """The words that make a title another office than its holder's now: a deputy's
    ("vice", "deputy"), a past one ("former", "ex", "late") or one not held now ("incoming",
    "acting"; ``title_words``). Read through ``ArticleContext.word_set``: made once per
    lexicon, not per title token."""
    for name in ("deputy_words", "former_words", "future_words"):
        yield from lx.title_words.get(name, frozenset())


def _lesser_office(ctx: ArticleContext, token: Any) -> bool:
    """A deputy's, a past or a future office's word before the title ("the US vice
    president", "the former Nigerian president", "the incoming president"): not the
    office's holder on the published date."""
    stops = ctx.word_set(_lesser_words)
    return any(c.lower_ in stops for c in token.children if c.i < token.i)


def another_office(
    ctx: ArticleContext, para: Paragraph, token: Any, person: str, owner: str
) -> bool:
    """The title is a leader's office of ``owner`` ("the Turkish prime minister") and the
    article made ``person`` its leader only under another ("President Recep Tayyip
    Erdogan"): the title is not that person. A generic title ("the Turkish leader") or a
    leader's role without a title is any of them."""
    key = _title_key(ctx, para, token)
    if (
        ctx.lx.roles.get(key) is not Predicate.LEADER_OF
        or key in ctx.lx.title_words["generic_words"]
    ):
        return False
    titles = [
        c.title
        for c in ctx.claims
        if c.subject == person and c.object == owner and c.predicate is Predicate.LEADER_OF
    ]
    same = _same_titles(ctx, key)
    return bool(titles) and not any(
        title is None or any(_title_ends(title, word) for word in same) for title in titles
    )


def _side_title(ctx: ArticleContext, token: Any) -> bool:
    """A side's word before the title ("the country's leading opposition leader", "Bahrain's
    opposition chief"; ``sides`` of ``opposition_leaders`` in cues.json): the title is the
    side's leader, never the country's head."""
    sides = ctx.cues["opposition_leaders"]["sides"]
    return any(c.lower_ in sides for c in token.children if c.i < token.i)


def _other_office(ctx: ArticleContext, para: Paragraph, token: Any) -> bool:
    """ "the deputy president", "the president of the court": a title the phrase itself
    makes another office (a deputy's, or of an unnamed body), not the article's holder."""
    deputies = ctx.lx.title_words.get("deputy_words", ())
    for child in token.children:
        if child.lower_ in deputies and child.i < token.i:
            return True
        # (a subject only: "acquitted the president of charges" hangs the charges there)
        if (
            child.dep_ == "prep"
            and child.lower_ == "of"
            and token.dep_ in _SUBJECT_DEPS
            and any(p.dep_ == "pobj" and p.i not in para.links for p in child.children)
        ):
            return True
    return False


def _body_leader(ctx: ArticleContext, token: Any, body: str) -> str | None:
    """The one person the article so far makes the leader of ``body`` (none for "the
    former FIFA chief", nor when it names two)."""
    found = _named_leaders(ctx, token, body)
    if found is None:
        return None
    held = ctx.role_holders.get((Predicate.LEADER_OF, body))
    if held is not None and held not in _formers(ctx):
        found.add(held)
    return found.pop() if len(found) == 1 else None


def _title_key(ctx: ArticleContext, para: Paragraph, token: Any) -> str:
    """The title word with the unlinked words compounded before it, when the lexicon has
    that title ("the Iraqi prime minister": "prime minister", not "minister")."""
    word: str = token.lemma_.lower()
    words: list[str] = [
        c.lower_
        for c in token.children
        if c.dep_ in ("compound", "amod") and c.i < token.i and c.i not in para.links
    ]
    for start in range(len(words)):
        key = " ".join([*words[start:], word])
        if key in ctx.lx.roles:
            return key
    return word


def _named_earlier(ctx: ArticleContext, para: Paragraph, token: Any, holder: str) -> bool:
    """A role of ``holder`` was read from a sentence before the title's: not the unnamed
    official the title itself made ("hosted the Indian prime minister")."""
    here = ctx.sentence_span(para, token)
    return any(
        c.subject == holder and c.sentence[0] < here[0]
        for c in ctx.claims
        if c.predicate is Predicate.LEADER_OF
    )


def _country_leader(ctx: ArticleContext, token: Any, word: str, country: str) -> str | None:
    """The one person the article so far makes the leader of ``country`` under this title
    ("the Iraqi president": its president, not its prime minister; "the Iraqi leader":
    either, if only one is named), none for a former one or when it names two."""
    generic = word in ctx.lx.title_words["generic_words"]
    found = _named_leaders(ctx, token, country, None if generic else word)
    return found.pop() if found is not None and len(found) == 1 else None


def _named_leaders(
    ctx: ArticleContext, token: Any, target: str, word: str | None = None
) -> set[str] | None:
    """The people the article so far makes the leader of ``target`` (under a title ending in
    ``word``, when given), none of them named with a former title; None when the title token
    itself is a former one ("the former FIFA chief")."""
    if any(c.lower_ in ("former", "ex") for c in token.children):
        return None
    return {
        c.subject
        for c in ctx.claims
        if c.predicate is Predicate.LEADER_OF
        and c.object == target
        and c.status is Status.OCCURRED
        and not _former_title(c.title)
        and (word is None or _title_ends(c.title, word))
    } - _formers(ctx)


def _formers(ctx: ArticleContext) -> set[str]:
    """The people the article so far named with a former title ("the former IOC president,
    X"): none of them is a body's or a country's leader now."""
    return {p for key, at in ctx.titled.items() if key.startswith("former ") for _, p in at}


def _title_ends(title: str | None, word: str) -> bool:
    words, key = (title or "").lower().replace("-", " ").split(), word.split()
    return bool(words) and words[-len(key) :] == key


def _former_title(title: str | None) -> bool:
    words = (title or "").lower().replace("-", " ").split()
    return bool(words) and words[0] in ("former", "ex")


def _indefinite_title(token: Any) -> bool:
    """ "a UAE general", "another minister": someone new with the title, not named here."""
    return bool(
        token.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in token.children)
        and not any(c.dep_ == "appos" for c in token.children)
        and token.dep_ not in ("attr", "appos", "compound")
    )


def _named_before(ctx: ArticleContext, para: Paragraph, token: Any) -> str | None:
    """The person the article last named with this title word before ``token``, unless
    someone new with the title came in between ("the Libyan General Haftar ... A UAE
    general can be heard ... the general"): then that one, if it is an entity."""
    found = _titled_before(ctx, para, token)
    since = found[0] if found else -1
    where = para.offset + token.idx
    newer = [
        label
        for at, label in ctx.unnamed_titled.get(token.lemma_.lower(), [])
        if since < at < where
    ]
    if newer:
        return newer[-1]
    return found[1] if found else None


def _titled_before(ctx: ArticleContext, para: Paragraph, token: Any) -> tuple[int, str] | None:
    """(offset, person) the article last named with this title word before ``token``."""
    where = para.offset + token.idx
    words = _same_titles(ctx, _title_key(ctx, para, token))
    formers = [e for w in words for e in ctx.titled.get(f"former {w}", [])]
    former = {p for _, p in formers}
    if any(c.lower_ in ("former", "ex") for c in token.children):
        named = sorted((at, p) for at, p in formers if at < where)
    else:
        named = sorted(
            (at, p)
            for w in words
            for at, p in ctx.titled.get(w, [])
            if at < where and p not in former
        )
    return named[-1] if named else None


def _same_titles(ctx: ArticleContext, key: str) -> list[str]:
    """The title and the other words for the same office ("premier", "prime minister")."""
    same = ctx.lx.title_words.get("same_office_titles", frozenset())
    return sorted(same) if key in same else [key]


def dated_holder(ctx: ArticleContext, country: str, word: str) -> str | None:
    """Who led ``country`` under the title ``word`` on the article's published date.

    A specific title ("president", "prime minister") resolves through the dated roles of the
    gazetteer; "leader" only to a holder the article itself mentions. Without a published
    date, or with no single holder, the title stays unresolved rather than guessed. An
    undated gazetteer role counts only for an office no dated role covers."""
    if ctx.published is None:
        return None
    generic = word in ctx.lx.title_words["generic_words"]
    holders: list[str] = []
    for entry in ctx.lx.entries:
        for role in entry.roles:
            if role.predicate is not Predicate.LEADER_OF or role.object != country:
                continue
            if not generic and not _title_matches(word, role.title):
                continue
            if role.start is None and role.end is None:
                if _has_dated(ctx, country):
                    continue
            elif not held_on(role.start, role.end, ctx.published):
                continue
            holders.append(entry.label)
    holders = list(dict.fromkeys(holders))
    if generic:
        holders = [h for h in holders if ctx.named_here(h)]
    return holders[0] if len(holders) == 1 else None


def _title_matches(word: str, title: str | None) -> bool:
    """An undated or an untitled role, or a title ending in ``word`` ("Supreme Leader" for
    "supreme leader", "Prime Minister" for "minister")."""
    return title is None or _title_ends(title, word)


def held_on(start: str | None, end: str | None, date: str) -> bool:
    """Whether a dated role from ``start`` to ``end`` (either open) was held on ``date``."""
    day = first_day(date)
    return (start is None or start[:10] <= day) and (end is None or day < end[:10])


def _has_dated(ctx: ArticleContext, country: str) -> bool:
    return any(
        r.object == country and r.predicate is Predicate.LEADER_OF and r.start is not None
        for e in ctx.lx.entries
        for r in e.roles
    )


@dataclass(slots=True)
class _Referents:
    """Whom a pronoun may stand for, as `link_pronouns` reads the article: the article's
    persons so far and, reset for each paragraph, the paragraph's subjects and persons."""

    genders: dict[str, str]
    person_nouns: frozenset[str]
    seen: list[str] = field(default_factory=list)  # persons of the whole article, most recent last
    carry: str | None = None  # the paragraph before's person, when this one has none yet
    last_said: str | None = None  # the person subject of the paragraph's last sentence
    last_speaker: str | None = None  # who "said" the paragraph before's last sentence
    last_person: str | None = None
    last_subject: str | None = None
    # the person subject (named or a pronoun) of each sentence, for "the 57-year-old"
    person_subject: dict[int, str] = field(default_factory=dict)
    blocked: bool = False  # the latest subject is an unnamed person
    # a person of the paragraph was named outside quotation marks (one named only inside the
    # quotes of a paragraph of quotation is spoken of by its speaker: the story's person
    # carries on past it)
    narrated: bool = False
    sent_subject: dict[int, str | None] = field(default_factory=dict)
    # the person (None: an unnamed one) subject of each sentence's main clause
    main_subjects: dict[int, str | None] = field(default_factory=dict)
    recent: list[str] = field(default_factory=list)  # persons, most recent last
    subjects: list[str] = field(default_factory=list)  # person subjects of the article so far
    # persons subject of a speech verb outside quotes ("Mosby said", "she told"), with the
    # paragraph's number, latest last
    speakers: list[tuple[str, int]] = field(default_factory=list)
    # the latest list of named persons ("X and Y", "X, Y and Z") and its paragraph's number
    named_list: list[str] = field(default_factory=list)
    list_paragraph: int = -2
    paragraph: int = -1

    def start_paragraph(self) -> None:
        """Forget the paragraph before's subjects and persons (``carry`` keeps one)."""
        self.paragraph += 1
        self.last_person = self.last_subject = None
        self.narrated = False
        self.person_subject = {}
        self.blocked = False
        self.sent_subject = {}
        self.main_subjects = {}
        self.recent = []

    def end_sentence(self, start: int) -> None:
        """After the sentence at ``start``: its main clause's subject, not a later one of a
        clause below it, is what the next sentence's pronoun takes up ("Ali said Omar had
        agreed. He added": Ali); an unnamed one there ("an official said Omar ...") blocks."""
        if start not in self.main_subjects:
            return
        main = self.main_subjects[start]
        self.last_subject = main
        self.blocked = main is None
        if main is not None:
            self.last_person = main

    def end_paragraph(self, para: Paragraph) -> None:
        """What the next paragraph starts from: its person to carry (the one before's, past
        a paragraph of quotation naming persons only inside its quotes: '"... the Assad
        regime." / He also noted'), its last subject."""
        quotation = para.text[:1] in ('"', "\u201c") and not self.narrated
        if self.blocked:
            self.carry = None
        elif not quotation or self.carry is None:
            self.carry = self.last_subject or self.last_person or self.carry
        starts = para.sent_starts
        last_sent = starts[-1] if starts else 0
        self.last_said = self.person_subject.get(last_sent)


def link_pronouns(ctx: ArticleContext, paras: list[Paragraph]) -> None:
    """He/she/his/her -> the most recent person, preferring a subject, in the paragraph
    (or the last person subject of the paragraph before when the paragraph has none).
    After an unnamed person as subject ("a local official said", "Haddad's son said"), a
    pronoun is not guessed: it most likely stands for that person. When the article shows
    whose gender is the pronoun's, the latest such person is taken; one of the other gender
    never is."""
    words = nominal_words()
    person_nouns = words.person_nouns | frozenset(ctx.lx.roles)
    pronouns = ctx.lx.words.person_pronouns
    state = _Referents(person_genders(ctx, paras), person_nouns)
    for para in paras:
        if _credit_line(ctx, para):
            continue  # a pull quote's credit ("Joseph Kechichian, expert on Gulf affairs")
        state.start_paragraph()
        tokens, links, starts = para.tokens, para.links, para.sent_starts
        sent = None  # the start of the sentence of the token read last
        for i in _candidates(para, words, pronouns):  # (a Token read only for one that may count)
            if starts[i] != sent:
                # a sentence none of whose tokens was read has no main subject to end
                if sent is not None:
                    state.end_sentence(sent)
                sent = starts[i]
            _read_token(ctx, para, tokens[i], links.get(i), state)
        if sent is not None and sent != starts[-1]:
            state.end_sentence(sent)
        if tokens:
            state.end_sentence(starts[-1])
        state.end_paragraph(para)
        starts = para.sent_starts
        last = para.sent_root(starts[-1]) if starts else None
        state.last_speaker = None if last is None else speaker_of(ctx, para, last)


def _candidates(para: Paragraph, words: NominalWords, pronouns: Container[str]) -> list[int]:
    """The indices, ascending, of the tokens ``_read_token`` may act on, read on the columns
    in one pass: a linked one, a subject, a person's pronoun (``pronouns``), a count ("the
    two"), a pair noun ("the two leaders"), "old" and the word after it ("the 57-year-old
    man"). Any other token falls through all its cases ("it", "which", "the talks"), and
    ``link_pronouns`` links only the token it reads, so the links read here are those of
    the walk."""
    links, lowers = para.links, para.lowers
    counts, pairs = words.group_counts, words.pair_nouns
    columns = zip(lowers, para.lemmas, para.deps, para.tags, para.poses, strict=True)
    found = [
        i
        for i, (lower, lemma, dep, tag, pos) in enumerate(columns)
        if i in links
        or dep in _SUBJECT_DEPS
        or (pos == "PRON" and lower in pronouns)
        or lower in counts
        or lower == "old"
        or (tag == "NNS" and lemma in pairs)
    ]
    if "old" in para.words:  # (a lemma or a form: the form is read below)
        last = len(lowers) - 1
        after = {i + 1 for i in para.word_index["old"] if lowers[i] == "old" and i < last}
        if not after.issubset(found):
            return sorted(after.union(found))
    return found


def _credit_line(ctx: ArticleContext, para: Paragraph) -> bool:
    """A paragraph that only credits a pull quote: a person's name, a comma and what the
    person is, with no verb and no closing stop ("Joseph Kechichian, expert on Gulf
    affairs"). It sits outside the story's flow: no pronoun after it takes the person up,
    and the story's referents run on across it."""
    tokens, poses, links = para.tokens, para.poses, para.links
    if len(para.sents) != 1 or not tokens or 0 not in links:
        return False
    if any(pos in ("VERB", "AUX") for pos in poses):
        return False
    if para.text.rstrip()[-1:] in ".!?:;\"'\u201d\u2019" or '"' in para.text:
        return False
    name = links[0]
    if not _person(ctx, name):
        return False
    end = 0
    while end < len(tokens) and links.get(end) == name:
        end += 1
    return end < len(tokens) - 1 and tokens[end].text == ","


def _read_token(
    ctx: ArticleContext, para: Paragraph, token: Any, label: str | None, state: _Referents
) -> None:
    """One token: a person (named, in apposition, or unnamed), a pair ("the two"), an age
    ("the 57-year-old") or a pronoun, each noted in ``state`` or linked in ``para``."""
    i = token.i
    deps, starts = para.deps, para.sent_starts
    if label is None:
        label = _age_nominal_subject(ctx, para, token, state)
        if label is None and _group_the_two(ctx, para, token, state):
            return
    if label is not None and (
        _person(ctx, label) or _titled_name(ctx, para, token, state.person_nouns)
    ):
        _note_list(ctx, para, token, label, state)
        state.narrated = state.narrated or not quoted(para, token)
        state.recent.append(label)
        state.seen.append(label)
        state.last_person = label
        if deps[i] in ("nsubj", "nsubjpass"):
            state.last_subject = label
            state.blocked = False
            state.sent_subject[starts[i]] = label
            if main_subject(token, para):
                state.main_subjects[starts[i]] = label
            state.person_subject.setdefault(starts[i], label)
            state.subjects.append(label)
            if _speaks(para, token):
                state.speakers.append((label, state.paragraph))
        return
    # (read for an unlinked subject only: most tokens read here are none)
    named = (
        [para.links[c] for c in para.kids[i] if deps[c] == "appos" and c in para.links]
        if label is None and deps[i] in _SUBJECT_DEPS
        else []
    )
    if named:
        # "A rebel leader, Nabil al-Hashidi, was killed": the subject is named
        if _person(ctx, named[0]):
            state.narrated = state.narrated or not quoted(para, token)
            state.last_subject = state.last_person = named[0]
            state.blocked = False
            state.sent_subject[starts[i]] = named[0]
            if main_subject(token, para):
                state.main_subjects[starts[i]] = named[0]
        return
    if label is None and _speaking_kin(ctx, para, token):
        # the relative is whom the next sentence's pronoun takes up; the pronouns of its own
        # sentence are still the owner's ("Nasser's brother said police had beaten him")
        if main_subject(token, para):
            state.main_subjects[starts[i]] = None
        return
    if label is None and _unnamed_person(token, state.person_nouns):
        if main_subject(token, para) and not quoted(para, token):
            state.main_subjects[starts[i]] = None
        state.blocked = True
        state.last_subject = state.last_person = None
        state.sent_subject.setdefault(starts[i], None)
        return
    if para.lowers[i] in ctx.lx.words.person_pronouns and para.poses[i] == "PRON":
        _link_pronoun(ctx, para, token, state)


def _age_nominal_subject(
    ctx: ArticleContext, para: Paragraph, token: Any, state: _Referents
) -> str | None:
    """ "Jonathan showed Buhari around. The 57-year-old took ...": the person subject of
    the sentence before, linked; None when the token is no such age or there is none."""
    i, lowers, starts = token.i, para.lowers, para.sent_starts
    old = lowers[i] == "old" or (i > 0 and lowers[i - 1] == "old")  # (its first test)
    if not (old and age_nominal(token)):
        return None
    start = starts[i]
    label = state.person_subject.get(starts[start - 1]) if start else state.last_said
    if label is not None:
        para.links[token.i] = label
        ctx.reference(para, token, label, "nominal")
    return label


def _note_list(
    ctx: ArticleContext, para: Paragraph, token: Any, label: str, state: _Referents
) -> None:
    """Keep a list of named persons ("the retrial of X and Y", "X, Y and Z were arrested")
    that ``token`` (a word of a person's name) stands in: every conjunct a person of its own."""
    head = token
    while head.dep_ == "compound" and para.links.get(head.head.i) == label:
        head = head.head  # "Mohamed" of "Mohamed Fahmy"
    if not head.conjuncts:
        return
    members = []
    for conj in sorted([head, *head.conjuncts], key=lambda t: t.i):
        other = para.links.get(conj.i)
        # a name the model took for an organisation's is one of the list with a person
        # ("the retrial of Baher Mohamed and Mohamed Fahmy"); "X and the army" is no list
        if other is None or not (
            _person(ctx, other) or ctx.etype_is(other, EntityType.ORGANIZATION)
        ):
            return
        members.append(other)
    members = list(dict.fromkeys(members))
    if not any(_person(ctx, m) for m in members):
        return
    if len(members) >= 2 and members != state.named_list:
        state.named_list = members
        state.list_paragraph = state.paragraph


def _group_the_two(ctx: ArticleContext, para: Paragraph, token: Any, state: _Referents) -> bool:
    """ "a meeting between the two", "the two leaders": the last two people named, as a
    group; "the two", "the three" opening a paragraph after a list of as many named persons
    in the paragraph before ("the retrial of X and Y. / Prosecutors accused the two"): that
    list, as it is when a list of three or more persons is the paragraph's latest ("X, Y and
    Z were held. The three"); whether the token is such a group (linked or not)."""
    i, words = token.i, nominal_words()
    if para.lowers[i] not in words.group_counts and not (
        para.tags[i] == "NNS" and para.lemmas[i] in words.pair_nouns
    ):
        return False  # neither a count nor a pair noun (read on the columns)
    if _is_the_two(token) and len(set(state.recent)) >= 2:
        # "a meeting between the two": the last two people named
        para.groups[token.i] = list(dict.fromkeys(reversed(state.recent)))[:2]
        return True
    count = _the_n(token)
    if (
        count
        and len(state.named_list) == count
        and (
            # the paragraph's latest persons are the list ("X, Y and Z were held. The three")
            set(list(dict.fromkeys(reversed(state.recent)))[:count]) == set(state.named_list)
            # none named yet here: the list of the paragraph before
            or (not state.recent and state.list_paragraph == state.paragraph - 1)
        )
    ):
        para.groups[token.i] = list(state.named_list)
        return True
    if _is_the_two_people(token):
        pair = list(dict.fromkeys(reversed(state.seen)))[:2]
        if len(pair) == 2:
            para.groups[token.i] = pair
            for person in pair:
                ctx.reference(para, token, person, "nominal")
        return True
    return False


def _link_pronoun(ctx: ArticleContext, para: Paragraph, token: Any, state: _Referents) -> None:
    """A personal pronoun -> its sentence's person subject, a subject fronted after it, or
    the latest subject or person (of the pronoun's gender when that is known)."""
    i, starts = token.i, para.sent_starts
    ahead = None if starts[i] in state.sent_subject else _fronted_owner(ctx, para, token)
    controller = _gerund_person(ctx, para, token)
    target: str | None
    above = _clause_person(ctx, para, token)
    if controller is not None:
        # "Obama praised Modi for saying that he would ...": the gerund is Modi's act
        target = controller
    elif above is not None:
        target = above
    elif starts[i] in state.sent_subject:
        target = state.sent_subject[starts[i]]
    elif ahead is not None:
        # "During his visit to Kabul, Sharif announced": the subject ahead
        target = ahead
    elif state.blocked:
        target = None
    else:
        target = state.last_subject or state.last_person or state.carry
    latest = None if state.blocked else state.last_subject or state.last_person or state.carry
    speaker = _quote_speaker(ctx, para, token, state.last_speaker, latest)
    if speaker is not None and target == speaker:
        # '"He was close to the leader," Omar said': a speaker's "he" is someone else, the
        # latest other person the article made a subject
        others = [p for p in reversed(state.subjects) if p != speaker]
        target = others[0] if others else None
    if target is not None and _quoted_only(para, token, target):
        # '"I will call the president and the speaker of the parliament," he said': the one
        # outside the quote is who speaks, none of the people named inside it
        others = [p for p in reversed(state.subjects) if not _quoted_only(para, token, p)]
        target = others[0] if others else None
    if target is not None and _owner_of_own_predicate(para, token, target):
        target = None  # "He became his aide": the aide of someone else
    if target is not None and _named_below(para, token, target):
        target = None  # "He became a critic of Sisi after Morsi's fall": not Morsi
    if target is not None and _someone_elses(ctx, para, token, target):
        # "X echoed his remarks", "X ordered his detention": the remarks (the detainee) of
        # the latest other person subject, else of the latest other person ("Y's opening
        # remarks ... X echoed his remarks")
        others = [p for p in (*reversed(state.subjects), *reversed(state.seen)) if p != target]
        target = others[0] if others else None
    # "Jonathan told him", "Morgan hit him": an object is never its own verb's subject
    # (an object form only: "Roberts says he:" misparsed with "he" an object)
    bound = bound_labels(para, token) if para.lowers[i] in ("him", "her") else set()
    if target in bound:
        # the paragraph's other person, else the one carried from the paragraph before:
        # further back, the pronoun may as well be someone unnamed ("a customer looked at her")
        others = [p for p in (*reversed(state.recent), state.carry) if p and p not in bound]
        target = others[0] if others else None
    gender = _pronoun_gender(ctx, token)
    if target is not None and gender is not None:
        recent_known = [p for p in (*reversed(state.recent), state.carry) if p not in bound]
        # a subject pronoun carries the story's person on ("..., she said"); a possessive
        # or an object one stays with the persons at hand
        subject = para.deps[i] in ("nsubj", "nsubjpass")
        earlier = (p for p in reversed(state.seen) if p not in bound) if subject else ()
        speakers = _went_on_speaking(para, token, target, state) if subject else ()
        target = _by_gender(target, gender, state.genders, recent_known, earlier, speakers)
    if target is not None and target not in bound:
        para.links[token.i] = target
        ctx.reference(para, token, target, "pronoun")
        if _speaks(para, token):
            state.speakers.append((target, state.paragraph))
        if para.deps[i] in ("nsubj", "nsubjpass"):
            state.person_subject.setdefault(starts[i], target)
            if main_subject(token, para):
                state.main_subjects[starts[i]] = target


def _named_below(para: Paragraph, token: Any, label: str) -> bool:
    """A subject pronoun does not stand for a name its own clause holds later ("He called
    for Mubarak's trial" is not Mubarak's call: a writer would have said "his"). ``label`` is
    linked to a token after the pronoun in its sentence, under the pronoun's verb."""
    if para.deps[token.i] not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    for k in range(token.i + 1, para.sent_end(token)):
        if para.links.get(k) == label and any(a.i == verb.i for a in para.tokens[k].ancestors):
            return True
    return False


def _quoted_only(para: Paragraph, token: Any, label: str) -> bool:
    """The subject pronoun is outside quotation marks and ``label`` is named earlier in its
    sentence only inside them (a quote whose opening mark the paragraph dropped counts:
    '[X's revelations] show discontent," he said'). A pronoun inside the quote names no one
    there: one taken for the speaker by mistake ('"The first thing he will do is call X," he
    told AFP') must not turn the "he" outside away from the speaker."""
    if para.deps[token.i] not in ("nsubj", "nsubjpass") or _in_quote(para, token):
        return False
    linked = [
        k
        for k in range(para.sent_starts[token.i], token.i)
        if para.links.get(k) == label and para.poses[k] != "PRON"
    ]
    return bool(linked) and all(_in_quote(para, para.tokens[k]) for k in linked)


def _in_quote(para: Paragraph, token: Any) -> bool:
    """Inside one of the paragraph's quotations (``quote_spans``), a quote whose opening mark
    the paragraph dropped included (which ``quoted``, counting marks, reads inside out)."""
    return any(a <= token.idx < b for a, b in paragraph_quotes(para))


def _gerund_person(ctx: ArticleContext, para: Paragraph, token: Any) -> str | None:
    """The named person whose act the gerund above the pronoun is ("praised Modi for saying
    that he ...", "accused Lee of announcing his plan"): the object of the verb the gerund's
    "for"/"of" hangs on; None when there is no such gerund or its object is no person."""
    for node in token.ancestors:
        controller = gerund_controller(node)
        if controller is None:
            continue
        label = para.links.get(controller.i)
        return label if label is not None and _person(ctx, label) else None
    return None


def _clause_person(ctx: ArticleContext, para: Paragraph, token: Any) -> str | None:
    """The person subject of the nearest clause above a subject or possessive pronoun, where
    the latest person subject before the pronoun is a relative clause's that does not hold it
    ("Z, whom the president sacked, declared he was dismissing the president", "announced
    his resignation": Z, not the president), or, for a subject pronoun, where the clause
    above is a relative one ("met Mugabe, who said he would": Mugabe). None otherwise, and
    for a subject that is no named person or an unnamed one after the pronoun ("before she
    lost her job, a customer ...")."""
    if para.deps[token.i] not in ("nsubj", "nsubjpass", "poss"):
        return None
    for node in token.head.ancestors:
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            continue
        subject = subjects[0]
        # (a possessive under a relative "who" may be either's: "met Y, who praised his plan")
        relative = subject.tag_ in ("WP", "WDT") and node.dep_ == "relcl"
        if relative and token.dep_ == "poss":
            return None
        if relative:
            subject = node.head  # "Obama, who said he would": the relative's noun
        if subject.i > token.i and subject.pos_ != "PROPN":
            return None
        if not (relative or _relative_subject_before(ctx, para, token)):
            return None
        label = para.links.get(subject.i)
        return label if label is not None and _person(ctx, label) else None
    return None


def _relative_subject_before(ctx: ArticleContext, para: Paragraph, token: Any) -> bool:
    """The latest person subject before the pronoun in its sentence is the subject of a
    relative clause that does not hold the pronoun ("whom the president sacked")."""
    last = None
    for t in para.tokens[para.sent_start(token) : token.i]:
        label = para.links.get(t.i)
        if t.dep_ in ("nsubj", "nsubjpass") and label is not None and _person(ctx, label):
            last = t
    if last is None or last.head.dep_ != "relcl":
        return False
    clause = last.head
    return not clause.left_edge.i <= token.i <= clause.right_edge.i


def _owner_of_own_predicate(para: Paragraph, token: Any, target: str) -> bool:
    """ "He became his aide", "she was his deputy": a possessive on the noun said of the
    clause's subject is not that subject's (unless "his own")."""
    noun = token.head
    if token.tag_ != "PRP$" or token.dep_ != "poss" or noun.dep_ not in ("attr", "oprd"):
        return False
    if any(c.lower_ == "own" for c in noun.children):
        return False
    verb = noun.head
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and para.links.get(c.i) == target for c in verb.children
    )


def _someone_elses(ctx: ArticleContext, para: Paragraph, token: Any, target: str) -> bool:
    """The possessive pronoun is not the clause's subject ``target``'s, though it stands in
    its clause: "X echoed his remarks", "X ordered his detention"."""
    return _echoes_own(ctx, para, token, target) or _ordered_for_other(ctx, para, token, target)


def _echoes_own(ctx: ArticleContext, para: Paragraph, token: Any, target: str) -> bool:
    """ "X echoed his remarks", "X praised his decision": a possessive on an act the
    clause's subject weighs (``echo_verbs`` in cues.json) is not that subject's (unless
    "his own")."""
    noun = token.head
    acts = ctx.cues["act_nouns"]
    if noun.lower_ not in acts and noun.lemma_.lower() not in acts:
        return False
    return _subject_owns_object(para, token, target, ctx.cues["echo_verbs"])


def _ordered_for_other(ctx: ArticleContext, para: Paragraph, token: Any, target: str) -> bool:
    """ "Judge X ordered his detention", "the court extended her detention": a possessive on
    an act done to its owner (a trigger whose owner is its object) that the clause's subject
    orders (``ordered_owned_verbs`` in cues.json) is someone else's: no one orders their own
    arrest (unless "his own")."""
    if not _subject_owns_object(para, token, target, ctx.cues["ordered_owned_verbs"]):
        return False
    trigger = ctx.lx.triggers.match(token.head)
    return trigger is not None and trigger.owner_is_object


def _subject_owns_object(para: Paragraph, token: Any, target: str, verbs: Any) -> bool:
    """The possessive pronoun stands on the direct object of one of ``verbs`` (not "his
    own"), whose subject (the first verb's, through conjoined verbs with none) is ``target``."""
    noun = token.head
    if token.tag_ != "PRP$" or token.dep_ != "poss" or noun.dep_ != "dobj":
        return False
    verb = noun.head
    if verb.lemma_.lower() not in verbs:
        return False
    if any(c.lower_ == "own" for c in noun.children):
        return False
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "X said ... and echoed his remarks": the first verb's subject
    return any(c.dep_ == "nsubj" and para.links.get(c.i) == target for c in verb.children)


def _quote_speaker(
    ctx: ArticleContext,
    para: Paragraph,
    token: Any,
    said_before: str | None,
    said_now: str | None,
) -> str | None:
    """The named person whose words a quoted pronoun is in ('"He lied," Omar said',
    'Omar said: "They arrested him"'): the person subject of the sentence's speech verb,
    ``said_now`` (the latest person, whom a "he" outside the quote takes up) when that
    subject is a pronoun ('"He will call," he told AFP'), or ``said_before`` (who spoke last
    in the paragraph before) in a paragraph that opens a quote with no speech verb of its
    own. A third-person pronoun in a speaker's own words is never the speaker (who says
    "I")."""
    if not quoted(para, token):
        return None
    speech = nominal_words().inverted_speech_verbs
    root = para.sent_root(token.i)  # (``token.sent.root``, without a Span)
    if root.lemma_.lower() in speech:
        return speaker_of(ctx, para, root) or (said_now if _pronoun_speaker(para, root) else None)
    opens = para.tokens[0].text in ('"', "“")
    if opens and not any(t.lemma_.lower() in speech for t in para.tokens):
        return said_before
    return None


# a speaker goes on speaking across at most one paragraph of narrative between
_SPOKE_WITHIN = 2


def _went_on_speaking(para: Paragraph, token: Any, target: str, state: _Referents) -> Iterator[str]:
    """Who a speaking pronoun ('"...," she said') may go on from, latest first: the persons
    who spoke in the last ``_SPOKE_WITHIN`` paragraphs, when ``target`` never spoke in the
    article ("X said ... / Officer Y carried him ... / '...,' she said"); else none. One who
    spoke long before ("Rice claimed ... [twenty paragraphs] ... she said") is not."""
    if not _speaks(para, token) or any(p == target for p, _ in state.speakers):
        return iter(())
    since = state.paragraph - _SPOKE_WITHIN
    return (p for p, at in reversed(state.speakers) if at >= since)


def _speaks(para: Paragraph, token: Any) -> bool:
    """The token is the subject, outside quotation marks, of a speech verb ("Mosby said",
    '"...," she told reporters'): the person speaks in the article."""
    return (
        para.deps[token.i] == "nsubj"
        and token.head.lemma_.lower() in nominal_words().inverted_speech_verbs
        and not quoted(para, token)
    )


def _pronoun_speaker(para: Paragraph, verb: Any) -> bool:
    """The speech verb's subject is a personal pronoun outside the quote ("he told AFP")."""
    return any(
        c.dep_ == "nsubj"
        and c.pos_ == "PRON"
        and c.morph.get("Person") == ["3"]
        and not quoted(para, c)
        for c in verb.children
    )


def speaker_of(ctx: ArticleContext, para: Paragraph, verb: Any) -> str | None:
    """The named person subject, outside quotation marks, of a speech verb ("Omar said")."""
    if verb.lemma_.lower() not in nominal_words().inverted_speech_verbs:
        return None
    for child in verb.children:
        if child.dep_ == "nsubj" and child.i in para.links and not quoted(para, child):
            label = para.links[child.i]
            return label if _person(ctx, label) else None
    return None


def _person(ctx: ArticleContext, label: str) -> bool:
    """A person a pronoun may stand for: typed a person, and not an acronym the model took
    for one ("LEGAM", "ANC"): a name in capitals only is an organisation's short name."""
    return ctx.etype_is(label, EntityType.PERSON) and not (
        len(label) > 2 and label.isalpha() and label.isupper()
    )


def _titled_name(ctx: ArticleContext, para: Paragraph, token: Any, nouns: frozenset[str]) -> bool:
    """ "Borja Semper, Partido Popular parliamentarian, told ...": a name the model took for
    an organisation's or a place's is a person's when a person's title (not a word any
    member or owner bears), naming no one else, stands in apposition to it (the resolver
    learns so only after the pronouns are read)."""
    label = para.links.get(token.i)
    if token.pos_ != "PROPN" or label is None:
        return False
    generic = nominal_words().generic_roles  # "Qatar, a member of the coalition": no title
    titled = any(
        c.dep_ == "appos"
        and c.pos_ == "NOUN"
        and c.tag_ == "NN"
        and c.i not in para.links
        and c.lemma_.lower() in nouns
        and c.lemma_.lower() not in generic
        for c in token.children
    )
    # the class is asked last: it is the corpus's answer, and a question asked of every
    # name would make a worker's record differ from the corpus for names that bear no title
    return titled and ctx.etype_in(label, (EntityType.ORGANIZATION, EntityType.PLACE))


def _fronted_owner(ctx: ArticleContext, para: Paragraph, token: Any) -> str | None:
    """ "During his visit to Kabul, Prime Minister Nawaz Sharif announced ...", "In her
    speech, Merkel said": a possessive in a phrase fronted before the main clause's named
    person subject is that person's (the phrase describes the subject's own act)."""
    if token.tag_ != "PRP$":
        return None
    root = para.sent_root(token.i)  # (``token.sent.root``, without a Span)
    top = token
    while top.head.i != root.i and top.head.i != top.i:
        top = top.head
    if top.head.i != root.i or top.dep_ not in ("prep", "advcl", "npadvmod") or top.i > root.i:
        return None
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].i < top.right_edge.i:
        return None
    label = para.links.get(subjects[0].i)
    return label if label is not None and _person(ctx, label) else None


def _by_gender(
    target: str,
    gender: str,
    genders: dict[str, str],
    recent: list[str | None],
    earlier: Iterable[str],
    speakers: Iterable[str] = (),
) -> str | None:
    """The pronoun's person once gender is checked. One shown to be of the other gender is
    never taken: the latest one shown to be of the pronoun's is, in the paragraph (or the
    one carried from before), else in the whole article (``earlier``, latest first, walked
    only then: "Ms X
    said ... / Officer Y carried him ... / '...,' she said" is X's). Most people in the news
    are men, so a person of unknown gender is a fair "he" but gives way, for "she", to a
    recent person shown to be a woman ("Omar met Sheikha Mozah. She said"); not to one
    named paragraphs back, who is no likelier than the unknown person just named, unless
    the pronoun speaks and the unknown person never did: the latest woman of ``speakers``
    (who spoke just before, latest first: ``_went_on_speaking``) goes on speaking ("X, a
    woman, said ... / Officer Y carried him ... / '...,' she said" is X's)."""
    found = genders.get(target)
    if found == gender or (found is None and gender != "female"):
        return target
    known = [p for p in recent if p is not None and genders.get(p) == gender]
    if known:
        return known[0]
    if found is None:
        return next((p for p in speakers if genders.get(p) == gender), target)
    return next((p for p in earlier if genders.get(p) == gender), None)


def _pronoun_gender(ctx: ArticleContext, token: Any) -> str | None:
    table: dict[str, str] = ctx.cues.get("gender", {}).get("pronouns", {})
    return table.get(token.lower_)


def _gendered_pronouns(lx: Lexicon) -> Iterable[str]:
    """The pronouns of a gender (``gender.pronouns``: "she", "his")."""
    return lx.cues.get("gender", {}).get("pronouns", {})  # type: ignore[no-any-return]


def person_genders(ctx: ArticleContext, paras: list[Paragraph]) -> dict[str, str]:
    """What the article itself shows of each person's gender: an honorific or a gendered
    title next to the name ("Mr Sisi", "Queen Rania", "spokeswoman Marie Harf", "X, the
    chairwoman"), and a pronoun in a sentence whose one person is its subject ("Mogherini
    said she would"). A person shown both ways is left unknown."""
    words: dict[str, str] = ctx.cues.get("gender", {}).get("words", {})
    pronouns: dict[str, str] = ctx.cues.get("gender", {}).get("pronouns", {})
    votes: dict[str, Counter[str]] = {}
    gendered = ctx.word_set(_gendered_pronouns)
    for para in paras:
        tokens, poses, lowers, deps = para.tokens, para.poses, para.lowers, para.deps
        # the linked tokens and the gendered pronouns, in order: no other token counts
        # (most paragraphs hold no gendered pronoun: their linked tokens, sorted once)
        found = para.hits(gendered)
        visit = sorted({*para.links, *found}) if found else para.linked()
        at = 0
        for _, end in para.sents:
            persons: list[str] = []  # persons named so far in the sentence
            subjects: set[str] = set()
            while at < len(visit) and visit[at] < end:
                i = visit[at]
                at += 1
                label = para.links.get(i)
                if poses[i] == "PRON":
                    token = tokens[i]
                    gender = pronouns.get(lowers[i])  # (``_pronoun_gender``)
                    one = set(persons)
                    if (
                        label is None
                        and gender is not None
                        and len(one) == 1
                        and one <= subjects
                        and not quoted(para, token)
                        # "X ordered her detention" shows nothing of X
                        and not _someone_elses(ctx, para, token, persons[0])
                    ):
                        votes.setdefault(persons[0], Counter())[gender] += 1
                    continue
                if label is None or not _person(ctx, label):
                    continue
                persons.append(label)
                if deps[i] in ("nsubj", "nsubjpass"):
                    subjects.add(label)
                for near in _title_words(para, tokens[i], label):
                    if near in words:
                        votes.setdefault(label, Counter())[words[near]] += 2
    _given_name_votes(ctx, paras, votes)
    genders: dict[str, str] = {}
    for label, counts in votes.items():
        ranked = counts.most_common()
        if len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]:
            genders[label] = ranked[0][0]
    return genders


@cache
def given_names(language: str) -> dict[str, str]:
    """Given name -> the gender it tells (``given_names.json``, generated from census
    data; read once)."""
    doc = json.loads(data_file("given_names.json", language).read_text("utf-8"))
    return {name: gender for gender in ("female", "male") for name in doc[gender]}


def _given_name_votes(
    ctx: ArticleContext, paras: list[Paragraph], votes: dict[str, Counter[str]]
) -> None:
    """One vote for each person named with a given name that tells a gender ("Karen Bass",
    "Dwayne Harris"): the first word of a name of two words or more. It weighs less than a
    title beside the name and gives way to the article's pronouns (``person_genders``)."""
    names = given_names(ctx.lx.language)
    persons = {label for para in paras for label in para.links.values()}
    for label in sorted(persons):
        words = label.split()
        gender = names.get(words[0].lower()) if len(words) > 1 else None
        if gender is not None and _person(ctx, label):
            votes.setdefault(label, Counter())[gender] += 1


def _title_words(para: Paragraph, token: Any, label: str) -> list[str]:
    """Words next to a name that may tell gender: the word before the name ("Mr", "Queen"),
    and unnamed nouns in apposition or compound with it ("the chairwoman", "spokeswoman")."""
    found: list[str] = []
    i, lowers, deps = token.i, para.lowers, para.deps
    if i > 0 and para.links.get(i - 1) != label:
        found.append(lowers[i - 1].rstrip("."))
    if i + 1 < len(lowers) and para.links.get(i + 1) == label:
        found.append(lowers[i].rstrip("."))  # a title inside the name ("Sheikha Mozah")
    near = [c for c in para.kids[i] if deps[c] in ("appos", "compound")]
    if deps[i] in ("appos", "compound"):
        near.append(para.heads[i])
    found.extend(para.lemmas[n] for n in near if n not in para.links)
    return found


def age_nominal(token: Any) -> bool:
    """ "The 57-year-old took ...", "The 42-year-old lawyer is backed by ...": a sentence
    that opens on a person referred to by age (read from the words, as the parser often
    hangs "old" elsewhere); the token is "old", or the noun right after it."""
    doc = token.doc
    if token.lower_ != "old" and not (token.i > 0 and doc[token.i - 1].lower_ == "old"):
        return False
    sent = token.sent
    words = [t.lower_ for t in sent[:6]]
    if words[:1] != ["the"] or len(words) < 6 or not sent[1].like_num:
        return False
    if words[2:6] != ["-", "year", "-", "old"]:
        return False
    old = sent[5]
    after = old.nbor() if old.i + 1 < sent.end else None
    if after is not None and after.pos_ == "NOUN" and after.dep_ in ("nsubj", "nsubjpass"):
        return bool(token.i == after.i)
    return bool(token.i == old.i) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in sent.root.children if c.i != old.i
    )


def _unnamed_person(token: Any, nouns: frozenset[str]) -> bool:
    """ "a local government official told", "his lawyer said", "the first patient, a
    68-year-old man, did not reveal": an unnamed person subject (its own noun a person's,
    or an unnamed person's noun in apposition to it)."""
    return (
        token.dep_ in ("nsubj", "nsubjpass")
        and token.pos_ == "NOUN"
        and token.tag_ == "NN"
        and (
            token.lemma_.lower() in nouns
            or any(
                c.dep_ == "appos" and c.tag_ == "NN" and c.lemma_.lower() in nouns
                for c in token.children
            )
        )
    )


def _speaking_kin(ctx: ArticleContext, para: Paragraph, token: Any) -> bool:
    """ "Haddad's son said ...", "his widow told reporters": a relative (``kin_nouns``) who
    speaks, outside quotation marks, is an unnamed person subject as "an official said" is,
    from the next sentence on: a "he told" after it is most likely the relative's, not the
    named owner's. A relative
    only spoken of is none ("His father was killed in 2003. He spent ...", "accusations that
    her son used ...", '"My son might be dead," he said'): the story's person carries on."""
    return (
        token.dep_ == "nsubj"
        and token.tag_ == "NN"
        and token.lemma_.lower() in ctx.cues["kin_nouns"]["words"]
        and token.head.lemma_.lower() in ctx.cues["speech_verbs"]
        and not quoted(para, token)
    )


# -- "his father", named elsewhere ("His father, X") -------------------------------------------
def _kin_words(lx: Lexicon) -> Iterable[str]:
    """The kin nouns and the person nouns: an unnamed person ``link_named_kin`` starts from."""
    return {*lx.cues.get("kin_nouns", {}).get("words", ()), *nominal_words().person_nouns}


def link_named_kin(ctx: ArticleContext, paras: list[Paragraph]) -> None:
    """ "Police were searching for his father, a senior member of X. ... His father, Salah
    Soltan, was arrested": an unnamed person noun a person owns ("his father", "her
    lawyer") is the one person the article names, elsewhere, with the same noun and owner
    ("His father, Y", "Y, her lawyer"). Two names for the pair: no link."""
    nouns = ctx.word_set(_kin_words)
    named: dict[tuple[str, str], set[str]] = {}
    unnamed: list[tuple[Paragraph, Any, tuple[str, str]]] = []
    for para in paras:
        lemmas, tags = para.lemmas, para.tags
        for i in para.hits(nouns):  # (the nouns' tokens only)
            token = para.tokens[i]
            if tags[i] != "NN" or lemmas[i] not in nouns:
                continue
            owners = [
                para.links[c.i] for c in token.children if c.dep_ == "poss" and c.i in para.links
            ]
            if len(owners) != 1 or not _person(ctx, owners[0]):
                continue
            key = (owners[0], lemmas[i])
            # "his father, Y" names him; "his father, a senior member of X" describes him
            names = [c.i for c in token.children if c.dep_ == "appos" and c.i in para.links]
            if token.dep_ == "appos" and token.head.i in para.links:
                names.append(token.head.i)  # "Y, her lawyer"
            # "His father, Salah Soltan": the noun may be linked to the name already
            people = {para.links[n] for n in [*names, i] if n in para.links}
            people = {p for p in people if _person(ctx, p) and p != owners[0]}
            if people:
                named.setdefault(key, set()).update(people)
            elif not names and i not in para.links:
                unnamed.append((para, token, key))
    for para, token, key in unnamed:
        found = named.get(key, set())
        if len(found) == 1:
            label = next(iter(found))
            para.links[token.i] = label
            ctx.reference(para, token, label, "nominal")


# -- "the former", "the latter" ----------------------------------------------------------------
def link_former_latter(ctx: ArticleContext, paras: list[Paragraph]) -> None:
    """ "Talks between Armenia and Azerbaijan collapsed, with the former accusing the
    latter ...": "the former" / "the latter" standing alone -> the first / second of the
    last pair named "A and B" (or a verb's subject and object: "A appointed B") in the
    sentence so far or the one before."""
    order = ctx.cues.get("former_latter", {})
    previous: tuple[str, str] | None = None  # the last pair of the sentence before
    words = frozenset(order)
    for para in paras:
        tokens, lowers = para.tokens, para.lowers
        # the linked tokens and the "former"/"latter" words, in order: not every token (the
        # stage links only the word it is at)
        visit = sorted({*para.linked(), *para.hits(words)})
        at = 0
        for _, end in para.sents:
            pair = previous
            while at < len(visit) and visit[at] < end:
                i = visit[at]
                at += 1
                label = para.links.get(i)
                if label is None and (lowers[i] not in order or pair is None):
                    continue  # (read on the columns: the test below, first)
                token = tokens[i]
                if label is not None:
                    second = [
                        para.links[c.i]
                        for c in token.children
                        if c.dep_ == "conj" and c.i in para.links and para.links[c.i] != label
                    ]
                    if token.dep_ == "nsubj" and not second:
                        # "Netanyahu has appointed Shalom ..., the latter told"
                        second = [
                            para.links[c.i]
                            for c in token.head.children
                            if c.dep_ == "dobj" and c.i in para.links and para.links[c.i] != label
                        ]
                    if len(second) == 1 and token.head.i not in para.links:
                        pair = (label, second[0])
                    continue
                place = order.get(token.lower_)
                if place is None or pair is None or not _standing_alone(token):
                    continue
                para.links[token.i] = pair[place]
                ctx.reference(para, token, pair[place], "nominal")
            previous = pair if pair is not previous else None


def _standing_alone(token: Any) -> bool:
    """ "the former" as a noun phrase of its own, not "the former president"."""
    return bool(
        any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos")
        and not any(c.dep_ in ("compound", "amod") for c in token.children)
    )


# -- "his group": the one he leads ------------------------------------------------------------
def link_own_groups(ctx: ArticleContext, paras: list[Paragraph]) -> None:
    """ "Nasrallah acknowledged that his Shia group was fighting": "his group" / "her
    movement" -> the one group or organisation the article makes that person the leader
    of. The owner must be a person pronoun already resolved, or a named person."""
    leads = _leads(ctx)
    for para in paras:
        _link_own_groups(ctx, para, leads)


def link_late_own_groups(ctx: ArticleContext, para: Paragraph) -> None:
    """ "his group" once more, in claim time, for leaders told only by an apposition or a
    pronoun title ("Baghdadi, the group's leader", "its leader Abu Bakr al-Baghdadi"):
    read before this paragraph's relations (atk41)."""
    _link_own_groups(ctx, para, _leads(ctx))


def _leads(ctx: ArticleContext) -> dict[str, dict[str, None]]:
    """Person -> the bodies the article makes them the leader of, so far, in the order they
    were found (not a set's: the types asked of them are the same calls in every process,
    so a driver's re-run of the record does not diverge)."""
    leads: dict[str, dict[str, None]] = {}
    for (predicate, org), person in ctx.role_holders.items():
        if predicate is Predicate.LEADER_OF:
            leads.setdefault(person, {})[org] = None
    for claim in ctx.claims:
        if claim.predicate is Predicate.LEADER_OF and claim.object is not None:
            leads.setdefault(claim.subject, {})[claim.object] = None
    return leads


def _link_own_groups(
    ctx: ArticleContext, para: Paragraph, leads: dict[str, dict[str, None]]
) -> None:
    nouns = nominal_words().group_nouns
    lemmas, tags = para.lemmas, para.tags
    for i in para.hits(nouns):  # (the nouns' tokens only; a link is read when there)
        token = para.tokens[i]
        if token.i in para.links or lemmas[token.i] not in nouns or tags[token.i] != "NN":
            continue
        owners = [para.links[c.i] for c in token.children if c.dep_ == "poss" and c.i in para.links]
        if len(owners) != 1 or not ctx.etype_is(owners[0], EntityType.PERSON):
            continue
        groups = [
            g
            for g in leads.get(owners[0], ())
            if ctx.etype_in(g, (EntityType.GROUP, EntityType.ORGANIZATION))
        ]
        if len(groups) == 1:
            para.links[token.i] = groups[0]
            ctx.reference(para, token, groups[0], "nominal")


# -- "the warplanes": the actor just named with the same noun ---------------------------------
def link_same_noun(ctx: ArticleContext, paras: list[Paragraph]) -> None:
    """ "Coalition warplanes twice bombed ... . The warplanes also struck ...": a bare
    definite plural ("the warplanes", "the soldiers") -> the one actor named with that same
    noun in this sentence or the three before; a state sector noun ("the soldiers", "the
    army", "the police") also -> the one country collective of that sector named there
    ("Nigerian troops ... The soldiers killed 30 fighters")."""
    disc = Discourse(paras)
    institutions = ctx.lx.words.single_institution_nouns | ctx.lx.words.one_body_nouns
    sector_of = ctx.lx.actors.sector_of
    for para in paras:
        if "the" not in para.words:
            continue  # every noun below has its "the" (perf43)
        poses, lowers, tags = para.poses, para.lowers, para.tags
        # the plural nouns and the institutions' nouns, on the columns (the set test before
        # the sector's look-up: most nouns are neither; perf43), in order (perf60)
        nouns = [
            i
            for i, pos in enumerate(poses)
            if pos == "NOUN" and (tags[i] == "NNS" or lowers[i] in institutions)
        ]
        for i in nouns:
            if i in para.links:
                continue
            token, plural = para.tokens[i], tags[i] == "NNS"
            code = sector_of(lowers[i])
            if not plural and not code:
                continue  # "the troops", "the army"; not "the soldier" (one person)
            kids = list(token.children)
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
                continue
            if any(c.dep_ in ("amod", "compound", "poss", "nmod", "nummod", "prep") for c in kids):
                continue  # "the two warplanes", "the warplanes of X": described here
            if token.dep_ == "compound":
                continue  # "the army chief": a modifier
            lemma = token.lemma_.lower()
            if lemma in nominal_words().pair_nouns:
                continue  # "the leaders" after a summit: often all of them, not one side
            labels = {
                s.label
                for s in disc.before(para, token, 3)
                if (s.token.lemma_.lower() == lemma and s.token.pos_ == "NOUN")
                or (code in _STATE_SECTORS and _of_sector(ctx, s.label, code))
            }
            if len(labels) == 1:
                label = labels.pop()
                para.links[token.i] = label
                ctx.reference(para, token, label, "nominal")
                disc.add(para, token, label)


# "the soldiers" after "Nigerian troops": the one state collective of that sector just named
_STATE_SECTORS = frozenset({"MIL", "COP", "GOV", "SPY", "LEG", "JUD"})


def _of_sector(ctx: ArticleContext, label: str, code: str) -> bool:
    """A country's collective of sector ``code``; the sector asked first (a gazetteer
    group's country may be unset in a worker's article alone, "Nusra Front")."""
    if not ctx.resolver.sector_in(label, (code,)):
        return False
    return ctx.resolver.clusters[label].country is not None


def link_people_group(ctx: ArticleContext, paras: list[Paragraph]) -> None:
    """ "... left three judges dead. The group were travelling by car when ...": "the
    group" with a plural verb is a set of people -> the one collective of people (a plural
    common noun: judges, students, protesters) named in this sentence or the two before."""
    disc = Discourse(paras)
    plural = frozenset(ctx.cues.get("plural_verb_forms", ()))
    group_nouns = nominal_words().group_nouns
    for para in paras:
        lemmas = para.lemmas
        for i in para.hits(group_nouns):  # (the nouns' tokens only; a link is read when there)
            token = para.tokens[i]
            if token.i in para.links or lemmas[token.i] not in group_nouns:
                continue
            if token.tag_ != "NN" or token.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
                continue
            verbs = [token.head, *(c for c in token.head.children if c.dep_ in ("aux", "auxpass"))]
            if not any(v.lower_ in plural for v in verbs):
                continue  # "the group was": the rule for named groups decides
            labels = {
                s.label
                for s in disc.before(para, token, 2)
                if s.token.tag_ == "NNS"
                and s.token.pos_ == "NOUN"
                and ctx.etype_in(s.label, (EntityType.GROUP, EntityType.ORGANIZATION))
            }
            if len(labels) == 1:
                label = labels.pop()
                para.links[token.i] = label
                ctx.reference(para, token, label, "nominal")
                disc.add(para, token, label)


# -- "the London-based advocacy group": a described organisation ------------------------------
def link_described_orgs(ctx: ArticleContext, paras: list[Paragraph]) -> None:
    """ "Amnesty International called on ... . The London-based advocacy group has accused
    ...": a definite type noun with modifiers ("the rights group", "the UN-backed body",
    "the Geneva-based watchdog") -> the one named organisation or group of a compatible type
    in this sentence or the two before, named there as a subject. Two candidates: no link.
    A place in the modifiers ("London-based", "the Turkish party") must not contradict the
    candidate's country."""
    table: dict[str, list[str]] = ctx.cues.get("described_org_nouns", {})
    nouns = {w: {EntityType(t) for t in ts} for w, ts in table.items() if not w.startswith("_")}
    based = frozenset(ctx.cues.get("based_words", ()))
    others = frozenset(ctx.cues.get("described_org_others", ()))
    kinds_named = frozenset(ctx.cues.get("described_org_kinds", {}).get("phrases", ()))
    disc = Discourse(paras)
    words = frozenset(nouns)
    for para in paras:
        lemmas, tags, tokens = para.lemmas, para.tags, para.tokens
        for token in map(tokens.__getitem__, para.hits(words)):  # (not every token)
            kinds = nouns.get(lemmas[token.i])
            if token.i in para.links or kinds is None or tags[token.i] != "NN":
                continue
            titled = owns_title(ctx, token)  # "the football body's president"
            if not _described(token, others - _kind_words(token, kinds_named, titled)):
                continue
            # "the Iran-backed movement": a backer, not where the group is
            places = [
                para.links[t.i]
                for t in token.subtree
                if t.i in para.links
                and t.i < token.i
                and not (t.head.tag_ == "VBN" and t.head.lemma_.lower() not in based)
            ]
            if any(not ctx.etype_in(p, (EntityType.COUNTRY, EntityType.CITY)) for p in places):
                continue  # "the Hamas movement": it names its own
            found = [
                s
                for s in disc.before(para, token, 2)
                if ctx.etype_in(s.label, kinds) and not s.adjective and s.token.pos_ == "PROPN"
            ]
            here = disc.sent(para, token)
            label = salient(found, here, token)
            if label is None and titled:
                label = _nearest_owner(ctx, found, here)
            # the topic carried on as a subject or a source ("according to X"), not "told
            # Reuters"; for an office's owner, also a name in its own sentence ("the
            # stewardship of FIFA by Blatter, the football body's president")
            if label is None or not any(
                s.subject or _source(s.token) or (titled and s.sent == here)
                for s in found
                if s.label == label
            ):
                continue
            if not all(_same_country(ctx, label, p) for p in places):
                continue
            para.links[token.i] = label
            ctx.reference(para, token, label, "nominal")
            disc.add(para, token, label)


def _kind_words(token: Any, kinds: frozenset[str], titled: bool) -> frozenset[str]:
    """The modifiers that are part of the noun's kind when it owns an office ("the governing
    body's president": ``described_org_kinds``), not words for another body ("the
    governing party" beside the one named)."""
    if not titled:
        return frozenset()
    return frozenset(
        c.lower_ for c in token.children if f"{c.lower_} {token.lemma_.lower()}" in kinds
    )


def _nearest_owner(ctx: ArticleContext, found: list[Any], here: int) -> str | None:
    """The office owner a described body stands for when two bodies tie: the one named
    nearest before it in its own sentence, not a state's body ("the FBI is examining the
    stewardship of FIFA by Blatter, the football body's president": FIFA)."""
    return next(
        (
            s.label
            for s in found
            if s.sent == here and not ctx.resolver.sector_in(s.label, _STATE_SECTORS)
        ),
        None,
    )


def _source(token: Any) -> bool:
    """ "according to X": X is the source the sentence reports, as a subject of "said"."""
    prep = token.head
    return bool(
        token.dep_ == "pobj"
        and prep.lower_ == "to"
        and prep.i > 0
        and token.doc[prep.i - 1].lower_ == "according"
    )


def _described(token: Any, other: frozenset[str]) -> bool:
    """ "the London-based advocacy group" as a noun phrase of its own: "the", a modifier,
    no "of"/appositive/relative clause and no word for another one ("the ruling party")."""
    kids = list(token.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return False
    if not any(c.dep_ in ("amod", "compound") for c in kids):
        return False  # bare "the group": the nominal rules decide
    if token.dep_ in ("appos", "attr", "compound") or any(
        c.dep_ in ("appos", "relcl", "acl") or (c.dep_ == "prep" and c.lower_ == "of") for c in kids
    ):
        return False
    new = nominal_words().new_referent_words | frozenset(other)
    return not any(c.lower_ in new for c in kids)


def _same_country(ctx: ArticleContext, label: str, place: str) -> bool:
    """False when ``label``'s known country differs from that of ``place``."""
    mine, theirs = actor_country(ctx, label), actor_country(ctx, place)
    return mine is None or theirs is None or mine == theirs
