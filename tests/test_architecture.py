"""The layers stay thin and separate: enforced by reading the imports of each module."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "advisor"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def _name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, set[str]]:
    return {_name(path): _imports(path) for path in sorted(PACKAGE.rglob("*.py"))}


def _users(library: str) -> list[str]:
    return sorted(
        name
        for name, imports in _modules().items()
        if any(item == library or item.startswith(f"{library}.") for item in imports)
    )


PURE = (
    "advisor.engine",
    "advisor.tally",
    "advisor.whatif",
    "advisor.effects",
    "advisor.compiled",
    "advisor.tables",
    "advisor.conditions",
    "advisor.result",
    "advisor.answers",
)
IO_AND_UI = (
    "yaml",
    "jinja2",
    "rich",
    "questionary",
    "prompt_toolkit",
    "pathlib",
    "os",
    "sys",
    "io",
    "datetime",
    "time",
    "random",
    "subprocess",
)


@pytest.mark.parametrize("module", PURE)
def test_the_engine_is_pure(module: str) -> None:
    imports = _modules()[module]
    assert not {item.split(".")[0] for item in imports} & set(IO_AND_UI)
    assert not any(
        item.startswith(("advisor.loader", "advisor.report", "advisor.cli", "advisor.console"))
        for item in imports
    )


def test_only_the_loader_reads_yaml() -> None:
    assert _users("yaml") == ["advisor.loader._yaml"]


def test_only_the_report_uses_jinja2() -> None:
    # The report, and the templates compiled ahead of time (jinja2's output).
    users = _users("jinja2")
    generated = [name for name in users if name.startswith("advisor.report.precompiled.")]
    assert [name for name in users if name not in generated] == [
        "advisor.report",
        "advisor.report.precompile",
    ]
    assert generated == [
        "advisor.report.precompiled.report_md",
        "advisor.report.precompiled.summary_md",
    ]


def test_only_the_prompts_use_questionary() -> None:
    assert [name for name in _users("questionary") if name != "advisor.prompts"] == []


def test_only_the_console_uses_rich() -> None:
    assert [name for name in _users("rich") if not name.startswith("advisor.console")] == []


def test_only_the_cli_maps_errors_to_exit_codes() -> None:
    exiting = [
        _name(path)
        for path in sorted(PACKAGE.rglob("*.py"))
        if re.search(r"\b(sys\.exit|os\._exit)\(", path.read_text(encoding="utf-8"))
    ]
    # entry(): the program's exit, with main()'s code; alongside: a forked
    # child's own end, which says how it went through a pipe instead.
    assert exiting == ["advisor.batch.alongside", "advisor.cli"]


def _loaded_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint(' '.join(sorted(sys.modules)))"
    output = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    return set(output.split())


def test_version_imports_nothing_heavy() -> None:
    loaded = _loaded_after(
        "from advisor.cli import main\ntry:\n    main(['--version'])\nexcept SystemExit:\n    pass"
    )
    heavy = {"questionary", "prompt_toolkit", "jinja2", "pydantic", "yaml", "rich"}
    assert not {name.split(".")[0] for name in loaded} & heavy


def test_the_public_api_loads_lazily() -> None:
    loaded = _loaded_after("import advisor")
    assert not {name.split(".")[0] for name in loaded} & {"pydantic", "jinja2", "yaml"}
