"""The article as a discourse for coreference: its sentences in order across paragraphs and
the entity mentions (sightings) in them, so that a rule can look back a few sentences.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any

from kg.extract.context import Paragraph
from kg.nlp.coordination import first_conjunct


@dataclass(slots=True, unsafe_hash=True)  # (not frozen: ``kg.extract.context.Draft``)
class Sighting:
    """The root token of one mention of ``label``, at sentence ``sent`` of the article. Never
    changed once made, as if frozen; hashed by its sentence and index."""

    sent: int
    index: int  # token index in its paragraph (orders sightings within a sentence)
    para: Paragraph = field(compare=False)
    token: Any = field(compare=False)
    label: str = field(compare=False)

    @property
    def adjective(self) -> bool:
        """A demonym adjective ("Cuban President X"), not a name of the entity."""
        if self.token.pos_ == "ADJ" or self.token.dep_ == "amod":
            return True
        # "UK-based", "Saudi-led": a name inside a hyphenated modifier
        doc = self.token.doc
        after = self.token.i + 1
        return bool(
            after < len(doc) and doc[after].text in ("-", "–") and self.token.dep_ != "ROOT"
        )

    @property
    def subject(self) -> bool:
        return bool(self.token.dep_ in ("nsubj", "nsubjpass") or self.clause_name)

    @property
    def proper(self) -> bool:
        """A proper name: its root a proper noun, or a name the parse made a clause."""
        return bool(self.token.pos_ == "PROPN" or self.clause_name)

    @property
    def clause_name(self) -> bool:
        """A capitalised name the parse read as a clause subject, its first word a verb
        ("Save the Children warned": "Save" heads the clause, "the Children" its object): a
        subject and a proper name all the same, since the entity link spans the name's
        capitalised words."""
        token = self.token
        if token.dep_ != "csubj" or token.pos_ != "VERB" or not token.text[:1].isupper():
            return False
        links = self.para.links
        named = [t for t in token.subtree if links.get(t.i) == self.label and t.i != token.i]
        return any(t.text[:1].isupper() and t.pos_ != "DET" for t in named)


class Discourse:
    """Sentences numbered across the article's paragraphs, and every mention root in them."""

    def __init__(self, paras: list[Paragraph]) -> None:
        self.paras = paras
        # the links as they are now: the sightings are made from them when first asked for
        # (a stage that finds nothing to resolve never pays for them)
        self._links = [dict(para.links) for para in paras]
        self._sent_numbers: dict[tuple[int, int], int] | None = None
        self._sightings: list[Sighting] | None = None
        self._heading_numbers: frozenset[int] | None = None

    @property
    def _sent(self) -> dict[tuple[int, int], int]:
        if self._sent_numbers is None:
            numbers: dict[tuple[int, int], int] = {}
            number = 0
            for para in self.paras:
                # the sentence starts, in order (``Paragraph.sents`` is made once)
                for start, _ in para.sents:
                    numbers[(id(para), start)] = number
                    number += 1
            self._sent_numbers = numbers
        return self._sent_numbers

    @property
    def sightings(self) -> list[Sighting]:
        """Every mention root of the article, sorted by (sentence, index)."""
        if self._sightings is None:
            found: list[Sighting] = []
            for para, links in zip(self.paras, self._links, strict=True):
                if links:  # (a paragraph's sentences all come after the one's before)
                    found.extend(self._para_sightings(para, links))
            self._sightings = found
        return self._sightings

    def _para_sightings(self, para: Paragraph, links: dict[int, str]) -> tuple[Sighting, ...]:
        """The mention roots of one paragraph with these links, sorted. Kept on the
        paragraph (``Paragraph.sightings``) for the next ``Discourse``: about 13 stages an
        article make one, and most paragraphs' links are still what they were."""
        first = self.sent(para, para.tokens[0])  # (its sentences' numbers start there)
        held = para.sightings
        if held is not None and held[0] == first and held[1] == links:
            return held[2]
        found: list[Sighting] = []
        # the linked tokens only (the unlinked are no sighting); the order they are found in
        # does not matter: (sentence, index) is one token's alone, sorted
        heads, tokens = para.heads, para.tokens
        for i, label in links.items():
            head = heads[i]
            if head == i or links.get(head) != label:
                token = tokens[i]
                found.append(Sighting(self.sent(para, token), i, para, token, label))
        found.sort(key=_position)
        para.sightings = (first, links, tuple(found))
        return para.sightings[2]

    def sent(self, para: Paragraph, token: Any) -> int:
        """The article-wide number of the token's sentence."""
        numbers = self._sent_numbers  # (made once: the property only the first time)
        if numbers is None:
            numbers = self._sent
        return numbers[(id(para), para.sent_starts[token.i])]

    def add(self, para: Paragraph, token: Any, label: str) -> None:
        """A resolved reference becomes a sighting later rules can chain on."""
        sighting = Sighting(self.sent(para, token), token.i, para, token, label)
        insort(self.sightings, sighting, key=_position)

    def before(self, para: Paragraph, token: Any, back: int | None) -> list[Sighting]:
        """Sightings before ``token`` in its sentence and the ``back`` sentences before it
        (``None``: the whole article so far), most recent first."""
        here = self.sent(para, token)
        first = 0 if back is None else here - back
        # sightings are sorted by (sentence, index): those wanted are one slice of them
        low = bisect_left(self.sightings, (first, -1), key=_position)
        high = bisect_left(self.sightings, (here, token.i), key=_position)
        return self.sightings[low:high][::-1]

    def in_sentence(self, number: int) -> list[Sighting]:
        return [s for s in self.sightings if s.sent == number]

    def sentence_before(self, number: int) -> int:
        """The number of the sentence before sentence ``number``, past any subheading in
        between ("... the Church said. / Threat or intimidation / It nevertheless said ..."):
        a subheading names a section, it tells nothing a pronoun could take up. -1 at the
        start of the article.

        >>> Discourse([]).sentence_before(0)
        -1
        """
        before = number - 1
        while before >= 0 and before in self._subheadings:
            before -= 1
        return before

    @property
    def _subheadings(self) -> frozenset[int]:
        """The numbers of the sentences that are subheadings (``subheading``), found once."""
        if self._heading_numbers is None:
            found: set[int] = set()
            number = 0
            for i, para in enumerate(self.paras):
                if i > 0 and subheading(para):
                    found.add(number)
                number += len(para.sents)
            self._heading_numbers = frozenset(found)
        return self._heading_numbers

    def first_sent(self, label: str, body: bool = False) -> int | None:
        """The sentence where the article first mentions ``label`` (with ``body``: after the
        headline, which names in short what the body then introduces)."""
        skip = self.paras[0] if body and self.headline else None
        return next(
            (s.sent for s in self.sightings if s.label == label and s.para is not skip), None
        )

    @property
    def headline(self) -> bool:
        """The first paragraph is a headline: one sentence, no closing punctuation, and
        more paragraphs follow."""
        if len(self.paras) < 2:
            return False
        first = self.paras[0]
        sents = list(first.doc.sents)
        last = first.text.rstrip()[-1:]
        return len(sents) == 1 and last not in (".", "!", "?", '"', "”", ":")


# the words of a subheading at most ("Half-hearted opposition", "Threat or intimidation",
# "Joseph Kechichian, expert on Gulf affairs"): a longer line without a full stop is a
# sentence the model or the source left unpunctuated
_HEADING_WORDS = 8
# what ends a sentence, or a line quoting or bracketing one
_CLOSINGS = frozenset(".!?:;\"”’'…)]")


def subheading(para: Paragraph) -> bool:
    """The paragraph is a subheading or a credit line: one short sentence with no closing
    punctuation."""
    text = para.text.rstrip()
    return bool(
        text
        and len(para.sents) == 1
        and text[-1] not in _CLOSINGS
        and sum(not t.is_punct and not t.is_space for t in para.tokens) <= _HEADING_WORDS
    )


def salient(found: list[Sighting], here: int | None = None, reference: Any = None) -> str | None:
    """Of the candidate sightings of a reference (most recent first), the label it takes
    up. A name in a description of another candidate or of the main subject ("AQAP, an
    affiliate of al-Qaeda,": al-Qaeda describes AQAP) is left aside; then the one label
    left, or the one main-clause subject of the latest sentence naming a candidate when no
    other there is an argument of its verb ("ISIL said the Nusra Front had ... . The group":
    ISIL). None when two still tie ("Chad accused Sudan ... . The country"). ``here`` is
    the reference's own sentence, where a description may be what it takes up ("Adidas,
    a FIFA sponsor, said the football body should"). A phrase holding the ``reference`` token
    is never what it takes up ("Fighters from the group").

    >>> salient([])
    """
    if reference is not None:
        above = {t.i for t in reference.ancestors}
        found = [s for s in found if s.token.doc is not reference.doc or s.token.i not in above]
    heads = [
        s
        for s in found
        if s.sent == here or not (_describes(s) or any(_inside(s, o) for o in found))
    ]
    labels = list(dict.fromkeys(s.label for s in heads))
    if len(labels) <= 1:
        return labels[0] if labels else None
    latest = [s for s in heads if s.sent == heads[0].sent]
    subjects = {s.label for s in latest if _in_main_subject(s.token, s.para)}
    if len(subjects) != 1:
        return None
    (label,) = subjects
    # "Chad accused Sudan ... . The country denied": an argument of the main verb as likely
    if any(s.label != label and _argument(s.token) for s in latest):
        return None
    return label


def _argument(token: Any) -> bool:
    """An object of the sentence's main verb, or of a preposition on it ("accused Sudan",
    "met with Iran"), or a conjunct of one; not a name in a clause below it ("said ISIL
    had") or inside a noun phrase ("under bombardment by the coalition")."""
    token = first_conjunct(token)
    root = token.sent.root
    if token.dep_ == "pobj" and token.head.dep_ == "prep":
        token = token.head
    return bool(token.head.i == root.i and token.i != root.i)


def _in_main_subject(token: Any, para: Paragraph) -> bool:
    """The main-clause subject or one of its conjuncts ("Greenpeace and Oxfam met": both)."""
    return main_subject(first_conjunct(token), para)


def main_subject(token: Any, para: Paragraph | None = None) -> bool:
    """A subject of its sentence's main verb (or of a verb joined to it by "and"). With
    ``para``, the token's own paragraph, its sentence's root is read there
    (``Paragraph.sent_root``), not from a Span made for the sentence."""
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = token.head
    root = token.sent.root if para is None else para.sent_root(token.i)
    return bool(verb.i == root.i or (verb.dep_ == "conj" and verb.head.i == root.i))


_DESCRIPTIONS = frozenset({"appos", "acl", "relcl"})


def _inside(sighting: Sighting, other: Sighting) -> bool:
    """``sighting`` is a name in a description of ``other``, another label's (its
    apposition or a clause on it), not a conjunct beside it."""
    if sighting.para is not other.para or sighting.label == other.label:
        return False
    return _described_by(sighting.token, other.token)


def _describes(sighting: Sighting) -> bool:
    """A name in a description of its sentence's main subject ("Jaish al-Adl, called a
    branch of al-Qaeda, has ..."): the subject, named or not, is the topic, not this name."""
    token, para = sighting.token, sighting.para
    root = para.sent_root(token.i)  # (``token.sent.root``, without a Span)
    subject = next((c for c in root.children if main_subject(c, para)), None)
    return subject is not None and _described_by(token, subject)


def _described_by(token: Any, head: Any) -> bool:
    """The token lies in an apposition or a clause on ``head``, not beside it."""
    if token.i == head.i or not head.left_edge.i <= token.i <= head.right_edge.i:
        return False
    node, through = token, False
    while node.i != head.i:
        if node.dep_ == "conj" or node.head.i == node.i:
            return False  # "Hamas and Fatah": side by side
        through = through or node.dep_ in _DESCRIPTIONS
        node = node.head
    return through


# a sighting's (sent, index), its first two fields: the sort and bisect key, called in C
# (~65k times a news build)
_position = attrgetter(*(f.name for f in fields(Sighting)[:2]))


def quoted(para: Paragraph, token: Any) -> bool:
    """Inside quotation marks (an odd number of them before it in the paragraph; their
    places found once a paragraph, ``Paragraph.quote_marks``)."""
    return bisect_left(para.quote_marks, token.i) % 2 == 1


def gerund_controller(node: Any) -> Any | None:
    """The object that does a gerund's act: "praised Malaysia for declaring", "accused Iran
    of saying", "thanked Oman for hosting" (not a frame's gerund: "killed hundreds after
    seizing Palmyra" is the subject's act). None when ``node`` is no such gerund."""
    if node.dep_ != "pcomp" or node.tag_ != "VBG" or any(c.dep_ == "nsubj" for c in node.children):
        return None
    prep = node.head
    if prep.dep_ != "prep" or prep.lower_ not in ("for", "of") or prep.head.pos_ != "VERB":
        return None
    objects = [c for c in prep.head.children if c.dep_ == "dobj"]
    return objects[0] if len(objects) == 1 else None


def purpose(verb: Any) -> bool:
    """An infinitive of purpose the parser hung as an adverbial clause ("police used tear gas
    to disperse them"): it shares its head's subject."""
    return bool(
        verb.dep_ == "advcl"
        and verb.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )


def own_subjects(token: Any) -> set[int]:
    """Subjects of the verb an object depends on, through "continue to attack them", a
    preposition ("sent aid to the country"), an infinitive of purpose ("used tear gas to
    disperse them") and a verb conjunct of the same form ("met X and congratulated him"; not
    "say he has failed and accuse him", a conjunct the parser hung on the wrong verb): an
    object pronoun or description never stands for its own verb's subject."""
    found: set[int] = set()
    node = token
    while node.head.i != node.i:
        if node.dep_ == "conj" and node.pos_ == "VERB" and node.tag_ != node.head.tag_:
            break
        node = node.head
        subjects = [c.i for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        found.update(subjects)
        if subjects or (
            node.dep_ not in ("xcomp", "conj", "prep", "dative", "pobj", "dobj")
            and not purpose(node)
        ):
            break
    return found


def bound_labels(para: Paragraph, token: Any) -> set[str]:
    """The labels of the subjects (and their conjuncts) of the verb the token is an object
    of, or the object of a preposition on (``own_subjects``): what an object description or
    pronoun never stands for ("India sent aid to the nation", "Jonathan told him"). None for
    a possessor or a noun's object ("Iraqi forces retook the country's refinery", "fled after
    the killing of the country's president": the subject's own country may well be meant)."""
    head = token.head
    if token.dep_ == "pobj" and head.dep_ in ("prep", "dative", "agent"):
        head = head.head
    elif token.dep_ not in ("dobj", "dative"):
        return set()
    if head.pos_ not in ("VERB", "AUX"):
        return set()
    subjects = own_subjects(token) - {token.i}
    for i in list(subjects):
        subjects.update(c.i for c in para.tokens[i].conjuncts)
    return {para.links[i] for i in subjects if i in para.links}
