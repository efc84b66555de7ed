"""Turning hostile bytes into article text, or into a clear error (newsclaims.inputs.decoding)."""

from __future__ import annotations

import pytest

from newsclaims.inputs import ReadError, decode

STORY = "The council said the bridge would cost \u00a34.5m \u2013 \u201cfar too much\u201d, according to Ann O\u2019Hara.\n"


def test_windows_1252_pound_sign_and_curly_quotes_decode_correctly():
    assert decode(STORY.encode("cp1252")) == STORY


def test_windows_1252_wins_over_central_european_guess_on_short_english_text():
    text = "Tickets cost \u00a312 \u201cat most\u201d, she said. They weren\u2019t cheap.\n" * 3
    assert decode(text.encode("cp1252")) == text


def test_other_legacy_encodings_are_still_detected():
    russian = "\u041f\u0440\u0435\u043c\u044c\u0435\u0440-\u043c\u0438\u043d\u0438\u0441\u0442\u0440 \u0437\u0430\u044f\u0432\u0438\u043b, \u0447\u0442\u043e \u044d\u043a\u043e\u043d\u043e\u043c\u0438\u043a\u0430 \u0441\u043a\u043e\u0440\u043e \u0432\u043e\u0441\u0441\u0442\u0430\u043d\u043e\u0432\u0438\u0442\u0441\u044f.\n"
    assert decode(russian.encode("cp1251")) == russian


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_byte_order_mark_decodes(encoding):
    data = STORY.encode(encoding)
    if encoding != "utf-16":
        data = ("\ufeff" + STORY).encode(encoding)
    assert decode(data) == STORY


def test_utf8_byte_order_mark_is_not_part_of_the_text():
    assert decode(b"\xef\xbb\xbf" + STORY.encode()) == STORY


def test_nul_bytes_mean_a_binary_file():
    with pytest.raises(ReadError) as info:
        decode(b"%PDF-1.4\x00\x01\x02 binary stream")
    assert info.value.kind == "binary"
