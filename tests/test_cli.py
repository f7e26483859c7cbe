"""The command line: a batch with broken and hostile files still builds the good article,
reports each bad file by name and exits non-zero; user errors carry no traceback."""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, SEED

GOOD = "Chinese President Xi Jinping met Brazilian President Lula da Silva in Beijing on Tuesday.\n"


def kg(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "good.txt").write_text(GOOD, "utf-8")
    (folder / "good.meta.json").write_text('{"published": "2025-08-08"}', "utf-8")
    (folder / "empty.txt").write_text("", "utf-8")
    (folder / "blank.txt").write_text("  \n\t\n", "utf-8")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)
    (folder / "latin.txt").write_bytes(
        "Angela Merkel met François Hollande in Genève.".encode("cp1252")
    )
    (folder / "utf16.txt").write_bytes("Emmanuel Macron met Olaf Scholz.".encode("utf-16"))
    (folder / "page.html").write_text(
        "<html><body><p>Narendra Modi met Joe Biden.</p><script>alert(1)</script></body></html>",
        "utf-8",
    )
    (folder / "badmeta.txt").write_text(GOOD, "utf-8")
    (folder / "badmeta.meta.json").write_text('{"published": "yesterday"}', "utf-8")
    blob = "".join(chr(97 + (i * 7) % 26) for i in range(999))  # minified-script-like words
    (folder / "longline.txt").write_text(
        ("Macron met Xi in Paris. " + (blob + " ") * 1001)[:200_000], "utf-8"
    )
    (folder / "injection.txt").write_text(
        "Kim Jong Un met <img src=x onerror=alert(1)> Vladimir Putin in Moscow.", "utf-8"
    )
    return folder


@pytest.mark.slow
def test_cli_build_keeps_going_and_names_bad_files(hostile: Path, tmp_path: Path) -> None:
    """Good articles are built, each bad file is named on stderr, the exit status is 1."""
    result = kg("build", str(hostile), "--out", str(tmp_path / "out"), "--no-html")
    assert result.returncode == 1, result.stderr
    for bad in ("empty.txt", "blank.txt", "binary.txt", "badmeta.meta.json"):
        assert bad in result.stderr
    assert "Traceback" not in result.stderr
    relations = [json.loads(x) for x in (tmp_path / "out/relations.jsonl").read_text().splitlines()]
    pairs = {(r["subject"]["label"], r["object"].get("label")) for r in relations}
    assert ("Luiz Inacio Lula da Silva", "Xi Jinping") in pairs or (
        "Xi Jinping",
        "Luiz Inacio Lula da Silva",
    ) in pairs
    assert "5 skipped" not in result.stdout
    assert "built" in result.stdout


@pytest.mark.slow
def test_cli_strict_stops_at_the_first_problem(hostile: Path, tmp_path: Path) -> None:
    """--strict exits 2 with the file's name and no traceback."""
    result = kg("build", str(hostile), "--out", str(tmp_path / "o"), "--strict")
    assert result.returncode == 2
    assert "badmeta.meta.json" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_missing_path_and_bad_published(tmp_path: Path) -> None:
    """A missing path is reported by name; an unknown --published format is refused."""
    result = kg("extract", str(tmp_path / "nope.txt"))
    assert result.returncode == 1
    assert "nope.txt" in result.stderr
    result = kg("extract", str(SEED), "--published", "8/8/25")
    assert result.returncode == 2
    assert "YYYY-MM-DD" in result.stderr


def test_cli_unknown_model_says_how_to_install(tmp_path: Path) -> None:
    """An unknown --model or KG_SPACY_MODEL gives a clear error with the fix."""
    result = kg("extract", str(SEED), "--model", "xx_no_such_model")
    assert result.returncode == 2
    assert "xx_no_such_model" in result.stderr
    assert "pip" in result.stderr
    result = kg("extract", str(SEED), env={"KG_SPACY_MODEL": "yy_missing"})
    assert "yy_missing" in result.stderr


def test_cli_extract_lines_sets_file_line_ids(tmp_path: Path) -> None:
    """--lines treats each line as a document with evidence.article FILE:LINE."""
    path = tmp_path / "s.txt"
    path.write_text("Iran threatened Israel.\n\nCanada supported Ukraine.\n", "utf-8")
    result = kg("extract", str(path), "--lines")
    articles = {json.loads(x)["evidence"]["article"] for x in result.stdout.splitlines()}
    assert articles == {"s.txt:1", "s.txt:3"}


def test_cli_missing_graph_is_a_clear_error(tmp_path: Path) -> None:
    """Reading commands name the missing graph file and how to make it."""
    result = kg("show", "Putin", "--graph", str(tmp_path / "none.ttl"))
    assert result.returncode == 2
    assert "kg build" in result.stderr


def test_cli_show_path_stats(seed_out: Path) -> None:
    """show, path and stats print readable reports from the Turtle."""
    graph = str(seed_out / "graph.ttl")
    show = kg("show", "Putin", "--graph", graph)
    assert show.returncode == 0
    assert "Vladimir Putin (Person)" in show.stdout
    assert "Steve Witkoff" in show.stdout
    path = kg("path", "Witkoff", "Zelensky", "--graph", graph)
    assert "Donald Trump" in path.stdout
    stats = kg("stats", "--graph", graph)
    assert "Person" in stats.stdout
    assert "met" in stats.stdout


@pytest.mark.parametrize(
    ("command", "option"),
    [
        (("add", "{d}", "--store", "{d}/store"), ("--workers", "2")),
        (("add", "{d}", "--store", "{d}/store"), ("--engine", "dask")),
        (("extract", "{d}"), ("--scheduler", "tcp://127.0.0.1:1")),
    ],
)
def test_cli_engine_options_only_for_build(
    tmp_path: Path, command: tuple[str, ...], option: tuple[str, str]
) -> None:
    """add and extract parse here: an engine option is refused, never ignored unsaid."""
    result = kg(*(part.format(d=tmp_path) for part in command), *option)
    assert result.returncode == 2
    assert f"unrecognized arguments: {' '.join(option)}" in result.stderr
    assert not (tmp_path / "store").exists()


def test_cli_scheduler_needs_dask(tmp_path: Path) -> None:
    """--scheduler without --engine dask says so and writes nothing, rather than build here."""
    (tmp_path / "a.txt").write_text("Putin met Xi in Beijing.", encoding="utf-8")
    out = tmp_path / "out"
    result = kg("build", str(tmp_path), "--out", str(out), "--scheduler", "tcp://127.0.0.1:1")
    assert result.returncode == 2
    assert "--scheduler tcp://127.0.0.1:1 is read only with --engine dask" in result.stderr
    assert not out.exists()


def test_cli_stats_plover_shares(seed_out: Path) -> None:
    """stats gives relations per article and each PLOVER type's claims and share, most first."""
    stats = kg("stats", "--graph", str(seed_out / "graph.ttl")).stdout
    assert "relations: 38  (38.00 per article)" in stats.splitlines()[0]
    block = stats.split("PLOVER type")[1].split("\n\n")[0].splitlines()[2:]
    rows = [line.split() for line in block]
    assert rows == [
        ["CONSULT", "11", "57.9%"],
        ["AGREE", "3", "15.8%"],
        ["SANCTION", "2", "10.5%"],
        ["THREATEN", "2", "10.5%"],
        ["REJECT", "1", "5.3%"],
    ]


def test_cli_view_writes_a_neighbourhood_page(seed_out: Path, tmp_path: Path) -> None:
    """`kg view --entity` writes a page for the subgraph."""
    out = tmp_path / "v.html"
    result = kg(
        "view",
        "--graph",
        str(seed_out / "graph.ttl"),
        "--entity",
        "Witkoff",
        "--depth",
        "1",
        "--out",
        str(out),
    )
    assert result.returncode == 0
    assert out.exists()
    assert "Steve Witkoff" in out.read_text("utf-8")


def test_cli_validate(seed_out: Path) -> None:
    """`kg validate` reports conformance."""
    result = kg("validate", "--graph", str(seed_out / "graph.ttl"))
    assert result.returncode == 0
    assert "Conforms: True" in result.stdout


@pytest.mark.slow
def test_cli_build_with_store(tmp_path: Path) -> None:
    """`kg build --store` loads a store that `kg query --store` reads."""
    shutil.copy(SEED, tmp_path / SEED.name)
    shutil.copy(SEED.with_name(SEED.stem + ".meta.json"), tmp_path)
    result = kg(
        "build",
        str(tmp_path / SEED.name),
        "--out",
        str(tmp_path / "o"),
        "--store",
        str(tmp_path / "store"),
        "--no-html",
    )
    assert result.returncode == 0, result.stderr
    query = kg(
        "query",
        "SELECT (COUNT(*) AS ?n) WHERE { ?s a kg:Statement }",
        "--store",
        str(tmp_path / "store"),
        "--format",
        "csv",
    )
    assert int(query.stdout.splitlines()[1]) > 10


def test_cli_user_gazetteer_adds_entities(tmp_path: Path) -> None:
    """--gazetteer adds a user's entries: a QID and a role the shipped data lacks."""
    gaz = tmp_path / "mine.jsonl"
    gaz.write_text(
        '{"label": "Zorana Vukovic", "type": "Person", "qid": "Q999999999", '
        '"aliases": ["Vukovic"], "roles": []}\n',
        "utf-8",
    )
    text = tmp_path / "t.txt"
    text.write_text("Vukovic met Emmanuel Macron in Paris.\n", "utf-8")
    result = kg("extract", str(text), "--gazetteer", str(gaz), "--published", "2025-01-01")
    subjects = {json.loads(x)["subject"]["id"] for x in result.stdout.splitlines()}
    objects = {json.loads(x)["object"]["id"] for x in result.stdout.splitlines()}
    assert "Q999999999" in subjects | objects


def test_cli_oversized_file_is_refused_by_name(tmp_path: Path) -> None:
    """A 20 MB file is refused with its name and the fix; the good file is still built."""
    (tmp_path / "huge.txt").write_bytes(b"Macron met Xi. " * 1_400_000)
    (tmp_path / "ok.txt").write_text(GOOD, "utf-8")
    result = kg("extract", str(tmp_path), "--published", "2025-08-08")
    assert result.returncode == 1
    assert "huge.txt" in result.stderr
    assert "Split the file" in result.stderr
    assert "Xi Jinping" in result.stdout


def _peak_kb(*args: str) -> tuple[int, str]:
    """(peak resident memory in kB, stderr) of one ``kg`` process."""
    import os

    proc = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, _, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0  # reaped above
    return usage.ru_maxrss, err


@pytest.mark.slow
def test_cli_memory_stays_bounded_on_a_line_without_sentence_ends(tmp_path: Path) -> None:
    """A line with no punctuation is parsed in pieces, an article's text is capped, so no
    file drives memory far past the model's: the longest accepted such line costs a few
    hundred MB over a one-sentence article, and a 1 MB line is refused by name at once."""
    from kg.ingest.articles import MAX_TEXT

    words = ["Kenyatta", "Nairobi", "council", "forces", "Lagos", "Buhari", "ministers"]
    line = " ".join(words[i % 7] for i in range(MAX_TEXT // 7))[: MAX_TEXT - 10]
    (tmp_path / "short.txt").write_text("Buhari met Kenyatta in Abuja on Monday.\n", "utf-8")
    (tmp_path / "long.txt").write_text(line + "\n", "utf-8")
    (tmp_path / "huge.txt").write_text((line + " ") * 4 + "\n", "utf-8")
    base, _ = _peak_kb("extract", str(tmp_path / "short.txt"))
    long, err = _peak_kb("extract", str(tmp_path / "long.txt"))
    assert not err
    assert long - base < 500_000, (base, long)  # measured: about 300 MB more
    huge, err = _peak_kb("extract", str(tmp_path / "huge.txt"))
    assert "huge.txt" in err
    assert "character limit" in err
    assert "Split it" in err
    assert len(err.strip().splitlines()) == 1
    assert huge - base < 100_000, (base, huge)


def test_cli_empty_folder_is_reported(tmp_path: Path) -> None:
    """A folder with no article files is named, and the exit status says so."""
    result = kg("extract", str(tmp_path))
    assert result.returncode == 1
    assert "holds no article files" in result.stderr


def _single_error_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.fixture(scope="module")
def broken(tmp_path_factory: pytest.TempPathFactory, seed_out: Path) -> Path:
    """Damaged inputs: a truncated export, a corrupted store, a gazetteer with a bad QID."""
    folder = tmp_path_factory.mktemp("broken")
    text = (seed_out / "graph.ttl").read_text("utf-8")
    (folder / "cut.ttl").write_text(text[: len(text) // 2], "utf-8")
    cut = text[: text.rfind(" .\n", 0, len(text) // 3) + 3]
    (folder / "cut_at_statement.ttl").write_text(cut, "utf-8")
    store = folder / "store"
    from kg.sparql.store import write_store

    write_store(seed_out / "graph.trig", store)
    from kg.io.fsio import store_location

    for sst in store_location(store).iterdir():
        if sst.is_file():
            sst.write_bytes(b"\x00garbage")
    (folder / "gaz.jsonl").write_text(
        '{"label": "Zorana Vukovic", "type": "Person", "qid": "Q1> ; <x"}\n', "utf-8"
    )
    (folder / "a.txt").write_text(GOOD, "utf-8")
    return folder


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "names"),
    [
        (("query", "SELECT * { ?s ?p ?o }", "--graph", "{d}/cut.ttl"), "cut.ttl"),
        (("show", "Putin", "--graph", "{d}/cut.ttl"), "cut.ttl"),
        (("view", "--graph", "{d}/cut.ttl", "--out", "{d}/v.html"), "cut.ttl"),
        (("stats", "--graph", "{d}/cut_at_statement.ttl"), "cut_at_statement.ttl"),
        (("view", "--graph", "{d}/cut_at_statement.ttl", "--out", "{d}/v.html"), "truncated"),
        (("query", "ASK {}", "--store", "{d}/store"), "store"),
        (("remove", "x", "--store", "{d}/store", "--out", "{d}/o"), "store"),
        (("query", "SELECT ?s { ?s ?p ?o }", "--bind", "s=<a b>", "--graph", "{d}/cut.ttl"), "a b"),
        (("query", "DELETE WHERE { ?s ?p ?o }"), "SPARQL update"),
        (
            ("build", "{d}/a.txt", "--out", "{d}/o", "--gazetteer", "{d}/gaz.jsonl"),
            "gaz.jsonl line 1",
        ),
        (("build", "{d}/a.txt", "--out", "{d}/a.txt"), "is a file"),
        (
            (
                "build",
                "{d}/a.txt",
                "--out",
                "{d}/o",
                "--engine",
                "dask",
                "--scheduler",
                "tcp://127.0.0.1:9",
            ),
            "--scheduler tcp://127.0.0.1:9",
        ),
    ],
)
def test_cli_damaged_inputs_are_one_line(broken: Path, args: tuple[str, ...], names: str) -> None:
    """Each damaged input or bad value gives one line naming it, exit 2, no traceback."""
    env = {"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2"}
    result = kg(*(a.replace("{d}", str(broken)) for a in args), env=env)
    line = _single_error_line(result)
    assert result.returncode == 2
    assert line.startswith("kg: error: ")
    assert names in line


@pytest.mark.parametrize("where", ["before", "after"])
def test_cli_debug_works_before_and_after_the_subcommand(where: str) -> None:
    """--debug shows the traceback wherever it is written."""
    query = ["query", "SELECT ?x WHERE { ?x ?y }", "--graph", str(ROOT / "output/graph.ttl")]
    args = ["--debug", *query] if where == "before" else [*query, "--debug"]
    assert "Traceback" in kg(*args).stderr
    assert "Traceback" not in kg(*query).stderr


def test_cli_sparql_error_position_counts_the_users_lines() -> None:
    """A mistake in a one-line query is reported on line 1, not after kg's prefixes."""
    result = kg("query", "SELECT ?x WHERE { ?x ?y }", "--graph", str(ROOT / "output/graph.ttl"))
    assert "error at 1:26" in _single_error_line(result)


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [("show", "Putin"), ("stats",), ("query", "SELECT * { ?s ?p ?o }", "--format", "csv")],
)
def test_cli_broken_pipe_is_quiet(seed_out: Path, args: tuple[str, ...]) -> None:
    """A reader that has gone (`kg show X | head`) ends kg with status 141, no traceback."""
    import os

    read, write = os.pipe()
    os.close(read)  # the reader is gone before kg writes: every write meets EPIPE
    try:
        result = subprocess.run(
            [sys.executable, "-m", "kg.cli", *args, "--graph", str(seed_out / "graph.ttl")],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write)
    assert result.returncode == 141
    assert result.stderr == ""


def test_cli_terminal_output_escapes_control_characters(tmp_path: Path) -> None:
    """ESC sequences and bidi overrides from article text are shown escaped, not obeyed."""
    from kg.graph.core import KnowledgeGraph
    from kg.io.export import write_outputs
    from kg.model import Entity, Qualifiers, Relation
    from kg.vocab import EntityType, Predicate

    evil = "Evil\x1b]0;owned\x07\x1b[2J\u202eMan\r"
    x = Entity("x", evil, EntityType.PERSON, ("Evil",), mentions=1)
    y = Entity("y", "Plain", EntityType.PERSON, mentions=1)
    graph = KnowledgeGraph({"x": x, "y": y}, [Relation("x", Predicate.MET, "y", Qualifiers())])
    write_outputs(graph, tmp_path, html=False)
    ttl = str(tmp_path / "graph.ttl")
    for args in (
        ("show", "Evil", "--graph", ttl),
        ("stats", "--graph", ttl),
        ("query", "SELECT ?l { ?e skos:prefLabel ?l }", "--graph", ttl),
        ("query", "SELECT ?l { ?e skos:prefLabel ?l }", "--graph", ttl, "--format", "csv"),
        ("query", "SELECT ?l { ?e skos:prefLabel ?l }", "--graph", ttl, "--format", "json"),
    ):
        result = kg(*args)
        assert result.returncode == 0, result.stderr
        assert "\x1b" not in result.stdout
        assert "\u202e" not in result.stdout
        assert "\r" not in result.stdout
        assert "x1b" in result.stdout or "u001b" in result.stdout, args
    data = json.loads(kg(*args).stdout)  # JSON stays exact: the same value, escaped
    assert evil in {b["l"]["value"] for b in data["results"]["bindings"]}


def test_cli_file_name_with_a_newline_is_reported_on_one_line(tmp_path: Path) -> None:
    """A skipped file whose name holds a newline or ESC is reported on a single line."""
    (tmp_path / "bad\nname\x1b[31m.txt").write_text("", "utf-8")
    (tmp_path / "good.txt").write_text(GOOD, "utf-8")
    result = kg("extract", str(tmp_path))
    assert result.returncode == 1
    lines = [x for x in result.stderr.splitlines() if "name" in x]
    assert len(lines) == 1
    assert "bad\\x0aname\\x1b[31m.txt" in lines[0]


COMMANDS = [
    "build", "extract", "add", "remove", "query", "validate",
    "serve", "view", "show", "path", "stats", "eval",
]  # fmt: skip


def test_cli_parser_runs_each_command_s_function() -> None:
    """Each sub-command, in the order of `kg --help`, calls its own `cmd_` function."""
    from kg import cli

    parser = cli.parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert list(sub.choices) == COMMANDS
    for name, command in sub.choices.items():
        assert command.get_default("func") is getattr(cli, f"cmd_{name}"), name


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["build", "a.txt"], {"out": "output", "workers": 1, "engine": "local", "strict": False}),
        (["extract", "a.txt", "--strict", "--lines"], {"strict": True, "lines": True}),
        (["add", "a", "--store", "s"], {"out": "output", "text_column": "text"}),
        (["query", "q.rq"], {"graph": "output/graph.ttl", "timeout": 30.0, "bind": []}),
        (["serve"], {"store": "output/store", "bind": "127.0.0.1:7878", "timeout": 30}),
        (["view", "--depth", "2"], {"out": "output/view.html", "depth": 2, "entity": None}),
        (["eval", "--set", "own", "--set", "realnews"], {"set": ["own", "realnews"]}),
    ],
)
def test_cli_parser_defaults_and_options(argv: list[str], expected: dict[str, Any]) -> None:
    """A command's options parse to the values (and defaults) its library call is given."""
    from kg import cli

    args = vars(cli.parser().parse_args(argv))
    assert {key: args[key] for key in expected} == expected
