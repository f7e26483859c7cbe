"""spaCy stage: a wire dateline is no subject of the sentence it opens.

"KABUL (Reuters) - Taliban fighters killed ...": the pinned model makes the dateline's place
the verb's subject and the agency its apposition, so the capital acts for its country and
the agency acts too. A component after the parser finds a dateline credited to a wire
agency ("CITY (Reuters) -", "CITY, Country (AFP) -", "CITY, May 5 (Reuters) -", any dash;
the agencies: ``wire_agencies`` of ``kg/data/en/boilerplate.json``) and hangs it on the
sentence as ``dep``; a real subject the parser hung on the dateline is given back to the
verb. The place stays a place of the article (where the story was filed). A collective noun
opening the story after the dash ("KABUL (Reuters) - Gunmen attacked ...") is tagged the
common noun it is.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from kg.language import data_root

MEND = "kg_wire_datelines"
_DASHES = frozenset({"-", "--", "\u2013", "\u2014", "_"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_LONGEST = 14  # tokens before the agency's bracket (town, region, date)


@lru_cache(maxsize=1)
def wire_agencies() -> frozenset[str]:
    """The lower-cased names of the agencies a wire dateline credits."""
    data = json.loads(data_root().joinpath("en/boilerplate.json").read_text("utf-8"))
    return frozenset(name.lower() for name in data["wire_agencies"])


def _place_word(token: Any) -> bool:
    """A word of a dateline's town, region or date ("NEW DELHI", "Mich.", "May 5"), or a
    hyphen inside a town's name ("PORT-AU-PRINCE", "SAINT-DENIS": glued to both its
    neighbours, where a spaced dash would close a dateline of no agency)."""
    text = token.text
    if text == "-":
        return token.i > 0 and not token.whitespace_ and not token.nbor(-1).whitespace_
    return text[:1].isupper() or text.isdigit() or text in (",", ".", "'")


def wire_dateline(sent: Any) -> int:
    """The index of the dash closing a wire dateline that opens ``sent``, else -1.

    The dateline is a place (and region, date) in capitals, the agency in brackets and a
    dash: "KABUL (Reuters) -", "CAIRO, Egypt (AP) \u2014", "PORT-AU-PRINCE (AP) -", "(AFP) -".
    ``sent`` is a sentence's Span or the list of its tokens."""
    tokens = sent if isinstance(sent, list) else list(sent)
    head = tokens[: _LONGEST + 1]
    opening = next((k for k, t in enumerate(head) if t.text == "("), None)
    if opening is None or not all(_place_word(t) for t in tokens[:opening]):
        return -1
    if opening > 0 and tokens[0].text in (",", "."):
        return -1
    closing = next(
        (k for k in range(opening + 1, min(len(tokens), opening + 6)) if tokens[k].text == ")"),
        None,
    )
    if closing is None or closing + 1 >= len(tokens) or tokens[closing + 1].text not in _DASHES:
        return -1
    agency = "".join(t.text_with_ws for t in tokens[opening + 1 : closing]).strip().lower()
    return int(tokens[closing + 1].i) if agency in wire_agencies() else -1


@lru_cache(maxsize=1)
def _opening_nouns() -> frozenset[str]:
    """The one-word collective nouns of ``nouns`` in ``kg/data/en/sector_nouns.json``
    ("gunmen", "rebels", "protesters"): a common noun that may open a wire story's first
    sentence."""
    data = json.loads(data_root().joinpath("en/sector_nouns.json").read_text("utf-8"))
    return frozenset(w for w in data["nouns"] if w.isalpha() and w.islower())


def _retag_opening_noun(token: Any) -> None:
    """ "KABUL (Reuters) - Gunmen attacked ...": the first word after the dash opens the
    sentence, so its capital is no name's; the model, which reads it mid-sentence, tags a
    collective noun there a proper noun of no entity, and no rule takes it for the people it
    names. Such a word (``_opening_nouns``) is tagged the common noun it is, its lemma lower
    case. A name the model tagged keeps its tag ("Police" of no entity is a noun already)."""
    if token.pos_ != "PROPN" or token.ent_type_ or token.lower_ not in _opening_nouns():
        return
    plural = token.tag_ == "NNPS" or token.lower_.endswith(("s", "men"))
    token.pos_ = "NOUN"
    token.tag_ = "NNS" if plural else "NN"
    token.lemma_ = token.lower_


def dateline_dash(sent: Any) -> int:
    """The index of the dash closing any dateline that opens ``sent`` (a Span or a list of
    its tokens), else -1: a wire dateline (``wire_dateline``), or a place and its region
    before a dash ("Doha, Qatar - ...", "Ramallah, occupied West Bank - ...").

    The one reader of datelines for the rules that skip or keep them (entities' place
    cues, the trigger rules)."""
    tokens = sent if isinstance(sent, list) else list(sent)
    wire = wire_dateline(tokens)
    if wire >= 0:
        return wire
    head = tokens[:9]
    if len(head) < 4 or head[0].pos_ != "PROPN" or head[1].text != ",":
        return -1
    for t in head[2:]:
        if t.text in _DASHES and t.text != "_":
            return int(t.i)
        if t.is_lower and t.pos_ not in ("VERB", "ADJ"):
            return -1
    return -1


def holds_token(doc: Any, text: str) -> bool:
    """Whether a token of ``doc`` is written ``text``, read from its ``ORTH`` column: cheaper
    than ``text in doc.text`` (a string joined from a new Token for every word).

    >>> import spacy
    >>> doc = spacy.blank("en")("KABUL (Reuters) - a well-known man")
    >>> holds_token(doc, "("), holds_token(doc, "-"), holds_token(doc, "AP")
    (True, True, False)
    """
    from spacy.attrs import ORTH

    return bool(doc.vocab.strings[text] in doc.to_array(ORTH))


def mend_datelines(doc: Any) -> Any:
    """Hang each wire dateline (``wire_dateline``) on its sentence as ``dep``; a subject
    the parser made its apposition or conjunct goes back to the dateline's verb, and the
    collective noun opening the story after the dash is made a common noun
    (``_retag_opening_noun``)."""
    if not holds_token(doc, "("):  # (``wire_dateline`` reads the bracket as a token)
        return doc
    for sent in doc.sents:
        dash = wire_dateline(sent)
        if dash < 0:
            continue
        start = sent.start
        for token in doc[start:dash]:
            verb = token.head
            if verb.i < start or verb.i <= dash or token.dep_ not in _SUBJECTS:
                continue
            if not any(c.dep_ in _SUBJECTS and c.i > dash for c in verb.children):
                # "CAIRO (AP) - Egypt's army, ...": the real subject hangs on the dateline
                lost = [c for c in token.subtree if c.i > dash and c.head.i < dash]
                lost = [
                    c for c in lost if c.dep_ in ("appos", "conj") and c.pos_ in ("PROPN", "NOUN")
                ]
                if lost:
                    lost[0].head = verb
                    lost[0].dep_ = token.dep_
            token.dep_ = "dep"
        if dash + 1 < sent.end:
            _retag_opening_noun(doc[dash + 1])
    return doc


def use_datelines(nlp: Any) -> bool:
    """Add ``mend_datelines`` after ``nlp``'s components; False when it has no parser or
    has it already."""
    from spacy.language import Language

    if "parser" not in nlp.pipe_names or MEND in nlp.pipe_names:
        return False
    if not Language.has_factory(MEND):  # registered when a model is loaded, not on import
        Language.component(MEND, func=mend_datelines)
    nlp.add_pipe(MEND, last=True)
    return True
