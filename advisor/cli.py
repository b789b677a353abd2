"""The command line: argparse, and the one place that maps errors to exit codes.

Heavy modules are imported inside the commands, so ``advisor --version`` and
``advisor --help`` never load pydantic, jinja2 or questionary.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from collections.abc import Sequence

from advisor import __version__
from advisor.errors import (
    EXIT_BAD_INPUT,
    EXIT_INTERRUPTED,
    EXIT_OK,
    AdvisorError,
    UsageError,
)
from advisor.text import LANGUAGES

FORMATS = ("md", "json")


def _date(value: str) -> str:
    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{value}' is not a date; write it as YYYY-MM-DD, for example 2026-01-31"
        ) from None


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--pack", metavar="PATH", help="a custom rule pack folder (default: the built-in pack)"
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, default="en", help="language of the report (default: en)"
    )
    parser.add_argument(
        "--format", choices=FORMATS, default="md", help="report format (default: md)"
    )
    parser.add_argument(
        "--date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="the report's date (default: today); the same inputs and date give the same bytes",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``advisor``."""
    parser = argparse.ArgumentParser(
        prog="advisor",
        description=(
            "Choose how an ML team's models reach production: deploy code, deploy model "
            "or hybrid. Answers a questionnaire or reads an answers file, scores the "
            "patterns with a rule pack and writes a decision report."
        ),
    )
    parser.add_argument("--version", action="version", version=f"advisor {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    assess = commands.add_parser(
        "assess",
        help="assess one team and write its report",
        description=(
            "Assess one team from an answers file (YAML or JSON) and write the report to "
            "reports/<team>.md (or .json), or to --output."
        ),
    )
    assess.add_argument("--answers", metavar="FILE", help="the team's answers file (YAML or JSON)")
    assess.add_argument(
        "--output",
        metavar="PATH",
        help="where to write the report; '-' for standard output "
        "(default: reports/<team-slug>.md or .json)",
    )
    _add_common(assess)
    assess.set_defaults(run=_run_assess)
    return parser


def _run_assess(args: argparse.Namespace) -> int:
    from advisor.assess import assess

    return assess(
        answers=args.answers,
        pack=args.pack,
        lang=args.lang,
        fmt=args.format,
        output=args.output,
        date=args.date or datetime.date.today().isoformat(),
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``advisor`` with ``argv`` (default: the process arguments); return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "run", None) is None:
        parser.print_help()
        return EXIT_OK
    try:
        code: int = args.run(args)
    except UsageError as error:
        parser.exit(error.exit_code, f"advisor: error: {error}\n")
    except AdvisorError as error:
        sys.stderr.write(f"advisor: error: {error}\n")
        return error.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("advisor: interrupted\n")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_BAD_INPUT
    return code
