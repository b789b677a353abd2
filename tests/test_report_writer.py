"""The report writer reuses the parts it rendered before: it must never show another team's.

:class:`advisor.report.writer.ReportWriter` keeps each part of a report under
a key of everything the part reads. A key that missed an input would show,
in one team's report, a part rendered for an earlier team. These tests render
many varied profiles through one long-lived writer, in a shuffled order, and
compare every report with the one a brand-new writer gives.
"""

from __future__ import annotations

import random

import pytest

from advisor.engine import evaluate
from advisor.loader import load_pack
from advisor.pack import Pack
from advisor.report import FORMATS, _template, render_report, report_bytes, writer_of
from advisor.report.writer import ReportWriter
from advisor.text import LANGUAGES

TEAMS = [
    "Fraud Detection",
    "",
    "  ",
    "../../x",
    "a|b`c`",
    "<script>x</script>",
    "x" * 300,
    "🚀 Rocket",
    "Zoë Ñandú",
    "line\nbreak",
    "\u202eevil",
    None,
    "{project}",
    "a/b",
    "Ab",
    "A much longer team name than the others",
]
DATES = ["2026-01-01", None, "2026-02-30", "not a date"]


def fresh_writer(pack: Pack, lang: str) -> ReportWriter:
    return writer_of(_template("report.md.j2"), pack, lang)


def profiles(pack: Pack, count: int, seed: int) -> list[tuple[dict[str, str], str | None]]:
    rng = random.Random(seed)
    out = []
    for number in range(count):
        # Some teams answer only the layout questions, or nothing at all.
        kinds = ("layout",) if number % 7 == 0 else ("layout", "decision")
        share = rng.choice((0.0, 0.3, 0.75, 1.0))
        answers = {
            q.id: rng.choice([option.id for option in q.options])
            for q in pack.questions
            if q.kind in kinds and rng.random() < share
        }
        out.append((answers, rng.choice(TEAMS) if number % 3 else f"Team {number}"))
    return out


@pytest.mark.parametrize("pack_path", [None, "rules/serving"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_long_lived_writer_gives_the_report_of_a_fresh_one(
    pack_path: str | None, lang: str
) -> None:
    pack = load_pack(pack_path)
    shared = fresh_writer(pack, lang)
    rng = random.Random(11)
    for answers, team in profiles(pack, 250, seed=len(lang)):
        result = evaluate(pack, answers, team=team)
        date = rng.choice(DATES)
        assert shared.render(result, date) == fresh_writer(pack, lang).render(result, date)
    assert len(shared.parts) > 50  # parts were reused, not rendered afresh each time


def test_render_report_shares_one_writer_per_pack_and_language() -> None:
    pack = load_pack()
    result = evaluate(pack, {"git_cicd": "full"}, team="Search Ranking")
    first = render_report(result, lang="en", fmt="md", date="2026-01-01")
    for lang in LANGUAGES:
        for fmt in FORMATS:
            render_report(result, lang=lang, fmt=fmt, date="2026-01-01")
    assert render_report(result, lang="en", fmt="md", date="2026-01-01") == first


def test_the_team_and_project_names_are_put_back_in_every_place(pack: Pack) -> None:
    # Two teams with project names of the same length share the layout part.
    answers = {"cicd_platform": "github_actions"}
    first = render_report(evaluate(pack, answers, team="Alpha Team"), date="2026-01-01")
    second = render_report(evaluate(pack, answers, team="Omega Team"), date="2026-01-01")
    assert "`omega_team/.github/workflows/`" in second
    assert "alpha_team" not in second
    assert "\ufdd0" not in first + second
    assert "\ufdd1" not in first + second
    assert first.replace("Alpha Team", "Omega Team").replace("alpha_team", "omega_team") == second


def test_a_name_holding_the_writers_stand_ins_is_written_as_it_is(pack: Pack) -> None:
    # The writer's stand-ins are noncharacters; a team's name may hold them.
    team = "a\ufdd0b\ufdd1c\ufdd2d\ufdd3e\ufdd4f"
    report = render_report(evaluate(pack, {"retraining": "scheduled"}, team=team))
    # The front matter, the title, the context and the replayable answers.
    assert report.count(team) == 4
    assert report.startswith(f'---\nstatus: proposed\nteam: "{team}"\n---\n')
    assert f'\n```yaml\nteam: "{team}"\nanswers:\n' in report


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("fmt", FORMATS)
def test_report_bytes_are_the_report_in_utf_8(pack: Pack, lang: str, fmt: str) -> None:
    for answers, team in profiles(pack, 40, seed=11):
        result = evaluate(pack, answers, team=team)
        text = render_report(result, lang=lang, fmt=fmt, date="2026-01-01")
        assert report_bytes(result, lang=lang, fmt=fmt, date="2026-01-01") == text.encode()
