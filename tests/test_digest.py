"""The digest: people, places, quotes and figures matched across articles."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from newsclaims.cli import app
from newsclaims.digest import build_digest, quote_similarity, translit_key
from newsclaims.schema import Article, Person, Place, Quote, Span, Speaker


def _span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span.of(text, start, start + len(part))


def _place_record(source: str, text: str, names: list[str], country: str | None = None) -> Article:
    places = [Place(id=f"l{i}", name=n, country=country, mentions=[_span(text, n)]) for i, n in enumerate(names, 1)]
    return Article(source=source, text=text, places=places)


def _quote_record(source: str, text: str, name: str, quote: str, age: int | None = None) -> Article:
    person = Person(id="p1", name=name, age=age, mentions=[_span(text, name)])
    span = _span(text, quote)
    speaker = Speaker(name=name, person_id="p1", start=person.mentions[0].start, end=person.mentions[0].end,
                      text=name)
    return Article(source=source, text=text, people=[person],
                   quotes=[Quote(id="q1", kind="direct", speaker=speaker, **span.model_dump())])


@pytest.mark.parametrize("variant", ["Vaalima", "Valima", "Walima", "Vaalimaa"])
def test_transliterations_of_one_name_share_a_key(variant):
    assert translit_key(variant) == translit_key("Vaalimaa")


def test_spelling_variants_of_a_place_merge_across_articles():
    records = [
        _place_record("a.txt", "They queued at Kirovsk for hours.", ["Kirovsk"]),
        _place_record("b.txt", "The line at Kirowsk grew.", ["Kirowsk"]),
        _place_record("c.txt", "Traffic through Kirovssk was slow.", ["Kirovssk"]),
    ]
    [place] = build_digest(records).places
    assert set(place.variants) == {"Kirovsk", "Kirowsk", "Kirovssk"}
    assert place.articles == ["a.txt", "b.txt", "c.txt"]


@pytest.mark.parametrize("a, b", [("Austria", "Australia"), ("Slovakia", "Slovenia"), ("Iran", "Iraq"),
                                  ("Georgia", "Georgetown")])
def test_different_places_with_similar_names_stay_apart(a, b):
    records = [_place_record("a.txt", f"We flew to {a}.", [a]), _place_record("b.txt", f"We flew to {b}.", [b])]
    assert len(build_digest(records).places) == 2


def test_places_in_different_countries_do_not_merge_on_spelling():
    records = [_place_record("a.txt", "A town called Novoselo.", ["Novoselo"], "BG"),
               _place_record("b.txt", "A town called Novosela.", ["Novosela"], "UA")]
    assert len(build_digest(records).places) == 2


def test_saint_and_st_abbreviation_are_one_place():
    records = [_place_record("a.txt", "He left Saint Petersburg.", ["Saint Petersburg"]),
               _place_record("b.txt", "He left St. Petersburg.", ["St. Petersburg"])]
    [place] = build_digest(records).places
    assert {"Saint Petersburg", "St. Petersburg"} <= set(place.variants)


def test_quote_similarity_grades_exact_near_and_paraphrase():
    assert quote_similarity("We will not go back.", "We will not go back")[0] == "exact"
    assert quote_similarity("The queue was longer than ever before today",
                            "The queue was longer than ever before, today.")[0] == "exact"
    assert quote_similarity("The sense of safety is not here yet, because of the long nights",
                            "The feeling of safety is not here yet because of the long nights")[0] == "near"
    match, _ = quote_similarity("I think it no longer matters where you work, you can be called up tomorrow",
                                "Now I think that where you work no longer matters, tomorrow you can be called up")
    assert match == "paraphrase"
    assert quote_similarity("We will not go back.", "Prices at the market doubled this spring.")[0] is None
    assert quote_similarity("No", "No")[0] is None  # too short to say anything


def test_a_first_name_joins_across_articles_only_with_a_shared_quote():
    quote = "I never thought I would leave my home"
    records = [
        _quote_record("a.txt", f"“{quote},” said Marek.", "Marek", quote),
        _quote_record("b.txt", f"“{quote}”, Marek told us.", "Marek", quote),
        _quote_record("c.txt", "“The trains are full every night,” said Marek.", "Marek",
                      "The trains are full every night"),
    ]
    digest = build_digest(records)
    marek = sorted((p for p in digest.people if p.name == "Marek"), key=lambda p: -len(p.articles))
    assert [p.articles for p in marek] == [["a.txt", "b.txt"], ["c.txt"]]
    assert len(marek[0].quotes) == 2
    assert any("same quote" in e for e in marek[0].evidence)


def test_people_with_conflicting_ages_are_never_merged():
    quote = "I never thought I would leave my home"
    records = [_quote_record("a.txt", f"“{quote},” said Marek.", "Marek", quote, age=30),
               _quote_record("b.txt", f"“{quote},” said Marek.", "Marek", quote, age=52)]
    assert len([p for p in build_digest(records).people if p.name == "Marek"]) == 2


def test_full_names_merge_over_transliteration_and_a_lone_surname_joins_them():
    records = [
        Article(source="a.txt", text="Natalia Kuznetsova spoke.",
                people=[Person(id="p1", name="Natalia Kuznetsova")]),
        Article(source="b.txt", text="Natalya Kuznetsova spoke.",
                people=[Person(id="p1", name="Natalya Kuznetsova")]),
        Article(source="c.txt", text="Kuznetsova spoke.", people=[Person(id="p1", name="Kuznetsova")]),
    ]
    [person] = build_digest(records).people
    assert person.articles == ["a.txt", "b.txt", "c.txt"]
    assert {"Natalia Kuznetsova", "Natalya Kuznetsova", "Kuznetsova"} <= set(person.variants)


def test_recurring_quote_keeps_every_occurrence_with_its_speaker():
    quote = "Nobody here knows what comes next"
    records = [_quote_record("a.txt", f"“{quote},” said Irina Volkova.", "Irina Volkova", quote),
               _quote_record("b.txt", f"“{quote}”, Irina Volkova said.", "Irina Volkova", quote)]
    [recurring] = build_digest(records).recurring_quotes
    assert recurring.match == "exact"
    assert [(o.source, o.speaker) for o in recurring.occurrences] == [("a.txt", "Irina Volkova"),
                                                                     ("b.txt", "Irina Volkova")]
    assert recurring.person_id == build_digest(records).people[0].id


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


def test_digest_command_writes_json(tmp_path, run):
    a = run("“Nobody here knows what comes next,” said Irina Volkova in Tallinn.")
    b = run("“Nobody here knows what comes next”, Irina Volkova said in Tallinn.")
    a.source, b.source = "a.txt", "b.txt"
    records = tmp_path / "out.jsonl"
    records.write_text(a.model_dump_json() + "\n" + b.model_dump_json() + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["digest", str(records), "-o", str(tmp_path / "digest.json")])
    assert result.exit_code == 0, result.output
    digest = json.loads((tmp_path / "digest.json").read_text(encoding="utf-8"))
    assert digest["articles"] == ["a.txt", "b.txt"]
    assert digest["recurring_quotes"][0]["match"] == "exact"
    assert any(p["name"] == "Tallinn" and len(p["articles"]) == 2 for p in digest["places"])


# --- The acceptance checks on the seed articles (they also depend on the extractors). ---


@pytest.fixture(scope="module")
def seed_digest(seed_articles):
    return build_digest(seed_articles)


AFP = {"000_c7b8f659fbe01d1d.txt", "001_778bbb137ffcf9e7.txt"}


def test_seeds_quote_i_cant_say_im_happy_recurs_across_the_two_afp_versions(seed_digest):
    hits = [r for r in seed_digest.recurring_quotes if "say I’m happy" in r.text]
    assert hits and {o.source for o in hits[0].occurrences} >= AFP


def test_seeds_vaalimaa_is_one_place_with_its_spellings(seed_digest):
    [place] = [p for p in seed_digest.places if translit_key(p.name) == translit_key("Vaalimaa")]
    assert len(set(place.variants)) >= 3
    assert set(place.articles) >= AFP


@pytest.mark.parametrize("name", ["Viktor Zakharov", "Vadim"])
def test_seeds_afp_interviewees_are_found_in_both_versions_with_their_quotes(seed_digest, name):
    people = [p for p in seed_digest.people if p.name == name]
    assert people, f"{name} is not a person in the digest"
    assert set(people[0].articles) >= AFP
    assert {q.source for q in people[0].quotes} >= AFP


def test_seeds_daily_crossings_into_finland_from_more_than_one_article(seed_digest):
    groups = [g for g in seed_digest.figures if g.place == "Finland" and g.period == "day"]
    assert groups and len({f.source for f in groups[0].figures}) >= 2
    assert all(f.sentence for f in groups[0].figures)


def test_two_gazetteer_entries_of_one_name_stay_apart():
    a = _place_record("a.txt", "We drove to Springfield.", ["Springfield"], "US")
    b = _place_record("b.txt", "We drove to Springfield.", ["Springfield"], "US")
    a.places[0].geonames_id, b.places[0].geonames_id = 4250542, 4409896
    assert len(build_digest([a, b]).places) == 2
    b.places[0].geonames_id = 4250542
    assert len(build_digest([a, b]).places) == 1


def test_digest_command_names_the_line_of_a_bad_record(tmp_path):
    records = tmp_path / "out.jsonl"
    records.write_text('{"source": "a.txt"}\n{not json\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["digest", str(records)])
    assert result.exit_code == 2
    assert "out.jsonl:2: not a newsclaims record" in result.output


def test_quotes_are_scored_only_against_quotes_that_share_rare_words():
    from newsclaims.digest import _quote_matches

    words = [f"w{i}x{j}" for i in range(3000) for j in range(4)]
    quotes = {}
    for i in range(3000):  # 3,000 quotes with no words in common, plus one repeated pair
        text = " ".join(words[4 * i:4 * i + 4])
        quotes[(f"s{i}.txt", "q1")] = Quote(id="q1", kind="direct", start=0, end=len(text), text=text)
    shared = "the ferry to the island was cancelled again"
    quotes[("x.txt", "q1")] = Quote(id="q1", kind="direct", start=0, end=len(shared), text=shared)
    quotes[("y.txt", "q1")] = Quote(id="q1", kind="direct", start=0, end=len(shared) - 6, text=shared[:-6])
    matches = _quote_matches(quotes)
    assert len(matches.pairs) == 1  # not 4.5 million comparisons
    assert matches.pairs[0][2] == "near"
