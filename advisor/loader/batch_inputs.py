"""Reading the inputs of ``advisor batch``: answer files, lists of profiles, CSV, folders.

Every input yields *entries* in input order: a :class:`TeamProfile` for each
good profile and a :class:`Failure` for each bad one (or for a whole file that
cannot be read), so that one bad row never stops the others. Messages reuse
those of a single answers file (:mod:`advisor.loader.profiles`,
:func:`advisor.answers.check_answers`).

A YAML or JSON file holds one profile or a list of profiles (read here); a
CSV file holds one team per row, as a spreadsheet or an online form exports
it (read by :mod:`advisor.loader.csv_inputs`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from advisor.errors import AnswersError
from advisor.loader._yaml import ParseError, line_of, parse_items
from advisor.loader.csv_inputs import csv_entries
from advisor.loader.entries import Entry, Failure, TeamProfile, failure, failure_of
from advisor.loader.profiles import parse_document, profile_from_data, read_text
from advisor.pack import Pack

__all__ = [
    "ANSWER_SUFFIXES",
    "Entry",
    "Failure",
    "TeamProfile",
    "answer_files",
    "read_batch",
    "read_entries",
    "subfolders",
]

ANSWER_SUFFIXES = (".yaml", ".yml", ".json", ".csv")
# What can be wrong with one item of a YAML list without spoiling the others.
_ITEM_PROBLEMS = frozenset({"error.duplicate_key", "error.key_not_name"})
SPREADSHEET_SUFFIXES = (".xlsx", ".xls", ".ods", ".numbers")


def answer_files(inputs: Sequence[str], *, skip: Path | None = None) -> list[str | Failure]:
    """The files to read, in order: files as given, folders expanded.

    A folder stands for the ``*.yaml``, ``*.yml``, ``*.json`` and ``*.csv``
    files directly inside it, in sorted order; hidden files and office lock
    files (``~$...``) are left out. ``skip`` (the output folder) is not read:
    last run's ``summary.json`` is not a profile. A file is read
    whatever its suffix (as YAML unless ``.json`` or ``.csv``), except a
    spreadsheet, which must be saved as CSV first. A missing path, or a folder
    without answer files, is a :class:`Failure`.
    """
    found: list[str | Failure] = []
    for name in inputs:
        path = Path(name)
        if path.is_dir() and skip is not None and path.resolve() == skip.resolve():
            found.append(failure(name, None, "error.batch.output_folder", whole=True))
        elif path.is_dir():
            try:
                files = _folder_files(path)
            except OSError as error:
                found.append(
                    failure(name, None, "error.unreadable", reason=error.strerror, whole=True)
                )
                continue
            if not files:
                suffixes = ", ".join(f"*{suffix}" for suffix in ANSWER_SUFFIXES)
                found.append(
                    failure(
                        name, None, "error.batch.no_answer_files", suffixes=suffixes, whole=True
                    )
                )
            found.extend(files)
        elif path.suffix.lower() in SPREADSHEET_SUFFIXES:
            found.append(failure(name, None, "error.batch.spreadsheet", whole=True))
        elif path.exists():
            found.append(name)
        else:
            found.append(failure(name, None, "error.batch.no_such_path", whole=True))
    return found


def subfolders(inputs: Sequence[str], *, skip: Path | None = None) -> list[str]:
    """The subfolders of the input folders that are not inputs themselves: not read.

    Hidden ones (``.git``) and the output folder are left out: nobody expects
    them read.
    """
    given = {Path(name).resolve() for name in inputs if Path(name).is_dir()}
    if skip is not None:
        given.add(skip.resolve())
    found = []
    for name in inputs:
        path = Path(name)
        if not path.is_dir() or (skip is not None and path.resolve() == skip.resolve()):
            continue
        try:
            children = sorted(path.iterdir(), key=lambda child: child.name)
        except OSError:
            continue  # the folder's own failure says why
        found += [
            str(child)
            for child in children
            if child.is_dir() and not child.name.startswith(".") and child.resolve() not in given
        ]
    return found


def _folder_files(folder: Path) -> list[str]:
    return [
        str(child)
        for child in sorted(folder.iterdir(), key=lambda child: child.name)
        if child.suffix.lower() in ANSWER_SUFFIXES
        and not child.name.startswith((".", "~$"))
        and child.is_file()
    ]


def read_entries(pack: Pack, file: str) -> list[Entry]:
    """The profiles of one input file (CSV by its ``.csv`` suffix, else YAML/JSON)."""
    try:
        if file.lower().endswith(".csv"):
            return list(csv_entries(pack, file))
        return list(_document_entries(pack, file))
    except AnswersError as error:
        return [failure_of(error, file, whole=True)]


def read_batch(pack: Pack, inputs: Sequence[str], *, skip: Path | None = None) -> list[Entry]:
    """Every entry of every input, in input order (folders in sorted order)."""
    entries: list[Entry] = []
    for file in answer_files(inputs, skip=skip):
        entries.extend([file] if isinstance(file, Failure) else read_entries(pack, file))
    return entries


# YAML and JSON ------------------------------------------------------------------------


def _document_entries(pack: Pack, file: str) -> Iterator[Entry]:
    text = read_text(Path(file))
    json_text = file.lower().endswith(".json")
    try:
        data = parse_document(text, file, json_text=json_text)
    except AnswersError as error:
        # A list with an item that cannot be built: the others are still read
        # (a JSON list too, by the YAML reader, which places a repeated key).
        items = None if error.key else _items_apart(text, error)
        if items is None:
            raise
        yield from _list_entries(pack, items, file, text)
        return
    if not isinstance(data, list):
        yield _document_entry(pack, data, file, text, at=(), item=None)
        return
    if not data:
        yield failure(file, None, "error.batch.empty_list", whole=True)
    yield from _list_entries(pack, data, file, text)


def _items_apart(text: str, error: AnswersError) -> list[object] | None:
    """The items of a YAML list whose whole failed to build, when an item is the cause."""
    if error.says is None or error.says.key not in _ITEM_PROBLEMS:
        return None
    return parse_items(text)


def _list_entries(pack: Pack, items: list[object], file: str, text: str) -> Iterator[Entry]:
    for index, item in enumerate(items):
        if isinstance(item, ParseError):
            yield Failure(file, item.line, index + 1, None, item.problem, (item.says,))
        else:
            yield _document_entry(pack, item, file, text, at=(index,), item=index + 1)


def _document_entry(
    pack: Pack, data: object, file: str, text: str, *, at: tuple[int, ...], item: int | None
) -> Entry:
    team = _team_of(data)
    try:
        profile = profile_from_data(pack, data, source=file, text=text, at=at)
    except AnswersError as error:
        return failure_of(error, file, item=item, team=team)
    if profile.team is None:
        line = line_of(text, at) if at else None
        return failure(file, line, "error.batch.no_team", item=item)
    where = file if item is None else f"{file} (item {item})"
    return TeamProfile(profile.team, profile.answers, where)


def _team_of(data: object) -> str | None:
    """The team's name of a (possibly bad) profile, for the failure list."""
    team = data.get("team") if isinstance(data, dict) else None
    if isinstance(team, (str, int, float)) and str(team).strip():
        return str(team).strip()
    return None
