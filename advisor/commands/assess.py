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
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TextIO

from advisor.errors import EXIT_INTERRUPTED, EXIT_OK, UsageError
from advisor.slug import slugify
from advisor.text import DEFAULT_LANGUAGE, LANGUAGES

if TYPE_CHECKING:
    from advisor.answers_file import DraftKeeper
    from advisor.console.panel import Screen
    from advisor.pack import Pack
    from advisor.prompts import Session
    from advisor.questionnaire import Flow
    from advisor.result import Result

REPORTS = Path("reports")
FORMATS = ("md", "json")

NO_TERMINAL = (
    "no terminal to ask the questions on: pass the answers with --answers FILE (see README.md)"
)
NO_TERMINAL_INTERACTIVE = (
    "no terminal to ask the missing questions on: drop --interactive to assess "
    "--answers FILE as it is"
)
NO_TERMINAL_RESUME = (
    "no terminal to continue the questionnaire on: run advisor assess --resume in a "
    "terminal, or assess the draft as it is with --answers DRAFT"
)


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
            "Assess one team and write the report to reports/<team>.md (or .json), or to "
            "--output. At a terminal, without --answers, asks the questions (going back and "
            "a review screen included) and keeps the answers next to the report; with "
            "--answers FILE, asks nothing."
        ),
    )
    parser.add_argument("--answers", metavar="FILE", help="the team's answers file (YAML or JSON)")
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
        if self.output is None or self.output == "-":
            return REPORTS
        return Path(self.output).parent


def run(args: argparse.Namespace) -> int:
    """Carry out ``advisor assess`` from parsed arguments."""
    options = Options(
        pack=args.pack,
        lang=args.lang,
        fmt=args.format,
        output=args.output,
        date=args.date or datetime.date.today().isoformat(),
        date_given=args.date is not None,
    )
    if args.answers is not None and not args.interactive and args.resume is None:
        return assess(
            answers=args.answers,
            pack=options.pack,
            lang=options.lang,
            fmt=options.fmt,
            output=options.output,
            date=options.date,
        )
    if args.resume is not None and args.answers is not None:
        raise UsageError(
            "--resume continues an interrupted questionnaire; it cannot be combined with --answers"
        )
    if not (sys.stdin.isatty() and options.ui.isatty()):
        if args.resume is not None:
            raise UsageError(NO_TERMINAL_RESUME)
        raise UsageError(NO_TERMINAL_INTERACTIVE if args.answers is not None else NO_TERMINAL)
    return questionnaire(options, answers=args.answers, resume=args.resume)


def default_report_path(team: str | None, answers: str, fmt: str) -> Path:
    """``reports/<team-slug>.<fmt>``; the answers file's name stands in for a missing team."""
    stem = slugify(team) if team else slugify(Path(answers).stem)
    return REPORTS / f"{stem}.{fmt}"


def load_checked_pack(pack: str | None, lang: str) -> Pack:
    """Load the pack and check that it speaks ``lang``."""
    from advisor.loader import load_pack

    loaded = load_pack(pack)
    if lang not in loaded.manifest.languages:
        raise UsageError(
            f"--lang {lang}: the pack '{loaded.id}' is available in "
            f"{', '.join(loaded.manifest.languages)}"
        )
    return loaded


def assess(
    *,
    answers: str,
    pack: str | None,
    lang: str,
    fmt: str,
    output: str | None,
    date: str,
) -> int:
    """Assess one answers file and write its report; return the exit code."""
    from advisor.engine import evaluate
    from advisor.loader import read_profile
    from advisor.output import write_atomic

    loaded = load_checked_pack(pack, lang)
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


def questionnaire(
    options: Options,
    *,
    answers: str | None = None,
    resume: str | None = None,
    session: Session | None = None,
    screen: Screen | None = None,
) -> int:
    """Ask the questions, then write the report and keep the answers; return the exit code.

    Args:
        options: the report's options.
        answers: an answers file to complete (``--answers FILE --interactive``).
        resume: a draft to continue (``""``: the one in the reports folder).
        session: where prompts read and draw (the terminal when ``None``).
        screen: where the leader line, help and result are printed (the terminal when ``None``).
    """
    # questionary comes first: the team's name is asked while nothing else is
    # loaded, so the first question shows as early as possible.
    from advisor import prompts

    session = session if session is not None else prompts.Session.on(options.ui)
    team = None
    loaded: list[Pack] = []
    # The built-in pack always speaks English: it is loaded while the team's
    # name is typed. With any other pack or language, or a file to read, the
    # pack is loaded and checked before anything is asked.
    fresh = answers is None and resume is None
    if fresh and options.pack is None and options.lang == DEFAULT_LANGUAGE:
        try:
            team = prompts.ask_team(session, meanwhile=lambda: loaded.append(_preload(options)))
        except (KeyboardInterrupt, EOFError):
            options.ui.write("\nInterrupted before any answer: nothing to save.\n")
            return EXIT_INTERRUPTED
    pack = loaded[0] if loaded else load_checked_pack(options.pack, options.lang)
    from advisor.answers_file import DraftKeeper, read_draft
    from advisor.console import make_console
    from advisor.console.panel import Screen
    from advisor.loader import read_profile
    from advisor.prompts.interview import interview
    from advisor.questionnaire import Flow

    if screen is None:
        screen = Screen(make_console(options.ui), lang=options.lang)
    resumed = None
    if resume is not None:
        resumed = find_draft(resume, options)
        draft = read_draft(pack, resumed)
        flow = Flow(pack, team=draft.team, answers=draft.answers)
        screen.note(f"Continuing {resumed}: {_answers(len(draft.answers))} given so far.")
    elif answers is not None:
        profile = read_profile(pack, answers)
        flow = Flow(pack, team=profile.team, answers=profile.answers, only_missing=True)
    else:
        flow = Flow(pack, team=team)
    keeper = DraftKeeper(pack, options.folder, lang=options.lang, resumed=resumed)
    try:
        interview(
            flow,
            session,
            screen,
            lang=options.lang,
            on_change=lambda done: keeper.save(done.team, done.answers),
        )
    except (KeyboardInterrupt, EOFError):
        return _interrupted(flow, keeper, screen, options)
    _finish(flow, screen, options, answers_file=answers)
    keeper.discard()
    return EXIT_OK


def _preload(options: Options) -> Pack:
    """Load the pack and the modules the questions need (while the team's name is typed)."""
    pack = load_checked_pack(options.pack, options.lang)
    import advisor.console.panel
    import advisor.engine
    import advisor.prompts.interview  # noqa: F401

    return pack


def find_draft(resume: str, options: Options) -> Path:
    """The draft to continue: the path given, or the one draft in the reports folder."""
    from advisor.answers_file import find_drafts

    if resume:
        return Path(resume)
    drafts = find_drafts(options.folder)
    if not drafts:
        raise UsageError(
            f"--resume: no draft in {options.folder}/ (a draft is saved there when a "
            "questionnaire is interrupted); start one with advisor assess"
        )
    if len(drafts) > 1:
        names = ", ".join(str(path) for path in drafts)
        raise UsageError(f"--resume: several drafts ({names}); name one: --resume {drafts[0]}")
    return drafts[0]


def _answers(count: int) -> str:
    return f"{count} answer{'' if count == 1 else 's'}"


def _command(*words: str) -> str:
    import shlex

    return " ".join(shlex.quote(word) for word in words)


def _interrupted(flow: Flow, keeper: DraftKeeper, screen: Screen, options: Options) -> int:
    """Save the draft and say how to continue."""
    from advisor.answers_file import find_drafts

    if flow.team is None and not flow.answers:
        screen.note("Interrupted before any answer: nothing to save.")
        return EXIT_INTERRUPTED
    path = keeper.save(flow.team, flow.answers)
    screen.note("")
    screen.note(f"Interrupted. {_answers(len(flow.answers))} saved in {path}.")
    words = ["advisor", "assess", "--resume"]
    if len(find_drafts(options.folder)) > 1:
        words.append(str(path))
    screen.note(f"Continue with: {_command(*words, *options.flags())}", style="bold")
    return EXIT_INTERRUPTED


def _finish(flow: Flow, screen: Screen, options: Options, *, answers_file: str | None) -> None:
    """Evaluate, show the panel, write the report and keep the answers next to it."""
    from advisor.answers_file import answers_text, kept_answers_path
    from advisor.engine import evaluate
    from advisor.output import write_atomic
    from advisor.report import render_report

    pack = flow.pack
    given = flow.engine_answers()
    result: Result = evaluate(pack, given, team=flow.team)
    screen.result(result)
    text = render_report(result, lang=options.lang, fmt=options.fmt, date=options.date)
    default = default_report_path(flow.team, answers_file or "answers", options.fmt)
    if options.output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        report = None
    else:
        report = Path(options.output) if options.output else default
        write_atomic(report, text)
    kept = kept_answers_path(report or default)
    replay = _command(
        "advisor", "assess", "--answers", str(kept), *options.flags(output=False, date=True)
    )
    header = (
        f"The answers of an advisor assessment (pack {pack.id} {pack.version}).",
        f"Replay it: {replay}",
    )
    write_atomic(kept, answers_text(pack, flow.team, given, lang=options.lang, header=header))
    if report is not None:
        screen.note(f"Report written to {report}", style="bold")
    screen.note(f"Answers kept in {kept}; to replay the assessment:")
    screen.note(f"  {replay}")
