"""Map records: where the data answers a rule's question (a known group's sector), the rule
does not read the corpus's state of a cluster, so a worker's record holds on the driver
whatever other articles wrote ("Hezbollah fighters": the cluster's own sector is UAF)."""

from __future__ import annotations

from typing import Any

import pytest

from kg.ingest.articles import make_article
from kg.lexicon import default_lexicon
from kg.pipeline import parse_stream
from kg.pipeline_records import Journal, extract_article
from kg.resolve.resolver import Resolver

CASES = [
    # text, label, the cluster attribute no rule reads
    # a known group's sector is the data's ("Hezbollah fighters" elsewhere gave it another)
    ("Hezbollah fighters shelled the town of Qusayr on Monday.", "Hezbollah", "sector"),
    ("Hamas gunmen fired rockets at Sderot, Israeli officials said.", "Hamas", "sector"),
]


@pytest.mark.parametrize(("text", "label", "attr"), CASES)
def test_pipeline_records_rules_read_no_corpus_attribute(
    nlp: Any, text: str, label: str, attr: str
) -> None:
    lexicon = default_lexicon()
    article = make_article(text, "c1", published="2015-05-20")
    ((article, paragraphs),) = list(parse_stream(nlp, [article]))
    journal = Journal(Resolver(lexicon, spans=False))
    extract_article(lexicon, journal, article, paragraphs)
    labels = {args[0] for name, args, _ in journal.ops if name == "add"}
    assert label in labels, labels
    read = {args for name, args, _ in journal.ops if name == "cluster_attr"}
    assert (label, attr) not in read, sorted(read)
