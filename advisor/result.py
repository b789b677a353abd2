"""What an evaluation concludes: frozen records, and their JSON document."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from advisor.conditions import UNKNOWN
from advisor.model import Rule
from advisor.pack import Pack
from advisor.text import DEFAULT_LANGUAGE, LocalText

Confidence = Literal["high", "medium", "low", "none"]


@dataclass(frozen=True, slots=True)
class Block:
    """A hard constraint that rules a pattern out: the rule and its reason."""

    rule: str
    pattern: str
    reason: LocalText


@dataclass(frozen=True, slots=True)
class Standing:
    """One pattern's place in the ranking."""

    pattern: str
    score: float
    viable: bool
    blocked_by: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class Prerequisite:
    """What the recommended pattern needs, and how to get it."""

    pattern: str
    text: LocalText
    mitigation: LocalText
    rule: str | None


@dataclass(frozen=True, slots=True)
class Unknown:
    """An unanswered decision question and where its possible answers lead."""

    question: str
    outcomes: tuple[tuple[str, str | None], ...]

    @property
    def possible_recommendations(self) -> tuple[str | None, ...]:
        """The distinct recommendations its answers lead to, in option order."""
        return tuple(dict.fromkeys(recommendation for _, recommendation in self.outcomes))

    @property
    def decisive(self) -> bool:
        """True when answering it could change the recommendation."""
        return len(self.possible_recommendations) > 1


@dataclass(frozen=True, slots=True)
class Counterfactual:
    """A single answer change that changes the recommendation."""

    question: str
    answer: str
    recommendation: str | None


@dataclass(frozen=True, slots=True)
class Result:
    """The outcome of :func:`advisor.evaluate` for one team.

    Attributes:
        pack: the pack that was applied.
        team: the team's name, if given.
        answers: every question's effective answer (``unknown`` included).
        not_applicable: questions whose ``when`` is false (their answers are ignored).
        recommendation: the recommended pattern id, or ``None`` when no pattern is viable.
        confidence: ``high``, ``medium``, ``low``, or ``none`` without a recommendation.
        ranking: all patterns, viable first, best first.
        decided_by_tie: True when the tie policy, not the scores, picked the recommendation.
        fired: the rules that fired, in pack order.
        prerequisites: what the recommended pattern needs.
        marks: trade-offs made relevant by the answers (``pattern.tradeoff``).
        unknowns: the unanswered decision questions and where their answers lead.
        counterfactuals: the single answer changes that change the recommendation.
        conflicts: when no pattern is viable, the constraints that rule them out.
    """

    pack: Pack
    team: str | None
    answers: dict[str, str]
    not_applicable: tuple[str, ...]
    recommendation: str | None
    confidence: Confidence
    ranking: tuple[Standing, ...]
    decided_by_tie: bool
    fired: tuple[Rule, ...]
    prerequisites: tuple[Prerequisite, ...]
    marks: frozenset[str]
    unknowns: tuple[Unknown, ...]
    counterfactuals: tuple[Counterfactual, ...]
    conflicts: tuple[Block, ...]

    @property
    def given(self) -> dict[str, str]:
        """The known answers only."""
        return {key: value for key, value in self.answers.items() if value != UNKNOWN}

    @property
    def answered_share(self) -> float:
        """The share of applicable decision questions that have an answer."""
        decision = [
            q.id
            for q in self.pack.questions
            if q.kind == "decision" and q.id not in self.not_applicable
        ]
        if not decision:
            return 1.0
        return sum(self.answers[q] != UNKNOWN for q in decision) / len(decision)

    def standing(self, pattern: str) -> Standing:
        """The ranking entry of a pattern."""
        for entry in self.ranking:
            if entry.pattern == pattern:
                return entry
        raise KeyError(pattern)

    def to_dict(self, lang: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
        """The JSON document of product.md §4 (texts in ``lang``)."""
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
