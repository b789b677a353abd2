"""Reading batch inputs: CSV as spreadsheets and forms export it, lists, folders.

Every bad profile becomes a failure with its place and reason, and the good
ones around it are still read. Messages are asserted whole: they are a contract.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from advisor.loader.batch_inputs import Failure, TeamProfile, answer_files, read_batch
from advisor.pack import Pack

from conftest import write

HEADER = "team,dev_reads_prod_data,training_cost,git_cicd"


def _questions(pack: Pack) -> str:
    return ", ".join(q.id for q in pack.questions)


def _csv(path: Path, text: str, *, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def _read(pack: Pack, *inputs: Path | str) -> list[TeamProfile | Failure]:
    return read_batch(pack, [str(item) for item in inputs])


def test_a_csv_row_per_team_and_an_empty_cell_is_unknown(pack: Pack, tmp_path: Path) -> None:
    teams = _csv(
        tmp_path / "teams.csv",
        f"{HEADER}\nFraud Detection,no,high,full\nChurn,yes,,none\n",
    )
    assert _read(pack, teams) == [
        TeamProfile(
            "Fraud Detection",
            {"dev_reads_prod_data": "no", "training_cost": "high", "git_cicd": "full"},
            f"{teams}:2",
        ),
        TeamProfile("Churn", {"dev_reads_prod_data": "yes", "git_cicd": "none"}, f"{teams}:3"),
    ]


def test_a_csv_as_excel_and_form_tools_write_it(pack: Pack, tmp_path: Path) -> None:
    # A byte order mark, \r\n, blanks around cells, Yes/NO, a column name in
    # capitals, trailing empty columns, a blank row and a row of empty cells.
    text = (
        "\ufeffTeam , Dev_Reads_Prod_Data,training_cost,git_cicd,,\r\n"
        "  Fraud Detection , Yes ,HIGH , full,,\r\n"
        "\r\n"
        ",,,,,\r\n"
        "Churn,NO,low,none,,\r\n"
    )
    teams = _csv(tmp_path / "teams.csv", text)
    entries = _read(pack, teams)
    assert entries == [
        TeamProfile(
            "Fraud Detection",
            {"dev_reads_prod_data": "yes", "training_cost": "high", "git_cicd": "full"},
            f"{teams}:2",
        ),
        TeamProfile(
            "Churn",
            {"dev_reads_prod_data": "no", "training_cost": "low", "git_cicd": "none"},
            f"{teams}:5",
        ),
    ]


@pytest.mark.parametrize("separator", [";", "\t"])
def test_semicolon_and_tab_separated_files(pack: Pack, tmp_path: Path, separator: str) -> None:
    teams = _csv(
        tmp_path / "teams.csv",
        f"team{separator}training_cost\nAnálise de Crédito{separator}low\n",
    )
    assert _read(pack, teams) == [
        TeamProfile("Análise de Crédito", {"training_cost": "low"}, f"{teams}:2")
    ]


def test_the_separator_is_read_off_the_header_row_outside_quotes(
    pack: Pack, tmp_path: Path
) -> None:
    # Blank lines first, and questions' texts holding commas in the header.
    text = (
        '\r\n  \r\nteam;"Can the data scientists hand over reviewed, tested code to others?";'
        '"Which CI/CD platform do you use, or will you adopt?"\r\nFraud;High;gitlab\r\n'
    )
    teams = _csv(tmp_path / "teams.csv", text)
    assert _read(pack, teams) == [
        TeamProfile(
            "Fraud", {"ds_engineering_skills": "high", "cicd_platform": "gitlab"}, f"{teams}:4"
        )
    ]


@pytest.mark.parametrize("first", ["sep=;", '"sep=;"', "SEP=;"])
def test_excels_sep_line_names_the_separator(pack: Pack, tmp_path: Path, first: str) -> None:
    teams = _csv(tmp_path / "teams.csv", f"{first}\nteam;training_cost\nA, B and C;low\n")
    assert _read(pack, teams) == [TeamProfile("A, B and C", {"training_cost": "low"}, f"{teams}:3")]


def test_a_quote_left_open_fails_its_row_alone(pack: Pack, tmp_path: Path) -> None:
    # Python's reader takes every line after an open quote into the cell: the
    # row is cut at its own line, and the rows after it are read as usual.
    teams = _csv(
        tmp_path / "teams.csv",
        'team,training_cost\nA,low\n"Fraud,low\nChurn,high\n"Risk",low\n"Open\n',
    )
    never_closed = (
        "a quoted cell that starts on this line is never closed: add the closing '\"' "
        "(the rows after it are still read)"
    )
    assert _read(pack, teams) == [
        TeamProfile("A", {"training_cost": "low"}, f"{teams}:2"),
        Failure(str(teams), 3, None, None, never_closed),
        TeamProfile("Churn", {"training_cost": "high"}, f"{teams}:4"),
        TeamProfile("Risk", {"training_cost": "low"}, f"{teams}:5"),
        Failure(str(teams), 6, None, None, never_closed),
    ]


def test_a_quoted_cell_over_several_lines_is_still_one_cell(pack: Pack, tmp_path: Path) -> None:
    teams = _csv(tmp_path / "teams.csv", 'team,training_cost\n"Fraud\nTeam",low\nB,high\n')
    assert _read(pack, teams) == [
        TeamProfile("Fraud\nTeam", {"training_cost": "low"}, f"{teams}:2"),
        TeamProfile("B", {"training_cost": "high"}, f"{teams}:4"),
    ]


def test_text_after_a_closing_quote_fails_its_row_alone(pack: Pack, tmp_path: Path) -> None:
    teams = _csv(tmp_path / "teams.csv", 'team,training_cost\n"B"x,low\nC,high\n"D" x,low\nE,low\n')
    after_quote = (
        "text after the closing '\"' of a cell: quote the whole cell, and double a "
        'quote inside it ("say ""hi""")'
    )
    assert _read(pack, teams) == [
        Failure(str(teams), 2, None, None, after_quote),
        TeamProfile("C", {"training_cost": "high"}, f"{teams}:3"),
        Failure(str(teams), 4, None, None, after_quote),
        TeamProfile("E", {"training_cost": "low"}, f"{teams}:5"),
    ]


def test_google_and_microsoft_forms_metadata_columns_are_ignored(
    pack: Pack, tmp_path: Path
) -> None:
    google = _csv(
        tmp_path / "google.csv",
        '"Timestamp","Email Address","team","training_cost"\n'
        '"2026/01/05 10:31:02 AM GMT","ana@example.com","Fraud","high"\n',
    )
    microsoft = _csv(
        tmp_path / "microsoft.csv",
        "ID,Start time,Completion time,Email,Name,Last modified time,team,training_cost\n"
        "1,1/5/26 10:30,1/5/26 10:31,anonymous,,,Churn,low\n",
    )
    assert _read(pack, google, microsoft) == [
        TeamProfile("Fraud", {"training_cost": "high"}, f"{google}:2"),
        TeamProfile("Churn", {"training_cost": "low"}, f"{microsoft}:2"),
    ]


def test_a_form_export_with_question_texts_and_option_labels(pack: Pack, tmp_path: Path) -> None:
    # A Google Form whose questions and choices were copied from the pack.
    teams = _csv(
        tmp_path / "form.csv",
        '"Timestamp","Team name","Can data scientists in development read production data?",'
        '"How much does one full training run cost?","Do you use an external Git repository '
        'and CI/CD pipelines?"\r\n'
        '"2026/01/05 10:31:02 AM GMT-3","Fraud","Only a masked or sampled copy",'
        '"High: very expensive","I don\'t know"\r\n'
        '"2026/01/05 11:02:40 AM GMT-3","Churn","no","Moderate",""\r\n',
    )
    assert _read(pack, teams) == [
        TeamProfile(
            "Fraud",
            {"dev_reads_prod_data": "sample_only", "training_cost": "high"},
            f"{teams}:2",
        ),
        TeamProfile(
            "Churn", {"dev_reads_prod_data": "no", "training_cost": "moderate"}, f"{teams}:3"
        ),
    ]


def test_a_portuguese_form_export(pack: Pack, tmp_path: Path) -> None:
    # The same form built from the pack's pt-BR texts: labels and "Não sei" in Portuguese.
    teams = _csv(
        tmp_path / "formulario.csv",
        '"Carimbo de data/hora","team","training_cost","git_cicd","dev_reads_prod_data"\r\n'
        '"05/01/2026 10:31:02","Fraude","Alto: muito caro","Não sei",'
        '"Apenas uma cópia mascarada ou amostrada"\r\n',
    )
    assert _read(pack, teams) == [
        TeamProfile(
            "Fraude",
            {"training_cost": "high", "dev_reads_prod_data": "sample_only"},
            f"{teams}:2",
        )
    ]


def test_a_bad_row_fails_alone_with_its_row_and_reason(pack: Pack, tmp_path: Path) -> None:
    teams = _csv(
        tmp_path / "teams.csv",
        f"{HEADER}\nGood One,no,high,full\nBad One,no,hgh,full\n,no,low,full\nGood Two,yes,low,\n",
    )
    entries = _read(pack, teams)
    assert [entry.team for entry in entries] == ["Good One", "Bad One", None, "Good Two"]
    assert entries[1] == Failure(
        str(teams),
        3,
        None,
        "Bad One",
        "invalid answer 'hgh' to question 'training_cost' (did you mean 'high'?); "
        "allowed: low, moderate, high, unknown",
    )
    assert entries[1].message_in("en") == f"{teams}:3: {entries[1].problem}"
    assert entries[2] == Failure(
        str(teams), 4, None, None, "the 'team' cell is empty: every row needs a team"
    )
    assert isinstance(entries[3], TeamProfile)


def _varied_csv(pack: Pack, path: Path, rows: int) -> list[str]:
    """A CSV with the columns in reverse order and every way to write an answer, some bad."""
    rng = random.Random(11)
    questions = list(reversed(pack.questions))
    lines = [",".join(["team", *(q.id for q in questions)])]
    for number in range(rows):
        if number >= 20:  # the cells of an earlier row: all met before
            lines.append(f"Team {number}," + lines[number % 20 + 1].split(",", 1)[1])
            continue
        cells = [f"Team {number}"]
        for question in questions:
            option = rng.choice(question.options)
            spellings = [
                option.id,
                option.id.upper(),
                f" {option.id} ",
                option.label.get_lang("en"),
                option.label.get_lang("pt-BR"),
                "",
                "I don't know",
                "unknown",
            ]
            cells.append(rng.choice(spellings).replace(",", ""))
        if number % 5 == 3:  # one bad answer
            cells[rng.randrange(1, len(cells))] = rng.choice(["nope", "YES PLEASE"])
        lines.append(",".join(cells))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return lines


def test_a_row_reads_the_same_as_alone_whatever_was_read_before(pack: Pack, tmp_path: Path) -> None:
    # A cell text met before is not checked again: each row must still read
    # as it reads alone (the same answers, in the pack's order of questions,
    # or the same failure), whatever the order of the columns.
    lines = _varied_csv(pack, tmp_path / "teams.csv", 60)
    entries = _read(pack, tmp_path / "teams.csv")
    assert len(entries) == 60
    order = [q.id for q in pack.questions]
    for number, entry in enumerate(entries):
        alone = _csv(tmp_path / f"row{number}.csv", f"{lines[0]}\n{lines[number + 1]}\n")
        (expected,) = _read(pack, alone)
        if isinstance(expected, TeamProfile):
            assert entry == TeamProfile(
                expected.team, expected.answers, f"{tmp_path / 'teams.csv'}:{number + 2}"
            )
            assert list(entry.answers) == [qid for qid in order if qid in entry.answers]
        else:
            assert isinstance(entry, Failure)
            assert (entry.team, entry.problem) == (expected.team, expected.problem)
    assert {type(entry) for entry in entries} == {TeamProfile, Failure}


def test_a_line_number_counts_the_lines_of_quoted_multiline_cells(
    pack: Pack, tmp_path: Path
) -> None:
    teams = _csv(tmp_path / "teams.csv", 'team,training_cost\n"Two\nlines",low\nNext,bad\n')
    entries = _read(pack, teams)
    assert isinstance(entries[0], TeamProfile)
    assert entries[0].team == "Two\nlines"
    assert isinstance(entries[1], Failure)
    assert entries[1].line == 4


def test_an_unknown_column_fails_the_whole_file(pack: Pack, tmp_path: Path) -> None:
    teams = _csv(tmp_path / "teams.csv", "team,trainig_cost,notes\nA,low,hello\nB,high,\n")
    assert _read(pack, teams) == [
        Failure(
            str(teams),
            1,
            None,
            None,
            "unknown columns 'trainig_cost' (did you mean 'training_cost'?), 'notes'; "
            f"the columns are 'team' and question ids (or the questions' texts): {_questions(pack)}",
            whole=True,
        )
    ]


@pytest.mark.parametrize(
    ("text", "line", "problem"),
    [
        (
            "name,training_cost\nA,low\n",
            1,
            (
                "no 'team' column: the header is 'team' followed by question ids, "
                "for example: team,dev_reads_prod_data,full_data_training,training_in_prod_allowed"
            ),
        ),
        (
            "team,training_cost,Training_Cost\nA,low,low\n",
            1,
            "column 'Training_Cost' appears twice (columns 2 and 3)",
        ),
        ("", None, "the file is empty: expected a header row, 'team' and question ids"),
        ("team,training_cost\n", None, "has a header row but no team rows"),
    ],
    ids=["no-team-column", "duplicate-column", "empty", "header-only"],
)
def test_a_csv_file_that_cannot_be_read_as_a_whole(
    pack: Pack, tmp_path: Path, text: str, line: int | None, problem: str
) -> None:
    teams = _csv(tmp_path / "teams.csv", text)
    assert _read(pack, teams) == [Failure(str(teams), line, None, None, problem, whole=True)]


def test_a_value_under_no_column_name_fails_its_row(pack: Pack, tmp_path: Path) -> None:
    teams = _csv(tmp_path / "teams.csv", "team,training_cost,\nA,low,\nB,low,oops\nC,high,,x\n")
    entries = _read(pack, teams)
    assert isinstance(entries[0], TeamProfile)
    assert [entry.problem for entry in entries[1:] if isinstance(entry, Failure)] == [
        "a value in column 3 ('oops') has no column name in the header",
        "a value in column 4 ('x') has no column name in the header",
    ]


def test_a_csv_that_is_not_utf8_says_how_to_save_it(pack: Pack, tmp_path: Path) -> None:
    teams = _csv(tmp_path / "teams.csv", "team,training_cost\nAnálise,low\n", encoding="cp1252")
    assert _read(pack, teams) == [
        Failure(
            str(teams),
            None,
            None,
            None,
            "is not UTF-8 text; save it as 'CSV UTF-8' (Excel) or export it as UTF-8",
            whole=True,
        )
    ]


def test_a_yaml_list_with_good_and_bad_profiles(pack: Pack, tmp_path: Path) -> None:
    teams = write(
        tmp_path / "teams.yaml",
        """
        - team: Search
          answers:
            training_cost: high
        - team: Recs
          answers:
            training_cost: hgh
        - answers: {}
        - team: 42
        """,
    )
    entries = _read(pack, teams)
    assert entries == [
        TeamProfile("Search", {"training_cost": "high"}, f"{teams} (item 1)"),
        Failure(
            str(teams),
            6,
            2,
            "Recs",
            "invalid answer 'hgh' to question 'training_cost' (did you mean 'high'?); "
            "allowed: low, moderate, high, unknown",
        ),
        Failure(str(teams), 7, 3, None, "no team name: every profile of a batch needs 'team'"),
        TeamProfile("42", {}, f"{teams} (item 4)"),
    ]
    assert entries[1].where == f"{teams}:6 (item 2)"  # type: ignore[union-attr]


def test_team_names_that_yaml_reads_as_numbers_or_dates_are_kept_as_written(
    pack: Pack, tmp_path: Path
) -> None:
    teams = write(
        tmp_path / "teams.yaml",
        "- team: 007\n- team: 0101\n- team: 1.10\n- team: 12:30\n- team: 2026-01-01\n",
    )
    assert [entry.team for entry in _read(pack, teams)] == [
        "007",
        "0101",
        "1.10",
        "12:30",
        "2026-01-01",
    ]


def test_a_list_item_with_a_key_given_twice_fails_alone(pack: Pack, tmp_path: Path) -> None:
    teams = write(
        tmp_path / "teams.yaml",
        """
        - team: Alpha
          answers: {training_cost: low}
        - team: Bravo
          answers:
            training_cost: low
            training_cost: high
        - team: Charlie
          answers: {git_cicd: full}
        """,
    )
    assert _read(pack, teams) == [
        TeamProfile("Alpha", {"training_cost": "low"}, f"{teams} (item 1)"),
        Failure(str(teams), 6, 2, None, "duplicate key 'training_cost' (first at line 5)"),
        TeamProfile("Charlie", {"git_cicd": "full"}, f"{teams} (item 3)"),
    ]


def test_a_json_list_item_with_a_key_given_twice_fails_alone(pack: Pack, tmp_path: Path) -> None:
    teams = write(
        tmp_path / "teams.json",
        '[{"team": "Alpha", "answers": {"dev_reads_prod_data": true}},\n'
        ' {"team": "Bravo", "team": "Brava"},\n'
        ' {"team": "Charlie", "answers": {"git_cicd": "full"}}]\n',
    )
    assert _read(pack, teams) == [
        TeamProfile("Alpha", {"dev_reads_prod_data": "yes"}, f"{teams} (item 1)"),
        Failure(str(teams), 2, 2, None, "duplicate key 'team' (first at line 2)"),
        TeamProfile("Charlie", {"git_cicd": "full"}, f"{teams} (item 3)"),
    ]


def test_json_one_profile_and_json_lists(pack: Pack, tmp_path: Path) -> None:
    one = write(tmp_path / "one.json", '{"team": "Solo", "answers": {"git_cicd": "full"}}')
    many = write(
        tmp_path / "many.json",
        '[{"team": "A", "answers": {}},\n {"team": "B", "answers": {"git_cicd": "maybe"}}]',
    )
    entries = _read(pack, one, many)
    assert entries[:2] == [
        TeamProfile("Solo", {"git_cicd": "full"}, str(one)),
        TeamProfile("A", {}, f"{many} (item 1)"),
    ]
    assert isinstance(entries[2], Failure)
    assert entries[2].where == f"{many}:2 (item 2)"


@pytest.mark.parametrize(
    ("name", "text", "problem"),
    [
        ("a.yaml", "answers: {}\n", "no team name: every profile of a batch needs 'team'"),
        ("a.yaml", "[]\n", "the list of profiles is empty"),
        ("a.yaml", "team: [x\n", "not valid YAML: did not find expected ',' or ']'"),
        ("a.json", "{", "not valid JSON: Expecting property name enclosed in double quotes"),
        ("a.yaml", "just text\n", "expected a mapping with 'team' and 'answers', got a text"),
    ],
)
def test_a_bad_answers_file_is_one_failure(
    pack: Pack, tmp_path: Path, name: str, text: str, problem: str
) -> None:
    path = write(tmp_path / name, text)
    entries = _read(pack, path)
    assert len(entries) == 1
    assert isinstance(entries[0], Failure)
    assert entries[0].problem == problem


def test_a_folder_stands_for_its_answer_files_in_sorted_order(tmp_path: Path) -> None:
    folder = tmp_path / "teams"
    for name in ("b.yml", "a.yaml", "c.json", "d.csv", "notes.txt", ".hidden.yaml", "~$d.csv"):
        write(folder / name, "")
    (folder / "sub").mkdir()
    assert answer_files([str(folder)]) == [
        str(folder / name) for name in ("a.yaml", "b.yml", "c.json", "d.csv")
    ]


def test_missing_paths_empty_folders_and_spreadsheets_are_failures(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    write(tmp_path / "teams.xlsx", "")
    assert answer_files(
        [str(tmp_path / "nope.csv"), str(tmp_path / "empty"), str(tmp_path / "teams.xlsx")]
    ) == [
        Failure(str(tmp_path / "nope.csv"), None, None, None, "no such file or folder", whole=True),
        Failure(
            str(tmp_path / "empty"),
            None,
            None,
            None,
            "no answer files (*.yaml, *.yml, *.json, *.csv)",
            whole=True,
        ),
        Failure(
            str(tmp_path / "teams.xlsx"),
            None,
            None,
            None,
            "is a spreadsheet: save it as CSV (UTF-8) and pass the .csv file",
            whole=True,
        ),
    ]


def test_the_output_folder_is_not_read_as_input(tmp_path: Path) -> None:
    write(tmp_path / "a.yaml", "team: A\n")
    write(tmp_path / "summary.json", "{}")
    assert answer_files([str(tmp_path)], skip=tmp_path) == [
        Failure(
            str(tmp_path),
            None,
            None,
            None,
            "is the output folder (--out): keep the answer files in another folder",
            whole=True,
        )
    ]


def test_a_failure_says_whether_the_input_failed_as_a_whole(pack: Pack, tmp_path: Path) -> None:
    # Whole: nothing of the input could be read, so its profiles are not counted.
    broken = write(tmp_path / "broken.yaml", "- team: A\n  answers: [\n")
    empty = write(tmp_path / "empty.yaml", "[]\n")
    header = _csv(tmp_path / "header.csv", "team\n")
    assert [entry.whole for entry in _read(pack, broken)] == [True]
    assert [entry.whole for entry in _read(pack, empty)] == [True]
    assert [entry.whole for entry in _read(pack, header)] == [True]
    # Not whole: one profile, or the row where the file stops being readable.
    rows = _csv(tmp_path / "rows.csv", 'team,training_cost\nA,hgh\nB,low\nC,"high\n')
    entries = _read(pack, rows)
    assert [(type(e).__name__, getattr(e, "whole", None)) for e in entries] == [
        ("Failure", False),
        ("TeamProfile", None),
        ("Failure", False),
    ]


def test_a_null_item_of_a_list_is_not_said_to_be_an_empty_file(pack: Pack, tmp_path: Path) -> None:
    teams = write(tmp_path / "teams.json", '[{"team": "A"}, null]')
    assert _read(pack, teams)[1] == Failure(
        str(teams),
        1,
        2,
        None,
        "expected a mapping with 'team' and 'answers', got nothing (null)",
    )
