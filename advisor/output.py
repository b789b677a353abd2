"""Writing reports: atomically, so that an interrupted run never leaves half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from advisor.errors import OutputError


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename.

    Creates the parent folder when it is missing.

    Raises:
        OutputError: the folder cannot be created or the file cannot be written.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
        )
    except OSError as error:
        raise OutputError(f"{path}: cannot write the report: {error.strerror}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        Path(temporary).replace(path)
    except BaseException as error:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise OutputError(f"{path}: cannot write the report: {error.strerror}") from None
        raise
