"""Coreference without a neural model: definite titles and pronouns linked to the
entities they stand for, so that relations found on them attach to the right node.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from kg.extract.context import ArticleContext, Paragraph
from kg.extract.discourse import Discourse, Sighting
from kg.extract.nominals import nominal_words
from kg.vocab import EntityType, Predicate


def _is_the_two(token: Any) -> bool:
    """ "the two" standing alone as a noun phrase (not "the two leaders")."""
    return (
        token.lower_ == "two"
        and token.dep_ in ("pobj", "nsubj", "dobj", "conj")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
    )


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
    for token in para.tokens:
        if token.lemma_.lower() not in ctx.lx.roles:
            continue
        if _indefinite_title(token):
            # "A UAE general can be heard ...": a later "the general" is this one
            at = (para.offset + token.idx, para.links.get(token.i))
            ctx.unnamed_titled.setdefault(token.lemma_.lower(), []).append(at)
        if token.i in para.links:
            continue
        leader = ctx.lx.roles[token.lemma_.lower()] is Predicate.LEADER_OF
        country = None
        for child in token.children:
            if child.dep_ in ("amod", "compound", "poss", "nmod") and child.i in para.links:
                label = para.links[child.i]
                if ctx.etype(label) is EntityType.COUNTRY:
                    country = label
        if token.dep_ == "appos" or any(c.dep_ == "appos" for c in token.children):
            continue  # "Cyril Ramaphosa, South Africa's president": a role, not a reference
        has_det = any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        poss = any(c.dep_ == "poss" for c in token.children)
        if not (has_det or poss) or token.tag_ in ("NNS", "NNPS"):
            continue
        if country is None or not leader:
            # "the president", "the minister": the one the article named with that title
            bare = (
                has_det
                and not poss
                and not any(
                    c.dep_ in ("amod", "compound") and c.i in para.links for c in token.children
                )
            )
            holder = _named_before(ctx, para, token) if bare else None
        else:
            holder = ctx.role_holders.get((Predicate.LEADER_OF, country)) or dated_holder(
                ctx, country, token.lemma_.lower()
            )
        if holder is not None:
            para.links[token.i] = holder
            ctx.reference(para, token, holder, "title")


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
    word = token.lemma_.lower()
    former = {p for _, p in ctx.titled.get(f"former {word}", [])}
    if any(c.lower_ in ("former", "ex") for c in token.children):
        named = [(at, p) for at, p in ctx.titled.get(f"former {word}", []) if at < where]
    else:
        named = [(at, p) for at, p in ctx.titled.get(word, []) if at < where and p not in former]
    return named[-1] if named else None


def dated_holder(ctx: ArticleContext, country: str, word: str) -> str | None:
    """Who led ``country`` under the title ``word`` on the article's published date.

    A specific title ("president", "prime minister") resolves through the dated roles of the
    gazetteer; "leader" only to a holder the article itself mentions. Without a published
    date, or with no single holder, the title stays unresolved rather than guessed. An
    undated gazetteer role counts only for an office no dated role covers."""
    if ctx.published is None:
        return None
    generic = word in ("leader", "head", "ruler")
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
            elif not _held_on(role.start, role.end, ctx.published):
                continue
            holders.append(entry.label)
    holders = list(dict.fromkeys(holders))
    if generic:
        holders = [h for h in holders if ctx.article_id in _articles(ctx, h)]
    return holders[0] if len(holders) == 1 else None


def _title_matches(word: str, title: str | None) -> bool:
    return title is None or title.lower().replace("-", " ").split()[-1] == word


def _held_on(start: str | None, end: str | None, date: str) -> bool:
    day = date[:10] if len(date) >= 10 else (date + "-01-01")[:10]
    return (start is None or start[:10] <= day) and (end is None or day < end[:10])


def _has_dated(ctx: ArticleContext, country: str) -> bool:
    return any(
        r.object == country and r.predicate is Predicate.LEADER_OF and r.start is not None
        for e in ctx.lx.entries
        for r in e.roles
    )


def _articles(ctx: ArticleContext, label: str) -> set[str]:
    cluster = ctx.resolver.clusters.get(label)
    return cluster.articles if cluster is not None else set()


def link_pronouns(ctx: ArticleContext, paras: list[Paragraph]) -> None:
    """He/she/his/her -> the most recent person, preferring a subject, in the paragraph
    (or the last person subject of the paragraph before when the paragraph has none).
    After an unnamed person as subject ("a local official said"), a pronoun is not guessed:
    it most likely stands for that person. When the article shows whose gender is the
    pronoun's, the latest such person is taken; one of the other gender never is."""
    carry: str | None = None
    person_nouns = nominal_words().person_nouns | frozenset(ctx.lx.roles)
    genders = person_genders(ctx, paras)
    seen: list[str] = []  # persons of the whole article, most recent last
    last_said: str | None = None  # the person subject of the paragraph's last sentence
    for para in paras:
        last_person: str | None = None
        last_subject: str | None = None
        # the person subject (named or a pronoun) of each sentence, for "the 57-year-old"
        person_subject: dict[int, str] = {}
        blocked = False  # the latest subject is an unnamed person
        sent_subject: dict[int, str | None] = {}
        recent: list[str] = []  # persons, most recent last
        for token in para.tokens:
            label = para.links.get(token.i)
            if label is None and _age_nominal(token):
                # "Jonathan showed Buhari around. The 57-year-old took ...": the subject
                # of the sentence before
                start = token.sent.start
                label = person_subject.get(para.doc[start - 1].sent.start) if start else last_said
                if label is not None:
                    para.links[token.i] = label
                    ctx.reference(para, token, label, "nominal")
            if label is None and _is_the_two(token) and len(set(recent)) >= 2:
                # "a meeting between the two": the last two people named
                pair = list(dict.fromkeys(reversed(recent)))[:2]
                para.groups[token.i] = pair
                continue
            if label is None and _is_the_two_people(token):
                pair = list(dict.fromkeys(reversed(seen)))[:2]
                if len(pair) == 2:
                    para.groups[token.i] = pair
                    for person in pair:
                        ctx.reference(para, token, person, "nominal")
                continue
            if label is not None and ctx.etype(label) is EntityType.PERSON:
                recent.append(label)
                seen.append(label)
                last_person = label
                if token.dep_ in ("nsubj", "nsubjpass"):
                    last_subject = label
                    blocked = False
                    sent_subject[token.sent.start] = label
                    person_subject.setdefault(token.sent.start, label)
                continue
            named = [
                para.links[c.i] for c in token.children if c.dep_ == "appos" and c.i in para.links
            ]
            if label is None and named and token.dep_ in ("nsubj", "nsubjpass"):
                # "A rebel leader, Nabil al-Hashidi, was killed": the subject is named
                if ctx.etype(named[0]) is EntityType.PERSON:
                    last_subject = last_person = named[0]
                    blocked = False
                    sent_subject[token.sent.start] = named[0]
                continue
            if label is None and _unnamed_person(token, person_nouns):
                blocked = True
                last_subject = last_person = None
                sent_subject.setdefault(token.sent.start, None)
                continue
            if token.lower_ in ctx.lx.words.person_pronouns and token.pos_ == "PRON":
                if token.sent.start in sent_subject:
                    target = sent_subject[token.sent.start]
                elif blocked:
                    target = None
                else:
                    target = last_subject or last_person or carry
                gender = _pronoun_gender(ctx, token)
                if target is not None and gender is not None:
                    recent_known = [*reversed(recent), carry]
                    target = _by_gender(target, gender, genders, recent_known)
                if target is not None:
                    para.links[token.i] = target
                    ctx.reference(para, token, target, "pronoun")
                    if token.dep_ in ("nsubj", "nsubjpass"):
                        person_subject.setdefault(token.sent.start, target)
        carry = None if blocked else (last_subject or last_person or carry)
        last_sent = list(para.doc.sents)[-1].start if len(para.doc) else 0
        last_said = person_subject.get(last_sent)


def _by_gender(
    target: str, gender: str, genders: dict[str, str], recent: list[str | None]
) -> str | None:
    """The pronoun's person once gender is checked. One shown to be of the other gender is
    never taken: the latest one shown to be of the pronoun's is. Most people in the news
    are men, so a person of unknown gender is a fair "he" but gives way, for "she", to a
    recent person shown to be a woman ("Omar met Sheikha Mozah. She said")."""
    found = genders.get(target)
    if found == gender or (found is None and gender != "female"):
        return target
    known = [p for p in recent if p is not None and genders.get(p) == gender]
    if known:
        return known[0]
    return None if found is not None else target


def _pronoun_gender(ctx: ArticleContext, token: Any) -> str | None:
    table: dict[str, str] = ctx.cues.get("gender", {}).get("pronouns", {})
    return table.get(token.lower_)


def person_genders(ctx: ArticleContext, paras: list[Paragraph]) -> dict[str, str]:
    """What the article itself shows of each person's gender: an honorific or a gendered
    title next to the name ("Mr Sisi", "Queen Rania", "spokeswoman Marie Harf", "X, the
    chairwoman"), and a pronoun in a sentence whose one person is its subject ("Mogherini
    said she would"). A person shown both ways is left unknown."""
    words: dict[str, str] = ctx.cues.get("gender", {}).get("words", {})
    votes: dict[str, Counter[str]] = {}
    for para in paras:
        for sent in para.doc.sents:
            persons: list[str] = []  # persons named so far in the sentence
            subjects: set[str] = set()
            for token in sent:
                label = para.links.get(token.i)
                if token.pos_ == "PRON":
                    gender = _pronoun_gender(ctx, token)
                    one = set(persons)
                    if (
                        label is None
                        and gender is not None
                        and len(one) == 1
                        and one <= subjects
                        and not _quoted(para, token)
                    ):
                        votes.setdefault(persons[0], Counter())[gender] += 1
                    continue
                if label is None or ctx.etype(label) is not EntityType.PERSON:
                    continue
                persons.append(label)
                if token.dep_ in ("nsubj", "nsubjpass"):
                    subjects.add(label)
                for near in _title_words(para, token, label):
                    if near in words:
                        votes.setdefault(label, Counter())[words[near]] += 2
    genders: dict[str, str] = {}
    for label, counts in votes.items():
        ranked = counts.most_common()
        if len(ranked) == 1 or ranked[0][1] >= 2 * ranked[1][1]:
            genders[label] = ranked[0][0]
    return genders


def _title_words(para: Paragraph, token: Any, label: str) -> list[str]:
    """Words next to a name that may tell gender: the word before the name ("Mr", "Queen"),
    and unnamed nouns in apposition or compound with it ("the chairwoman", "spokeswoman")."""
    found: list[str] = []
    if token.i > 0 and para.links.get(token.i - 1) != label:
        found.append(para.tokens[token.i - 1].lower_.rstrip("."))
    if token.i + 1 < len(para.tokens) and para.links.get(token.i + 1) == label:
        found.append(token.lower_.rstrip("."))  # a title inside the name ("Sheikha Mozah")
    near = [c for c in token.children if c.dep_ in ("appos", "compound")]
    if token.dep_ in ("appos", "compound"):
        near.append(token.head)
    found.extend(n.lemma_.lower() for n in near if n.i not in para.links)
    return found


def _age_nominal(token: Any) -> bool:
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
    """ "a local government official told", "his lawyer said": an unnamed person subject."""
    return (
        token.dep_ in ("nsubj", "nsubjpass")
        and token.pos_ == "NOUN"
        and token.tag_ == "NN"
        and token.lemma_.lower() in nouns
    )


# -- pronouns for groups, organisations and countries ---------------------------------------
_ACTOR_TYPES = (EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.GROUP)


def link_actor_pronouns(ctx: ArticleContext, paras: list[Paragraph]) -> None:
    """It/its -> a country, organisation or group; they/their/them -> a plural group
    ("the fighters") or coordinated actors ("Malaysia and Indonesia say they ..."). The
    antecedent is the subject of a clause above the pronoun, else (they/them) an actor
    earlier in the sentence, else the subject of the sentence before; an unnamed subject in
    between ("the youth wing ... which it called") leaves the pronoun unresolved."""
    disc = Discourse(paras)
    for para in paras:
        for token in para.tokens:
            plural = nominal_words().actor_pronouns.get(token.lower_)
            if plural is None or token.pos_ != "PRON" or token.i in para.links:
                continue
            if token.lower_ == "it" and not _referring_it(token):
                continue
            if _quoted(para, token):
                continue  # a speaker's "they"/"its" is seen from the speaker's side
            found = _actor_antecedent(ctx, disc, para, token, plural)
            if not found:
                continue
            if len(found) == 1:
                para.links[token.i] = found[0]
            else:
                para.groups[token.i] = found
            for label in found:
                ctx.reference(para, token, label, "pronoun")


def _referring_it(token: Any) -> bool:
    """ "it" as the subject of an action ("says it will not shelter them"), not expletive
    ("it is not known how", "it was hard to predict", "it is believed that")."""
    lemma = token.head.lemma_.lower()
    if token.dep_ == "nsubjpass" and (
        lemma in nominal_words().said_of_it_verbs
        or any(c.dep_ == "ccomp" for c in token.head.children)
    ):
        return False  # "it is believed that", "it is hoped the talks will"
    return bool(
        token.dep_ in ("nsubj", "nsubjpass")
        and lemma not in nominal_words().non_actor_it_verbs
        and not any(c.dep_ in ("expl", "csubj") for c in token.head.children)
    )


def _actor_antecedent(
    ctx: ArticleContext, disc: Discourse, para: Paragraph, token: Any, plural: bool
) -> list[str]:
    if token.lower_ == "its" and token.head.dep_ == "conj" and _unnamed_noun(para, token.head.head):
        return []  # "the Lebanese state and its institutions": the unnamed noun's
    own = _own_subjects(token) if token.lower_ == "them" else set()
    # ... nor for what that subject stands for ("it would continue to attack them")
    own_labels = {para.links[i] for i in own if i in para.links}
    # ... nor for a name inside that subject ("Nobody in the army had seen them")
    own |= {t.i for i in own for t in para.tokens[i].subtree}
    # 1. the subject of a clause above the pronoun ("Thailand says it will ...")
    node = token
    while node.head.i != node.i:
        node = node.head
        for subject in (c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subject.i == token.i or (subject.pos_ == "PRON" and subject.i not in para.links):
                continue
            if subject.left_edge.i <= token.i <= subject.right_edge.i:
                continue  # the pronoun's own phrase ("its forces would stay")
            if subject.i in own:
                continue  # "fighters ambushed them": not the verb's own subject
            if _inverted_speech(node, token):
                continue  # "It can lead to failure, the WHO said": the WHO's words
            found = _actor(ctx, para, subject, plural, subject=True)
            if found and own_labels & set(found):
                continue
            if found:
                return found if not _plural_between(para, subject, token, plural) else []
            if subject.i not in para.links and subject.pos_ in ("NOUN", "PROPN"):
                return []  # an unnamed subject ("the youth wing") is the likelier antecedent
            person = ctx.etype(para.links.get(subject.i, "")) is EntityType.PERSON
            if person and token.lower_ == "it":
                return []  # "Erdogan said it": a person's words, not the country's
    here = disc.sent(para, token)
    # 2. them/their/its: the one compatible actor earlier in the sentence ("they", a
    # subject, takes a clause subject, not an object: "victims of ISIL if they arrive")
    if token.lower_ in ("them", "their", "its"):
        before = [
            s
            for s in disc.before(para, token, 0)
            if s.token.i not in own and s.label not in own_labels
        ]
        labels = _compatible(ctx, before, plural)
        if len(labels) > 1:
            return []
        if labels:
            first = next(s for s in before if _actor(ctx, para, s.token, plural) == labels[0])
            return [] if _plural_between(para, first.token, token, plural) else labels[0]
    # 3. the subject of the sentence before, unless a plural noun of this sentence is nearer
    if _plural_between(para, token.sent[0], token, plural, inclusive=True):
        return []
    subjects = [s for s in disc.in_sentence(here - 1) if s.subject]
    labels = _compatible(ctx, subjects, plural)
    return labels[0] if len(labels) == 1 else []


_QUOTES = frozenset({'"', "“", "”"})


def _quoted(para: Paragraph, token: Any) -> bool:
    """Inside quotation marks (an odd number of them before it in the paragraph)."""
    return sum(t.text in _QUOTES for t in para.tokens[: token.i]) % 2 == 1


def _inverted_speech(verb: Any, token: Any) -> bool:
    """The pronoun's clause comes before its speech verb: "It can spread, the WHO said"."""
    return bool(verb.lemma_.lower() in nominal_words().inverted_speech_verbs and token.i < verb.i)


def _own_subjects(token: Any) -> set[int]:
    """Subjects of the verb an object pronoun depends on, through "continue to attack them"
    (a pronoun object never stands for its own verb's subject)."""
    found: set[int] = set()
    node = token
    while node.head.i != node.i:
        node = node.head
        subjects = [c.i for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        found.update(subjects)
        if subjects or node.dep_ not in ("xcomp", "conj", "prep", "pobj", "dobj"):
            break
    return found


_NOT_REFERENTS = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "PERCENT", "MONEY"})


def _plural_between(
    para: Paragraph, start: Any, token: Any, plural: bool, inclusive: bool = False
) -> bool:
    """An unnamed plural noun between the candidate and "they"/"them" ("destroy boats before
    they could be used"), not one the pronoun hangs from: the likelier antecedent."""
    if not plural:
        return False
    ancestors = {a.i for a in token.ancestors}
    first = start.i if inclusive else start.right_edge.i + 1
    return any(
        t.tag_ == "NNS"
        and t.i not in para.links
        and t.i not in ancestors
        and t.ent_type_ not in _NOT_REFERENTS
        and not _modified_by(t, token)
        for t in para.tokens[first : token.i]
    )


def _modified_by(noun: Any, token: Any) -> bool:
    """ "raids against them", "talks with them": the pronoun is the object of a preposition
    right after the noun, whatever the parser attached it to; a noun is not the antecedent
    of a pronoun in its own modifier."""
    return bool(
        token.dep_ == "pobj"
        and token.head.dep_ == "prep"
        and token.head.i == noun.i + 1
        and token.i == noun.i + 2
    )


def _unnamed_noun(para: Paragraph, token: Any) -> bool:
    return bool(token.pos_ == "NOUN" and token.i not in para.links)


def _compatible(ctx: ArticleContext, sightings: list[Sighting], plural: bool) -> list[list[str]]:
    out: list[list[str]] = []
    for sighting in sightings:
        found = _actor(ctx, sighting.para, sighting.token, plural)
        if found and found not in out:
            out.append(found)
    return out


def _actor(
    ctx: ArticleContext, para: Paragraph, token: Any, plural: bool, subject: bool = False
) -> list[str]:
    """What ``token`` names as an antecedent of a singular or plural actor pronoun."""
    label = para.links.get(token.i)
    if label is None or token.pos_ == "ADJ" or token.dep_ == "amod":
        return []
    if token.pos_ == "PRON":
        # an earlier pronoun already resolved: chain on it
        kind = ctx.etype(label)
        many = token.lower_ in ("they", "them", "their")
        return [label] if kind in _ACTOR_TYPES and many == plural else []
    conjuncts = [c for c in token.children if c.dep_ == "conj"]
    if any(c.i in para.links for c in conjuncts):
        # "Malaysia and Indonesia": two actors, a plural antecedent (every conjunct named,
        # and people only as a clause's subject: "dropped Anderson and Broad ... their")
        conj = [para.links[c.i] for c in conjuncts if c.i in para.links]
        if not plural or len(conj) != len(conjuncts):
            return []
        labels = list(dict.fromkeys([label, *conj]))
        if not subject and any(ctx.etype(x) is EntityType.PERSON for x in labels):
            return []
        return labels
    if token.dep_ == "conj":
        return []
    kind = ctx.etype(label)
    if kind not in _ACTOR_TYPES:
        return []
    if kind is EntityType.COUNTRY:
        return [] if plural else [label]
    many = token.tag_ in ("NNS", "NNPS") or token.text.endswith("s")
    if kind is EntityType.GROUP and plural and (many or token.tag_ == "NNP"):
        return [label]  # "the Houthis ... them", "the Taliban say they"
    return [label] if many == plural else []
