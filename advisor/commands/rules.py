"""``advisor rules``: tooling for rule-pack authors (check, test, schema, docs).

A rule pack is code: these commands lint and verify it, run its tests, give
editors its JSON Schemas and generate its documentation. ``PACK`` is a pack
folder; without it, the built-in default pack.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from advisor.commands.common import add_lang, choose_language, pack_language
from advisor.errors import EXIT_BAD_INPUT, EXIT_OK, UsageError

if TYPE_CHECKING:
    from pathlib import Path

SCHEMA_KINDS = (
    "pack",
    "questions",
    "patterns",
    "layouts",
    "rule",
    "rule-cases",
    "scenario",
    "answers",
)

_PACKS_HELP = "rule pack folders (default: the built-in pack)"


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Declare ``advisor rules`` and its actions."""
    parser = commands.add_parser(
        "rules",
        help="tooling for rule-pack authors: check, test, schema, docs",
        description=(
            "Tooling for rule-pack authors. 'check' lints a pack and verifies every "
            "combination of answers; 'test' runs the pack's own tests; 'schema' prints the "
            "JSON Schemas of the pack files and answer files; 'docs' generates the pack's "
            "Markdown documentation."
        ),
    )
    parser.set_defaults(run=lambda _args: _help(parser))
    actions = parser.add_subparsers(dest="action", metavar="ACTION")

    check = actions.add_parser(
        "check",
        help="report every problem of a pack and verify all combinations of answers",
        description=(
            "Report every problem of a pack, one per line as PATH:LINE: error|warning: "
            "MESSAGE, then verify every combination of answers to its decision questions "
            "(unknown included): rules that can never fire, questions never asked and "
            "patterns never recommended are errors; combinations with no viable pattern "
            "or decided by the tie policy are counted, with examples. Exit 1 on errors, "
            "0 with warnings only."
        ),
    )
    check.add_argument("packs", nargs="*", metavar="PACK", help=_PACKS_HELP)
    check.set_defaults(run=run_check)

    test = actions.add_parser(
        "test",
        help="run a pack's own tests: rule case files and scenarios",
        description=(
            "Run the pack's tests: tests/rules/<rule-id>.yaml (one case file per rule, "
            "with answers where the rule must fire and where it must stay silent) and "
            "tests/scenarios/*.yaml (a profile and the expected recommendation). A rule "
            "without a case file fails. Exit 1 when anything fails."
        ),
    )
    test.add_argument("packs", nargs="*", metavar="PACK", help=_PACKS_HELP)
    test.set_defaults(run=run_test)

    schema = actions.add_parser(
        "schema",
        help="print the JSON Schemas of pack files and answer files",
        description=(
            "Print the JSON Schemas of the pack files (pack, questions, patterns, layouts, "
            "rule, rule-cases, scenario) and of answer files for PACK (its question ids "
            "and options as enums), generated from the models. Without --kind, all of "
            "them as one JSON object keyed by file name."
        ),
    )
    schema.add_argument("pack", nargs="?", metavar="PACK", help="pack of the answers schema")
    schema.add_argument("--kind", choices=SCHEMA_KINDS, help="print or write only this schema")
    schema.add_argument(
        "--output", metavar="DIR", help="write <kind>.schema.json files into DIR instead"
    )
    schema.set_defaults(run=run_schema)

    docs = actions.add_parser(
        "docs",
        help="generate a pack's Markdown documentation",
        description=(
            "Generate the Markdown documentation of a pack: how it decides, the patterns "
            "with their trade-offs, the questions with their options and help, the rules "
            "with their conditions, effects and sources."
        ),
    )
    docs.add_argument("pack", nargs="?", metavar="PACK", help="the pack (default: built-in)")
    docs.add_argument(
        "--output", metavar="FILE", help="write to FILE instead of stdout ('-': stdout)"
    )
    docs.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 when --output FILE differs from what would be written",
    )
    add_lang(docs, "the language of the document")
    docs.set_defaults(run=run_docs)


def _help(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return EXIT_OK


def _packs(args: argparse.Namespace) -> list[str | None]:
    return list(args.packs) or [None]


def run_check(args: argparse.Namespace) -> int:
    """Carry out ``advisor rules check``."""
    from advisor.authoring.lint import check, render_check

    failed = False
    for pack in _packs(args):
        report = check(pack)
        sys.stdout.write(render_check(report))
        failed = failed or report.errors > 0
    return EXIT_BAD_INPUT if failed else EXIT_OK


def run_test(args: argparse.Namespace) -> int:
    """Carry out ``advisor rules test``."""
    from advisor.authoring.runner import render_tests, run_tests

    failed = False
    for pack in _packs(args):
        report = run_tests(pack)
        sys.stdout.write(render_tests(report))
        failed = failed or bool(report.failures)
    return EXIT_BAD_INPUT if failed else EXIT_OK


def _write(path: Path, text: str) -> None:
    from advisor.output import write_atomic

    write_atomic(path, text)


def run_schema(args: argparse.Namespace) -> int:
    """Carry out ``advisor rules schema``."""
    import json
    from pathlib import Path

    from advisor.authoring.schema import dump, file_name, schema_of
    from advisor.loader import load_pack
    from advisor.output import write_stdout

    if args.pack in SCHEMA_KINDS and not Path(args.pack).exists():
        raise UsageError(
            f"rules schema: '{args.pack}' is a kind of schema, not a pack: "
            f"advisor rules schema --kind {args.pack}"
        )
    pack = load_pack(args.pack)
    kinds = [args.kind] if args.kind else list(SCHEMA_KINDS)
    if args.output == "-":
        raise UsageError(
            "rules schema --output -: it writes one file per kind into a folder; "
            "leave --output out to print them"
        )
    if args.output is not None and Path(args.output).is_file():
        raise UsageError(f"rules schema --output {args.output}: is a file; give a folder")
    if args.output is not None:
        for kind in kinds:
            path = Path(args.output) / file_name(kind)
            _write(path, dump(schema_of(kind, pack)))
            sys.stdout.write(f"wrote {path}\n")
        return EXIT_OK
    if args.kind:
        write_stdout(dump(schema_of(args.kind, pack)))
    else:
        every = {file_name(kind): schema_of(kind, pack) for kind in kinds}
        write_stdout(json.dumps(every, indent=2, ensure_ascii=False) + "\n")
    return EXIT_OK


def run_docs(args: argparse.Namespace) -> int:
    """Carry out ``advisor rules docs``."""
    from pathlib import Path

    from advisor.authoring.docs import render_docs
    from advisor.loader import load_pack

    if args.check and args.output in (None, "-"):
        raise UsageError("rules docs --check needs --output FILE (the file to compare)")
    lang, given = choose_language(args.lang)
    pack = load_pack(args.pack)
    lang = pack_language(pack, lang, given=given)
    text = render_docs(pack, lang=lang)
    if args.output in (None, "-"):
        from advisor.output import write_stdout

        write_stdout(text)
        return EXIT_OK
    path = Path(args.output)
    if args.check:
        try:
            current = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            current = None
        if current != text:
            # The language always: without --lang, the shell's locale would choose it.
            pack_arg = f" {args.pack}" if args.pack else ""
            pack_arg += f" --lang {lang}"
            state = "out of date" if current is not None else "missing (or unreadable)"
            sys.stdout.write(
                f"{path}: {state}; refresh it with: advisor rules docs{pack_arg} --output {path}\n"
            )
            return EXIT_BAD_INPUT
        sys.stdout.write(f"{path}: up to date\n")
        return EXIT_OK
    _write(path, text)
    sys.stdout.write(f"wrote {path}\n")
    return EXIT_OK
