"""A new user's path, from the "How to write a pack" guide: write a tiny pack, check
it, test it, assess a team with it. The files are the guide's examples."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from advisor.cli import main

from conftest import write

GUIDE = {
    "pack.yaml": """
        id: retraining
        version: "0.1.0"
        title: Retraining strategy
        description: Retrain on a schedule, or when monitoring sees drift?
        languages: [en]
        tie_order: [scheduled, on_drift]    # ties go to the first: the default
        confidence: {high_margin: 4, medium_margin: 2, min_answered: 0.5}
    """,
    "questions.yaml": """
        questions:
          - id: labels_delay
            kind: decision                  # decision questions change the recommendation
            text: How soon do ground-truth labels arrive?
            help: The time between a prediction and knowing whether it was right.
            options:
              - {id: days, label: Within days}
              - {id: months, label: Months later}
          - id: monitoring
            kind: decision
            text: Is drift monitored in production?
            help: A monitor on the inference table that alerts on drift.
            options:
              - {id: "yes", label: "Yes"}   # quote yes and no: they are option ids
              - {id: "no", label: "No"}
          - id: alert_channel
            kind: layout                    # layout questions only shape the starter layout
            text: Where do alerts go?
            help: Adds the matching notification file.
            when: {question: monitoring, is: "yes"}   # asked only when this holds
            options:
              - {id: email, label: Email}
              - {id: chat, label: Chat}
    """,
    "patterns.yaml": """
        patterns:
          - id: scheduled
            name: Scheduled retraining
            summary: A job retrains the model on a fixed schedule.
            tradeoffs:
              - {id: simple, kind: advantage, text: One job and a calendar.}
              - {id: wasteful, kind: disadvantage, text: Retrains even when nothing changed.}
            flow: "flowchart LR\\n  cron[Schedule] --> train[Retrain]"
          - id: on_drift
            name: Retraining on drift
            summary: A drift monitor triggers retraining.
            tradeoffs:
              - {id: timely, kind: advantage, text: Retrains when the data moves.}
              - {id: needs_monitor, kind: disadvantage, text: Needs a drift monitor and alerts.}
            flow: "flowchart LR\\n  monitor[Drift monitor] --> train[Retrain]"
    """,
    "layouts.yaml": """
        layouts:
          scheduled:
            - path: "{project}/"
              children:
                - {path: retrain-job.yml, note: runs weekly}
          on_drift:
            - path: "{project}/"
              children:
                - {path: drift-monitor.yml}
                - path: alerts-email.yml
                  when: {question: alert_channel, is: email}
    """,
    "rules/drift-needs-monitoring.yaml": """
        id: drift-needs-monitoring
        title: Nothing watches for drift
        reason: Retraining on drift needs a monitor that sees it.
        when: {question: monitoring, is: "no"}
        effects:
          vetoes:
            - {pattern: on_drift, reason: No drift monitor to trigger retraining.}
        sources:
          - {section: Team runbook, quote: Retraining is triggered by drift alerts.}
    """,
    "rules/fast-labels.yaml": """
        id: fast-labels
        title: Labels arrive within days
        reason: Fresh labels let a monitor confirm drift quickly.
        when:
          all:
            - {question: labels_delay, is: days}
            - {question: monitoring, in: ["yes", unknown]}
        effects:
          scores: {on_drift: 2}
          marks: [on_drift.timely]
        sources:
          - {section: Monitoring, quote: Labels must arrive in time for retraining decisions.}
    """,
}
CASES = {
    "tests/rules/fast-labels.yaml": """
        rule: fast-labels
        cases:
          - name: labels_in_days
            answers: {labels_delay: days, monitoring: "yes"}
            fires: true
            effects: {on_drift: 2}
          - name: labels_in_months
            answers: {labels_delay: months}
            fires: false
    """,
    "tests/rules/drift-needs-monitoring.yaml": """
        rule: drift-needs-monitoring
        cases:
          - name: no_monitor
            answers: {monitoring: "no"}
            fires: true
            vetoes: [on_drift]
          - name: monitor
            answers: {monitoring: "yes"}
            fires: false
    """,
}


def test_a_pack_written_from_the_guide(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for name, text in GUIDE.items():
        write(workdir / "retraining" / name, text)
    assert main(["rules", "check", "retraining"]) == 0
    out = re.sub(r" in \d+\.\d\d s", " in 0.00 s", capsys.readouterr().out)
    assert (
        out
        == "retraining: 2 rules, 3 questions (2 decision), 2 patterns, languages: en\nverified all 9 combinations of answers to the 2 decision questions (unknown included) in 0.00 s\n  recommended: scheduled 7 (77.8%), on_drift 2 (22.2%)\n  no viable pattern: none\n  decided by the tie policy: 4 (44.4%), for example:\n    {}  tie between scheduled, on_drift\nretraining: 0 errors, 0 warnings\n"
    )
    assert main(["rules", "test", "retraining"]) == 1
    assert capsys.readouterr().out.splitlines()[-1] == (
        "retraining: 0 cases, 0 scenarios: 2 failures"
    )
    for name, text in CASES.items():
        write(workdir / "retraining" / name, text)
    assert main(["rules", "test", "retraining"]) == 0
    assert capsys.readouterr().out == "retraining: 4 cases, 0 scenarios: all passed\n"
    write(
        workdir / "team.yaml",
        "team: Ads CTR\nanswers:\n  labels_delay: days\n  monitoring: yes\n  alert_channel: email\n",
    )
    argv = ["assess", "--answers", "team.yaml", "--pack", "retraining", "--output", "-"]
    assert main([*argv, "--date", "2026-01-01"]) == 0
    report = capsys.readouterr().out
    assert "**Recommendation: Retraining on drift** (confidence: medium)." in report
    assert "├── drift-monitor.yml\n└── alerts-email.yml" in report
