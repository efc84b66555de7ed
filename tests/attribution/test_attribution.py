"""Attribution: speaker resolution rules, on single parsed sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from newsclaims.attribution import Resolver, cue_subject, inverted_subject, phrase_span
from newsclaims.schema import Organization, Person, Span


def person(doc: Doc, pid: str, name: str, *, age: int | None = None, gender: str | None = None,
           descriptors: list[str] | None = None) -> Person:
    mentions = []
    start = doc.text.find(name)
    while start >= 0:
        mentions.append(Span.of(doc.text, start, start + len(name)))
        start = doc.text.find(name, start + 1)
    return Person(id=pid, name=name, mentions=mentions, age=age, gender=gender, descriptors=descriptors or [])


def token(doc: Doc, text: str, occurrence: int = 1) -> Token:
    found = [t for t in doc if t.text == text]
    return found[occurrence - 1]


def test_phrase_drops_relative_clause_and_apposition(nlp: Language):
    doc = nlp("A 37-year-old man who crossed on Monday, a mechanic, said the line was long.")
    assert phrase_span(token(doc, "man")).text == "A 37-year-old man"


def test_phrase_keeps_of_and_in_modifiers(nlp: Language):
    doc = nlp("Border guards in Norway, the country next door, said the road was closed.")
    assert phrase_span(token(doc, "guards")).text == "Border guards in Norway"


def test_name_in_subject_is_the_person(nlp: Language):
    doc = nlp("Interior Minister Jonas Berg said the road was closed.")
    resolver = Resolver(doc, [person(doc, "p1", "Jonas Berg")], [])
    speaker, from_context = resolver.resolve(token(doc, "Berg"))
    assert (speaker.name, speaker.person_id, speaker.text, from_context) == ("Jonas Berg", "p1", "Jonas Berg", False)


def test_pronoun_skips_a_person_of_the_other_gender(nlp: Language):
    doc = nlp("Eva Holm spoke to Karl Dahl. Later she said the road was closed.")
    people = [person(doc, "p1", "Eva Holm", gender="female"), person(doc, "p2", "Karl Dahl", gender="male")]
    speaker, from_context = Resolver(doc, people, []).resolve(token(doc, "she"))
    assert speaker.name == "Eva Holm" and speaker.text == "she" and from_context


def test_pronoun_ignores_people_named_inside_quotations(nlp: Language):
    text = "Karl Dahl spoke first. “Erik Lund never came,” he said."
    doc = nlp(text)
    people = [person(doc, "p1", "Karl Dahl"), person(doc, "p2", "Erik Lund")]
    quoted = [(text.index("“"), text.index("”") + 1)]
    speaker, _ = Resolver(doc, people, quoted).resolve(token(doc, "he"))
    assert speaker.name == "Karl Dahl"


def test_pronoun_skips_a_possessor(nlp: Language):
    doc = nlp("Karl Dahl read out Erik Lund's letter. He said the road was closed.")
    people = [person(doc, "p1", "Karl Dahl"), person(doc, "p2", "Erik Lund")]
    speaker, _ = Resolver(doc, people, []).resolve(token(doc, "He"))
    assert speaker.name == "Karl Dahl"


def test_age_picks_the_described_person(nlp: Language):
    doc = nlp("Eva Holm, 61, and Karl Dahl, 24, waited. The 61-year-old said the road was closed.")
    people = [person(doc, "p1", "Eva Holm", age=61), person(doc, "p2", "Karl Dahl", age=24)]
    speaker, from_context = Resolver(doc, people, []).resolve(token(doc, "old"))
    assert speaker.name == "Eva Holm" and from_context


def test_descriptor_picks_the_described_person(nlp: Language):
    doc = nlp("Eva Holm met Karl Dahl at the hospital. The nurse said the ward was full.")
    people = [person(doc, "p1", "Eva Holm", descriptors=["nurse"]), person(doc, "p2", "Karl Dahl")]
    speaker, _ = Resolver(doc, people, []).resolve(token(doc, "nurse"))
    assert speaker.name == "Eva Holm"


def test_a_subject_asked_about_again_gets_its_first_answer_and_is_remembered_once(nlp: Language):
    doc = nlp("Eva Holm spoke to Karl Dahl. Later she said the road was closed.")
    resolver = Resolver(doc, [person(doc, "p1", "Eva Holm", gender="female"), person(doc, "p2", "Karl Dahl")], [])
    first = resolver.resolve(token(doc, "she"))
    remembered = len(list(resolver.referents))
    assert resolver.resolve(token(doc, "she")) == first and len(list(resolver.referents)) == remembered


def test_unlisted_proper_name_is_still_a_person(nlp: Language):
    doc = nlp("Dmitri, a student, said the road was closed.")
    speaker, from_context = Resolver(doc, [], []).resolve(token(doc, "Dmitri"))
    assert (speaker.name, speaker.kind, from_context) == ("Dmitri", "person", False)


def test_organisation_subject(nlp: Language):
    doc = nlp("The transport ministry said the road was closed.")
    speaker, _ = Resolver(doc, [], []).resolve(token(doc, "ministry"))
    assert (speaker.name, speaker.kind) == ("The transport ministry", "organisation")


def test_coordinated_places_speak_together_without_a_focusing_adverb(nlp: Language):
    doc = nlp("So far only Norway, Iceland and the Faroe Islands have said that they will join the scheme.")
    speaker, _ = Resolver(doc, [], []).resolve(next(t for t in doc if t.dep_ == "nsubj" and t.head.lower_ == "said"))
    assert speaker.name == "Norway, Iceland and the Faroe Islands"


def test_part_of_an_organisation_speaks_for_it(nlp: Language):
    doc = nlp("The branches of the Red Cross in the north said the road was closed.")
    speaker, _ = Resolver(doc, [], []).resolve(token(doc, "branches"))
    assert speaker.kind == "organisation" and "Red Cross" in speaker.name


def test_they_takes_the_last_group(nlp: Language):
    doc = nlp("The Times spoke to dozens of farmers and herders. Prices are too low, they say.")
    resolver = Resolver(doc, [], [])
    they = token(doc, "they")
    resolver.remember_groups(they)
    speaker, _ = resolver.resolve(they)
    assert speaker is not None and speaker.name == "dozens of farmers and herders"


def test_first_person_is_not_a_source(nlp: Language):
    doc = nlp("I said the road was closed.")
    assert Resolver(doc, [], []).resolve(token(doc, "I")) == (None, False)


def test_plural_description_is_its_own_source(nlp: Language):
    doc = nlp("Karl Dahl spoke first. The two lawmakers argue that the road should stay closed.")
    speaker, from_context = Resolver(doc, [person(doc, "p1", "Karl Dahl")], []).resolve(token(doc, "lawmakers"))
    assert (speaker.name, from_context) == ("The two lawmakers", False)


def test_she_prefers_a_nearby_woman_to_a_nearer_person_of_unknown_gender(nlp: Language):
    doc = nlp("Ms Okafor met Robin Hale on Monday. Hale spoke first. She said the talks had gone well.")
    people = [person(doc, "p1", "Okafor", gender="female"), person(doc, "p2", "Robin Hale")]
    speaker, _ = Resolver(doc, people, []).resolve(token(doc, "She"))
    assert speaker is not None and speaker.person_id == "p1"


def test_a_role_description_is_not_someone_else_in_its_own_sentence(nlp: Language):
    doc = nlp("Dana Whitfield was wrong about the budget, the senator said on Monday.")
    resolver = Resolver(doc, [person(doc, "p1", "Dana Whitfield")], [])
    speaker, _ = resolver.resolve(token(doc, "senator"))
    assert speaker is not None and speaker.person_id is None and speaker.text == "the senator"


def test_a_role_description_takes_the_person_with_that_role(nlp: Language):
    doc = nlp("Governor Ellen Marsh and her deputy Paul Grant toured the plant. "
              "Grant asked about jobs. The governor said the plant would stay open.")
    people = [person(doc, "p1", "Ellen Marsh", descriptors=["governor"]), person(doc, "p2", "Paul Grant",
                                                                                  descriptors=["deputy"])]
    speaker, from_context = Resolver(doc, people, []).resolve(token(doc, "governor"))
    assert speaker is not None and speaker.person_id == "p1" and from_context


# -- organisations as sources ------------------------------------------------------

def organisation(doc: Doc, oid: str, name: str, *forms: str, kind: str | None = None) -> Organization:
    """An organisation with a mention at every occurrence of its name and of each other form."""
    mentions = []
    for form in (name, *forms):
        start = doc.text.find(form)
        while start >= 0:
            mentions.append(Span.of(doc.text, start, start + len(form)))
            start = doc.text.find(form, start + 1)
    return Organization(id=oid, name=name, aliases=[f for f in forms if f[:1].isupper()], kind=kind,
                        mentions=sorted(mentions, key=lambda m: m.start))


def test_an_acronym_the_organisations_list_links_speaks_as_the_organisation(nlp: Language):
    doc = nlp("Customs and Border Protection (CBP) opened two lanes. CBP said the wait had halved.")
    org = organisation(doc, "o1", "Customs and Border Protection", "CBP", kind="government")
    speaker, _ = Resolver(doc, [], [], organizations=[org]).resolve(token(doc, "CBP", 2))
    assert (speaker.name, speaker.organization_id, speaker.kind, speaker.text) == (
        "Customs and Border Protection", "o1", "organisation", "CBP")


@pytest.mark.parametrize("noun", ["insurer", "company", "firm"])
def test_a_nominal_takes_the_last_organisation_of_a_fitting_kind(nlp: Language, noun: str):
    doc = nlp(f"Harbor Mutual raised its premiums. The Transport Ministry objected. The {noun} said costs had doubled.")
    orgs = [organisation(doc, "o1", "Harbor Mutual", kind="company"),
            organisation(doc, "o2", "Transport Ministry", kind="government")]
    speaker, from_context = Resolver(doc, [], [], organizations=orgs).resolve(token(doc, noun))
    assert (speaker.name, speaker.organization_id, speaker.text, from_context) == (
        "Harbor Mutual", "o1", f"The {noun}", True)


def test_a_nominal_of_another_kind_skips_a_nearer_organisation(nlp: Language):
    doc = nlp("The Transport Ministry issued new rules. Harbor Mutual objected. The ministry said the rules stand.")
    orgs = [organisation(doc, "o1", "Transport Ministry", kind="government"),
            organisation(doc, "o2", "Harbor Mutual", kind="company")]
    speaker, _ = Resolver(doc, [], [], organizations=orgs).resolve(token(doc, "ministry"))
    assert speaker.organization_id == "o1"


def test_an_unnamed_spokeswoman_speaks_for_her_organisation_and_is_the_later_she(nlp: Language):
    doc = nlp("Dana Holt ran the port for years. A spokeswoman for Harbor Mutual said the claim was paid. "
              "Later she said the matter was closed.")
    resolver = Resolver(doc, [person(doc, "p1", "Dana Holt", gender="female")], [],
                        organizations=[organisation(doc, "o1", "Harbor Mutual", kind="company")])
    first, _ = resolver.resolve(token(doc, "spokeswoman"))
    later, from_context = resolver.resolve(token(doc, "she"))
    assert (first.name, first.kind, first.organization_id) == ("A spokeswoman for Harbor Mutual", "description", "o1")
    assert (later.name, later.organization_id, later.text, from_context) == (first.name, "o1", "she", True)


def test_an_organisation_spokesman_parsed_under_the_organisations_name_is_still_the_spokesman(nlp: Language):
    doc = nlp("Mary Collins left early. A Ministry for Coastal Affairs spokesman said the harbour would reopen.")
    org = organisation(doc, "o1", "Ministry for Coastal Affairs", kind="government")
    resolver = Resolver(doc, [person(doc, "p1", "Mary Collins", gender="female")], [], organizations=[org])
    subject = next(t for t in doc if t.dep_ == "nsubj" and t.head.lower_ == "said" and t.i > 4)
    speaker, _ = resolver.resolve(subject)
    assert (speaker.name, speaker.kind, speaker.organization_id) == (
        "A Ministry for Coastal Affairs spokesman", "description", "o1")


def test_the_spokeswoman_points_back_to_the_named_spokeswoman(nlp: Language):
    doc = nlp("Jane Ruiz, a spokeswoman for Harbor Mutual, said the claim was paid. "
              "The spokeswoman added that the matter was closed.")
    resolver = Resolver(doc, [person(doc, "p1", "Jane Ruiz", descriptors=["spokeswoman"])], [],
                        organizations=[organisation(doc, "o1", "Harbor Mutual", kind="company")])
    resolver.resolve(token(doc, "Ruiz"))
    speaker, from_context = resolver.resolve(token(doc, "spokeswoman", 2))
    assert (speaker.person_id, from_context) == ("p1", True)


def test_a_company_spokesman_speaks_for_the_last_company(nlp: Language):
    doc = nlp("Harbor Mutual raised its premiums. A company spokesman said costs had doubled.")
    resolver = Resolver(doc, [], [], organizations=[organisation(doc, "o1", "Harbor Mutual", kind="company")])
    speaker, _ = resolver.resolve(token(doc, "spokesman"))
    assert (speaker.name, speaker.organization_id) == ("A company spokesman", "o1")


def test_a_station_of_unclear_kind_that_spoke_before_is_the_later_station(nlp: Language):
    doc = nlp("Coast FM said it would change its schedule. The station said listeners had asked for more news.")
    org = organisation(doc, "o1", "Coast FM", kind="other")
    resolver = Resolver(doc, [], [], organizations=[org])
    resolver.resolve(token(doc, "FM"))
    speaker, from_context = resolver.resolve(token(doc, "station"))
    assert (speaker.name, speaker.organization_id, speaker.text, from_context) == (
        "Coast FM", "o1", "The station", True)


def test_a_named_spokeswoman_is_the_speaker_and_keeps_her_organisation(nlp: Language):
    doc = nlp("Jane Ruiz, a spokeswoman for Harbor Mutual, said the claim was paid.")
    resolver = Resolver(doc, [person(doc, "p1", "Jane Ruiz")], [],
                        organizations=[organisation(doc, "o1", "Harbor Mutual", kind="company")])
    speaker, _ = resolver.resolve(token(doc, "Ruiz"))
    assert (speaker.name, speaker.person_id, speaker.organization_id) == ("Jane Ruiz", "p1", "o1")


def test_a_bare_report_comes_from_the_articles_principal_organisational_source(nlp: Language):
    doc = nlp("The Harbor Authority said traffic fell. The Harbor Authority warned of delays. "
              "A task force promised a plan. The report said ships had waited for days.")
    resolver = Resolver(doc, [], [], organizations=[organisation(doc, "o1", "Harbor Authority", kind="government")])
    resolver.resolve(token(doc, "Authority", 1))
    resolver.resolve(token(doc, "Authority", 2))
    resolver.resolve(token(doc, "force"))
    speaker, from_context = resolver.resolve(token(doc, "report"))
    assert (speaker.name, speaker.organization_id, from_context) == ("Harbor Authority", "o1", True)


def test_a_role_with_a_qualifier_is_not_the_plain_role(nlp: Language):
    doc = nlp("Shadow foreign secretary Tom Ansell spoke first. Foreign secretary Jack Stroud replied. "
              "Tom Ansell spoke again. The foreign secretary said the plan would work.")
    people = [person(doc, "p1", "Tom Ansell", descriptors=["shadow foreign secretary"]),
              person(doc, "p2", "Jack Stroud", descriptors=["foreign secretary"])]
    speaker, _ = Resolver(doc, people, []).resolve(token(doc, "secretary", 3))
    assert speaker.person_id == "p2"


# -- subjects ---------------------------------------------------------------

def quoted_mask(doc: Doc) -> list[bool]:
    """Tokens inside “curly” quotation marks, the marks included."""
    mask, inside = [], False
    for t in doc:
        if t.text == "“":
            inside = True
        mask.append(inside)
        if t.text == "”":
            inside = False
    return mask


@pytest.mark.parametrize("text", [
    "In an email to the Guardian, the club's press officer, Mark Hollis, said: “The manager believes that the squad is strong enough.”",
    "In a statement to Reuters, his senior policy adviser, Mark Hollis, said: “The minister believes that the deal is essential.”",
])
def test_a_cue_whose_subject_the_parse_lost_takes_the_name_right_before_it(nlp: Language, text: str):
    doc = nlp(text)
    subject = cue_subject(token(doc, "said"), quoted_mask(doc))
    assert subject is not None and subject.text == "Hollis"


def test_a_participle_hung_on_quoted_words_takes_the_subject_of_the_clause_outside_them(nlp: Language):
    doc = nlp("The singer seemed to be ready to riff on the incident in Paris, telling the crowd, "
              "“Some people get a little carried away, have you noticed that?”")
    subject = cue_subject(token(doc, "telling"), quoted_mask(doc))
    assert subject is not None and subject.text == "singer"


def test_the_teller_not_the_person_told_about_adds_a_quote_that_opens_mid_clause(nlp: Language):
    doc = nlp("To wit, Ferguson told Sky that Dan Moss “had a crazy policy of over-spending which was maniacal,” "
              "adding, “He lost all of the fans.”")
    subject = cue_subject(token(doc, "adding"), quoted_mask(doc))
    assert subject is not None and subject.text == "Ferguson"


def test_a_name_right_before_a_finite_cue_the_parse_hung_elsewhere_is_its_subject(nlp: Language):
    doc = nlp("When someone in the audience shouted, “Messi,” Guardiola joked, again using an exaggerated "
              "Catalan accent, “Amen, brother!”")
    subject = cue_subject(token(doc, "joked"), quoted_mask(doc))
    assert subject is not None and subject.text == "Guardiola"


def test_a_second_participle_hung_inside_the_first_ones_content_is_still_the_speakers(nlp: Language):
    doc = nlp("The coach escalated his criticism on Tuesday, telling Sky that the owner is a “coward” and "
              "questioning how he has “gotten away with selling the best players.”")
    subject = cue_subject(token(doc, "questioning"), quoted_mask(doc))
    assert subject is not None and subject.text == "coach"


def test_an_object_right_before_a_subjectless_cue_is_not_its_subject(nlp: Language):
    doc = nlp("Surveys of caucus-goers taken as they entered caucus sites showed that older women turned out in force.")
    subject = cue_subject(token(doc, "showed"), quoted_mask(doc))
    assert subject is None or subject.text != "sites"


def test_a_verb_loosely_attached_after_another_shares_its_subject_not_a_name_in_its_content(nlp: Language):
    doc = nlp("Jones paused, then revealed why Smith’s injury was especially worrying.")
    subject = cue_subject(token(doc, "revealed"), quoted_mask(doc))
    assert subject is not None and subject.text == "Jones"


def test_a_relative_clause_on_a_date_has_no_speaker(nlp: Language):
    doc = nlp("The company released its results in July, which showed that sales had fallen sharply.")
    assert cue_subject(token(doc, "showed"), quoted_mask(doc)) is None


def test_whoever_is_made_to_know_something_is_told_it_not_its_source(nlp: Language):
    doc = nlp("The singer wants fans to know that she is grateful for their support.")
    subject = cue_subject(token(doc, "know"), quoted_mask(doc))
    assert subject is not None and subject.text == "singer"


def test_an_adverb_or_a_later_clause_after_a_cue_is_no_inverted_subject(nlp: Language):
    doc = nlp("Not everyone agreed. The old captain said matter-of-factly as confetti fluttered down around him "
              "that the club had failed.")
    assert inverted_subject(token(doc, "said"), quoted_mask(doc)) is None


def test_an_inverted_subject_with_a_loose_clause_after_it_is_still_the_speaker(nlp: Language):
    doc = nlp("“The feeling of relief is not there yet, because of sleepless nights and time spent packing,” "
              "says the young mother, her features drawn.")
    subject = inverted_subject(token(doc, "says"), quoted_mask(doc))
    assert subject is not None and subject.text == "mother"


def test_a_parenthesis_between_a_lost_subject_and_its_cue_is_skipped(nlp: Language):
    doc = nlp("Saturday at the Ohio Republican state’s party convention Sen. Mark Hollis (R-OH) said presumptive "
              "Democratic presidential nominee Hillary Clinton was a “proven failure” in business.")
    subject = cue_subject(token(doc, "said"), quoted_mask(doc))
    assert subject is not None and subject.text == "Hollis"


def test_a_datelines_place_is_not_the_subject_the_person_after_the_dash_is(nlp: Language):
    doc = nlp("CLEVELAND, July 19 (UPI) — Former club chairman Peter Ridsdale told supporters at the annual meeting "
              "that the board’s use of private loans should disqualify it from the league.")
    subject = cue_subject(token(doc, "told"), quoted_mask(doc))
    assert subject is not None and subject.text == "Ridsdale"


def test_a_description_with_a_qualifier_is_not_the_person_without_it(nlp: Language):
    doc = nlp("President Ann Cole opened the meeting. The vice president said the budget was too small.")
    people = [person(doc, "p1", "Ann Cole", descriptors=["president"])]
    speaker, _ = Resolver(doc, people, []).resolve(token(doc, "president"))
    assert speaker is None or speaker.person_id != "p1"


def test_people_a_participle_describes_say_what_it_reports(nlp: Language):
    doc = nlp("The club issued a statement apologising to the fans for the emails, which included staff members "
              "suggesting someone should question the coach’s loyalty.")
    subject = cue_subject(token(doc, "suggesting"), quoted_mask(doc))
    assert subject is not None and subject.text == "members"


def test_whoever_is_addressed_is_not_who_a_participle_after_them_reports(nlp: Language):
    doc = nlp("Yet it was unclear whether the coach was ready to quit. The coach emailed supporters saying: "
              "“The struggle continues” and vowing to fight on next week.")
    subject = cue_subject(token(doc, "saying"), quoted_mask(doc))
    assert subject is not None and subject.text == "coach"


@pytest.mark.parametrize("text, cue, wrong", [
    ("As the chief executive, Jeff Weiner, put it in his memo to employees explaining the deal, “Imagine a world "
     "where we are one of them.”", "explaining", "employees"),
    ("Democracy Corps published research on behalf of the institute during the Democratic National Convention "
     "showing that key voters were more responsive to a message of change.", "showing", "Convention"),
])
def test_a_participle_after_a_prepositions_object_is_not_that_objects_statement(nlp: Language, text, cue, wrong):
    doc = nlp(text)
    subject = cue_subject(token(doc, cue), quoted_mask(doc))
    assert subject is None or subject.text != wrong


def test_a_description_right_before_a_subjectless_cue_stands_for_the_person_it_describes(nlp: Language):
    doc = nlp("At Boca West, where it costs new members $70,000 to sign up, Jay DiPietro, the club's 78-year-old "
              "president and general manager, suggested that the troubles of his rivals came from poor management.")
    subject = cue_subject(token(doc, "suggested"), quoted_mask(doc))
    assert subject is None or subject.text != "manager"


def test_a_coordinated_verb_inside_quotation_marks_does_not_reach_the_clause_outside(nlp: Language):
    doc = nlp("Indeed, the disruptions have become as much a fixture of the rallies as the chants to “build the wall” "
              "and promises to “make the town great again” - so routine that aides prepare for them.")
    subject = cue_subject(token(doc, "promises"), quoted_mask(doc))
    assert subject is None or subject.text != "disruptions"
