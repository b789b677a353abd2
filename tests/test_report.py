"""The report: a MADR decision record that hostile input cannot break, and the JSON."""

from __future__ import annotations

import datetime
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from advisor.engine import evaluate
from advisor.loader import load_pack
from advisor.markdown import one_line
from advisor.pack import Pack
from advisor.report import render_report
from advisor.result import Result

markdown_it = pytest.importorskip("markdown_it")

MINI = Path(__file__).parent / "packs" / "mini"
DATE = "2026-01-01"
HIGH_COST = {"training_cost": "high", "git_cicd": "none", "cicd_platform": "github_actions"}
CONFLICT = {"training_in_prod_allowed": "no", "prod_accepts_external_models": "no"}
HOSTILE = [
    "<script>alert(1)</script>",
    "# heading",
    "[x](javascript:alert(1))",
    "| pipe |",
    "```",
    "name\nwith\r\nnewlines\u2028and more",
    "*bold* _it_",
    '"quoted" \\ back: slash',
    "---",
    "<img src=x onerror=alert(1)> & <!-- -->",
    "",
    "\u202e\n",
]
MADR_HEADINGS = [
    "## Context and Problem Statement",
    "## Decision Drivers",
    "## Considered Options",
    "## Decision Outcome",
    "### Consequences",
    "### Prerequisites and mitigations",
    "### Confirmation",
    "### What would change the decision",
    "### Open questions",
    "## Pros and Cons of the Options",
    "## More Information",
    "### Why: the rules that fired",
    "### Answers",
]


@pytest.fixture(scope="module")
def mini() -> Pack:
    return load_pack(MINI)


def assess(mini: Pack, answers: dict[str, str], team: str | None = "Fraud Detection") -> Result:
    return evaluate(mini, answers, team=team)


def split_front_matter(report: str) -> tuple[dict[str, Any], str]:
    """The front matter (parsed) and the Markdown body, as a wiki splits them."""
    assert report.startswith("---\n")
    head, body = report[4:].split("\n---\n", 1)
    data = yaml.safe_load(head)
    assert isinstance(data, dict)
    return data, body


def parse(body: str) -> list[Any]:
    parser = markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"])
    return list(parser.parse(body))


def html_of(body: str) -> str:
    parser = markdown_it.MarkdownIt("commonmark").enable(["table", "strikethrough"])
    return str(parser.render(body))


def fenced(report: str, info: str) -> str:
    """The text of the first fenced block with this info string."""
    match = re.search(rf"^(`{{3,}}){info}\n(.*?)\n\1$", report, re.MULTILINE | re.DOTALL)
    assert match is not None, f"no {info} block"
    return match.group(2)


def unescaped_pipes(line: str) -> int:
    return len(re.findall(r"(?<!\\)(?:\\\\)*\|", line))


# -- untrusted team names ----------------------------------------------------


@pytest.mark.parametrize("team", HOSTILE)
def test_hostile_team_forms_no_html(mini: Pack, team: str) -> None:
    report = render_report(assess(mini, HIGH_COST, team), date=DATE)
    _, body = split_front_matter(report)
    assert "<script" not in report
    assert "<img" not in report
    html = html_of(body)
    for tag in ("<script", "<img", "<a ", "<h2>heading", "<!--"):
        assert tag not in html


@pytest.mark.parametrize("team", [t for t in HOSTILE if one_line(t)])
def test_hostile_team_title_is_one_heading_with_the_literal_name(mini: Pack, team: str) -> None:
    _, body = split_front_matter(render_report(assess(mini, HIGH_COST, team), date=DATE))
    tokens = parse(body)
    h1 = [i for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h1"]
    assert len(h1) == 1
    title = "".join(child.content for child in tokens[h1[0] + 1].children)
    assert title == f"Deployment pattern for {one_line(team)}: Deploy model"


@pytest.mark.parametrize("team", HOSTILE)
def test_hostile_team_keeps_every_table_row_whole(mini: Pack, team: str) -> None:
    report = render_report(assess(mini, HIGH_COST, team), date=DATE)
    _, body = split_front_matter(report)
    tables = re.findall(r"(?:^\|.*\|\n)+", body, re.MULTILINE)
    assert len(tables) >= 2
    for table in tables:
        counts = {unescaped_pipes(line) for line in table.splitlines()}
        assert len(counts) == 1, table
    rows = sum(1 for t in parse(body) if t.type == "tr_open")
    assert rows == (1 + 3) + (1 + len(mini.questions))


@pytest.mark.parametrize("team", HOSTILE)
def test_hostile_team_round_trips_through_front_matter_and_answers(mini: Pack, team: str) -> None:
    result = assess(mini, HIGH_COST, team)
    report = render_report(result, date=DATE)
    front, _ = split_front_matter(report)
    replay = yaml.safe_load(fenced(report, "yaml"))
    assert replay["answers"] == result.answers
    assert list(replay["answers"]) == [q.id for q in mini.questions]
    if one_line(team):
        assert front == {"status": "proposed", "date": datetime.date(2026, 1, 1), "team": team}
        assert replay["team"] == team
    else:
        assert front == {"status": "proposed", "date": datetime.date(2026, 1, 1)}
        assert "team" not in replay


def test_answers_block_replays_to_the_same_result(mini: Pack) -> None:
    result = assess(mini, {**CONFLICT, "serving": "batch"})
    replay = yaml.safe_load(fenced(render_report(result, date=DATE), "yaml"))
    again = evaluate(mini, replay["answers"], team=replay["team"])
    assert again == result


@pytest.mark.parametrize("lang", ["en", "pt-BR"])
def test_the_replay_command_gives_the_same_report(
    lang: str, workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As a reader would: save the block, run the command the report prints,
    # in a shell whose locale says nothing of the report's language.
    from advisor.cli import main

    monkeypatch.setenv("LANG", "pt_BR.UTF-8" if lang == "en" else "C.UTF-8")
    pack = load_pack()
    result = evaluate(pack, {"training_cost": "high", "git_cicd": "full"}, team="Replay `Me`")
    report = render_report(result, lang=lang, date=DATE)
    (workdir / "answers.yaml").write_text(fenced(report, "yaml"), encoding="utf-8")
    [command] = re.findall(r"`(advisor assess --answers answers\.yaml[^`]*)`", report)
    assert main([*command.split()[1:], "--output", "again.md"]) == 0
    assert (workdir / "again.md").read_text(encoding="utf-8") == report


def test_an_answer_to_a_question_that_does_not_apply_is_kept_in_the_answers_block() -> None:
    pack = load_pack()
    given = {"training_in_prod_allowed": "no", "prod_results_visibility": "yes"}
    result = evaluate(pack, given)
    assert "prod_results_visibility" in result.not_applicable
    assert result.answers["prod_results_visibility"] == "unknown"
    assert result.given["prod_results_visibility"] == "yes"
    report = render_report(result, date=DATE)
    replay = yaml.safe_load(fenced(report, "yaml"))["answers"]
    assert replay["prod_results_visibility"] == "yes"
    assert evaluate(pack, replay) == result


def test_the_date_is_an_iso_date_or_a_date_object(mini: Pack) -> None:
    result = assess(mini, HIGH_COST)
    assert render_report(result, date=datetime.date(2026, 1, 1)) == render_report(result, date=DATE)
    for wrong in ("2026-02-30", "20260101", "2026-W01-4", "1/1/2026"):
        with pytest.raises(ValueError) as raised:
            render_report(result, date=wrong)
        assert str(raised.value) == (
            f"'{wrong}' is not a date; write it as YYYY-MM-DD, for example 2026-01-31"
        )


# -- the decision record -----------------------------------------------------


def test_report_has_the_madr_sections_in_order(mini: Pack) -> None:
    report = render_report(assess(mini, HIGH_COST), date=DATE)
    positions = [report.index(f"\n{heading}\n") for heading in MADR_HEADINGS]
    assert positions == sorted(positions)


@pytest.mark.parametrize(
    "answers", [{}, HIGH_COST, CONFLICT, {"git_cicd": "full", "training_cost": "low"}]
)
def test_no_section_is_empty_and_the_text_is_tidy(mini: Pack, answers: dict[str, str]) -> None:
    report = render_report(assess(mini, answers), date=DATE)
    lines = report.splitlines()
    for index, line in enumerate(lines):
        level = len(line) - len(line.lstrip("#"))
        if line.startswith("#") and line[level : level + 1] == " ":
            following = next(text for text in lines[index + 1 :] if text.strip())
            deeper = len(following) - len(following.lstrip("#"))
            assert not following.startswith("#") or deeper > level, line
    assert report.endswith("\n") and not report.endswith("\n\n")
    assert "\n\n\n" not in report
    assert all(line == line.rstrip() for line in lines)


def test_lead_sentence_names_recommendation_confidence_and_scores(mini: Pack) -> None:
    report = render_report(assess(mini, HIGH_COST), date=DATE)
    assert (
        "**Recommendation: Deploy model** (confidence: medium). Deploy model scores 4, "
        "against 2 for Hybrid and −2 for Deploy code.\n"
    ) in report
    assert "| **Deploy model** (recommended) | 4 | yes | — |" in report


def test_ruled_out_patterns_say_why(mini: Pack) -> None:
    report = render_report(assess(mini, {"prod_accepts_external_models": "no"}), date=DATE)
    assert (
        "Deploy model and Hybrid are ruled out: Production does not accept models "
        "trained outside it." in report
    )
    assert (
        "| Deploy model | 0 | no | Production does not accept models trained outside it "
        "(*Production only accepts models trained in production*) |" in report
    )


def test_a_tie_says_the_documented_default_stands(mini: Pack) -> None:
    report = render_report(assess(mini, {}), date=DATE)
    assert "nothing in the answers decides between them, so the documented default" in report
    assert "(confidence: low)" in report


def test_no_viable_pattern_names_the_conflicting_constraints(mini: Pack) -> None:
    result = assess(mini, CONFLICT)
    assert result.recommendation is None
    report = render_report(result, date=DATE)
    assert "# Deployment pattern for Fraud Detection: no viable pattern\n" in report
    assert (
        "- **Deploy code** is ruled out: Training jobs may not run in production "
        "(*Training may not run in production*)." in report
    )
    assert "- **Hybrid** is ruled out:" in report
    assert "### Flow of" not in report
    assert "```mermaid" not in report


def test_drivers_put_hard_constraints_first_then_bigger_effects(mini: Pack) -> None:
    answers = {"git_cicd": "full", "training_cost": "high", "prod_accepts_external_models": "no"}
    report = render_report(assess(mini, answers), date=DATE)
    section = report.split("## Decision Drivers\n", 1)[1].split("\n## ", 1)[0]
    bullets = [line for line in section.splitlines() if line.startswith("- ")]
    assert bullets == [
        "- Production only accepts models trained in production: rules out Deploy model and Hybrid",
        "- Training is very expensive: −2 Deploy code, +3 Deploy model, +2 Hybrid",
        "- Git and CI/CD are in place: +2 Deploy code, +1 Hybrid",
    ]


def test_marked_trade_offs_come_first_and_the_marker_is_explained_once(mini: Pack) -> None:
    report = render_report(assess(mini, HIGH_COST), date=DATE)
    assert report.count("Trade-offs marked **(applies to you)**") == 1
    consequences = report.split("### Consequences\n", 1)[1].split("\n### ", 1)[0]
    assert "- Good: The model is trained only once, which suits very expensive training. " in (
        consequences
    )
    assert consequences.count("**(applies to you)**") == 2  # the note and one trade-off
    deploy_code = report.split("\n### Deploy code\n", 1)[1].split("\n### ", 1)[0]
    bad = [line for line in deploy_code.splitlines() if line.startswith("- Bad:")]
    assert all(line.endswith("**(applies to you)**") for line in bad)


def test_prerequisites_counterfactuals_and_open_questions(mini: Pack) -> None:
    report = render_report(assess(mini, {"git_cicd": "none", "training_cost": "low"}), date=DATE)
    assert (
        "| What Deploy code needs | How to meet it |\n"
        "| --- | --- |\n"
        "| Data scientists hand over reviewed, tested training code. "
        "| Start from a project template such as MLOps Stacks. |\n"
        "| Git and CI/CD pipelines to promote code. "
        "| Adopt Git and CI/CD, for example with an MLOps Stacks project. |\n"
    ) in report
    assert (
        "- If *How much does one full training run cost?* were **Moderate** "
        "(`training_cost: moderate`), the recommendation would be **Deploy model**.\n"
    ) in report
    assert (
        "- *May training jobs run in the production environment?* (`training_in_prod_allowed`): "
        "**could change the decision**: Deploy code if *Yes*; Deploy model if *No*.\n"
    ) in report


def test_everything_answered_says_so(mini: Pack) -> None:
    answers = {
        "training_in_prod_allowed": "yes",
        "prod_accepts_external_models": "yes",
        "training_cost": "low",
        "git_cicd": "full",
    }
    report = render_report(assess(mini, answers), date=DATE)
    assert "All decision questions are answered." in report


def test_flow_layout_and_confirmation_of_the_recommended_pattern(mini: Pack) -> None:
    report = render_report(assess(mini, HIGH_COST, "Équipe Ágil"), date=DATE)
    assert "### Flow of Deploy model\n" in report
    assert fenced(report, "mermaid").startswith("flowchart LR\n  dev[dev: train model]")
    tree = fenced(report, "text").splitlines()
    assert tree[0] == "equipe_agil/"
    assert "└── .github/workflows/ci.yml  # tests for the supporting code" in tree
    assert "CI/CD pipelines (`equipe_agil/.github/workflows/`) pass on every change" in report


def test_pack_texts_in_the_language(mini: Pack) -> None:
    report = render_report(assess(mini, HIGH_COST), lang="pt-BR", date=DATE)
    assert "# Padrão de implantação para Fraud Detection: Implantar modelo\n" in report
    assert "## Contexto e enunciado do problema\n" in report
    assert "Avaliação feita em 1 de janeiro de 2026." in report
    assert "Como os modelos da equipe devem ir" in report
    # A text without a translation falls back to English.
    assert "Do production owners accept a model artifact" in report


def test_date_comes_only_from_the_caller(mini: Pack) -> None:
    report = render_report(assess(mini, HIGH_COST))
    front, _ = split_front_matter(report)
    assert front == {"status": "proposed", "team": "Fraud Detection"}
    assert "date" not in render_report(assess(mini, HIGH_COST), fmt="json").split('"date": ', 1)[0]


@pytest.mark.parametrize("fmt", ["md", "json"])
def test_rendering_is_deterministic(mini: Pack, fmt: str) -> None:
    first = render_report(assess(mini, HIGH_COST), fmt=fmt, date=DATE)
    reordered = dict(reversed(list(HIGH_COST.items())))
    second = render_report(assess(mini, reordered), fmt=fmt, date=DATE)
    assert first.encode() == second.encode()


# -- JSON and errors -----------------------------------------------------------


def test_json_has_the_documented_keys(mini: Pack) -> None:
    document = json.loads(render_report(assess(mini, HIGH_COST), fmt="json", date=DATE))
    assert document["team"] == "Fraud Detection"
    assert document["recommendation"] == "deploy_model"
    assert document["date"] == DATE
    assert isinstance(document["advisor_version"], str)
    assert [entry["pattern"] for entry in document["ranking"]] == [
        "deploy_model",
        "hybrid",
        "deploy_code",
    ]
    for entry in document["ranking"]:
        assert {"pattern", "score", "viable", "blocked_by"} <= set(entry)
    assert document["fired_rules"][0]["id"] == "high-training-cost"
    assert document["fired_rules"][0]["effects"] == {
        "deploy_model": 3.0,
        "hybrid": 2.0,
        "deploy_code": -2.0,
    }
    for key, fields in {
        "unknowns": {"question", "possible_recommendations"},
        "counterfactuals": {"question", "answer", "recommendation"},
        "fired_rules": {"id", "effects"},
    }.items():
        assert document[key], key
        for entry in document[key]:
            assert fields <= set(entry)
    assert "prerequisites" in document


def test_json_prerequisites_have_pattern_and_text(mini: Pack) -> None:
    answers = {"git_cicd": "none", "training_cost": "low"}
    document = json.loads(render_report(assess(mini, answers), fmt="json"))
    assert document["date"] is None
    assert {
        "pattern": "deploy_code",
        "text": "Git and CI/CD pipelines to promote code.",
    }.items() <= (document["prerequisites"][-1].items())


def test_json_of_no_viable_pattern_has_null_recommendation(mini: Pack) -> None:
    document = json.loads(render_report(assess(mini, CONFLICT), fmt="json"))
    assert document["recommendation"] is None
    assert all(not entry["viable"] for entry in document["ranking"])


def test_unknown_format_raises(mini: Pack) -> None:
    with pytest.raises(ValueError, match="unknown report format 'html'; formats: md, json"):
        render_report(assess(mini, {}), fmt="html")


def test_unknown_language_raises(mini: Pack) -> None:
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        render_report(assess(mini, {}), lang="fr")


def test_jinja2_is_loaded_only_for_markdown() -> None:
    script = f"""
import sys
import advisor
assert "advisor.report" not in sys.modules, "advisor imports the report module"
from advisor.report import render_report
from advisor.loader import load_pack
from advisor.engine import evaluate
result = evaluate(load_pack({str(MINI)!r}), {{}})
render_report(result, fmt="json")
assert "jinja2" not in sys.modules, "jinja2 loaded for JSON"
render_report(result)
assert "jinja2" in sys.modules
"""
    subprocess.run([sys.executable, "-c", script], check=True)


def test_a_language_the_pack_has_no_texts_in_is_refused(pack_root: Path) -> None:
    # As `--lang pt-BR --pack rules/serving` is: the report would say "pt-BR"
    # in its headings and keep the pack's English texts.
    serving = load_pack(pack_root.parent / "serving")
    result = evaluate(serving, {}, team="S")
    refused = "the pack 'serving' is available in en, not in 'pt-BR'"
    for fmt in ("md", "json"):
        with pytest.raises(ValueError, match=re.escape(refused)):
            render_report(result, lang="pt-BR", fmt=fmt)
    with pytest.raises(ValueError, match=re.escape(refused)):
        result.to_dict("pt-BR")
    with pytest.raises(ValueError, match="unknown language 'fr'; languages: en"):
        result.to_dict("fr")
    assert result.to_dict("en")["team"] == "S"


def test_the_title_says_what_the_pack_decides(pack_root: Path, make_pack: Any) -> None:
    # A pack names its decision ("Serving mode"); one that does not gets "Decision".
    serving = load_pack(pack_root.parent / "serving")
    assert _title(render_report(evaluate(serving, {}, team="Ads"))) == (
        "# Serving mode for Ads: Batch scoring"
    )
    plain = load_pack(make_pack())
    assert plain.manifest.decision is None
    assert _title(render_report(evaluate(plain, {}, team="Ads"))).startswith("# Decision for Ads: ")


def _title(report: str) -> str:
    return next(line for line in report.splitlines() if line.startswith("# "))
