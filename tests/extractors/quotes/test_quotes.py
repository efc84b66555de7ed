"""Quotes: every direct and reported statement, with its speaker."""

from __future__ import annotations

import pytest

from newsclaims.extractors.quotes import find_direct
from newsclaims.schema import Quote


def quotes_of(run, text: str, kind: str | None = None) -> list[Quote]:
    article = run(text)
    return [q for q in article.quotes if kind is None or q.kind == kind]


def only(run, text: str, kind: str) -> Quote:
    found = quotes_of(run, text, kind)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def spans(text: str) -> list[str]:
    return [text[d.start:d.end] for d in find_direct(text)]


# -- quotation marks ----------------------------------------------------------

@pytest.mark.parametrize("text, inner", [
    ("“We will rebuild the bridge,” said Maria Lopez.", "We will rebuild the bridge"),
    ('"We will rebuild the bridge," said Maria Lopez.', "We will rebuild the bridge"),
    ("‘We will rebuild the bridge,’ said Maria Lopez.", "We will rebuild the bridge"),
    ("'We will rebuild the bridge,' said Maria Lopez.", "We will rebuild the bridge"),
    ("«We will rebuild the bridge», said Maria Lopez.", "We will rebuild the bridge"),
    ("''We will rebuild the bridge,'' said Maria Lopez.", "We will rebuild the bridge"),
    ("``We will rebuild the bridge,'' said Maria Lopez.", "We will rebuild the bridge"),
])
def test_every_quotation_mark_style_gives_the_words_and_speaker(run, text, inner):
    quote = only(run, text, "direct")
    assert quote.text == inner
    assert quote.speaker is not None and quote.speaker.name == "Maria Lopez"
    assert quote.speaker.text == "Maria Lopez"
    assert quote.speaker_from == "sentence"


def test_apostrophes_inside_words_are_not_quotation_marks():
    text = "'I don't think it's over, and we won't stop,' she said."
    assert spans(text) == ["I don't think it's over, and we won't stop"]
    assert spans("The farmers’ union can’t wait for the workers' vote.") == []


def test_nested_quotation_stays_inside_the_outer_quote(run):
    text = "“My brother told me ‘never come back here’ before he left,” said Anna Berg."
    quote = only(run, text, "direct")
    assert quote.text == "My brother told me ‘never come back here’ before he left"
    assert quote.speaker.name == "Anna Berg"


def test_stray_mark_never_swallows_the_next_paragraph():
    text = ("The mayor said the 5\" pipe had burst near the “old mill.\n\n"
            "“Repairs will take a week,” the engineer said.\n")
    assert spans(text) == ["Repairs will take a week"]


def test_unbalanced_marks_do_not_crash(run):
    for text in ["“", "”", "\"\"\"", "‘’‘", "« »", "He said “", "'''", "“a” “b", "``''``"]:
        article = run(text)
        assert all(text[q.start:q.end] == q.text for q in article.quotes)


def test_multi_paragraph_quotation_is_one_quote_per_paragraph_with_one_speaker(run):
    text = ("“We lost the harvest in two days,” said farmer Tomas Reyes. “The river came over the fields\n\n"
            "“and nothing was left standing.\n\n"
            "“Next year we plant higher up the hill.”\n\n"
            "The ministry has promised compensation.")
    direct = quotes_of(run, text, "direct")
    assert [q.text for q in direct] == [
        "We lost the harvest in two days", "The river came over the fields",
        "and nothing was left standing.", "Next year we plant higher up the hill.",
    ]
    assert {q.speaker.name for q in direct} == {"Tomas Reyes"}
    assert [q.speaker_from for q in direct] == ["sentence", "context", "context", "context"]


def test_interrupted_quote_is_two_quotes_with_the_same_speaker(run):
    text = "“I never wanted to leave,” said Pavel, a teacher from Omsk who came by train. “But I had no choice.”"
    direct = quotes_of(run, text, "direct")
    assert [q.text for q in direct] == ["I never wanted to leave", "But I had no choice."]
    assert [q.speaker.name for q in direct] == ["Pavel", "Pavel"]
    assert direct[0].cue.text == "said"


def test_scare_quotes_are_not_quotes(run):
    text = "Officials called the move a “temporary” measure and spoke of “voluntary” returns."
    assert quotes_of(run, text, "direct") == []


def test_title_in_quotation_marks_is_not_a_quote(run):
    text = "She runs a charity called “Bread for the Northern Villages” in the capital."
    assert quotes_of(run, text, "direct") == []


def test_headline_quote_takes_the_speaker_of_the_body_quote_it_repeats(run):
    text = ("‘We will not give up the harbour’: fishermen protest new rules\n\n"
            "Hundreds of boats blocked the port on Monday.\n\n"
            "“We will not give up the harbour without a fight,” said Lars Olsen, who chairs the fishermen’s union.")
    direct = quotes_of(run, text, "direct")
    assert direct[0].text == "We will not give up the harbour"
    assert direct[0].speaker.name == "Lars Olsen"
    assert direct[0].speaker_from == "context"


# -- speakers of direct quotes -------------------------------------------------

def test_apposition_after_the_name_is_not_the_speaker(run):
    text = "“The road is closed until spring,” said Henrik Salo, a customs officer at the crossing."
    quote = only(run, text, "direct")
    assert quote.speaker.name == "Henrik Salo"
    assert quote.speaker.kind == "person"


def test_pronoun_resolves_to_the_most_recent_compatible_person(run):
    text = ("Maria Lopez met Daniel Ortiz at the station.\n\n"
            "“The trains have stopped for good,” she said.")
    quote = only(run, text, "direct")
    assert quote.speaker.name == "Maria Lopez"
    assert quote.speaker.text == "she"
    assert quote.speaker_from == "context"


def test_description_resolves_to_the_person_it_describes(run):
    text = ("“We sold the car to pay for the tickets,” said Irina Volkova, a 52-year-old nurse from Samara.\n\n"
            "Daniel Ortiz, 30, waited in the car behind her.\n\n"
            "“Nobody asked us anything at the border,” the 52-year-old added.")
    direct = quotes_of(run, text, "direct")
    assert direct[1].speaker.name == "Irina Volkova"
    assert direct[1].speaker.text == "the 52-year-old"
    assert direct[1].speaker_from == "context"


def test_definite_description_refers_back_to_the_last_person(run):
    text = ("“Everything is more expensive now,” said Omar Haddad, who sells fruit at the market.\n\n"
            "“I raised my prices twice this month,” says the trader.")
    direct = quotes_of(run, text, "direct")
    assert direct[1].speaker.name == "Omar Haddad"
    assert direct[1].speaker.text == "the trader"


def test_floating_quote_inherits_the_previous_paragraph_speaker(run):
    text = ("“The hospital has no more beds,” said Dr. Amal Nasser, the head of the clinic.\n\n"
            "“We are sending patients to the next town, two hours away.”\n\n"
            "The regional government did not respond.")
    direct = quotes_of(run, text, "direct")
    assert direct[1].text == "We are sending patients to the next town, two hours away."
    assert direct[1].speaker.name == "Amal Nasser"
    assert direct[1].speaker_from == "context"


def test_organisation_as_speaker(run):
    text = "“The crossing will remain open at night,” the Norwegian Coast Guard said in a statement."
    quote = only(run, text, "direct")
    assert quote.speaker.kind == "organisation"
    assert "Norwegian Coast Guard" in quote.speaker.name


def test_unnamed_source_is_described(run):
    text = "“I left everything behind,” a 41-year-old engineer who asked not to be named told reporters."
    quote = only(run, text, "direct")
    assert quote.speaker.kind == "description"
    assert quote.speaker.name == "a 41-year-old engineer"


# -- reported speech -------------------------------------------------------------

def test_said_that_reports_the_content_clause(run):
    text = "Health Minister Sara Lind said on Monday that the new clinic would open in March."
    quote = only(run, text, "indirect")
    assert quote.text == "the new clinic would open in March"
    assert quote.speaker.name == "Sara Lind"
    assert quote.cue.text == "said"


def test_said_without_that(run):
    text = "Sara Lind said the new clinic would open in March."
    assert only(run, text, "indirect").text == "the new clinic would open in March"


def test_told_an_outlet(run):
    text = "The port authority told Reuters that two ships had been turned away."
    quote = only(run, text, "indirect")
    assert quote.text == "two ships had been turned away"
    assert quote.speaker.kind == "organisation"
    assert quote.speaker.name == "The port authority"


def test_warned(run):
    text = "Aid groups warned that food supplies in the camp would run out within a week."
    quote = only(run, text, "indirect")
    assert quote.text == "food supplies in the camp would run out within a week"
    assert quote.speaker.name == "Aid groups"


def test_parenthetical_cue_after_the_content(run):
    text = "The bridge will reopen before the winter, a spokesman for the city added."
    quote = only(run, text, "indirect")
    assert quote.text == "The bridge will reopen before the winter"
    assert quote.speaker.name == "a spokesman for the city"


def test_according_to(run):
    text = "More than 3,000 people were evacuated overnight, according to the regional fire service."
    quote = only(run, text, "indirect")
    assert quote.text == "More than 3,000 people were evacuated overnight"
    assert quote.speaker.name == "the regional fire service"
    assert quote.cue.text == "according to"


def test_according_to_opening_the_sentence(run):
    text = "According to local journalists, the queue at the border stretched for 15 kilometres."
    quote = only(run, text, "indirect")
    assert quote.text == "the queue at the border stretched for 15 kilometres"
    assert quote.speaker.name == "local journalists"


def test_reported_speech_pronoun_resolves_to_an_unnamed_source(run):
    text = ("A 44-year-old driver who crossed on Sunday said the wait had lasted two days.\n\n"
            "He said he would not return until the war was over.")
    indirect = quotes_of(run, text, "indirect")
    assert [q.text for q in indirect] == ["the wait had lasted two days", "he would not return until the war was over"]
    assert indirect[0].speaker.name == "A 44-year-old driver"
    assert indirect[1].speaker.name == "A 44-year-old driver"
    assert indirect[1].speaker_from == "context"


def test_nested_thought_stays_inside_the_reported_statement(run):
    text = "The pilot said he turned back because he feared the storm would close the airport."
    quote = only(run, text, "indirect")
    assert quote.text == "he turned back because he feared the storm would close the airport"


def test_two_sources_in_one_sentence_get_two_quotes(run):
    text = "Police said the march was peaceful, while organisers said that several people had been detained."
    indirect = quotes_of(run, text, "indirect")
    assert [q.text for q in indirect] == ["the march was peaceful", "several people had been detained"]
    assert [q.speaker.name for q in indirect] == ["Police", "organisers"]


def test_promise_with_infinitive(run):
    text = "The ministry has promised to pay every family within a month."
    quote = only(run, text, "indirect")
    assert quote.text == "to pay every family within a month"


def test_speech_verb_without_content_is_not_a_quote(run):
    assert quotes_of(run, "Officials noted a sharp rise in applications.", "indirect") == []


def test_direct_quote_is_not_reported_twice(run):
    text = "“The border will stay open,” the minister said."
    assert quotes_of(run, text, "indirect") == []


# -- attribution beyond the quote's own clause ------------------------------------

def test_colon_hands_the_next_paragraph_to_the_speaker(run):
    text = ("The senator was blunt in her closing remarks.\n\n"
            "Wrote Senator Ellen Marsh:\n\n"
            "“We cannot keep passing budgets that nobody has read.”")
    quote = only(run, text, "direct")
    assert quote.speaker.name == "Ellen Marsh"


def test_colon_after_a_clause_attributes_to_its_subject(run):
    text = "Governor Paul Ricci also played up his record on jobs: “Nobody created more work in this state than we did.”"
    assert only(run, text, "direct").speaker.name == "Paul Ricci"


def test_cue_in_the_previous_sentence_of_the_paragraph(run):
    text = ("Clara Jensen, the school’s director, said in a statement. "
            "“The building will stay closed until the inspectors are satisfied.”")
    quote = only(run, text, "direct")
    assert quote.speaker.name == "Clara Jensen"
    assert quote.speaker_from == "context"


def test_question_followed_by_its_cue(run):
    text = "“Why would anyone build a road there?” Mayor Tom Hale asked at the meeting."
    quote = only(run, text, "direct")
    assert quote.text == "Why would anyone build a road there?"
    assert quote.speaker.name == "Tom Hale"


def test_partial_quote_inside_reported_speech_takes_the_reporting_speaker(run):
    text = "Mayor Tom Hale said the new road was “a waste of everybody’s money and time.”"
    direct = only(run, text, "direct")
    assert direct.speaker.name == "Tom Hale"


def test_participle_cue_takes_the_subject_of_its_clause(run):
    text = "Senator Ellen Marsh left the chamber early, saying “this vote was decided before we arrived.”"
    assert only(run, text, "direct").speaker.name == "Ellen Marsh"


def test_relative_clause_cue_takes_the_noun_it_describes(run):
    text = "The plan was backed by Ellen Marsh, who said the state could not afford another delay."
    quote = only(run, text, "indirect")
    assert quote.text == "the state could not afford another delay"
    assert quote.speaker.name == "Ellen Marsh"


def test_it_refers_to_the_organisation(run):
    text = "Acme Logistics cut 300 jobs last year. It said the remaining warehouses would stay open."
    quote = only(run, text, "indirect")
    assert quote.speaker.kind == "organisation"
    assert quote.speaker.name == "Acme Logistics"


def test_us_two_apostrophe_style_with_long_attribution(run):
    text = ("''We are not going to let this stand,'' said Representative Carla Ortiz, a Democrat of New Mexico "
            "who has led the inquiry since March.")
    quote = only(run, text, "direct")
    assert quote.text == "We are not going to let this stand"
    assert quote.speaker.name == "Carla Ortiz"


def test_writers_own_first_person_is_not_a_source(run):
    assert quotes_of(run, "I think the council made the wrong decision.", "indirect") == []


def test_first_strategy_with_a_subject_wins(run):
    text = ('The two lawmakers, however, argue that "there is no excuse for the delay," citing a case in which '
            'a clerk was found guilty.')
    direct = only(run, text, "direct")
    assert direct.speaker.name == "The two lawmakers"


def test_colon_after_a_noun_cue_uses_the_clause_verb(run):
    text = 'Senator Ellen Marsh delivered a sharp retort: "Nobody is cutting this program. We will fund it."'
    assert only(run, text, "direct").speaker.name == "Ellen Marsh"


def test_unattributed_verbless_phrase_and_so_called_are_scare_quotes(run):
    text = ('Critics mock the so-called "managed democracy of the east" that the regime promotes. '
            'The plan includes a "fast lane for trusted travellers" at airports.')
    assert quotes_of(run, text, "direct") == []


def test_pipeline_without_parser_still_finds_direct_quotes():
    import spacy

    from newsclaims.extractors import Context
    from newsclaims.extractors.quotes import extract_quotes

    text = "“We will rebuild the bridge,” said Maria Lopez. The council said the work would start soon."
    doc = spacy.blank("en")(text)
    found = extract_quotes(doc, Context.of(doc))
    assert [(q.text, q.kind, q.speaker) for q in found] == [("We will rebuild the bridge", "direct", None)]


def test_headline_name_and_colon_is_the_speaker(run):
    text = "Boris Johnson: 'I will not resign over the report'\n\nThe prime minister spoke outside Downing Street."
    quote = only(run, text, "direct")
    assert quote.text == "I will not resign over the report"
    assert quote.speaker.name == "Boris Johnson"


def test_plural_possessive_does_not_close_a_single_quoted_quote():
    text = "'The workers' union will not accept this offer,' said the organiser."
    assert spans(text) == ["The workers' union will not accept this offer"]
    assert spans("‘The Russians’ homes are empty now,’ she said.") == ["The Russians’ homes are empty now"]


# -- noun cues, documents and channels ------------------------------------------

@pytest.mark.parametrize("text, content, speaker", [
    ("Mr Okonjo's claim that the council had lost the documents was false.",
     "the council had lost the documents", "Okonjo"),
    ("Ms Varga made a promise that every school would get new funding next year.",
     "every school would get new funding next year", "Varga"),
    ("Senator Ruth Adler renewed her pledge to cut taxes for small businesses.",
     "to cut taxes for small businesses", "Ruth Adler"),
])
def test_a_speech_noun_with_a_content_clause_reports_its_author(run, text, content, speaker):
    quote = only(run, text, "indirect")
    assert quote.text == content and quote.speaker is not None and quote.speaker.name == speaker


def test_rejecting_a_claim_does_not_make_the_rejecter_its_source(run):
    text = "Councillor Joan Pike spoke on Monday. The union rejected her claim that pay had risen faster than prices."
    quote = only(run, text, "indirect")
    assert quote.text == "pay had risen faster than prices"
    assert quote.speaker is not None and quote.speaker.name == "Joan Pike"


def test_reports_with_no_source_are_not_attributed_to_anyone(run):
    assert not quotes_of(run, "Police dismissed reports that the suspect had fled the country.")


def test_a_statement_speaks_for_its_author(run):
    quote = only(run, "A statement from the Treasury said the deficit would narrow next year.", "indirect")
    assert quote.text == "the deficit would narrow next year"
    assert quote.speaker is not None and quote.speaker.name == "Treasury"


def test_being_expected_to_act_is_not_reported_speech(run):
    # Nobody is said to have said it: the writer's forecast, not a source's statement.
    assert not quotes_of(run, "The governor is expected to sign the bill into law on Friday.")


@pytest.mark.parametrize("text, content", [
    ('"We will not back down," Mr Dalton said in a statement.', "We will not back down"),
    ("The decision was a mistake, Mr Dalton said on Twitter.", "The decision was a mistake"),
    ("Mr Dalton wrote on Twitter that the decision was a mistake.", "the decision was a mistake"),
])
def test_the_channel_of_a_statement_does_not_hide_its_speaker(run, text, content):
    quote = only(run, text, "indirect" if text[0] != '"' else "direct")
    assert quote.text == content and quote.speaker is not None and quote.speaker.name == "Dalton"


def test_a_pronoun_writing_in_a_blog_post_is_the_person_before(run):
    text = ("Tom Briggs, the mayor, opened the new library on Saturday. "
            "The city would build more homes, he wrote in a blog post on Sunday.")
    quote = only(run, text, "indirect")
    assert quote.text == "The city would build more homes"
    assert quote.speaker is not None and quote.speaker.name == "Tom Briggs" and quote.speaker_from == "context"


def test_pointing_to_a_quotation_attributes_it(run):
    quote = only(run, 'The mayor, Ann Cole, pointed to "a record number of new homes built this year".', "direct")
    assert quote.speaker is not None and quote.speaker.name == "Ann Cole"


@pytest.mark.parametrize("text, speaker", [
    ("Sam Ortiz met President Alan Reyes in Madrid on Monday. The president praised the new trade deal. "
     "He said it would create thousands of jobs.", "Alan Reyes"),
    ("Opposition leader Tom Hale criticised Finance Minister Ruth Kane on Tuesday. The minister defended "
     "the budget. She said the cuts were necessary.", "Ruth Kane"),
])
def test_a_pronoun_after_a_role_description_is_the_person_with_that_role(run, text, speaker):
    quote = only(run, text, "indirect")
    assert quote.speaker is not None and quote.speaker.name == speaker and quote.speaker_from == "context"


def test_a_quotation_after_another_speakers_cue_sentence_takes_that_speaker(run):
    text = ('Senator Hal Rourke said "we are not done yet." Governor Ida Marsh then promised that she would '
            'veto the bill. "Let me be as clear as I can be: this bill will never become law!"')
    quote = quotes_of(run, text, "direct")[-1]
    assert quote.text.startswith("Let me be as clear")
    assert quote.speaker is not None and quote.speaker.name == "Ida Marsh"


def test_a_cue_without_a_subject_gives_way_to_the_sentence_cue(run):
    text = ('Mr Rourke distanced himself from the protest by saying he would join the government if asked. '
            '"I am going to support the plan, and support it loudly."')
    quote = only(run, text, "direct")
    assert quote.speaker is not None and quote.speaker.name == "Rourke"


def test_a_dash_hands_a_sentence_quotation_to_the_clause_before(run):
    quote = only(run, 'Mr Rourke also defended the border rules -- "I think these checks are modest '
                      'compared to what other countries do."', "direct")
    assert quote.speaker is not None and quote.speaker.name == "Rourke"


def test_a_fuming_speaker_is_a_speaker(run):
    quote = only(run, '"If they were serious, they would have backed the only bill with support from both '
                      'parties," Ms Lane fumed on Tuesday.', "direct")
    assert quote.speaker is not None and quote.speaker.name == "Lane"


def test_a_surname_the_tagger_misreads_is_still_the_named_person(run):
    text = ("WASHINGTON (AP) -- Senate Republicans on Tuesday blocked a Democratic bill, with Majority Leader "
            "Tom Reese calling it ''a political stunt.''\n\n''We are not going to be bullied into passing a bad "
            "law,'' Reese told reporters after the vote.")
    quote = quotes_of(run, text, "direct")[-1]
    assert quote.text == "We are not going to be bullied into passing a bad law"
    assert quote.speaker is not None and quote.speaker.kind == "person" and quote.speaker.name == "Tom Reese"


def test_a_thing_that_shows_is_not_the_speaker_of_a_quotation(run):
    text = "Sen. Laura Finch, D-Ore., said the vote showed Republicans ''are more afraid of the gun lobby than of voters.''"
    quote = only(run, text, "direct")
    assert quote.speaker is not None and quote.speaker.name == "Laura Finch"


def test_an_object_led_to_say_something_is_its_speaker(run):
    quote = only(run, "The shootings have led 62 percent of voters to say that race relations are growing worse.",
                 "indirect")
    assert quote.text == "race relations are growing worse"
    assert quote.speaker is not None and quote.speaker.text == "62 percent of voters"


def test_an_outlets_analysis_speaks_for_the_outlet(run):
    text = "The Daily Courier's analysis showed that the fund had lost money for years."
    quote = only(run, text, "indirect")
    assert quote.text == "the fund had lost money for years"
    assert quote.speaker is not None and quote.speaker.name == "Daily Courier"
    assert quote.speaker.kind == "organisation" and quote.speaker.organization_id is not None


# -- several parties ---------------------------------------------------------------

def test_a_quotation_continued_in_the_next_paragraph_keeps_its_first_speaker(run):
    text = ('Their coach Ivo Brandt has warned his side about errors. "If the defeat has taught us anything, '
            'it is that we cannot make mistakes," Brandt said. "We have to be calm for 80 minutes and show '
            'great maturity on the pitch.\n\n"It will be vital to keep cool in the difficult moments." '
            'Rival coach Mark Willis has recalled two forwards. "He is one of the best players in the '
            'tournament," acknowledged Willis.')
    direct = {q.text: q for q in quotes_of(run, text, "direct")}
    continued = direct["It will be vital to keep cool in the difficult moments."]
    assert continued.speaker is not None and continued.speaker.name == "Ivo Brandt"


def test_a_leads_description_is_the_person_the_next_sentence_names(run):
    text = ("The country's chief prosecutor has warned that the new court rules will slow down trials.\n\n"
            "Ann Morrow said she had raised her concerns with ministers. Defence lawyer Peter Vance welcomed "
            "the rules. The former state prosecutor said the courts were already short of staff.")
    reported = {q.text: q for q in quotes_of(run, text, "indirect")}
    lead = reported["the new court rules will slow down trials"]
    later = reported["the courts were already short of staff"]
    assert lead.speaker is not None and lead.speaker.name == "Ann Morrow" and lead.speaker_from == "context"
    assert later.speaker is not None and later.speaker.name == "Ann Morrow"


def test_a_dateline_is_not_the_subject_of_the_first_sentence(run):
    text = ("BOSTON, March 3 (Reuters) — The Harbor Authority issued a statement on Monday, promising "
            "“a full and independent review” of the ferry accident.")
    quote = only(run, text, "direct")
    assert quote.speaker is not None and "Harbor Authority" in quote.speaker.name


def test_a_floating_quotation_belongs_to_the_main_clause_of_the_paragraph_before(run):
    text = ("The union issued a statement apologising to members for the messages, in which officials had "
            "suggested that someone should question the treasurer.\n\n"
            "“We are deeply sorry for these remarks, which do not reflect the values of our movement.”")
    quote = only(run, text, "direct")
    assert quote.speaker is not None and quote.speaker.text == "The union"


def test_criticising_someone_for_claiming_makes_them_the_claimant(run):
    text = "Senator Ruth Adler criticised the government for claiming the new treaty would make trade easier."
    quote = only(run, text, "indirect")
    assert quote.text == "the new treaty would make trade easier"
    assert quote.speaker is not None and quote.speaker.text == "the government"


def test_a_quotation_left_unclosed_before_the_next_one_opens_ends_with_its_sentence():
    text = ('"We lost the match on errors," Brandt said. "In this league every error will cost us dearly. '
            '"We have to stay calm for all 80 minutes."')
    assert spans(text) == ["We lost the match on errors", "In this league every error will cost us dearly.",
                           "We have to stay calm for all 80 minutes."]


@pytest.mark.parametrize("text, speaker", [
    ("“You have ruined this company for everyone who worked here,” Kelly Moore charged at the meeting.", "Kelly Moore"),
    ("“They only came for the free drinks and the music,” Jim Bennett shot back with a laugh.", "Jim Bennett"),
])
def test_a_quotation_ending_on_a_comma_goes_to_whoever_the_verb_after_it_has(run, text, speaker):
    quote = only(run, text, "direct")
    assert quote.speaker is not None and quote.speaker.name == speaker


def test_a_relative_clause_after_a_quotation_is_not_its_attribution(run):
    text = ("The complaint, which was filed in court on Friday, alleged that the league “failed to protect the "
            "players’ personal data,” which led to a leak of medical records.")
    quote = only(run, text, "direct")
    assert quote.speaker is not None and quote.speaker.name == "The complaint"


@pytest.mark.parametrize("text, speaker", [
    ("Chip stocks rally again - Anna Berg: “Investors are finally pricing in the demand for servers.”", "Anna Berg"),
    ("Turnout was higher than expected - more from Carl Bialik: “The late surge came from first-time voters "
     "in the suburbs.”", "Carl Bialik"),
])
def test_a_name_set_off_by_a_dash_or_from_before_a_colon_is_the_speaker(run, text, speaker):
    quote = only(run, text, "direct")
    assert quote.speaker is not None and quote.speaker.name == speaker


def test_a_title_case_name_the_tagger_missed_before_a_colon_is_the_speaker(run):
    text = ("Estimates of attendance are particularly problematic - Pew Research: “All the samples evaluated include "
            "more engaged fans than the ticket data indicate should be present.”")
    assert only(run, text, "direct").speaker.name == "Pew Research"


def test_who_asks_in_a_passive_question_is_the_speaker(run):
    text = ("The striker was asked by BBC presenter Gary Lineker whether the new contract would risk “adding another "
            "expensive star to an already overburdened wage bill.”")
    assert only(run, text, "direct").speaker.name == "Gary Lineker"


def test_who_broke_a_story_in_the_passive_is_not_the_speaker(run):
    text = ("Smith says the company will be pursuing new funding and will “compete vigorously for the contract.” "
            "Smith’s move was first reported by Bloomberg.")
    assert only(run, text, "direct").speaker.name == "Smith"


def test_grumbling_verbs_attribute_what_they_report(run):
    text = ("On Monday, the chef groused to a crowd in Lyon that the guide “doesn’t treat me properly” before "
            "floating the idea of a boycott.")
    assert only(run, text, "direct").speaker.name == "the chef"


def test_a_cue_in_an_adverbial_clause_gives_way_to_the_main_clause_before_the_quotation(run):
    text = ("After former coach Jerry Brown criticized the board during a meeting, Hillary shot back, “I suppose I "
            "could have chosen to stay quiet, but I chose to fight for this club.”")
    assert only(run, text, "direct").speaker.name == "Hillary"


def test_a_relative_clause_on_a_noun_after_the_quotation_is_not_its_attribution(run):
    text = ("Our adviser took a job at Uber a few months before its senior vice president boasted about a plan to "
            "spend “a million dollars” digging up personal dirt on journalists who criticized the company.")
    assert only(run, text, "direct").speaker.name == "its senior vice president"


def test_a_sentence_glued_to_a_closing_mark_is_not_the_quotations_attribution(run):
    text = ("“The best tacos are made in our own grill. I love this town!”Former mayor Jeb Brown blasted the post "
            "on Friday.")
    quote = only(run, text, "direct")
    assert quote.speaker is None or quote.speaker.name != "Jeb Brown"
