"""The questionnaire side of ``advisor assess``: ask, keep drafts, write the report.

Imported only when a questionnaire runs (never when the parser is built).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from advisor.commands.assess import Options
from advisor.commands.common import counted, default_report_path, load_checked_pack, pack_language
from advisor.errors import EXIT_INTERRUPTED, EXIT_OK, UsageError
from advisor.i18n import says

if TYPE_CHECKING:
    from advisor.answers_file import DraftKeeper
    from advisor.console.panel import Screen
    from advisor.pack import Pack
    from advisor.prompts import Session
    from advisor.questionnaire import Flow
    from advisor.result import Result


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
        text, message = says("error.no_draft", folder=options.folder)
        raise UsageError(text, says=message)
    if len(drafts) > 1:
        names = ", ".join(str(path) for path in drafts)
        text, message = says("error.several_drafts", names=names, first=drafts[0])
        raise UsageError(text, says=message)
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
    from advisor.output import write_atomic, write_stdout
    from advisor.report import render_report

    pack = flow.pack
    given = flow.engine_answers()
    result: Result = evaluate(pack, given, team=flow.team)
    screen.result(result)
    text = render_report(result, lang=options.lang, fmt=options.fmt, date=options.date)
    default = default_report_path(flow.team, answers_file or "answers", options.fmt)
    if options.output == "-":
        write_stdout(text)
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
