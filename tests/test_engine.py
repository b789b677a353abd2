"""The engine on a tiny pack: scores, vetoes, ties, `when`, unknowns, counterfactuals."""

from __future__ import annotations

import dataclasses
import math
import random
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from advisor.conditions import UNKNOWN, holds
from advisor.effects import Contribution, alternatives, chained, contribution, swap
from advisor.engine import evaluate
from advisor.errors import AnswersError
from advisor.loader import load_pack
from advisor.pack import Pack
from advisor.result import Block, Prerequisite, Result

from conftest import TINY_RULES, rule_yaml

MakePack = Callable[..., Path]


@pytest.fixture
def tiny(make_pack: MakePack) -> Pack:
    return load_pack(make_pack())


def test_nothing_decides_so_the_tie_policy_picks_the_default(tiny: Pack) -> None:
    result = evaluate(tiny, {})
    assert result.recommendation == "alpha"
    assert result.decided_by_tie
    assert result.confidence == "low"
    assert [entry.score for entry in result.ranking] == [0, 0, 0]
    assert [entry.pattern for entry in result.ranking] == ["alpha", "beta", "gamma"]


def test_scores_decide_and_fired_rules_explain(tiny: Pack) -> None:
    result = evaluate(tiny, {"size": "large"})
    assert result.recommendation == "beta"
    assert [rule.id for rule in result.fired] == ["large-favours-beta"]
    assert result.standing("beta").score == 3
    assert not result.decided_by_tie
    assert result.confidence == "medium"  # margin 3: under high_margin 4


def test_a_veto_rules_a_pattern_out_whatever_its_score(tiny: Pack) -> None:
    result = evaluate(tiny, {"size": "small", "locked": "yes"})
    alpha = result.standing("alpha")
    assert not alpha.viable
    assert alpha.score == 1
    assert [(b.rule, b.reason["en"]) for b in alpha.blocked_by] == [
        ("locked-vetoes-alpha", "Alpha needs it unlocked.")
    ]
    assert result.recommendation == "beta"  # tie between beta and gamma: tie order
    assert result.ranking[-1].pattern == "alpha"  # ruled-out patterns rank last


def test_an_answer_to_a_question_that_does_not_apply_is_ignored(tiny: Pack) -> None:
    locked = evaluate(tiny, {"locked": "yes", "detail": "fine"})
    assert locked.not_applicable == ("detail",)
    assert locked.answers["detail"] == UNKNOWN
    assert "fine-detail-favours-gamma" not in [rule.id for rule in locked.fired]
    unlocked = evaluate(tiny, {"locked": "no", "detail": "fine"})
    assert unlocked.recommendation == "gamma"


def test_no_viable_pattern_means_no_recommendation(make_pack: MakePack) -> None:
    rules = {
        "veto-all": rule_yaml(
            "veto-all",
            "{question: size, is: large}",
            "{vetoes: [{pattern: alpha, reason: A.}, {pattern: beta, reason: B.},"
            " {pattern: gamma, reason: C.}]}",
        )
    }
    pack = load_pack(make_pack(rules=rules))
    result = evaluate(pack, {"size": "large"})
    assert result.recommendation is None
    assert result.confidence == "none"
    assert [(b.pattern, b.reason["en"]) for b in result.conflicts] == [
        ("alpha", "A."),
        ("beta", "B."),
        ("gamma", "C."),
    ]
    assert result.prerequisites == ()


def test_unknowns_say_where_each_answer_would_lead(tiny: Pack) -> None:
    result = evaluate(tiny, {})
    outcomes = {item.question: dict(item.outcomes) for item in result.unknowns}
    assert outcomes == {
        "size": {"small": "alpha", "large": "beta"},
        "locked": {"yes": "beta", "no": "alpha"},
        "detail": {"fine": "gamma", "coarse": "alpha"},
    }
    assert all(item.decisive for item in result.unknowns)
    assert "colour" not in outcomes  # layout questions never change the choice


def test_counterfactuals_list_the_single_changes_that_change_the_outcome(tiny: Pack) -> None:
    result = evaluate(tiny, {"size": "small", "locked": "no", "detail": "coarse"})
    assert result.recommendation == "alpha"
    changes = {(c.question, c.answer, c.recommendation) for c in result.counterfactuals}
    assert changes == {
        ("size", "large", "beta"),
        ("locked", "yes", "beta"),
        ("detail", "fine", "gamma"),
    }
    assert result.unknowns == ()


def test_a_counterfactual_follows_when_conditions(tiny: Pack) -> None:
    # Unlocking makes 'detail' apply again, and its answer then favours gamma.
    result = evaluate(tiny, {"locked": "yes", "detail": "fine"})
    assert ("locked", "no", "gamma") in {
        (c.question, c.answer, c.recommendation) for c in result.counterfactuals
    }


def test_a_question_that_switches_another_changes_the_outcome_through_it(
    make_pack: MakePack,
) -> None:
    # 'locked' scores nothing itself: only the answer to 'detail', which it
    # switches on or off, can change the recommendation.
    rules = {name: TINY_RULES[name] for name in ("large-favours-beta", "fine-detail-favours-gamma")}
    pack = load_pack(make_pack(rules=rules))
    locked = evaluate(pack, {"size": "large", "locked": "yes", "detail": "fine"})
    assert locked.recommendation == "beta"
    assert ("locked", "no", "gamma") in [tuple(c) for c in locked.counterfactuals]
    unlocked = evaluate(pack, {"locked": "no", "detail": "fine"})
    assert unlocked.recommendation == "gamma"
    assert ("locked", "yes", "alpha") in [tuple(c) for c in unlocked.counterfactuals]
    unrelated = evaluate(pack, {"size": "large", "locked": "yes", "detail": "coarse"})
    assert "locked" not in [c.question for c in unrelated.counterfactuals]


def test_the_same_answers_give_the_same_result(tiny: Pack) -> None:
    answers = {"size": "large", "locked": "no"}
    assert (
        evaluate(tiny, answers).to_dict()
        == evaluate(tiny, dict(reversed(answers.items()))).to_dict()
    )


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        (
            {"sise": "large"},
            (
                "unknown question 'sise' (did you mean 'size'?); the questions are: "
                "size, locked, detail, colour"
            ),
        ),
        (
            {"size": "larg"},
            (
                "invalid answer 'larg' to question 'size' (did you mean 'large'?); "
                "allowed: small, large, unknown"
            ),
        ),
        (
            {"size": ["small"]},
            "invalid answer ['small'] to question 'size'; allowed: small, large, unknown",
        ),
        ({"size": True}, "invalid answer 'yes' to question 'size'; allowed: small, large, unknown"),
    ],
)
def test_invalid_answers_are_refused_with_the_allowed_values(
    tiny: Pack, answers: dict[str, object], message: str
) -> None:
    with pytest.raises(AnswersError) as raised:
        evaluate(tiny, answers)
    assert str(raised.value) == message


@pytest.mark.parametrize(
    ("answers", "team", "message"),
    [
        (
            [("size", "small")],
            None,
            "'answers' must be a mapping of question id to option id, got a list",
        ),
        ("size=small", None, "'answers' must be a mapping of question id to option id, got a text"),
        ({"size": "small"}, 7, "'team' must be text, got a number"),
        (None, None, "'answers' must be a mapping of question id to option id, got nothing (null)"),
    ],
)
def test_the_api_refuses_what_is_not_answers_or_a_name(
    tiny: Pack, answers: object, team: object, message: str
) -> None:
    with pytest.raises(AnswersError) as raised:
        evaluate(tiny, answers, team=team)  # type: ignore[arg-type]
    assert str(raised.value) == message


@pytest.mark.parametrize("value", [True, "yes", "Yes", "TRUE", "on"])
def test_yes_is_accepted_as_users_write_it(tiny: Pack, value: object) -> None:
    assert evaluate(tiny, {"locked": value}).answers["locked"] == "yes"


@pytest.mark.parametrize("value", [None, "", "unknown", "Unknown", math.nan])
def test_empty_and_unknown_mean_unknown(tiny: Pack, value: object) -> None:
    # NaN: a missing cell of a pandas table (a mapInPandas over team profiles).
    assert evaluate(tiny, {"size": value}).answers["size"] == UNKNOWN


@pytest.mark.parametrize(("pack", "kind"), [(None, "NoneType None"), ("rules/x", "str 'rules/x'")])
def test_the_api_says_to_load_the_pack_first(pack: object, kind: str) -> None:
    with pytest.raises(TypeError) as raised:
        evaluate(pack, {})  # type: ignore[arg-type]
    assert str(raised.value) == (
        f"evaluate() takes the pack load_pack() returns, not {kind}: "
        "pack = load_pack() for the built-in one, load_pack(path) for another"
    )


def _random_answers(pack: Pack, rng: random.Random) -> dict[str, str]:
    answers = {}
    for question in pack.questions:
        choice = rng.choice([UNKNOWN, *(option.id for option in question.options)])
        if choice != UNKNOWN:
            answers[question.id] = choice
    return answers


def test_compiled_conditions_agree_with_the_condition_trees(pack: Pack) -> None:
    rng = random.Random(7)
    compiled = pack.compiled
    for _ in range(500):
        answers = _random_answers(pack, rng)
        codes = compiled.encode(answers)
        full = {q.id: answers.get(q.id, UNKNOWN) for q in pack.questions}
        for rule, fast in zip(pack.rules, compiled.rules, strict=True):
            assert fast.test(codes) == holds(rule.when, full), rule.id


def test_the_explanation_from_the_shared_tables_agrees_with_the_rules(pack: Pack) -> None:
    # The fired rules, their marks, the prerequisites and the blocks come from
    # tables built once per pack (by byte of the fired rules' bits, by
    # pattern): they must say what the rules say, in the same order.
    assert len(pack.rules) > 16  # rules in three bytes at least
    rng = random.Random(9)
    seen = {"marks": 0, "prerequisites": 0, "blocks": 0}
    for _ in range(400):
        result = evaluate(pack, _random_answers(pack, rng))
        fired = tuple(rule for rule in pack.rules if holds(rule.when, result.answers))
        assert result.fired == fired
        assert result.marks == {mark for rule in fired for mark in rule.effects.marks}
        chosen = result.recommendation
        expected: list[Prerequisite] = []
        if chosen is not None:
            expected += [
                Prerequisite(chosen, item.text, item.mitigation, None)
                for item in pack.pattern(chosen).requires
            ]
            expected += [
                Prerequisite(item.pattern, item.text, item.mitigation, rule.id)
                for rule in fired
                for item in rule.effects.prerequisites
                if item.pattern == chosen
            ]
        assert list(result.prerequisites) == expected
        for entry in result.ranking:
            assert entry.blocked_by == tuple(
                Block(rule.id, veto.pattern, veto.reason)
                for rule in fired
                for veto in rule.effects.vetoes
                if veto.pattern == entry.pattern
            )
        seen["marks"] += bool(result.marks)
        seen["prerequisites"] += any(item.rule for item in result.prerequisites)
        seen["blocks"] += any(entry.blocked_by for entry in result.ranking)
    assert all(count > 20 for count in seen.values()), seen


def _with_fractional_scores(pack: Pack, rng: random.Random) -> Pack:
    """``pack`` with every score change replaced by a fraction (binary ones: sums stay exact)."""
    rules = []
    for rule in pack.rules:
        scores = {
            name: rng.choice([0.25, 0.5, 0.75, 1.5, -0.5, -1.25]) for name in rule.effects.scores
        }
        effects = dataclasses.replace(rule.effects, scores=scores)
        rules.append(dataclasses.replace(rule, effects=effects))
    return dataclasses.replace(pack, rules=tuple(rules))


def _expected_confidence(pack: Pack, result: Result) -> str:
    """The confidence policy of the module docstring, from the result's public parts."""
    policy = pack.manifest.confidence
    if result.recommendation is None:
        return "none"
    viable = [entry for entry in result.ranking if entry.viable]
    margin = viable[0].score - viable[1].score if len(viable) > 1 else math.inf
    asked = [
        q for q in pack.questions if q.kind == "decision" and q.id not in result.not_applicable
    ]
    answered = sum(result.answers[q.id] != UNKNOWN for q in asked)
    share = answered / len(asked) if asked else 1.0
    if result.decided_by_tie or margin < policy.medium_margin:
        return "low"
    decisive = any(item.decisive for item in result.unknowns)
    if margin >= policy.high_margin and not decisive and share >= policy.min_answered:
        return "high"
    return "medium"


@pytest.mark.parametrize("fractional", [False, True], ids=["pack", "fractional-scores"])
def test_what_if_analysis_agrees_with_full_re_evaluation(pack: Pack, fractional: bool) -> None:
    rng = random.Random(11)
    if fractional:
        pack = _with_fractional_scores(pack, rng)
    decisions = pack.compiled.decisions
    # The pack exercises every kind of what-if: plain questions, questions
    # that multi-question rules read, and one that switches others on or off.
    assert any(d.plain for d in decisions)
    assert any(d.reading and len(d.moves) == 1 for d in decisions)
    assert any(len(d.moves) > 1 for d in decisions)
    for _ in range(150):
        answers = _random_answers(pack, rng)
        result = evaluate(pack, answers)
        for item in result.unknowns:
            for option, recommendation in item.outcomes:
                again = evaluate(pack, {**answers, item.question: option})
                assert again.recommendation == recommendation, (answers, item.question, option)
        changes = {(c.question, c.answer): c.recommendation for c in result.counterfactuals}
        for question in pack.questions:
            current = result.answers[question.id]
            if question.kind != "decision" or current == UNKNOWN:
                continue
            for option in question.options:
                if option.id == current:
                    continue
                again = evaluate(pack, {**answers, question.id: option.id})
                expected = changes.get((question.id, option.id), result.recommendation)
                assert again.recommendation == expected, (answers, question.id, option.id)
        assert result.confidence == _expected_confidence(pack, result), answers


def _best_of(order: Sequence[int], scores: Sequence[float], vetoes: Sequence[int]) -> int | None:
    best = None
    for pos in order:
        if vetoes[pos] == 0 and (best is None or scores[pos] > scores[best]):
            best = pos
    return best


_AWKWARD = [0.0, 0.1, 0.2, 0.3, 1 / 3, 0.5, 1.0, 3.0, -0.1, -0.7, 1e16, 1e-16]


def _random_contribution(rng: random.Random, patterns: int) -> Contribution:
    scores = tuple((pos, rng.choice(_AWKWARD)) for pos in range(patterns) if rng.random() < 0.6)
    vetoes = tuple(pos for pos in range(patterns) if rng.random() < 0.15)
    return contribution(rng.getrandbits(4), scores, vetoes, patterns)


def test_swap_bounds_keep_the_best_pattern_only_when_it_stays_best() -> None:
    # Chains of swaps, some of them optional (they may not happen), with
    # scores whose sums round: when the bounds say the best pattern stays,
    # scoring every pattern must agree.
    rng = random.Random(5)
    patterns = 3
    kept = 0
    for _ in range(20_000):
        steps = [
            swap(_random_contribution(rng, patterns), _random_contribution(rng, patterns))
            for _ in range(rng.randint(1, 3))
        ]
        optional = [rng.random() < 0.5 for _ in steps]
        happen = [not maybe or rng.random() < 0.5 for maybe in optional]
        scores = [sum(rng.choice(_AWKWARD) for _ in range(3)) for _ in range(patterns)]
        vetoes = [
            int(rng.random() < 0.2) + sum(s.old.counts[pos] for s in steps)
            for pos in range(patterns)
        ]
        order = rng.sample(range(patterns), patterns)
        best = _best_of(order, scores, vetoes)
        rival = max(
            [scores[pos] for pos in range(patterns) if pos != best and vetoes[pos] == 0],
            default=-math.inf,
        )
        key, score = (-1, 0.0) if best is None else (best, scores[best])
        for step, maybe in zip(steps, optional, strict=True):
            bound = (step.optional if maybe else step.bounds)[key]
            if bound is None:
                break
            rival, score = chained(bound, rival, score)
        else:
            if rival < score:
                kept += 1
                for step, happens in zip(steps, happen, strict=True):
                    if happens:
                        for pos in range(patterns):
                            scores[pos] = scores[pos] - step.old.totals[pos] + step.new.totals[pos]
                            vetoes[pos] += step.new.counts[pos] - step.old.counts[pos]
                assert _best_of(order, scores, vetoes) == best
    assert kept > 2_000


def test_the_bounds_of_all_other_answers_hold_for_each() -> None:
    rng = random.Random(6)
    patterns = 3
    for _ in range(2_000):
        row = [_random_contribution(rng, patterns) for _ in range(rng.randint(2, 5))]
        current = rng.randrange(len(row))
        choices = alternatives(row, current)
        for key in (*range(patterns), -1):
            together = choices.bounds[key]
            others = [
                choices.swaps[code].bounds[key] for code in range(1, len(row)) if code != current
            ]
            if together is None:
                continue
            for bound in others:
                assert bound is not None
                assert together[0] <= bound[0] and together[1] >= bound[1]
                assert together[2] == bound[2] and together[3] <= bound[3]


def test_an_unknown_is_decisive_when_every_answer_leads_elsewhere(make_pack: MakePack) -> None:
    rules = {
        "any-size-favours-beta": rule_yaml(
            "any-size-favours-beta", "{question: size, in: [small, large]}", "{scores: {beta: 1}}"
        )
    }
    result = evaluate(load_pack(make_pack(rules=rules)), {})
    size = next(item for item in result.unknowns if item.question == "size")
    assert result.recommendation == "alpha"
    assert size.possible_recommendations == ("beta",)
    assert size.decisive  # one possible outcome, but not the current one


def test_the_explanation_is_computed_once_and_kept(tiny: Pack) -> None:
    result = evaluate(tiny, {"size": "large"})
    assert result.fired is result.fired
    assert result.analysis is result.analysis
    assert isinstance(type(result).__dict__["fired"], object)
    assert type(result).fired.__doc__ == "The rules that fired, in pack order: the explanation."
