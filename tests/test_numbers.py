"""Numbers: every written form -> span, value or range, unit and qualifier, on the real model."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsclaims.extractors import Context
from newsclaims.extractors.numbers import _anchor_lookups, extract_numbers
from newsclaims.schema import Quantity

# sentence, span text, value or (low, high), unit, qualifier
FORMS: list[tuple[str, str, float | tuple[float, float] | None, str | None, str | None]] = [
    # digits, separators, decimals, number words, mixed
    ("The committee received 1,234,567 letters.", "1,234,567", 1234567, None, None),
    ("The tank holds 0.75 litres of fuel.", "0.75 litres", 0.75, "liter", None),
    ("She has three dogs and a cat.", "three", 3, None, None),
    ("They planted twenty five trees.", "twenty five", 25, None, None),
    ("They planted twenty-five trees.", "twenty-five", 25, None, None),
    ("The village has two hundred and fifty-three residents.", "two hundred and fifty-three", 253, None, None),
    ("Officials counted two million ballots.", "two million", 2_000_000, None, None),
    ("The club sold 2.5 million tickets.", "2.5 million", 2_500_000, None, None),
    ("The studio bought a dozen cameras.", "a dozen", 12, None, None),
    ("The bakery sold half a dozen cakes.", "half a dozen", 6, None, None),
    ("The fund gained one and a half million members.", "one and a half million", 1_500_000, None, None),
    ("A million visitors came.", "A million", 1_000_000, None, None),
    ("The app has 1.5k reviews.", "1.5k", 1500, None, None),
    ("Two thirds of voters agreed.", "Two thirds", 2 / 3, None, None),
    ("A quarter of the budget went on roads.", "A quarter", 0.25, None, None),
    ("The pipe is 2 1/2 miles long.", "2 1/2 miles", 2.5, "mile", None),
    # percentages
    ("Turnout rose 30% last year.", "30%", 30, "percent", None),
    ("Turnout rose 90 percent in the north.", "90 percent", 90, "percent", None),
    ("Prices rose 4.5 per cent.", "4.5 per cent", 4.5, "percent", None),
    ("Support fell by twenty percent.", "twenty percent", 20, "percent", None),
    ("Rates rose 0.25 percentage points.", "0.25 percentage points", 0.25, "percentage point", None),
    # money: symbols, codes, words, abbreviated scales
    ("The deal was worth $676m in total.", "$676m", 676_000_000, "USD", None),
    ("The bank lost £5bn last year.", "£5bn", 5_000_000_000, "GBP", None),
    ("A ticket costs €3 at the door.", "€3", 3, "EUR", None),
    ("The flight cost about 370,000 rubles.", "370,000 rubles", 370_000, "RUB", "about"),
    ("The fare (£5,000) was steep.", "£5,000", 5000, "GBP", None),
    ("He had only $250 left.", "$250", 250, "USD", "only"),
    ("The council spent 3.5 billion dollars.", "3.5 billion dollars", 3_500_000_000, "USD", None),
    ("The fee is 20 USD per person.", "20 USD", 20, "USD", None),
    ("The fee is EUR 15 per person.", "EUR 15", 15, "EUR", None),
    ("The grant was US$2.5 million.", "US$2.5 million", 2_500_000, "USD", None),
    ("She paid 40 Swiss francs.", "40 Swiss francs", 40, "CHF", None),
    ("The club paid 5 million pounds for him.", "5 million pounds", 5_000_000, "GBP", None),
    # measures, hyphenated measures, durations, temperatures, dimensions
    ("The border runs about 1,300 kilometers.", "1,300 kilometers", 1300, "km", "about"),
    ("They share a nearly 5,000-mile border.", "5,000-mile", 5000, "mile", "nearly"),
    ("Workers laid a 3-inch pipe.", "3-inch", 3, "inch", None),
    ("The queue stretched 12 miles.", "12 miles", 12, "mile", None),
    ("The drive took 20 hours.", "20 hours", 20, "hour", None),
    ("The flat measures 45 square metres.", "45 square metres", 45, "m2", None),
    ("The lake covers 3.5 sq km.", "3.5 sq km", 3.5, "km2", None),
    ("The car reached 120 km/h on the bridge.", "120 km/h", 120, "km/h", None),
    ("Winds gusted to 75 mph overnight.", "75 mph", 75, "mph", None),
    ("The parcel weighs 10 kg.", "10 kg", 10, "kg", None),
    ("Runners finished the 10,000 meters.", "10,000 meters", 10000, "m", None),
    ("It was 25 degrees Celsius at noon.", "25 degrees Celsius", 25, "celsius", None),
    ("Temperatures reached 40C in the valley.", "40C", 40, "celsius", None),
    ("Overnight it fell to -5°C in the hills.", "-5°C", -5, "celsius", None),
    ("The lake froze at minus 10 degrees.", "minus 10 degrees", -10, "degree", None),
    ("The river reached 77 °F by noon.", "77 °F", 77, "fahrenheit", None),
    ("The download is 5 GB.", "5 GB", 5, "GB", None),
    ("The plant produces 200 MW of power.", "200 MW", 200, "MW", None),
    # ages
    ("A 35-year-old teacher spoke first.", "35-year-old", 35, "year", None),
    ("The victim, aged 29, was a nurse.", "aged 29", 29, "year", None),
    ("My nephew is five years old.", "five years old", 5, "year", None),
    ("The baby is 18 months old.", "18 months old", 18, "month", None),
    ("Men under age 65 were called up.", "age 65", 65, "year", "under"),
    ("Marta, 41, runs a bakery.", "41", 41, "year", None),
    ("The mayor met Jonas Berg, 52, on Friday.", "52", 52, "year", None),
    ("The mayor met Ana (37) on Friday.", "37", 37, "year", None),
    # ranges, magnitude carried across
    ("Each day 7 to 8,000 people crossed.", "7 to 8,000", (7000, 8000), None, None),
    ("Each day around 7-8,000 visitors came.", "7-8,000", (7000, 8000), None, "around"),
    ("Officials expect 2 to 3 million voters.", "2 to 3 million", (2_000_000, 3_000_000), None, None),
    ("Between 20 and 30 students failed.", "20 and 30", (20, 30), None, None),
    ("Between twenty and thirty students failed.", "twenty and thirty", (20, 30), None, None),
    ("Prices rose 20-30% this year.", "20-30%", (20, 30), "percent", None),
    ("Prices rose 10% to 20% this year.", "10% to 20%", (10, 20), "percent", None),
    ("The walk is 3–5 km long.", "3–5 km", (3, 5), "km", None),
    ("Tickets cost $10-$20 each.", "$10-$20", (10, 20), "USD", None),
    ("The deal is worth $5-10 million.", "$5-10 million", (5_000_000, 10_000_000), "USD", None),
    ("The team sold 1.5 to 2 billion dollars of bonds.", "1.5 to 2 billion dollars",
     (1_500_000_000, 2_000_000_000), "USD", None),
    ("Volunteers aged between 18 and 65 applied.", "18 and 65", (18, 65), "year", None),
    ("Groups of five to ten children played.", "five to ten", (5, 10), None, None),
    ("More than 30 and less than 50 people came.", "30 and less than 50", (30, 50), None,
     "more than ... less than"),
    # qualifiers
    ("Over 194,000 people left.", "194,000", 194000, None, "over"),
    ("The toll could be as high as 1.2 million.", "1.2 million", 1_200_000, None, "as high as"),
    ("Some 300,000 reservists were called up.", "300,000", 300000, None, "some"),
    ("At least three regions closed their borders.", "three", 3, None, "at least"),
    ("Fewer than 40 firms replied.", "40", 40, None, "fewer than"),
    ("Roughly 15 boats sank.", "15", 15, None, "roughly"),
    ("Up to 60 flights were cancelled.", "60", 60, None, "up to"),
    ("More than a dozen witnesses spoke.", "a dozen", 12, None, "more than"),
    ("They expect 50 or more guests.", "50", 50, None, "or more"),
    ("The hall seats 500+ people.", "500", 500, None, "+"),
    ("The margin of error is plus or minus 3 percentage points.", "3 percentage points", 3,
     "percentage point", "plus or minus"),
    ("Only one of the 40 members voted.", "one", 1, None, "only"),
    ("Less than half of the staff came.", "half", 0.5, None, "less than"),
    ("It costs two dollars and fifty cents.", "two dollars and fifty cents", 2.5, "USD", None),
    ("The city has 8.2m residents.", "8.2m", 8_200_000, None, None),
    ("They counted one hundred and twelve birds.", "one hundred and twelve", 112, None, None),
    ("They counted fifteen hundred cars.", "fifteen hundred", 1500, None, None),
    ("The dose is zero point five grams.", "zero point five grams", 0.5, "g", None),
    ("He died at the age of 30 in Rome.", "30", 30, "year", None),
    ("The box held 3 dozen eggs.", "3 dozen", 36, None, None),
    ("A coffee costs 3€ here.", "3€", 3, "EUR", None),
    ("The app has 1M users.", "1M", 1_000_000, None, None),
    ("The bond raised $5 mln.", "$5 mln", 5_000_000, "USD", None),
    ("The price was 200 Japanese yen.", "200 Japanese yen", 200, "JPY", None),
    ("It was 40 degrees below zero.", "40 degrees below zero", -40, "degree", None),
    ("The toddler is two and a half years old.", "two and a half years old", 2.5, "year", None),
    ("Children aged 5 to 10 can enter.", "aged 5 to 10", (5, 10), "year", None),
    ("Tickets cost from $5 to $10.", "$5 to $10", (5, 10), "USD", None),
    ("Less than 50 and more than 30 people came.", "50 and more than 30", (30, 50), None,
     "less than ... more than"),
    ("The drive is 1k-2k miles.", "1k-2k miles", (1000, 2000), "mile", None),
    ("Ads target 18-25-year-olds.", "18-25-year-olds", (18, 25), "year", None),
    ("As few as 10 seats changed hands.", "10", 10, None, "as few as"),
    ("She needs one or two new ideas.", "one or two", (1, 2), None, None),
    ("Coffee costs €2,50 here.", "€2,50", 2.5, "EUR", None),
    ("Voters between the ages of 18 and 29 turned out.", "18 and 29", (18, 29), "year", None),
    ("The pool is 26 deg celsius.", "26 deg celsius", 26, "celsius", None),
    ("My cousin is 3 and a half.", "3 and a half", 3.5, None, None),
    ("It grew from 1.2 million in 2000 to 1.5 million in 2010.", "1.5 million", 1_500_000, None, None),
    ("The hall seats 40-odd people.", "40", 40, None, "odd"),
    ("The hall seats 300 people or so.", "300", 300, None, None),
    ("The hall seats 300 or so people.", "300", 300, None, "or so"),
    # a month followed by a comma is not a date when a count follows
    ("Since the floods started in June, 12,000 families have moved.", "12,000", 12000, None, None),
    ("In April, 250 workers were laid off.", "250", 250, None, None),
    # proportions: valued as a percentage
    ("Three in 10 renters say they cannot save.", "Three in 10", 30, "percent", None),
    ("One in four nurses plans to quit.", "One in four", 25, "percent", None),
    ("Eight out of ten owners said their cats preferred it.", "Eight out of ten", 80, "percent", None),
    ("Roughly 1 in 3 households owns a dog.", "1 in 3", 100 / 3, "percent", "roughly"),
    # compound measures, in the larger unit
    ("The centre is 6 ft 9 in tall.", "6 ft 9 in", 6.75, "foot", None),
    ("The keeper stands 6 feet 3 inches.", "6 feet 3 inches", 6.25, "foot", None),
    ("The new-born weighed 7 lb 8 oz.", "7 lb 8 oz", 7.5, "lb", None),
    ("The match lasted 2 hours 30 minutes.", "2 hours 30 minutes", 2.5, "hour", None),
    # temperatures without the degree sign
    ("The pool was kept at 28 C all week.", "28 C", 28, "celsius", None),
    ("Her fever reached 102.2 F overnight.", "102.2 F", 102.2, "fahrenheit", None),
    ("By dawn it was minus 12 degrees.", "minus 12 degrees", -12, "degree", None),
    ("It was −3 °C on the pass.", "−3 °C", -3, "celsius", None),
    ("Readings hit 104 degrees F in the valley.", "104 degrees F", 104, "fahrenheit", None),
    # ages
    ("The singer turned 80 last week.", "80", 80, "year", None),
    ("The suspect is in his 30s.", "30s", (30, 39), "year", None),
    ("Witnesses saw a woman in her late 50s.", "late 50s", (57, 59), "year", "late"),
    ("Both are in their early twenties.", "early twenties", (20, 23), "year", "early"),
    ("He was in his mid-40s.", "mid-40s", (44, 46), "year", "mid"),
    ("The 61-year-old's lawyer declined to comment.", "61-year-old", 61, "year", None),
    ("The driver, 27, was unhurt.", "27", 27, "year", None),
    ("Children under 12 ride free.", "12", 12, "year", "under"),
    ("Residents aged over 70 get the jab first.", "70", 70, "year", "over"),
    ("Students aged between 16 and 19 took part.", "16 and 19", (16, 19), "year", None),
    # money versus weight; metres versus millions
    ("The fine was 80 pounds for each offence.", "80 pounds", 80, "GBP", None),
    ("The rent is 900 pounds a month.", "900 pounds", 900, "GBP", None),
    ("The calf weighed 90 pounds at birth.", "90 pounds", 90, "lb", None),
    ("She swam the 200m in record time.", "200m", 200, "m", None),
    ("The club spent £200m on players.", "£200m", 200_000_000, "GBP", None),
    # fractions
    ("Nearly 5/8 of the seats were empty.", "5/8", 0.625, None, "nearly"),
    ("Some 3/10 of the loans failed.", "3/10", 0.3, None, "some"),
    ("Three-quarters of the wells ran dry.", "Three-quarters", 0.75, None, None),
    ("Half of the flats were empty.", "Half", 0.5, None, None),
    ("Nearly half the staff left.", "half", 0.5, None, "nearly"),
    ("A quarter of a million people marched.", "A quarter of a million", 250_000, None, None),
    ("A fifth of the crop was lost.", "A fifth", 0.2, None, None),
    # counts in words and digits
    ("We ordered 4 dozen bagels.", "4 dozen", 48, None, None),
    ("The choir has thirty-two singers.", "thirty-two", 32, None, None),
    ("The shelter took in one hundred and seven dogs.", "one hundred and seven", 107, None, None),
    ("The city has over 2.3 billion litres in reserve.", "2.3 billion litres", 2_300_000_000, "liter", "over"),
    ("The invoice came to 4,321.75 in total.", "4,321.75", 4321.75, None, None),
    ("The fund lost 0.8% on Monday.", "0.8%", 0.8, "percent", None),
    ("The gauge read -7.5 at noon.", "-7.5", -7.5, None, None),
    ("The sample held 2e5 cells.", "2e5", 200_000, None, None),
    ("We stayed a couple of nights.", "a couple", 2, None, None),
    ("Seven hundred volunteers came.", "Seven hundred", 700, None, None),
    ("Nine hundred and ninety-nine lanterns rose.", "Nine hundred and ninety-nine", 999, None, None),
    # ranges written many ways
    ("There were 7 or 8 boats in the bay.", "7 or 8", (7, 8), None, None),
    ("A room costs between $80 and $120.", "$80 and $120", (80, 120), "USD", None),
    ("Yields rose from 40 to 55 percent.", "40 to 55 percent", (40, 55), "percent", None),
    ("Some 30-40 boats took part.", "30-40", (30, 40), None, "some"),
    ("The job takes 3-4 weeks.", "3-4 weeks", (3, 4), "week", None),
    ("Highs of 18 to 22 degrees Celsius are forecast.", "18 to 22 degrees Celsius", (18, 22), "celsius", None),
    ("The repairs cost between 4 and 6 million euros.", "4 and 6 million euros",
     (4_000_000, 6_000_000), "EUR", None),
    ("Rates went from 2.5% to 3%.", "2.5% to 3%", (2.5, 3), "percent", None),
    # currencies
    ("The visa costs USD 160.", "USD 160", 160, "USD", None),
    ("The visa costs 160 USD.", "160 USD", 160, "USD", None),
    ("A thali costs Rs 120.", "Rs 120", 120, "INR", None),
    ("A thali costs Rs. 1,200 in the city.", "Rs. 1,200", 1200, "INR", None),
    ("A bento costs ¥1,500.", "¥1,500", 1500, "JPY", None),
    ("Parking is CHF 4 an hour.", "CHF 4", 4, "CHF", None),
    ("The tickets were INR 350 each.", "INR 350", 350, "INR", None),
    ("She earns £35k a year.", "£35k", 35_000, "GBP", None),
    # dimensions: the unit carries to the first side
    ("The hall is 20 x 30 metres.", "20", 20, "m", None),
    ("The sheet is 2 m by 4 m.", "2 m", 2, "m", None),
    ("The board is 3 by 5 feet.", "3", 3, "foot", None),
    # more money and age forms
    ("The stall charges 25 RMB a bowl.", "25 RMB", 25, "CNY", None),
    ("He sold the car for 15 grand.", "15 grand", 15_000, None, None),
    ("Voters must be 18 or older.", "18", 18, "year", "or older"),
    ("Grades range from 0 to 100.", "0 to 100", (0, 100), None, None),
    ("The race lasted 1 hour 5 minutes.", "1 hour 5 minutes", 1 + 5 / 60, "hour", None),
    ("She ran the mile in 4 minutes 30 seconds.", "4 minutes 30 seconds", 4.5, "minute", None),
    ("The opener scored 45 in 70 balls.", "45", 45, None, None),
    ("The opener scored 45 in 70 balls.", "70", 70, None, None),
    ("The index lost 0.4 percent or 52 points.", "0.4 percent", 0.4, "percent", None),
    ("The deficit reached 96 bln in July.", "96 bln", 96e9, None, None),
    ("Analysts expect 15 or 20 percent growth.", "15 or 20 percent", (15, 20), "percent", None),
    ("The forward is 6'1\" and quick.", "6'1\"", 6 + 1 / 12, "foot", None),
    ("Bus passes for over-60s were cut.", "over-60s", 60, "year", "over"),
    ("Under-16s must wear helmets.", "Under-16s", 16, "year", "under"),
    ("Nights of minus 2 to minus 8 degrees are forecast.", "minus 2 to minus 8 degrees", (-8, -2), "degree", None),
    ("The hatchback does 55 mpg.", "55 mpg", 55, "mpg", None),
    ("Farmers reported a yield of 30-35 bushels.", "30-35", (30, 35), None, None),
    ("The flat rents for AU$650 a week.", "AU$650", 650, "AUD", None),
    ("The mansion sold for HK$88 million.", "HK$88 million", 88_000_000, "HKD", None),
    ("Tickets are $US 45 online.", "$US 45", 45, "USD", None),
    ("The bus ride took half an hour.", "half an hour", 0.5, "hour", None),
    ("Stir in ½ teaspoon of cumin.", "½ teaspoon", 0.5, "tsp", None),
    ("The goalkeeper is 1 metre 92 tall.", "1 metre 92", 1.92, "m", None),
    ("Over 70s can claim the grant.", "Over 70s", 70, "year", "over"),
    ("Renters in their thirties and forties are leaving.", "forties", (40, 49), "year", None),
    ("The judge retired at 68 last spring.", "68", 68, "year", None),
    ("A 40-something teacher won the lottery.", "40-something", (40, 49), "year", None),
    ("Kids 12 and under skate free.", "12", 12, "year", "and under"),
    ("She was one of 4 finalists.", "4", 4, None, None),
    ("On Feb. 3, 700 fans queued.", "700", 700, None, None),
    ("In May, 20 climbers reached the summit.", "20", 20, None, None),
    ("The bridge cost 300m to build.", "300m", 300_000_000, None, None),
    ("The city now has 12m residents.", "12m", 12_000_000, None, None),
    ("She won the 200m final.", "200m", 200, "m", None),
    ("The dam is 150m high.", "150m", 150, "m", None),
    ("The newborn weighed 6 pounds 10 ounces.", "6 pounds 10 ounces", 6 + 10 / 16, "lb", None),
    ("He earns 28,000 pounds a year.", "28,000 pounds", 28_000, "GBP", None),
    # a full stop glued to a unit at the end of a sentence is not part of the span
    ("The trench is 4 m.", "4 m", 4, "m", None),
    ("The yacht sold for HK$12m.", "HK$12m", 12_000_000, "HKD", None),
    ("The thermometer showed 101 degrees F.", "101 degrees F", 101, "fahrenheit", None),
    ("Inflation will be 1.5%-2% next year.", "1.5%-2%", (1.5, 2), "percent", None),
    ("The transfer fee is £3m-£4m.", "£3m-£4m", (3_000_000, 4_000_000), "GBP", None),
    ("Some reports say ~40 boats sank.", "~40", 40, None, "~"),
    ("My nephew is 9.", "9", 9, "year", None),
    ("He is thirty-four.", "thirty-four", 34, "year", None),
    ("The score is 9.", "9", 9, None, None),
    ("The oven is set to 350 deg F tonight.", "350 deg F", 350, "fahrenheit", None),
    ("The spire is 95 cm taller.", "95 cm", 95, "cm", None),
]


def _find(numbers: list[Quantity], text: str) -> Quantity:
    matches = [n for n in numbers if n.text == text]
    assert matches, f"{text!r} not found in {[n.text for n in numbers]}"
    return matches[0]


def numbers_of(doc: Doc) -> list[Quantity]:
    return extract_numbers(doc, Context.of(doc))


@pytest.mark.parametrize(("sentence", "span", "expected", "unit", "qualifier"), FORMS)
def test_each_written_form_has_span_value_unit_and_qualifier(
    nlp: Language, sentence: str, span: str, expected, unit: str | None, qualifier: str | None
) -> None:
    doc = nlp(sentence)
    number = _find(numbers_of(doc), span)
    assert doc.text[number.start:number.end] == number.text
    if isinstance(expected, tuple):
        assert (number.low, number.high) == pytest.approx(expected)
        assert number.value is None
    else:
        assert number.value == pytest.approx(expected)
        assert number.low is None and number.high is None
    assert number.unit == unit
    assert number.qualifier == qualifier
    assert not number.vague


BOUNDS = [
    ("About 50 boats sank.", "approximate"),
    ("Nearly 50 boats sank.", "upper"),
    ("Up to 50 boats sank.", "upper"),
    ("More than 50 boats sank.", "lower"),
    ("At least 50 boats sank.", "lower"),
    ("Only 50 boats sank.", "exact"),
    ("Exactly 50 boats sank.", "exact"),
]


@pytest.mark.parametrize(("sentence", "bound"), BOUNDS)
def test_qualifier_maps_to_what_it_says_about_the_bound(nlp: Language, sentence: str, bound: str) -> None:
    (number,) = numbers_of(nlp(sentence))
    assert number.bound == bound


VAGUE = [
    ("Thousands of people marched.", "Thousands"),
    ("Tens of thousands of people marched.", "Tens of thousands"),
    ("Hundreds of thousands of people marched.", "Hundreds of thousands"),
    ("Police arrested hundreds of protesters.", "hundreds"),
    ("Millions watched the final.", "Millions"),
    ("Dozens of homes flooded.", "Dozens"),
    ("Several thousand troops arrived.", "Several thousand"),
    ("A few hundred fans waited.", "A few hundred"),
]


@pytest.mark.parametrize(("sentence", "span"), VAGUE)
def test_vague_magnitudes_are_numbers_without_value(nlp: Language, sentence: str, span: str) -> None:
    number = _find(numbers_of(nlp(sentence)), span)
    assert number.vague and number.value is None and number.low is None


NOT_NUMBERS = [
    ("The talks began on Sept. 21, 2019 in Geneva.", "21"),
    ("The talks began on Sept. 21, 2019 in Geneva.", "2019"),
    ("The treaty was signed in 1998.", "1998"),
    ("Crossings are at 90% of the 2019 level.", "2019"),
    ("The broadcast starts at 21.00 GMT.", "21.00"),
    ("The meeting ends at 10:30 a.m.", "10:30"),
    ("The train left at 3pm.", "3pm"),
    ("It was the first sign of trouble.", "first"),
    ("She finished 2nd in the race.", "2nd"),
    ("He is one of the few who stayed.", "one"),
    ("One man refused to leave.", "One"),
    ("Several people were hurt.", "Several"),
    ("Many residents fled.", "Many"),
    ("The COVID-19 wards were full.", "19"),
    ("He cited Article 5 of the treaty.", "5"),
    ("The Boeing 737 landed safely.", "737"),
    ("They met at No. 10 yesterday.", "10"),
    ("The firm filed for Chapter 11 protection.", "11"),
    ("Crime fell in the 1990s.", "1990s"),
    ("She left two weeks ago.", "two weeks"),
    ("Read more at https://example.com/2019/05/story-42.", "42"),
    ("She was born on Oct, 12, 2001 in Leeds.", "12"),
    ("Send letters to 250 Maple Avenue, Springfield, IL, 62701.", "250"),
    ("Send letters to 250 Maple Avenue, Springfield, IL, 62701.", "62701"),
    ("1) Turnout is down.", "1"),
    ("The 2020-21 season was cancelled.", "21"),
    ("Voters care about two things: jobs and rent.", "two things"),
    ("He was the only one who stayed.", "one"),
    ("Sales fell in the first half of the year.", "half"),
    ("It closed on the twenty-first day.", "twenty"),
    ("He told BBC Radio Four on Monday.", "Four"),
    ("Organisers met in precinct 78 downtown.", "78"),
    ("The 5G network is slow.", "5"),
    ("Image 1 of 5 shows the port.", "5"),
    ("Call 555-1234 for details.", "555"),
    # scores and vote tallies are not quantities: neither side is a count
    ("The visitors won 4-2 in extra time.", "4"),
    ("The visitors won 4-2 in extra time.", "2"),
    ("The court ruled on a 6-to-3 vote.", "6"),
    ("The court ruled on a 6-to-3 vote.", "3"),
    ("The House passed it 219-212.", "219"),
    ("The hosts lost 0-3 at home.", "3"),
    ("The board voted 9 to 4 to approve it.", "9"),
    ("The game ended 1-1.", "1"),
    ("The hearing is on 7/12.", "7/12"),
    ("Prices will double next year.", "double"),
    ("She came 1st in the heats.", "1st"),
    ("A couple from Leeds won the prize.", "couple"),
    ("Music from the sixties played.", "sixties"),
    ("Crime rose in the 80s.", "80s"),
    ("Bookmakers put the odds at 20 to 1.", "20"),
    ("Dial 020 7946 0018 for tickets.", "7946"),
    ("One day the river will flood.", "One"),
    ("The ratio of staff to pupils was 3 to 1.", "3"),
    ("The board split 60-40 on the plan.", "60"),
]


@pytest.mark.parametrize(("sentence", "text"), NOT_NUMBERS)
def test_dates_times_ranks_names_and_pronouns_are_not_numbers(nlp: Language, sentence: str, text: str) -> None:
    numbers = numbers_of(nlp(sentence))
    assert all(text not in n.text for n in numbers), [n.text for n in numbers]


def test_counted_comes_from_the_noun_the_figure_modifies(nlp: Language) -> None:
    numbers = numbers_of(nlp("Only 1,688 Russians crossed, and thousands of cars waited at a 5,000-mile border."))
    assert [n.counted for n in numbers] == ["Russians", "cars", "border"]


def test_counted_follows_an_of_phrase(nlp: Language) -> None:
    (four, five) = numbers_of(nlp("Four of the five EU countries stopped issuing visas."))
    assert four.counted == "EU countries" and five.counted == "EU countries"


def test_source_is_the_according_to_body(nlp: Language) -> None:
    (number,) = numbers_of(nlp("Some 4,100 trucks crossed, according to the national customs office."))
    assert number.source == "the national customs office"


def test_source_is_the_subject_of_the_speech_verb(nlp: Language) -> None:
    (number,) = numbers_of(nlp("The regional governor said 3,000 homes had no power."))
    assert number.source == "The regional governor"


def test_time_is_the_date_in_the_same_clause(nlp: Language) -> None:
    doc = nlp("On Tuesday, 5,400 people crossed the bridge.")
    (number,) = numbers_of(doc)
    assert number.time is not None and number.time.text == "Tuesday"
    assert doc.text[number.time.start:number.time.end] == "Tuesday"


def test_time_prefers_the_date_next_to_the_figure(nlp: Language) -> None:
    numbers = numbers_of(nlp("The population grew from 1.2 million in 2000 to 1.5 million in 2010."))
    assert [n.time.text if n.time else None for n in numbers] == ["2000", "2010"]


def test_numbers_in_boilerplate_regions_are_skipped(nlp: Language) -> None:
    doc = nlp("Haze icon 77º\nSome 600 people attended.")
    boilerplate = ((0, doc.text.index("\n")),)
    assert [n.text for n in extract_numbers(doc, Context(text=doc.text, boilerplate=boilerplate))] == ["600"]


def test_anchor_lookups_are_built_once_per_vocab(nlp: Language) -> None:
    assert _anchor_lookups(nlp.vocab) is _anchor_lookups(nlp.vocab)


def test_words_first_seen_after_the_anchor_flag_was_set_still_anchor(nlp: Language) -> None:
    numbers_of(nlp("Warm-up: 3 apples."))  # the flag exists from here on
    doc = nlp("The fund paid US$4817 to the over-83s and the mid-70s group.")
    assert [n.text for n in numbers_of(doc)][:2] == ["US$4817", "over-83s"]


def test_every_number_has_a_value_a_range_or_is_vague(nlp: Language) -> None:
    text = " ".join(sentence for sentence, *_ in FORMS)
    doc = nlp(text)
    for number in numbers_of(doc):
        assert doc.text[number.start:number.end] == number.text
        assert number.vague or number.value is not None or (number.low is not None and number.high is not None)
