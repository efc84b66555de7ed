"""Finding article files: cheap, in a stable order, in the main process.

Reading them (decoding, HTML main-text extraction, JSON parsing) runs in the workers.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsclaims.inputs.documents import Entry, Skipped, os_error
from newsclaims.inputs.registry import MAX_FILE_BYTES, format_of


def discover(paths: Iterable[Path], exclude: Iterable[Path] = ()) -> Iterator[Entry | Skipped]:
    """Every file under `paths` in a stable (sorted) order, as work or as a skipped file.

    `source` is the path relative to the folder given, with `/` separators; a file
    given directly is named by its file name. Files in `exclude` (our own outputs) are
    passed over so a re-run never reads its own JSON Lines as input.
    """
    excluded = {os.path.realpath(p) for p in exclude}
    for root in paths:
        if root.is_dir():
            yield from _walk(str(root), "", excluded, (os.path.realpath(root),))
        else:
            yield from _file(str(root), root.name, excluded)


def _walk(folder: str, prefix: str, excluded: set[str], ancestors: tuple[str, ...]) -> Iterator[Entry | Skipped]:
    try:
        with os.scandir(folder) as it:
            children = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield Entry(folder, prefix.rstrip("/") or ".", "text", error=os_error(exc))
        return
    for child in children:
        source = prefix + child.name
        try:
            is_dir = child.is_dir()
        except OSError:
            is_dir = False
        if is_dir and child.name.startswith("."):
            yield Skipped(source + "/", "hidden folder, not searched")
        elif is_dir:
            real = os.path.realpath(child.path)
            if real in ancestors:
                yield Entry(child.path, source, "text", error=("symlink_loop", "folder links back to a folder above it"))
                continue
            yield from _walk(child.path, source + "/", excluded, (*ancestors, real))
        else:
            yield from _file(child.path, source, excluded)


def _file(path: str, source: str, excluded: set[str]) -> Iterator[Entry | Skipped]:
    fmt = format_of(path)
    try:
        info = os.stat(path)
    except OSError as exc:
        if fmt is None and exc.errno not in (errno.ELOOP, errno.EACCES):
            yield Skipped(source, f"cannot be read: {exc.strerror}")
        else:
            yield Entry(path, source, fmt.kind if fmt else "text", error=os_error(exc))
        return
    if os.path.realpath(path) in excluded:
        return
    if not stat.S_ISREG(info.st_mode):
        yield Skipped(source, "not a regular file")
    elif fmt is None:
        suffix = os.path.splitext(path)[1]
        yield Skipped(source, f"not an article format ({suffix or 'no suffix'})")
    elif fmt.split is not None and info.st_size <= MAX_FILE_BYTES:
        yield from fmt.split(path, source)
    else:
        yield Entry(path, source, fmt.kind)
