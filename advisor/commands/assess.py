"""``advisor assess``: one team, one report, from an answers file or the questionnaire.

* ``advisor assess --answers FILE``: no questions asked.
* ``advisor assess`` at a terminal: the questionnaire (:mod:`advisor.prompts`),
  then the report, and the answers kept next to it.
* ``advisor assess --answers FILE --interactive``: asks what the file leaves
  missing or unknown.
* ``advisor assess --resume [DRAFT]``: continues an interrupted questionnaire.

Without a terminal, only ``--answers`` works: anything else exits 2 at once
(CI has no standard input; a prompt must never wait there).
"""

from __future__ import annotations

import argparse
import datetime
import sys
from typing import TYPE_CHECKING, NamedTuple, TextIO

from advisor.commands.common import (
    FORMATS,
    REPORTS,
    add_common,
    choose_language,
    default_report_path,
    load_checked_pack,
    not_blank,
    pack_language,
)
from advisor.errors import EXIT_OK, UsageError
from advisor.text import DEFAULT_LANGUAGE

if TYPE_CHECKING:
    from pathlib import Path

    from advisor.result import Result


# An argparse type: where to write the report, not blank (``--output ""``).
report_path = not_blank("give the file to write the report into, or '-' for standard output")


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Declare ``advisor assess``."""
    parser = commands.add_parser(
        "assess",
        help="assess one team and write its report",
        description=(
            "Assess one team and write the report to reports/<team>.md (or .json), or to "
            "--output. At a terminal, without --answers, asks the questions (going back and "
            "a review screen included) and keeps the answers next to the report; with "
            "--answers FILE, asks nothing."
        ),
    )
    parser.add_argument(
        "--answers",
        metavar="FILE",
        help="the team's answers file (YAML or JSON; - reads standard input)",
    )
    parser.add_argument(
        "--interactive",
        action="store_true",
        help="with --answers: ask the questions the file leaves missing or unknown, then review",
    )
    parser.add_argument(
        "--resume",
        nargs="?",
        const="",
        metavar="DRAFT",
        help="continue an interrupted questionnaire from its draft "
        "(default: the draft in the reports folder)",
    )
    parser.add_argument(
        "--output",
        metavar="PATH",
        type=report_path,
        help="where to write the report; '-' for standard output "
        "(default: reports/<team-slug>.md or .json)",
    )
    add_common(parser)
    parser.set_defaults(run=run)


class Options(NamedTuple):
    """What decides the report, whichever way the answers come.

    (A named tuple, not a dataclass: this module is imported by ``advisor --version``.)
    """

    pack: str | None
    lang: str
    fmt: str
    output: str | None
    date: str
    date_given: bool = True
    lang_given: bool = True

    def flags(self, *, output: bool = True, date: bool = False) -> list[str]:
        """The options as command-line flags (defaults left out), to print a command."""
        flags = []
        if output and self.output is not None:
            flags += ["--output", self.output]
        if self.pack is not None:
            flags += ["--pack", self.pack]
        if self.lang != DEFAULT_LANGUAGE:
            flags += ["--lang", self.lang]
        if self.fmt != FORMATS[0]:
            flags += ["--format", self.fmt]
        if date or self.date_given:
            flags += ["--date", self.date]
        return flags

    @property
    def ui(self) -> TextIO:
        """Where the questionnaire draws: standard error when the report goes to stdout."""
        return sys.stderr if self.output == "-" else sys.stdout

    @property
    def folder(self) -> Path:
        """The reports folder: where drafts are saved."""
        from pathlib import Path

        if self.output is None or self.output == "-":
            return Path(REPORTS)
        return Path(self.output).parent


def run(args: argparse.Namespace) -> int:
    """Carry out ``advisor assess`` from parsed arguments."""
    lang, lang_given = choose_language(args.lang)
    options = Options(
        pack=args.pack,
        lang=lang,
        fmt=args.format,
        output=args.output,
        date=args.date or datetime.date.today().isoformat(),
        date_given=args.date is not None,
        lang_given=lang_given,
    )
    if args.answers is not None and not args.interactive and args.resume is None:
        return assess(
            answers=args.answers,
            pack=options.pack,
            lang=options.lang,
            fmt=options.fmt,
            output=options.output,
            date=options.date,
            lang_given=options.lang_given,
        )
    from advisor.i18n import says

    if args.resume is not None and args.answers is not None:
        text, message = says("error.resume_with_answers")
        raise UsageError(text, says=message)
    if not (sys.stdin.isatty() and options.ui.isatty()):
        if args.resume is not None:
            name = "error.no_terminal.resume"
        elif args.answers is not None:
            name = "error.no_terminal.interactive"
        else:
            name = "error.no_terminal"
        text, message = says(name)
        raise UsageError(text, says=message)
    from advisor.commands.interactive import questionnaire

    return questionnaire(options, answers=args.answers, resume=args.resume)


def assess(
    *,
    answers: str,
    pack: str | None,
    lang: str,
    fmt: str,
    output: str | None,
    date: str,
    lang_given: bool = True,
) -> int:
    """Assess one answers file and write its report; return the exit code."""
    from pathlib import Path

    from advisor.engine import evaluate
    from advisor.loader import read_profile
    from advisor.output import write_atomic, write_stdout

    loaded = load_checked_pack(pack, lang, given=lang_given)
    lang = pack_language(loaded, lang, given=lang_given)
    profile = read_profile(loaded, answers)
    result = evaluate(loaded, profile.answers, team=profile.team)
    _say_not_applicable(result, profile.source, lang)
    from advisor.report import render_report

    text = render_report(result, lang=lang, fmt=fmt, date=date)
    if output == "-":
        write_stdout(text)
        return EXIT_OK
    path = Path(output) if output else default_report_path(profile.team, answers, fmt)
    write_atomic(path, text)
    from advisor.console import make_console, summary

    summary(make_console(), result, str(path), lang=lang)
    return EXIT_OK


def _say_not_applicable(result: Result, source: str, lang: str) -> None:
    """A note for each answer to a question that does not apply: it is not used."""
    from advisor.conditions import UNKNOWN, describe
    from advisor.i18n import message

    for qid in result.not_applicable:
        question = result.pack.question(qid)
        if result.given.get(qid, UNKNOWN) != UNKNOWN and question is not None:
            condition = describe(question.when) if question.when is not None else ""
            text = message(
                lang, "notice.not_applicable", source=source, question=qid, condition=condition
            )
            sys.stderr.write(text + "\n")
