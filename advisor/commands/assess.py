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
from collections.abc import Sequence
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
    add_lang(parser, "the language of the report and of the messages")
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


def add_lang(parser: argparse.ArgumentParser, what: str) -> None:
    """``--lang``: one of the languages advisor speaks; by default, the environment's."""
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help=f"{what} (default: from LC_ALL, LC_MESSAGES or LANG, pt_BR.UTF-8 giving "
        "pt-BR; else en)",
    )


def choose_language(lang: str | None) -> tuple[str, bool]:
    """The language asked for with ``--lang``, else the environment's; and whether it was asked.

    The environment is read here, in the command, never in library code.
    """
    if lang is not None:
        return lang, True
    import os

    from advisor.i18n import detect_language

    return detect_language(os.environ), False


def pack_language(loaded: Pack, lang: str, *, given: bool = True) -> str:
    """The language to speak with ``loaded``: ``lang`` when the pack declares it.

    A language that only came from the environment falls back to the pack's
    first language (a Brazilian user must not be blocked by an English-only
    pack); one given with ``--lang`` is a usage error.

    Raises:
        UsageError: ``--lang`` names a language the pack does not declare.
    """
    languages = loaded.manifest.languages
    if lang in languages:
        return lang
    if not given:
        return str(languages[0])
    raise UsageError(
        f"--lang {lang}: the pack '{loaded.id}' is available in {', '.join(languages)}"
    )


def count_text(count: int, lang: str) -> str:
    """A count with its thousands separated: ``1,234`` (``1.234`` in pt-BR)."""
    return f"{count:,}".replace(",", "." if lang == "pt-BR" else ",")


def counted(
    lang: str, key: str, count: int, *, suffix: str = "", counts: Sequence[str] = ()
) -> str:
    """``<key>_one`` or ``<key>_many`` (then ``suffix``) of the UI catalog, for ``count``.

    ``{count}`` is written in ``lang``; ``{counts}``, when the text has it, lists ``counts``.
    """
    from advisor.i18n import message

    plural = "one" if count == 1 else "many"
    fields = {"count": count_text(count, lang), "counts": ", ".join(counts)}
    return message(lang, f"{key}_{plural}{suffix}", **fields)


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
        if self.output is None or self.output == "-":
            return REPORTS
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


def load_checked_pack(pack: str | None, lang: str, *, given: bool = True) -> Pack:
    """Load the pack and check that it speaks ``lang`` (see :func:`pack_language`)."""
    from advisor.loader import load_pack

    loaded = load_pack(pack)
    pack_language(loaded, lang, given=given)
    return loaded


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
    from advisor.engine import evaluate
    from advisor.loader import read_profile
    from advisor.output import write_atomic

    loaded = load_checked_pack(pack, lang, given=lang_given)
    lang = pack_language(loaded, lang, given=lang_given)
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
    from advisor.i18n import message

    session = session if session is not None else prompts.Session.on(options.ui)
    team = None
    loaded: list[Pack] = []
    # The built-in pack speaks every language advisor speaks: it is loaded
    # while the team's name is typed. With any other pack (its languages decide
    # the prompts'), or a file to read, the pack is loaded and checked before
    # anything is asked.
    fresh = answers is None and resume is None
    if fresh and options.pack is None:
        try:
            team = prompts.ask_team(
                session, lang=options.lang, meanwhile=lambda: loaded.append(_preload(options))
            )
        except (KeyboardInterrupt, EOFError):
            options.ui.write(f"\n{message(options.lang, 'notice.nothing_saved')}\n")
            return EXIT_INTERRUPTED
    pack = loaded[0] if loaded else _preload(options)
    options = options._replace(lang=pack_language(pack, options.lang, given=options.lang_given))
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
        screen.note(
            message(
                options.lang,
                "notice.continuing",
                path=resumed,
                answers=counted(options.lang, "notice.answers", len(draft.answers)),
            )
        )
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
    pack = load_checked_pack(options.pack, options.lang, given=options.lang_given)
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


def _command(*words: str) -> str:
    import shlex

    return " ".join(shlex.quote(word) for word in words)


def _interrupted(flow: Flow, keeper: DraftKeeper, screen: Screen, options: Options) -> int:
    """Save the draft and say how to continue."""
    from advisor.answers_file import find_drafts
    from advisor.i18n import message

    lang = options.lang
    if flow.team is None and not flow.answers:
        screen.note(message(lang, "notice.nothing_saved"))
        return EXIT_INTERRUPTED
    path = keeper.save(flow.team, flow.answers)
    screen.note("")
    answers = counted(lang, "notice.answers", len(flow.answers))
    screen.note(message(lang, "notice.interrupted", answers=answers, path=path))
    words = ["advisor", "assess", "--resume"]
    if len(find_drafts(options.folder)) > 1:
        words.append(str(path))
    command = _command(*words, *options.flags())
    screen.note(message(lang, "notice.continue_with", command=command), style="bold")
    return EXIT_INTERRUPTED


def _finish(flow: Flow, screen: Screen, options: Options, *, answers_file: str | None) -> None:
    """Evaluate, show the panel, write the report and keep the answers next to it."""
    from advisor.answers_file import answers_text, kept_answers_path
    from advisor.engine import evaluate
    from advisor.i18n import message
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
    lang = options.lang
    header = (
        message(lang, "file.answers_header", pack=pack.id, version=pack.version),
        message(lang, "file.replay", command=replay),
    )
    write_atomic(kept, answers_text(pack, flow.team, given, lang=lang, header=header))
    if report is not None:
        screen.note(message(lang, "notice.report_written", path=report), style="bold")
    screen.note(message(lang, "notice.answers_kept", path=kept))
    screen.note(f"  {replay}")
