"""Brazilian Portuguese, report side: every text has both languages, and only texts differ.

* every localised text of the default pack has ``en`` and ``pt-BR``;
* the report catalog has the same keys, with the same ``{fields}``, in both;
* the JSON documents of a profile in both languages differ only in texts, for
  every scenario and for a seeded sample of random profiles;
* a pt-BR report or summary holds none of the report's English sentences.
"""

from __future__ import annotations

import dataclasses
import json
import random
import re
import string
from collections.abc import Iterator
from typing import Any

import pytest

from advisor.batch.summary import RunInfo, outcome_of
from advisor.batch.summary_csv import summary_csv
from advisor.batch.summary_md import summary_context
from advisor.engine import evaluate
from advisor.i18n import count
from advisor.i18n.report import REPORT
from advisor.loader import default_pack_path
from advisor.loader.cases import read_scenarios
from advisor.pack import Pack
from advisor.report import render_report, render_summary
from advisor.report.texts import texts
from advisor.result import Result
from advisor.text import LANGUAGES, LocalText

from conftest import ROOT

SCENARIOS = read_scenarios(default_pack_path() / "tests" / "scenarios")
DATE = "2026-01-01"
# The JSON keys whose strings are texts in the report's language.
TEXT_KEYS = frozenset({"title", "reason", "text", "mitigation", "name", "label"})
SOURCES = [
    ROOT / "advisor" / "report" / "context.py",
    ROOT / "advisor" / "batch" / "summary.py",
    *sorted((ROOT / "advisor" / "report" / "templates").glob("*.j2")),
]


def _local_texts(value: Any, path: str) -> Iterator[tuple[str, LocalText]]:
    """Every :class:`LocalText` under ``value``, with where it is."""
    if isinstance(value, LocalText):
        yield path, value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _local_texts(getattr(value, field.name), f"{path}.{field.name}")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _local_texts(item, f"{path}[{key}]")
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _local_texts(item, f"{path}[{index}]")


def test_every_pack_text_has_both_languages(pack: Pack) -> None:
    found = dict(_local_texts(pack, "pack"))
    # The walk reaches every kind of text the pack has.
    for part in (
        "manifest.title",
        "manifest.description",
        ".questions[0].text",
        ".options[0].label",
        ".patterns[0].name",
        ".tradeoffs[0].text",
        ".rules[0].title",
        ".rules[0].reason",
        ".vetoes[0].reason",
        ".prerequisites[0].text",
        ".note",
    ):
        assert any(part in path for path in found), f"no {part} in the walk"
    missing = [
        f"{path}: {lang}"
        for path, text in found.items()
        for lang in LANGUAGES
        if not (text.get(lang) or "").strip()
    ]
    assert missing == []


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_the_report_catalog_has_the_same_keys_and_fields_in_both_languages() -> None:
    assert set(REPORT) == set(LANGUAGES)
    english = REPORT["en"]
    for lang in LANGUAGES:
        assert REPORT[lang].keys() == english.keys(), lang
        for key, text in REPORT[lang].items():
            assert _fields(text) == _fields(english[key]), f"{lang} {key}"
            assert text.strip(), f"{lang} {key} is empty"
    plurals = {key.rsplit(".", 1)[0] for key in english if key.endswith((".one", ".many"))}
    for base in plurals:
        assert {f"{base}.one", f"{base}.many"} <= english.keys(), base


def test_every_key_the_code_names_is_in_the_catalog() -> None:
    named = {
        match
        for path in SOURCES
        for match in re.findall(
            r"""["']((?:report|summary)\.[a-z_.]*[a-z_])["']""", path.read_text()
        )
    }
    assert named, "no catalog key found in the sources"
    keys = REPORT["en"].keys()
    missing = [key for key in named if key not in keys and f"{key}.one" not in keys]
    assert missing == []


def _random_profiles(pack: Pack, count: int, seed: int) -> list[dict[str, str]]:
    rng = random.Random(seed)
    return [
        {
            q.id: rng.choice([o.id for o in q.options] + ["unknown"])
            for q in pack.questions
            if rng.random() < 0.8
        }
        for _ in range(count)
    ]


def _profiles(pack: Pack) -> list[tuple[str | None, dict[str, str]]]:
    scenarios = [(s.profile.team, dict(s.profile.answers)) for s in SCENARIOS.values()]
    return scenarios + [(None, answers) for answers in _random_profiles(pack, 150, seed=6)]


def _differences(a: Any, b: Any, path: str = "") -> Iterator[str]:
    """Where two JSON values differ; fails when they differ in shape."""
    if isinstance(a, dict):
        assert isinstance(b, dict) and a.keys() == b.keys(), path
        for key in a:
            yield from _differences(a[key], b[key], f"{path}.{key}")
    elif isinstance(a, list):
        assert isinstance(b, list) and len(a) == len(b), path
        for index, (x, y) in enumerate(zip(a, b, strict=True)):
            yield from _differences(x, y, f"{path}[{index}]")
    elif a != b:
        yield path


def test_the_json_differs_across_languages_only_in_texts(pack: Pack) -> None:
    for team, answers in _profiles(pack):
        result = evaluate(pack, answers, team=team)
        english, portuguese = (
            json.loads(render_report(result, lang=lang, fmt="json", date=DATE))
            for lang in ("en", "pt-BR")
        )
        for path in _differences(english, portuguese):
            key = re.sub(r"\[\d+\]$", "", path).rsplit(".", 1)[-1]
            assert key in TEXT_KEYS, f"{team or answers}: {path} differs"
        # The decision itself, spelled out.
        for key in ("recommendation", "confidence", "decided_by_tie", "unknowns"):
            assert english[key] == portuguese[key]
        assert english["counterfactuals"] == portuguese["counterfactuals"]
        ranking = [
            (s["pattern"], s["score"], s["viable"], [b["rule"] for b in s["blocked_by"]])
            for s in english["ranking"]
        ]
        assert ranking == [
            (s["pattern"], s["score"], s["viable"], [b["rule"] for b in s["blocked_by"]])
            for s in portuguese["ranking"]
        ]
        assert [(r["id"], r["effects"], r["vetoes"]) for r in english["fired_rules"]] == [
            (r["id"], r["effects"], r["vetoes"]) for r in portuguese["fired_rules"]
        ]
        assert [(p["pattern"], p["rule"]) for p in english["prerequisites"]] == [
            (p["pattern"], p["rule"]) for p in portuguese["prerequisites"]
        ]


def _english_sentences(prefix: str) -> list[str]:
    """The literal parts of the English catalog texts that pt-BR words differently.

    Short parts (a word, a punctuation mark) are left out: they may occur in
    Portuguese too (``CI/CD``, a code span).
    """
    english, portuguese = REPORT["en"], REPORT["pt-BR"]
    parts = set()
    for key, text in english.items():
        if not key.startswith(prefix) or text == portuguese[key]:
            continue
        for literal, *_ in string.Formatter().parse(text):
            literal = literal.strip(" .,:;()*")
            if len(literal) >= 12 and " " in literal and literal not in portuguese[key]:
                parts.add(literal)
    return sorted(parts)


def _results(pack: Pack) -> list[Result]:
    return [evaluate(pack, answers, team=team) for team, answers in _profiles(pack)[:60]]


def test_a_portuguese_report_has_no_english_sentence_left(pack: Pack) -> None:
    sentences = _english_sentences("report.")
    assert len(sentences) > 40
    for result in _results(pack):
        report = render_report(result, lang="pt-BR", date=DATE)
        left = [sentence for sentence in sentences if sentence in report]
        assert left == [], result.team


def test_a_portuguese_report_has_the_madr_sections_in_portuguese(pack: Pack) -> None:
    result = evaluate(pack, dict(SCENARIOS[min(SCENARIOS)].profile.answers))
    report = render_report(result, lang="pt-BR", date=DATE)
    headings = [line for line in report.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Contexto e enunciado do problema",
        "## Fatores de decisão",
        "## Opções consideradas",
        "## Resultado da decisão",
        "## Prós e contras das opções",
        "## Mais informações",
    ]
    # The front matter stays machine-readable; the body says the date in Portuguese.
    assert "\ndate: 2026-01-01\n" in report
    assert "Avaliação feita em 1 de janeiro de 2026." in report
    assert "| Padrão | Pontuação | Viável | Descartado por |" in report


def test_scores_are_written_with_a_decimal_comma_in_portuguese(pack: Pack) -> None:
    # The default pack's weights are whole numbers: give the scores a half.
    result = evaluate(pack, {"training_cost": "low", "retraining": "scheduled"})
    ranking = tuple(s._replace(score=s.score + 0.5) for s in result.ranking)
    result = dataclasses.replace(result, ranking=ranking)
    report = render_report(result, lang="pt-BR")
    lead = report.split("\n\n", 2)[2].split("\n", 1)[0]
    table = report.split("| --- | ---: |", 1)[1].split("\n\n", 1)[0]
    for text in (lead, table):
        assert re.search(r"\d,5\b", text), text
        assert not re.search(r"\d\.5\b", text), text
    english = render_report(result, lang="en")
    assert re.search(r"\| \d+\.5 \|", english)


def test_a_portuguese_summary_has_no_english_sentence_left(pack: Pack) -> None:
    info = RunInfo(date=DATE, lang="pt-BR", version="0.1.0")
    outcomes = [
        outcome_of(result, where=f"{index}.yaml", reports={"md": f"{index}.md"}, lang="pt-BR")
        for index, result in enumerate(_results(pack))
    ]
    text = render_summary(summary_context(pack, info, outcomes, []))
    assert text.startswith(
        f"# Padrões de implantação de modelo: portfólio de {len(outcomes)} equipes\n"
    )
    assert "avaliadas em 1 de janeiro de 2026" in text
    sentences = _english_sentences("summary.")
    assert [sentence for sentence in sentences if sentence in text] == []
    # The CSV header stays the same ids whatever the language.
    assert summary_csv(pack, info, [], []).startswith("team,status,recommendation,")


def test_the_examples_have_a_portuguese_report_each() -> None:
    examples = ROOT / "reports" / "examples"
    english = {p.name.removesuffix(".md") for p in examples.glob("*.md")} - {"README"}
    english = {name for name in english if not name.endswith(".pt-BR")}
    for name in english:
        assert (examples / f"{name}.pt-BR.md").is_file(), name
        assert (examples / f"{name}.pt-BR.json").is_file(), name


@pytest.mark.parametrize(("lang", "expected"), [("en", "10,000"), ("pt-BR", "10.000")])
def test_counts_in_sentences_group_their_thousands(lang: str, expected: str) -> None:
    assert count(10_000, lang) == expected
    assert count(999, lang) == "999"
    assert expected in texts(lang).plural("summary.title", 10_000, title="P")
    assert texts(lang).plural("summary.title", 1, title="P") == texts(lang)(
        "summary.title.one", count="1", title="P"
    )
