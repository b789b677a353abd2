"""One case file per rule: ``pytest -k RULE_ID`` runs the cases of one rule."""

from __future__ import annotations

import pytest

from advisor.loader import default_pack_path
from advisor.loader.cases import read_rule_cases
from advisor.pack import Pack
from advisor.packtests import check_rule_case, incomplete_case_files, missing_case_files

CASE_FILES = read_rule_cases(default_pack_path())
CASES = [(rule, case) for rule, cases in CASE_FILES.items() for case in cases.cases]


@pytest.mark.parametrize(
    ("rule_id", "case"), CASES, ids=[f"{rule}-{case.name}" for rule, case in CASES]
)
def test_rule_case(pack: Pack, rule_id: str, case: object) -> None:
    assert check_rule_case(pack, rule_id, case) is None  # type: ignore[arg-type]


def test_every_rule_has_a_case_file(pack: Pack) -> None:
    assert missing_case_files(pack, CASE_FILES) == []


def test_every_case_file_fires_and_stays_silent() -> None:
    assert incomplete_case_files(CASE_FILES) == []


def test_a_missing_case_file_is_noticed(pack: Pack) -> None:
    partial = dict(CASE_FILES)
    partial.pop("tight-staging-budget")
    assert missing_case_files(pack, partial) == ["tight-staging-budget"]


def test_a_wrong_expectation_is_reported(pack: Pack) -> None:
    case = CASE_FILES["tight-staging-budget"].cases[0].model_copy(update={"fires": False})
    assert check_rule_case(pack, "tight-staging-budget", case) == (
        "expected 'tight-staging-budget' to stay silent; it fired"
    )
