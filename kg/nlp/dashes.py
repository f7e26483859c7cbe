"""spaCy stage: parse a spaced ASCII hyphen as the dash it stands for.

Text copied through ASCII writes a dash pair as hyphens ("Kerry - the top US diplomat - met
Lavrov"); the pinned model reads such a "-" as a word-joining hyphen and loses the sentence's
subject, where it parses the same sentence with "–" right. Two components bracket the
pipeline: the first swaps each spaced "-" for "–" before the parse, the last puts the
hyphens back, so every token's text, offset and whitespace stay the file's.
"""

from __future__ import annotations

from typing import Any

IN = "kg_dashes_in"
OUT = "kg_dashes_out"
_KEY = "kg_dashes"  # ``Doc.user_data`` key: (token index, its text) of each swapped hyphen
# a hyphen standing for a dash -> the dash the model parses well ("--" keeps a few more of
# bench/robustness.py's dash rewrites, but reads "refused to allow the migrants -- most of
# whom ... -- to enter" as a concession, where "–" reads the denied support the gold has)
_DASHES = {"-": "\u2013"}


def spaced_hyphens(doc: Any) -> list[int]:
    """The indices of the hyphens with a space on each side (a dash, not a joiner).

    >>> import spacy
    >>> spaced_hyphens(spacy.blank("en")("Kerry - the top diplomat - met a well-known man -"))
    [1, 5]
    """
    from spacy.attrs import ORTH, SPACY

    if not len(doc):
        return []
    # read from two columns of the Doc, not token by token (a new Token for every word, and
    # ``doc.text`` joined from them to look for a "-" first): ``swap_dashes`` costs 0.16 ms
    # an article of news2015 this way, 0.22 that way
    hyphens = {doc.vocab.strings[hyphen] for hyphen in _DASHES}
    orths, spaced = doc.to_array([ORTH, SPACY]).T.tolist()
    return [
        i for i, orth in enumerate(orths) if orth in hyphens and i and spaced[i] and spaced[i - 1]
    ]


def swap_dashes(doc: Any) -> Any:
    """``doc`` with its spaced hyphens made dashes (a new Doc), or ``doc`` when it has none."""
    from spacy.tokens import Doc

    found = spaced_hyphens(doc)
    if not found:
        return doc
    words = [t.text for t in doc]
    for i in found:
        words[i] = _DASHES[words[i]]
    swapped = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    swapped.user_data.update(doc.user_data)
    swapped._context = doc._context  # ``nlp.pipe(as_tuples=True)`` carries its context here
    swapped.user_data[_KEY] = tuple((i, doc[i].text) for i in found)
    return swapped


def restore_dashes(doc: Any) -> Any:
    """``doc`` with the hyphens ``swap_dashes`` took out put back, its parse, tags,
    lemmas and entities kept (a new Doc), or ``doc`` when nothing was swapped."""
    from spacy.attrs import DEP, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, POS, TAG
    from spacy.tokens import Doc

    swapped = doc.user_data.get(_KEY)
    if not swapped:
        return doc
    words = [t.text for t in doc]
    for i, text in swapped:
        words[i] = text
    restored = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    attrs = [TAG, POS, MORPH, LEMMA, NORM, DEP, HEAD, ENT_IOB, ENT_TYPE, ENT_KB_ID]
    restored.from_array(attrs, doc.to_array(attrs))
    for i, text in swapped:
        restored[i].lemma_ = restored[i].norm_ = text
    restored.tensor = doc.tensor
    restored.user_data.update((k, v) for k, v in doc.user_data.items() if k != _KEY)
    restored._context = doc._context
    return restored


# what ends a sentence: a sentence that starts after anything else is the parser's slip
_ENDS = frozenset({".", "!", "?", '"', "'", "\u201d", "\u2019", ")"})


def odd_breaks(doc: Any) -> int:
    """How many of the sentences of ``doc`` start after a token that ends none.

    >>> import spacy
    >>> doc = spacy.blank("en")("Five parties: Likud, Shas and Kulanu. It ends.")
    >>> for i in (0, 3, 9):
    ...     doc[i].is_sent_start = True
    >>> odd_breaks(doc)  # "Likud" after the colon; "It" after a full stop is no slip
    1
    """
    return sum(
        1
        for sent in doc.sents
        if sent.start
        and not (doc[sent.start - 1].text in _ENDS or doc[sent.start - 1].text[-1] == ".")
    )


class Restorer:
    """``restore_dashes`` with a check: where the dash's parse breaks a sentence where the
    hyphen's did not ("... - and that is saying something - consists of five parties: Likud,
    ..." split at the colon), the hyphen's parse is kept (the model run again, rarely)."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp

    def __call__(self, doc: Any) -> Any:
        from spacy.tokens import Doc

        restored = restore_dashes(doc)
        if restored is doc or not odd_breaks(restored):
            return restored
        names = self.nlp.pipe_names
        plain = Doc(
            doc.vocab,
            words=[t.text for t in restored],
            spaces=[bool(t.whitespace_) for t in restored],
        )
        for name in names[names.index(IN) + 1 : names.index(OUT)]:
            plain = self.nlp.get_pipe(name)(plain)
        if odd_breaks(plain) >= odd_breaks(restored):
            return restored
        plain.user_data.update(restored.user_data)
        plain._context = restored._context
        return plain


def _restorer(nlp: Any, name: str) -> Restorer:
    return Restorer(nlp)


def use_dashes(nlp: Any) -> bool:
    """Bracket ``nlp``'s components with ``swap_dashes`` and ``restore_dashes``; False when
    it has no parser (nothing to mend) or has them already."""
    from spacy.language import Language

    if "parser" not in nlp.pipe_names or IN in nlp.pipe_names:
        return False
    # registered here, when a model is loaded, not when the module is imported
    if not Language.has_factory(IN):
        Language.component(IN, func=swap_dashes)
    if not Language.has_factory(OUT):
        Language.factory(OUT, func=_restorer)
    nlp.add_pipe(IN, first=True)
    nlp.add_pipe(OUT, last=True)
    return True
