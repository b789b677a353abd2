"""``advisor rules test``: run a pack's own tests, as pytest does for the built-in packs.

A pack's tests live inside it (see :mod:`advisor.packtests` for the formats)::

    tests/rules/<rule-id>.yaml     one case file per rule: where it fires, where it stays silent
    tests/scenarios/*.yaml         a profile and the expected recommendation

Every rule needs a case file with at least one case that fires and one that
stays silent; a case file must name an existing rule. Each failure is printed
linter style, ``PATH:LINE: error: MESSAGE`` (the line of the failing case), and
a summary line ends the output: ``PACK: N cases, M scenarios: all passed`` or
``... K failures``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from advisor.authoring.lint import Finding
from advisor.errors import PackError, PackProblem
from advisor.loader import default_pack_path, load_pack
from advisor.loader.cases import read_rule_case_file, read_scenario_file
from advisor.loader.pack_files import misnamed
from advisor.loader.sources import PackSources
from advisor.pack import Pack
from advisor.packtests import RuleCases, check_rule_case, check_scenario

CASES = "tests/rules"
SCENARIOS = "tests/scenarios"


@dataclass
class TestReport:
    """What running a pack's tests found.

    Attributes:
        pack: the pack folder, as given (or the default pack's).
        failures: each failed case, scenario or missing test, in file order.
        cases: how many rule cases ran.
        scenarios: how many scenarios ran.
    """

    __test__ = False  # not a pytest test class, whatever its name

    pack: str
    failures: list[Finding] = field(default_factory=list)
    cases: int = 0
    scenarios: int = 0


def _error(sources: PackSources, name: str, loc: tuple[str | int, ...], message: str) -> Finding:
    return Finding("error", sources.display(name), sources.line(name, loc), message)


def _findings(problems: list[PackProblem]) -> list[Finding]:
    return [Finding("error", item.path, item.line, item.message) for item in problems]


def _case_file_problems(
    pack: Pack, sources: PackSources, name: str, stem: str, cases: RuleCases
) -> list[Finding]:
    rule_ids = [rule.id for rule in pack.rules]
    if stem not in rule_ids:
        return [_error(sources, name, ("rule",), f"no rule '{stem}' in this pack")]
    if cases.rule != stem:
        return [
            _error(
                sources,
                name,
                ("rule",),
                f"the file is for rule '{stem}' but names rule '{cases.rule}'",
            )
        ]
    if {case.fires for case in cases.cases} != {True, False}:
        return [
            _error(
                sources,
                name,
                ("cases",),
                f"rule '{stem}' needs at least one case that fires and one that stays silent",
            )
        ]
    return []


def _run_cases(pack: Pack, root: Path, sources: PackSources, report: TestReport) -> None:
    covered = set()
    report.failures += _findings(misnamed(root, CASES))
    for path in sorted((root / CASES).glob("*.yaml")):
        name = f"{CASES}/{path.name}"
        covered.add(path.stem)
        try:
            cases = read_rule_case_file(path)
        except PackError as error:
            report.failures += _findings(error.problems)
            continue
        problems = _case_file_problems(pack, sources, name, path.stem, cases)
        report.failures += problems
        if problems:
            continue
        for index, case in enumerate(cases.cases):
            report.cases += 1
            failure = check_rule_case(pack, path.stem, case)
            if failure is not None:
                report.failures.append(
                    _error(sources, name, ("cases", index), f"case '{case.name}': {failure}")
                )
    for rule in pack.rules:
        if rule.id not in covered:
            report.failures.append(
                Finding(
                    "error",
                    sources.display(f"{CASES}/{rule.id}.yaml"),
                    None,
                    f"rule '{rule.id}' has no case file (write one with cases where it "
                    "fires and where it stays silent)",
                )
            )


def _run_scenarios(pack: Pack, root: Path, sources: PackSources, report: TestReport) -> None:
    report.failures += _findings(misnamed(root, SCENARIOS))
    for path in sorted((root / SCENARIOS).glob("*.yaml")):
        name = f"{SCENARIOS}/{path.name}"
        try:
            scenario = read_scenario_file(path)
        except PackError as error:
            report.failures += _findings(error.problems)
            continue
        report.scenarios += 1
        failure = check_scenario(pack, scenario)
        if failure is not None:
            report.failures.append(_error(sources, name, ("expect",), failure))


def run_tests(path: str | Path | None = None) -> TestReport:
    """Run the case files and scenarios of a pack (the default pack when ``path`` is None).

    Raises:
        PackError: the pack itself does not load (``advisor rules check`` says why).
    """
    root = Path(path) if path is not None else default_pack_path()
    pack = load_pack(root)
    sources = PackSources(root)
    report = TestReport(pack=str(root))
    _run_cases(pack, root, sources, report)
    _run_scenarios(pack, root, sources, report)
    report.failures.sort(key=lambda failure: (failure.path, failure.line or 0))
    return report


def render_tests(report: TestReport) -> str:
    """The text ``advisor rules test`` prints for one pack."""
    lines = [str(failure) for failure in report.failures]
    ran = (
        f"{report.cases} case{'' if report.cases == 1 else 's'}, "
        f"{report.scenarios} scenario{'' if report.scenarios == 1 else 's'}"
    )
    count = len(report.failures)
    outcome = f"{count} failure{'' if count == 1 else 's'}" if count else "all passed"
    lines.append(f"{report.pack}: {ran}: {outcome}")
    return "\n".join(lines) + "\n"
