"""Where records go: JSON Lines (canonical), and SQLite or CSV views of the same records.

Every writer is a `Sink` (`records`): `jsonl` the canonical file, `sqlite` and `csvfile`
its views, `tables` the flattening they share. `resume` reads what an earlier run wrote
(after an explicit repair of a cut-off last line). `targets` opens them as one `Outputs`.
"""

from newsclaims.outputs.csvfile import CSV_COLUMNS, CsvSink, csv_rows
from newsclaims.outputs.jsonl import JsonlSink
from newsclaims.outputs.records import Record, Sink
from newsclaims.outputs.resume import latest_lines, leading_fields, read_fields, read_keys, read_records, repair_last_line, resume_key
from newsclaims.outputs.sqlite import SqliteSink
from newsclaims.outputs.tables import ITEM_KINDS, ITEM_RENAMES, ITEM_TABLES
from newsclaims.outputs.targets import Outputs, Targets

__all__ = [
    "CSV_COLUMNS",
    "ITEM_KINDS",
    "ITEM_RENAMES",
    "ITEM_TABLES",
    "CsvSink",
    "JsonlSink",
    "Outputs",
    "Record",
    "Sink",
    "SqliteSink",
    "Targets",
    "csv_rows",
    "latest_lines",
    "leading_fields",
    "read_fields",
    "read_keys",
    "read_records",
    "repair_last_line",
    "resume_key",
]
