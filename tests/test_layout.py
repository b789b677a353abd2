"""Starter layouts: which files are kept, how the tree and the notes line up."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from advisor.conditions import parse_condition
from advisor.layout import _layout_tree_slow, layout_lines, layout_paths, layout_tree, project_name
from advisor.loader import load_pack
from advisor.model import LayoutNode
from advisor.pack import Pack
from advisor.text import LocalText

MINI = Path(__file__).parent / "packs" / "mini"


@pytest.fixture(scope="module")
def mini() -> Pack:
    return load_pack(MINI)


def test_lines_for_github_actions_and_batch(mini: Pack) -> None:
    answers = {"cicd_platform": "github_actions", "serving": "batch"}
    assert layout_lines(mini.layouts["deploy_code"], answers, "fraud") == [
        "fraud/                       # project root",
        "├── databricks.yml           # bundle root; targets dev, staging, prod",
        "├── .github/workflows/",
        "│   ├── fraud-run-tests.yml  # unit and integration tests on every pull request",
        "│   └── fraud-deploy.yml     # deploy to staging on merge, to prod on release",
        "├── training/",
        "│   └── train.py             # runs in every environment",
        "├── deployment/",
        "│   └── batch_inference.py   # scheduled scoring job",
        "└── tests/",
    ]


def test_lines_for_gitlab_and_realtime(mini: Pack) -> None:
    answers = {"cicd_platform": "gitlab", "serving": "realtime"}
    assert layout_lines(mini.layouts["deploy_code"], answers, "fraud") == [
        "fraud/                       # project root",
        "├── databricks.yml           # bundle root; targets dev, staging, prod",
        "├── .gitlab-ci.yml           # tests, then deploy to staging and prod",
        "├── training/",
        "│   └── train.py             # runs in every environment",
        "├── deployment/",
        "│   └── serving_endpoint.py  # creates or updates the endpoint",
        "└── tests/",
    ]


def test_missing_answers_count_as_unknown(mini: Pack) -> None:
    lines = layout_lines(mini.layouts["deploy_code"], {}, "p")
    assert not any("workflows" in line or "gitlab" in line for line in lines)
    assert "│   └── batch_inference.py  # scheduled scoring job" in lines


def node(
    path: str, note: str | None = None, when: object = None, *children: LayoutNode
) -> LayoutNode:
    return LayoutNode(
        path=path,
        note=None if note is None else LocalText({"en": note, "pt-BR": "pt: " + note}),
        when=None if when is None else parse_condition(when),
        children=list(children),
    )


def test_connectors_of_nested_folders_and_the_last_child() -> None:
    tree = [
        node(
            "{project}/",
            None,
            None,
            node("a/", None, None, node("one.py"), node("b/", None, None, node("two.py"))),
            node("z.txt", "last"),
        )
    ]
    assert layout_lines(tree, {}, "demo") == [
        "demo/",
        "├── a/",
        "│   ├── one.py",
        "│   └── b/",
        "│       └── two.py",
        "└── z.txt  # last",
    ]


def test_a_dropped_node_takes_its_children_and_moves_the_elbow() -> None:
    tree = [
        node(
            "root/",
            None,
            None,
            node("kept.py"),
            node("gone/", None, {"question": "q", "is": "x"}, node("inside.py")),
        )
    ]
    assert layout_lines(tree, {"q": "y"}, "p") == ["root/", "└── kept.py"]
    assert layout_lines(tree, {"q": "x"}, "p") == [
        "root/",
        "├── kept.py",
        "└── gone/",
        "    └── inside.py",
    ]


def test_notes_in_the_language_on_one_line_with_the_project() -> None:
    tree = [node("{project}.yml", "for {project}\nand more")]
    assert layout_lines(tree, {}, "demo") == ["demo.yml  # for demo and more"]
    assert layout_lines(tree, {}, "demo", lang="pt-BR") == ["demo.yml  # pt: for demo and more"]


def test_several_roots_print_without_connectors() -> None:
    tree = [node("a.txt", "first"), node("longer/", None, None, node("b.txt"))]
    assert layout_lines(tree, {}, "p") == ["a.txt  # first", "longer/", "└── b.txt"]


def test_paths_are_the_full_paths_of_kept_nodes(mini: Pack) -> None:
    answers = {"cicd_platform": "azure_devops", "serving": "realtime"}
    assert layout_paths(mini.layouts["deploy_code"], answers, "fraud") == [
        "fraud/",
        "fraud/databricks.yml",
        "fraud/azure-pipelines.yml",
        "fraud/training/",
        "fraud/training/train.py",
        "fraud/deployment/",
        "fraud/deployment/serving_endpoint.py",
        "fraud/tests/",
    ]


@pytest.mark.parametrize(
    ("team", "expected"),
    [
        ("Fraud Detection", "fraud_detection"),
        ("Équipe Ágil de Previsão", "equipe_agil_de_previsao"),
        ("  --Risk & Credit--  ", "risk_credit"),
        ("<script>alert(1)</script>", "script_alert_1_script"),
        ("../../etc/passwd", "etc_passwd"),
        ("数据团队", "my_ml_project"),
        ("", "my_ml_project"),
        (None, "my_ml_project"),
        ("A" * 39 + " b c", "a" * 39),
        ("x" * 100, "x" * 40),
    ],
)
def test_project_name(team: str | None, expected: str) -> None:
    assert project_name(team) == expected


@pytest.mark.parametrize("pack_path", [None, "rules/serving", MINI])
@pytest.mark.parametrize("lang", ["en", "pt-BR"])
def test_planned_trees_are_the_trees_walked_node_by_node(
    pack_path: str | Path | None, lang: str
) -> None:
    # The plans keep rows per shape and subtrees per (node, prefix, bits
    # below); the slow walk keeps nothing. One long-lived plan per layout,
    # shapes in random order: a subtree kept for one shape must fit the next.
    pack = load_pack(pack_path)
    rng = random.Random(5)
    for _ in range(300):
        answers = {
            q.id: rng.choice([o.id for o in q.options])
            for q in pack.questions
            if rng.random() < 0.7
        }
        project = rng.choice(["demo", "a_much_longer_project_name", "x"])
        for nodes in pack.layouts.values():
            fast = layout_tree(nodes, answers, project, lang=lang)
            assert fast == _layout_tree_slow(nodes, answers, project, lang=lang)
