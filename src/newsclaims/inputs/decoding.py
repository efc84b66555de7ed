"""Bytes to text: byte-order marks, UTF-8, then the legacy encoding that fits best."""

from __future__ import annotations

import codecs

from newsclaims.inputs.documents import ReadError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# How much worse (charset-normalizer "chaos") Windows-1252 may look than the best guess and still win:
# short English texts are ambiguous between the Latin code pages and 1252 is by far the commonest.
_CP1252_TOLERANCE = 0.05


def decode(data: bytes) -> str:
    """Bytes to text: BOMs first, then UTF-8, then the legacy encoding charset-normalizer detects."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise ReadError("undecodable", f"starts with a {encoding} byte-order mark but is not {encoding}") from exc
    if b"\x00" in data:
        raise ReadError("binary", "contains NUL bytes; looks like a binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _decode_legacy(data)


def _decode_legacy(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ReadError("undecodable", "not UTF-8 and no known text encoding fits; binary file?")
    if best.encoding != "cp1252":
        cp1252 = from_bytes(data, cp_isolation=["cp1252"]).best()
        if cp1252 is not None and cp1252.chaos <= best.chaos + _CP1252_TOLERANCE:
            best = cp1252
    return str(best)
