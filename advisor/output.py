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
import sys
from pathlib import Path

from advisor.errors import OutputError

_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8, newlines as given) to the file the user named; create its
    folder if missing.

    A path the user names may be a symbolic link, written through: the file it
    points to is replaced, atomically. It may also be a device or a pipe
    (``/dev/stdout``, ``/dev/null``, a FIFO): that is written to as it is,
    since renaming over it would replace it with a plain file.

    Raises:
        OutputError: the folder cannot be created or the file cannot be written.
    """
    data = text.encode("utf-8")
    if path.exists() and not path.is_file() and not path.is_dir():
        _write_through(path, data)
        return
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        # --output notes.yaml/r.md: a folder of the path is a file.
        blocking = next((p for p in path.parents if p.exists() and not p.is_dir()), None)
        reason = error.strerror if blocking is None else f"{blocking} is a file, not a folder"
        raise OutputError(f"{path}: cannot be written: {reason}") from None
    write_atomic_bytes(str(path), data)


def _write_through(path: Path, data: bytes) -> None:
    """Write ``data`` to a device or a pipe, as it is."""
    try:
        with path.open("wb") as stream:
            stream.write(data)
    except OSError as error:
        raise OutputError(f"{path}: cannot be written: {error.strerror}") from None


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


def write_stdout(text: str) -> None:
    """Write a document (a report, a schema) to standard output as UTF-8 bytes.

    Whatever the console's encoding (a Windows console redirected to a file is
    cp1252): the document is the same bytes as written to a file, and a
    character the console cannot encode does not stop it.
    """
    sys.stdout.flush()
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # replaced by a text-only stream
        sys.stdout.write(text)
    else:
        buffer.write(text.encode("utf-8"))
        buffer.flush()
