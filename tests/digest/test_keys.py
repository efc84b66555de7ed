"""Matching keys: transliterations of one name share a key."""

from __future__ import annotations

import pytest

from newsclaims.digest import translit_key


@pytest.mark.parametrize("variant", ["Vaalima", "Valima", "Walima", "Vaalimaa"])
def test_transliterations_of_one_name_share_a_key(variant):
    assert translit_key(variant) == translit_key("Vaalimaa")
