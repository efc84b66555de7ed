"""The gazetteer cache: a cached build answers like a fresh one; bad or unwritable caches only cost a build."""

from __future__ import annotations

from newsclaims import gazetteer


def test_cached_gazetteer_answers_like_a_fresh_build(tmp_path):
    path = tmp_path / "gazetteer.pickle"
    built = gazetteer.load_cached(path)
    assert path.exists()
    cached = gazetteer.load_cached(path)
    assert cached is not built
    assert sum(1 for _ in cached.entries()) == sum(1 for _ in built.entries())
    for name in ("Uralsk", "Georgia", "Saint Petersburg", "Vaalimaa", "Kurgan Oblast"):
        assert cached.resolve(name) == built.resolve(name)


def test_a_corrupt_cache_file_is_rebuilt_and_replaced(tmp_path):
    path = tmp_path / "gazetteer.pickle"
    path.write_bytes(b"not a pickle")
    assert gazetteer.load_cached(path).resolve("Uralsk").country == "KZ"
    assert gazetteer.load_cached(path).resolve("Uralsk").country == "KZ"
    assert path.read_bytes() != b"not a pickle"


def test_cache_folder_follows_the_environment_and_can_be_turned_off(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWSCLAIMS_CACHE_DIR", str(tmp_path))
    path = gazetteer.cache_path()
    assert path is not None and path.parent == tmp_path and path.name.startswith("gazetteer-")
    monkeypatch.setenv("NEWSCLAIMS_CACHE_DIR", "")
    assert gazetteer.cache_path() is None


def test_an_unwritable_cache_folder_only_means_no_cache(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert gazetteer.load_cached(blocker / "gazetteer.pickle").resolve("Uralsk").country == "KZ"
    assert list(tmp_path.iterdir()) == [blocker]
