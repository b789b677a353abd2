"""``advisor assess``: one team, one report."""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

from advisor.errors import EXIT_OK, UsageError
from advisor.slug import slugify
from advisor.text import LANGUAGES

REPORTS = Path("reports")
FORMATS = ("md", "json")


def iso_date(value: str) -> str:
    """An argparse type: a ``YYYY-MM-DD`` date."""
    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{value}' is not a date; write it as YYYY-MM-DD, for example 2026-01-31"
        ) from None


def add_common(parser: argparse.ArgumentParser, *, formats: tuple[str, ...] = FORMATS) -> None:
    """The options every report-writing command shares."""
    parser.add_argument(
        "--pack", metavar="PATH", help="a custom rule pack folder (default: the built-in pack)"
    )
    parser.add_argument(
        "--lang", choices=LANGUAGES, default="en", help="language of the report (default: en)"
    )
    parser.add_argument(
        "--format",
        choices=formats,
        default=formats[0],
        help=f"report format (default: {formats[0]})",
    )
    parser.add_argument(
        "--date",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="the report's date (default: today); the same inputs and date give the same bytes",
    )


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Declare ``advisor assess``."""
    parser = commands.add_parser(
        "assess",
        help="assess one team and write its report",
        description=(
            "Assess one team from an answers file (YAML or JSON) and write the report to "
            "reports/<team>.md (or .json), or to --output."
        ),
    )
    parser.add_argument("--answers", metavar="FILE", help="the team's answers file (YAML or JSON)")
    parser.add_argument(
        "--output",
        metavar="PATH",
        help="where to write the report; '-' for standard output "
        "(default: reports/<team-slug>.md or .json)",
    )
    add_common(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Carry out ``advisor assess`` from parsed arguments."""
    return assess(
        answers=args.answers,
        pack=args.pack,
        lang=args.lang,
        fmt=args.format,
        output=args.output,
        date=args.date or datetime.date.today().isoformat(),
    )


def default_report_path(team: str | None, answers: str, fmt: str) -> Path:
    """``reports/<team-slug>.<fmt>``; the answers file's name stands in for a missing team."""
    stem = slugify(team) if team else slugify(Path(answers).stem)
    return REPORTS / f"{stem}.{fmt}"


def assess(
    *,
    answers: str | None,
    pack: str | None,
    lang: str,
    fmt: str,
    output: str | None,
    date: str,
) -> int:
    """Assess one answers file and write its report; return the exit code."""
    from advisor.engine import evaluate
    from advisor.loader import load_pack, read_profile
    from advisor.output import write_atomic

    loaded = load_pack(pack)
    if lang not in loaded.manifest.languages:
        raise UsageError(
            f"--lang {lang}: the pack '{loaded.id}' is available in "
            f"{', '.join(loaded.manifest.languages)}"
        )
    if answers is None:
        raise UsageError(
            "advisor assess needs --answers FILE: the interactive questionnaire is not "
            "available yet (write the answers in a YAML file, see README.md)"
        )
    profile = read_profile(loaded, answers)
    result = evaluate(loaded, profile.answers, team=profile.team)
    from advisor.report import render_report

    text = render_report(result, lang=lang, fmt=fmt, date=date)
    if output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return EXIT_OK
    path = Path(output) if output else default_report_path(profile.team, answers, fmt)
    write_atomic(path, text)
    from advisor.console import make_console, summary

    summary(make_console(), result, str(path), lang=lang)
    return EXIT_OK
