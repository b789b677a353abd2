"""The command line: argparse, and the one place that maps errors to exit codes.

Each subcommand lives in :mod:`advisor.commands` (``add_parser`` + ``run``);
heavy modules are imported inside ``run``, so ``advisor --version`` and
``advisor --help`` never load pydantic, jinja2 or questionary.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from advisor import __version__
from advisor.commands import assess, batch, rules
from advisor.errors import EXIT_BAD_INPUT, EXIT_INTERRUPTED, EXIT_OK, AdvisorError, UsageError

COMMANDS = (assess, batch, rules)


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    """The argument parser of ``advisor``, its help in ``lang``.

    For help in another language than English, build it inside
    :func:`advisor.i18n.cli.speaking`: argparse's own words are read then.
    """
    from advisor.i18n.cli import translate_parser

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
    for command in COMMANDS:
        command.add_parser(commands)
    translate_parser(parser, lang)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``advisor`` with ``argv`` (default: the process arguments); return the exit code."""
    from advisor.i18n.cli import speaking

    _tolerant_streams()
    words = sys.argv[1:] if argv is None else list(argv)
    lang = _language(words)
    with speaking(lang):
        return _main(build_parser(lang), words)


def _language(words: Sequence[str]) -> str:
    """The language of the command line's own texts: ``--lang``'s, else the environment's."""
    import os

    from advisor.commands.common import language_tag
    from advisor.i18n import detect_language
    from advisor.text import LANGUAGES

    for index, word in enumerate(words):
        if word == "--":
            break
        if word == "--lang" and index + 1 < len(words):
            value = words[index + 1]
        elif word.startswith("--lang="):
            value = word.partition("=")[2]
        else:
            continue
        tag = language_tag(value)
        if tag in LANGUAGES:
            return tag
    return detect_language(os.environ)


def _main(parser: argparse.ArgumentParser, argv: Sequence[str]) -> int:
    args = parser.parse_args(argv)
    if getattr(args, "run", None) is None:
        parser.print_help()
        return EXIT_OK
    try:
        code: int = args.run(args)
    except UsageError as error:
        parser.exit(error.exit_code, _error_line(error, args))
    except AdvisorError as error:
        sys.stderr.write(_error_line(error, args))
        return error.exit_code
    except KeyboardInterrupt:
        sys.stderr.write("advisor: interrupted\n")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_BAD_INPUT
    return code


def _tolerant_streams() -> None:
    """Messages to a console that cannot encode every character (``PYTHONIOENCODING=ascii``,
    a Windows code page) show a stand-in for it rather than stopping with a traceback.
    Documents (reports) go out as UTF-8 bytes (:func:`advisor.output.write_stdout`)."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")


def entry() -> NoReturn:
    """The ``advisor`` program: :func:`main`, then exit with its code.

    The process ends without the interpreter's teardown, which would free
    every object still alive one by one (a batch of 10,000 teams holds
    hundreds of thousands: about 40 ms) for memory the system takes back
    anyway. What the teardown does that matters is done first: the exit
    handlers run (:mod:`multiprocessing` stops what it started) and the
    output streams are flushed. Every file is whole and closed by then.
    """
    code = main()
    import atexit
    import os

    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):  # the reader has gone (a closed pipe)
        code = code or EXIT_BAD_INPUT
    os._exit(code)


def _error_line(error: AdvisorError, args: argparse.Namespace) -> str:
    """``advisor: error: ...`` in the user's language (``--lang``, else the environment's)."""
    if error.says is None:
        return f"advisor: error: {error}\n"
    import os

    from advisor.errors import AnswersError, located
    from advisor.i18n import detect_language, message

    lang = getattr(args, "lang", None) or detect_language(os.environ)
    text = message(lang, error.says.key, **error.says.fields)
    if isinstance(error, AnswersError):
        text = located(text, error.source, error.line)
    return f"{message(lang, 'error.prefix')}{text}\n"
