"""The templates compiled ahead of time: current, used, and never served stale.

Refresh them after editing a template: ``python -m advisor.report.precompile``.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import jinja2
import pytest

from advisor.engine import evaluate
from advisor.pack import Pack
from advisor.report import environment, precompile, render_report, writer_of

REFRESH = "stale: run `python -m advisor.report.precompile`"


def test_every_template_has_a_current_key() -> None:
    manifest = importlib.import_module(precompile.PACKAGE)
    env = environment()
    keys = {
        path.name: precompile.key(env, path.read_text(encoding="utf-8"))
        for path in precompile.TEMPLATES.glob("*.j2")
    }
    assert keys == manifest.KEYS, REFRESH


def test_the_modules_are_what_this_jinja2_makes() -> None:
    manifest = importlib.import_module(precompile.PACKAGE)
    if jinja2.__version__ != manifest.JINJA2:
        pytest.skip(f"made by jinja2 {manifest.JINJA2}, running {jinja2.__version__}")
    made = precompile.modules(environment())
    stored = {
        path.name: path.read_text(encoding="utf-8") for path in precompile.FOLDER.glob("*.py")
    }
    assert stored == made, REFRESH


@pytest.mark.parametrize("name", ["report.md.j2", "summary.md.j2"])
def test_a_current_module_is_used(name: str) -> None:
    template = precompile.load(environment(), name)
    assert template is not None
    assert Path(template.filename or "").parent == precompile.FOLDER


def test_an_edited_template_is_compiled_from_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = (precompile.TEMPLATES / "summary.md.j2").read_text(encoding="utf-8")
    (tmp_path / "summary.md.j2").write_text(source + "edited\n", encoding="utf-8")
    monkeypatch.setattr(precompile, "TEMPLATES", tmp_path)
    assert precompile.load(environment(), "summary.md.j2") is None
    (tmp_path / "summary.md.j2").write_text(source, encoding="utf-8")
    assert precompile.load(environment(), "summary.md.j2") is not None


def test_another_jinja2_compiles_from_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(jinja2, "__version__", "0.0.0")
    assert precompile.load(environment(), "report.md.j2") is None


def test_other_options_make_another_key() -> None:
    env = environment()
    other = env.overlay(trim_blocks=False)
    assert precompile.key(env, "x") != precompile.key(other, "x")
    assert precompile.key(env, "x") != precompile.key(env, "y")


def test_reports_are_the_same_from_the_module_and_from_the_file(
    pack: Pack, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = {q.id: q.options[-1].id for q in pack.questions}
    result = evaluate(pack, answers, team="Équipe | `x`")
    from_module = render_report(result, lang="pt-BR", date="2026-01-02")

    from_file = environment().get_template("report.md.j2")
    assert Path(from_file.filename or "").parent == precompile.TEMPLATES
    monkeypatch.setattr(
        "advisor.report._writer", lambda _pack, lang: writer_of(from_file, pack, lang)
    )
    assert render_report(result, lang="pt-BR", date="2026-01-02") == from_module


def test_a_missing_module_compiles_from_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(precompile, "PACKAGE", "advisor.report.no_such_package")
    assert precompile.load(environment(), "report.md.j2") is None
