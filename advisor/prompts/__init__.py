"""Asking at a terminal, with questionary: the only module that imports it.

Prompts are asked with ``unsafe_ask``, so Ctrl-C raises ``KeyboardInterrupt``
(the caller saves a draft) instead of returning ``None``. Every prompt runs on
a :class:`Session`: the terminal by default, or any prompt_toolkit input and
output (tests feed keystrokes through a pipe).

What a prompt shows is built as data in :mod:`advisor.prompts.specs`; the flow
between prompts is :mod:`advisor.prompts.interview`.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TextIO

import questionary
from prompt_toolkit.application import Application
from prompt_toolkit.formatted_text import FormattedText
from prompt_toolkit.input import Input
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent, merge_key_bindings
from prompt_toolkit.keys import Keys
from prompt_toolkit.output import Output
from prompt_toolkit.styles import Style
from questionary.prompts.common import InquirerControl

from advisor.i18n import message
from advisor.prompts.specs import BACK, SEPARATOR, Entry, SelectSpec

__all__ = ["BACK", "Session", "ask_select", "ask_team"]

STYLE = Style(
    [
        ("qmark", "bold"),
        ("question", "bold"),
        ("answer", "fg:ansicyan bold"),
        ("pointer", "bold"),
        ("highlighted", "bold"),
        ("selected", "fg:ansicyan"),
        ("separator", "fg:ansibrightblack"),
        ("instruction", "fg:ansibrightblack italic"),
        ("nav", "fg:ansibrightblack italic"),
        ("text", ""),
    ]
)


@dataclass(frozen=True)
class Session:
    """Where prompts read keys and draw: the terminal unless given.

    Attributes:
        input: a prompt_toolkit input (``None``: the terminal's standard input).
        output: a prompt_toolkit output (``None``: standard output).
    """

    input: Input | None = None
    output: Output | None = None

    @classmethod
    def on(cls, stream: TextIO) -> Session:
        """A session drawing on ``stream`` (standard error when the report goes to stdout)."""
        if stream is sys.stdout:
            return cls()
        from prompt_toolkit.output import create_output

        return cls(output=create_output(stdout=stream))

    def kwargs(self) -> dict[str, Any]:
        """The keyword arguments that route a questionary prompt through this session."""
        found: dict[str, Any] = {}
        if self.input is not None:
            found["input"] = self.input
        if self.output is not None:
            found["output"] = self.output
        return found

    def width(self) -> int:
        """The width of the terminal (80 when unknown)."""
        if self.output is not None:
            try:
                return self.output.get_size().columns or 80
            except OSError:  # pragma: no cover - a closed terminal
                return 80
        import shutil

        return shutil.get_terminal_size((80, 24)).columns


def ask_team(
    session: Session,
    *,
    default: str | None = None,
    lang: str = "en",
    meanwhile: Callable[[], object] | None = None,
) -> str:
    """Ask the team's name (not empty); return it stripped.

    Args:
        session: where to ask.
        default: the name shown for editing (going back to it).
        lang: the language of the question.
        meanwhile: work to do once the prompt is on screen, while the name is
            typed (see :func:`after_first_render`).

    Raises:
        KeyboardInterrupt: Ctrl-C.
        EOFError: Ctrl-D, or the input closed.
    """
    required = message(lang, "prompt.team_required")
    question = questionary.text(
        message(lang, "prompt.team"),
        default=default or "",
        validate=lambda text: bool(text.strip()) or required,
        qmark="?",
        style=STYLE,
        **session.kwargs(),
    )
    _digits_after_escape(question.application)
    if meanwhile is not None:
        after_first_render(question.application, meanwhile)
    return str(question.unsafe_ask()).strip()


def _digits_after_escape(application: Application[Any]) -> None:
    """Type a digit pressed after Esc as a digit.

    prompt_toolkit's Emacs keys read Esc 9 as "repeat the next key 9 times"
    (and show ``(arg: 9)``): Esc 9 X typed ``XXXXXXXXX`` into the team's name.
    """
    extra = KeyBindings()

    def typed(event: KeyPressEvent) -> None:
        event.current_buffer.insert_text(event.key_sequence[-1].data)

    for digit in "0123456789":
        extra.add("escape", digit)(typed)
    _add_bindings(application, extra)


def _add_bindings(application: Application[Any], extra: KeyBindings) -> None:
    """Give ``application`` the keys of ``extra``, over its own ones."""
    application.key_bindings = merge_key_bindings(
        [application.key_bindings or KeyBindings(), extra]
    )


def after_first_render(application: Application[Any], work: Callable[[], object]) -> None:
    """Run ``work`` once, right after the prompt is first drawn, in the prompt's own loop.

    No thread: the work runs on the event loop between two key presses, so
    keys typed meanwhile wait in the terminal's buffer and are handled right
    after it, in order. ``advisor assess`` loads the pack this way while the
    team's name is typed. Errors are left for the caller to meet again (it
    redoes the work when it finds it not done): an exception escaping into
    prompt_toolkit's loop would stop the prompt.
    """
    started = False

    def run_safely() -> None:
        with contextlib.suppress(Exception):  # redone, and then reported, by the caller
            work()

    def on_render(_: Application[Any]) -> None:
        nonlocal started
        if not started:
            started = True
            asyncio.get_running_loop().call_soon(run_safely)

    application.after_render += on_render


def _choice(entry: Entry, shortcuts: bool) -> questionary.Choice | questionary.Separator:
    if entry is SEPARATOR:
        return questionary.Separator("────────────")
    if entry.nav:
        prefix = f"{entry.shortcut}) " if shortcuts and entry.shortcut else ""
        title: Any = FormattedText([("class:text", prefix), ("class:nav", entry.title)])
    else:
        title = entry.title
    return questionary.Choice(
        title,
        value=entry.value,
        shortcut_key=entry.shortcut if shortcuts and entry.shortcut else False,
        description=entry.description,
    )


def ask_select(session: Session, spec: SelectSpec) -> str:
    """Ask a select prompt; return the chosen entry's value (:data:`BACK` on the left arrow).

    Raises:
        KeyboardInterrupt: Ctrl-C.
        EOFError: the input closed.
    """
    question = questionary.select(
        spec.message,
        choices=[_choice(entry, spec.shortcuts) for entry in spec.entries],
        default=spec.default,
        instruction=spec.instruction or " ",  # questionary shows its own hint for ""
        use_shortcuts=spec.shortcuts,
        qmark="?",
        pointer="»",
        style=STYLE,
        erase_when_done=spec.erase,
        **session.kwargs(),
    )
    if spec.back:
        _bind_left_to_back(question)
    return str(question.unsafe_ask())


def _bind_left_to_back(question: questionary.Question) -> None:
    """Make the left arrow key choose the "← Back" entry at once."""
    application = question.application
    control = next(
        window.content
        for window in application.layout.find_all_windows()
        if isinstance(window.content, InquirerControl)
    )
    back = next(i for i, choice in enumerate(control.choices) if choice.value == BACK)
    extra = KeyBindings()

    @extra.add(Keys.Left, eager=True)
    def _back(event: KeyPressEvent) -> None:
        control.pointed_at = back
        control.is_answered = True
        event.app.exit(result=BACK)

    _add_bindings(application, extra)
