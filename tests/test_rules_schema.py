"""`advisor rules schema`: JSON Schemas generated from the models, that editors use.

The committed schemas (``schemas/``) are fresh, every YAML file of the built-in packs
carries the editor header pointing at its schema, and the packs, their tests and the
scenario profiles validate against the schemas with the jsonschema library, read as
an editor reads them (YAML 1.2: ``yes`` and ``no`` are text, ``true`` a boolean).
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from advisor.authoring.schema import KINDS, answers_schema, dump, file_name, schema_of
from advisor.cli import main
from advisor.commands.rules import SCHEMA_KINDS
from advisor.loader import load_pack, packs_root
from advisor.pack import Pack

from conftest import ROOT, SHARED

SCHEMAS = ROOT / "schemas"
PACKS = sorted(path for path in packs_root().iterdir() if (path / "pack.yaml").is_file())
HEADER = re.compile(r"^# yaml-language-server: \$schema=(\S+)$")


class Yaml12Loader(yaml.SafeLoader):
    """PyYAML's safe loader with YAML 1.2 booleans (what editors use)."""


Yaml12Loader.yaml_implicit_resolvers = {
    first: [item for item in resolvers if item[0] != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def read(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=Yaml12Loader)


def kind_of(path: Path, root: Path) -> str:
    """The schema kind of a YAML file inside a pack folder."""
    relative = path.relative_to(root).as_posix()
    if relative.startswith("tests/rules/"):
        return "rule-cases"
    if relative.startswith("tests/scenarios/"):
        return "scenario"
    if relative.startswith("rules/"):
        return "rule"
    return relative.removesuffix(".yaml")


def pack_files() -> list[tuple[Path, Path]]:
    return [(root, path) for root in PACKS for path in sorted(root.rglob("*.yaml"))]


@functools.cache
def validator(kind: str) -> jsonschema.Draft202012Validator:
    """A validator for the committed schema of ``kind``."""
    return jsonschema.Draft202012Validator(json.loads((SCHEMAS / file_name(kind)).read_text()))


@functools.cache
def answers_validator(root: Path) -> jsonschema.Draft202012Validator:
    """A validator of answer files for the pack in ``root``."""
    return jsonschema.Draft202012Validator(answers_schema(load_pack(root)))


def test_the_command_lists_every_kind() -> None:
    assert SCHEMA_KINDS == KINDS


@pytest.mark.parametrize("kind", KINDS)
def test_the_committed_schemas_are_fresh(pack: Pack, kind: str) -> None:
    committed = (SCHEMAS / file_name(kind)).read_text(encoding="utf-8")
    assert committed == dump(schema_of(kind, pack)), (
        "refresh with: advisor rules schema --output schemas"
    )


@pytest.mark.parametrize("kind", KINDS)
def test_every_schema_is_a_valid_json_schema(pack: Pack, kind: str) -> None:
    jsonschema.Draft202012Validator.check_schema(schema_of(kind, pack))


@pytest.mark.parametrize(
    ("root", "path"), pack_files(), ids=[str(p.relative_to(ROOT)) for _, p in pack_files()]
)
def test_every_pack_file_validates_against_its_schema(root: Path, path: Path) -> None:
    validator(kind_of(path, root)).validate(read(path))


@pytest.mark.parametrize(
    ("root", "path"), pack_files(), ids=[str(p.relative_to(ROOT)) for _, p in pack_files()]
)
def test_every_pack_file_carries_the_editor_header(root: Path, path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    found = HEADER.match(first)
    wanted = Path("../" * (len(path.relative_to(ROOT).parts) - 1)) / "schemas"
    assert found, (
        f"{path}: first line is {first!r}; it should be '# yaml-language-server: "
        f"$schema={(wanted / file_name(kind_of(path, root))).as_posix()}'"
    )
    target = (path.parent / found.group(1)).resolve()
    assert target == (SCHEMAS / file_name(kind_of(path, root))).resolve()


def _profiles() -> list[tuple[Path, Path]]:
    found = [
        (root, path) for root in PACKS for path in sorted((root / "tests/scenarios").glob("*.yaml"))
    ]
    spec = SHARED / "spec" / "scenarios"
    if spec.is_dir():
        found += [(packs_root() / "deployment", path) for path in sorted(spec.glob("*.yaml"))]
    return found


@pytest.mark.parametrize(("root", "path"), _profiles(), ids=[p.name for _, p in _profiles()])
def test_scenario_profiles_validate_against_the_answers_schema(root: Path, path: Path) -> None:
    answers_validator(root).validate(read(path)["profile"])


@pytest.mark.parametrize(
    ("kind", "document", "message"),
    [
        (
            "rule",
            {
                "id": "x",
                "title": "T",
                "reason": "R",
                "when": {"question": "a", "is": "b"},
                "effects": {},
                "sources": [{"section": "S", "quote": "Q"}],
                "titel": "T",
            },
            "Additional properties are not allowed ('titel' was unexpected)",
        ),
        (
            "rule",
            {
                "id": "x",
                "title": "T",
                "reason": "R",
                "when": {"all": [{"question": "a"}]},
                "effects": {},
                "sources": [{"section": "S", "quote": "Q"}],
            },
            None,
        ),
        (
            "answers",
            {"team": "X", "answers": {"training_cost": "hgh"}},
            "'hgh' is not one of ['low', 'moderate', 'high', 'unknown', None]",
        ),
        (
            "answers",
            {"answers": {"trainig_cost": "high"}},
            "Additional properties are not allowed ('trainig_cost' was unexpected)",
        ),
    ],
)
def test_the_schemas_catch_mistakes(
    pack: Pack, kind: str, document: dict[str, Any], message: str | None
) -> None:
    errors = list(jsonschema.Draft202012Validator(schema_of(kind, pack)).iter_errors(document))
    if message is None:
        assert errors == []
    else:
        assert [error.message for error in errors] == [message]


def test_yes_no_questions_accept_booleans_and_null(pack: Pack) -> None:
    answers = {"dev_reads_prod_data": False, "full_data_training": True, "training_cost": None}
    jsonschema.validate({"answers": answers}, answers_schema(pack))


def test_the_answers_schema_describes_each_question(pack: Pack) -> None:
    question = answers_schema(pack)["properties"]["answers"]["properties"]["staging_budget"]
    assert question == {
        "description": "Can the staging environment afford training runs on the full "
        "production data? (decision question) Options: tight: Tight: staging should stay "
        "small; adequate: Adequate; unknown: not known yet.",
        "enum": ["tight", "adequate", "unknown", None],
    }


def test_one_schema_on_stdout(pack: Pack, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "schema", "--kind", "rule"]) == 0
    assert capsys.readouterr().out == dump(schema_of("rule", pack))


def test_every_schema_on_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "schema", str(packs_root() / "serving")]) == 0
    every = json.loads(capsys.readouterr().out)
    assert list(every) == [file_name(kind) for kind in KINDS]
    assert (
        every["answers.schema.json"]["title"] == "advisor answers file (rule pack 'serving' 0.1.0)"
    )


def test_schemas_written_to_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "schema", "--output", str(tmp_path / "out")]) == 0
    assert capsys.readouterr().out == "".join(
        f"wrote {tmp_path / 'out' / file_name(kind)}\n" for kind in KINDS
    )
    for kind in KINDS:
        assert (tmp_path / "out" / file_name(kind)).read_text() == (
            SCHEMAS / file_name(kind)
        ).read_text()


def test_an_unknown_kind_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["rules", "schema", "--kind", "rules"])
    assert raised.value.code == 2
    assert "invalid choice: 'rules'" in capsys.readouterr().err
