"""What the gazetteer says of a word: nationality words and their countries."""

from __future__ import annotations

from newsclaims import gazetteer


def test_demonyms_are_recognised_and_mapped_to_countries():
    assert gazetteer.is_demonym("Finnish") and gazetteer.is_demonym("Kazakh")
    assert not gazetteer.is_demonym("Helsinki")
    assert gazetteer.country_of_demonym("Kazakh") == "Kazakhstan"
