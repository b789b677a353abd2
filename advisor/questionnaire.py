"""The questionnaire's flow: which step comes next, going back, the review, edits.

Pure: no prompts, no printing, no IO. :mod:`advisor.prompts` asks what
:meth:`Flow.current` names and reports the answer back; this module decides
everything else, so the whole flow is tested without a terminal.

The steps are the team's name, then the pack's questions in order. A question
whose ``when`` is false (given the answers so far) is skipped. A run has three
phases:

1. **the walk**: the steps one after the other; :meth:`Flow.back` returns to
   the previous step, whose answer is kept and pre-selected;
2. **the review**: every step with its answer; choosing one re-asks it;
3. **an edit** (from the review): the chosen step, then the questions the new
   answer switches on (their ``when`` became true), then the review again.
   Answers of questions that no longer apply are dropped.

An answer is *settled* once given, ``unknown`` ("I don't know") included; a
question that was never asked has no answer at all. Missing and ``unknown``
answers both count as unknown for the engine.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, NamedTuple

from advisor.conditions import UNKNOWN

if TYPE_CHECKING:
    from advisor.pack import Pack

TEAM = "team"
"""The id of the team-name step (question ids are ``snake_case`` and never ``team``)."""

StepKind = Literal["team", "question", "review", "done"]
Mode = Literal["walk", "edit", "review", "done"]


class Progress(NamedTuple):
    """How far the questionnaire is, over the questions that apply now.

    Attributes:
        answered: questions with a known answer (as the report counts them).
        unknown: questions answered "I don't know".
        total: the questions that apply.
    """

    answered: int
    unknown: int
    total: int


@dataclass(frozen=True, slots=True)
class Step:
    """What to ask now.

    Attributes:
        kind: ``team`` (the team's name), ``question``, ``review`` or ``done``.
        id: the step's id: :data:`TEAM` or a question id (empty for review and done).
        can_back: whether going back is possible from here.
        to_review: going back returns to the review screen (an edit being cancelled).
        number: the question's position among the questions that apply (1-based; 0 otherwise).
        total: how many questions apply now.
    """

    kind: StepKind
    id: str = ""
    can_back: bool = False
    to_review: bool = False
    number: int = 0
    total: int = 0


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """One line of the review screen: a step and its current answer.

    Attributes:
        id: :data:`TEAM` or a question id.
        answer: the team's name, an option id, ``unknown``, or ``None`` when not answered.
    """

    id: str
    answer: str | None


class Flow:
    """The state of one questionnaire run over a pack.

    Args:
        pack: the rule pack whose questions are asked.
        team: the team's name, when already known.
        answers: answers already settled (question id -> option id or ``unknown``):
            from a draft being resumed or from an answers file.
        only_missing: ask only the team (when missing) and the questions without
            a settled answer, then review (``assess --answers FILE --interactive``);
            otherwise walk every step, starting at the first one without an answer
            (a fresh run or ``--resume``).
    """

    def __init__(
        self,
        pack: Pack,
        *,
        team: str | None = None,
        answers: Mapping[str, str] | None = None,
        only_missing: bool = False,
    ) -> None:
        self.pack = pack
        self.team = team
        self.answers: dict[str, str] = dict(answers or {})
        self._ids = tuple(question.id for question in pack.questions)
        self._ask_team = team is None or not only_missing
        self._chain: list[str] = []
        self._applies = self._applicability()
        self.prune()
        # The walk visits the steps listed here (a step joins once answered),
        # plus any question without an answer. A run that continues a draft
        # can go back to the questions before the first without an answer;
        # those after it that have one (an answers file completed with
        # --interactive, then interrupted) are not asked again.
        self._walk: set[str] = set()
        if not only_missing:
            pending = self.unanswered()
            resume = self._ids.index(pending[0]) if pending else len(self._ids)
            self._walk.update(self._ids[:resume])
        self._mode: Mode = "walk"
        self._cursor = -1
        first = self._first_unanswered()
        if first is None:
            self._follow_up()
        else:
            self._cursor = first

    # -- what applies ---------------------------------------------------------

    def _applicability(self) -> list[bool]:
        compiled = self.pack.compiled
        return compiled.applicable(compiled.mask(compiled.encode(self.answers)))

    def applies(self, question_id: str) -> bool:
        """Whether the question is asked, given the answers so far."""
        return self._applies[self.pack.compiled.positions[question_id]]

    def prune(self) -> list[str]:
        """Drop the answers of questions that no longer apply; return their ids."""
        dropped: list[str] = []
        while True:
            gone = [qid for qid in self.answers if not self.applies(qid)]
            if not gone:
                return dropped
            for qid in gone:
                del self.answers[qid]
            dropped.extend(gone)
            self._applies = self._applicability()

    def applicable(self) -> list[str]:
        """The ids of the questions that apply now, in pack order."""
        return [qid for qid, ok in zip(self._ids, self._applies, strict=True) if ok]

    def unanswered(self) -> list[str]:
        """Questions that apply and have no answer yet, in pack order."""
        return [qid for qid in self.applicable() if qid not in self.answers]

    def progress(self) -> Progress:
        """How many of the questions that apply have a known answer, an "I don't know"."""
        applicable = self.applicable()
        given = [self.answers[qid] for qid in applicable if qid in self.answers]
        unknown = given.count(UNKNOWN)
        return Progress(len(given) - unknown, unknown, len(applicable))

    def engine_answers(self) -> dict[str, str]:
        """The settled answers of the questions that apply, in pack order (for the engine)."""
        return {qid: self.answers[qid] for qid in self.applicable() if qid in self.answers}

    def preselected(self, question_id: str) -> str | None:
        """The option to point at when asking: the current answer, else the pack's default."""
        current = self.answers.get(question_id)
        if current is not None:
            return current
        question = self.pack.question(question_id)
        return None if question is None else question.default

    # -- the walk -------------------------------------------------------------

    def _steps(self) -> tuple[str, ...]:
        return (TEAM, *self._ids)

    def _visits(self, step: str) -> bool:
        if step == TEAM:
            return self._ask_team
        return self.applies(step) and (step in self._walk or step not in self.answers)

    def _first_unanswered(self) -> int | None:
        steps = self._steps()
        for index, step in enumerate(steps):
            if not self._visits(step):
                continue
            if (self.team is None) if step == TEAM else step not in self.answers:
                return index
        return None

    def _next_in_walk(self, after: int) -> int | None:
        steps = self._steps()
        for index in range(after + 1, len(steps)):
            if self._visits(steps[index]):
                return index
        return None

    def _previous_in_walk(self, before: int) -> int | None:
        steps = self._steps()
        for index in range(before - 1, -1, -1):
            if self._visits(steps[index]):
                return index
        return None

    def _follow_up(self) -> None:
        """Ask the questions that apply and have no answer (if any), then review."""
        pending = self.unanswered()
        if pending:
            self._mode = "edit"
            self._chain.append(pending[0])
        else:
            self._mode = "review"
            self._chain.clear()

    # -- the current step -----------------------------------------------------

    def current(self) -> Step:
        """The step to ask now."""
        if self._mode == "done":
            return Step("done")
        if self._mode == "review":
            return Step("review")
        if self._mode == "edit":
            step_id = self._chain[-1]
            return self._step(step_id, can_back=True, to_review=len(self._chain) == 1)
        step_id = self._steps()[self._cursor]
        return self._step(step_id, can_back=self._previous_in_walk(self._cursor) is not None)

    def _step(self, step_id: str, *, can_back: bool, to_review: bool = False) -> Step:
        applicable = self.applicable()
        if step_id == TEAM:
            return Step("team", TEAM, can_back, to_review, 0, len(applicable))
        number = applicable.index(step_id) + 1 if step_id in applicable else 0
        return Step("question", step_id, can_back, to_review, number, len(applicable))

    # -- moving ---------------------------------------------------------------

    def answer(self, value: str) -> None:
        """Settle the current step: the team's name, an option id or ``unknown``.

        Raises:
            ValueError: not a valid answer to the current question, or nothing is asked now.
        """
        step = self.current()
        if step.kind == "team":
            name = value.strip()
            if not name:
                raise ValueError("the team's name cannot be empty")
            self.team = name
        elif step.kind == "question":
            question = self.pack.question(step.id)
            assert question is not None
            if value != UNKNOWN and value not in {option.id for option in question.options}:
                raise ValueError(f"'{value}' is not an answer to '{step.id}'")
            self.answers[step.id] = value
            self._applies = self._applicability()
            self.prune()
        else:
            raise ValueError(f"no question is asked on the {step.kind} step")
        self._advance(step.id)

    def _advance(self, step_id: str) -> None:
        if self._mode == "edit":
            pending = self.unanswered()
            if pending:
                self._chain.append(pending[0])
            else:
                self._mode = "review"
                self._chain.clear()
            return
        self._walk.add(step_id)
        following = self._next_in_walk(self._cursor)
        if following is None:
            self._follow_up()
        else:
            self._cursor = following

    def back(self) -> None:
        """Return to the previous step (or to the review, from an edit).

        Raises:
            ValueError: there is no previous step.
        """
        step = self.current()
        if not step.can_back:
            raise ValueError("there is no previous step")
        if self._mode == "edit":
            self._chain.pop()
            if not self._chain:
                self._mode = "review"
            return
        previous = self._previous_in_walk(self._cursor)
        assert previous is not None
        self._cursor = previous

    def skip_target(self) -> Step | None:
        """Where :meth:`skip` would jump, or ``None`` when it is not offered.

        Offered on a question answered before (the team came back to it): the
        first step without an answer, or the review when there is none. It
        saves confirming every answer again after going back several steps.
        """
        if self._mode != "walk":
            return None
        step_id = self._steps()[self._cursor]
        if step_id == TEAM or step_id not in self.answers:
            return None
        target = self._first_unanswered()
        if target is None:
            return Step("review")
        return self._step(self._steps()[target], can_back=True)

    def skip(self) -> None:
        """Jump from a question answered before to the first step without an answer.

        Raises:
            ValueError: the current step has no answer yet.
        """
        if self.skip_target() is None:
            raise ValueError("only a question answered before can be skipped")
        target = self._first_unanswered()
        if target is None:
            self._follow_up()
        else:
            self._cursor = target

    def review(self) -> list[ReviewItem]:
        """The review screen's lines: the team, then every question that applies."""
        items = [ReviewItem(TEAM, self.team)]
        items.extend(ReviewItem(qid, self.answers.get(qid)) for qid in self.applicable())
        return items

    def edit(self, step_id: str) -> None:
        """From the review: ask ``step_id`` again (then what its new answer switches on).

        Raises:
            ValueError: not on the review screen, or no such step applies.
        """
        if self._mode != "review":
            raise ValueError("answers are changed from the review screen")
        if step_id != TEAM and step_id not in self.applicable():
            raise ValueError(f"'{step_id}' is not a question that applies")
        self._mode = "edit"
        self._chain = [step_id]

    def finish(self) -> None:
        """From the review: the answers are final.

        Raises:
            ValueError: not on the review screen.
        """
        if self._mode != "review":
            raise ValueError("the questionnaire finishes from the review screen")
        self._mode = "done"

    @property
    def done(self) -> bool:
        """Whether the review was confirmed."""
        return self._mode == "done"
