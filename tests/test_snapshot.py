"""The built-in pack's snapshot: current, used, and never served for other files.

Refresh it after editing the built-in pack or the records of ``advisor/model.py``:
``python -m advisor.loader.snapshot``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from advisor.loader import default_pack_path, load_pack, snapshot
from advisor.loader.pack_files import read_pack
from advisor.pack import Pack

from conftest import write

REFRESH = "stale: run `python -m advisor.loader.snapshot`"


def _parts(pack: Pack) -> dict[str, object]:
    return {name: getattr(pack, name) for name in (*snapshot.PARTS, "location")}


def test_the_snapshot_is_current_and_equals_reading_the_files() -> None:
    root = default_pack_path()
    kept = snapshot.load(root)
    assert kept is not None, REFRESH
    assert _parts(kept) == _parts(read_pack(root)), REFRESH


def test_the_default_pack_comes_from_the_snapshot(monkeypatch: pytest.MonkeyPatch) -> None:
    def unread(_root: Path) -> Pack:
        raise AssertionError(f"the files were read: the snapshot is {REFRESH}")

    monkeypatch.setattr("advisor.loader.pack_files.read_pack", unread)
    assert load_pack().id == "deployment"


@pytest.fixture
def copied(tmp_path: Path) -> Path:
    """A copy of the built-in pack's folder."""
    return Path(shutil.copytree(default_pack_path(), tmp_path / "deployment"))


def test_a_copy_of_the_same_files_matches(copied: Path) -> None:
    assert snapshot.fingerprint(copied) == snapshot.fingerprint(default_pack_path())


@pytest.mark.parametrize(
    "change",
    ["edit a rule", "add a rule", "remove a rule", "rename a rule", "edit questions.yaml"],
)
def test_other_files_are_never_served_from_the_snapshot(copied: Path, change: str) -> None:
    rules = copied / "rules"
    first = min(rules.glob("*.yaml"))
    if change == "edit a rule":
        first.write_text(first.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    elif change == "add a rule":
        shutil.copy(first, rules / "zz-copy.yaml")
    elif change == "remove a rule":
        first.unlink()
    elif change == "rename a rule":
        first.rename(rules / ("a" + first.name))
    else:
        questions = copied / "questions.yaml"
        questions.write_text(questions.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert snapshot.fingerprint(copied) != snapshot.fingerprint(default_pack_path())
    assert snapshot.load(copied) is None


def test_a_stale_or_missing_snapshot_falls_back_to_the_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read = []

    def reading(root: Path) -> Pack:
        read.append(root)
        return read_pack(root)

    monkeypatch.setattr("advisor.loader.pack_files.read_pack", reading)
    stale = write(tmp_path / "stale.bin", "0" * 40 + "\nnot a pickle")
    key = snapshot.fingerprint(default_pack_path())
    assert key is not None
    broken = tmp_path / "broken.bin"
    broken.write_bytes(key + b"\nnot a pickle")
    for path in (stale, broken, tmp_path / "missing.bin"):
        monkeypatch.setattr(snapshot, "SNAPSHOT", path)
        assert snapshot.load(default_pack_path()) is None
        assert _parts(load_pack()) == _parts(read_pack(default_pack_path()))
    assert read == [default_pack_path()] * 3


def test_an_unreadable_pack_file_has_no_fingerprint(copied: Path) -> None:
    (copied / "layouts.yaml").unlink()
    assert snapshot.fingerprint(copied) is None
    assert snapshot.load(copied) is None


def test_a_pack_given_by_path_is_read_from_its_files(
    copied: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(snapshot, "load", lambda _root: pytest.fail("snapshot used"))
    assert load_pack(copied).location == str(copied)


def test_loading_the_default_pack_imports_neither_pydantic_nor_yaml() -> None:
    script = (
        "import sys\n"
        "from advisor import evaluate, load_pack\n"
        "evaluate(load_pack(), {'git_cicd': 'full'})\n"
        "print(' '.join(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    loaded = {name.split(".")[0] for name in done.stdout.split()}
    assert not loaded & {"pydantic", "pydantic_core", "yaml"}, f"or the snapshot is {REFRESH}"
