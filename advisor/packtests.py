"""A pack's own tests: rule cases and scenarios, and what running them finds.

Pure: the files are read by :mod:`advisor.loader.cases`; this module holds
their models and checks them against the engine.

A rule case file::

    rule: restricted-prod-data
    cases:
      - name: dev_cannot_read
        answers: {dev_reads_prod_data: "no"}
        fires: true
        effects: {deploy_code: 2, hybrid: 1}    # optional: the expected score changes
        vetoes: []                              # optional: the expected vetoed patterns
      - name: dev_reads
        answers: {dev_reads_prod_data: "yes"}
        fires: false

A scenario file (the format of the product's acceptance scenarios)::

    profile: {team: Regulated Bank, answers: {...}}
    expect: {recommendation: deploy_code, not_viable: [deploy_model, hybrid]}
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field

from advisor.engine import evaluate
from advisor.errors import AnswersError
from advisor.pack import Pack
from advisor.references import did_you_mean


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RuleCase(_Model):
    """One case of a rule: answers, and whether the rule fires on them."""

    name: str = Field(pattern=r"^[a-z0-9_]+$")
    answers: dict[str, object]
    fires: bool
    effects: dict[str, float] | None = None
    vetoes: list[str] | None = None


class RuleCases(_Model):
    """The case file of one rule."""

    rule: str
    cases: list[RuleCase] = Field(min_length=2)


class Profile(_Model):
    """A profile inside a scenario."""

    team: str | None = None
    answers: dict[str, object] = Field(default_factory=dict)


class Expect(_Model):
    """What a scenario expects."""

    recommendation: str | None
    not_viable: list[str] | None = None


class ScenarioFile(_Model):
    """A scenario: a profile and the expected conclusion."""

    profile: Profile
    expect: Expect


@dataclass(frozen=True, slots=True)
class Failure:
    """A case or scenario whose outcome differs from what it expects."""

    name: str
    message: str


def check_rule_case(pack: Pack, rule_id: str, case: RuleCase) -> str | None:
    """Run one rule case; ``None`` when it passes, else what went wrong."""
    try:
        result = evaluate(pack, case.answers)
    except AnswersError as error:
        return f"invalid answers: {error}"
    fired = {rule.id: rule for rule in result.fired}
    rule = fired.get(rule_id)
    if case.fires and rule is None:
        return f"expected '{rule_id}' to fire; it stayed silent"
    if not case.fires and rule is not None:
        return f"expected '{rule_id}' to stay silent; it fired"
    if rule is not None and case.effects is not None and dict(rule.effects.scores) != case.effects:
        expected, actual = _scores(case.effects), _scores(dict(rule.effects.scores))
        return f"expected effects {expected}; the rule has {actual}"
    if rule is not None and case.vetoes is not None:
        vetoed = sorted(veto.pattern for veto in rule.effects.vetoes)
        if vetoed != sorted(case.vetoes):
            return f"expected vetoes {_listed(case.vetoes)}; the rule vetoes {_listed(vetoed)}"
    return None


def _scores(scores: dict[str, float]) -> str:
    """Score changes as a pack writes them: ``deploy_code: 2, hybrid: -1``."""
    return ", ".join(f"{pattern}: {value:g}" for pattern, value in scores.items()) or "none"


def _listed(ids: list[str]) -> str:
    """Pattern ids in order, or ``none``."""
    return ", ".join(sorted(ids)) or "none"


def _unknown_patterns(pack: Pack, expect: Expect) -> str | None:
    """What a scenario expects of patterns the pack does not have."""
    known = [pattern.id for pattern in pack.patterns]
    named = [expect.recommendation, *(expect.not_viable or [])]
    unknown = [pattern for pattern in named if pattern is not None and pattern not in known]
    if not unknown:
        return None
    listed = ", ".join(f"'{pattern}'{did_you_mean(pattern, known)}" for pattern in unknown)
    return f"unknown pattern {listed}; the patterns are: {', '.join(known)}"


def check_scenario(pack: Pack, scenario: ScenarioFile) -> str | None:
    """Run one scenario; ``None`` when it passes, else what went wrong."""
    try:
        result = evaluate(pack, scenario.profile.answers, team=scenario.profile.team)
    except AnswersError as error:
        return f"invalid answers: {error}"
    expect = scenario.expect
    unknown = _unknown_patterns(pack, expect)
    if unknown is not None:
        return unknown
    problems = []
    if result.recommendation != expect.recommendation:
        found = f"expected recommendation {expect.recommendation}, got {result.recommendation}"
        if expect.recommendation is not None:
            standing = result.standing(expect.recommendation)
            if not standing.viable:
                rules = ", ".join(dict.fromkeys(block.rule for block in standing.blocked_by))
                found += f" ({expect.recommendation} is ruled out by {rules})"
        problems.append(found)
    if expect.not_viable is not None:
        not_viable = sorted(entry.pattern for entry in result.ranking if not entry.viable)
        if not_viable != sorted(expect.not_viable):
            expected = _listed(expect.not_viable)
            problems.append(f"expected not viable: {expected}; got: {_listed(not_viable)}")
    return "; ".join(problems) or None


def missing_case_files(pack: Pack, case_files: dict[str, RuleCases]) -> list[str]:
    """Rules of the pack that have no case file."""
    return [rule.id for rule in pack.rules if rule.id not in case_files]


def incomplete_case_files(case_files: dict[str, RuleCases]) -> list[str]:
    """Case files lacking a firing case or a silent case, or naming another rule."""
    found = []
    for stem, cases in case_files.items():
        kinds = {case.fires for case in cases.cases}
        if cases.rule != stem:
            found.append(f"{stem}.yaml: names rule '{cases.rule}', not '{stem}'")
        elif kinds != {True, False}:
            found.append(
                f"{stem}.yaml: needs at least one case that fires and one that stays silent"
            )
    return found
