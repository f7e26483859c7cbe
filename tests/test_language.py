"""Language data keyed by language: kg/data/<lang>/ folders, checked lists, clear errors."""

from __future__ import annotations

import ast
import json
import re
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from kg.errors import KgError, LanguageError
from kg.language import (
    WORD_LISTS,
    check_language,
    language_code,
    language_data,
    read_language_data,
    read_word_lists,
    reading,
    reading_language,
    supported_languages,
)
from kg.lexicon import build_lexicon, default_lexicon

KG = Path(__file__).resolve().parent.parent / "kg"
EN = KG / "data" / "en"


@pytest.mark.parametrize(
    ("tag", "code"),
    [("en", "en"), ("en-GB", "en"), ("EN_us", "en"), (None, "en"), ("", "en"), ("de-AT", "de")],
)
def test_language_code_is_the_primary_subtag(tag: str | None, code: str) -> None:
    """A BCP 47 tag reduces to its primary language; none means English."""
    assert language_code(tag) == code


@pytest.mark.parametrize("tag", ["de", "fr-FR", "xx", "zh"])
def test_language_unsupported_is_a_kg_error_naming_it_and_the_supported(tag: str) -> None:
    """An unsupported language raises a KgError that names it and the languages there are."""
    with pytest.raises(LanguageError) as info:
        check_language(tag)
    assert isinstance(info.value, KgError)
    message = str(info.value)
    assert repr(tag) in message
    assert "rule data for en" in message
    assert f"kg/data/{language_code(tag)}/" in message


def test_language_supported_are_the_folders_with_words(tmp_path: Path) -> None:
    """A language is supported when its folder holds a words.json, and only then."""
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "words.json").write_text("{}", "utf-8")
    (tmp_path / "de").mkdir()  # no words.json: not (yet) a language
    (tmp_path / "notes.txt").write_text("", "utf-8")
    assert supported_languages(tmp_path) == ("en",)  # type: ignore[arg-type]
    assert supported_languages() == ("en",)


def test_language_lexicon_for_another_language_fails_clearly() -> None:
    """build_lexicon, default_lexicon and Lexicon.for_language refuse an unsupported language."""
    lexicon = default_lexicon()
    assert lexicon.language == "en"
    assert lexicon.for_language("en-GB") is lexicon
    assert default_lexicon("en-US") is lexicon
    for load in (lambda: build_lexicon(language="de"), lambda: lexicon.for_language("de")):
        with pytest.raises(LanguageError, match="'de' is not supported"):
            load()


def test_language_data_is_read_from_the_language_folder(tmp_path: Path) -> None:
    """The lists come from the given folder: a copy with other words gives other lists."""
    folder = tmp_path / "xx"
    shutil.copytree(EN, folder)
    data = json.loads((folder / "words.json").read_text("utf-8"))
    data["delegate_nouns"]["words"] = ["gesandter"]
    data["object_preps"]["words"] = ["mit", "gegen"]
    (folder / "words.json").write_text(json.dumps(data), "utf-8")
    words = read_language_data("xx", folder, "xx")  # type: ignore[arg-type]
    assert words.language == "xx"
    assert words.delegate_nouns == frozenset({"gesandter"})
    assert words.object_preps == ("mit", "gegen")  # ordered
    assert words.places == language_data("en").places


def test_language_shipped_english_lists_are_all_there() -> None:
    """Every list the rules read is in kg/data/en/words.json, ordered lists keep their order."""
    words = language_data("en")
    assert words.object_preps == ("with", "against", "to", "on")
    for name in WORD_LISTS:
        assert getattr(words, name), name
    assert "envoy" in words.delegate_nouns
    assert "government" in words.institution_nouns
    assert words.places.place_nouns["town"].value == "City"
    assert "economist" in words.occupations


def _words_json(**lists: Any) -> str:
    base: dict[str, Any] = {name: {"words": ["x"]} for name in WORD_LISTS}
    base.update(lists)
    return json.dumps(base, indent=1)


@pytest.mark.parametrize(
    ("text", "error"),
    [
        (_words_json(span_preps={"words": ["Since"]}), r"line \d+: span_preps\.words: 'Since'"),
        (_words_json(span_preps={"words": []}), r"line \d+: span_preps\.words must be a non"),
        (_words_json(span_preps={"words": ["by", "by"]}), r"line \d+: .*lists a word twice"),
        (_words_json(span_preps=["by"]), r"line \d+: span_preps\.words must be"),
        (_words_json(span_prep={"words": ["by"]}), r"line \d+: unknown list 'span_prep'"),
        ('{\n "span_preps": {"words": ["by"]},\n}', r"line 3: "),
        ('["by"]', r"line 1: must be a JSON object"),
    ],
)
def test_language_bad_words_file_names_file_and_line(text: str, error: str) -> None:
    """A bad list, an unknown list or bad JSON raises naming the file and the line."""
    with pytest.raises(KgError, match=f"^words.json {error}"):
        read_word_lists(text, "words.json")


def test_language_bad_words_file_points_at_the_bad_list() -> None:
    """The line named is the bad list's line."""
    text = _words_json(event_nouns={"words": ["Summit"]})
    line = next(n for n, row in enumerate(text.splitlines(), 1) if '"event_nouns"' in row)
    with pytest.raises(KgError, match=f"line {line}: event_nouns"):
        read_word_lists(text, "words.json")


def test_language_missing_list_is_named() -> None:
    """A words.json without a list the rules read names the missing list."""
    data = json.loads(_words_json())
    del data["event_nouns"]
    with pytest.raises(KgError, match="missing lists event_nouns"):
        read_word_lists(json.dumps(data), "words.json")


def test_language_every_list_is_read_by_a_rule() -> None:
    """Each list of words.json is read somewhere in kg/ (no dead data)."""
    code = "\n".join(p.read_text("utf-8") for p in KG.rglob("*.py"))
    unread = [
        name
        for name in WORD_LISTS
        if not re.search(rf"(\.words|reading_words\(\))\.{name}\b", code)
    ]
    assert not unread


def _word_sets(path: Path, root: Path = KG) -> list[str]:
    """Module-level constants of a module that are collections of English-looking words."""
    from spacy.glossary import GLOSSARY  # dependency and tag labels are not words

    found = []
    for node in ast.parse(path.read_text("utf-8")).body:
        if not isinstance(node, ast.Assign | ast.AnnAssign):
            continue
        strings = [
            n.value
            for n in ast.walk(node)
            if isinstance(n, ast.Constant) and isinstance(n.value, str)
        ]
        words = [s for s in strings if s.isalpha() and s.islower() and s not in GLOSSARY]
        if len(words) >= 2:
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            found.append(f"{path.relative_to(root)}:{node.lineno} {ast.unparse(target)}")
    return found


def test_language_no_english_word_lists_in_rule_modules() -> None:
    """Rule and resolution modules keep their word lists in kg/data/<lang>/, not in code
    (dates.py is the English date grammar as a whole and stays code; stages.py names stages)."""
    modules = [*(KG / "extract").glob("*.py"), *(KG / "resolve").glob("*.py")]
    skip = {"dates.py", "stages.py"}
    found = [f for p in sorted(modules) if p.name not in skip for f in _word_sets(p)]
    assert not found, "move these to kg/data/en/words.json (kg/language.py): " + str(found)


def test_language_word_set_finder_finds_a_word_list(tmp_path: Path) -> None:
    """The finder above flags a word list and leaves dependency labels and codes alone."""
    module = tmp_path / "mod.py"
    module.write_text(
        '_WORDS = frozenset({"summit", "forum"})\n_DEPS = ("nsubj", "dobj")\n_CODES = {"GOV"}\n',
        "utf-8",
    )
    assert [f.split()[-1] for f in _word_sets(module, tmp_path)] == ["_WORDS"]


def test_language_build_reports_an_article_in_an_unsupported_language(nlp: Any) -> None:
    """The build loop takes each article's language: one without rule data is skipped with
    the language named (strict: raised), the others are built."""
    from kg.ingest.articles import make_article
    from kg.pipeline import run_build

    german = make_article("Angela Merkel traf Emmanuel Macron in Paris.", "b")
    articles = [
        make_article("Angela Merkel met Emmanuel Macron in Paris.", "a", language="en-GB"),
        replace(german, language="de"),
    ]
    run = run_build(articles, nlp=nlp)
    assert run.built == ["a"]
    assert [(e.path, "'de' is not supported" in e.problem) for e in run.skipped] == [("b", True)]
    with pytest.raises(LanguageError, match="'de' is not supported"):
        run_build(articles[1:], nlp=nlp, strict=True)


def test_language_ingest_cleans_with_the_language_boilerplate() -> None:
    """make_article cuts the boilerplate of the article's language, and refuses a language
    without rule data."""
    from kg.ingest.articles import make_article

    article = make_article("Xi met Lula.\nAdvertisement\nThey talked.", "a", language="en-US")
    assert "Advertisement" not in article.text
    with pytest.raises(LanguageError, match="'de' is not supported"):
        make_article("Xi traf Lula.", "b", language="de")


def test_language_sidecar_language_reaches_the_article(tmp_path: Path) -> None:
    """A text article's sidecar language is kept on the Article (and checked)."""
    from kg.ingest.articles import read_article

    path = tmp_path / "a.txt"
    path.write_text("Xi met Lula.", "utf-8")
    (tmp_path / "a.meta.json").write_text('{"language": "en-GB"}', "utf-8")
    assert read_article(path).language == "en-GB"
    (tmp_path / "a.meta.json").write_text('{"language": "pt-BR"}', "utf-8")
    with pytest.raises(KgError, match=r"'pt-br'.*rule data only for en"):
        read_article(path)


# Rule modules that still read their own file from kg/data/en/ instead of through ctx.lx
# (kg/language.py); each is work left for a second language.
def test_language_rule_data_is_read_through_the_language_loader() -> None:
    """No module names a kg/data/en/ file in code: rule data is read by language."""
    found = set()
    for path in sorted(KG.rglob("*.py")):
        code = "\n".join(
            line
            for line in path.read_text("utf-8").splitlines()
            if not line.strip().startswith(("#", '"', "'"))
        )
        if re.search(r"""["'](kg/)?data/en/""", code):
            found.add(str(path.relative_to(KG)))
    assert found == set(), "read kg/data/<lang>/ files through kg/language.py"


def test_language_rule_modules_load_the_lists_of_the_language_being_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """killings, demands and nominals read their file in the language of the article being
    read (``reading``), English outside it; each language is loaded once."""
    import kg.language
    from kg.extract.demands import demand_words
    from kg.extract.killings import assault_words, kill_words
    from kg.extract.nominals import nominal_words

    for name in ("killings.json", "demands.json", "nominals.json"):
        (tmp_path / "xx").mkdir(exist_ok=True)
        shutil.copy(EN / name, tmp_path / "xx" / name)
    data = json.loads((tmp_path / "xx" / "killings.json").read_text("utf-8"))
    data["kill_verbs"] = ["töten"]
    data["assaults"]["harm_verbs"] = ["angreifen"]
    (tmp_path / "xx" / "killings.json").write_text(json.dumps(data), "utf-8")
    real_root = kg.language.data_root
    monkeypatch.setattr(
        kg.language, "data_root", lambda: tmp_path if reading_language() == "xx" else real_root()
    )
    english = kill_words()
    with reading("xx"):
        assert reading_language() == "xx"
        assert kill_words().verbs == frozenset({"töten"})
        assert assault_words().harm_verbs == frozenset({"angreifen"})
        assert demand_words().verbs
        assert nominal_words().place_nouns
    assert reading_language() == "en"
    assert kill_words() is english
    assert "kill" in english.verbs
