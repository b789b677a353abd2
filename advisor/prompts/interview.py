"""The questionnaire at a terminal: ask what the flow names until the review is confirmed.

:class:`~advisor.questionnaire.Flow` decides what comes next; this loop draws
it (a :class:`Screen` prints the leader line and the help, the prompts ask) and
hands the answers back. Ctrl-C raises ``KeyboardInterrupt`` out of the loop,
with every answer given so far already in the flow (and passed to
``on_change``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from advisor.engine import evaluate
from advisor.model import Question
from advisor.prompts import Session, ask_select, ask_team
from advisor.prompts.specs import (
    BACK,
    DONE,
    SKIP,
    back_entry,
    question_spec,
    review_spec,
    skip_title,
)
from advisor.questionnaire import Flow, Progress, Step
from advisor.result import Result


class Screen(Protocol):
    """What the loop prints around the prompts (see :class:`advisor.console.panel.Screen`)."""

    def status(self, result: Result, progress: Progress) -> None:
        """Show the live leader line."""

    def question_help(self, question: Question) -> None:
        """Show a question's help above its prompt."""

    def keys(self) -> None:
        """Show how to answer (once)."""


def _nothing(flow: Flow) -> None:  # noqa: ARG001 - the default on_change
    return None


def interview(
    flow: Flow,
    session: Session,
    screen: Screen,
    *,
    lang: str = "en",
    on_change: Callable[[Flow], object] = _nothing,
) -> None:
    """Ask until the team confirms the review; the answers are then in ``flow``.

    Args:
        flow: the questionnaire's state (a fresh run, a resumed draft, a file to complete).
        session: where the prompts read and draw.
        screen: where the leader line and the help are printed.
        lang: the language of the pack's texts.
        on_change: called after every answer (to save the draft).

    Raises:
        KeyboardInterrupt: Ctrl-C at a prompt.
        EOFError: the input closed.
    """
    status = _Status(flow, screen)
    screen.keys()
    while not flow.done:
        step = flow.current()
        if step.kind == "team":
            status.forget()
            flow.answer(ask_team(session, default=flow.team, lang=lang))
            on_change(flow)
        elif step.kind == "question":
            _ask_question(flow, step, session, status, lang=lang, on_change=on_change)
        else:
            status.show(review=True)
            choice = ask_select(
                session, review_spec(flow.pack, flow.review(), lang=lang, width=session.width())
            )
            if choice == DONE:
                flow.finish()
            else:
                flow.edit(choice)


class _Status:
    """Prints the leader line, but not twice in a row.

    The review screen vanishes once answered, so the question chosen there
    would otherwise show the same leader line right below the previous one.
    """

    def __init__(self, flow: Flow, screen: Screen) -> None:
        self.flow = flow
        self.screen = screen
        self.before_review: tuple[object, ...] | None = None

    def show(self, *, review: bool = False) -> None:
        """Print the leader line (before a question or, with ``review``, the review)."""
        flow = self.flow
        key = (flow.team, tuple(flow.answers.items()))
        repeated = key == self.before_review
        self.before_review = key if review else None
        if repeated and not review:
            return
        result = evaluate(flow.pack, flow.engine_answers(), team=flow.team)
        self.screen.status(result, flow.progress())

    def forget(self) -> None:
        """Something else was drawn since the last leader line."""
        self.before_review = None


def _ask_question(
    flow: Flow,
    step: Step,
    session: Session,
    status: _Status,
    *,
    lang: str,
    on_change: Callable[[Flow], object],
) -> None:
    question = flow.pack.question(step.id)
    assert question is not None
    status.show()
    status.screen.question_help(question)
    spec = question_spec(
        question,
        lang=lang,
        number=step.number,
        total=step.total,
        selected=flow.preselected(step.id),
        back=back_entry(step.to_review, lang=lang) if step.can_back else None,
        skip=skip_title(flow.skip_target(), lang=lang),
        width=session.width(),
    )
    choice = ask_select(session, spec)
    if choice == BACK:
        flow.back()
    elif choice == SKIP:
        flow.skip()
    else:
        flow.answer(choice)
        on_change(flow)
