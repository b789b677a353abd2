"""What an evaluation concludes: frozen records, and their JSON document."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, Literal, NamedTuple, Protocol, TypeVar, overload

from advisor.model import Rule
from advisor.text import DEFAULT_LANGUAGE, LocalText

if TYPE_CHECKING:  # at run time, importing it would be circular (pack -> compiled -> result)
    from advisor.pack import Pack

Confidence = Literal["high", "medium", "low", "none"]

T = TypeVar("T")

# How cached_property keeps a value: past a frozen dataclass's guard, and
# without making the instance build its ``__dict__`` (an object of its own).
_keep = object.__setattr__


class cached_property(Generic[T]):  # named after functools.cached_property
    """Compute an attribute on first access and keep it in the instance.

    Like :class:`functools.cached_property` without its per-access lock
    (Python 3.11), which costs more than most of what is cached here.
    """

    def __init__(self, function: Callable[[Any], T]) -> None:
        self.function = function
        self.name = function.__name__
        self.__doc__ = function.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> cached_property[T]: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...
    def __get__(self, instance: object, owner: type | None = None) -> T | cached_property[T]:
        if instance is None:
            return self
        value = self.function(instance)
        _keep(instance, self.name, value)
        return value


class Block(NamedTuple):
    """A hard constraint that rules a pattern out: the rule and its reason."""

    rule: str
    pattern: str
    reason: LocalText


class Standing(NamedTuple):
    """One pattern's place in the ranking."""

    pattern: str
    score: float
    viable: bool
    blocked_by: tuple[Block, ...]


class Prerequisite(NamedTuple):
    """What the recommended pattern needs, and how to get it."""

    pattern: str
    text: LocalText
    mitigation: LocalText
    rule: str | None


class Unknown(NamedTuple):
    """An unanswered decision question and where its possible answers lead.

    Attributes:
        question: the question's id.
        outcomes: each option of the question with the recommendation it would
            lead to (``None``: no viable pattern).
        current: the recommendation while the question stays unanswered.
    """

    question: str
    outcomes: tuple[tuple[str, str | None], ...]
    current: str | None

    @property
    def possible_recommendations(self) -> tuple[str | None, ...]:
        """The distinct recommendations its answers lead to, in option order."""
        return tuple(dict.fromkeys(recommendation for _, recommendation in self.outcomes))

    @property
    def decisive(self) -> bool:
        """True when some answer to it would change the current recommendation."""
        return any(recommendation != self.current for _, recommendation in self.outcomes)


class Counterfactual(NamedTuple):
    """A single answer change that changes the recommendation."""

    question: str
    answer: str
    recommendation: str | None


@dataclass(frozen=True, slots=True)
class Analysis:
    """The what-if part of a result: computed on first use."""

    unknowns: tuple[Unknown, ...]
    counterfactuals: tuple[Counterfactual, ...]
    confidence: Confidence


class Trace(Protocol):
    """The engine's compact record of one evaluation, read by :class:`Result` on demand."""

    def fired(self) -> tuple[Rule, ...]:
        """The rules that fired, in pack order."""

    def answers(self) -> dict[str, str]:
        """Every question's effective answer."""

    def given(self) -> dict[str, str]:
        """Every question's answer as given (``unknown`` where none was)."""

    def not_applicable(self) -> tuple[str, ...]:
        """The questions whose ``when`` is false."""

    def prerequisites(self, pattern: str) -> tuple[Prerequisite, ...]:
        """What ``pattern`` needs: its standing prerequisites, then the fired rules' ones."""

    def marks(self) -> frozenset[str]:
        """The marks of the fired rules."""

    def analyse(self, result: Result) -> Analysis:
        """Unknowns, counterfactuals and confidence."""


@dataclass(frozen=True)
class Result:
    """The outcome of :func:`advisor.evaluate` for one team.

    The recommendation and the ranking are computed at once; everything else
    on first access (and then kept), so that a caller who needs only the
    recommendation (a batch over a table of profiles, say) does not pay for
    the explanation or the what-if analysis.

    Attributes:
        pack: the pack that was applied.
        team: the team's name, if given.
        recommendation: the recommended pattern id, or ``None`` when no pattern is viable.
        ranking: all patterns, viable first, best first, with what rules each out.
        decided_by_tie: True when the tie policy, not the scores, picked the recommendation.
        trace: the engine's record of the evaluation (see :class:`Trace`).
    """

    pack: Pack
    team: str | None
    recommendation: str | None
    ranking: tuple[Standing, ...]
    decided_by_tie: bool
    trace: Trace = field(repr=False, compare=False)

    @cached_property
    def fired(self) -> tuple[Rule, ...]:
        """The rules that fired, in pack order: the explanation."""
        return self.trace.fired()

    @cached_property
    def answers(self) -> dict[str, str]:
        """Every question's effective answer (``unknown`` included)."""
        return self.trace.answers()

    @cached_property
    def given(self) -> dict[str, str]:
        """Every question's answer as given: an answer to a question that does not
        apply is kept here (it is ``unknown`` in :attr:`answers`)."""
        return self.trace.given()

    @cached_property
    def not_applicable(self) -> tuple[str, ...]:
        """Questions whose ``when`` is false (their answers are ignored)."""
        return self.trace.not_applicable()

    @cached_property
    def prerequisites(self) -> tuple[Prerequisite, ...]:
        """What the recommended pattern needs: its standing ones, then the rules' ones."""
        if self.recommendation is None:
            return ()
        return self.trace.prerequisites(self.recommendation)

    @cached_property
    def marks(self) -> frozenset[str]:
        """Trade-offs made relevant by the answers (``pattern.tradeoff``)."""
        return self.trace.marks()

    @cached_property
    def conflicts(self) -> tuple[Block, ...]:
        """When no pattern is viable, the constraints that rule them out."""
        if self.recommendation is not None:
            return ()
        order = {pattern.id: pos for pos, pattern in enumerate(self.pack.patterns)}
        entries = sorted(self.ranking, key=lambda entry: order[entry.pattern])
        return tuple(block for entry in entries for block in entry.blocked_by)

    @cached_property
    def analysis(self) -> Analysis:
        """Unknowns, counterfactuals and confidence (computed once)."""
        return self.trace.analyse(self)

    @property
    def unknowns(self) -> tuple[Unknown, ...]:
        """The unanswered decision questions and where their answers lead."""
        return self.analysis.unknowns

    @property
    def counterfactuals(self) -> tuple[Counterfactual, ...]:
        """The single answer changes that change the recommendation."""
        return self.analysis.counterfactuals

    @property
    def confidence(self) -> Confidence:
        """``high``, ``medium``, ``low``, or ``none`` without a recommendation."""
        return self.analysis.confidence

    def standing(self, pattern: str) -> Standing:
        """The ranking entry of a pattern."""
        for entry in self.ranking:
            if entry.pattern == pattern:
                return entry
        raise KeyError(pattern)

    def to_dict(self, lang: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
        """The JSON document of product.md §4 (texts in ``lang``).

        Raises:
            ValueError: ``lang`` is not one of the pack's languages.
        """
        self.pack.check_language(lang)
        return {
            "team": self.team,
            "pack": {"id": self.pack.id, "version": self.pack.version},
            "recommendation": self.recommendation,
            "confidence": self.confidence,
            "decided_by_tie": self.decided_by_tie,
            "ranking": [
                {
                    "pattern": entry.pattern,
                    "score": entry.score,
                    "viable": entry.viable,
                    "blocked_by": [
                        {"rule": block.rule, "reason": block.reason.get_lang(lang)}
                        for block in entry.blocked_by
                    ],
                }
                for entry in self.ranking
            ],
            "fired_rules": [
                {
                    "id": rule.id,
                    "title": rule.title.get_lang(lang),
                    "reason": rule.reason.get_lang(lang),
                    "effects": dict(rule.effects.scores),
                    "vetoes": [veto.pattern for veto in rule.effects.vetoes],
                    "prerequisites": [item.pattern for item in rule.effects.prerequisites],
                    "marks": list(rule.effects.marks),
                    "sources": [
                        {"section": s.section, "quote": s.quote, "inferred": s.inferred}
                        for s in rule.sources
                    ],
                }
                for rule in self.fired
            ],
            "prerequisites": [
                {
                    "pattern": item.pattern,
                    "text": item.text.get_lang(lang),
                    "mitigation": item.mitigation.get_lang(lang),
                    "rule": item.rule,
                }
                for item in self.prerequisites
            ],
            "unknowns": [
                {
                    "question": item.question,
                    "possible_recommendations": list(item.possible_recommendations),
                    "outcomes": {answer: rec for answer, rec in item.outcomes},
                }
                for item in self.unknowns
            ],
            "counterfactuals": [
                {
                    "question": item.question,
                    "answer": item.answer,
                    "recommendation": item.recommendation,
                }
                for item in self.counterfactuals
            ],
            "conflicts": [
                {
                    "rule": block.rule,
                    "pattern": block.pattern,
                    "reason": block.reason.get_lang(lang),
                }
                for block in self.conflicts
            ],
            "marked_tradeoffs": sorted(self.marks),
            "not_applicable": list(self.not_applicable),
            "answers": dict(self.answers),
        }
