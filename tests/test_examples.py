"""The example reports in reports/examples/ are fresh: they are what the code writes today.

One answers file per public scenario, and per language a Markdown report and a
JSON document: ``<slug>.md`` and ``<slug>.json`` in English, ``<slug>.pt-BR.md``
and ``<slug>.pt-BR.json`` in Brazilian Portuguese. Refresh them after a deliberate change (and review the diff) with::

    python -m pytest tests/test_examples.py --update-golden
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from advisor.engine import evaluate
from advisor.loader import default_pack_path, read_profile
from advisor.loader.cases import read_scenarios
from advisor.pack import Pack
from advisor.report import render_report
from advisor.slug import slugify

from conftest import ROOT

EXAMPLES = ROOT / "reports" / "examples"
DATE = "2026-01-01"
SCENARIOS = read_scenarios(default_pack_path() / "tests" / "scenarios")
PUBLIC = {name: s for name, s in SCENARIOS.items() if not name.startswith("1")}
# The file suffix of each language's reports: English has none.
LANGUAGES = {"en": "", "pt-BR": ".pt-BR"}


def _answers_yaml(team: str | None, answers: dict[str, object]) -> str:
    lines = ["# An answers file: replay it with advisor assess --answers <this file>"]
    if team is not None:
        lines.append(f"team: {json.dumps(team, ensure_ascii=False)}")
    lines.append("answers:" if answers else "answers: {}")
    lines += [f"  {key}: {value}" for key, value in answers.items()]
    return "\n".join(lines) + "\n"


def _check(path: Path, text: str, update: bool) -> None:
    if update:
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"{path.name} is missing: run pytest {__file__} --update-golden"
    assert path.read_text(encoding="utf-8") == text, (
        f"{path.name} is stale: run `python -m pytest tests/test_examples.py --update-golden` "
        "and review the diff"
    )


@pytest.mark.parametrize("name", sorted(PUBLIC))
def test_example_reports_are_fresh(pack: Pack, name: str, request: pytest.FixtureRequest) -> None:
    update = bool(request.config.getoption("--update-golden"))
    profile = PUBLIC[name].profile
    slug = slugify(profile.team)
    answers_file = EXAMPLES / f"{slug}.answers.yaml"
    _check(answers_file, _answers_yaml(profile.team, dict(profile.answers)), update)
    replayed = read_profile(pack, answers_file)
    result = evaluate(pack, replayed.answers, team=replayed.team)
    assert result.recommendation == PUBLIC[name].expect.recommendation
    for lang, suffix in LANGUAGES.items():
        for fmt in ("md", "json"):
            text = render_report(result, lang=lang, fmt=fmt, date=DATE)
            _check(EXAMPLES / f"{slug}{suffix}.{fmt}", text, update)


def test_no_stray_examples() -> None:
    expected = {
        f"{slugify(s.profile.team)}{suffix}"
        for s in PUBLIC.values()
        for suffix in (
            ".answers.yaml",
            *(f"{lang}.{fmt}" for lang in LANGUAGES.values() for fmt in ("md", "json")),
        )
    }
    present = {path.name for path in EXAMPLES.iterdir() if path.name != "README.md"}
    assert present == expected
