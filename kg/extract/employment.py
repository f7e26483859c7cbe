"""Who works where: "Fred Demler, metals economist with Drexel Burnham Lambert", "an
executive with Titan Systems", "a professor at Queens College", "Ulf Merbold of the European
Space Agency", "Tal, a senior Defense Ministry official", "vice president and columnist for
The Associated Press", "who is a major in the Marine Corps", "Harrington taught at Harvard"
-> member_of. Titles with their own predicate are the role stages' work."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.roles import aged_residence, branch_of, leader_title_before
from kg.resolve.described import affiliation_nouns
from kg.vocab import EntityType, Predicate


def employment(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """member_of from a job noun in apposition or after "who is", a work verb, or "PERSON
    of ORG"."""
    links, heads, tokens = para.links, para.heads, para.tokens
    # the linked words only (``Paragraph.linked``: the stage links none as it walks them)
    for i in para.linked():
        person = links.get(i)
        if person is None or links.get(heads[i]) == person:
            continue
        token = tokens[i]
        if not ctx.etype_is(person, EntityType.PERSON):
            continue
        # "X of NASA"; not a title resolved to a person ("the leader of Hezbollah")
        orgs = _orgs(ctx, para, token, ("of",)) if token.pos_ != "NOUN" else []
        if any(aged_residence(ctx, para, token, p) for p in token.children if p.lower_ == "of"):
            orgs = []  # "Daniel Harris, 30, of Wiscasset": where he lives
        if orgs and leader_title_before(ctx, para, token, person) is not None:
            orgs = []  # "opposition leader X of the NDP": he leads it (kg.extract.roles)
        if token.pos_ != "NOUN":
            orgs += _unit_orgs(ctx, para, token)
            # "Dietmar Kanzer of the smaller Rollei company"
            orgs += [
                o
                for pobj in _pobjs(token, ("of",))
                if pobj.i not in para.links and pobj.pos_ == "NOUN"
                for o in _described_org(para, pobj)
                if ctx.etype_is(o, EntityType.ORGANIZATION)
            ]
            # "X, of a group called Y": the body the noun is named as (not "of a village
            # called Y": where X is from)
            orgs += [
                o
                for pobj in _pobjs(token, ("of",))
                if pobj.i not in para.links
                and pobj.pos_ == "NOUN"
                and pobj.lemma_.lower() not in ctx.lx.words.places.place_nouns
                for o in _named_as(ctx, para, pobj)
                if ctx.etype_in(o, (EntityType.ORGANIZATION, EntityType.GROUP))
            ]
        orgs += _from_orgs(ctx, para, token)
        titles: dict[str, str] = {}  # the job noun that names each employer
        before = _job_before_name(ctx, para, token, person)
        if before is not None:
            orgs.append(before[0])
            titles.setdefault(*before)
        for noun in _job_nouns(ctx, para, token):
            if noun.dep_ == "attr" and noun.head == token.head:
                # "X was acting comptroller at the American University": the parser hangs
                # the employer on "was" (one on the noun is the role stages' claim)
                orgs += _orgs(ctx, para, noun.head, ctx.lx.words.copula_preps)
                continue
            if _branch_title(ctx, para, noun):
                continue
            found = _employers(ctx, para, noun)
            if noun.dep_ == "conj" and noun.head.i not in para.links:
                # "vice president and columnist for the AP" (not "X, from Politico; and
                # the author Y": another name's organisation)
                found += [o for o in _employers(ctx, para, noun.head) if o not in found]
            for org in found:
                titles.setdefault(org, _job_title(para, noun))
            orgs += found
        for verb in _work_verbs(ctx, para, token):
            found = [
                o
                for pobj in _pobjs(verb, ctx.lx.words.work_verbs[verb.lemma_.lower()])
                for o in ctx.ents(para, pobj)
                if ctx.etype_is(o, EntityType.ORGANIZATION)
            ]
            job = _clause_job(ctx, para, verb)
            if job is not None:
                for org in found:
                    titles.setdefault(org, _job_title(para, job))
            orgs += found
            orgs += _boss_org(ctx, para, verb)
        for verb in _clause_verbs(ctx, para, token):
            if verb.lemma_.lower() in ctx.lx.words.join_verbs and not _joined_in(verb):
                # "who joined the World Bank"; not "joined Amnesty in calling for"
                orgs += [
                    o
                    for obj in verb.children
                    if obj.dep_ == "dobj"
                    for o in ctx.ents(para, obj)
                    if ctx.etype_is(o, EntityType.ORGANIZATION)
                ]
        for org in dict.fromkeys(orgs):
            if org != person:
                title = titles.get(org)
                yield ctx.draft(para, token, person, Predicate.MEMBER_OF, org, 0.6, title=title)


def _job_nouns(ctx: ArticleContext, para: Paragraph, token: Any) -> list[Any]:
    """Job nouns said of the person: appositions ("X, a professor", "Oxfam's campaign
    coordinator, X") and their conjuncts ("vice president and columnist"), and "X, who is
    a major"."""
    heads = [c for c in token.children if c.dep_ == "appos"]
    if token.dep_ == "appos" and token.head.i < token.i and token.head.pos_ == "NOUN":
        heads.append(token.head)  # "Oxfam's campaign coordinator, X"
    if (
        token.dep_ == "nsubj"
        and token.head.lemma_ == "be"
        and token.pos_ == "PROPN"
        and not _negated(token.head)
    ):
        # "X is an engineer at"; a named subject, not a pronoun read by coreference
        heads += [a for a in token.head.children if a.dep_ == "attr"]
    for rel in (c for c in token.children if c.dep_ == "relcl" and c.lemma_ == "be"):
        if _negated(rel) or not _clauses_about(ctx, para, token):
            continue  # "X, who is not a member of Y" (role54)
        if any(s.dep_ == "nsubj" and s.lower_ in ("who", "that") for s in rel.children):
            heads += [a for a in rel.children if a.dep_ == "attr"]
    nouns = heads + [c for h in heads for c in h.children if c.dep_ == "conj"]
    return [
        n
        for n in nouns
        if (_is_job(ctx, n.lemma_.lower()) or _member_title(ctx, n))
        and n.i not in para.links
        and not _titled(ctx, n)
    ]


def _job_before_name(
    ctx: ArticleContext, para: Paragraph, token: Any, person: str
) -> tuple[str, str] | None:
    """ "Oxfam volunteer X", "Reuters photographer Y", "NATO aid coordinator Z": an
    organisation's name, then a job written in lower case (no title with a role of its
    own: those are the role stages'), then the person's name; the organisation and the
    job."""
    tokens = para.tokens
    start = para.name_start(token.i, person)
    k = start - 1
    while k >= 0 and start - k <= 4 and k not in para.links:
        word = tokens[k]
        if word.pos_ not in ("NOUN", "ADJ") or not word.text[:1].islower():
            break
        k -= 1
    words = tokens[k + 1 : start]
    org = para.links.get(k)
    if not words or org is None or org == person or words[-1].pos_ != "NOUN":
        return None
    lemma = words[-1].lemma_.lower()
    if lemma in ctx.lx.roles or not _is_job(ctx, lemma):
        return None
    if any(w.lower_ in ctx.lx.words.org_title_heads for w in words):
        return None  # "FAA board member": the role stages' (a unit of the organisation)
    if k + 1 < len(tokens) and tokens[k + 1].tag_ == "POS":
        return None
    if not ctx.etype_is(org, EntityType.ORGANIZATION):
        return None
    title = " ".join(w.text for w in words)
    first = para.name_start(k, org)
    if first > 0 and tokens[first - 1].lower_ in ctx.lx.words.past_title_words:
        title = f"{tokens[first - 1].lower_} {title}"  # "former Real Madrid striker X"
    return org, title


def _branch_title(ctx: ArticleContext, para: Paragraph, noun: Any) -> bool:
    """ "X - manager of climate programmes at Greenpeace": a title over an organisation's
    unit, the role stages' claim with the unit in its title (``roles.role_noun``)."""
    return (
        noun.dep_ == "appos"
        and noun.lemma_.lower() in ctx.lx.roles
        and branch_of(ctx, para, noun) is not None
    )


def _clause_job(ctx: ArticleContext, para: Paragraph, verb: Any) -> Any | None:
    """The job noun a relative clause of a work verb is said of ("a student and reporter
    who writes for X": "reporter", the noun right before the clause), if it is one."""
    if verb.dep_ != "relcl" or verb.head.dep_ not in ("appos", "attr"):
        return None
    nouns = [verb.head, *(c for c in verb.head.children if c.dep_ == "conj")]
    before = [n for n in nouns if n.i < verb.left_edge.i]
    noun = max(before, key=lambda n: n.i, default=None)
    if noun is None or noun.i in para.links or _titled(ctx, noun):
        return None
    return noun if _is_job(ctx, noun.lemma_.lower()) or _member_title(ctx, noun) else None


def _negated(verb: Any) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _job_title(para: Paragraph, noun: Any) -> str:
    """The job as the text words it: the noun with the plain words in front of it ("a
    politics professor", "its public information officer", "a former board member")."""
    start = noun.i
    while start > 0:
        left = para.tokens[start - 1]
        if left.i in para.links or not left.i < left.head.i <= noun.i:
            break
        if left.dep_ not in ("amod", "compound") or not left.text[:1].isalpha():
            break
        start -= 1
    if start > 0 and para.tokens[start - 1].tag_ == "HYPH":
        start = noun.i  # "a 43-year-old lawyer": an age, no part of the job
    return " ".join(t.text for t in para.tokens[start : noun.i + 1])


def _member_title(ctx: ArticleContext, noun: Any) -> bool:
    """A title of membership written with its modifiers, whose head alone leads ("vice
    president", "senior vice president" of a company)."""
    return _title_phrase_role(ctx, noun) is Predicate.MEMBER_OF


def _title_phrase_role(ctx: ArticleContext, noun: Any) -> Predicate | None:
    """The role of the longest title the noun makes with the modifiers right before it."""
    words = [c.lower_ for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    for k in range(len(words)):
        role = ctx.lx.roles.get(" ".join([*words[k:], noun.lower_]))
        if role is not None:
            return role
    return None


def _titled(ctx: ArticleContext, noun: Any) -> bool:
    """A title with a role of its own ("NATO's secretary general" leads NATO): the role
    stages' claim, not membership."""
    if _member_title(ctx, noun):
        return False  # "vice president": membership, though "president" alone leads
    words = [c.lower_ for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i]
    phrases = [" ".join([*words[k:], noun.lower_]) for k in range(len(words) + 1)]
    # "secretary-general of the Arab League": the word hyphened after the noun
    phrases += [f"{noun.lower_}-{c.lower_}" for c in noun.children if c.i == noun.i + 2]
    # "the NATO Secretary General": "secretary general" leads NATO
    return any(
        ctx.lx.roles.get(key) not in (None, Predicate.MEMBER_OF) for key in (*phrases, *words)
    )


def _is_job(ctx: ArticleContext, lemma: str) -> bool:
    """A job noun, a title whose role is membership (``titles.json``: "columnist"), or any
    other noun for people that may say what one does in a body ("a volunteer with", "the
    general coordinator of"; not "a critic of", ``affiliation_nouns`` in ``cues.json``)."""
    return (
        lemma in ctx.lx.words.occupations
        or ctx.lx.roles.get(lemma) is Predicate.MEMBER_OF
        or (lemma not in ctx.lx.roles and lemma in affiliation_nouns(ctx.lx))
    )


def _employers(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """Organisations a job noun names: in front of it ("a senior Defense Ministry official",
    "a Yale University law professor", "NASA's administrator") or after a preposition,
    one step down a chain ("a professor of political science at Queens College")."""
    found = [
        para.links[t.i]
        for left in noun.lefts
        for t in left.subtree
        if t.i in para.links and t.dep_ in ("compound", "poss", "nmod", "amod")
    ]
    # one step down the chain, not through "with": "junior members in a coalition with the
    # Conservatives" are no members of the Conservatives, their partner (onenode4)
    chained = tuple(p for p in ctx.lx.words.employer_preps if p != "with")
    for pobj in _pobjs(noun, ctx.lx.words.employer_preps):
        # the named object only, not its apposition: "Georgetown University, School of
        # Foreign Service" names one employer twice
        found += [para.links[p.i] for p in (pobj, *_pobjs(pobj, chained)) if p.i in para.links]
        if pobj.i not in para.links and pobj.pos_ == "NOUN":
            found += _described_org(para, pobj)
    found = [o for o in found if ctx.etype_is(o, EntityType.ORGANIZATION)]
    # "a fighter with the Islamic State group", "a sheikh in the Dulaymi tribe": a named
    # armed group or tribe one is in (not "a lawyer for the families": no name)
    found += [
        para.links[t.i]
        for pobj in _pobjs(noun, ("with", "in"))
        for t in (pobj, *(c for c in pobj.children if c.dep_ == "compound"))
        if t.pos_ == "PROPN"
        and t.i in para.links
        and ctx.etype_is(para.links[t.i], EntityType.GROUP)
    ]
    return list(dict.fromkeys(found))


def _described_org(para: Paragraph, noun: Any) -> list[str]:
    """The organisation a common noun describes by its name in front: "an economist with
    the Mediterranean Foundation research group", "a fellow at the Brookings Institution
    think tank"."""
    return [
        para.links[t.i]
        for left in noun.lefts
        if left.dep_ in ("compound", "nmod")
        for t in left.subtree
        if t.i in para.links and t.dep_ in ("compound", "nmod", "pobj")
    ]


def _named_as(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """The name a participle gives an unnamed noun ("a group called X", "a movement known as
    X"): its predicate or "as" object (``naming_participles`` in ``cues.json``)."""
    names: list[Any] = []
    for acl in noun.children:
        if acl.dep_ != "acl" or acl.lemma_.lower() not in ctx.cues["naming_participles"]["lemmas"]:
            continue
        for c in acl.children:
            if c.dep_ == "prep" and c.lower_ == "as":
                names += [p for p in c.children if p.dep_ == "pobj"]
            elif c.dep_ in ("oprd", "attr"):
                names.append(c)
    return list(dict.fromkeys(e for n in names for e in ctx.ents(para, n)))


def _work_verbs(ctx: ArticleContext, para: Paragraph, token: Any) -> list[Any]:
    """Work verbs whose subject is the person: "Harrington taught at Harvard", "who served
    24 years in Congress", "who is a major and works at the Pentagon"."""
    return [
        v for v in _clause_verbs(ctx, para, token) if v.lemma_.lower() in ctx.lx.words.work_verbs
    ]


def _joined_in(verb: Any) -> bool:
    """ "joined Amnesty in calling for ...": joining others in an act, not an employer."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in ("in", "for")
        and any(c.dep_ == "pcomp" or c.tag_ == "VBG" for c in prep.children)
        for prep in verb.children
    )


def _clauses_about(ctx: ArticleContext, para: Paragraph, token: Any) -> bool:
    """Whether the relative clauses hung on ``token`` are about the person it names: not
    when the word ends a comma-closed apposition and the clause describes the apposition's
    person ("Y, an envoy to Nigeria's president, who is a reporter for the BBC": Y, not
    the president; ``ArticleContext.antecedent``)."""
    about = ctx.antecedent(para, token)
    return not about or para.links.get(token.i) in about


def _clause_verbs(ctx: ArticleContext, para: Paragraph, token: Any) -> list[Any]:
    """Verbs whose subject is the person: its own verb, its relative clauses (on the name or
    its apposition, when about the person) and their conjoined verbs."""
    verbs = [token.head] if token.dep_ == "nsubj" else []
    # "Derwinski, a Republican from Chicago who served 24 years in Congress": the clause
    # hangs on the apposition
    appos = [c for c in token.children if c.dep_ == "appos"]
    owners = (token, *appos) if _clauses_about(ctx, para, token) else appos
    for rel in (c for h in owners for c in h.children if c.dep_ == "relcl"):
        if any(s.dep_ == "nsubj" and s.lower_ in ("who", "that") for s in rel.children):
            verbs.append(rel)
    verbs += [
        c for v in verbs for c in v.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
    ]
    return verbs


def _pobjs(token: Any, words: tuple[str, ...]) -> list[Any]:
    """Objects of the token's prepositions ``words``, with their conjuncts."""
    out = []
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in words:
            for p in prep.children:
                if p.dep_ == "pobj":
                    out.append(p)
                    out += [c for c in p.children if c.dep_ == "conj" and _coordinated(p, c)]
    return out


def _coordinated(first: Any, second: Any) -> bool:
    """A conjunct joined by "and"/"or", not a comma the parser read as one ("Georgetown
    University, School of Foreign Service" is one employer named twice)."""
    return any(c.dep_ == "cc" for t in (first, second) for c in t.children)


def _orgs(ctx: ArticleContext, para: Paragraph, token: Any, words: tuple[str, ...]) -> list[str]:
    return [
        org
        for org in ctx.linked_pobjs(para, token, words)
        if ctx.etype_is(org, EntityType.ORGANIZATION)
    ]


def _unit_orgs(ctx: ArticleContext, para: Paragraph, token: Any) -> list[str]:
    """ "Karen Doyle, of the law firm of Baker McKenzie", "X, of the FDA's office of food
    safety": a person of a firm or an office of a named organisation. A name a company noun
    is "of" is an organisation, whatever the model said."""
    units = ctx.lx.words.unit_nouns
    companies = ctx.lx.words.org_after_nouns
    found = []
    for pobj in _pobjs(token, ("of",)):
        lemma = pobj.lemma_.lower()
        if pobj.i in para.links or lemma not in units:
            continue
        owners = [c for c in pobj.children if c.dep_ == "poss"]
        named = [p for p in _pobjs(pobj, ("of",)) if p.pos_ == "PROPN"]
        for name in owners + named:
            org = para.links.get(name.i)
            if org is None:
                continue
            if name in named and lemma in companies:
                ctx.resolver.add_vote(org, EntityType.ORGANIZATION, 3)
            found.append(org)
    return [o for o in found if ctx.etype_is(o, EntityType.ORGANIZATION)]


def _boss_org(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str]:
    """ "who works for CONCACAF President Webb": working for a person titled by an
    organisation is working for the organisation (read from the words after "for")."""
    tokens = para.tokens
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "for":
            continue
        k = prep.i + 1
        if k < len(tokens) and tokens[k].lower_ == "the":
            k += 1
        org = para.links.get(k)
        if org is None or not ctx.etype_is(org, EntityType.ORGANIZATION):
            continue
        while k < len(tokens) and para.links.get(k) == org:
            k += 1
        title = k
        while k < len(tokens) and k not in para.links and tokens[k].text[:1].isupper():
            k += 1
        boss = para.links.get(k)
        words = " ".join(t.lower_ for t in tokens[title:k])
        if k > title and boss and ctx.etype_is(boss, EntityType.PERSON) and words in ctx.lx.roles:
            return [org]
    return []


def _from_orgs(ctx: ArticleContext, para: Paragraph, token: Any) -> list[str]:
    """ "Aytac Baran, from the Yeni Ihya Der aid group": an organisation after "from" on
    the name (not on a verb: "defected from the army" is no membership)."""
    preps = tuple(ctx.lx.title_words.get("affiliation_preps", ()))
    pobjs = _pobjs(token, preps)
    end = token.i + 1
    while end < len(para.tokens) and para.links.get(end) == para.links.get(token.i):
        end += 1
    if end + 1 < len(para.tokens) and para.tokens[end].text == ",":
        # "X, from the Y group, said": the parser may hang "from" on the verb
        prep = para.tokens[end + 1]
        if prep.lower_ in preps and prep.dep_ == "prep" and prep.head != token:
            pobjs += [p for p in prep.children if p.dep_ == "pobj"]
    found = []
    for pobj in pobjs:
        labels = [para.links[pobj.i]] if pobj.i in para.links else []
        labels += [
            para.links[c.i]
            for c in pobj.children
            if c.dep_ in ("compound", "nmod", "amod") and c.i in para.links
        ]
        found += [o for o in labels if ctx.etype_in(o, (EntityType.ORGANIZATION, EntityType.GROUP))]
    return found
