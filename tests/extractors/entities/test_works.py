"""Titles of works (films, games, shows, songs) are not people, organisations or places."""

from __future__ import annotations


def _names(article):
    return {e.name for e in (*article.people, *article.organizations, *article.places)}


def test_a_colon_title_inside_a_sentence_is_a_work(run):
    text = ("The racing game nudged Road Rage: Harbour City down to second place. "
            "Storm Hunter: Rogue Pilot debuted at number 11, said analyst Kira Baines.")
    names = _names(run(text))
    assert "Kira Baines" in names
    assert not {n for n in names if "Harbour" in n or "Rogue" in n or "Storm" in n}


def test_a_label_at_the_start_of_a_line_is_no_title(run):
    text = "Goldwyn: 'I was not pushed'\n\nTom Goldwyn said on Monday that nobody had pushed him."
    assert "Tom Goldwyn" in {p.name for p in run(text).people}


def test_a_sequel_number_makes_a_title_but_a_channel_number_does_not(run):
    text = ("Blast Ranger 2 lost the award to Spider-Kid 2, while Channel 4 said it would show both. "
            "Producer Ann Lowe welcomed it.")
    names = _names(run(text))
    assert "Channel 4" in names and "Ann Lowe" in names
    assert not {n for n in names if "Spider" in n or "Blast" in n}


def test_names_listed_under_a_noun_for_works_are_titles(run):
    text = ("New releases on offer will include Lantern Bay, Mister Quill and The Glass Orchard. "
            "The service also offers BBC programmes such as Fairmead Lane, Cold Harbour and Top Shelf.")
    names = _names(run(text))
    assert not names & {"Lantern Bay", "Mister Quill", "Glass Orchard", "Fairmead Lane", "Cold Harbour"}


def test_what_a_nomination_is_for_and_a_performance_is_in_are_titles(run):
    text = ("Rhona Castle had received three Oscar nominations for Quiet Rooms and Tinker Marsh. "
            "It was the first time Castle had been shortlisted, for her performance in Hotel Zambezi.")
    names = _names(run(text))
    assert "Rhona Castle" in names
    assert not names & {"Quiet Rooms", "Tinker Marsh", "Hotel Zambezi", "Zambezi"}


def test_capitalised_function_words_make_a_title(run):
    text = "Composer Ivo Brandt was nominated for best song for Learn To Be Brave, from the film Night Ferry."
    names = _names(run(text))
    assert "Ivo Brandt" in names
    assert not {n for n in names if "Brave" in n or "Learn" in n}


def test_titles_listed_through_appositions_and_such_as_are_works(run):
    text = ("New releases on offer will include Kill Bill: Volume 2, Gothika and The Royal Tenenbaums, "
            "said Lena Marsh. The site offers programmes from the previous fortnight such as Holby City, "
            "Top Gear and Antiques Roadshow.")
    people = {p.name for p in run(text).people}
    assert people == {"Lena Marsh"}


def test_a_name_with_a_work_noun_in_apposition_after_it_is_a_work(run):
    text = ("Kellogg also created Hope Lane, the school-based drama serial which was first broadcast in 1978. "
            "The report came from Dale Hurst, the trouble-shooter the party hired.")
    people = {p.name for p in run(text).people}
    assert "Dale Hurst" in people and "Hope Lane" not in people


def test_the_and_the_of_title_shape_is_a_work_but_a_title_of_office_is_not(run):
    text = ("The effects team behind Harry Potter and the Goblet of Fire lost the award. "
            "Helen Gray met the mayor, and Tom Reed and the Prince of Wales spoke later.")
    people = {p.name for p in run(text).people}
    assert "Harry Potter" not in people
    assert {"Helen Gray", "Tom Reed"} <= people
