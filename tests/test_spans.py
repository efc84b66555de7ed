"""Every span of every item slices the article text exactly."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsclaims.schema import invalid_spans

from .conftest import SEEDS

SEED_LINES = [
    line for p in sorted(SEEDS.glob("*.txt")) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()
]
NOISE = st.text(alphabet=st.sampled_from(list("“”\"‘’'«»„ \n\t,.-–—:;()$£€%0123456789aé✓😀")), max_size=12)


def test_every_seed_item_slices_exactly(seed_articles):
    for article in seed_articles:
        assert article.people and article.places and article.numbers and article.quotes
        assert invalid_spans(article, article.text) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.one_of(st.sampled_from(SEED_LINES), NOISE), min_size=1, max_size=6),
       joiners=st.sampled_from(["\n\n", "\n", " ", "\r\n", ""]))
def test_spans_slice_exactly_on_generated_text(run, parts, joiners):
    text = joiners.join(parts)
    article = run(text)
    assert article.text == text
    assert invalid_spans(article, text) == []


def test_invalid_spans_reports_a_bad_offset(seed_articles):
    record = seed_articles[0].model_dump()
    record["people"][0]["mentions"][0]["start"] += 1
    assert len(invalid_spans(record, seed_articles[0].text)) == 1
