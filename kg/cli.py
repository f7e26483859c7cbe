"""The command line: each command parses its options and calls one library function.
Commands that read an exported graph never import spaCy.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from kg.errors import InputError, KgError
from kg.io.formats import FORMATS, TABLE_FORMATS
from kg.terminal import json_safe, terminal_safe

if TYPE_CHECKING:
    from kg.graph.core import KnowledgeGraph
    from kg.lexicon import DictionaryReport

DEFAULT_GRAPH = "output/graph.ttl"


def _graph(path: str) -> KnowledgeGraph:
    from kg.io.formats import load_graph

    return load_graph(path)


def cmd_build(args: argparse.Namespace) -> int:
    from kg.api import build_result
    from kg.io.export import check_outputs, write_outputs
    from kg.io.fsio import check_store_target, holds_exports, store_lock

    if args.scheduler and args.engine != "dask":
        raise KgError(
            f"--scheduler {args.scheduler} is read only with --engine dask: add --engine dask, "
            "or leave --scheduler out to parse here."
        )
    out = Path(args.out)
    store = Path(args.store) if args.store else None
    formats = tuple(dict.fromkeys(["turtle", *args.format]))
    if store is not None and "trig" not in formats:
        formats += ("trig",)
    check_outputs(out, formats, html=not args.no_html)
    if store is not None:
        check_store_target(store, args.force)
    with _scheduler_errors(args):
        result = build_result(
            args.paths,
            published=args.published,
            model=args.model,
            strict=args.strict,
            progress=True,
            gazetteer=args.gazetteer,
            verb_dictionary=args.verb_dictionary,
            workers=args.workers,
            engine=args.engine,
            scheduler=args.scheduler,
            keep_records=store is not None,  # saved in the store: kg add/remove replay them
            spans=False,  # mentions counted, not kept: memory follows the entities
            **_input_options(args),
        )
    _report_verb_dictionary(args.verb_dictionary, result.verb_dictionary)
    _report_failures(result.failures)
    code = _report_skipped(result.skipped)
    if not result.built:
        raise KgError(
            f"no article was read from {', '.join(args.paths)}; nothing written "
            f"({out} left as it was). Check the path."
        )
    if result.skipped and not args.force and (holds_exports(out) or _is_store(store)):
        print(
            f"kg: {len(result.skipped)} file(s) skipped, so the previous outputs in {out} "
            "are kept. Fix or remove the skipped files, or pass --force to write the "
            "graph of the files that were read.",
            file=sys.stderr,
        )
        return code
    with store_lock(store) if store is not None else contextlib.nullcontext():
        written = write_outputs(result.graph, out, formats, html=not args.no_html)
        if store is not None:
            from kg.ingest.identity import sources_of
            from kg.sparql.store import write_store

            write_store(
                out / "graph.trig",
                store,
                sources_of(result.graph.articles),
                result.records,
                exports=out,  # the next kg add patches them
            )
            written.append(store)
    g = result.graph
    print(f"articles: {len(result.built)} built, {len(result.skipped)} skipped")
    print(f"entities: {len(g.entities)}  relations: {len(g.claims)}")
    for path in written:
        print(f"wrote {terminal_safe(str(path), one_line=True)}")
    return code


@contextlib.contextmanager
def _scheduler_errors(args: argparse.Namespace) -> Any:
    """An unreachable Dask scheduler is one line naming the address and the fix."""
    try:
        yield
    except (OSError, TimeoutError) as exc:
        if args.engine != "dask" or not args.scheduler:
            raise
        raise KgError(
            f"--scheduler {args.scheduler}: cannot reach it ({str(exc).splitlines()[0]}). "
            "Start `dask scheduler` there, or leave --scheduler out for a local cluster."
        ) from exc


def _is_store(store: Path | None) -> bool:
    from kg.io.fsio import is_kg_store

    return store is not None and is_kg_store(store)


def _input_options(args: argparse.Namespace) -> dict[str, Any]:
    """Corpus column names and --fetch, as keyword arguments of the build functions."""
    from kg.ingest.corpora import Columns

    columns = Columns(
        text=args.text_column,
        published=args.published_column,
        title=args.title_column,
        url=args.url_column,
        id=args.id_column,
    )
    return {"columns": columns, "fetch": args.fetch}


def _report_failures(failures: list[str]) -> None:
    """A rule that raised on an article is a bug of kg, not of the input: the article's
    other claims were kept, and the line says where, for a report."""
    for line in failures:
        shown = terminal_safe(line, one_line=True)
        print(f"kg: warning: {shown}; the article's other claims are kept", file=sys.stderr)


def _report_verb_dictionary(path: str | None, read: DictionaryReport | None) -> None:
    """What the user's verb dictionary at ``path`` added and left out, as the build read it
    (``Lexicon.verb_dictionary``), on stderr: a user sees how much of the file kg could use."""
    if not path or read is None:
        return
    why = ", ".join(f"{reason} {n}" for reason, n in sorted(read.left_out.items()))
    print(f"kg: {path}: {read.added} verb triggers added; left out: {why}", file=sys.stderr)


def _report_skipped(skipped: list[InputError]) -> int:
    for err in skipped:
        print(f"skipped {terminal_safe(str(err), one_line=True)}", file=sys.stderr)
    return 1 if skipped else 0


def cmd_add(args: argparse.Namespace) -> int:
    from kg.io.export import check_outputs
    from kg.io.fsio import check_store_target, store_lock
    from kg.sparql.incremental import UPDATE_FORMATS, add_articles, commit_update

    store = Path(args.store)
    check_outputs(Path(args.out), UPDATE_FORMATS, html=not args.no_html)
    check_store_target(store, args.force)
    with store_lock(store):
        report = add_articles(
            args.paths,
            store,
            published=args.published,
            model=args.model,
            gazetteer=args.gazetteer,
            verb_dictionary=args.verb_dictionary,
            **_input_options(args),
        )
        if report.added or report.replaced:
            commit_update(report, Path(args.out), store, html=not args.no_html)
    for path, new_id in report.renamed:
        shown = terminal_safe(path, one_line=True)
        print(f"{shown}: its name is taken by another file's article; added as {new_id}")
    print(
        f"articles: {len(report.added)} added, {len(report.replaced)} replaced, "
        f"{len(report.unchanged)} already held, {len(report.skipped)} skipped"
    )
    print(f"entities: {len(report.graph.entities)}  relations: {len(report.graph.claims)}")
    _report_verb_dictionary(args.verb_dictionary, report.verb_dictionary)
    _report_failures(report.failures)
    return _report_skipped(report.skipped)


def cmd_remove(args: argparse.Namespace) -> int:
    from kg.io.export import check_outputs
    from kg.io.fsio import store_lock
    from kg.sparql.incremental import UPDATE_FORMATS, commit_update, remove_articles

    store = Path(args.store)
    if not _is_store(store):
        raise KgError(f"{store}: no kg store here. Create one with `kg build ... --store {store}`.")
    check_outputs(Path(args.out), UPDATE_FORMATS, html=not args.no_html)
    with store_lock(store):
        report = remove_articles(store, args.articles, verb_dictionary=args.verb_dictionary)
        graph = report.graph
        commit_update(report, Path(args.out), store, html=not args.no_html)
    print(f"removed {len(args.articles)} article(s); relations left: {len(graph.claims)}")
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from kg.api import build_result
    from kg.io.export import relations_jsonl

    result = build_result(
        args.paths,
        published=args.published,
        model=args.model,
        lines=args.lines,
        strict=args.strict,
        gazetteer=args.gazetteer,
        verb_dictionary=args.verb_dictionary,
        **_input_options(args),
    )
    sys.stdout.write(json_safe(relations_jsonl(result.graph)))
    _report_verb_dictionary(args.verb_dictionary, result.verb_dictionary)
    _report_failures(result.failures)
    return _report_skipped(result.skipped)


def cmd_query(args: argparse.Namespace) -> int:
    from kg.sparql.bounded import run_bounded
    from kg.sparql.query import format_result, run_query

    result = run_bounded(
        run_query,
        args.query,
        graph=args.graph,
        store=args.store,
        bindings=args.bind,
        engine=args.engine,
        timeout=args.timeout,
    )
    text = format_result(result, args.format)
    sys.stdout.write(json_safe(text) if args.format == "json" else terminal_safe(text))
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from kg.sparql.validate import validate_file

    conforms, report = validate_file(Path(args.graph))
    print(terminal_safe(report))
    return 0 if conforms else 1


def cmd_serve(args: argparse.Namespace) -> int:
    from kg.io.offline import network_allowed
    from kg.sparql.serve import serve

    return serve(Path(args.store), args.bind, args.timeout, network_allowed(args.allow_network))


def cmd_view(args: argparse.Namespace) -> int:
    from kg.io.export import write_atomic
    from kg.io.html import render_html
    from kg.io.ownership import check_page_target

    check_page_target(Path(args.out))
    graph = _graph(args.graph)
    if args.entity:
        graph = graph.ego(args.entity, radius=args.depth)
    write_atomic(Path(args.out), render_html(graph, page_dir=Path(args.out).parent))
    shown = terminal_safe(args.out, one_line=True)
    print(f"wrote {shown} ({len(graph.entities)} entities, {len(graph.claims)} relations)")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from kg.report import profile

    print(terminal_safe(profile(_graph(args.graph), args.entity)))
    return 0


def cmd_path(args: argparse.Namespace) -> int:
    from kg.report import path_report

    print(terminal_safe(path_report(_graph(args.graph), args.source, args.target)))
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from kg.report import stats

    print(terminal_safe(stats(_graph(args.graph), args.top)))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from kg.eval.evaluate import run_eval

    report = run_eval(
        sets=args.set,
        benchmarks=args.benchmarks,
        limit=args.limit,
        model=args.model,
        gold=args.gold,
        details=args.details,
        verb_dictionary=args.verb_dictionary,
    )
    text = json.dumps(report, indent=1, sort_keys=True)
    if args.out:
        from kg.io.export import write_atomic

        write_atomic(Path(args.out), text + "\n")
    from kg.eval.evaluate import format_report

    print(format_report(report))
    return 0


_Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def parser() -> argparse.ArgumentParser:
    """The `kg` parser: global flags, then one sub-parser per command (`_COMMANDS`)."""
    p = argparse.ArgumentParser(prog="kg", description=__doc__)
    _global_flags(p, argparse.ArgumentParser.add_argument)
    sub = p.add_subparsers(dest="command", required=True)
    for add_command in _COMMANDS:
        add_command(sub)
    for command in sub.choices.values():  # accepted after the subcommand too
        _global_flags(command, argparse.ArgumentParser.add_argument, after=True)
    return p


def _input_arguments(sp: argparse.ArgumentParser) -> None:
    """The inputs shared by build, extract and add: paths, model, corpus columns."""
    sp.add_argument("paths", nargs="+", help="article files or folders")
    sp.add_argument("--published", help="published date YYYY-MM-DD (overrides .meta.json)")
    sp.add_argument(
        "--gazetteer",
        help="extra gazetteer JSONL, or a Phoenix actor dictionary (default: $KG_GAZETTEER)",
    )
    _verb_dictionary_argument(sp)
    sp.add_argument("--model", help="spaCy pipeline (default: $KG_SPACY_MODEL or the pinned one)")
    for field in ("text", "published", "title", "url", "id"):
        sp.add_argument(
            f"--{field}-column",
            default=field,
            metavar="NAME",
            help=f"JSON Lines/CSV column holding the {field} (default: {field})",
        )
    sp.add_argument(
        "--fetch",
        action="store_true",
        help="download feed or page URLs given as paths, and follow feed links",
    )
    mode = sp.add_mutually_exclusive_group()
    mode.add_argument("--strict", action="store_true", help="stop at the first bad file")
    mode.add_argument(
        "--keep-going",
        dest="strict",
        action="store_false",
        help="skip bad files and report them (default)",
    )


def _verb_dictionary_argument(sp: argparse.ArgumentParser) -> None:
    """``--verb-dictionary FILE``: a PETRARCH2 verb dictionary's verbs added to the lexicon."""
    sp.add_argument(
        "--verb-dictionary",
        metavar="FILE",
        help="PETRARCH2 verb dictionary (CAMEO.2.0.txt format) whose verbs kg does not know "
        "are added as triggers",
    )


def _engine_arguments(sp: argparse.ArgumentParser) -> None:
    """Where `kg build` parses: processes or a Dask cluster. Only build takes them, so
    `kg add --workers 2` is refused rather than run on one process unsaid."""
    sp.add_argument("--workers", type=int, default=1, help="parser processes (default 1)")
    sp.add_argument(
        "--engine",
        default="local",
        choices=["local", "dask"],
        help="parse locally or on a Dask cluster",
    )
    sp.add_argument(
        "--scheduler", help="Dask scheduler address, with --engine dask (default: a LocalCluster)"
    )


def _add_build(sub: _Subcommands) -> None:
    """`kg build`: the inputs, then where and in which formats to write."""
    b = sub.add_parser("build", help="build the graph and write every export")
    _input_arguments(b)
    _engine_arguments(b)
    b.add_argument("--out", default="output", help="output folder (default: output)")
    b.add_argument(
        "--format",
        action="append",
        default=[],
        choices=[*FORMATS, *TABLE_FORMATS],
        help="extra formats: RDF, GraphML, PLOVER event records, CSV nodes/edges",
    )
    b.add_argument("--store", help="also load an on-disk Oxigraph store into this folder")
    b.add_argument("--no-html", action="store_true", help="skip the HTML page")
    b.add_argument(
        "--force",
        action="store_true",
        help="write even when files were skipped; allow --store in a folder with other files",
    )
    b.set_defaults(func=cmd_build)


def _add_extract(sub: _Subcommands) -> None:
    """`kg extract`: the inputs, and --lines."""
    e = sub.add_parser("extract", help="print relations as JSON Lines, write nothing")
    _input_arguments(e)
    e.add_argument("--lines", action="store_true", help="each line is its own document")
    e.set_defaults(func=cmd_extract)


def _add_add(sub: _Subcommands) -> None:
    """`kg add`: the inputs, and the store and exports to update."""
    a = sub.add_parser("add", help="add articles to a store and its exports (incremental)")
    _input_arguments(a)
    a.add_argument("--store", required=True, help="the Oxigraph store to update")
    a.add_argument("--out", default="output", help="where the exports are rewritten")
    a.add_argument("--no-html", action="store_true")
    a.add_argument("--force", action="store_true", help="allow a --store folder with other files")
    a.set_defaults(func=cmd_add)


def _add_remove(sub: _Subcommands) -> None:
    """`kg remove`: article ids, and the store and exports to update."""
    rm = sub.add_parser("remove", help="remove articles' claims from a store and its exports")
    rm.add_argument("articles", nargs="+", metavar="ARTICLE_ID")
    rm.add_argument("--store", required=True)
    rm.add_argument("--out", default="output")
    rm.add_argument("--no-html", action="store_true")
    _verb_dictionary_argument(rm)
    rm.set_defaults(func=cmd_remove)


def _add_query(sub: _Subcommands) -> None:
    """`kg query`: the query, what it runs on, bindings, format, engine and timeout."""
    q = sub.add_parser("query", help="run SPARQL (a .rq file or query text)")
    q.add_argument("query")
    q.add_argument("--graph", default=DEFAULT_GRAPH)
    q.add_argument("--store", help="an Oxigraph store folder (from kg build --store)")
    q.add_argument("--bind", action="append", default=[], metavar="NAME=VALUE")
    q.add_argument("--format", default="table", choices=["table", "json", "csv"])
    q.add_argument("--engine", default="oxigraph", choices=["oxigraph", "rdflib"])
    q.add_argument(
        "--timeout", type=float, default=30, help="stop the query after N seconds (0: never)"
    )
    q.set_defaults(func=cmd_query)


def _add_validate(sub: _Subcommands) -> None:
    """`kg validate`: the export to check."""
    v = sub.add_parser("validate", help="validate an export against the SHACL shapes")
    v.add_argument("--graph", default=DEFAULT_GRAPH)
    v.set_defaults(func=cmd_validate)


def _add_serve(sub: _Subcommands) -> None:
    """`kg serve`: the store, the address and the query timeout."""
    s = sub.add_parser("serve", help="serve a store read-only over SPARQL 1.1 HTTP")
    s.add_argument("--store", default="output/store")
    s.add_argument("--bind", default="127.0.0.1:7878")
    s.add_argument("--timeout", type=int, default=30, help="query timeout in seconds")
    s.set_defaults(func=cmd_serve)


def _add_view(sub: _Subcommands) -> None:
    """`kg view`: the export, an optional entity and radius, the page to write."""
    w = sub.add_parser("view", help="write an HTML page for the graph or a neighbourhood")
    w.add_argument("--graph", default=DEFAULT_GRAPH)
    w.add_argument("--entity")
    w.add_argument("--depth", type=int, default=1)
    w.add_argument("--out", default="output/view.html")
    w.set_defaults(func=cmd_view)


def _add_show(sub: _Subcommands) -> None:
    """`kg show`: one entity of an export."""
    sh = sub.add_parser("show", help="profile of one entity")
    sh.add_argument("entity")
    sh.add_argument("--graph", default=DEFAULT_GRAPH)
    sh.set_defaults(func=cmd_show)


def _add_path(sub: _Subcommands) -> None:
    """`kg path`: two entities of an export."""
    pa = sub.add_parser("path", help="shortest chain of relations between two entities")
    pa.add_argument("source")
    pa.add_argument("target")
    pa.add_argument("--graph", default=DEFAULT_GRAPH)
    pa.set_defaults(func=cmd_path)


def _add_stats(sub: _Subcommands) -> None:
    """`kg stats`: an export and how many top actors to list."""
    st = sub.add_parser("stats", help="counts by type and predicate, top actors")
    st.add_argument("--graph", default=DEFAULT_GRAPH)
    st.add_argument("--top", type=int, default=10)
    st.set_defaults(func=cmd_stats)


def _add_eval(sub: _Subcommands) -> None:
    """`kg eval`: which gold sets, where they are, and where the figures go."""
    ev = sub.add_parser("eval", help="score extraction against gold data")
    ev.add_argument(
        "--set",
        action="append",
        default=[],
        help="own, conll04, crossre, plover or realnews; repeatable (default: every set "
        "whose data is found)",
    )
    ev.add_argument(
        "--benchmarks",
        help="benchmarks folder (default: $KG_BENCHMARKS, else ../shared/benchmarks from here "
        "or from the repository)",
    )
    ev.add_argument("--gold", help="own gold: a JSONL file or a folder (default: tests/gold)")
    ev.add_argument(
        "--details",
        action="store_true",
        help="misses and false positives (realnews, conll04, plover) in --out",
    )
    ev.add_argument("--limit", type=int, default=None, help="at most N items per set")
    _verb_dictionary_argument(ev)  # read by the realnews set, which builds as `kg build` does
    ev.add_argument("--model")
    ev.add_argument("--out", help="write the figures as JSON here")
    ev.set_defaults(func=cmd_eval)


# the order of `kg --help`
_COMMANDS: tuple[Callable[[_Subcommands], None], ...] = (
    _add_build,
    _add_extract,
    _add_add,
    _add_remove,
    _add_query,
    _add_validate,
    _add_serve,
    _add_view,
    _add_show,
    _add_path,
    _add_stats,
    _add_eval,
)


def _global_flags(p: argparse.ArgumentParser, add: Any, after: bool = False) -> None:
    extra: dict[str, Any] = {"default": argparse.SUPPRESS} if after else {}
    add(p, "--debug", action="store_true", help="show tracebacks", **extra)
    add(
        p,
        "--allow-network",
        action="store_true",
        help="allow remote JSON-LD contexts and SPARQL SERVICE (off: kg stays offline)",
        **extra,
    )


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if args.allow_network:
        from kg.io.offline import ENV

        os.environ[ENV] = "1"
    try:
        code: int = args.func(args)
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        # the reader went away (`kg show X | head`): stop quietly, without a second error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        if args.debug:
            raise
        return 141  # 128 + SIGPIPE, as a shell reports a pipe closed early
    except KeyboardInterrupt:
        if args.debug:
            raise
        print("kg: interrupted", file=sys.stderr)
        return 130
    except KgError as err:
        if args.debug:
            raise
        _error(str(err))
        from kg.sparql.bounded import InterruptedByUserError

        return 130 if isinstance(err, InterruptedByUserError) else 2
    except OSError as err:
        if args.debug:
            raise
        where = f"{err.filename}: " if err.filename else ""
        _error(f"{where}{err.strerror or err}. Check the path and its permissions.")
        return 2
    except Exception as err:  # the last line of defence: one line, never a traceback
        if args.debug:
            raise
        _error(f"unexpected {type(err).__name__}: {err}. Run again with --debug for details.")
        return 2


def _error(message: str) -> None:
    print(f"kg: error: {terminal_safe(message, one_line=True)}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
