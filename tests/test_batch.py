"""``advisor batch``: mixed inputs, one report per team, summaries, failures, jobs.

Bad profiles never stop the batch, nothing is written outside the output
folder, and the output is the same bytes whatever ``--jobs`` is.
"""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import os
import random
import subprocess
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

import pytest

from advisor.batch import alongside, files, runner
from advisor.batch.affinity import affinity_keys, affinity_order
from advisor.batch.claims import Claims, shares
from advisor.batch.naming import unique_stems
from advisor.batch.runner import Job, Settings, assess_all
from advisor.cli import main
from advisor.commands import batch as batch_command
from advisor.errors import OutputError
from advisor.loader.batch_inputs import TeamProfile, read_batch
from advisor.pack import Pack

from conftest import write

DATE = "2026-01-01"

TEAMS_CSV = """\
team,dev_reads_prod_data,full_data_training,training_cost,git_cicd,retraining,training_in_prod_allowed,prod_accepts_external_models
Fraud Detection,no,yes,high,full,scheduled,yes,
Churn,yes,,low,none,rare,,yes
Pricing,yes,,low,full,scheduled,yes,maybe
Fraud Detection,sample_only,yes,moderate,git_only,triggered,no,yes
"""

LIST_YAML = """
- team: Search Ranking
  answers:
    prod_accepts_external_models: no
    training_in_prod_allowed: no
- team: Recs
  answers:
    training_cost: hgh
"""

ERRORS = [
    (
        "teams.csv:4: invalid answer 'maybe' to question 'prod_accepts_external_models'; "
        "allowed: yes, no, unknown"
    ),
    (
        "list.yaml:7: invalid answer 'hgh' to question 'training_cost' (did you mean 'high'?); "
        "allowed: low, moderate, high, unknown"
    ),
    "missing.csv: no such file or folder",
]


def _batch(*argv: str) -> int:
    return main(["batch", *argv, "--date", DATE])


@pytest.fixture(autouse=True)
def two_cpus(monkeypatch: pytest.MonkeyPatch) -> None:
    """At least two CPUs, so that ``--jobs 2`` runs two processes on any machine."""
    real = batch_command.cpu_count
    monkeypatch.setattr(batch_command, "cpu_count", lambda: max(2, real()))


def test_jobs_are_at_most_the_cpu_count(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # --jobs 1000 on two CPUs would start hundreds of processes taking turns.
    write(workdir / "teams.csv", TEAMS_CSV)
    asked: list[int] = []
    real = runner.assess_all

    def spy(*args: object, workers: int, **kwargs: object) -> object:
        asked.append(workers)
        return real(*args, workers=workers, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(runner, "assess_all", spy)
    monkeypatch.setattr(batch_command, "cpu_count", lambda: 3)
    _batch("teams.csv", "--out", "a", "--jobs", "1000")
    _batch("teams.csv", "--out", "b", "--jobs", "2")
    _batch("teams.csv", "--out", "c")
    assert asked == [3, 2, 3]


@pytest.fixture
def mixed(workdir: Path) -> Path:
    """A CSV, a YAML list and a folder of single profiles, with bad ones among them."""
    write(workdir / "teams.csv", TEAMS_CSV)
    write(workdir / "list.yaml", LIST_YAML)
    write(workdir / "folder" / "b.json", '{"team": "Vision", "answers": {"git_cicd": "full"}}')
    write(workdir / "folder" / "a.yaml", "team: Speech\nanswers:\n  serving: realtime\n")
    return workdir


def test_mixed_inputs_one_report_per_good_team_and_exit_1(
    mixed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = _batch("teams.csv", "list.yaml", "folder", "missing.csv", "--out", "out")
    assert code == 1
    captured = capsys.readouterr()
    assert captured.err == "".join(f"advisor: error: {line}\n" for line in ERRORS)
    assert captured.out == (
        "Assessed 6 teams: 3 Deploy code, 1 Deploy model, 1 Hybrid, 1 with no viable pattern.\n"
        "2 profiles and 1 input file or folder could not be assessed (listed above).\n"
        "Reports and summary.md, summary.json, summary.csv written to out/\n"
    )
    assert sorted(path.name for path in (mixed / "out").iterdir()) == [
        "churn.md",
        "fraud-detection-2.md",
        "fraud-detection.md",
        "search-ranking.md",
        "speech.md",
        "summary.csv",
        "summary.json",
        "summary.md",
        "vision.md",
    ]
    document = json.loads((mixed / "out" / "summary.json").read_text(encoding="utf-8"))
    assert [(team["team"], team["source"], team["reports"]) for team in document["teams"]] == [
        ("Fraud Detection", "teams.csv:2", {"md": "fraud-detection.md"}),
        ("Churn", "teams.csv:3", {"md": "churn.md"}),
        ("Fraud Detection", "teams.csv:5", {"md": "fraud-detection-2.md"}),
        ("Search Ranking", "list.yaml (item 1)", {"md": "search-ranking.md"}),
        ("Speech", str(Path("folder/a.yaml")), {"md": "speech.md"}),
        ("Vision", str(Path("folder/b.json")), {"md": "vision.md"}),
    ]


def test_a_batch_report_is_the_report_assess_writes(
    mixed: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(mixed / "speech.yaml", "team: Speech\nanswers:\n  serving: realtime\n")
    assert (
        main(["assess", "--answers", "speech.yaml", "--output", "speech.md", "--date", DATE]) == 0
    )
    assert _batch("folder", "--out", "out") == 0
    capsys.readouterr()
    assert (mixed / "out" / "speech.md").read_bytes() == (mixed / "speech.md").read_bytes()


def test_summary_md_reads_as_a_portfolio(mixed: Path) -> None:
    _batch("teams.csv", "list.yaml", "folder", "missing.csv", "--out", "out")
    summary = (mixed / "out" / "summary.md").read_text(encoding="utf-8")
    lines = summary.splitlines()
    assert lines[0] == "# Model deployment patterns: portfolio of 6 teams"
    assert (
        "**2 profiles and 1 input file or folder could not be assessed**: "
        "see [Failed profiles](#failed-profiles)."
    ) in lines
    # How many teams per pattern: a table and a Mermaid pie chart.
    for row in (
        "| Deploy code | 3 | 50% |",
        "| Deploy model | 1 | 17% |",
        "| Hybrid | 1 | 17% |",
        "| No viable pattern | 1 | 17% |",
    ):
        assert row in lines
    pie = summary.split("```mermaid\n", 1)[1].split("```", 1)[0]
    assert pie == (
        "pie showData\n"
        "    title Recommended pattern (6 teams)\n"
        '    "Deploy code" : 3\n'
        '    "Deploy model" : 1\n'
        '    "Hybrid" : 1\n'
        '    "No viable pattern" : 1\n'
    )
    # One row per team, in input order, with its main blocker or prerequisite and report.
    table = [line for line in lines if line.endswith(".md) |")]
    assert [row.split(" | ")[0] for row in table] == [
        "| Fraud Detection",
        "| Churn",
        "| Fraud Detection",
        "| Search Ranking",
        "| Speech",
        "| Vision",
    ]
    assert table[2] == (
        "| Fraud Detection | Hybrid | high | Prerequisite: CI/CD pipelines that test the code "
        "and promote it to staging. | [fraud-detection-2.md](fraud-detection-2.md) |"
    )
    assert table[3].startswith(
        "| Search Ranking | No viable pattern | none | Blocker: Training may not run in production"
    )
    # Teams whose decision depends on unknown answers, and the questions to ask.
    undecided = summary.split("## Decisions that depend on unknown answers\n", 1)[1]
    assert undecided.startswith("\n3 of 6 teams could get another recommendation")
    assert "| Churn | Deploy model | `supporting_code`: Deploy code or Deploy model |" in lines
    # The prerequisites most teams share, and the failures with source and reason.
    assert "| Staging can read the full production data. | 1 (17%) | Hybrid |" in summary
    failed = summary.split("## Failed profiles\n", 1)[1].splitlines()
    assert failed[1] == (
        "2 profiles and 1 input file or folder could not be assessed; "
        "fix them and run the batch again:"
    )
    assert failed[5] == (
        "| teams\\.csv:4 | Pricing | invalid answer 'maybe' to question "
        "'prod\\_accepts\\_external\\_models'; allowed: yes, no, unknown |"
    )
    assert failed[6].startswith("| list\\.yaml:7 \\(item 2\\) | Recs | invalid answer 'hgh'")
    assert failed[7] == "| missing\\.csv | — | no such file or folder |"


def test_summary_json_and_csv(mixed: Path) -> None:
    _batch("teams.csv", "list.yaml", "folder", "missing.csv", "--out", "out")
    document = json.loads((mixed / "out" / "summary.json").read_text(encoding="utf-8"))
    # missing.csv is an input that failed as a whole: its profiles are not counted.
    assert document["totals"] == {"profiles": 8, "assessed": 6, "failed": 2, "inputs_failed": 1}
    assert document["date"] == DATE
    assert [(item["pattern"], item["teams"]) for item in document["recommendations"]] == [
        ("deploy_code", 3),
        ("deploy_model", 1),
        ("hybrid", 1),
        (None, 1),
    ]
    assert document["failed"][1] == {
        "source": "list.yaml:7 (item 2)",
        "file": "list.yaml",
        "line": 7,
        "item": 2,
        "team": "Recs",
        "problem": (
            "invalid answer 'hgh' to question 'training_cost' (did you mean 'high'?); "
            "allowed: low, moderate, high, unknown"
        ),
        "whole_input": False,
    }
    assert document["failed"][2] == {
        "source": "missing.csv",
        "file": "missing.csv",
        "line": None,
        "item": None,
        "team": None,
        "problem": "no such file or folder",
        "whole_input": True,
    }
    search = document["teams"][3]
    assert search["recommendation"] is None
    assert search["main"]["kind"] == "blocker"
    raw = (mixed / "out" / "summary.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfteam,status,")  # a BOM: Excel reads UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [(row["team"], row["status"], row["recommendation"]) for row in rows] == [
        ("Fraud Detection", "assessed", "deploy_code"),
        ("Churn", "assessed", "deploy_model"),
        ("Pricing", "failed", ""),
        ("Fraud Detection", "assessed", "hybrid"),
        ("Search Ranking", "assessed", "none"),
        ("Recs", "failed", ""),
        ("Speech", "assessed", "deploy_code"),
        ("Vision", "assessed", "deploy_code"),
        ("", "failed", ""),
    ]
    assert rows[2]["source"] == "teams.csv:4"
    assert rows[2]["problem"].startswith("invalid answer 'maybe'")
    assert rows[3]["report"] == "fraud-detection-2.md"


def test_all_good_exits_0_and_formats(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(workdir / "teams.csv", "team,git_cicd\nA,full\nB,none\n")
    assert _batch("teams.csv", "--out", "both", "--format", "both") == 0
    assert _batch("teams.csv", "--out", "json", "--format", "json") == 0
    assert capsys.readouterr().err == ""
    assert sorted(path.name for path in (workdir / "both").iterdir()) == [
        "a.json",
        "a.md",
        "b.json",
        "b.md",
        "summary.csv",
        "summary.json",
        "summary.md",
    ]
    report = json.loads((workdir / "json" / "a.json").read_text(encoding="utf-8"))
    assert report["team"] == "A"
    summary = (workdir / "json" / "summary.md").read_text(encoding="utf-8")
    assert "[a.json](a.json)" in summary
    document = json.loads((workdir / "both" / "summary.json").read_text(encoding="utf-8"))
    assert document["teams"][0]["reports"] == {"md": "a.md", "json": "a.json"}


HOSTILE = [
    "../../x",
    "/etc/passwd",
    "CON",
    "summary",
    "a" * 300,
    "🚀🔥",
    "Fraud Detection",
    "fraud detection",
    "<script>alert(1)</script> | =cmd",
]


def test_hostile_team_names_never_write_outside_the_output_folder(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    teams = workdir / "in" / "teams.csv"
    rows = io.StringIO()
    writer = csv.writer(rows)
    writer.writerows([["team", "git_cicd"], *([name, "full"] for name in HOSTILE), ["  ", "full"]])
    teams.parent.mkdir()
    teams.write_text(rows.getvalue(), encoding="utf-8")
    before = set(workdir.rglob("*"))
    assert _batch(str(teams), "--out", "out") == 1
    assert capsys.readouterr().err == (
        f"advisor: error: {teams}:11: the 'team' cell is empty: every row needs a team\n"
    )
    created = set(workdir.rglob("*")) - before
    assert all(path.parent == workdir / "out" for path in created - {workdir / "out"})
    assert sorted(path.name for path in (workdir / "out").iterdir()) == sorted(
        [
            "x.md",
            "etc-passwd.md",
            "con-team.md",
            "summary-team.md",
            "a" * 60 + ".md",
            "team.md",
            "fraud-detection.md",
            "fraud-detection-2.md",
            "script-alert-1-script-cmd.md",
            "summary.md",
            "summary.json",
            "summary.csv",
        ]
    )
    summary = (workdir / "out" / "summary.md").read_text(encoding="utf-8")
    assert "<script>" not in summary
    assert "| &lt;script&gt;alert\\(1\\)&lt;/script&gt; \\| =cmd | Deploy code |" in summary
    assert "[summary-team.md](summary-team.md)" in summary
    rows_out = list(
        csv.reader(io.StringIO((workdir / "out" / "summary.csv").read_text("utf-8-sig")))
    )
    assert rows_out[1][0] == "../../x"
    assert rows_out[9][0] == "<script>alert(1)</script> | =cmd"


def test_a_formula_in_a_team_name_is_defused_in_summary_csv(workdir: Path) -> None:
    write(workdir / "teams.csv", 'team,git_cicd\n"=HYPERLINK(""http://x"")",full\n')
    assert _batch("teams.csv", "--out", "out") == 0
    rows = list(csv.reader(io.StringIO((workdir / "out" / "summary.csv").read_text("utf-8-sig"))))
    assert rows[1][0] == '\'=HYPERLINK("http://x")'


def _generated_csv(pack: Pack, path: Path, teams: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    rows = [["team", *(q.id for q in pack.questions)]]
    for number in range(teams):
        rows.append(
            [
                f"Team {number % (teams - 10)}",  # ten twins
                *(rng.choice(["", *(o.id for o in q.options)]) for q in pack.questions),
            ]
        )
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows)


def _tree(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def test_jobs_1_and_jobs_2_write_the_same_bytes(
    pack: Pack, workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _generated_csv(pack, workdir / "teams.csv", 300)
    methods: list[str] = []
    real = multiprocessing.get_context

    def spy(method: str | None = None) -> object:
        methods.append(str(method))
        return real(method)

    monkeypatch.setattr(multiprocessing, "get_context", spy)
    assert _batch("teams.csv", "--out", "one", "--jobs", "1", "--format", "both") == 0
    assert methods == []
    assert _batch("teams.csv", "--out", "two", "--jobs", "2", "--format", "both") == 0
    assert methods == ["fork"]
    one, two = _tree(workdir / "one"), _tree(workdir / "two")
    assert len(one) == 2 * 300 + 3
    assert one == two


def _jobs(pack: Pack, csv_path: Path) -> list[Job]:
    """The batch's jobs for the profiles of a CSV file, named as the command names them."""
    profiles = [e for e in read_batch(pack, [str(csv_path)]) if isinstance(e, TeamProfile)]
    return [
        Job(p.team, p.answers, stem, p.where)
        for p, stem in zip(profiles, unique_stems(p.team for p in profiles), strict=True)
    ]


def test_spawned_workers_write_the_same_reports(pack: Pack, tmp_path: Path) -> None:
    _generated_csv(pack, tmp_path / "teams.csv", 130)
    jobs = _jobs(pack, tmp_path / "teams.csv")
    outcomes = {}
    for name, workers, method in (("one", 1, None), ("spawned", 2, "spawn")):
        (tmp_path / name).mkdir()
        settings = Settings(None, str(tmp_path / name), ("md",), "en", DATE)
        outcomes[name] = assess_all(pack, settings, jobs, workers=workers, start_method=method)
    assert outcomes["one"] == outcomes["spawned"]
    assert _tree(tmp_path / "one") == _tree(tmp_path / "spawned")


def test_this_process_and_two_workers_share_the_work(pack: Pack, tmp_path: Path) -> None:
    # --jobs 3: this process takes chunks beside two workers; the outcomes
    # come back in input order and the reports are the same bytes.
    _generated_csv(pack, tmp_path / "teams.csv", 200)
    jobs = _jobs(pack, tmp_path / "teams.csv")
    outcomes = {}
    for name, workers in (("one", 1), ("three", 3)):
        (tmp_path / name).mkdir()
        settings = Settings(None, str(tmp_path / name), ("md",), "en", DATE)
        outcomes[name] = assess_all(pack, settings, jobs, workers=workers)
    assert [outcome.where for outcome in outcomes["three"]] == [job.where for job in jobs]
    assert outcomes["one"] == outcomes["three"]
    assert _tree(tmp_path / "one") == _tree(tmp_path / "three")


def test_each_chunk_is_claimed_once() -> None:
    claims = Claims(multiprocessing.get_context(), 3)
    assert [claims.take() for _ in range(5)] == [0, 1, 2, None, None]


def test_each_process_keeps_to_its_run_then_helps_the_longest() -> None:
    # Chunks 0-1 are the first process's run, 2-4 the second's; a process
    # done with its run takes from the back of the run with the most left.
    claims = Claims(multiprocessing.get_context(), 5, 2)
    assert claims.enroll() == 1
    taken = [claims.take(run) for run in (0, 1, 0, 0, 1, 1, 0)]
    assert taken == [0, 2, 1, 4, 3, None, None]


def test_work_is_cut_into_runs_as_equal_as_can_be() -> None:
    assert shares(5, 2) == [(0, 2), (2, 5)]
    assert shares(3, 4) == [(0, 0), (0, 1), (1, 2), (2, 3)]  # a run may be empty
    claims = Claims(multiprocessing.get_context(), 3, 4)
    assert sorted(claims.take(run) for run in (0, 0, 0)) == [0, 1, 2]  # run 0 helps the others
    assert claims.take(3) is None


def test_alike_teams_are_handed_out_together(pack: Pack) -> None:
    # Teams with the same scores and vetoes come next to each other, in input order.
    answers = [{"git_cicd": "full"}, {"git_cicd": "none"}, {"git_cicd": "full"}, {}]
    order = affinity_order(affinity_keys(pack, answers))
    assert sorted(order) == [0, 1, 2, 3]
    assert abs(order.index(0) - order.index(2)) == 1
    assert order.index(0) < order.index(2)


def test_an_interrupted_batch_keeps_whole_reports_and_exits_130(
    workdir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write(workdir / "teams.csv", "team,git_cicd\n" + "".join(f"T{n},full\n" for n in range(10)))
    calls = []
    real = files.os.replace

    def replace(source: str, target: str) -> None:
        calls.append(target)
        if len(calls) == 4:
            raise KeyboardInterrupt
        real(source, target)

    monkeypatch.setattr(files.os, "replace", replace)
    assert _batch("teams.csv", "--out", "out", "--jobs", "1") == 130
    assert capsys.readouterr().err == (
        "advisor: batch interrupted: the reports in out are whole; "
        "the summaries were not written\n"
        "advisor: interrupted\n"
    )
    assert sorted(path.name for path in (workdir / "out").iterdir()) == ["t0.md", "t1.md", "t2.md"]


def test_a_disk_error_stops_the_batch_with_its_reason(
    workdir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    write(workdir / "teams.csv", "team,git_cicd\nA,full\n")

    def full(*_args: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "write", full)
    assert _batch("teams.csv", "--out", "out") == 1
    out = (workdir / "out").resolve()
    assert capsys.readouterr().err == (
        f"advisor: error: {out / 'a.md'}: cannot be written: No space left on device\n"
    )
    assert list((workdir / "out").iterdir()) == []


def test_a_subfolder_is_not_read_and_a_note_says_so(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(workdir / "teams" / "a.yaml", "team: A\n")
    write(workdir / "teams" / "risk" / "b.yaml", "team: B\n")
    write(workdir / "teams" / "zeta" / "c.yaml", "team: C\n")
    (workdir / "teams" / ".git").mkdir()
    sub = Path("teams", "risk")
    assert _batch("teams", "teams/zeta", "--out", "teams/out") == 0
    assert capsys.readouterr().err == (
        f"advisor: note: {sub}: a subfolder, not read; add it to the inputs to read its files\n"
    )
    assert sorted(path.name for path in (workdir / "teams" / "out").glob("*.md")) == [
        "a.md",
        "c.md",
        "summary.md",
    ]


def test_reports_left_from_an_earlier_run_are_named(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(workdir / "before.csv", "team\nAlpha\nBravo\nAlpha\nCharlie\nDelta\n")
    write(workdir / "now.csv", "team\nAlpha\n")
    assert _batch("before.csv", "--out", "out") == 0
    assert capsys.readouterr().err == ""
    assert _batch("now.csv", "--out", "out") == 0
    assert capsys.readouterr().err == (
        "advisor: note: out also holds 4 reports this run did not write (alpha-2.md, "
        "bravo.md, charlie.md, ...): left from an earlier run? The summaries list this "
        "run's teams only\n"
    )


def test_an_output_folder_that_is_a_file(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(workdir / "teams.csv", "team\nA\n")
    write(workdir / "out", "a file")
    assert _batch("teams.csv", "--out", "out") == 1
    assert capsys.readouterr().err == (
        "advisor: error: out: is a file, not a folder: --out names the folder to write into\n"
    )


def test_no_profile_at_all_still_writes_the_summaries(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _batch("nothing.yaml", "--out", "out") == 1
    assert capsys.readouterr().out.startswith(
        "Assessed 0 teams.\n1 input file or folder could not be assessed (listed above).\n"
    )
    summary = (workdir / "out" / "summary.md").read_text(encoding="utf-8")
    assert "No team could be assessed." in summary
    assert "```mermaid" not in summary


def _modules_after_batch(folder: Path) -> set[str]:
    script = (
        "import sys\n"
        "from advisor.cli import main\n"
        f"main(['batch', {str(folder / 'teams.csv')!r}, '--out', {str(folder / 'out')!r}])\n"
        "print(' '.join(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    return {name.split(".")[0] for name in done.stdout.split()} | set(done.stdout.split())


def test_batch_does_not_import_the_questionnaire_nor_rich_markdown(tmp_path: Path) -> None:
    write(tmp_path / "teams.csv", "team,git_cicd\nA,full\n")
    loaded = _modules_after_batch(tmp_path)
    assert not loaded & {"questionary", "prompt_toolkit", "rich.markdown"}
    assert "rich" not in loaded  # not a terminal: no progress bar, no rich at all
    # A CSV on the built-in pack: its snapshot, no YAML to read, nothing to validate.
    assert not loaded & {"pydantic", "pydantic_core", "yaml"}


def test_summary_json_in_a_child_is_the_same(
    pack: Pack, workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With several jobs and enough teams, summary.json is written by a forked
    # child while this process writes the others: the same bytes.
    _generated_csv(pack, workdir / "teams.csv", 200)
    assert _batch("teams.csv", "--out", "one", "--jobs", "1") == 0
    forked: list[bool] = []
    real = alongside.alongside

    def spy(work: Callable[[], None], *, fork: bool) -> AbstractContextManager[None]:
        forked.append(fork)
        return real(work, fork=fork)

    monkeypatch.setattr(alongside, "alongside", spy)
    monkeypatch.setattr(batch_command, "FORK_SUMMARY_MIN", 100)
    assert _batch("teams.csv", "--out", "two", "--jobs", "2") == 0
    assert forked == [alongside.can_fork()]
    assert _tree(workdir / "one") == _tree(workdir / "two")


@pytest.mark.skipif(not alongside.can_fork(), reason="processes are not forked here")
def test_a_child_that_cannot_write_raises_its_error_here(tmp_path: Path) -> None:
    written: list[str] = []

    def fails() -> None:
        raise OutputError(f"{tmp_path / 'summary.json'}: cannot be written: No space left")

    with pytest.raises(OutputError) as raised, alongside.alongside(fails, fork=True):
        written.append("this process's part")
    assert str(raised.value) == f"{tmp_path / 'summary.json'}: cannot be written: No space left"
    assert written == ["this process's part"]


@pytest.mark.skipif(not alongside.can_fork(), reason="processes are not forked here")
def test_a_child_writes_while_this_process_works(tmp_path: Path) -> None:
    target = tmp_path / "child.txt"
    with alongside.alongside(lambda: target.write_text("made by the child"), fork=True):
        pass
    assert target.read_text() == "made by the child"


def test_without_fork_the_work_runs_after_the_block() -> None:
    order: list[str] = []
    with alongside.alongside(lambda: order.append("work"), fork=False):
        order.append("block")
    assert order == ["block", "work"]


@pytest.mark.skipif(sys.platform == "win32", reason="a worker killed from inside, on POSIX")
def test_a_worker_that_dies_stops_the_batch_with_its_reason(
    pack: Pack, workdir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A worker killed mid-batch (out of memory, say): the pool starts another,
    # but the dead one's chunk never comes back. The batch must not wait for ever.
    _generated_csv(pack, workdir / "teams.csv", 300)
    here = os.getpid()
    real = runner.Assessor.assess

    def assess(self: runner.Assessor, job: Job) -> object:
        if os.getpid() != here:
            os._exit(9)  # the worker dies, as under kill -9
        return real(self, job)

    monkeypatch.setattr(runner.Assessor, "assess", assess)
    assert _batch("teams.csv", "--out", "out", "--jobs", "2") == 1
    assert capsys.readouterr().err == (
        "advisor: error: a worker process stopped before its teams were assessed (killed, "
        "or out of memory?); the reports in out are whole; the summaries were not written\n"
    )
    written = sorted(path.name for path in (workdir / "out").iterdir())
    assert written and all(name.endswith(".md") for name in written)  # whole reports only
