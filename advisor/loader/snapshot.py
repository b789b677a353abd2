"""The built-in pack validated ahead of time: loading it needs neither PyYAML nor pydantic.

``snapshot.bin`` (beside this module) holds a fingerprint line, then the
pack's records (:mod:`advisor.model`) pickled. The fingerprint covers every
file the pack is read from and the source of the modules that define the
pickled records, so the snapshot is used only while it is what reading the
files would give; otherwise the pack is read from its files, as any other.
Reading the files and hashing them costs about a millisecond; the snapshot
saves importing PyYAML and pydantic and validating (about 0.15 s).

Refresh it after editing the built-in pack or the records::

    python -m advisor.loader.snapshot

A test fails while it is stale. It is our own file inside the package, as
trusted as the code beside it: nothing else is ever unpickled.
"""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path
from typing import Any

from advisor import conditions, model, text
from advisor.pack import Pack

SNAPSHOT = Path(__file__).with_name("snapshot.bin")
# Bumped when the snapshot's layout changes.
FORMAT = b"advisor pack snapshot 1"
PACK_FILES = ("pack.yaml", "questions.yaml", "patterns.yaml", "layouts.yaml")
# The modules whose classes are pickled in the snapshot.
MODULES = (model, conditions, text)
# Read by every Python the package supports.
PROTOCOL = 5
PARTS = ("manifest", "questions", "patterns", "layouts", "rules", "rule_files")


def fingerprint(root: Path) -> bytes | None:
    """The hex digest of the pack's files and of the records' source; ``None`` if unreadable."""
    digest = hashlib.blake2b(FORMAT, digest_size=20)
    files = [root / name for name in PACK_FILES]
    # A rule saved as .yml changes it too: the files are read then, and say so.
    files += sorted([*(root / "rules").glob("*.yaml"), *(root / "rules").glob("*.yml")])
    files += [Path(str(module.__file__)) for module in MODULES]
    try:
        for path in files:
            data = path.read_bytes()
            digest.update(f"\0{path.name}\0{len(data)}\0".encode())
            digest.update(data)
    except OSError:
        return None
    return digest.hexdigest().encode()


def load(root: Path) -> Pack | None:
    """The pack in ``root`` from the snapshot, or ``None`` when the snapshot is not its own."""
    try:
        head, _, body = SNAPSHOT.read_bytes().partition(b"\n")
    except OSError:
        return None
    if head != fingerprint(root):
        return None
    try:
        parts: dict[str, Any] = pickle.loads(body)
    except (pickle.UnpicklingError, EOFError, ValueError, AttributeError, ImportError):
        return None  # written by a Python that this one cannot follow: read the files
    return Pack(location=str(root), **parts)


def dump(pack: Pack, root: Path) -> bytes:
    """The snapshot of ``pack``, read from the files in ``root``."""
    key = fingerprint(root)
    if key is None:
        raise OSError(f"{root}: the pack's files cannot be read")
    parts = {name: getattr(pack, name) for name in PARTS}
    return key + b"\n" + pickle.dumps(parts, protocol=PROTOCOL)


def main() -> None:
    """Write the snapshot of the built-in pack (read from its files)."""
    from advisor.loader.pack_files import read_pack
    from advisor.loader.packs import default_pack_path
    from advisor.output import write_atomic_bytes

    root = default_pack_path()
    write_atomic_bytes(str(SNAPSHOT), dump(read_pack(root), root))
    print(f"wrote {SNAPSHOT}")


if __name__ == "__main__":
    main()
