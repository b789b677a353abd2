"""Report names in a batch: a team name never chooses where a file goes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from advisor.batch.files import OutputFolder
from advisor.batch.naming import is_safe_stem, report_stem, unique_stems
from advisor.errors import OutputError
from advisor.output import write_atomic_bytes

HOSTILE = {
    "../../x": "x",
    "/etc/passwd": "etc-passwd",
    "..": "team",
    "": "team",
    "   ": "team",
    "🚀🔥": "team",
    "Équipe Ágil 🚀": "equipe-agil",
    "CON": "con-team",
    "lpt1": "lpt1-team",
    "Summary": "summary-team",
    "C:\\Windows\\system32": "c-windows-system32",
    "a" * 300: "a" * 60,
    "team\x00name": "team-name",
    ".hidden": "hidden",
    # Other alphabets are transliterated; a script with no letters here is the fallback.
    "Команда Київ": "komanda-kiiv",
    "Ωmega Θέμα": "omega-thema",
    "Straße Øresund Łódź": "strasse-oresund-lodz",
    "数据团队": "team",
}


@pytest.mark.parametrize(("team", "stem"), HOSTILE.items(), ids=range(len(HOSTILE)))
def test_hostile_names_give_safe_stems(team: str, stem: str) -> None:
    assert report_stem(team) == stem
    assert is_safe_stem(stem)


def test_twins_get_a_numbered_suffix_in_input_order() -> None:
    teams = ["Fraud Detection", "fraud detection", "FRAUD-DETECTION", "Churn", "Fraud Detection 2"]
    assert unique_stems(teams) == [
        "fraud-detection",
        "fraud-detection-2",
        "fraud-detection-3",
        "churn",
        "fraud-detection-2-2",
    ]


def test_two_summaries_and_two_empty_names() -> None:
    assert unique_stems(["summary", "Summary", "", "🚀"]) == [
        "summary-team",
        "summary-team-2",
        "team",
        "team-2",
    ]


@pytest.mark.parametrize(
    "stem", ["../x", "a/b", "a\\b", "..", ".x", "", "summary", "con", "A", "a--b", "x" * 80]
)
def test_unsafe_stems_are_refused_before_any_write(tmp_path: Path, stem: str) -> None:
    assert not is_safe_stem(stem)
    with pytest.raises(ValueError, match="unsafe report name"):
        OutputFolder(str(tmp_path)).report(stem, ".md", b"x")
    assert list(tmp_path.iterdir()) == []


def test_a_write_replaces_the_file_whole_and_leaves_no_temporary(tmp_path: Path) -> None:
    folder = OutputFolder(str(tmp_path))
    folder.report("team", ".md", b"old")
    folder.report("team", ".md", b"new report\n")
    assert [path.name for path in tmp_path.iterdir()] == ["team.md"]
    assert (tmp_path / "team.md").read_bytes() == b"new report\n"


def test_a_symbolic_link_in_the_folder_is_replaced_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside.md"
    outside.write_text("keep me")
    out = tmp_path / "out"
    out.mkdir()
    (out / "team.md").symlink_to(outside)
    OutputFolder(str(out)).report("team", ".md", b"report")
    assert outside.read_text() == "keep me"
    assert (out / "team.md").read_bytes() == b"report"
    assert not (out / "team.md").is_symlink()


def test_an_interrupted_write_removes_its_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic_bytes(str(tmp_path / "team.md"), b"report")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_write_is_an_output_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="cannot be written: No such file or directory"):
        write_atomic_bytes(str(tmp_path / "missing" / "team.md"), b"report")


def test_a_temporary_file_left_by_a_killed_run_is_reused(tmp_path: Path) -> None:
    (tmp_path / f".team.md.{os.getpid()}.tmp").write_bytes(b"half a rep")
    write_atomic_bytes(str(tmp_path / "team.md"), b"report")
    assert [path.name for path in tmp_path.iterdir()] == ["team.md"]


def test_a_bare_file_name_is_written_through_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # "--output g.md": the temporary file goes beside g.md, never to "/".
    monkeypatch.chdir(tmp_path)
    real = os.replace
    renamed: list[tuple[str, str]] = []

    def replace(source: str, target: str) -> None:
        renamed.append((source, target))
        real(source, target)

    monkeypatch.setattr(os, "replace", replace)
    write_atomic_bytes("g.md", b"report")
    assert renamed == [(f".g.md.{os.getpid()}.tmp", "g.md")]
    assert [path.name for path in tmp_path.iterdir()] == ["g.md"]
