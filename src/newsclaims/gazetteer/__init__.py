"""An offline gazetteer: place names to countries, kinds, coordinates and GeoNames ids.

- `index`: the name index (`Gazetteer`, `Entry`, `fold`, `sound_key`) and its ranking;
- `build`: the sources it is built from (GeoNames, ISO 3166-2, `data/crossings.tsv`);
- `cache`: the process-wide instance (`load`), kept in a cache file keyed by every module here;
- `names`: what it says of a word (`is_major_place`, `is_demonym`, `country_of_demonym`).
The tables are read once per process and never change: lookups are pure.
"""

from newsclaims.gazetteer.build import AP_STATES, COUNTRY_VARIANTS, MIN_CITY_POPULATION, build, region_names
from newsclaims.gazetteer.cache import cache_path, load, load_cached
from newsclaims.gazetteer.index import Entry, Gazetteer, Kind, fold, sound_key
from newsclaims.gazetteer.names import IRREGULAR_DEMONYMS, country_of_demonym, is_demonym, is_major_place

__all__ = [
    "AP_STATES", "COUNTRY_VARIANTS", "IRREGULAR_DEMONYMS", "MIN_CITY_POPULATION", "Entry", "Gazetteer", "Kind",
    "build", "cache_path", "country_of_demonym", "fold", "is_demonym", "is_major_place", "load", "load_cached",
    "region_names", "sound_key",
]
