"""Writing files atomically, so that an interrupted run never leaves half a file.

Each file is written to a hidden temporary file in the same folder
(``.<name>.<pid>.tmp``) and renamed over its final name, so that an
interrupted run leaves either the whole previous file, the whole new one, or
nothing. The temporary file is removed when the write fails or is interrupted
(``KeyboardInterrupt``, or the ``SystemExit`` a batch worker raises on
SIGTERM). There is no ``fsync``: this guards against an interrupted process,
not against a power cut.

``os.open``/``os.write`` of bytes instead of a text-mode file: a batch writes
thousands of files, and the text layer costs more than the write itself.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from advisor.errors import OutputError

_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8, newlines as given) to ``path``; create its folder if missing.

    Raises:
        OutputError: the folder cannot be created or the file cannot be written.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"{path}: cannot be written: {error.strerror}") from None
    write_atomic_bytes(str(path), text.encode("utf-8"))


def write_atomic_bytes(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder.

    Raises:
        OutputError: the file cannot be written.
    """
    folder, name = os.path.split(path)
    # Beside the file: in the current folder for a bare name ("g.md").
    temporary = os.path.join(folder, f".{name}.{os.getpid()}.tmp")  # noqa: PTH118 - hot path
    try:
        try:
            handle = os.open(temporary, _FLAGS, 0o666)
        except FileExistsError:
            # Left by a killed process that had the same pid: ours to replace.
            Path(temporary).unlink()
            handle = os.open(temporary, _FLAGS, 0o666)
    except OSError as error:
        raise OutputError(f"{path}: cannot be written: {error.strerror}") from None
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(handle, view) :]
        finally:
            os.close(handle)
        os.replace(temporary, path)  # noqa: PTH105 - no Path objects on the hot path
    except BaseException as error:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        if isinstance(error, OSError):
            raise OutputError(f"{path}: cannot be written: {error.strerror}") from None
        raise
