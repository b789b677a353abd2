"""The exhaustive verification agrees with the engine on every combination of answers.

Proved against brute force (``advisor.evaluate`` on each combination): on tiny packs
over their whole answer space, layout questions included, and on the default pack
over seeded random sub-spaces and a seeded random sample of single combinations.
"""

from __future__ import annotations

import ast
import itertools
import math
import random
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import pytest

from advisor import authoring
from advisor.authoring import reach as reach_module
from advisor.authoring import verify as verify_module
from advisor.authoring.reach import reachability
from advisor.authoring.verify import VerificationTooLarge, space_of, verify
from advisor.conditions import UNKNOWN
from advisor.engine import evaluate
from advisor.loader import load_pack
from advisor.pack import Pack

from conftest import rule_yaml

Summary = tuple[dict[str, int], int, int]  # recommended per pattern, no viable, ties


def brute_force(pack: Pack, domains: Mapping[str, Sequence[str]]) -> Summary:
    """Evaluate every combination of ``domains`` (question id -> answers) with the engine."""
    recommended: Counter[str] = Counter()
    none = ties = 0
    names = list(domains)
    for combo in itertools.product(*domains.values()):
        answers = {
            name: answer for name, answer in zip(names, combo, strict=False) if answer != UNKNOWN
        }
        result = evaluate(pack, answers)
        if result.recommendation is None:
            none += 1
        else:
            recommended[result.recommendation] += 1
        ties += result.decided_by_tie
    return {p.id: recommended[p.id] for p in pack.patterns}, none, ties


def every_answer(pack: Pack) -> dict[str, list[str]]:
    return {q.id: [UNKNOWN, *(o.id for o in q.options)] for q in pack.questions}


def summary(pack: Pack, domains: Mapping[str, Sequence[str]] | None = None) -> Summary:
    found = verify(pack, domains)
    return dict(found.recommended), found.no_viable, found.ties


def assert_agrees_on_whole_space(pack: Pack) -> None:
    """Brute force over every question, layout included; the verification over its space."""
    every = every_answer(pack)
    in_space = {pack.questions[pos].id for pos in space_of(pack)}
    outside = math.prod(len(answers) for name, answers in every.items() if name not in in_space)
    recommended, none, ties = brute_force(pack, every)
    assert all(count % outside == 0 for count in (*recommended.values(), none, ties))
    expected = ({name: count // outside for name, count in recommended.items()}, none // outside)
    assert summary(pack)[:2] == expected
    assert summary(pack)[2] == ties // outside


def test_the_tiny_pack_agrees_with_brute_force(make_pack: Callable[..., Path]) -> None:
    pack = load_pack(make_pack())
    assert_agrees_on_whole_space(pack)
    assert verify(pack).combinations == 27


HARD_QUESTIONS = """
    questions:
      - id: a
        kind: decision
        text: A?
        help: A.
        options: [{id: x1, label: X1}, {id: x2, label: X2}, {id: x3, label: X3}]
      - id: lay
        kind: layout
        text: Layout?
        help: Read by the 'when' of c, so it is part of the decision space.
        options: [{id: "on", label: "On"}, {id: "off", label: "Off"}]
      - id: b
        kind: decision
        text: B?
        help: B.
        when: {not: {question: a, is: x3}}
        options: [{id: "y", label: "Y"}, {id: "n", label: "N"}]
      - id: c
        kind: decision
        text: C?
        help: Asked when b is asked and is y, or when the layout is on.
        when: {any: [{question: b, is: "y"}, {question: lay, is: "on"}]}
        options: [{id: z1, label: Z1}, {id: z2, label: Z2}]
      - id: d
        kind: decision
        text: D?
        help: D.
        options: [{id: w, label: W}, {id: v, label: V}]
      - id: paint
        kind: layout
        text: Paint?
        help: Layout only.
        options: [{id: red, label: Red}, {id: blue, label: Blue}]
"""
# Fractional scores whose float sums depend on their order (0.1 + 0.2 != 0.3), rules
# over several questions (some masked by 'when'), vetoes from single and multi rules.
HARD_RULES = {
    "r1": rule_yaml("r1", "{question: a, is: x1}", "{scores: {alpha: 0.1}}"),
    "r2": rule_yaml(
        "r2",
        '{all: [{question: a, in: [x2, unknown]}, {question: b, is: "y"}]}',
        "{scores: {beta: 0.2, gamma: 0.7}}",
    ),
    "r3": rule_yaml(
        "r3",
        '{all: [{question: b, is: "y"}, {question: c, is: z1}]}',
        "{vetoes: [{pattern: alpha, reason: R3.}]}",
    ),
    "r4": rule_yaml(
        "r4",
        "{all: [{not: {question: a, is: x3}}, {question: c, in: [z1, z2]}]}",
        "{scores: {alpha: 0.2, beta: 0.1}}",
    ),
    "r5": rule_yaml(
        "r5",
        "{question: d, is: w}",
        "{vetoes: [{pattern: beta, reason: R5.}, {pattern: gamma, reason: R5.}]}",
    ),
    "r6": rule_yaml("r6", "{question: c, is: unknown}", "{scores: {gamma: 0.3}}"),
    "r7": rule_yaml(
        "r7",
        "{question: paint, is: red}",
        "{prerequisites: [{pattern: alpha, text: Paint., mitigation: Paint it.}]}",
    ),
    "r8": rule_yaml(
        "r8", "{any: [{question: a, is: x1}, {question: d, is: v}]}", "{scores: {alpha: 0.3}}"
    ),
    "r9": rule_yaml("r9", "{question: c, is: z2}", "{scores: {beta: 0.4, gamma: -0.1}}"),
}


def test_a_pack_with_masks_multi_rules_and_fractions_agrees(
    make_pack: Callable[..., Path],
) -> None:
    pack = load_pack(make_pack(rules=HARD_RULES, questions__yaml=HARD_QUESTIONS))
    assert [pack.questions[pos].id for pos in space_of(pack)] == ["a", "lay", "b", "c", "d"]
    assert_agrees_on_whole_space(pack)
    found = verify(pack)
    assert found.no_viable > 0 and found.ties > 0


def test_scores_are_summed_in_the_engine_order(make_pack: Callable[..., Path]) -> None:
    # The engine sums beta as (0.1 + 0.2) + 0.3 = 0.6000000000000001 > 0.6: beta wins,
    # where exact arithmetic (or another order, 0.1 + (0.2 + 0.3) = 0.6) would tie.
    rules = {
        "s1": rule_yaml("s1", "{question: size, is: small}", "{scores: {alpha: 0.6, beta: 0.1}}"),
        "m1": rule_yaml(
            "m1",
            '{all: [{question: size, is: small}, {question: locked, is: "no"}]}',
            "{scores: {beta: 0.2}}",
        ),
        "m2": rule_yaml(
            "m2",
            "{all: [{question: size, is: small}, {question: detail, is: fine}]}",
            "{scores: {beta: 0.3}}",
        ),
    }
    pack = load_pack(make_pack(rules=rules))
    answers = {"size": "small", "locked": "no", "detail": "fine"}
    assert evaluate(pack, answers).recommendation == "beta"
    found = verify(pack, {name: [answer] for name, answer in answers.items()})
    assert dict(found.recommended) == {"alpha": 0, "beta": 1, "gamma": 0}
    assert found.ties == 0
    assert_agrees_on_whole_space(pack)


def test_restricted_domains_agree_on_the_hard_pack(make_pack: Callable[..., Path]) -> None:
    pack = load_pack(make_pack(rules=HARD_RULES, questions__yaml=HARD_QUESTIONS))
    domains = {"a": ["x1", "x2"], "lay": ["on"], "b": ["y", UNKNOWN], "c": ["z1"], "d": ["w", "v"]}
    assert summary(pack, domains) == brute_force(pack, domains)


def _random_domains(pack: Pack, rng: random.Random, widest: int) -> dict[str, list[str]]:
    domains = {}
    for pos in space_of(pack):
        question = pack.questions[pos]
        answers = [UNKNOWN, *(option.id for option in question.options)]
        domains[question.id] = rng.sample(answers, rng.randint(1, min(widest, len(answers))))
    return domains


@pytest.mark.parametrize("seed", range(6))
def test_random_sub_spaces_of_the_default_pack_agree(pack: Pack, seed: int) -> None:
    domains = _random_domains(pack, random.Random(seed), widest=2)
    assert summary(pack, domains) == brute_force(pack, domains)


def test_a_random_sample_of_combinations_agrees_one_by_one(pack: Pack) -> None:
    rng = random.Random(2026)
    for _ in range(300):
        domains = _random_domains(pack, rng, widest=1)
        answers = {name: values[0] for name, values in domains.items() if values[0] != UNKNOWN}
        result = evaluate(pack, answers)
        found = verify(pack, domains)
        assert found.combinations == 1
        recommended = [name for name, count in found.recommended if count]
        assert recommended == ([result.recommendation] if result.recommendation else [])
        assert (found.no_viable, found.ties) == (
            int(result.recommendation is None),
            int(result.decided_by_tie),
        )


def test_the_default_pack_space_is_every_decision_question(pack: Pack) -> None:
    found = verify(pack)
    decision = [q for q in pack.questions if q.kind == "decision"]
    assert found.questions == tuple(q.id for q in decision)
    assert found.combinations == math.prod(len(q.options) + 1 for q in decision) == 4**6 * 3**7
    assert sum(count for _, count in found.recommended) + found.no_viable == found.combinations
    assert found.never_recommended == ()


def test_examples_are_the_simplest_and_say_why(pack: Pack) -> None:
    found = verify(pack)
    conflict = found.no_viable_examples[0]
    assert conflict.answers == {
        "training_in_prod_allowed": "no",
        "prod_accepts_external_models": "no",
    }
    assert conflict.reasons == ("prod-rejects-external-models", "training-forbidden-in-prod")
    everything_unknown = found.tie_examples[0]
    assert everything_unknown.answers == {}
    assert everything_unknown.reasons == ("deploy_code", "deploy_model", "hybrid")
    for example in found.no_viable_examples:
        assert evaluate(pack, example.answers).recommendation is None
    for example in found.tie_examples:
        assert evaluate(pack, example.answers).decided_by_tie
    assert len(found.tie_examples) == 3


def test_a_dead_rule_and_an_unasked_question_are_found(make_pack: Callable[..., Path]) -> None:
    questions = HARD_QUESTIONS.replace(
        "when: {not: {question: a, is: x3}}",
        "when: {all: [{question: a, is: x3}, {question: a, is: x1}]}",
    )
    rules = dict(HARD_RULES)
    # b is never asked, so it is always unknown: r2 and r3 can never fire.
    pack = load_pack(make_pack(rules=rules, questions__yaml=questions))
    reach = reachability(pack)
    assert reach.dead_rules == ("r2", "r3")
    assert reach.unasked == ("b",)
    assert (reach.unverified_rules, reach.unverified_questions) == ((), ())


def test_a_rule_reading_a_layout_question_can_fire(make_pack: Callable[..., Path]) -> None:
    pack = load_pack(make_pack(rules=HARD_RULES, questions__yaml=HARD_QUESTIONS))
    assert reachability(pack).dead_rules == ()


def test_masking_makes_a_rule_dead(make_pack: Callable[..., Path]) -> None:
    rules = {
        "fine-when-locked": rule_yaml(
            "fine-when-locked",
            '{all: [{question: locked, is: "yes"}, {question: detail, is: fine}]}',
            "{scores: {gamma: 1}}",
        ),
        "small": rule_yaml("small", "{question: size, is: small}", "{scores: {alpha: 1}}"),
    }
    pack = load_pack(make_pack(rules=rules))
    assert reachability(pack).dead_rules == ("fine-when-locked",)


def test_a_closure_too_large_to_enumerate_is_not_verified(
    make_pack: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reach_module, "CLOSURE_LIMIT", 4)
    pack = load_pack(make_pack(rules=HARD_RULES, questions__yaml=HARD_QUESTIONS))
    reach = reachability(pack)
    assert reach.unverified_rules == ("r2", "r3", "r4", "r6", "r8", "r9")
    assert reach.unverified_questions == ("c",)


def test_too_many_states_is_reported(pack: Pack, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(verify_module, "STATE_LIMIT", 10)
    with pytest.raises(VerificationTooLarge) as raised:
        verify(pack)
    assert str(raised.value) == (
        "more than 10 distinct partial states after question 'training_in_prod_allowed'"
    )


def test_domains_must_name_questions_of_the_space(pack: Pack) -> None:
    with pytest.raises(ValueError, match="'serving' is not a question of the decision space"):
        verify(pack, {"serving": ["batch"]})


def test_the_authoring_package_documents_its_modules() -> None:
    assert authoring.__doc__ is not None and "advisor rules check" in authoring.__doc__


@pytest.mark.parametrize("module", ["verify", "reach", "docs", "schema"])
def test_the_authoring_core_does_no_io(module: str) -> None:
    source = (Path(authoring.__file__).parent / f"{module}.py").read_text(encoding="utf-8")
    imported = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
    io = {"yaml", "pathlib", "os", "sys", "io", "time", "random", "subprocess", "rich"}
    assert not {name.split(".")[0] for name in imported} & io
    assert not any(name.startswith(("advisor.loader", "advisor.cli")) for name in imported)
