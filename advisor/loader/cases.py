"""Reading a pack's own tests: one case file per rule, and scenario files.

Layout inside a pack folder::

    tests/rules/<rule-id>.yaml     cases where the rule must fire and stay silent
    tests/scenarios/*.yaml         profile -> expected recommendation
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from advisor.errors import PackError, PackProblem
from advisor.loader import validation
from advisor.loader._yaml import ParseError, line_of, parse
from advisor.loader.pack_files import unreadable
from advisor.packtests import RuleCases, ScenarioFile


def _read(path: Path, model: type[RuleCases | ScenarioFile]) -> RuleCases | ScenarioFile:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise PackError(
            str(path.parent), [PackProblem(str(path), None, unreadable(error))]
        ) from None
    try:
        data = parse(text)
        return model.model_validate(data)
    except ParseError as error:
        raise PackError(
            str(path.parent), [PackProblem(str(path), error.line, error.problem)]
        ) from None
    except ValidationError as error:
        problems = [
            PackProblem(str(path), line_of(text, loc), f"{'.'.join(map(str, loc))}: {problem}")
            for loc, problem in validation.problems(error.errors())
        ]
        raise PackError(str(path.parent), problems) from None


def read_rule_case_file(path: str | Path) -> RuleCases:
    """One case file.

    Raises:
        PackError: the file cannot be read, is not YAML, or is not a case file.
    """
    cases = _read(Path(path), RuleCases)
    assert isinstance(cases, RuleCases)
    return cases


def read_scenario_file(path: str | Path) -> ScenarioFile:
    """One scenario file.

    Raises:
        PackError: the file cannot be read, is not YAML, or is not a scenario.
    """
    scenario = _read(Path(path), ScenarioFile)
    assert isinstance(scenario, ScenarioFile)
    return scenario


def read_rule_cases(pack_root: str | Path) -> dict[str, RuleCases]:
    """The case files of a pack, by file stem (which must be the rule id)."""
    folder = Path(pack_root) / "tests" / "rules"
    return {path.stem: read_rule_case_file(path) for path in sorted(folder.glob("*.yaml"))}


def read_scenarios(folder: str | Path) -> dict[str, ScenarioFile]:
    """The scenario files of a folder, by file name."""
    return {path.name: read_scenario_file(path) for path in sorted(Path(folder).glob("*.yaml"))}
