"""The acceptance scenarios: the product's (shared/spec) and the packs' own copies.

Every built-in pack's scenarios run: the default pack's with ids
``pack/<file>``, the others' with ids ``<pack>/<file>``.
"""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from advisor.loader import DEFAULT_PACK, default_pack_path, load_pack, packs_root
from advisor.loader.cases import read_scenarios
from advisor.pack import Pack
from advisor.packtests import check_scenario

from conftest import SHARED

PACK_SCENARIOS = default_pack_path() / "tests" / "scenarios"
SPEC_SCENARIOS = SHARED / "spec" / "scenarios"
PACKS = sorted(path for path in packs_root().iterdir() if (path / "pack.yaml").is_file())


def _cases() -> list[tuple[str, Path, Path]]:
    """(test id, scenario folder, pack folder) of every scenario file."""
    found = []
    for root in PACKS:
        prefix = "pack" if root.name == DEFAULT_PACK else root.name
        folder = root / "tests" / "scenarios"
        found += [(f"{prefix}/{name}", folder, root) for name in read_scenarios(folder)]
    if SPEC_SCENARIOS.is_dir():
        found += [
            (f"spec/{name}", SPEC_SCENARIOS, default_pack_path())
            for name in read_scenarios(SPEC_SCENARIOS)
        ]
    return found


CASES = _cases()


@functools.cache
def _pack(root: Path) -> Pack:
    return load_pack(root)


@pytest.mark.parametrize(("name", "folder", "root"), CASES, ids=[name for name, _, _ in CASES])
def test_scenario(name: str, folder: Path, root: Path) -> None:
    scenario = read_scenarios(folder)[name.split("/", 1)[1]]
    assert check_scenario(_pack(root), scenario) is None


def test_pack_keeps_a_copy_of_every_spec_scenario() -> None:
    if not SPEC_SCENARIOS.is_dir():
        pytest.skip("shared/spec/scenarios is not beside this checkout")
    for name, scenario in read_scenarios(SPEC_SCENARIOS).items():
        assert read_scenarios(PACK_SCENARIOS).get(name) == scenario, name
