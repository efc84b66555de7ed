"""Teams in sports copy are neither people nor places (extractors.entities.teams)."""

from __future__ import annotations


def _people(run, text):
    return {p.name: p for p in run(text).people}


def test_names_with_scores_in_results_lines_are_not_people(run):
    text = "Results of the weekend matches:\nRiverside Rovers 2 Harbour United 1\n"
    assert not any(any(ch.isdigit() for ch in p.name) for p in run(text).people)


def test_a_club_before_a_sports_role_is_a_team_everywhere_in_the_article(run):
    text = ("Rotherford striker Callum Dwyer scored twice on Saturday. "
            "Rotherford have now won four games in a row, Dwyer said.")
    people = _people(run, text)
    assert "Callum Dwyer" in people and "Rotherford" not in people


def test_an_opponent_of_a_match_and_a_club_in_brackets_are_not_people(run):
    text = ("Goalkeeper Ben Okafor (Harlowfield) kept a clean sheet in the match against Kestrel Vale. "
            "Okafor said the win against Kestrel Vale was the best of his career.")
    people = _people(run, text)
    assert "Ben Okafor" in people
    assert "Harlowfield" not in people and "Kestrel Vale" not in people


def test_a_name_with_one_score_after_it_is_a_team_but_tennis_players_with_sets_are_people(run):
    results = _people(run, "The Mariners routed Baltimore 10-3 on Thursday night.")
    assert "Baltimore" not in results
    tennis = _people(run, "Petra Lindqvist beat Anna Moretti 6-4 6-3 in the second round.")
    assert "Anna Moretti" in tennis and "Petra Lindqvist" in tennis


def test_a_club_plural_before_a_name_makes_it_a_team_but_other_plurals_do_not(run):
    text = "League champions Dunmore Athletic signed the 19-year-old midfielder Tom Reyes on Friday."
    people = _people(run, text)
    assert "Tom Reyes" in people and "Dunmore Athletic" not in people
    assert "Dana Whitlock" in _people(run, "The sheriff told reporters Dana Whitlock had fled north.")


def test_club_markers_make_a_name_a_team(run):
    text = "Dravica F.C. signed the striker Milan Orvec from Sturm Lenz on Monday."
    people = _people(run, text)
    assert "Milan Orvec" in people and not any("Dravica" in name for name in people)


def test_an_election_win_over_a_rival_does_not_make_the_rival_a_team(run):
    text = "Governor Alma Duarte hailed her victory over Ray Kessler. Kessler conceded on Wednesday night."
    assert "Ray Kessler" in _people(run, text)


def test_a_singular_name_with_plural_agreement_is_a_team_but_a_pair_of_people_is_not(run):
    text = ("Leeds United have confirmed they have received a detailed proposal from the US entrepreneur, "
            "said Owen Marr. "
            "Jane Holt and Peter Holt have sold their stake.")
    people = _people(run, text)
    assert "Leeds United" not in people
    assert {"Owen Marr", "Jane Holt", "Peter Holt"} <= set(people)


def test_a_name_ending_in_a_clubs_last_word_is_a_team(run):
    text = "Chelsea will line up against Leeds United on Wednesday, coach Marek Holm said."
    people = _people(run, text)
    assert "Marek Holm" in people and "Leeds United" not in people


def test_plural_agreement_after_a_list_or_an_apposition_says_nothing_of_one_name(run):
    text = ("Two of the principal dancers - Darcey Lane and Jonathan Cope - are British, the company said. "
            "The Roads - aka rapper and songwriter, Mike Dale have topped a poll of the coolest people in music.")
    people = _people(run, text)
    assert {"Jonathan Cope", "Mike Dale"} <= set(people)
