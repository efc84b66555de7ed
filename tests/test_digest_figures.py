"""Figures in the digest: the same thing side by side, agreeing or in conflict."""

from __future__ import annotations

import pytest

from newsclaims.digest import build_digest


@pytest.fixture(scope="module")
def seed_digest(seed_articles):
    return build_digest(seed_articles)


def test_figures_about_the_same_thing_agree_or_conflict_across_articles(run):
    a = run("About 7,000 travellers crossed into Norway each day, the border police said.")
    b = run("Some 7,200 travellers entered Norway daily, according to officials.")
    c = run("Only 2,000 people crossed into Norway each day, according to a union.")
    a.source, b.source, c.source = "a.txt", "b.txt", "c.txt"
    [agreeing] = build_digest([a, b]).figures
    assert agreeing.status == "agree" and agreeing.place == "Norway" and agreeing.period == "day"
    assert {f.source for f in agreeing.figures} == {"a.txt", "b.txt"}
    [conflicting] = build_digest([a, b, c]).figures
    assert conflicting.status == "conflict"
    assert {f.attributed_to for f in conflicting.figures} >= {"union", "officials"} or all(
        f.attributed_to for f in conflicting.figures)

def test_figures_about_different_places_are_not_compared(run):
    a = run("About 7,000 travellers crossed into Norway each day, the border police said.")
    b = run("About 3,000 travellers crossed into Chile each day, the border police said.")
    a.source, b.source = "a.txt", "b.txt"
    assert build_digest([a, b]).figures == []

def test_seeds_daily_crossings_into_finland_from_more_than_one_article(seed_digest):
    groups = [g for g in seed_digest.figures if g.place == "Finland" and g.period == "day"]
    assert groups and len({f.source for f in groups[0].figures}) >= 2
    assert all(f.sentence for f in groups[0].figures)
