"""Claims' reasons: the evidence a reporter can read, without weights."""

from __future__ import annotations

from newsclaims.extractors.claims import REASONS


def _reasons(run, text: str) -> list[str]:
    return run(text).claims[0].reasons


def test_reasons_name_the_figures_the_source_the_comparison_and_the_time(run):
    reasons = _reasons(run, "Only 1,688 Russians crossed on Friday, compared to 5,262 on Thursday, "
                            "according to the Finnish Border Guard.")
    assert reasons[0] == "figure: 1,688, 5,262"
    assert any(r.startswith("named source: ") and r.endswith("Finnish Border Guard") for r in reasons)
    assert "comparison: compared" in reasons
    assert any(r.startswith("specific time: ") and "Friday" in r for r in reasons)
    assert all(r.split(":")[0] in REASONS for r in reasons)


def test_a_figure_nobody_vouches_for_is_unattributed(run):
    reasons = _reasons(run, "Some 2,000 cars waited at the border crossing into Georgia on Monday.")
    assert "unattributed figure" in reasons
    assert any(r.startswith("specific place: ") and "Georgia" in r for r in reasons)


def test_a_verb_like_recorded_is_not_a_superlative(run):
    plain = _reasons(run, "Some 4,000 cases were recorded at the clinic last year.")
    extreme = _reasons(run, "The clinic saw a record 4,000 cases last year.")
    assert not any(r.startswith("superlative") for r in plain)
    assert "superlative: record" in extreme


def test_vague_magnitudes_are_named_as_such(run):
    reasons = _reasons(run, "Hundreds of people queued at the border post, officials said.")
    assert "only vague magnitudes" in reasons


def test_an_age_is_no_specific_time(run):
    reasons = _reasons(run, "Andrei Stepanov, a 49-year-old Russian, told AFP the border was busy.")
    assert not any(r.startswith("specific time") for r in reasons)
