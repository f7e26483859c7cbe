"""Generate ``kg/data/en/judgements.json``: the words of a moral or competence verdict on an
actor ("corrupt", "incompetent", "a liar", "hypocrisy"), grown from hand-picked WordNet senses.

From each seed sense it takes the sense's lemmas and those of the senses WordNet sets beside
it (similar-to and also-see for adjectives, the direct hyponyms for nouns of people), and the
quality nouns (noun.attribute, noun.act) and people nouns (noun.person) derivationally linked
to the adjectives. Every word was reviewed by hand: ``REJECTED`` keeps the refused ones, each
with its reason (words of harm or misfortune, of temper or taste, of other senses). kg reads
the committed output only (``kg/lexicon.py``: ``cues["judgements"]``); regenerate with
``python -m tools.lexicon.judgements`` (needs ``wordnet-base``; same bytes every run), and
``--candidates`` prints every generated word with the sense it came from, for review.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tools.lexicon.wordnet import Synset, WordNet

OUT = Path("kg/data/en/judgements.json")

# adjective senses of moral or competence judgement said of a person or a body
ADJECTIVE_SEEDS = (
    "corrupt.a.01",
    "corrupt.a.02",
    "dishonest.a.01",
    "dishonest.a.02",
    "incompetent.a.02",
    "incompetent.a.03",
    "authoritarian.a.01",
    "illegitimate.a.01",
    "unfair.a.01",
    "unjust.a.02",
    "hypocritical.a.01",
    "arrogant.a.01",
    "cruel.a.01",
    "deceitful.a.02",
    "irresponsible.a.01",
    "tyrannical.a.01",
    "ruthless.a.01",
    "greedy.a.01",
    "cowardly.a.01",
    "lawless.a.03",
    "undemocratic.a.01",
)
# noun senses of a person judged: their lemmas
PERSON_SEEDS = (
    "tyrant.n.01",
    "crook.n.01",
    "criminal.n.01",
    "thief.n.01",
    "murderer.n.01",
    "dictator.n.01",
    "scoundrel.n.01",
    "coward.n.01",
)
# ... and their kinds too (the direct hyponyms: "perjurer", "quisling")
PERSON_KINDS = ("liar.n.01", "hypocrite.n.01", "traitor.n.01")
_QUALITY_LEXFILES = frozenset({4, 7})  # noun.act, noun.attribute
_PERSON_LEXFILE = 18  # noun.person
_ADJ_LINKS = frozenset({"&", "^"})  # similar to, also see
_HYPONYM = "~"

# reviewed and refused, each with its reason
_REFUSED = {
    "a feeling or a temper, no verdict (residents are fearful)": (
        "afraid fearful faint fainthearted timid carefree freewheeling slaphappy idle proud"
        " chesty loose raw partial hothead daredevil madcap swashbuckler crybaby wimp"
        " lunatic idler loafer layabout bum timidity timorousness faintness fearfulness"
        " softness sissiness effeminacy effeminateness womanishness unmanliness unmanly"
        " faintheartedness looseness"
    ),
    "a thing's state or another sense (dirty water, a corrupt file, unskilled workers)": (
        "dirty foul putrid corrupted vitiated debased perverted shoddy clumsy fumbling"
        " bungling unskilled unworkmanlike unqualified unaccountable ambidextrous beguiling"
        " picaresque praetorian pretorian prehensile grabby grasping chicken yellow funky"
        " fell roughshod cheating false fallacious acquisitive purchasable actionable"
        " putrefaction prehension seizing damage hollowness obliquity"
        " unsuitability unsuitableness voraciousness harshness ferociousness"
        " shenanigan mischief mischievousness devilment devilry deviltry humbug"
        " stealthiness furtiveness shabbiness perversity perverseness wrongness wrong"
        " charmer smoothie smoothy storyteller fabricator pretender liquidator saboteur"
        " collaborator stealer wildcat wolf dog hound heel beast sneak larcenous avaritia"
    ),
    "tells how violent a deed was (savage fighting, a vicious attack), not a verdict": (
        "savage savageness savagery vicious viciousness"
    ),
    "a place's disorder, a misfortune (lawless Libya)": "lawless",
    "praise as often as blame (the craftiness of the coach)": "craftiness",
    "a form of rule or a rank, no verdict (a constitutional monarch)": (
        "monarch monarchal monarchic monarchical sovereign potentate"
    ),
    "a category of people or acts the law sets (illegal migrants), not a verdict on its"
    " holder; verdicts on acts are ``evaluations.negative``": (
        "illegal illicit unlawful outlaw outlawed illegality illicitness unlawfulness"
        " lawlessness outlawry fraud hoax atrocity atrociousness inequity injustice"
        " iniquity unrighteousness wrongfulness dupery"
    ),
}
REJECTED: dict[str, str] = {
    word: reason for reason, words in _REFUSED.items() for word in words.split()
}


def _neighbours(wn: WordNet, syn: Synset, symbols: frozenset[str]) -> list[Synset]:
    """The synset and those its pointers of ``symbols`` lead to (one step, same pos)."""
    return [syn] + [
        wn.by_offset(pos, off)
        for sym, pos, off in syn.pointers
        if sym in symbols and pos == syn.pos
    ]


def candidates(wn: WordNet) -> dict[str, dict[str, str]]:
    """Kind ("adjectives", "qualities", "people") -> word -> the seed sense it came from."""
    found: dict[str, dict[str, str]] = {"adjectives": {}, "qualities": {}, "people": {}}
    for seed in ADJECTIVE_SEEDS:
        for syn in _neighbours(wn, wn.synset(seed), _ADJ_LINKS):
            _add(found["adjectives"], syn.lemmas, seed)
            for sym, pos, off in syn.pointers:
                if sym != "+" or pos != "n":
                    continue
                noun = wn.by_offset("n", off)
                if noun.lexfile in _QUALITY_LEXFILES:
                    _add(found["qualities"], noun.lemmas, seed)
                elif noun.lexfile == _PERSON_LEXFILE:
                    _add(found["people"], noun.lemmas, seed)
    for seed in (*PERSON_SEEDS, *PERSON_KINDS):
        links = frozenset({_HYPONYM}) if seed in PERSON_KINDS else frozenset()
        for syn in _neighbours(wn, wn.synset(seed), links):
            _add(found["people"], syn.lemmas, seed)
    return found


def _add(table: dict[str, str], lemmas: tuple[str, ...], seed: str) -> None:
    """Keep the one-word lemmas (spaCy tokens) not yet found, with their seed."""
    for lemma in lemmas:
        if "_" not in lemma and "-" not in lemma:
            table.setdefault(lemma, seed)


def main() -> None:
    """Write the reviewed list with its provenance, or print the candidates for review."""
    found = candidates(WordNet())
    if "--candidates" in sys.argv:
        for kind, words in found.items():
            for word, seed in sorted(words.items()):
                mark = f"REJECTED ({REJECTED[word]})" if word in REJECTED else ""
                print(f"{kind}\t{word}\t{seed}\t{mark}")
        return
    doc: dict[str, object] = {
        "_comment": (
            "Generated by tools/lexicon/judgements.py from WordNet 3.0 (see "
            "LICENSE-wordnet.txt) and reviewed by hand (refused words and reasons: REJECTED "
            "there): words of a moral or competence verdict on an actor, joined by "
            "kg/lexicon.py to the lists that read them. adjectives: said of an actor ('the "
            "council is corrupt'; faults.adjectives) or of an act or as a label ('said the "
            "ruling was unjust', 'called the government corrupt'; evaluations.negative); "
            "qualities: the nouns of such a quality its owner holds ('the party's "
            "hypocrisy'; faults.nouns); people: a person judged ('said Erdogan was a liar', "
            "'branded him a traitor'; evaluations.negative, and kg/extract/evaluations.py). "
            "Do not edit by hand."
        ),
        "source": "wordnet-3.0: seeds "
        + ", ".join((*ADJECTIVE_SEEDS, *PERSON_SEEDS, *PERSON_KINDS)),
    }
    for kind, words in found.items():
        doc[kind] = sorted(w for w in words if w not in REJECTED)
    OUT.write_text(json.dumps(doc, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(", ".join(f"{len(doc[k])} {k}" for k in found) + f" -> {OUT}")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
