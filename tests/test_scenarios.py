"""The acceptance scenarios: the product's (shared/spec) and the pack's own copies."""

from __future__ import annotations

from pathlib import Path

import pytest

from advisor.loader import default_pack_path
from advisor.loader.cases import read_scenarios
from advisor.pack import Pack
from advisor.packtests import check_scenario

from conftest import SHARED

PACK_SCENARIOS = default_pack_path() / "tests" / "scenarios"
SPEC_SCENARIOS = SHARED / "spec" / "scenarios"


def _cases() -> list[tuple[str, Path]]:
    found = [(f"pack/{name}", PACK_SCENARIOS) for name in read_scenarios(PACK_SCENARIOS)]
    if SPEC_SCENARIOS.is_dir():
        found += [(f"spec/{name}", SPEC_SCENARIOS) for name in read_scenarios(SPEC_SCENARIOS)]
    return found


@pytest.mark.parametrize(("name", "folder"), _cases(), ids=[name for name, _ in _cases()])
def test_scenario(pack: Pack, name: str, folder: Path) -> None:
    scenario = read_scenarios(folder)[name.split("/", 1)[1]]
    assert check_scenario(pack, scenario) is None


def test_pack_keeps_a_copy_of_every_spec_scenario() -> None:
    if not SPEC_SCENARIOS.is_dir():
        pytest.skip("shared/spec/scenarios is not beside this checkout")
    for name, scenario in read_scenarios(SPEC_SCENARIOS).items():
        assert read_scenarios(PACK_SCENARIOS).get(name) == scenario, name
