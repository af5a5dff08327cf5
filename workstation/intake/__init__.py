"""Lead intake (线索导入): reading, mapping and validating lead files. No database, no Qt.

The importer (dedup, hash record, CLI, dialog) builds on:
- parse_file(path, …) → ParseResult (all rows) or iter_leads(path, …) → LeadStream (streamed);
- preview(path, n) → Preview for the import dialog;
- write_error_report(errors, path) for the person who fixes the file;
- DropFolder / watch for `workstation intake watch DIR`;
- neutralise_cell for every CSV/XLSX export.
"""

from workstation.intake.dropfolder import DropFolder, Handled, watch
from workstation.intake.errors import (
    FileRefused,
    ImportCancelled,
    IntakeError,
    Limits,
    MappingError,
    RowError,
)
from workstation.intake.mapping import ColumnMapping, load_mapping
from workstation.intake.parse import LeadStream, ParsedLead, ParseResult, iter_leads, parse_file
from workstation.intake.preview import Preview, preview
from workstation.intake.report import write_error_report
from workstation.intake.safe_export import neutralise_cell
from workstation.intake.sniff import file_sha256

__all__ = [
    "ColumnMapping", "DropFolder", "FileRefused", "Handled", "ImportCancelled", "IntakeError", "LeadStream",
    "Limits", "MappingError", "ParseResult", "ParsedLead", "Preview", "RowError", "file_sha256", "iter_leads",
    "load_mapping", "neutralise_cell", "parse_file", "preview", "watch", "write_error_report",
]
