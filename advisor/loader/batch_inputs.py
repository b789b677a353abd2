"""Reading the inputs of ``advisor batch``: answer files, lists of profiles, CSV, folders.

Every input yields *entries* in input order: a :class:`TeamProfile` for each
good profile and a :class:`Failure` for each bad one (or for a whole file that
cannot be read), so that one bad row never stops the others. Messages reuse
those of a single answers file (:mod:`advisor.loader.profiles`,
:func:`advisor.answers.check_answers`).

A CSV file (what a spreadsheet or an online form exports) has a header row,
``team`` plus question ids, and one row per team; an empty cell is unknown.
Accepted as form tools write it: UTF-8 with or without a byte order mark,
``\\r\\n`` newlines, ``;`` or tab separators (Excel in many locales), blanks
around cells, column names in any case, trailing empty columns and blank
rows. A form whose questions and choices were copied from the pack exports
the questions' texts as column names and the options' labels as answers:
both are accepted too, and so is the questionnaire's label for unknown ("I don't
know", "Não sei"). The response metadata columns that Google Forms and Microsoft
Forms add (:data:`FORM_COLUMNS`) are ignored; any other unknown column fails
the whole file, since every row would be read wrong.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from advisor.answers import check_answers
from advisor.conditions import UNKNOWN
from advisor.errors import AnswersError, located
from advisor.i18n.ui import UI
from advisor.loader._yaml import line_of
from advisor.loader.profiles import parse_document, profile_from_data, read_text
from advisor.model import Question
from advisor.pack import Pack
from advisor.references import did_you_mean
from advisor.text import DEFAULT_LANGUAGE

ANSWER_SUFFIXES = (".yaml", ".yml", ".json", ".csv")
TEAM_COLUMNS = frozenset({"team", "team name"})
# The questionnaire's label for unknown, in every language ("I don't know", "Não sei"),
# also with the typographic apostrophe that word processors put in.
UNKNOWN_LABELS = tuple(
    dict.fromkeys(
        spelling
        for texts in UI.values()
        if "prompt.unknown" in texts
        for spelling in (
            texts["prompt.unknown"].casefold(),
            texts["prompt.unknown"].casefold().replace("'", "\u2019"),
        )
    )
)
# Response metadata that form tools put before the answers: Google Forms
# ("Timestamp", "Email Address") and Microsoft Forms ("ID", "Start time", ...),
# in English and in Brazilian Portuguese.
FORM_COLUMNS = frozenset(
    {
        "timestamp",
        "email address",
        "id",
        "start time",
        "completion time",
        "email",
        "name",
        "last modified time",
        "carimbo de data/hora",
        "endereço de e-mail",
        "hora de início",
        "hora de conclusão",
        "nome",
        "hora da última modificação",
    }
)
_SEPARATORS = (",", ";", "\t")
SPREADSHEET_SUFFIXES = (".xlsx", ".xls", ".ods", ".numbers")
SPREADSHEET = "is a spreadsheet: save it as CSV (UTF-8) and pass the .csv file"
OUTPUT_FOLDER = "is the output folder (--out): keep the answer files in another folder"
NO_TEAM = "no team name: every profile of a batch needs 'team'"

if TYPE_CHECKING:
    from _csv import Reader as _CsvReader


@dataclass(frozen=True, slots=True)
class TeamProfile:
    """A good profile of a batch: a named team and its checked answers.

    Attributes:
        team: the team's name (never empty).
        answers: the known answers, question id -> option id.
        where: where it came from, for people: ``teams.csv:4`` (a CSV row, by
            line), ``teams.yaml (item 3)`` (an entry of a list), ``a.yaml``.
    """

    team: str
    answers: dict[str, str]
    where: str


@dataclass(frozen=True, slots=True)
class Failure:
    """A profile (or a whole input) that cannot be assessed, and why.

    Attributes:
        file: the input as named on the command line (or found in a folder).
        line: the 1-based line of the problem, when known; in a CSV file, the
            row (the header is row 1).
        item: the 1-based position of the profile in a YAML/JSON list.
        team: the team's name, when it could be read.
        problem: what is wrong, without the location.
    """

    file: str
    line: int | None
    item: int | None
    team: str | None
    problem: str

    @property
    def where(self) -> str:
        """``teams.csv:4``, ``teams.yaml:12 (item 3)`` or ``teams.yaml``."""
        place = self.file if self.line is None else f"{self.file}:{self.line}"
        return place if self.item is None else f"{place} (item {self.item})"

    @property
    def message(self) -> str:
        """The error line: ``teams.csv:4: invalid answer ...``."""
        return located(self.problem, self.file, self.line)


Entry = TeamProfile | Failure


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
            found.append(Failure(name, None, None, None, OUTPUT_FOLDER))
        elif path.is_dir():
            try:
                files = _folder_files(path)
            except OSError as error:
                found.append(Failure(name, None, None, None, f"cannot be read: {error.strerror}"))
                continue
            if not files:
                suffixes = ", ".join(f"*{suffix}" for suffix in ANSWER_SUFFIXES)
                found.append(Failure(name, None, None, None, f"no answer files ({suffixes})"))
            found.extend(files)
        elif path.suffix.lower() in SPREADSHEET_SUFFIXES:
            found.append(Failure(name, None, None, None, SPREADSHEET))
        elif path.exists():
            found.append(name)
        else:
            found.append(Failure(name, None, None, None, "no such file or folder"))
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
            return list(_csv_entries(pack, file))
        return list(_document_entries(pack, file))
    except AnswersError as error:
        return [Failure(file, error.line, None, None, error.problem)]


def read_batch(pack: Pack, inputs: Sequence[str], *, skip: Path | None = None) -> list[Entry]:
    """Every entry of every input, in input order (folders in sorted order)."""
    entries: list[Entry] = []
    for file in answer_files(inputs, skip=skip):
        entries.extend([file] if isinstance(file, Failure) else read_entries(pack, file))
    return entries


# YAML and JSON ------------------------------------------------------------------------


def _document_entries(pack: Pack, file: str) -> Iterator[Entry]:
    text = read_text(Path(file))
    data = parse_document(text, file, json_text=file.lower().endswith(".json"))
    if not isinstance(data, list):
        yield _document_entry(pack, data, file, text, at=(), item=None)
        return
    if not data:
        yield Failure(file, None, None, None, "the list of profiles is empty")
    for index, item in enumerate(data):
        yield _document_entry(pack, item, file, text, at=(index,), item=index + 1)


def _document_entry(
    pack: Pack, data: object, file: str, text: str, *, at: tuple[int, ...], item: int | None
) -> Entry:
    team = _team_of(data)
    try:
        profile = profile_from_data(pack, data, source=file, text=text, at=at)
    except AnswersError as error:
        return Failure(file, error.line, item, team, error.problem)
    if profile.team is None:
        line = line_of(text, at) if at else None
        return Failure(file, line, item, None, NO_TEAM)
    where = file if item is None else f"{file} (item {item})"
    return TeamProfile(profile.team, profile.answers, where)


def _team_of(data: object) -> str | None:
    """The team's name of a (possibly bad) profile, for the failure list."""
    team = data.get("team") if isinstance(data, dict) else None
    if isinstance(team, (str, int, float)) and str(team).strip():
        return str(team).strip()
    return None


# CSV ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Header:
    """What each column of a CSV file holds."""

    team: int
    questions: tuple[tuple[int, str, dict[str, str], dict[str, str]], ...]
    width: int
    unnamed: tuple[int, ...]
    hints: dict[str, str]


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _column_names(pack: Pack) -> dict[str, str]:
    """Column name (folded) -> question id: the ids, and the questions' texts."""
    names: dict[str, str] = {}
    for question in pack.questions:
        names[question.id.casefold()] = question.id
        for text in question.text.values():
            names.setdefault(_folded(text), question.id)
    return names


def _labels(pack: Pack, question: Question) -> dict[str, str]:
    """Option label (folded, every language) -> option id; an id always means itself."""
    spellings = pack.compiled.spellings[question.id]
    labels = dict.fromkeys(UNKNOWN_LABELS, UNKNOWN)
    for option in question.options:
        for text in option.label.values():
            if _folded(text) not in spellings:
                labels.setdefault(_folded(text), option.id)
    return labels


def _csv_entries(pack: Pack, file: str) -> Iterator[Entry]:
    try:
        text = read_text(Path(file)).removeprefix("\ufeff")
    except AnswersError as error:
        if error.problem == "is not UTF-8 text":
            raise AnswersError(
                "is not UTF-8 text; save it as 'CSV UTF-8' (Excel) or export it as UTF-8"
            ) from None
        raise
    first_line = text.split("\n", 1)[0]
    separator = max(_SEPARATORS, key=first_line.count)
    rows = _rows(csv.reader(io.StringIO(text, newline=""), delimiter=separator))
    try:
        header_line, header_cells = next(rows)
    except StopIteration:
        raise AnswersError(
            "the file is empty: expected a header row, 'team' and question ids"
        ) from None
    except _CsvError as error:
        raise AnswersError(error.problem, line=error.line) from None
    header = _read_header(pack, header_cells, header_line)
    count = 0
    try:
        for line, cells in rows:
            count += 1
            yield _csv_entry(pack, header, cells, file, line)
    except _CsvError as error:
        yield Failure(file, error.line, None, None, error.problem)
        return
    if not count:
        yield Failure(file, None, None, None, "has a header row but no team rows")


class _CsvError(Exception):
    def __init__(self, problem: str, line: int) -> None:
        super().__init__(problem)
        self.problem = problem
        self.line = line


def _rows(reader: _CsvReader) -> Iterator[tuple[int, list[str]]]:
    """The rows that hold something, each with the line it starts on."""
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise _CsvError(f"not valid CSV: {error}", start) from None
        if any(cell.strip() for cell in cells):
            yield start, cells


def _read_header(pack: Pack, cells: list[str], line: int) -> _Header:
    ids = [q.id for q in pack.questions]
    by_name = _column_names(pack)
    seen: dict[str, int] = {}
    team = -1
    questions: list[tuple[int, str]] = []
    ignored: list[int] = []
    unknown: list[str] = []
    by_text: list[str] = []
    for column, cell in enumerate(cells):
        name = cell.strip()
        key = _folded(name)
        if key in FORM_COLUMNS:
            ignored.append(column)
            continue
        if not name:
            continue
        meaning = "team" if key in TEAM_COLUMNS else by_name.get(key, key)
        if meaning in seen:
            raise AnswersError(
                f"column '{name}' appears twice (columns {seen[meaning] + 1} and {column + 1})",
                line=line,
            )
        seen[meaning] = column
        if meaning == "team":
            team = column
        elif key in by_name:
            questions.append((column, meaning))
            if key != meaning:
                by_text.append(meaning)
        else:
            unknown.append(name)
    if unknown:
        texts = [text for q in pack.questions for text in q.text.values()]
        listed = ", ".join(f"'{name}'{did_you_mean(name, [*ids, *texts])}" for name in unknown)
        raise AnswersError(
            f"unknown column{'s' * (len(unknown) > 1)} {listed}; the columns are "
            f"'team' and question ids (or the questions' texts): {', '.join(ids)}",
            line=line,
        )
    if team < 0:
        raise AnswersError(
            "no 'team' column: the header is 'team' followed by question ids, "
            f"for example: team,{','.join(ids[:3])}",
            line=line,
        )
    named = {team, *ignored, *(column for column, _ in questions)}
    spellings = pack.compiled.spellings
    by_id = {question.id: question for question in pack.questions}
    # A form export names its columns after the questions: its answers are
    # labels, so a message about one lists the labels too.
    hints = {
        qid: "; or the labels: "
        + ", ".join(f"'{option.label.get_lang(DEFAULT_LANGUAGE)}'" for option in by_id[qid].options)
        + f', "{UNKNOWN_LABELS[0].capitalize()}"'
        for qid in by_text
    }
    return _Header(
        team,
        tuple(
            (column, qid, spellings[qid], _labels(pack, by_id[qid])) for column, qid in questions
        ),
        len(cells),
        tuple(column for column in range(len(cells)) if column not in named),
        hints,
    )


def _csv_entry(pack: Pack, header: _Header, cells: list[str], file: str, line: int) -> Entry:
    team = cells[header.team].strip() if header.team < len(cells) else ""
    name = team or None
    # A value under no column name: in a column whose header is empty, or past the header.
    stray = next(
        (column for column in header.unnamed if column < len(cells) and cells[column].strip()), None
    )
    if stray is None and len(cells) > header.width:
        stray = next(
            (column for column in range(header.width, len(cells)) if cells[column].strip()), None
        )
    if stray is not None:
        return Failure(
            file,
            line,
            None,
            name,
            f"a value in column {stray + 1} ({cells[stray].strip()!r}) has no column name "
            "in the header",
        )
    if not team:
        return Failure(file, line, None, None, "the 'team' cell is empty: every row needs a team")
    answers = {}
    for column, qid, spellings, labels in header.questions:
        value = cells[column] if column < len(cells) else ""
        # An option id is the common case; a label is looked up only when it is not one.
        answers[qid] = value if value in spellings else labels.get(_folded(value), value)
    try:
        known = check_answers(pack, answers)
    except AnswersError as error:
        hint = header.hints.get(str(error.key[-1]), "") if error.key else ""
        return Failure(file, line, None, name, error.problem + hint)
    return TeamProfile(team, known, f"{file}:{line}")
