"""The batch's summaries (pure), the interruption shield and the progress bar."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import signal
import sys
from pathlib import Path
from typing import Any

import pytest

from advisor import markdown as md
from advisor.batch.csvtext import CsvLines, safe_cell
from advisor.batch.interrupts import Shield, shielded
from advisor.batch.jsontext import records_text, summary_json, values_text
from advisor.batch.summary import (
    Outcome,
    RunInfo,
    columns_of,
    decisive_questions,
    once_each,
    pattern_counts,
    shared,
    shared_prerequisites,
    summary_document,
)
from advisor.batch.summary_csv import CSV_COLUMNS, summary_csv
from advisor.batch.summary_md import literal_cell, summary_context
from advisor.loader.batch_inputs import Entry, Failure, TeamProfile
from advisor.pack import Pack
from advisor.report import render_summary

INFO = RunInfo(date="2026-01-01", lang="en", version="0.1.0")
CI = ("deploy_code", "CI/CD pipelines.", "Adopt CI/CD.")
GRANT = ("hybrid", "Staging reads prod data.", "Grant read access.")


def _outcome(team: str, recommendation: str | None, *needs: tuple[str, str, str]) -> Outcome:
    return Outcome(
        team=team,
        where=f"{team}.yaml",
        reports={"md": f"{team.lower()}.md"},
        recommendation=recommendation,
        confidence="medium" if recommendation else "none",
        main=("prerequisite", needs[0][1]) if needs else None,
        open_questions=(("training_cost", ("deploy_code", "hybrid")),) if team == "B" else (),
        prerequisites=needs,
    )


OUTCOMES = [
    _outcome("A", "deploy_code", CI),
    _outcome("B", "hybrid", GRANT, CI),
    _outcome("C", "hybrid", GRANT, GRANT),
    _outcome("D", None),
]


def test_counts_and_shared_prerequisites(pack: Pack) -> None:
    columns = columns_of(OUTCOMES)
    assert pattern_counts(pack, columns.recommendation) == [
        ("deploy_code", 1),
        ("deploy_model", 0),
        ("hybrid", 2),
        (None, 1),
    ]
    # Most shared first; a team counts once; ties keep the order first seen.
    assert shared_prerequisites(columns.prerequisites) == [(CI, 2), (GRANT, 2)]


def test_summary_json_is_one_team_per_line_and_the_same_document(pack: Pack) -> None:
    document = summary_document(pack, INFO, OUTCOMES, [])
    text = summary_json(document)
    assert json.loads(text) == document
    lines = text.splitlines()
    assert lines[0] == "{"
    assert sum(line.startswith('    {"team": ') for line in lines) == len(OUTCOMES)


class _Text(str):
    """A str subclass: json.dumps writes it as a string."""


def test_records_text_is_json_dumps_of_each_record() -> None:
    common = [{"question": "q", "possible_recommendations": ["a", None]}]
    main = {"kind": "blocker", "text": 'Says "no"\n\tand <b>\u2028é'}
    records: list[dict[Any, Any]] = [
        {"team": 'A, "B"', "open": common, "main": main, "reports": {"md": "a.md"}},
        {"team": "Ünïcode ✓", "open": common, "main": main, "reports": {}},
        {"team": "\x00\x1f\x7f", "open": [], "main": None, "n": 3, "x": 1.5, "ok": True},
        {"team": _Text("sub"), "nested": {"deep": [1, {"k": "v"}]}, "no": False},
        {1: "a number key", None: "a null key", False: "a false key", 2.5: "a float key"},
        {},
        {"team": "B", "open": [], "main": dict(main), "reports": {"md": "b.md"}},
    ]
    expected = [json.dumps(item, ensure_ascii=False) for item in records]
    assert records_text(records) == expected
    assert records_text(records, before="  ", after=",") == [f"  {text}," for text in expected]


def test_records_text_a_column_at_a_time() -> None:
    # One shape: each key's values are a column, of every kind at once.
    common = [{"pattern": "hybrid", "text": "Grant read access."}]
    values: list[Any] = [
        "plain",
        _Text("a str subclass"),
        None,
        True,
        0,
        -2.5,
        float("inf"),
        common,
        common,
        [],
        {"md": "a.md", "json": "a.json"},
        {},
        {1: "a number key"},
        {"nested": {"deep": [None, common]}},
        'quote " and \\ and \n',
    ]
    records = [
        {"team": f"T{n}", "value": value, "last": n % 2 == 0} for n, value in enumerate(values)
    ]
    expected = [json.dumps(item, ensure_ascii=False) for item in records]
    assert records_text(records) == expected
    assert values_text(values) == [json.dumps(value, ensure_ascii=False) for value in values]
    assert values_text(["only", "text", _Text("here")]) == ['"only"', '"text"', '"here"']
    assert records_text([]) == []


def _plain_csv(pack: Pack, entries: list[Entry], outcomes: list[Outcome]) -> str:
    """summary.csv as a plain csv.writer writes it, one whole row at a time."""
    names = {p.id: p.name.get_lang("en") for p in pack.patterns} | {None: "No viable pattern"}
    kinds = {"blocker": "Blocker", "prerequisite": "Prerequisite"}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    assessed = iter(outcomes)
    for entry in entries:
        if isinstance(entry, Failure):
            row = [entry.team or "", "failed", "", "", "", "", "", "", entry.where, entry.problem]
        else:
            o = next(assessed)
            row = [
                o.team,
                "assessed",
                o.recommendation or "none",
                names[o.recommendation],
                o.confidence,
                f"{kinds[o.main[0]]}: {o.main[1]}" if o.main else "",
                "; ".join(question for question, _ in o.open_questions),
                next(iter(o.reports.values()), ""),
                o.where,
                "",
            ]
        writer.writerow([safe_cell(cell) for cell in row])
    return buffer.getvalue()


def test_summary_csv_is_what_csv_writer_writes(pack: Pack) -> None:
    # Cells many teams share are written once; the text must not change.
    teams = ["A", "B, Inc.", 'Say "hi"', "Two\nlines", "=SUM(A1)", "-1", "\r", "", "é ✓"]
    outcomes = [
        _outcome(team, recommendation, *needs)._replace(where=f"{team or 'x'}.csv:{n}")
        for n, team in enumerate(teams)
        for recommendation, needs in (("hybrid", (GRANT, CI)), (None, ()), ("deploy_code", (CI,)))
    ]
    profiles: list[Entry] = [TeamProfile(o.team, {}, o.where) for o in outcomes]
    failed = Failure("bad.csv", 3, None, "=cmd", "invalid answer, 'x'")
    entries = [failed, *profiles[:5], failed, *profiles[5:], failed]
    assert summary_csv(pack, INFO, entries, outcomes) == _plain_csv(pack, entries, outcomes)


def test_csv_cells_are_written_as_in_a_line() -> None:
    writer = CsvLines()
    tricky = [
        "plain",
        "",
        "a,b",
        'say "hi"',
        "two\nlines",
        "=SUM(A1)",
        "-1",
        "@x",
        "\tx",
        "\r",
        "é ✓",
    ]
    for text in tricky:
        # A cell of a line of two cells or more: quoted by what it holds alone.
        assert writer.cell(text) + ",x\r\n" == writer.line([text, "x"])
    assert writer.texts(tricky) == [writer.cell(text) for text in tricky]
    plain_names = ["Fraud Detection", "Churn 2", "é ✓", ""]
    assert writer.texts(plain_names) == plain_names
    # A line break then a formula inside one cell: that cell is looked at alone.
    assert writer.texts(["ok", "a\n=b"]) == ["ok", '"a\n=b"']


def test_literal_cell_is_markdown_cell() -> None:
    texts = [
        "Fraud Detection 00001",
        "Équipe données 2",
        "团队 ✓",
        "x²",
        "",
        " lead",
        "trail ",
        "two  spaces",
        "under_score",
        "dash-ed",
        "A | B",
        "*bold* [x](y)",
        "<b>&amp;",
        "tab\there",
        "line\nbreak",
        "\u202eevil",
        "sep\u2028x",
        "\xa0nbsp",
    ]
    for text in texts:
        assert literal_cell(text) == md.cell(text), text


def test_once_each_makes_each_distinct_key_once() -> None:
    made: list[str] = []

    def make(key: str) -> str:
        made.append(key)
        return key.upper()

    assert once_each(make, ["a", "b", "a", "c", "b"]) == ["A", "B", "A", "C", "B"]
    assert made == ["a", "b", "c"]


def test_shared_gives_one_object_for_equal_values() -> None:
    unseen = object()  # no test kept an equal value before
    first = ("prerequisite", unseen)
    again = ("prerequisite", unseen)
    assert first is not again
    assert shared(first) is first
    assert shared(again) is first


def test_summary_md_rows_are_escaped_cells(pack: Pack) -> None:
    names = {p.id: p.name.get_lang("en") for p in pack.patterns} | {None: "No viable pattern"}
    teams = ["A | B", "*x* [y](z)", "<b>", "  spaced  out ", "Équipe 2", "", "under_score"]
    outcomes = [
        _outcome(team, recommendation, *needs)._replace(
            main=("blocker", "Needs `code` | *this* <now>") if n % 3 == 0 else None,
            open_questions=(("training_cost", ("hybrid", None)), ("serving", ("deploy_code",)))
            if n % 2
            else (),
        )
        for n, team in enumerate(teams)
        for recommendation, needs in (("hybrid", (GRANT,)), (None, ()))
    ]
    text = render_summary(summary_context(pack, INFO, outcomes, []))
    for o in outcomes:
        main = f"Blocker: {o.main[1]}" if o.main else ""
        report = o.reports["md"]
        row = (
            f"| {md.cell(o.team)} | {md.prose_cell(names[o.recommendation])} | {o.confidence} "
            f"| {md.prose_cell(main) if main else '—'} | [{report}]({report}) |\n"
        )
        assert row in text
        if o.open_questions:
            leads = "; ".join(
                f"{md.code(question)}: {md.prose_cell(' or '.join(names[t] for t in targets))}"
                for question, targets in o.open_questions
            )
            undecided = (
                f"| {md.cell(o.team)} | {md.prose_cell(names[o.recommendation])} | {leads} |\n"
            )
            assert undecided in text


def test_decisive_questions_most_first_then_first_seen() -> None:
    def asking(team: str, *questions: str) -> Outcome:
        return _outcome(team, "hybrid")._replace(
            open_questions=tuple((question, ("hybrid",)) for question in questions)
        )

    outcomes = [asking("A", "q1"), asking("B", "q2", "q1"), asking("C", "q3"), asking("D", "q3")]
    assert decisive_questions(columns_of(outcomes).open_questions) == [
        ("q1", 2),
        ("q3", 2),
        ("q2", 1),
    ]


def test_summary_md_of_a_small_portfolio(pack: Pack) -> None:
    text = render_summary(summary_context(pack, INFO, OUTCOMES, []))
    assert "| A | Deploy code | medium | Prerequisite: CI/CD pipelines. | [a.md](a.md) |" in text
    assert "| D | No viable pattern | none | — | [d.md](d.md) |" in text
    assert "| B | Hybrid | `training_cost`: Deploy code or Hybrid |" in text
    assert "| CI/CD pipelines. | 2 (50%) | Deploy code | Adopt CI/CD. |" in text
    assert "None: every profile was assessed." in text
    assert not text.endswith("\n\n")


@pytest.mark.parametrize(
    ("lang", "thousands"), [("en", "1,200"), ("pt-BR", "1.200")], ids=["en", "pt-BR"]
)
def test_summary_md_tables_group_thousands_as_the_heading_does(
    pack: Pack, lang: str, thousands: str
) -> None:
    # 1,200 teams with the same prerequisite and open question, 300 with none.
    outcomes = [
        _outcome(f"T{n}", "hybrid", GRANT)._replace(
            open_questions=(("training_cost", ("deploy_code", "hybrid")),)
        )
        for n in range(1200)
    ] + [_outcome(f"U{n}", None) for n in range(300)]
    info = RunInfo(date="2026-01-01", lang=lang, version="0.1.0")
    text = render_summary(summary_context(pack, info, outcomes, []))
    hybrid = pack.pattern("hybrid").name.get_lang(lang)
    share = "80%"
    assert f"| {hybrid} | {thousands} | {share} |" in text  # recommendations table
    assert f"| Staging reads prod data. | {thousands} ({share}) |" in text  # shared
    assert f"(`training_cost`) | {thousands} |" in text  # decisive questions
    # The pie chart keeps plain numbers: Mermaid reads no grouping.
    assert f'"{hybrid}" : 1200\n' in text


def test_a_quote_cannot_break_the_pie_chart(pack: Pack) -> None:
    renamed = dataclasses.replace(
        pack.patterns[0], name=pack.patterns[0].name.__class__({"en": 'Deploy "code"'})
    )
    patched = type(pack)(
        location=pack.location,
        manifest=pack.manifest,
        questions=pack.questions,
        patterns=(renamed, *pack.patterns[1:]),
        layouts=pack.layouts,
        rules=pack.rules,
        rule_files=pack.rule_files,
    )
    text = render_summary(summary_context(patched, INFO, OUTCOMES, []))
    assert "    \"Deploy 'code'\" : 1\n" in text


def test_a_signal_during_work_waits_until_it_is_done() -> None:
    shield = Shield()
    done = []

    def work(item: int) -> int:
        os.kill(os.getpid(), signal.SIGINT)
        done.append(item)
        return item

    with shielded(shield), pytest.raises(KeyboardInterrupt):
        shield.run(work, 1)
    assert done == [1]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    with pytest.raises(SystemExit) as raised:
        shield.handle(signal.SIGTERM, None)  # between two pieces of work: at once
    assert raised.value.code == 128 + signal.SIGTERM


@pytest.mark.interactive
def test_a_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    pexpect = pytest.importorskip("pexpect")
    rows = "".join(f"T{number},full\n" for number in range(300))
    (tmp_path / "teams.csv").write_text("team,git_cicd\n" + rows, encoding="utf-8")
    child = pexpect.spawn(
        sys.executable,
        ["-m", "advisor", "batch", "teams.csv", "--out", "out", "--jobs", "1"],
        cwd=str(tmp_path),
        env={**os.environ, "TERM": "xterm-256color"},
        dimensions=(30, 100),
        encoding="utf-8",
        timeout=60,
    )
    child.expect_exact("Assessing teams")
    child.expect_exact("Assessed 300 teams")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


@pytest.mark.parametrize(
    ("profiles", "inputs", "lang", "link", "intro"),
    [
        (
            1,
            0,
            "en",
            "**1 profile could not be assessed**: see [Failed profiles](#failed-profiles).",
            "1 profile could not be assessed; fix it and run the batch again:",
        ),
        (
            0,
            1,
            "en",
            (
                "**1 input file or folder could not be assessed**: "
                "see [Failed profiles](#failed-profiles)."
            ),
            "1 input file or folder could not be assessed; fix it and run the batch again:",
        ),
        (
            2,
            3,
            "en",
            (
                "**2 profiles and 3 input files or folders could not be assessed**: "
                "see [Failed profiles](#failed-profiles)."
            ),
            (
                "2 profiles and 3 input files or folders could not be assessed; "
                "fix them and run the batch again:"
            ),
        ),
        (
            1,
            1,
            "pt-BR",
            (
                "**Não foi possível avaliar 1 perfil e 1 arquivo ou pasta de entrada**: "
                "veja [Perfis com falha](#perfis-com-falha)."
            ),
            (
                "Não foi possível avaliar 1 perfil e 1 arquivo ou pasta de entrada; "
                "corrija os problemas e rode o lote de novo:"
            ),
        ),
    ],
)
def test_summary_md_counts_failed_profiles_and_failed_inputs_apart(
    pack: Pack, profiles: int, inputs: int, lang: str, link: str, intro: str
) -> None:
    # An input that fails as a whole (a missing file, a bad CSV header) held
    # an unknown number of profiles: it is not counted as one.
    failures = [Failure("t.csv", n + 2, None, f"T{n}", "bad") for n in range(profiles)]
    failures += [Failure(f"in{n}", None, None, None, "gone", whole=True) for n in range(inputs)]
    info = dataclasses.replace(INFO, lang=lang)
    lines = render_summary(summary_context(pack, info, [], failures)).splitlines()
    assert lines[3] == link
    assert intro in lines
    totals = summary_document(pack, info, [], failures)["totals"]
    assert totals == {
        "profiles": profiles,
        "assessed": 0,
        "failed": profiles,
        "inputs_failed": inputs,
    }
