"""One case file per rule: ``pytest -k RULE_ID`` runs the cases of one rule.

The cases of every built-in pack are collected: the default pack's with ids
``<rule-id>-<case>``, the others' with ids ``<pack>/<rule-id>-<case>`` (so
``pytest -k serving/`` runs one pack's).
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from advisor.loader import DEFAULT_PACK, load_pack, packs_root
from advisor.loader.cases import read_rule_cases
from advisor.pack import Pack
from advisor.packtests import (
    RuleCase,
    RuleCases,
    check_rule_case,
    incomplete_case_files,
    missing_case_files,
)

PACKS = sorted(path for path in packs_root().iterdir() if (path / "pack.yaml").is_file())
CASE_FILES = {root.name: read_rule_cases(root) for root in PACKS}
CASES = [
    (root.name, rule, case)
    for root in PACKS
    for rule, cases in CASE_FILES[root.name].items()
    for case in cases.cases
]


@functools.cache
def _pack(name: str) -> Pack:
    return load_pack(packs_root() / name)


def _id(pack: str, rule: str, case: RuleCase) -> str:
    return f"{rule}-{case.name}" if pack == DEFAULT_PACK else f"{pack}/{rule}-{case.name}"


@pytest.mark.parametrize(
    ("pack_name", "rule_id", "case"), CASES, ids=[_id(*item) for item in CASES]
)
def test_rule_case(pack_name: str, rule_id: str, case: RuleCase) -> None:
    assert check_rule_case(_pack(pack_name), rule_id, case) is None


@pytest.mark.parametrize("root", PACKS, ids=[root.name for root in PACKS])
def test_every_rule_has_a_case_file(root: Path) -> None:
    assert missing_case_files(_pack(root.name), CASE_FILES[root.name]) == []


@pytest.mark.parametrize("root", PACKS, ids=[root.name for root in PACKS])
def test_every_case_file_fires_and_stays_silent(root: Path) -> None:
    assert incomplete_case_files(CASE_FILES[root.name]) == []


def test_the_second_pack_is_collected() -> None:
    assert {root.name for root in PACKS} >= {DEFAULT_PACK, "serving"}


def test_a_missing_case_file_is_noticed(pack: Pack) -> None:
    partial: dict[str, RuleCases] = dict(CASE_FILES[DEFAULT_PACK])
    partial.pop("tight-staging-budget")
    assert missing_case_files(pack, partial) == ["tight-staging-budget"]


def test_a_wrong_expectation_is_reported(pack: Pack) -> None:
    case = (
        CASE_FILES[DEFAULT_PACK]["tight-staging-budget"]
        .cases[0]
        .model_copy(update={"fires": False})
    )
    assert check_rule_case(pack, "tight-staging-budget", case) == (
        "expected 'tight-staging-budget' to stay silent; it fired"
    )
