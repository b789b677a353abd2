"""Shared fixtures: the default pack, a builder for tiny packs, an isolated work folder."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from advisor.loader import default_pack_path, load_pack
from advisor.pack import Pack

ROOT = Path(__file__).resolve().parent.parent
# The default pack's question ids, as error messages list them.
DEFAULT_QUESTIONS = (
    "dev_reads_prod_data, full_data_training, training_in_prod_allowed, "
    "prod_accepts_external_models, training_cost, training_reproducible, retraining, "
    "supporting_code, workspaces, git_cicd, ds_engineering_skills, prod_results_visibility, "
    "staging_budget, serving, cicd_platform, unity_catalog, feature_store, monitoring, "
    "manual_approval"
)
SHARED = ROOT.parent / "shared"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite reports/examples/ from the current code instead of comparing",
    )


@pytest.fixture(autouse=True)
def no_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests see no locale, so messages are English unless a test chooses a language.

    advisor follows LC_ALL, LC_MESSAGES and LANG; without this, a developer whose
    shell speaks Brazilian Portuguese would see English assertions fail.
    """
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def pack() -> Pack:
    return load_pack()


@pytest.fixture(scope="session")
def pack_root() -> Path:
    return default_pack_path()


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run the test inside an empty folder (reports/ lands there)."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


TINY_MANIFEST = """
    id: tiny
    version: "0.1"
    title: Tiny pack
    description: A pack for tests.
    languages: [en]
    tie_order: [alpha, beta, gamma]
    confidence: {high_margin: 4, medium_margin: 2, min_answered: 0.5}
"""
TINY_QUESTIONS = """
    questions:
      - id: size
        kind: decision
        text: How big?
        help: Size.
        options:
          - {id: small, label: Small}
          - {id: large, label: Large}
      - id: locked
        kind: decision
        text: Locked?
        help: Locked.
        options:
          - {id: "yes", label: "Yes"}
          - {id: "no", label: "No"}
      - id: detail
        kind: decision
        text: Detail?
        help: Asked when not locked.
        when: {not: {question: locked, is: "yes"}}
        options:
          - {id: fine, label: Fine}
          - {id: coarse, label: Coarse}
      - id: colour
        kind: layout
        text: Colour?
        help: Layout only.
        options:
          - {id: red, label: Red}
          - {id: blue, label: Blue}
"""
TINY_PATTERNS = """
    patterns:
"""
for _name in ("alpha", "beta", "gamma"):
    TINY_PATTERNS += f"""
      - id: {_name}
        name: {_name.title()}
        summary: The {_name} pattern.
        tradeoffs:
          - {{id: good, kind: advantage, text: Good.}}
          - {{id: bad, kind: disadvantage, text: Bad.}}
        flow: "flowchart LR"
"""
TINY_LAYOUTS = """
    layouts:
      alpha: [{path: "{project}/"}]
      beta: [{path: "{project}/"}]
      gamma: [{path: "{project}/"}]
"""


def rule_yaml(rule_id: str, when: str, effects: str) -> str:
    return f"""
        id: {rule_id}
        title: Rule {rule_id}
        reason: Because {rule_id}.
        when: {when}
        effects: {effects}
        sources:
          - {{section: Somewhere, quote: Something.}}
    """


TINY_RULES = {
    "large-favours-beta": rule_yaml(
        "large-favours-beta", "{question: size, is: large}", "{scores: {beta: 3}}"
    ),
    "small-favours-alpha": rule_yaml(
        "small-favours-alpha", "{question: size, is: small}", "{scores: {alpha: 1}}"
    ),
    "locked-vetoes-alpha": rule_yaml(
        "locked-vetoes-alpha",
        '{question: locked, is: "yes"}',
        "{vetoes: [{pattern: alpha, reason: Alpha needs it unlocked.}]}",
    ),
    "fine-detail-favours-gamma": rule_yaml(
        "fine-detail-favours-gamma", "{question: detail, is: fine}", "{scores: {gamma: 5}}"
    ),
}


@pytest.fixture
def make_pack(tmp_path: Path) -> Callable[..., Path]:
    """Write a tiny pack (three patterns, four questions); override any file."""

    def make(rules: dict[str, str] | None = None, **files: str) -> Path:
        root = tmp_path / "tiny"
        contents = {
            "pack.yaml": TINY_MANIFEST,
            "questions.yaml": TINY_QUESTIONS,
            "patterns.yaml": TINY_PATTERNS,
            "layouts.yaml": TINY_LAYOUTS,
        }
        contents.update({name.replace("__", "."): text for name, text in files.items()})
        for name, text in contents.items():
            write(root / name, text)
        for rule_id, text in (TINY_RULES if rules is None else rules).items():
            write(root / "rules" / f"{rule_id}.yaml", text)
        return root

    return make
