"""Report file names for team names: safe slugs, unique within a batch.

Pure. A team name is free text from a spreadsheet or a form, so nothing in it
may choose where a file goes: the stem is a :func:`~advisor.slug.slugify` slug
(lowercase ASCII letters, digits and single hyphens; never empty, never a
Windows device name, at most 60 characters), never a name the batch itself
writes (``summary``), and twins get a numbered suffix in input order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from advisor.slug import DEVICE_NAMES, FALLBACK, MAX_LENGTH, slugify

# The stem of the files the batch writes itself: summary.md, .json and .csv.
SUMMARY = "summary"
RESERVED_STEMS = frozenset({SUMMARY})
SAFE_STEM = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def report_stem(team: str) -> str:
    """The file-name stem of a team's report, before twins are told apart.

    >>> report_stem("../../etc/passwd")
    'etc-passwd'
    >>> report_stem("Summary")
    'summary-team'
    """
    stem = slugify(team)
    return f"{stem}-{FALLBACK}" if stem in RESERVED_STEMS else stem


def unique_stems(teams: Iterable[str]) -> list[str]:
    """One stem per team, in order; twins get ``-2``, ``-3``... in input order.

    A stem is never reused, even when a later team's own name slugifies to a
    suffixed stem (``Fraud Detection 2`` after two ``Fraud Detection``).

    >>> unique_stems(["Fraud Detection", "fraud detection", "Fraud-Detection-2"])
    ['fraud-detection', 'fraud-detection-2', 'fraud-detection-2-2']
    """
    used: set[str] = set()
    stems = []
    for team in teams:
        base = report_stem(team)
        stem = base
        number = 2
        while stem in used:
            stem = f"{base}-{number}"
            number += 1
        used.add(stem)
        stems.append(stem)
    return stems


def is_safe_stem(stem: str) -> bool:
    """True for a stem that stays in its folder and clashes with nothing.

    Letters, digits and inner hyphens only (so no separator, no ``..``, no
    hidden file), not a Windows device name nor one of the batch's own files,
    and short (a slug plus a twin suffix).
    """
    return (
        len(stem) <= MAX_LENGTH + 8
        and SAFE_STEM.fullmatch(stem) is not None
        and stem not in DEVICE_NAMES
        and stem not in RESERVED_STEMS
    )
