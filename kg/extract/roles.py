"""Roles: titles before names ("Ukrainian President Volodymyr Zelensky") and appositions
("Yuri Ushakov, the Russian leader's foreign policy adviser").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph, prep_objects
from kg.extract.coref import held_on
from kg.extract.foretold_roles import foretold
from kg.extract.party_titles import party_word
from kg.extract.role_owners import (
    SIDE_SECTORS,
    STATE_SECTORS,
    before_rank,
    held,
    is_elect,
    main_collective,
    main_country,
    main_country_office,
    main_org,
    main_org_office,
    rank_before,
    role_of,
)
from kg.lexicon import GazetteerEntry, Lexicon
from kg.nlp.coordination import first_conjunct
from kg.resolve.agencies import described_agency
from kg.resolve.collectives import level_court_name, owner_entry
from kg.resolve.counted import counted_words, staff_employer
from kg.resolve.country_bodies import generic_body
from kg.resolve.entities import SpanMention
from kg.resolve.names import name_words
from kg.resolve.resolver import surname_keys
from kg.resolve.teams import contest_name
from kg.vocab import EntityType, Predicate, Status


def title_roles(ctx: ArticleContext, paragraphs: list[Paragraph]) -> Iterator[Draft]:
    """Titles before names: "Ukrainian President Volodymyr Zelensky", and a plural title over
    coordinated names: "Vice Presidents Jeffrey Webb and Eugenio Figueredo" (with no owner,
    of the one organisation the article is about)."""
    org = main_org(ctx, paragraphs)
    for para in paragraphs:
        yield from _title_roles(ctx, para, org)


def _title_roles(ctx: ArticleContext, para: Paragraph, org: str | None) -> Iterator[Draft]:
    poses, tokens, links = para.poses, para.tokens, para.links
    for i, label in enumerate(map(links.get, range(len(tokens)))):  # (read as it goes)
        if label is None:
            continue
        token, pos = tokens[i], poses[i]
        # a name's first word (its word before linked to another label, or to none)
        if pos != "PRON" and (i == 0 or links.get(i - 1) != label):
            drafts = [elect_status(ctx, d) for d in _title_before(ctx, para, token, label, org)]
            yield from drafts
            if drafts and _plural_title(ctx, para, token):
                for other in _coordinated_names(ctx, para, token, label):
                    yield from (replace(d, subject=other) for d in drafts)
        if pos == "PROPN":
            _name_apposed_title(ctx, para, token, label)


def elect_status(ctx: ArticleContext, draft: Draft) -> Draft:
    """A role under a title held from a future date ("president-elect") is planned."""
    return replace(draft, status=Status.PLANNED) if is_elect(ctx, draft.title) else draft


def _plural_title(ctx: ArticleContext, para: Paragraph, token: Any) -> bool:
    """The title word right before the name (past a rank and name parts) is plural."""
    for k in range(token.i - 1, max(token.i - 4, -1), -1):
        word = para.tokens[k]
        if word.tag_ in ("NNS", "NNPS") and word.lower_.endswith("s"):
            return True
        if not word.text[:1].isupper() or word.i in para.links:
            return False
    return False


def _coordinated_names(
    ctx: ArticleContext, para: Paragraph, token: Any, person: str
) -> Iterator[str]:
    """Persons named after ``person`` in one coordination: "X and Y", "X, Y and Z"."""
    tokens = para.tokens
    k = token.i
    for _ in range(4):
        while k < len(tokens) and para.links.get(k) == person:
            k += 1
        joint = k
        while joint < len(tokens) and tokens[joint].lower_ in (",", "and"):
            joint += 1
        if joint == k or joint >= len(tokens) or tokens[joint].sent != token.sent:
            return
        other = para.links.get(joint)
        if other is None or other == person:
            return
        if not ctx.etype_is(other, EntityType.PERSON) and ctx.lx.lookup(other) is None:
            ctx.resolver.add_vote(other, EntityType.PERSON, 3)  # a name under a person's title
        if not ctx.etype_is(other, EntityType.PERSON):
            return
        yield other
        person, k = other, joint
        if tokens[joint - 1].lower_ == "and":
            # the last of the coordination
            return


def _name_apposed_title(ctx: ArticleContext, para: Paragraph, token: Any, person: str) -> None:
    """ "the foreign minister, Sergey Lavrov" / "Lavrov, the foreign minister": remember the
    title early, so that a later bare "the minister" resolves to him."""
    nouns = [c for c in token.children if c.dep_ == "appos"]
    if token.dep_ == "appos":
        nouns.append(token.head)
    titles = [
        n
        for n in nouns
        if n.i not in para.links
        and n.lemma_.lower() in ctx.lx.roles
        and not (n.i > token.i and _named_after(ctx, para, n, person))
    ]
    if not titles or not ctx.etype_is(person, EntityType.PERSON):
        return  # the sentence first, the type after
    for noun in titles:
        # "X, Uganda's prime minister": the title of two words, for a later "the premier"
        kept = [
            c.lower_
            for c in noun.children
            if c.dep_ in ("compound", "amod") and c.i < noun.i and c.i not in para.links
        ]
        wholes = [" ".join([*kept[k:], noun.lemma_.lower()]) for k in range(len(kept))]
        title = next((w for w in wholes if w in ctx.lx.roles), noun.lemma_)
        if any(c.lower_ in ("former", "ex") and c.i < noun.i for c in noun.children):
            title = f"former {title}"  # "X, the former prime minister": not "the premier"
        ctx.name_title(para, token, title, person)
        if ctx.lx.roles[noun.lemma_.lower()] is not Predicate.LEADER_OF or any(
            c.lower_ in ("former", "ex", "deputy", "vice") for c in noun.children
        ):
            continue
        # "Sepp Blatter, FIFA president": a later "the FIFA boss" is him (coref.link_titles)
        for child in noun.children:
            body = para.links.get(child.i) if child.dep_ in ("compound", "poss") else None
            if body is not None and ctx.etype_in(body, (EntityType.ORGANIZATION, EntityType.GROUP)):
                ctx.role_holders.setdefault((Predicate.LEADER_OF, body), person)


def appositions(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """Appositions: "Yuri Ushakov, the Russian leader's foreign policy adviser", and the
    reverse, "Russia's foreign minister, Sergei Lavrov"; "-elect" titles are planned."""
    return (elect_status(ctx, d) for d in _appositions(ctx, para))


def _appositions(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    poses, tokens = para.poses, para.tokens
    for i, label in enumerate(map(para.links.get, range(len(tokens)))):  # (read as it goes)
        if label is None:
            continue
        token = tokens[i]
        if poses[i] == "PRON":
            if token.dep_ == "poss":
                yield from _person_rule(ctx, para, token, label, known_only=True)
            continue
        for child in token.children:
            if child.dep_ == "appos" and child.i not in para.links:
                if _named_after(ctx, para, child, label):
                    continue  # "met X, the German chancellor, Y, ...": the title is Y's
                listed = _listed_name(ctx, para, token, child)
                if listed is not None:
                    # "Mahmoud Ezzat, Badie's deputy and Mahmoud Hussein, the former
                    # secretary-general": the parser hangs the second title on the first name
                    yield from role_noun(ctx, para, child, para.links[listed.i], listed)
                    continue
                branches = _branch_places(ctx, para, child)
                drafts = [
                    d for d in role_noun(ctx, para, child, label, token) if d.object not in branches
                ]
                yield from _shared_title(ctx, para, token, child, label, drafts)
                for conj in child.children:
                    # "X, a Shia cleric and the general secretary of Y": each title is theirs
                    # (towards an organisation: "managing director of Sports Media UK" is
                    # no office of the UK)
                    if conj.dep_ == "conj" and conj.i not in para.links:
                        yield from (
                            d
                            for d in role_noun(ctx, para, conj, label, token)
                            if not _is_place(ctx, d.object)
                        )
            if child.dep_ == "relcl":
                yield from _relative_roles(ctx, para, token, child, label)
        if token.dep_ == "nsubj" and para.links.get(token.head.i) != label:
            yield from _took_power(ctx, para, token, label)
        if token.dep_ in ("poss", "compound", "pobj"):
            yield from _person_rule(ctx, para, token, label)
        if token.dep_ == "appos" and token.head.i not in para.links:
            yield from role_noun(ctx, para, token.head, label, token)
        owned_title = _title_over_owner(para, token, label)
        if owned_title is not None:
            yield from role_noun(ctx, para, owned_title, label, token)
        plural = _listed_under(ctx, para, token)
        if plural is not None:
            yield from role_noun(ctx, para, plural, label, token)
        loose = _loose_apposition(ctx, para, token, label)
        if loose is not None:
            yield from role_noun(ctx, para, loose, label, token)
        if token.dep_ == "nsubj" and token.head.lemma_ == "be" and not foretold(ctx, token.head):
            # "Cicippio was acting comptroller at the American University of Beirut"
            for attr in _copula_titles(ctx, token.head):
                if attr.i not in para.links:
                    yield from role_noun(ctx, para, attr, label, token)
        yield from _affiliated_at(ctx, para, token, label)


def _relative_roles(
    ctx: ArticleContext, para: Paragraph, token: Any, verb: Any, label: str
) -> Iterator[Draft]:
    """The roles a relative clause the parser hung on a name's word gives the person it is
    about: that name's, or the named person an aside's clause describes ("X, an adviser to
    Iran's supreme leader, who was the third Iranian official": X, not the leader:
    ``ArticleContext.antecedent``); none when it is about no person above the word."""
    owner = _clause_owner(ctx, para, token, label)
    if owner is None:
        return
    person, anchor = owner
    if para.links.get(token.head.i) != person:
        yield from _heads_clause(ctx, para, anchor, verb, person)
    yield from _relative_copula(ctx, para, anchor, verb, person)


def _clause_owner(
    ctx: ArticleContext, para: Paragraph, token: Any, label: str
) -> tuple[str, Any] | None:
    """The person a relative clause on ``token`` (named ``label``) is about, and the word
    naming them: ``label`` and ``token``, or a name above ``token`` the clause's antecedent
    is; None when the antecedent is no name above it."""
    about = ctx.antecedent(para, token)
    if not about or label in about:
        return label, token
    node = token
    while node.head is not node:
        node = node.head
        found = para.links.get(node.i)
        if found in about:
            return found, node
    return None


def _relative_copula(
    ctx: ArticleContext, para: Paragraph, token: Any, verb: Any, person: str
) -> Iterator[Draft]:
    """ "Juan Monedero, who was an adviser to Hugo Chavez,": the title of a copula's
    complement in a relative clause on the name, as of "X was an adviser to Y" (role54);
    not one foretold ("who will be") or denied ("who is not")."""
    if (
        verb.lemma_ != "be"
        or foretold(ctx, verb)
        or any(c.dep_ == "neg" for c in verb.children)
        or not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children)
    ):
        return
    for attr in verb.children:
        if attr.dep_ == "attr" and attr.i not in para.links and attr.pos_ == "NOUN":
            yield from role_noun(ctx, para, attr, person, token)


def _shared_title(
    ctx: ArticleContext,
    para: Paragraph,
    token: Any,
    noun: Any,
    person: str,
    drafts: list[Draft],
) -> Iterator[Draft]:
    """The drafts of a plural title apposed to the last of coordinated names, for each name:
    "X and Y - the current and former presidents of Z" (the parser hangs the title on Y)
    makes both presidents, each with the modifier in its place (X the president, Y the
    "former president"); a singular title is the last name's alone."""
    names = _names_before(ctx, para, token, person) if noun.tag_ == "NNS" else []
    if not names:
        yield from drafts
        if noun.tag_ == "NNS":
            # "A and B, founders of the party": the parser hangs the title on the first name
            for name in _names_after(ctx, para, token, person, noun):
                yield from (replace(d, subject=name) for d in drafts)
        return
    names.append(person)
    mods = [c for c in noun.children if c.dep_ == "amod" and c.i < noun.i]
    mods += [c for m in mods[:1] for c in m.children if c.dep_ == "conj"]
    lemma = noun.lemma_.lower()
    past = ctx.lx.words.past_title_words
    for k, name in enumerate(names):
        title = None
        if len(mods) == len(names):
            # "former president" stays so; "current president" is the president
            title = f"{mods[k].lower_} {lemma}" if mods[k].lower_ in past else lemma
        for draft in drafts:
            yield replace(draft, subject=name, title=title or draft.title)


def _names_after(
    ctx: ArticleContext, para: Paragraph, token: Any, person: str, noun: Any
) -> list[str]:
    """The persons coordinated after the name ``token`` and before the plural title
    ``noun`` hung on it ("A, B and C, founders of X": B and C for A); none when a conjunct
    is no person's name."""
    found: list[str] = []
    todo = [c for c in token.children if _listed_before(c, noun)]
    while todo:
        node = todo.pop(0)
        other = para.links.get(node.i)
        if other is None or other == person or not ctx.etype_is(other, EntityType.PERSON):
            return []
        found.append(other)
        todo += [c for c in node.children if _listed_before(c, noun)]
    return list(dict.fromkeys(found))


def _listed_before(child: Any, noun: Any) -> bool:
    """A name listed with its head before the title ``noun`` ("A and B, leaders of X"; the
    parser may read "A, B and C" as an apposition)."""
    return bool(
        child.i < noun.i
        and (child.dep_ == "conj" or (child.dep_ == "appos" and child.pos_ == "PROPN"))
    )


def _names_before(ctx: ArticleContext, para: Paragraph, token: Any, person: str) -> list[str]:
    """The persons coordinated before the name ``token`` ends ("X and Y": X for Y), first
    first; none when the name is no conjunct of a person."""
    found: list[str] = []
    node = token
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
        other = para.links.get(node.i)
        if other is None or other == person or not ctx.etype_is(other, EntityType.PERSON):
            return []
        found.insert(0, other)
    return found


def _loose_apposition(ctx: ArticleContext, para: Paragraph, token: Any, label: str) -> Any | None:
    """The title noun of an apposition the parser did not hang on the name ("telling
    Federica Mogherini, the European Union's foreign policy chief, that ...", "Kim Min-seok,
    spokesman for South Korea's defence ministry, on Monday urged ..."): right after the
    name's last word, a comma, a phrase of no verb closed by another comma, whose head is a
    role noun hung outside the phrase; not when a name follows the closing comma (the title
    is that name's: "met Putin, the German chancellor, Angela Merkel, ...") nor when the
    name has an apposition of its own."""
    tokens = para.tokens
    i = token.i
    if (
        i + 2 >= len(tokens)
        or tokens[i + 1].text != ","
        or para.links.get(i + 1) == label
        or any(c.dep_ == "appos" for t in _name_tokens(para, i, label) for c in t.children)
    ):
        return None
    end = next(
        (k for k in range(i + 2, min(len(tokens), i + 14)) if tokens[k].text in (",", ".", ";")),
        None,
    )
    if end is None or end == i + 2 or tokens[end].text != ",":
        return None
    phrase = range(i + 2, end)
    if any(tokens[k].pos_ in ("VERB", "AUX", "PRON") for k in phrase if tokens[k].lower_ != "'s"):
        return None
    if end + 1 < len(tokens) and end + 1 in para.links:
        return None  # "..., the German chancellor, Angela Merkel": the next name's title
    heads = [tokens[k] for k in phrase if tokens[k].head.i not in phrase or tokens[k].head.i == k]
    if len(heads) != 1:
        return None
    head = heads[0]
    if head.i in para.links or head.pos_ != "NOUN" or head.head.i in _name_indices(para, i, label):
        return None
    if ctx.lx.roles.get(head.lemma_.lower()) is None and role_of(ctx, head.lower_) is None:
        return None
    return head


def _title_over_owner(para: Paragraph, token: Any, label: str) -> Any | None:
    """The title noun of "the CEO of Facebook, Mark Zuckerberg," where the parser hung the
    name on the owner's name after "of"/"for"/"at" (a person apposed to a body is the
    title's holder): the title before the owner, itself no name's and no apposition of
    another name ("X, the CEO of Y, Z": the title is X's)."""
    owner = token.head
    if token.dep_ != "appos" or owner.i not in para.links or para.links[owner.i] == label:
        return None
    prep = owner.head
    if owner.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("of", "for", "at"):
        return None
    title = prep.head
    tokens = para.tokens
    if (
        title.i in para.links
        or title.pos_ not in ("NOUN", "PROPN")
        or not title.i < owner.i < token.i
        or tokens[min(t.i for t in token.subtree) - 1].text != ","  # ("Facebook, Mark ...")
        or (title.dep_ == "appos" and title.head.i in para.links)
        or any(c.dep_ == "appos" for c in title.children)
    ):
        return None
    return title


def _name_indices(para: Paragraph, i: int, label: str) -> set[int]:
    return {t.i for t in _name_tokens(para, i, label)}


def _name_tokens(para: Paragraph, i: int, label: str) -> list[Any]:
    """The tokens of the name whose last word is ``i``."""
    start = para.name_start(i, label)
    return para.tokens[start : i + 1]


def _branch_places(ctx: ArticleContext, para: Paragraph, title: Any) -> set[str]:
    """Places the title's phrase names right after an organisation's name, with nothing
    between: a branch's name the model cut in two ("director of Amnesty International UK",
    "of Jesuit Refugee Service Cambodia") holds no office of the place."""
    links, tokens = para.links, para.tokens
    found: set[str] = set()
    for t in title.subtree:
        place = links.get(t.i)
        if place is None or t.i == 0 or links.get(t.i - 1) in (None, place):
            continue
        before = links[t.i - 1]
        if (
            _is_place(ctx, place)
            and ctx.etype_is(before, EntityType.ORGANIZATION)
            and not tokens[t.i - 1].is_punct
        ):
            found.add(place)
    return found


def _named_after(ctx: ArticleContext, para: Paragraph, title: Any, person: str) -> bool:
    """The title noun of an apposition has a person's name of its own in apposition after
    it ("after meeting X, the German chancellor, Y, said"): the parser hung the title on
    the name before it, but the title is the name's it is next to, after it."""
    for c in title.children:
        other = para.links.get(c.i)
        if (
            c.dep_ == "appos"
            and c.i > title.i
            and other is not None
            and other != person
            and ctx.etype_is(other, EntityType.PERSON)
        ):
            return True
    return False


def _listed_name(ctx: ArticleContext, para: Paragraph, token: Any, appos: Any) -> Any | None:
    """In a list of people with their titles ("A, X's deputy and B, the former secretary"),
    the person named last before the apposition, when the parser made that person a conjunct
    of an earlier title of ``token``: the apposition is theirs."""
    found = None
    for title in token.children:
        if title.dep_ != "appos" or title.i >= appos.i or title.i in para.links:
            continue  # (a name: "A, B and C, founders of X" is one list)
        for name in title.children:
            if (
                name.dep_ == "conj"
                and name.i < appos.i
                and name.i in para.links
                and ctx.etype_is(para.links[name.i], EntityType.PERSON)
                and (found is None or name.i > found.i)
            ):
                found = name
    return found


def _listed_under(ctx: ArticleContext, para: Paragraph, token: Any) -> Any | None:
    """The plural title a list of people after it holds each ("its founders - A, B and C",
    "the group's leaders, A and B,"): for a person conjoined (or apposed) to the list's first
    name (or, as the parser also hangs it, to the title itself), the title, when only a comma, colon
    or dash stands between it and that first name. The first name in apposition is
    ``_appositions``' own; a plural the person is merely listed after ("arrested students
    and A") is none."""
    if token.dep_ not in ("conj", "appos") or not ctx.etype_is(
        para.links[token.i], EntityType.PERSON
    ):
        return None
    first = token
    # (a list's second name the parser may hang on the first as its apposition)
    while first.dep_ in ("conj", "appos") and ctx.etype_is(
        para.links.get(first.head.i, ""), EntityType.PERSON
    ):
        first = first.head
    noun = first.head
    if (
        first.dep_ not in ("appos", "conj")
        or (first.dep_ == "appos" and first is token)
        or noun.i in para.links
        or noun.tag_ != "NNS"
        or noun.i > first.i
    ):
        return None
    start = min(t.i for t in first.subtree if para.links.get(t.i) == para.links.get(first.i))
    between = para.tokens[noun.i + 1 : start]
    if len(between) != 1 or between[0].text not in _LIST_MARKS:
        return None
    return noun


_LIST_MARKS = frozenset({",", ":", "-", "–", "—"})


_ARMED_SECTORS = frozenset({"REB", "UAF"})


def _heads_clause(
    ctx: ArticleContext, para: Paragraph, token: Any, verb: Any, person: str
) -> Iterator[Draft]:
    """ "Saad Hariri, who heads Lebanon's anti-Hezbollah bloc": a relative clause whose verb
    is head/lead/chair/command/run makes the person leader of its object."""
    if (
        not ctx.etype_is(person, EntityType.PERSON)
        or verb.lemma_.lower() not in ctx.lx.words.head_verbs
    ):
        return
    if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children):
        return
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        found = ctx.ents(para, obj)
        target = found[0] if found else _org_from_chunk(ctx, para, obj)
        if target is not None and target != person:
            ctx.role_holders.setdefault((Predicate.LEADER_OF, target), person)
            yield ctx.draft(para, token, person, Predicate.LEADER_OF, target, 0.85)


def _took_power(ctx: ArticleContext, para: Paragraph, token: Any, person: str) -> Iterator[Draft]:
    """ "since Kim Jong-un took power", "Sisi came to power": a person who took, seized or
    came to power leads the country the gazetteer's roles say they lead, else the article's
    one main country. Not for a future ("will assume power") or a negated verb."""
    verb = token.head
    if not ctx.etype_is(person, EntityType.PERSON) or verb.tag_ not in ("VBD", "VBN"):
        return
    if any(
        c.dep_ in ("neg", "aux") and c.lower_ in ("not", "never", "will") for c in verb.children
    ):
        return
    lemma = verb.lemma_.lower()
    took = lemma in ("take", "seize", "assume", "grab") and any(
        c.dep_ == "dobj" and c.lower_ == "power" for c in verb.children
    )
    came = lemma in ("come", "rise", "return", "sweep") and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "power" for g in c.children)
        for c in verb.children
    )
    if not (took or came):
        return
    entry = ctx.lx.lookup(person)
    objects = (
        {r.object for r in entry.roles if r.predicate is Predicate.LEADER_OF} if entry else set()
    )
    if not objects:
        country = ctx.main_country()
        objects = {country.label} if country is not None else set()
    if len(objects) != 1:
        return
    obj = objects.pop()
    if ctx.resolver.ensure(obj, ctx.article_id):
        yield ctx.draft(para, token, person, Predicate.LEADER_OF, obj, 0.7)


def _person_rule(
    ctx: ArticleContext, para: Paragraph, token: Any, label: str, known_only: bool = False
) -> Iterator[Draft]:
    """ "Assad's rule", "the Obama administration", "Nkurunziza's government": a person whose
    rule, regime or government it is leads a country: the one the gazetteer's roles say they
    lead, else (a full name the gazetteer does not know) the article's one main country. A person
    the gazetteer makes leader of no country ("Blatter's administration") gets no claim. The
    name may be read into the government it owns ("Merkel's government" -> German
    government): the person is then the gazetteer's person of that name. With
    ``known_only`` (a possessive pronoun: "Rajoy said his government ...") only the
    gazetteer's roles count: "Mozambique's foreign minister said his government ..." is a
    minister's, not a leader's, government."""
    if known_only and not ctx.etype_is(label, EntityType.PERSON):
        return
    noun = token.head
    if token.dep_ == "pobj" and noun.lower_ == "of":
        # "the military regime of Abdel Fattah el-Sisi": the person after "of" owns it
        if not ctx.etype_is(label, EntityType.PERSON) or noun.head.dep_ == "compound":
            return
        noun = noun.head
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ctx.lx.words.rule_nouns:
            return
        if any(c.dep_ == "poss" for c in noun.children):
            return  # "Egypt's government of Sisi": read through the owner
    elif noun.pos_ != "NOUN" or noun.lemma_.lower() not in ctx.lx.words.rule_nouns:
        return
    elif token.dep_ == "compound" and any(
        c.dep_ == "poss" or (c.dep_ == "compound" and c.i < token.i and c.i not in para.links)
        for c in noun.children
    ):
        return  # "Syria's Assad government" is read through the owner
    elif token.dep_ != "pobj" and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return  # "X's administration of the hospital": what is run is written, no country
    person: str | None = label
    if not ctx.etype_is(label, EntityType.PERSON):
        person = _absorbed_person(ctx, para, token, label)
    elif para.links.get(noun.i) is not None and token.dep_ != "pobj":
        return  # "the Assad family rule": the noun names something else
    if person is None:
        return
    entry = ctx.lx.lookup(person) or _leader_by_surname(ctx, person)
    objects = (
        {
            r.object
            for r in entry.roles
            if r.predicate is Predicate.LEADER_OF
            and (found := ctx.lx.lookup(r.object)) is not None
            and found.type is EntityType.COUNTRY
        }
        if entry
        else set()
    )
    if entry is not None and entry.roles and not objects:
        return  # known to lead something other than a country
    if not objects and entry is None and len(person.split()) > 1 and not known_only:
        # a full name the gazetteer does not know; a bare surname ("Assad") may be a leader
        # the gazetteer knows under his full name, of another country than the article's
        country = ctx.main_country()
        objects = {country.label} if country is not None else set()
    if len(objects) != 1:
        return
    obj = objects.pop()
    if ctx.resolver.ensure(person, ctx.article_id) and ctx.resolver.ensure(obj, ctx.article_id):
        yield ctx.draft(para, token, person, Predicate.LEADER_OF, obj, 0.7)


def _leader_by_surname(ctx: ArticleContext, name: str) -> GazetteerEntry | None:
    """The one gazetteer person of surname ``name`` who led a country on the article's
    published date ("Assad's rule" in 2015: Bashar al-Assad, not his father), for a bare
    surname the gazetteer does not take alone because several people bear it; None without a
    date, with none or several such leaders, or when the article names someone of that
    surname in full (``_named_by_surname`` reads the surname by them)."""
    if " " in name or ctx.published is None:
        return None
    if any(
        " " in label and name in surname_keys(label.split()[-1])
        for label in ctx.resolver.article_labels(ctx.article_id)
    ):
        return None
    date = ctx.published
    found = [
        entry
        for entry in ctx.lx.entries
        if entry.type is EntityType.PERSON
        and " " in entry.label
        and name in surname_keys(entry.label.split()[-1])
        and any(
            r.predicate is Predicate.LEADER_OF
            and r.start is not None
            and held_on(r.start, r.end, date)
            and (country := ctx.lx.lookup(r.object)) is not None
            and country.type is EntityType.COUNTRY
            for r in entry.roles
        )
    ]
    return found[0] if len(found) == 1 else None


def _absorbed_person(ctx: ArticleContext, para: Paragraph, token: Any, label: str) -> str | None:
    """The gazetteer person the model named inside a government it read as a country's
    ("Angela Merkel's government" -> German government): the mention and the noun are one
    organisation node."""
    if not ctx.etype_is(label, EntityType.ORGANIZATION) or para.links.get(token.head.i) != label:
        return None
    if token.pos_ != "PROPN":
        return None
    # the name is the owner and its name words ("Angela Merkel's": the "'s" aside), however
    # the model tagged the phrase ("Nkurunziza's government" as one organisation)
    words = [t for t in token.subtree if t.i <= token.i and t.tag_ != "POS"]
    if any(t.pos_ != "PROPN" for t in words):
        return None
    name = " ".join(t.text for t in words)
    entry = ctx.lx.lookup(name) or _named_by_surname(ctx, name)
    if entry is None or entry.type is not EntityType.PERSON:
        return None
    return entry.label


def _named_by_surname(ctx: ArticleContext, name: str) -> GazetteerEntry | None:
    """The gazetteer person the article named in full whose surname ``name`` is ("Bashar
    al-Assad's army ... the Assad regime"): the one such person of the article, as a bare
    surname the gazetteer does not take alone may be another's (Hafez al-Assad)."""
    if " " in name:
        return None
    found = {
        label
        for label in ctx.resolver.article_labels(ctx.article_id)
        if " " in label
        and name in surname_keys(label.split()[-1])
        and ctx.etype_is(label, EntityType.PERSON)
    }
    return ctx.lx.lookup(found.pop()) if len(found) == 1 else None


def country_bodies(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "Russia's Foreign Ministry", "Seoul's National Intelligence Service": a state body
    named with its country (or capital) in front is part of that country (``member_of``);
    so is an organisation's body named with it in front ("FIFA's ethics committee")."""
    seen: set[str] = set()
    links, heads, tokens = para.links, para.heads, para.tokens
    # the linked words only (``Paragraph.linked``: the stage links none as it walks them)
    for i in para.linked():
        org = links.get(i)
        if org is None or org in seen or links.get(heads[i]) == org:
            continue  # only the root of the mention
        token = tokens[i]
        word = _party_word(ctx, para, token)
        owned = any(c.dep_ == "poss" and c.i in para.links for c in word.children)
        if not owned and not _body_named(ctx, token, org):
            continue  # the sentence first, the type after (``kg.pipeline_records``)
        movement = ctx.etype_is(org, EntityType.GROUP) and _political(ctx, org)
        # "his own party, Morena": the apposition makes the name a party's, whatever the
        # model read it as (a place's name)
        if not (movement or ctx.etype_is(org, EntityType.ORGANIZATION) or word is not token):
            continue
        leader = _party_leader(ctx, para, token, org)
        if leader is not None:
            # a party leads by its person ("Cameron's Conservative Party"); a looser
            # movement's person may be no more than its figurehead ("Morsi's Muslim
            # Brotherhood"): a member
            seen.add(org)
            role = Predicate.MEMBER_OF if movement else Predicate.LEADER_OF
            yield ctx.draft(para, token, leader, role, org, 0.7)
            continue
        if movement:
            continue  # a movement is no state body
        if not (_body_named(ctx, token, org) or described_agency(ctx.lx, org)):
            continue
        cluster = ctx.resolver.clusters.get(org)
        if cluster is not None and cluster.country and cluster.sector:
            # a body found with its country ("Russia's Foreign Ministry" -> Russian foreign
            # ministry, RU): the country mention is inside the body's name; a generic name
            # written without it ("near the Interior Ministry", "the court's judgement": the
            # article's country's) says no country in its sentence
            if not _country_written(ctx, links, token, org):
                continue
            entry = ctx.lx.country_of_iso(cluster.country)
            if entry is not None and ctx.resolver.ensure(entry.label, ctx.article_id):
                seen.add(org)
                yield ctx.draft(para, token, org, Predicate.MEMBER_OF, entry.label, 0.7)
            continue
        for child, owner in _body_owners(para, token, org):
            # "the UN refugee agency", "the FIFA executive committee": an organisation in
            # front owns its body as its possessive does; a capital only as a possessive
            country = _parent_body(ctx, owner, org)
            if child.dep_ == "poss":
                country = _capital_country(ctx, owner) or country
            if country is not None and ctx.resolver.ensure(country, ctx.article_id):
                seen.add(org)
                yield ctx.draft(para, token, org, Predicate.MEMBER_OF, country, 0.7)


def _body_owners(para: Paragraph, token: Any, org: str) -> Iterator[tuple[Any, str]]:
    """(word, the node it names) of each name in front of a body's mention that owns it: a
    possessive, compound or noun modifier of its head ("Russia's Foreign Ministry", "the
    FIFA executive committee", "the UN nuclear watchdog") or of a word of the mention ("the
    UN children's agency": "UN" before "children's")."""
    links = para.links
    inner = [c for c in token.children if links.get(c.i) == org and c.i < token.i]
    for word in (token, *inner):
        for child in word.children:
            owner = links.get(child.i)
            inside = word is not token and owner == org  # the mention's own word
            if child.dep_ in ("poss", "compound", "nmod") and owner is not None and not inside:
                yield child, owner


def _body_named(ctx: ArticleContext, token: Any, org: str) -> bool:
    """Whether the body's node or its mention here is named as a state body's ("Foreign
    Ministry", "news agency"). The mention's head counts too: an outlet's node is labelled
    by its bare name ("KCNA", ``media_bare_name``) though the article wrote "Pyongyang's
    official KCNA news agency"."""
    words = ctx.lx.words.body_words
    # (the label lower-cased once and its words asked of the set: no set made a mention)
    return token.lower_ in words or not words.isdisjoint(org.lower().split())


def _parent_body(ctx: ArticleContext, owner: str, org: str) -> str | None:
    """The organisation owning a body of its own ("FIFA's own ethics committee", "the African
    Union's peace council", "the UN's refugee agency"): the body is part of it. Not a
    country's or a person's (their rules are the ones above)."""
    if owner == org or not ctx.etype_is(owner, EntityType.ORGANIZATION):
        return None
    cluster = ctx.resolver.clusters.get(owner)
    return None if cluster is not None and cluster.country and cluster.sector else owner


def _country_written(ctx: ArticleContext, links: dict[int, str], token: Any, org: str) -> bool:
    """Whether a mention of a country's body written under a generic name ("Kenya's Health
    Ministry", ``generic_body``) names the country ("Kenya's", "Kenyan", "US"); a body of no
    generic name (a collective, "the Turkish interior ministry") always does. The mention
    is read first: the body's names are the corpus's (another article wrote "the court"),
    asked only when the mention itself names no country, as one question
    (``Resolver.any_name``); "a lower court" names none."""
    if any(
        owner_entry(ctx.lx, t.text, True)[0] == "country"
        for t in token.subtree
        if links.get(t.i) == org
    ):
        return True
    return not ctx.resolver.any_name(org, _generic_name)


def _generic_name(name: str, lexicon: Lexicon) -> bool:
    """The name is a generic state body's ("Health Ministry") or a court of another level
    ("lower court")."""
    return generic_body(name, lexicon) is not None or level_court_name(name, lexicon)


# a group's sectors that make it a political party or movement ("Morsi's Muslim Brotherhood")
_POLITICAL_SECTORS = frozenset({"PTY", "OPP"})


def _political(ctx: ArticleContext, label: str) -> bool:
    entry = ctx.lx.lookup(label)
    return entry is not None and entry.sector in _POLITICAL_SECTORS


def _party_leader(ctx: ArticleContext, para: Paragraph, token: Any, org: str) -> str | None:
    """ "Buhari's All Progressives Congress", "Netanyahu's right-wing Likud", "Beppe Grillo's
    Five Star Movement", "Morsi's Muslim Brotherhood": the person the press names a party or
    political movement by (its leader for a party, ``country_bodies``); the party is known by
    its name, its gazetteer sector or a political modifier. The person may own a bare party
    word the name is in apposition to ("Mariano Rajoy's party (the governing People's
    Party)", "Modi's party, the BJP,"): the apposition itself says the name is a party's,
    whatever its words ("Farage's party, UKIP")."""
    owned = _party_word(ctx, para, token)
    owner = next(
        (para.links[c.i] for c in owned.children if c.dep_ == "poss" and c.i in para.links), None
    )
    if owner is None or owner == org or not ctx.etype_is(owner, EntityType.PERSON):
        return None
    if contest_name(org, ctx.lx):
        return None  # "Barca's Champions League defeat": a competition is no party
    words = {w.lower() for w in org.split()}
    entry = ctx.lx.lookup(org)
    modifiers = {
        t.lower_ for c in token.children if c.dep_ == "amod" for t in c.subtree if t.i < token.i
    }
    hyphened = {"".join(t.lower_ for t in c.subtree) for c in token.children if c.dep_ == "amod"}
    if (
        owned is not token  # "Farage's party, UKIP": the apposition says it is one
        or words & ctx.lx.words.party_words
        or (entry is not None and entry.sector in _POLITICAL_SECTORS)
        or (modifiers | hyphened) & ctx.lx.words.party_modifiers
    ):
        return owner
    return None


def _party_word(ctx: ArticleContext, para: Paragraph, token: Any) -> Any:
    """The bare party word a name is in apposition to ("Rajoy's party (the People's Party)":
    "party"), whose possessive is the name's; else the name's own head."""
    head = token.head
    if (
        token.dep_ == "appos"
        and head.pos_ == "NOUN"
        and head.lower_ in ctx.lx.words.party_words
        and head.i not in para.links
    ):
        return head
    return token


def _capital_country(ctx: ArticleContext, label: str) -> str | None:
    if ctx.etype_is(label, EntityType.COUNTRY):
        return label
    key = label.lower()
    seat = ctx.lx.actors.seats.get(key)
    if seat is None or seat.org is not None:
        return None
    entry = ctx.lx.country_of_iso(seat.iso)
    return entry.label if entry is not None else None


def _affiliated_at(
    ctx: ArticleContext, para: Paragraph, token: Any, person: str
) -> Iterator[Draft]:
    """ "Wang Ziqiang at the Institute of Mechanics", "Roger Crouch of NASA": a person with
    an organisation attached by "at" or "of" is a member of it (weaker evidence)."""
    if token.pos_ == "NOUN":
        return  # "the leader of Hezbollah" resolved to a person: a title, not "X of NASA"
    if para.links.get(token.head.i) == person:
        return
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in ("at", "of")]
    if not preps or not ctx.etype_is(person, EntityType.PERSON):
        return  # the sentence first, the type after (``kg.pipeline_records``)
    for prep in preps:
        if prep.lower_ == "of" and aged_residence(ctx, para, token, prep):
            continue  # "Daniel Harris, 30, of Wiscasset": where he lives
        for pobj in prep.children:
            org = para.links.get(pobj.i)
            if pobj.dep_ == "pobj" and org and ctx.etype_is(org, EntityType.ORGANIZATION):
                title = None
                if prep.lower_ == "of":
                    title = leader_title_before(ctx, para, token, person)
                if title is not None:
                    # "opposition leader Tom Mulcair of the New Democratic Party": he leads it
                    yield ctx.draft(para, token, person, Predicate.LEADER_OF, org, 0.6, title=title)
                else:
                    yield ctx.draft(para, token, person, Predicate.MEMBER_OF, org, 0.6)


def aged_residence(ctx: ArticleContext, para: Paragraph, token: Any, prep: Any) -> bool:
    """The name's "of" follows an age in apposition and names a bare one-word name the data
    does not know ("Daniel Harris, 30, of Wiscasset"): as news writes it, where the person
    lives, not a body they belong to ("Peter Maurer, 58, of the International Committee of
    the Red Cross", "X, 40, of Amnesty International", "X, 61, of Hezbollah" are members)
    (prec61)."""
    aged = any(c.dep_ == "appos" and c.like_num and token.i < c.i < prep.i for c in token.children)
    objects = [p for p in prep.children if p.dep_ == "pobj"]
    return (
        aged
        and bool(objects)
        and all(
            p.left_edge.i == p.i  # one word, no determiner: "of Wiscasset", not "of the ICRC"
            and ctx.lx.lookup(para.links.get(p.i) or p.text) is None
            for p in objects
        )
    )


def leader_title_before(
    ctx: ArticleContext, para: Paragraph, token: Any, person: str
) -> str | None:
    """The leader's title right before a name that nothing before it owns, which makes the
    organisation after the name's "of" the one the person leads ("opposition leader Tom
    Mulcair of the New Democratic Party", "Chairman X of Y"); none for other titles ("deputy
    leader X of Y", "spokesman X of Y"), an owned title ("Israel's police chief X of the Y
    unit": the title is Israel's) or no title ("Roger Crouch of NASA": a member)."""
    start = para.name_start(token.i, person)
    i, title_words, _acronym = _title_words_before(ctx, para, para.tokens[start])
    title_words = _role_words(ctx, title_words)
    if not title_words or (i >= 0 and (i in para.links or para.tokens[i].tag_ == "POS")):
        return None
    title = para.text[title_words[0].idx : title_words[-1].idx + len(title_words[-1].text)]
    return title if role_of(ctx, title) is Predicate.LEADER_OF else None


def _title_before(
    ctx: ArticleContext, para: Paragraph, token: Any, person: str, org: str | None = None
) -> Iterator[Draft]:
    """The office a title right before a person's name gives ("Foreign Minister X",
    "Malaysia's Prime Minister X", "Cape Town mayor X")."""
    _vote_titled_person(ctx, para, token, person)
    # the words before the name first, the type after: a rule asks the corpus only what
    # the sentence makes it need (``kg.pipeline_records``)
    i, title_words, acronym = _title_words_before(ctx, para, token)
    if (
        not title_words
        and token.text in ctx.lx.person_titles
        and para.links.get(token.i + 1) == person
    ):
        title_words = [token]  # "Moroccan King Mohammed VI": the name holds the title
    if _incumbent_before(ctx, para, token) and not _role_words(ctx, title_words):
        yield from _incumbent_office(ctx, para, token, person)
        return
    owned = _title_of_country(ctx, para, token)
    if owned is not None and ctx.etype_is(person, EntityType.PERSON):
        at, words = owned
        title = para.text[words[0].idx : words[-1].idx + len(words[-1].text)]
        predicate = role_of(ctx, title)
        if predicate is not None:
            ctx.name_title(para, token, title, person)
            yield from _linked_office(ctx, para, token, person, at, words, title, predicate)
        return
    if not title_words and not _possessive_before(para, token):
        return
    if not ctx.etype_is(person, EntityType.PERSON):
        return
    if not title_words:
        yield from _possessive_office(ctx, para, token, person)
        return
    title_words = _role_words(ctx, title_words)
    if not title_words:
        return
    if acronym or any(w.lower_ in ctx.lx.words.org_title_heads for w in title_words[:-1]):
        # "Costa Rican football federation president Eduardo Li"
        yield from _unnamed_org_title(ctx, para, token, person, i, title_words)
        return
    title = para.text[title_words[0].idx : title_words[-1].idx + len(title_words[-1].text)]
    predicate = role_of(ctx, title)
    if predicate is None:
        return
    tokens = para.tokens
    i = _over_modifiers(tokens, i)  # "Yemen's internationally recognised President Hadi"
    if i >= 1 and tokens[i].text in ("'s", "’s") and (i - 1) in para.links:
        i -= 1  # "Malaysia's Prime Minister Najib Razak"
    deputy = _deputy_before_owner(ctx, para, i)
    if deputy is not None:
        title = f"{deputy} {title}"
        predicate = role_of(ctx, title) or predicate
    title = _past_before_owner(ctx, para, i, title)
    ctx.name_title(para, token, title, person)
    if i < 0 or i not in para.links or _party_owner(ctx, para, i, title_words):
        yield from _unlinked_office(ctx, para, token, person, title_words, title, predicate, org)
        return
    yield from _linked_office(ctx, para, token, person, i, title_words, title, predicate)


def _title_of_country(
    ctx: ArticleContext, para: Paragraph, token: Any
) -> tuple[int, list[Any]] | None:
    """ "Taoiseach of Ireland Enda Kenny", "Prime Minister of Ireland X": a person's title
    (``person_titles``), "of" and a country's name right before the name, with no comma:
    the index of the country's first word and the title's words, as "Ireland's Taoiseach X"
    would give them; else None."""
    tokens = para.tokens
    end = token.i - 1
    country = para.links.get(end)
    if country is None or not ctx.etype_is(country, EntityType.COUNTRY):
        return None
    start = para.name_start(end, country)
    if start < 2 or tokens[start - 1].lower_ != "of":
        return None
    titles = ctx.lx.person_titles
    for size in (3, 2, 1):
        first = start - 1 - size
        if first < 0 or any(k in para.links for k in range(first, start - 1)):
            continue
        words = list(tokens[first : start - 1])
        if " ".join(w.text for w in words) in titles:
            return start, words
    return None


def _party_owner(ctx: ArticleContext, para: Paragraph, i: int, title_words: list[Any]) -> bool:
    """The one-word name before the title is a party's word read as a name ("Socialist mayor
    X" with "Socialist" the model's organisation), before a state's or city's office: the
    holder is the party's member (``party_titles``), the office is not the party's. A party
    leader's own title ("Socialist leader X", ``party_leader_titles``) is the party's."""
    label = para.links[i]
    if len(label.split()) != 1 or para.links.get(i - 1) == label:
        return False
    if title_words[-1].lower_ in ctx.lx.title_words.get("party_leader_titles", frozenset()):
        return False
    return party_word(ctx, para.tokens[i])


def _deputy_before_owner(ctx: ArticleContext, para: Paragraph, i: int) -> str | None:
    """ "Deputy Labour leader X", "deputy coup leader Y": a deputy word (``deputy_words``)
    right before the owner that stands before the title still belongs to the title, which
    makes a leader's title a member's (``role_of``); the word, else None."""
    if i < 0 or i not in para.links:
        return None
    # the owner's first word ("deputy Liberal Democrat leader")
    start = para.name_start(i, para.links[i])
    word = para.tokens[start - 1] if start > 0 else None
    if word is None or word.lower_ not in ctx.lx.title_words.get("deputy_words", ()):
        return None
    return str(word.text)


def _past_before_owner(ctx: ArticleContext, para: Paragraph, i: int, title: str) -> str:
    """ "former Afghan President X", "ex-Yemeni president Y": a word that ends the role,
    before the owner that stands before the title, still belongs to the title; so does one
    right before a title with no owner ("then-Prime Minister Y", "then President Z")."""
    if i < 0:
        return title
    tokens = para.tokens
    if i not in para.links:
        k = i - 1 if _hyphen(tokens[i]) else i
        if k < 0 or tokens[k].lower_ not in ctx.lx.words.past_title_words:
            return title
        return f"{tokens[k].text}{'-' if k < i or tokens[k].whitespace_ == '' else ' '}{title}"
    # the owner's first word ("former United States President")
    start = para.name_start(i, para.links[i])
    if tokens[start].lower_ in ctx.lx.words.past_title_words:
        k = start  # "ex-Yemeni": the model kept the prefix in the owner's name
        hyphen = start + 1 < len(tokens) and _hyphen(tokens[start + 1])
        return f"{tokens[k].text}{'-' if hyphen else ' '}{title}"
    k = start - 1
    hyphen = k >= 0 and _hyphen(tokens[k])
    if hyphen:
        k -= 1
    if k < 0 or tokens[k].lower_ not in ctx.lx.words.past_title_words:
        return title
    return f"{tokens[k].text}{'-' if hyphen else ' '}{title}"


def _hyphen(token: Any) -> bool:
    """A hyphen, whatever tag the model gave it ("ex-Yemeni": "-" read as an adjective)."""
    return bool(token.tag_ == "HYPH" or token.text in ("-", "‐"))


def _vote_titled_person(ctx: ArticleContext, para: Paragraph, token: Any, person: str) -> None:
    """A rank or a person's title before a name read as no person votes it a person."""
    if (
        rank_before(ctx, para, token) or _person_title_before(ctx, para, token, person)
    ) and not ctx.etype_is(person, EntityType.PERSON):
        # "General Prime Niyongabo", "police chief Chico Edri" read as an organisation: a
        # rank or a person's title names a person
        ctx.resolver.add_vote(person, EntityType.PERSON, 3)


def _title_tail(ctx: ArticleContext, tokens: list[Any], i: int) -> tuple[list[Any], int]:
    """The portfolio or post ending a title before the word ``i`` ("Minister of State for
    Middle East Affairs", "ambassador to Libya"), and where the title's head ends."""
    # "Minister of State for Middle East Affairs": the portfolio after "for" may hold names
    j = i
    while j >= 0 and i - j < 5 and (tokens[j].text[:1].isupper() or tokens[j].tag_ == "HYPH"):
        j -= 1
    if j < i and j > 0 and tokens[j - 1].text[:1].isupper() and tokens[j].lower_ == "for":
        return list(tokens[j : i + 1]), j - 1
    if j < i and j > 1 and tokens[j].lower_ == "the" and tokens[j - 1].lower_ == "to":
        j -= 1  # "UNHCR representative to the Philippines Bernard Kerblat"
    if (
        j < i
        and j > 0
        and tokens[j].lower_ == "to"
        and tokens[j - 1].lower_ in ctx.lx.words.envoy_titles
    ):
        return list(tokens[j : i + 1]), j - 1  # "US ambassador to Libya Deborah Jones"
    return [], i


def _title_words_before(
    ctx: ArticleContext, para: Paragraph, token: Any
) -> tuple[int, list[Any], bool]:
    """The words of the title before a name, read backwards, the index of the word before
    them, and whether one is an acronym (an organisation the model did not name)."""
    tokens = para.tokens
    tail, i = _title_tail(ctx, tokens, token.i - 1)
    title_words: list[Any] = []
    acronym = False
    while i >= 0 and len(title_words) < 10:
        word = tokens[i]
        if not _extends_title(ctx, para, i, title_words):
            break
        if (
            word.is_upper
            and len(word.text) <= 6
            and word.text not in ctx.lx.person_titles
            and word.lower_ not in ctx.lx.roles  # "Qatar Airways CEO X", "Labour MP Y"
        ):
            acronym = True  # "Venezuela FA chief": an organisation the model did not name
        title_words.insert(0, word)
        i -= 1
    if not title_words:
        return i, title_words, acronym  # (most names: no word before them extends a title)
    if tail:
        title_words += tail
    title_words = before_rank(ctx, title_words)
    while title_words and title_words[0].tag_ == "HYPH":
        title_words = title_words[1:]  # "then-Prime Minister X", "General-turned-President X"
    return i, title_words, acronym


def _extends_title(ctx: ArticleContext, para: Paragraph, i: int, title_words: list[Any]) -> bool:
    """True when the word ``i`` belongs to the title read so far (``title_words``, the words
    after it)."""
    tokens = para.tokens
    word = tokens[i]
    capitalised = word.text[:1].isupper()
    inner_of = (
        word.lower_ in ("of", "for", "-")
        and title_words
        and title_words[0].text[:1].isupper()
        and i > 0
        and tokens[i - 1].text[:1].isupper()
    ) or _inner_of_title(ctx, para, i, title_words)
    # "Secretary of State", "Chief of Staff", "Secretary for Near-Eastern Affairs"; "US
    # secretary of State John Kerry", "head of state X": a title of the table in lower case
    of_name = (
        word.i in para.links
        and i > 1
        and tokens[i - 1].lower_ == "of"
        and tokens[i - 2].text[:1].isupper()
    )  # "Secretary of State", not "the leadership of FIFA President X"
    hyphen = (
        word.tag_ == "HYPH" and title_words and i > 0 and tokens[i - 1].text[:1].isalpha()
    )  # "vice-president-elect"
    linked = word.i in para.links and not of_name and not _title_word(ctx, para, word)
    if linked or (title_words and _verb_object(word)):
        return False
    # "Regarding President X": a capitalised verb opening the sentence is no title
    # ("Secretary of State": "State" tagged as a name is part of the title)
    return bool(
        (
            capitalised
            and (
                word.pos_ not in _NOT_TITLE_POS
                or word.lower_ in ctx.lx.title_words.get("deputy_words", ())
            )
        )
        or word.pos_ in ("NOUN", "ADJ", "PROPN")
        or inner_of
        or hyphen
    )


def _inner_of_title(ctx: ArticleContext, para: Paragraph, i: int, title_words: list[Any]) -> bool:
    """The word ``i`` is the "of" inside a title of the roles table, whatever its case
    ("secretary of State", "head of state"; ``roles`` in ``kg/data/en/titles.json``)."""
    tokens = para.tokens
    if not title_words or i < 1 or tokens[i].lower_ != "of":
        return False
    phrase = " ".join([tokens[i - 1].lower_, "of", *(w.lower_ for w in title_words)])
    return phrase in ctx.lx.roles


def _verb_object(word: Any) -> bool:
    """ "sentenced to death former President X", "sentenced to life in prison former Prime
    Minister Y": the object of a verb's preposition (through nested ones) ends the phrase
    before the title; it is no word of it ("Secretary of State": "of" hangs on the title)."""
    node = word
    while node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.i != node.head.i:
        node = node.head.head
    return bool(node is not word and node.pos_ in ("VERB", "AUX"))


def _role_words(ctx: ArticleContext, title_words: list[Any]) -> list[Any]:
    """The title words from the first that names a role (no honorific, "Sheikh", and no
    group the name belongs to, "Members of President X"); none when it opens on "of"."""
    # strip honorifics that are not roles ("Sheikh")
    while title_words and role_of(ctx, " ".join(w.text for w in title_words)) is None:
        title_words = title_words[1:]
    of = next((k for k, w in enumerate(title_words) if w.lower_ == "of"), None)
    if of and title_words[of - 1].tag_ in ("NNS", "NNPS"):
        title_words = title_words[of + 1 :]  # "Members of President X": X is the president
    if title_words and title_words[0].lower_ == "of":
        return []
    return title_words


def _unlinked_office(
    ctx: ArticleContext,
    para: Paragraph,
    token: Any,
    person: str,
    title_words: list[Any],
    title: str,
    predicate: Predicate,
    org: str | None,
) -> Iterator[Draft]:
    """The office of a title no name precedes ("President X", "the defence minister X"): the
    presidency, an office the sentence names, or the article's main country or body."""
    office = _presidential(ctx, person, title_words, predicate)
    if office is not None:
        yield ctx.draft(para, token, person, predicate, office, title=title, confidence=0.85)
        return
    drafts = list(_country_after_name(ctx, para, token, person, title, predicate))
    drafts = drafts or list(office_of(ctx, para, token, person, title))
    drafts = drafts or list(_church_office(ctx, para, token, person, title_words, title))
    drafts = drafts or list(_place_prefix_office(ctx, para, token, person, title_words))
    drafts = drafts or list(_sector_owned_title(ctx, para, token, person, title_words))
    if drafts or _pronoun_owned(title_words):
        yield from drafts
        return
    drafts = list(_coordinated_office(ctx, para, token, person, title_words, title, predicate))
    drafts = drafts or list(_sender_office(ctx, para, token, person, title, predicate))
    drafts = drafts or list(_example_office(ctx, para, token, person, title, predicate))
    if drafts:
        yield from drafts
        return
    drafts = list(main_country_office(ctx, para, token, person, title_words))
    yield from drafts or main_org_office(ctx, para, token, person, title, predicate, org)


def _incumbent_before(ctx: ArticleContext, para: Paragraph, token: Any) -> bool:
    """True when a bare ``incumbent_words`` word stands right before the name."""
    return token.i > 0 and para.tokens[token.i - 1].lower_ in ctx.lx.title_words.get(
        "incumbent_words", frozenset()
    )


def _incumbent_office(
    ctx: ArticleContext, para: Paragraph, token: Any, person: str
) -> Iterator[Draft]:
    """ "edging ahead of incumbent X in Poland's presidential ballot", "a presidential election
    with incumbent X": the incumbent of a contest for the head's office (``head_contest_words``)
    leads the contest's country, written before its noun, else the article's one country."""
    if not ctx.etype_is(person, EntityType.PERSON):
        return
    kinds = ctx.lx.title_words.get("head_contest_words", frozenset())
    contest = next(
        (
            t
            for t in token.sent
            if t.lower_ in ctx.cues["electoral_nouns"]
            and any(c.dep_ == "amod" and c.lower_ in kinds for c in t.children)
        ),
        None,
    )
    if contest is None:
        return
    owners = (para.links.get(t.i) for t in contest.subtree if t.i < contest.i)
    country = next(
        (o for o in owners if o is not None and ctx.etype_is(o, EntityType.COUNTRY)), None
    ) or main_country(ctx)
    if country is None or country == person:
        return
    title = para.tokens[token.i - 1].lower_
    yield ctx.draft(para, token, person, Predicate.LEADER_OF, country, title=title, confidence=0.7)


def _coordinated_office(
    ctx: ArticleContext,
    para: Paragraph,
    token: Any,
    person: str,
    title_words: list[Any],
    title: str,
    predicate: Predicate,
) -> Iterator[Draft]:
    """ "Iraqi Defence Minister X and Interior Minister Y", "Labour leader X and shadow
    Chancellor Y": a title with no owner right after "and" shares the named owner of the
    titled name coordinated before it."""
    tokens = para.tokens
    k = title_words[0].i - 1
    shadows = ctx.lx.title_words.get("shadow_words", frozenset())
    while k > 0 and tokens[k].lower_ in shadows:
        k -= 1
    if k < 1 or tokens[k].lower_ != "and":
        return
    k -= 1 if tokens[k - 1].text == "," else 0
    other = para.links.get(k - 1)
    if other is None or other == person or not ctx.etype_is(other, EntityType.PERSON):
        return
    start = para.name_start(k - 1, other)
    owner = _title_owner_before(ctx, para, tokens[start])
    if owner is None or _two_sided(ctx, token):
        return
    if _shadow_words_before(ctx, para, title_words):
        if ctx.etype_is(para.links[owner], EntityType.COUNTRY):
            return  # "Britain's X and shadow Foreign Secretary Y": an opposition party's office
        # "Labour leader X and shadow Chancellor Y": a member of the party, no leader
        before = tokens[title_words[0].i - 1]
        title = f"{before.text} {title}" if before.lower_ in shadows else title
        predicate = Predicate.MEMBER_OF
    if predicate is not Predicate.MEMBER_OF:
        return  # "US President X and Prime Minister Y": a head is most often another's
    yield from _linked_office(ctx, para, token, person, owner, title_words, title, predicate)


def _two_sided(ctx: ArticleContext, token: Any) -> bool:
    """The sentence tells of a two-sided act (a symmetric trigger: "met", "held talks"): its
    coordinated officials may be two sides ("Iranian Foreign Minister X and Secretary of
    State Y met"), so a title after "and" keeps no owner from the one before it."""
    return any(
        trigger.predicate.symmetric
        for word in token.sent
        if word.pos_ in ("VERB", "NOUN")
        for trigger in ctx.lx.triggers.candidates(word.lemma_.lower(), word.pos_)
    )


def _shadow_words_before(ctx: ArticleContext, para: Paragraph, title_words: list[Any]) -> bool:
    """True when a ``shadow_words`` word is in the title or right before it."""
    shadows = ctx.lx.title_words.get("shadow_words", frozenset())
    start = title_words[0].i
    return any(w.lower_ in shadows for w in title_words) or (
        start > 0 and para.tokens[start - 1].lower_ in shadows
    )


def _title_owner_before(ctx: ArticleContext, para: Paragraph, name: Any) -> int | None:
    """The index of the named owner before the title said of the name starting at ``name``
    ("Iraqi Defence Minister X", "Malaysia's Prime Minister X"), if any."""
    tokens = para.tokens
    i, title_words, _acronym = _title_words_before(ctx, para, name)
    if not _role_words(ctx, title_words):
        return None
    i = _over_modifiers(tokens, i)
    if i >= 1 and tokens[i].text in ("'s", "’s") and (i - 1) in para.links:
        i -= 1
    return i if i >= 0 and i in para.links else None


def _sender_office(
    ctx: ArticleContext, para: Paragraph, token: Any, person: str, title: str, predicate: Predicate
) -> Iterator[Draft]:
    """ "King Salman pulled out, sending Crown Prince X and Deputy Crown Prince Y in his
    place", "the president sacked Defence Minister Z": a member's title with no owner on a
    name that a head of a country sends, appoints or removes (``sender_verbs``) is an office
    of that country."""
    if predicate is not Predicate.MEMBER_OF:
        return
    head = first_conjunct(_name_head(para, token, person))
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() not in ctx.lx.title_words.get(
        "sender_verbs", frozenset()
    ):
        return
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ in ("advcl", "conj", "xcomp"):
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]  # "..., sending X"
    # "Nigerian President X sacked ...": the parser may hang the name on the title subject
    names = [*subjects, *(a for c in subjects for a in c.children if a.dep_ == "appos")]
    sender = next((para.links[c.i] for c in names if c.i in para.links), None)
    if sender is None or sender == person:
        return
    country = sender if ctx.etype_is(sender, EntityType.COUNTRY) else None
    country = country or next(
        (
            target
            for (role, target), holder in ctx.role_holders.items()
            if role is Predicate.LEADER_OF
            and holder == sender
            and ctx.etype_is(target, EntityType.COUNTRY)
        ),
        None,
    )
    if country is None:
        return
    yield ctx.draft(para, token, person, predicate, country, title=title, confidence=0.8)


def _name_head(para: Paragraph, token: Any, person: str) -> Any:
    """The token of the name starting at ``token`` that the parser hangs on the sentence."""
    head = token
    while para.links.get(head.head.i) == person and head.head.i != head.i:
        head = head.head
    return head


def _example_office(
    ctx: ArticleContext, para: Paragraph, token: Any, person: str, title: str, predicate: Predicate
) -> Iterator[Draft]:
    """ "US judiciary leaders including Attorney General X", "Iraqi officials, including
    Defence Minister Y": a member's title with no owner on a name given as an example of a
    country's officials (``collective_heads``) is an office of that country."""
    if predicate is not Predicate.MEMBER_OF:
        return
    head = _name_head(para, token, person)
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in ctx.cues["example_preps"]:
        return
    group = prep.head
    if group.lower_ not in ctx.lx.collective_heads:
        return
    named = (_country_word(ctx, para, t) for t in group.subtree if t.i < group.i)
    country = next((c for c in named if c is not None), None)
    if country is None or country == person:
        return
    yield ctx.draft(para, token, person, predicate, country, title=title, confidence=0.8)


def _country_word(ctx: ArticleContext, para: Paragraph, word: Any) -> str | None:
    """The country a word names: its link, or, for a demonym linked to the collective it
    opens ("Iraqi officials": the article's group), the country of the demonym."""
    label = para.links.get(word.i)
    if label is not None and ctx.etype_is(label, EntityType.COUNTRY):
        return label
    if label is None or word.pos_ not in ("ADJ", "PROPN"):
        return None
    entry = ctx.lx.by_demonym.get(word.lower_)
    if entry is None or entry.type is not EntityType.COUNTRY:
        return None
    return entry.label if ctx.resolver.ensure(entry.label, ctx.article_id) else None


def _pronoun_owned(title_words: list[Any]) -> bool:
    """ "her senior press secretary X", "his chief of staff Y": a title a possessive pronoun
    owns is an office of the pronoun's person (the pronoun owners' rule reads it), not of
    the article's main country."""
    return any(c.dep_ == "poss" and c.tag_ == "PRP$" for w in title_words for c in w.children)


def _sector_owned_title(
    ctx: ArticleContext, para: Paragraph, token: Any, person: str, title_words: list[Any]
) -> Iterator[Draft]:
    """ "the army's spokesman Major-General X", "the police's chief Colonel Y": a title owned
    by a sector noun, cut from the name by a rank, is an office in the article's country's
    sector, as "army spokesman X" is."""
    noun = title_words[-1]
    owner = next(
        (
            c
            for c in noun.children
            if c.dep_ == "poss" and c.i not in para.links and ctx.lx.actors.sector_of(c.lower_)
        ),
        None,
    )
    if noun.pos_ != "NOUN" or owner is None:
        return
    # as "army spokesman X": an office in the article's country's army
    yield from main_country_office(ctx, para, token, person, [owner, *title_words])


def _church_office(
    ctx: ArticleContext,
    para: Paragraph,
    token: Any,
    person: str,
    title_words: list[Any],
    title: str,
) -> Iterator[Draft]:
    """ "read out by Bishop X, the Church said": a clergy title with no owner makes its holder
    a member of the one church the sentence names."""
    if title_words[-1].lower_ not in ctx.lx.title_words.get("clergy_titles", ()):
        return
    heads = ctx.lx.words.places.lists["faith_heads"]
    churches = [
        label
        for label in dict.fromkeys(para.links.get(t.i) for t in token.sent)
        if label is not None
        and label != person
        and label.split()[-1].lower() in heads
        and ctx.etype_is(label, EntityType.ORGANIZATION)
    ]
    if len(churches) == 1:
        ctx.name_title(para, token, title, person)
        yield ctx.draft(
            para, token, person, Predicate.MEMBER_OF, churches[0], title=title, confidence=0.75
        )


def _country_after_name(
    ctx: ArticleContext, para: Paragraph, token: Any, person: str, title: str, predicate: Predicate
) -> Iterator[Draft]:
    """ "King Abdullah of Jordan", "spoke with President Kamara of Sierra Leone": the one
    country named after "of" on the titled name is the title's (its sentence says so); "of"
    hangs on the name's last word ("Foreign Minister Hassan Ali of Kenya"). A city's or
    province's head title takes the city or province so named ("Governor X of Texas",
    "Mayor Y of Lyon"; ``local_head_titles``)."""
    end = para.name_end(token.i, person)
    head = para.tokens[end]
    kinds: tuple[EntityType, ...] = (EntityType.COUNTRY,)
    if predicate is Predicate.LEADER_OF and _title_head(title) in ctx.lx.words.local_head_titles:
        kinds = (EntityType.COUNTRY, EntityType.CITY, EntityType.PLACE)
    countries = {
        e for e in ctx.linked_pobjs(para, head, ("of",)) if ctx.etype_in(e, kinds) and e != person
    }
    if len(countries) == 1:
        country = countries.pop()
        ctx.role_holders.setdefault((predicate, country), person)
        yield ctx.draft(para, token, person, predicate, country, title=title, confidence=0.8)


def _linked_office(
    ctx: ArticleContext,
    para: Paragraph,
    token: Any,
    person: str,
    i: int,
    title_words: list[Any],
    title: str,
    predicate: Predicate,
) -> Iterator[Draft]:
    """The office of a title after a name (the word ``i``): "Nigeria's police chief X",
    "Cape Town mayor X", "Reuters bureau chief X"."""
    tokens = para.tokens
    local = (
        " ".join(w.lower_ for w in title_words[-2:]) in ctx.lx.words.local_head_titles
        or title_words[-1].lower_ in ctx.lx.words.local_head_titles
    )  # "Okinawa governor", "Nago mayor"
    country = _seat_country(ctx, para.links[i])
    if country != para.links[i] and _city_office(ctx, para.links[i], title_words, local):
        country = para.links[i]  # "Cape Town mayor X": the city's mayor, not South Africa's
    if not ctx.resolver.ensure(country, ctx.article_id):
        return
    # classes, not the type, asked here once (the drafts below may write to the resolver)
    is_country = ctx.etype_is(country, EntityType.COUNTRY)
    is_org = ctx.etype_is(country, EntityType.ORGANIZATION)
    is_body = is_country or is_org or ctx.etype_is(country, EntityType.GROUP)
    local_place = _local_place(ctx, country, title_words, predicate, local, is_body)
    if is_country and _profession(ctx, title_words[-1]):
        return  # "Egyptian political scientist X": a nationality, no office of Egypt
    if is_org:
        drafts = _state_sector_office(ctx, para, token, person, i, title_words, country)
        if drafts:
            yield from drafts
            return
    if not is_body and not local_place:
        yield from _place_force(ctx, para, token, person, i, title_words)
        return
    if (
        is_org
        and ctx.lx.lookup(country) is None
        and title_words[0].i == i + 1
        and title_words[-1].lower_ in ctx.lx.words.government_member_titles
    ):
        # "People's Armed Forces Minister X", "Defence secretary Y": a portfolio, not an
        # organisation
        yield from main_country_office(ctx, para, token, person, title_words)
        return
    side = _named_body(ctx, country, title_words, SIDE_SECTORS) if is_country else None
    if side is not None:
        # "Malaysia's opposition leader X" leads the country's opposition the article names
        ctx.role_holders.setdefault((predicate, side), person)
        yield ctx.draft(para, token, person, predicate, side, title=title, confidence=0.8)
        return
    if predicate is Predicate.LEADER_OF and (
        _portfolio(ctx, title_words) or _domain_head(ctx, para, title_words)
    ):
        # "Nigeria's police chief": an official of Nigeria; "Reuters bureau chief": of Reuters
        body = _named_body(ctx, country, title_words) if is_country else None
        if body is not None:
            # and the head of the police the article names as an actor ("Israel's national
            # police chief X ... police said"): he leads it
            yield ctx.draft(para, token, person, predicate, body, title=title, confidence=0.8)
        predicate = Predicate.MEMBER_OF
    if predicate is Predicate.SPOKESPERSON_FOR and is_country:
        # "Sudanese army spokesman X" speaks for the Sudanese army the article names
        country = _named_body(ctx, country, title_words) or country
    if ctx.lx.actors.sector_of(tokens[i].lower_) in STATE_SECTORS and (
        tokens[i].text[:1].isupper() or tokens[i].pos_ == "NOUN"
    ):
        # "Army spokesman Colonel X": the sector word read as the body's name is the title's;
        # "Kenyan army spokesman X": the noun of the collective he speaks for too
        title = f"{tokens[i].text} {title}"
    ctx.role_holders.setdefault((predicate, country), person)
    yield ctx.draft(para, token, person, predicate, country, title=title, confidence=0.85)


def _local_place(
    ctx: ArticleContext,
    country: str,
    title_words: list[Any],
    predicate: Predicate,
    local: bool,
    is_body: bool,
) -> bool:
    """True when the name before the title is a place that is no state or body, whose own
    head the title names ("Catalan president X", "Nago mayor X")."""
    return (
        # "Catalan president X": a region's own head, as a city's mayor
        (
            local
            or (
                predicate is Predicate.LEADER_OF
                and len(title_words) == 1
                and title_words[0].lower_ in ctx.lx.title_words.get("state_head_titles", ())
                and ctx.etype_is(country, EntityType.PLACE)
            )
        )
        and not is_body
        and ctx.etype_in(country, (EntityType.CITY, EntityType.PLACE, EntityType.PERSON))
    )


def _state_sector_office(
    ctx: ArticleContext,
    para: Paragraph,
    token: Any,
    person: str,
    i: int,
    title_words: list[Any],
    org: str,
) -> list[Draft]:
    """ "Army Chief of Staff X" with "Army" read as the name of an organisation no lexicon
    knows: an office in the article's country's army (none when the name is another's)."""
    if ctx.lx.lookup(org) is not None or ctx.lx.actors.sector_of(org.lower()) not in STATE_SECTORS:
        return []
    # "Army Chief of Staff X" with "Army" read as a name: the article's country's army
    tokens = para.tokens
    start = para.name_start(i, para.links[i])
    return list(
        main_country_office(ctx, para, token, person, [*tokens[start : i + 1], *title_words])
    )


def _person_title_before(ctx: ArticleContext, para: Paragraph, token: Any, person: str) -> bool:
    """A lower-case title only a person holds right before a name of two or three words
    ("police chief Chico Edri", "FIFA spokesperson Walter de Gregorio", "rights lawyer Ergin
    Cinmen"), the name no known one and not ending on an organisation's head ("the official
    Xinhua News Agency", "a 120-member State Council" are organisations)."""
    k = token.i - 1
    tokens = para.tokens
    if k < 0:
        return False
    word = tokens[k]
    if (
        not word.is_lower
        or word.tag_ != "NN"
        or para.lemmas[k] not in ctx.lx.title_words.get("name_titles", frozenset())
        or (k > 0 and tokens[k - 1].tag_ == "HYPH")
    ):
        return False
    end = token.i
    while end < len(tokens) and para.links.get(end) == person:
        end += 1
    name = tokens[token.i : end]
    # a lower-case particle joined by a hyphen is one more word ("Abu Bakr al-Baghdadi")
    words = [t for t in name if not _hyphen(t)]
    particles = sum(t.is_lower and k > 0 and _hyphen(tokens[t.i + 1]) for k, t in enumerate(words))
    if not 2 <= len(words) <= 3 + particles or any(t.pos_ != "PROPN" for t in name):
        return False
    heads = name_words(ctx.lx.language).not_person_heads
    return name[-1].lower_ not in heads and ctx.lx.lookup(person) is None


def _presidential(
    ctx: ArticleContext, person: str, title_words: list[Any], predicate: Predicate
) -> str | None:
    """ "presidential spokesman X": the one person the article titles "President" (named
    before), whom X speaks for or advises."""
    words = ctx.lx.title_words
    if predicate not in (Predicate.SPOKESPERSON_FOR, Predicate.ADVISER_TO) or title_words[
        0
    ].lower_ not in words.get("presidential_words", ()):
        return None
    holders = {
        p for word in words.get("presidential_titles", ()) for _, p in ctx.titled.get(word, [])
    }
    holders.discard(person)
    return holders.pop() if len(holders) == 1 else None


# parts of speech that never open a title, even capitalised at the start of a sentence
_NOT_TITLE_POS = frozenset({"VERB", "AUX", "ADP", "ADV", "SCONJ", "CCONJ", "PRON", "DET", "PART"})


def _title_word(ctx: ArticleContext, para: Paragraph, word: Any) -> bool:
    """A word of the title the model took for a name of its own ("Defence Secretary Ash
    Carter", "Iran's Supreme Leader Ali Khamenei"): a one-word mention the gazetteer does
    not know, and a portfolio or a title's adjective; or a person's title right before
    another name."""
    label = para.links[word.i]
    if para.links.get(word.i - 1) == label or para.links.get(word.i + 1) == label:
        return False
    if word.text in ctx.lx.person_titles and para.links.get(word.i + 1) is not None:
        return True  # "Bishop X" with "Bishop" taken for a surname another article named
    return word.lower_ in ctx.cues["title_modifiers"] and ctx.lx.lookup(word.text) is None


def _possessive_office(
    ctx: ArticleContext, para: Paragraph, token: Any, person: str
) -> Iterator[Draft]:
    """ "South Africa's Jacob Zuma", "NATO's Jens Stoltenberg": a country's or body's
    possessive before a person with no title is the office the gazetteer's dated roles say
    they held over it on the date; a person the gazetteer gives no office is a member of an
    organisation or group ("Al Jazeera's Zeina Khodr", ``_staff_possessive``)."""
    if not _possessive_before(para, token):
        return
    owner = para.links[token.i - 2]
    entry = ctx.lx.lookup(person)
    if (entry is None or not entry.roles) and owner != person:
        if ctx.etype_in(owner, _STAFF_OWNERS):
            yield from _staff_possessive(ctx, para, token, person, owner)
        return
    if entry is None or ctx.published is None:
        return
    if not ctx.etype_in(owner, _OFFICE_OWNERS):
        return
    roles = [
        r
        for r in entry.roles
        if r.object == owner and r.start is not None and held(r.start, r.end, ctx.published)
    ]
    if len({(r.predicate, r.object) for r in roles}) != 1:
        return
    role = roles[0]
    ctx.role_holders.setdefault((role.predicate, owner), person)
    yield ctx.draft(para, token, person, role.predicate, owner, title=role.title, confidence=0.75)


# the owners whose possessive before a bare name makes the name one of their people
# ("Al Jazeera's Zeina Khodr", "Hezbollah's Hassan Nasrallah"); a country's possessive
# before a name says nothing of an office ("Kenya's Uhuru Kenyatta" is read from the
# gazetteer's dated roles), nor a person's ("Obama's Susan Rice")
_STAFF_OWNERS = frozenset({EntityType.ORGANIZATION, EntityType.GROUP})
_OFFICE_OWNERS = frozenset({EntityType.COUNTRY, *_STAFF_OWNERS})


def _staff_possessive(
    ctx: ArticleContext, para: Paragraph, token: Any, person: str, owner: str
) -> Iterator[Draft]:
    """ "Alberta Court of Appeal's Myra Bielby said", "the UN's Van Der Klaauw": an
    organisation's or group's possessive right before a person's bare name makes the person
    one of its members. None for a surname alone ("FIFA's Blatter": one the story knows by
    an office), a person the article already gave an office of the owner, or a name in a
    list of names ("Hamas's X and Y" leaves whose Y is open)."""
    if not ctx.etype_is(person, EntityType.PERSON):
        return
    if any(holder == person and body == owner for (_, body), holder in ctx.role_holders.items()):
        return  # "FIFA President Sepp Blatter ... FIFA's Sepp Blatter": he leads it
    end = para.name_end(token.i, person)
    if end == token.i:
        return  # "FIFA's Blatter": a surname alone names one the story knows, by an office
    after = para.tokens[end + 1] if end + 1 < len(para.tokens) else None
    if after is not None and after.dep_ == "cc" and after.head.i == end:
        return  # "Hamas's X and Y": a list, whose owner each name holds is not said
    yield ctx.draft(para, token, person, Predicate.MEMBER_OF, owner, title=None, confidence=0.7)


def _possessive_before(para: Paragraph, token: Any) -> bool:
    """A name's possessive right before the token ("South Africa's Jacob Zuma")."""
    i = token.i - 1
    return i >= 1 and para.tokens[i].text in ("'s", "’s") and (i - 1) in para.links


def _unnamed_org_title(
    ctx: ArticleContext,
    para: Paragraph,
    token: Any,
    person: str,
    i: int,
    words: list[Any],
) -> Iterator[Draft]:
    """ "Venezuela FA chief Rafael Esquivel", "Costa Rican football federation president
    Eduardo Li": the words before the role name an organisation the model missed, owned by
    the name in front (a country or demonym); it becomes a mention and the role is towards
    it. ``i`` is the last token before ``words`` (the walk stopped there)."""
    tokens = para.tokens
    rest = [*tokens[i + 1 : words[0].i], *words] if words else list(tokens[i : token.i])
    head = max(
        (
            k
            for k, w in enumerate(rest[:-1])
            if w.lower_ in ctx.lx.words.org_title_heads
            or (w.is_upper and w.text not in ctx.lx.person_titles)
        ),
        default=-1,
    )
    if head == 0 and (i < 0 or i not in para.links) and _acronym(rest[0]):
        yield from _acronym_title(ctx, para, token, person, rest)
        return
    if head < 0 or i < 0 or i not in para.links:
        return
    role_words = rest[head + 1 :]
    title = para.text[role_words[0].idx : role_words[-1].idx + len(role_words[-1].text)]
    predicate = role_of(ctx, title)
    if predicate is None:
        return
    if not ctx.etype_is(para.links[i], EntityType.COUNTRY):
        yield from _org_unit_title(ctx, para, token, person, i, rest, predicate)
        return
    start = para.name_start(i, para.links[i])
    last = rest[head]
    text = para.text[tokens[start].idx : last.idx + len(last.text)]
    mention = SpanMention(start, last.i + 1, text, "ORG")
    org = ctx.record(para, mention, text)
    ctx.name_title(para, token, title, person)
    yield ctx.draft(para, token, person, predicate, org, title=title, confidence=0.8)


def _org_unit_title(
    ctx: ArticleContext,
    para: Paragraph,
    token: Any,
    person: str,
    i: int,
    rest: list[Any],
    predicate: Predicate,
) -> Iterator[Draft]:
    """ "FAA board member X", "FIFA finance committee chairman Y": a unit of the named
    organisation before a title (lower case, the model's organisation right before it);
    the holder is one of the organisation's members, whatever the unit's title leads."""
    org = para.links[i]
    if not ctx.etype_is(org, EntityType.ORGANIZATION) or any(
        not w.text[:1].islower() for w in rest
    ):
        return
    if predicate is Predicate.LEADER_OF:
        predicate = Predicate.MEMBER_OF  # the unit's head, not the organisation's
    if predicate is not Predicate.MEMBER_OF:
        return
    title = para.text[rest[0].idx : rest[-1].idx + len(rest[-1].text)]
    ctx.name_title(para, token, title, person)
    yield ctx.draft(para, token, person, predicate, org, title=title, confidence=0.8)


def _acronym(word: Any) -> bool:
    return word.is_upper and word.is_alpha and 3 <= len(word.text) <= 6


def _acronym_title(
    ctx: ArticleContext, para: Paragraph, token: Any, person: str, words: list[Any]
) -> Iterator[Draft]:
    """ "UNICEF representative X" with the acronym left untagged: the acronym alone before
    the role is the organisation (the gazetteer's when it knows it)."""
    role_words = words[1:]
    title = para.text[role_words[0].idx : role_words[-1].idx + len(role_words[-1].text)]
    predicate = role_of(ctx, title)
    if predicate is None:
        return
    acronym = words[0]
    if ctx.lx.actors.sector_of(acronym.lower_) is not None or acronym.lower_ in ctx.lx.roles:
        return  # "the NGO director X": a kind of body, no name
    entry = ctx.lx.lookup(acronym.text)
    if entry is not None and entry.type is not EntityType.ORGANIZATION:
        return
    text = acronym.text
    ctx.record(para, SpanMention(acronym.i, acronym.i + 1, text, "ORG"), text)
    org = para.links.get(acronym.i)
    if org is None:
        return
    ctx.name_title(para, token, title, person)
    yield ctx.draft(para, token, person, predicate, org, title=title, confidence=0.8)


def _place_force(
    ctx: ArticleContext, para: Paragraph, token: Any, person: str, i: int, words: list[Any]
) -> Iterator[Draft]:
    """ "Sindh police chief X", "Tokyo police commissioner Y": a province's or city's force
    ("<place> police") is an organisation of its own, and the title is towards it. ``i`` is
    the place's last token."""
    if not ctx.etype_in(para.links[i], (EntityType.CITY, EntityType.PLACE)) or len(words) < 2:
        return
    force = next(
        (k for k, w in enumerate(words[:-1]) if ctx.lx.actors.sector_of(w.lower_) == "COP"),
        None,
    )
    if force is None or words[0].i != i + 1:
        return
    title = para.text[words[0].idx : words[-1].idx + len(words[-1].text)]
    predicate = role_of(ctx, " ".join(w.text for w in words[force + 1 :]))
    if predicate is None:
        return
    start = para.name_start(i, para.links[i])
    last = words[force]
    text = para.text[para.tokens[start].idx : last.idx + len(last.text)]
    org = ctx.record(para, SpanMention(start, last.i + 1, text, "ORG"), text)
    ctx.name_title(para, token, title, person)
    yield ctx.draft(para, token, person, predicate, org, title=title, confidence=0.75)


def _place_prefix_office(
    ctx: ArticleContext, para: Paragraph, token: Any, person: str, words: list[Any]
) -> Iterator[Draft]:
    """ "Sindh Chief Minister X", "Punjab Governor Y": a name the model left unnamed in front
    of a province's or city's head title is the place the holder leads."""
    heads = ctx.lx.words.local_head_titles
    cut = next(
        (k for k in range(1, len(words)) if " ".join(w.lower_ for w in words[k:]) in heads), None
    )
    if cut is None:
        return
    prefix = words[:cut]
    blocked = (
        ctx.lx.title_words.get("deputy_words", frozenset())
        | ctx.lx.title_words.get("country_nouns", frozenset())
        | ctx.lx.words.past_title_words
        | ctx.lx.title_words.get("title_modifiers", frozenset())
    )
    while prefix and party_word(ctx, prefix[0]):
        # "Republican Governor X", "Socialist mayor Y": the holder's party, no place he leads
        prefix = prefix[1:]
    if not prefix or len(prefix) > 3:
        return
    if any(
        (w.pos_ != "PROPN" and not (w.tag_ == "JJ" and w.text[:1].isupper()))
        or w.lower_ in ctx.lx.roles
        or w.lower_ in blocked
        or ctx.lx.actors.sector_of(w.lower_) is not None
        or w.text in ctx.lx.person_titles
        for w in prefix
    ):
        return
    title = para.text[words[cut].idx : words[-1].idx + len(words[-1].text)]
    text = para.text[prefix[0].idx : prefix[-1].idx + len(prefix[-1].text)]
    ctx.record(para, SpanMention(prefix[0].i, prefix[-1].i + 1, text, "GPE"), text)
    ctx.name_title(para, token, title, person)
    ctx.role_holders.setdefault((Predicate.LEADER_OF, text), person)
    yield ctx.draft(para, token, person, Predicate.LEADER_OF, text, title=title, confidence=0.7)


def _over_modifiers(tokens: list[Any], i: int) -> int:
    """Index of the possessive before lower-case adverbs and participles in front of a title
    ("Yemen's internationally recognised President"), else ``i`` unchanged."""
    j = i
    while j >= 0 and tokens[j].text[:1].islower() and tokens[j].tag_ in _MODIFIER_TAGS:
        j -= 1
    if j != i and j >= 1 and tokens[j].text in ("'s", "’s"):
        return j
    return i


_MODIFIER_TAGS = frozenset({"RB", "JJ", "VBN", "VBD", "HYPH"})


def _portfolio(ctx: ArticleContext, words: list[Any]) -> bool:
    """A chief of one branch ("police chief", "army commander") leads that branch, and is an
    official of the country, not its leader."""
    return len(words) > 1 and any(ctx.lx.actors.sector_of(w.lower_) is not None for w in words[:-1])


def _domain_head(ctx: ArticleContext, para: Paragraph, words: list[Any]) -> bool:
    """A head of one domain or unit of an organisation is a member of it: "campaign director
    of X", "the EU's foreign policy chief", "Reuters bureau chief", "regional director" (a
    common noun right before the title's last word, or a part adjective in it); "party
    chief", "commission president" (the organisation's own kind, ``whole_modifiers``), "crown
    prince" (one title), "police chief" (a sector: ``_portfolio``) and a name ("FIFA
    president") are not. ``words``: the title's words, its head noun last."""
    if len(words) < 2:
        return False
    lists = ctx.lx.title_words
    if any(w.lower_ in lists.get("part_adjectives", frozenset()) for w in words[:-1]):
        return True
    noun, before = words[-1], words[-2]
    low = before.lower_
    return not (
        before.i != noun.i - 1
        or _tenure(ctx, para, before)
        or before.pos_ not in ("NOUN", "PROPN")
        or before.i in para.links
        or not (before.is_lower or noun.text[:1].isupper())
        or f"{low} {noun.lower_}" in ctx.lx.roles
        or low in lists.get("whole_modifiers", frozenset())
        or low in ctx.lx.words.town_nouns
        or low in ctx.lx.words.area_nouns
        or ctx.lx.actors.sector_of(low) is not None
    )


def _tenure(ctx: ArticleContext, para: Paragraph, word: Any) -> bool:
    """The noun of a hyphened time modifier ("long-time", "two-term"): a tenure, no domain."""
    return (
        word.i > 0
        and para.tokens[word.i - 1].text == "-"
        and word.lower_ in ctx.lx.title_words.get("tenure_nouns", frozenset())
    )


def _city_office(ctx: ArticleContext, label: str, words: list[Any], local: bool) -> bool:
    """ "Cape Town mayor", "Aden governor", "Colombo police chief": a seat city's own office
    (a local head title, or a title of its police) is the city's, not its country's."""
    if not ctx.resolver.ensure(label, ctx.article_id):
        return False
    if not ctx.etype_in(label, (EntityType.CITY, EntityType.PLACE)):
        return False
    return local or any(ctx.lx.actors.sector_of(w.lower_) == "COP" for w in words[:-1])


def _seat_country(ctx: ArticleContext, label: str) -> str:
    """ "Kremlin spokesman": a seat of power in front of a title stands for its country."""
    key = label.lower()
    if key.startswith("ex-"):  # "ex-Yemeni president X": the model kept the prefix
        entry = ctx.lx.by_demonym.get(key[3:]) or ctx.lx.lookup(label[3:])
        if entry is not None and entry.type is EntityType.COUNTRY:
            return entry.label
    seat = ctx.lx.actors.seats.get(key[4:] if key.startswith("the ") else key)
    if seat is None or seat.kind != "seat":
        return label
    country = ctx.lx.country_of_iso(seat.iso)
    return country.label if country is not None else label


def office_of(
    ctx: ArticleContext, para: Paragraph, token: Any, person: str, title: str
) -> Iterator[Draft]:
    """A title with no owner ("President Nkurunziza", "Prime Minister Shinzo Abe"): the
    office the gazetteer's dated roles say the person held on the published date, else the
    only one they held under that title."""
    entry = ctx.lx.lookup(person)
    if entry is None:
        return
    word = _title_head(title)
    roles = [r for r in entry.roles if r.title is not None and _title_head(r.title) == word]
    said = role_of(ctx, title)
    if said is not None:  # "Former Defence Minister X" is no prime minister
        roles = [r for r in roles if r.predicate is said]
    past = title.lower().replace("-", " ").split()[0] in ctx.lx.words.past_title_words
    if ctx.published is not None and past:
        # "former President Mohamed Morsi": a role that ended before the article
        roles = [r for r in roles if r.end is not None and r.end[:10] <= ctx.published[:10]]
    elif ctx.published is not None:
        dated = [r for r in roles if held(r.start, r.end, ctx.published)]
        roles = (
            dated
            or [r for r in roles if r.start is None and r.end is None]
            # "a 2011 uprising forced President Ali Abdullah Saleh to step down": a head of
            # state's title the person held only before the article, in a sentence dated in
            # that tenure (not "its elusive leader Mullah Omar": a generic title may be
            # another body's; not an undated "Prime Minister X refused to resign")
            or [
                r
                for r in roles
                if r.end is not None
                and r.end[:10] < ctx.published[:10]
                and _state_head_title(ctx, title)
                and _dated_within(para, token, r.start, r.end)
            ]
        )
    objects = {(r.predicate, r.object) for r in roles}
    if len(objects) != 1:
        return
    predicate, obj = objects.pop()
    if not ctx.resolver.ensure(obj, ctx.article_id):
        return
    ctx.role_holders.setdefault((predicate, obj), person)
    yield ctx.draft(para, token, person, predicate, obj, title=title, confidence=0.8)


def _dated_within(para: Paragraph, token: Any, start: str | None, end: str) -> bool:
    """The token's sentence writes a year of the tenure from ``start`` to ``end`` ("a 2011
    uprising", "in 2013")."""
    first = start[:4] if start else "0000"
    return any(
        t.like_num and len(t.text) == 4 and t.text.isdigit() and first <= t.text <= end[:4]
        for t in para.sent_tokens(token.i)
    )


def _state_head_title(ctx: ArticleContext, title: str) -> bool:
    """The title ends in a head of state's or government's ("President", "Prime Minister";
    ``state_head_titles``)."""
    lowered = " ".join(title.lower().replace("-", " ").split())
    heads = ctx.lx.title_words.get("state_head_titles", frozenset())
    return any(lowered == h or lowered.endswith(f" {h}") for h in heads)


def _title_head(title: str) -> str:
    """A title's head word, the word before "of" when there is one: "Defence Secretary" and
    the gazetteer's "Secretary of Defense" are one office, "Prime Minister" is a minister."""
    words = title.lower().replace("-", " ").split(" of ")[0].split()
    return words[-1] if words else ""


def role_noun(
    ctx: ArticleContext, para: Paragraph, noun: Any, person: str, anchor: Any
) -> Iterator[Draft]:
    """The role a title noun said of ``person`` (an apposition, a copula, an accession
    verb's complement) gives: its owner before it or after "of"/"for"/"at"/"to"."""
    noun = _partitive_title(ctx, noun)
    _vote_person_noun(ctx, noun, person)
    if not ctx.etype_is(person, EntityType.PERSON) or _verb_read_as_title(noun):
        return
    words = _title_modifiers(para, noun)
    noun_text = _hyphen_title(para, noun)  # "secretary-general", "director-general"
    title_key = " ".join([*(w.lower_ for w in words), noun_text.lower()])
    predicate = role_of(ctx, title_key) or ctx.lx.roles.get(noun.lemma_.lower())
    # "his Iranian counterpart, X", "his counterpart from Niger, X": a minister of that state
    peer = predicate is None and noun.lemma_.lower() in ctx.cues["counterpart_nouns"]["nouns"]
    if peer and _lone_peer(ctx, para, noun, person, anchor):
        predicate = Predicate.MEMBER_OF  # (not "his counterpart X and FIFA's president Y")
    if predicate is None:
        return
    predicate, title_of = _of_title(ctx, noun, predicate)
    owner = next(
        (
            c
            for c in noun.children
            if c.dep_ in ("poss", "compound", "amod", "nmod")
            and c.i in para.links
            and para.links[c.i] != person  # "X - Spokesman for Y": the name hung on it
            and not _participle_compound(para, c)
            and not (peer and c.dep_ == "poss")  # "his counterpart": the other side's
        ),
        None,
    )
    member = predicate is Predicate.MEMBER_OF
    target = _noun_target(ctx, para, noun, owner, title_of, peer, member)
    if target is None and words:
        # "X, the presidential spokesperson": the president the article titles
        target = _presidential(ctx, person, words, predicate)
    branch = branch_of(ctx, para, noun) if title_of is None else None
    if branch is not None:  # "head of the UNHCR's office in Athens": one of UNHCR's staff
        predicate, title_of = Predicate.MEMBER_OF, f"{noun.text} of {branch.text}"
        if target is not None and target == para.links.get(branch.i):
            # "director of the Middle East programme at X": the unit's organisation
            target = _branch_owner(ctx, para, branch)
    vessels = ctx.cues["vessel_nouns"]
    sector_at = next(
        (
            k
            for k, w in enumerate(words)
            # a machine of the sector is no office in it ("X, a submarine analyst")
            if ctx.lx.actors.sector_of(w.lower_) in STATE_SECTORS
            and w.lemma_.lower() not in vessels
        ),
        None,
    )
    if target is None and owner is None and title_of is None and not peer and sector_at is not None:
        # "the deputy police chief, X" with no owner, in an article about one country: an
        # office in the country's police, as "Deputy police chief X" ("a 24-year-old police
        # lieutenant": the title from its sector word, or a deputy word just before it)
        deputies = ctx.lx.title_words.get("deputy_words", frozenset())
        start = (
            sector_at - 1 if sector_at and words[sector_at - 1].lower_ in deputies else sector_at
        )
        yield from main_country_office(ctx, para, anchor, person, [*words[start:], noun])
        return
    if (
        target is not None
        # "Hamdan's deputy", "the deputy of Khalid Hamdan" (role54): the owner's or the
        # name's after "of"
        and (
            (owner is not None and owner.dep_ == "poss" and target == para.links[owner.i])
            or (owner is None and target in ctx.linked_pobjs(para, noun, ("of",)))
        )
        and predicate in (Predicate.MEMBER_OF, Predicate.LEADER_OF)
        and ctx.etype_is(target, EntityType.PERSON)
        # "Nyarugusu's camp manager", "Dadaab's camp director": a place noun in the title
        # says the owner is a place, whatever type its name got
        and not any(w.lemma_.lower() in ctx.cues["place_nouns"] for w in words)
    ):
        target, predicate = _person_owner_role(ctx, noun, target, predicate)
    if (
        target is None
        or target == person
        or (peer and not ctx.etype_is(target, EntityType.COUNTRY))
    ):
        return
    if ctx.etype_is(target, EntityType.COUNTRY) and _profession(ctx, noun):
        return  # "X, an Egyptian lawyer": a nationality, no office of Egypt
    ctx.resolver.add_vote(person, EntityType.PERSON, 2)
    title = " ".join(w.text for w in words if w.dep_ != "poss") + (" " if words else "")
    title = (title + (title_of or noun_text)).strip()
    if predicate is Predicate.LEADER_OF and (
        _portfolio(ctx, [*words, noun])
        or _domain_head(ctx, para, [*words, noun])
        or _part_of_owner(ctx, para, noun, target, title_of)
        or (title_of is None and _unit_of(para, noun))
        or _staff_of(ctx, noun)
        or _one_of_many(ctx, noun)
    ):
        predicate = Predicate.MEMBER_OF
    if _staff_title(ctx, predicate, words, noun, target):
        predicate = Predicate.MEMBER_OF
    if predicate is Predicate.LEADER_OF:
        ctx.role_holders.setdefault((predicate, target), person)
    ctx.name_title(para, anchor, title, person)
    yield ctx.draft(para, anchor, person, predicate, target, title=title, confidence=0.9)


def _partitive_title(ctx: ArticleContext, noun: Any) -> Any:
    """The plural title a partitive word picks its person out of ("X, one of the founders
    of Y", "X is one of Y's leaders": "founders", "leaders"; ``partitive_titles`` in
    ``cues.json``), else the noun itself. The plural makes the title one of several
    (``_one_of_many``)."""
    if noun.lemma_.lower() not in ctx.cues["partitive_titles"]["words"]:
        return noun
    return next(
        (
            p
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in prep.children
            if p.dep_ == "pobj" and p.tag_ == "NNS"
        ),
        noun,
    )


def _copula_titles(ctx: ArticleContext, verb: Any) -> Iterator[Any]:
    """The title nouns a copula says of its subject: its complement ("Cicippio was acting
    comptroller at X") and, unless denied, the plural title after a partitive preposition
    ("X was among the founders of Y", ``partitive_titles`` in ``cues.json``)."""
    preps = ctx.cues["partitive_titles"]["preps"]
    denied = any(c.dep_ == "neg" for c in verb.children)
    for child in verb.children:
        if child.dep_ == "attr":
            yield child
        elif child.dep_ == "prep" and child.lower_ in preps and not denied:
            yield from (p for p in child.children if p.dep_ == "pobj" and p.tag_ == "NNS")


def _staff_title(
    ctx: ArticleContext, predicate: Predicate, words: list[Any], noun: Any, target: str
) -> bool:
    """An envoy's or adviser's title towards an organisation that is no state's body names one
    of its staff: "X, a representative of Human Rights Watch", "Y, humanitarian adviser to
    Doctors Without Borders" are members (not "of the Iraqi government", "to the president";
    a modifier keeps an envoy's title one, "special representative")."""
    if predicate is Predicate.ENVOY_OF:
        staff = not words and noun.lemma_.lower() in ctx.lx.title_words.get(
            "staff_envoy_titles", ()
        )
    else:
        staff = predicate is Predicate.ADVISER_TO
    return (
        staff
        and ctx.etype_in(target, _ORG_TYPES)
        and not ctx.resolver.sector_in(target, STATE_SECTORS)
    )


def _one_of_many(ctx: ArticleContext, noun: Any) -> bool:
    """ "X, a senior leader of the group", "Y, a commander of the Taliban": an indefinite
    title is one of the owner's leaders, a member (a head of state's title is not: "a former
    president of Chile"). So is a plural one ("its founders - A, B and C", "the rebels'
    commanders, A and B": each one of several; role54), but a shared one ("co-leaders")."""
    plural = noun.tag_ == "NNS" and not _shared_office(noun)
    if not plural and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return False
    return noun.lemma_.lower() not in ctx.lx.title_words.get("state_head_titles", frozenset())


def _shared_office(noun: Any) -> bool:
    """ "co-leaders", "co-chairs": an office several hold together, each its head."""
    doc = noun.doc
    prefix = doc[noun.i - 2 : noun.i] if noun.i >= 2 else []
    return noun.lower_.startswith("co-") or [t.lower_ for t in prefix] == ["co", "-"]


def _lone_peer(ctx: ArticleContext, para: Paragraph, noun: Any, person: str, anchor: Any) -> bool:
    """True when no other person's name stands between a counterpart noun and the name it is
    said of ("his counterpart X and FIFA's president Y" gives Y no counterpart)."""
    between = para.tokens[min(noun.i, anchor.i) + 1 : max(noun.i, anchor.i)]
    return not any(
        ctx.etype_is(para.links.get(t.i, ""), EntityType.PERSON) and para.links.get(t.i) != person
        for t in between
    )


def _vote_person_noun(ctx: ArticleContext, noun: Any, person: str) -> None:
    """A name of several words, known to no lexicon, given a title only a person holds
    ("Janan Mosazai, the Afghan ambassador") votes it a person."""
    if (
        not ctx.etype_is(person, EntityType.PERSON)
        and ctx.lx.lookup(person) is None
        and len(person.split()) > 1
        and noun.lemma_.lower() in ctx.lx.title_words.get("person_nouns", ())
    ):
        # "Janan Mosazai, the Afghan ambassador": only a person holds the title
        ctx.resolver.add_vote(person, EntityType.PERSON, 2)


def _title_modifiers(para: Paragraph, noun: Any) -> list[Any]:
    """The unnamed modifiers before a title noun that belong to the title ("deputy foreign"
    of "the deputy foreign minister"), not its determiners or possessor."""
    skip = {t.i for c in noun.children if c.dep_ in ("poss", "det", "predet") for t in c.subtree}
    words = [
        t
        for t in noun.subtree
        if t.i < noun.i
        and t.i not in skip
        and t.i not in para.links
        and t.dep_ in ("compound", "amod", "nmod")
    ]
    while words and _hyphen(words[0]):
        words = words[1:]  # "ex-Yemen president": the hyphen of a prefix left of the owner
    return words


def _of_title(ctx: ArticleContext, noun: Any, predicate: Predicate) -> tuple[Predicate, str | None]:
    """A title that goes on with "of" ("chief of staff", "minister of defence"): its role
    and its text, else the noun's own role and none."""
    title_of = None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                phrase = f"{noun.lower_} of {pobj.lower_}"
                if pobj.dep_ == "pobj" and phrase in ctx.lx.roles:
                    predicate, title_of = ctx.lx.roles[phrase], f"{noun.text} of {pobj.text}"
    return predicate, title_of


def _noun_target(
    ctx: ArticleContext,
    para: Paragraph,
    noun: Any,
    owner: Any | None,
    title_of: str | None,
    peer: bool,
    member: bool = False,
) -> str | None:
    """Whose the title noun's office is: its named owner before it, else the name after a
    preposition ("ambassador to", "researcher for", a ``peer`` counterpart's "from"; "with"
    for a title of no mere ``member``ship), the article's rebels or its country."""
    counterpart = ctx.cues["counterpart_nouns"]
    envoy = noun.lemma_.lower() in ctx.lx.words.envoy_titles
    target: str | None = para.links[owner.i] if owner is not None else None
    # "the UN ambassador for Libya": an ambassador posted at an organisation is the envoy
    # of the country after "for"; "Libya researcher for Amnesty International": a place
    # before the title is the portfolio, the organisation after it the employer
    before = owner is not None and owner.dep_ != "poss"
    posted_at = (
        before
        and noun.lemma_.lower() in ctx.lx.title_words.get("posted_titles", ())
        and ctx.etype_in(target or "", _ORG_TYPES)
    )
    portfolio = before and not envoy and _is_place(ctx, target)
    for child in noun.children:
        if target is None and title_of and child.dep_ == "prep" and child.lower_ == "of":
            # "chief of the IOM's mission": the title's own noun, owned by the organisation
            branch = [_branch_owner(ctx, para, p) for p in child.children if p.dep_ == "pobj"]
            target = next((b for b in branch if b is not None), None)
        if (target is not None and not (posted_at or portfolio)) or (
            title_of and child.dep_ == "prep" and child.lower_ == "of"
        ):
            continue
        # "the ambassador to Libya" names where an envoy is sent, not whom they represent
        if child.dep_ == "prep" and child.lower_ in (
            ctx.lx.title_words.get("envoy_owner_preps", ())
            if envoy
            else counterpart["preps"]
            if peer
            else ctx.lx.words.title_target_preps
        ):
            pobj = next((p for p in child.children if p.dep_ == "pobj"), None)
            if pobj is None or _other_noun_between(ctx, noun, child):
                continue
            if child.lower_ == "with" and (pobj.i not in para.links or member):
                # "a press officer with the UN mission" names the employer itself; a
                # member's employer after "with" ("an economist with the IMF"), or a noun
                # phrase there, is ``kg/extract/employment.py``'s to read
                continue
            found, stop = _prep_target(ctx, para, pobj)
            if stop:
                break
            if found is None:
                continue
            if (posted_at and ctx.etype_is(found, EntityType.COUNTRY)) or (
                portfolio and ctx.etype_in(found, _ORG_TYPES)
            ):
                target = found
                break
            if target is None:
                target = found
    if target is None and any(
        ctx.lx.actors.sector_of(c.lower_) in _ARMED_SECTORS
        for c in noun.children
        if c.dep_ in ("amod", "compound")
    ):
        target = ctx.resolver.armed_group(ctx.article_id)  # "a rebel leader, X": the rebels'
    if (
        target is None
        and noun.lemma_.lower() in ctx.lx.words.government_member_titles
        # "X, the secretary-general": the hyphened title is another office (an
        # organisation's head), no member of the article's country
        and _hyphen_title(para, noun) == noun.text
    ):
        target = main_country(ctx)  # "X, the interior minister" in an article about one country
    return target


def _person_owner_role(
    ctx: ArticleContext, noun: Any, target: str, predicate: Predicate
) -> tuple[str | None, Predicate]:
    """The role of a title a person owns ("Sisi's office manager", "Kiir's deputy"): whom it
    ties the holder to, and how."""
    # no one is a member or head of a person: "Sisi's office manager" works for him
    # (adviser_to), "Salman's lawyer" is hired (nothing); a minister of a leader is a
    # member of the country the leader leads
    lemma = noun.lemma_.lower()
    hired = lemma in ctx.lx.title_words.get("hired_titles", frozenset())
    if predicate is Predicate.LEADER_OF or hired:
        return None, predicate
    if lemma in ctx.lx.words.government_member_titles or lemma in ctx.lx.title_words.get(
        "deputy_words", frozenset()
    ):
        # ... and so is a leader's deputy ("Badie's deputy", "Kiir's deputy"), no adviser
        return led_by(ctx, target), predicate
    return target, Predicate.ADVISER_TO


def _staff_of(ctx: ArticleContext, noun: Any) -> bool:
    """ "director of the office of X's president": a head of a leader's staff is a member."""
    offices = ctx.lx.title_words.get("staff_nouns", ())
    return any(
        p.dep_ == "pobj"
        and p.lemma_.lower() in offices
        # the office is a leader's ("of X's president"), not an organisation's branch
        and any(role_of(ctx, t.lower_) for t in prep_objects(p, ("of",)))
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for p in prep.children
    )


def _unit_of(para: Paragraph, noun: Any) -> bool:
    """ "IOM chief of mission", "head of research at Amnesty": a chief of an unnamed unit
    (a common noun after "of") is a member of the organisation, not its leader."""
    return any(
        pobj.dep_ == "pobj"
        and pobj.pos_ == "NOUN"
        and pobj.i not in para.links
        and not any(c.dep_ == "det" for c in pobj.children)  # "head of the group": the group
        # "head of European football's governing body, UEFA": the unit is the body named
        and not any(c.dep_ == "appos" and c.i in para.links for c in pobj.children)
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for pobj in prep.children
    )


def _named_body(
    ctx: ArticleContext, country: str, words: list[Any], sectors: frozenset[str] = STATE_SECTORS
) -> str | None:
    """The country's collective actor of the state sector (or of ``sectors``) a title names
    before its role noun ("army spokesman", "police spokesman"; "opposition leader"), when the
    article names that collective."""
    entry = ctx.lx.lookup(country)
    if entry is None or not entry.iso:
        return None
    lowered = [w.lower_ for w in words[:-1]]
    code = next(
        (
            c
            for a in range(len(lowered))
            for b in range(len(lowered), a, -1)
            if (c := ctx.lx.actors.sector_of(" ".join(lowered[a:b]))) in sectors
        ),
        None,
    )
    if code is None:
        return None
    return ctx.sector_actor(entry.iso, code)


def _hyphen_title(para: Paragraph, noun: Any) -> str:
    """The title noun with the word hyphened after it that the parser hung on it
    ("secretary-general", "director-general"), else the noun."""
    tokens = para.tokens
    k = noun.i
    if k + 2 < len(tokens) and tokens[k + 1].tag_ == "HYPH" and tokens[k + 2].head.i == k:
        after = tokens[k + 2]
        if after.is_alpha and after.is_lower and tokens[k + 1].idx == noun.idx + len(noun.text):
            return f"{noun.text}-{after.text}"
    return str(noun.text)


def _profession(ctx: ArticleContext, noun: Any) -> bool:
    """A profession ("lawyer", "political scientist"), not an office."""
    return bool(noun.lemma_.lower() in ctx.lx.title_words.get("profession_titles", ()))


def _verb_read_as_title(noun: Any) -> bool:
    """ "Maria Lopez, a biologist, heads to Boston": a bare plural title noun said of one
    person, with no determiner or modifier, is a verb the parser read as a noun ("heads",
    "leads", "chairs"), not a title."""
    return bool(
        noun.tag_ == "NNS"
        and not any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in noun.children)
        and noun.head.tag_ in ("NNP", "NN")
        # "A and B, leaders of the party": a title of the coordinated names
        and not any(_listed_before(c, noun) for c in noun.head.children)
    )


def led_by(ctx: ArticleContext, person: str) -> str | None:
    """The one thing ``person`` leads: by a title the article gave them, else by the
    gazetteer's role held on the published date."""
    led = {obj for (p, obj), holder in ctx.role_holders.items() if holder == person}
    entry = ctx.lx.lookup(person)
    if entry is not None and ctx.published is not None:
        led |= {
            r.object
            for r in entry.roles
            if r.predicate is Predicate.LEADER_OF and held(r.start, r.end, ctx.published)
        }
    if len(led) != 1:
        return None
    obj = led.pop()
    return obj if ctx.resolver.ensure(obj, ctx.article_id) or obj in ctx.resolver.clusters else None


def _part_of_owner(
    ctx: ArticleContext, para: Paragraph, noun: Any, target: str, title_of: str | None
) -> bool:
    """A head of one part of an organisation is a member of it: "Amnesty's Europe director",
    "Israel director for Human Rights Watch", "MSF's director of operations" (a region
    before the title, or a common noun after "of")."""
    region = any(
        c.dep_ == "compound"
        and _is_place(ctx, para.links.get(c.i))
        and para.links.get(c.i) != target
        for c in noun.children
    )
    owned = any(c.dep_ == "poss" for c in noun.children)
    branch = title_of is None and any(
        p.dep_ == "pobj" and p.pos_ == "NOUN" and p.i not in para.links and not _named_in(para, p)
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
    )
    return region or (owned and branch)


def _named_in(para: Paragraph, noun: Any) -> bool:
    return any(t.i in para.links for t in noun.subtree)


_ORG_TYPES = frozenset({EntityType.ORGANIZATION, EntityType.GROUP})
_PLACES = frozenset({EntityType.COUNTRY, EntityType.CITY, EntityType.PLACE})


def _is_place(ctx: ArticleContext, label: str | None) -> bool:
    return label is not None and ctx.etype_in(label, _PLACES)


def _participle_compound(para: Paragraph, token: Any) -> bool:
    """ "UN-recognised", "Saudi-led", "US-backed": the name is the participle's agent, not
    the owner of the noun; "anti-US", "pro-Russian": the name is what the noun is for or
    against."""
    tokens = para.tokens
    label = para.links.get(token.i)
    k, j = token.i + 1, token.i - 1
    while k < len(tokens) and para.links.get(k) == label:
        k += 1
    while j >= 0 and para.links.get(j) == label:
        j -= 1
    participle = k + 1 < len(tokens) and tokens[k].text == "-" and tokens[k + 1].tag_ in _PAST
    prefixed = j >= 1 and tokens[j].text == "-" and tokens[j - 1].lower_ in ("anti", "pro", "non")
    return participle or prefixed


_PAST = frozenset({"VBN", "VBD"})


def _other_noun_between(ctx: ArticleContext, noun: Any, prep: Any) -> bool:
    """ "a journalist and author of Not the Enemy": a coordinated noun that is no title
    stands between the title and the preposition the parser hung on it; the phrase after
    it is that noun's ("author of" a book), not the title's."""
    return any(
        c.dep_ == "conj" and noun.i < c.i < prep.i and role_of(ctx, c.lower_) is None
        for c in noun.children
    )


def _prep_target(ctx: ArticleContext, para: Paragraph, pobj: Any) -> tuple[str | None, bool]:
    """What a title's prepositional object names, and whether to stop looking further: "of
    the Okinawa city of Nago" -> Nago; "of the army" (no owner) -> the army of the article's
    one country, else nothing, and "for the UN-recognised government" after it is not read
    as the owner."""
    lemma = pobj.lemma_.lower()
    if pobj.i not in para.links and lemma in ctx.lx.title_words.get("staff_nouns", ()):
        # "director of the office of Myanmar's president": the leader's country
        for prep in pobj.children:
            for title in prep.children if prep.dep_ == "prep" and prep.lower_ == "of" else ():
                owner = next((c for c in title.children if c.dep_ == "poss"), None)
                if owner is not None and owner.i in para.links and role_of(ctx, title.lower_):
                    return para.links[owner.i], False
    branch = _branch_owner(ctx, para, pobj)
    if branch is not None:
        return branch, False
    if pobj.i not in para.links and lemma in ctx.lx.words.town_nouns | ctx.lx.words.area_nouns:
        inner = ctx.linked_pobjs(para, pobj, ("of",))
        if inner:
            return inner[0], False
    if pobj.i not in para.links and lemma in ctx.lx.words.institution_nouns:
        owners = [
            para.links[c.i]
            for c in pobj.children
            if c.dep_ in ("poss", "compound", "amod") and c.i in para.links
        ]
        if owners and all(
            _participle_compound(para, c) for c in pobj.children if c.i in para.links
        ):
            return None, True
        code = ctx.lx.actors.sector_of(lemma)
        if not owners and code in STATE_SECTORS:
            return main_collective(ctx, code), True
    named = _unnamed_proper_org(ctx, para, pobj)
    if named is not None:
        return named, False
    found = ctx.ents(para, pobj)
    return (found[0] if found else _org_from_chunk(ctx, para, pobj)), False


def _unnamed_proper_org(ctx: ArticleContext, para: Paragraph, pobj: Any) -> str | None:
    """A title's object written as a capitalised name of two or more words the model tagged
    as no organisation: "president of Basque PEN" (no entity, or only a people's word in
    it) or an organisation's branch in a country, "director of Jesuit Refugee Service
    Cambodia" (an organisation then a place, tagged apart). The whole name is the
    organisation; a name of a person or a place alone stays what it is."""
    if pobj.pos_ != "PROPN" or pobj.i in para.officials:
        return None
    chain = [t for t in pobj.subtree if t.i <= pobj.i and t.dep_ not in ("det", "punct", "poss")]
    if (
        len(chain) < 2
        or chain[-1].i - chain[0].i != len(chain) - 1  # one run of words up to the name
        or any(t.dep_ not in ("compound", "amod") for t in chain[:-1])
        or not all(t.text[:1].isupper() for t in chain)
        or any(t.ent_type_ == "PERSON" or role_of(ctx, t.lower_) for t in chain)
    ):
        return None
    labels = [para.links.get(t.i) for t in chain]
    if all(label is None for label in labels):
        # "Basque PEN": no node; a people's adjective at most, tagged as such
        if not all(t.ent_type_ in ("", "NORP") for t in chain):
            return None
    else:
        # "Jesuit Refugee Service Cambodia": one organisation's name, then a place's
        org = labels[0]
        if (
            org is None
            or labels[-1] is None
            or labels[-1] == org
            or any(label != org for label in labels[:-1])
            or not ctx.etype_in(org, _ORG_TYPES)
            or not _is_place(ctx, labels[-1])
        ):
            return None
    text = para.text[chain[0].idx : pobj.idx + len(pobj.text)]
    return ctx.record(para, SpanMention(chain[0].i, pobj.i + 1, text, "ORG"), text)


def _branch_owner(ctx: ArticleContext, para: Paragraph, noun: Any) -> str | None:
    """The organisation whose local office an unnamed noun is: "the UNHCR's office (in
    Athens)", "the Red Cross delegation", "the mission of the IOM", "the Asia desk at FIDH",
    or the state whose delegation or mission it is ("the Iranian delegation")
    (``branch_nouns``); None for anything else."""
    if noun.lower_ not in ctx.lx.title_words.get("branch_nouns", ()):
        return None
    if noun.i in para.links:
        return _named_branch_owner(ctx, para, noun)
    owners = [
        para.links[c.i]
        for c in para.children(noun)
        if c.dep_ in ("poss", "compound", "amod") and c.i in para.links
    ]
    # "the Iranian delegation", "Syria's mission": a state's office abroad, whose head is one
    # of its officials, not its leader (prec61); an organisation's first ("the IOM's Thailand
    # office": the country is the office's field)
    owners = [o for o in owners if ctx.etype_in(o, _ORG_TYPES)] or [
        o for o in owners if ctx.etype_is(o, EntityType.COUNTRY)
    ]
    owners = owners or [
        o for o in ctx.linked_pobjs(para, noun, ("of", "at")) if ctx.etype_in(o, _ORG_TYPES)
    ]  # "the Asia desk at FIDH": the place before the noun is the office's field
    return owners[0] if len(owners) == 1 else None


def _named_branch_owner(ctx: ArticleContext, para: Paragraph, noun: Any) -> str | None:
    """ "director of the Middle East programme at the Toledo International Centre", "head of
    the Africa Programme at Chatham House": a unit the model named as an organisation of its
    own (no name the data knows) with the organisation it works "at" after it. The unit is
    a field of the organisation's staff, as an unnamed office is: its head is a member."""
    unit = para.links[noun.i]
    if ctx.lx.lookup(unit) is not None or unit.split()[-1].lower() != noun.lower_:
        return None
    # "at X" on the unit, or on the title the parser hung it on ("director of the Russia
    # Programme at the Carnegie Endowment")
    title = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
    found = ctx.linked_pobjs(para, noun, ("at",)) or (
        ctx.linked_pobjs(para, title, ("at",)) if title is not noun else []
    )
    owners = [
        o
        for o in found
        if o != unit
        and (
            ctx.etype_in(o, _ORG_TYPES)
            # "the Toledo International Centre for Peace": an institute the model took
            # for a building; a town or a country is no employer
            or (ctx.etype_is(o, EntityType.PLACE) and " " in o)
        )
    ]
    return owners[0] if len(owners) == 1 else None


def branch_of(ctx: ArticleContext, para: Paragraph, noun: Any) -> Any | None:
    """The office noun after a title's "of" whose organisation holds the title ("head of
    the UNHCR's office")."""
    for prep in para.children(noun):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in para.children(prep):
                if pobj.dep_ == "pobj" and _branch_owner(ctx, para, pobj) is not None:
                    return pobj
    return None


def _org_from_chunk(ctx: ArticleContext, para: Paragraph, noun: Any) -> str | None:
    """An organisation named by a noun phrase with a named owner ("Russia's wealth fund");
    an unnamed official's title ("an adviser to Iran's supreme leader") is that official."""
    if noun.i in para.officials:
        return para.officials[noun.i]
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    if noun.lemma_.lower() in ctx.lx.title_words.get("country_nouns", ()):
        return None  # "Africa's most populous nation" is a country, no organisation
    tokens = [t for t in noun.subtree if t.dep_ not in ("det", "punct", "prep", "relcl", "cc")]
    tokens = [t for t in tokens if t.i <= noun.i]
    if not any(t.i in para.links for t in tokens) or len(tokens) < 2:
        return None
    if all(para.tokens[t.i].pos_ == "NOUN" for t in tokens if t.i in para.links):
        return None  # "the airline's cabin service": its owner a reference, the text no name
    text = para.text[tokens[0].idx : noun.idx + len(noun.text)].replace("’", "'")
    mention = SpanMention(tokens[0].i, noun.i + 1, text, "ORG")
    return ctx.record(para, mention, text)


# model tags of a name that says who people are, not whom they work for
_PEOPLE_ENTS = frozenset({"NORP", "GPE", "LOC"})


def counted_staff(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "six FIFA officials", "Nine FIFA officials were indicted": people counted with the
    name of the organisation they work for are a group of their own article
    (``kg.resolve.counted.find_counted_targets``) and members of it (``member_of``); the
    name is recorded as a mention of the organisation."""
    nouns = counted_words(ctx.lx)[1]
    for i in para.hits(nouns):
        token = para.tokens[i]
        group = para.links.get(i)
        if group is None or token.tag_ != "NNS" or not ctx.etype_is(group, EntityType.GROUP):
            continue
        first = i
        while first > 0 and para.links.get(first - 1) == group:
            first -= 1
        if not para.tokens[first].like_num:
            continue  # not a counted group ("FIFA officials" alone stand for FIFA)
        name = i
        while name - 1 > first and para.tokens[name - 1].tag_ == "NNP":
            name -= 1
        if name == i:
            continue
        written = para.text[para.tokens[name].idx : token.idx].strip()
        if written.lower() in ctx.lx.by_demonym or any(
            t.ent_type_ in _PEOPLE_ENTS for t in para.tokens[name:i]
        ):
            continue  # "12 Rohingya migrants": a people, no employer
        if not staff_employer(ctx.lx, written):
            continue
        org = ctx.record_aside(para, SpanMention(name, i, written, "ORG"), written)
        if org != group and ctx.etype_is(org, EntityType.ORGANIZATION):
            yield ctx.draft(para, token, group, Predicate.MEMBER_OF, org, 0.7)


def captive_members(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "five Taliban detainees", "Hamas prisoners": people held, named after the armed
    group or movement they belong to, are a group of their own article
    (``kg.resolve.collectives.find_captives``) and members of the named group
    (``member_of``)."""
    captives = ctx.lx.actors.captive_nouns
    for i in para.hits(captives):  # (their tokens only; it links nothing)
        token = para.tokens[i]
        group = para.links.get(i)
        if group is None or token.lower_ not in captives:
            continue
        if not ctx.etype_is(group, EntityType.GROUP):
            continue
        first = token.i
        while (
            first > 0 and para.links.get(first - 1) == group and not para.tokens[first - 1].like_num
        ):
            first -= 1  # the name written in front ("five Taliban detainees": "Taliban")
        if first == token.i:
            continue
        written = para.text[para.tokens[first].idx : token.idx].strip()
        kind, entry = owner_entry(ctx.lx, written, False)
        if kind != "group" or entry.label == group:
            continue
        if ctx.resolver.ensure(entry.label, ctx.article_id):
            yield ctx.draft(para, token, group, Predicate.MEMBER_OF, entry.label, 0.7)
