"""Spreadsheets in and out: formula cells, and reading an uploaded CSV or XLSX safely.

Exports: a title such as ``=HYPERLINK("http://evil", "Tam thất")`` is text to the
site but a live formula to Excel or LibreOffice once a researcher opens the CSV
(CSV injection). Every CSV or XLSX the site writes passes its cells through
``neutralise_formula``; the importers refuse such cells instead
(``formula_errors``), so they never get in.

Imports: ``read_rows`` turns a file into (row number, {column: text}) pairs for
any importer (species, the value chain), given the columns it knows. A sheet is
untrusted input: a 7.7 MB XLSX that expanded to 2 GB was still being read after
a minute, and a 20 MB sheet took 45 s, 349 MB and printed 139,857 error lines.
So the file's size is capped (``IMPORT_MAX_BYTES``), an XLSX whose members would
unzip to far more than that is refused before openpyxl opens it, rows are read
one at a time and capped (``IMPORT_MAX_ROWS``), and checking stops after
``MAX_ERRORS`` errors.
"""

import csv
import io
import secrets
import tempfile
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

# OWASP's list: what starts a formula (= + - @) or lets one hide after a
# separator in some programs (tab, carriage return).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Checking stops here: more errors only bury the first ones (and the terminal).
MAX_ERRORS = 100
# An XLSX is a zip of XML, which compresses about 5-20 times; a bomb, thousands of times.
MAX_UNZIPPED_FACTOR = 10
MAX_COMPRESSION_RATIO = 100
RATIO_CHECKED_FROM = 1024 * 1024  # small members (styles, relations) may compress very well
SUFFIXES = (".csv", ".xlsx", ".xlsm")


def starts_like_formula(value):
    """Whether a spreadsheet program could take this cell for a formula."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def neutralise_formula(value):
    """The cell as it should be written to a CSV or XLSX export.

    Text that starts like a formula gets a leading single quote, which
    spreadsheet programs show as text and do not evaluate (OWASP's advice).
    That turns a negative number written as text ("-3") into text too, so use
    this only on columns that are text: every column of the site's exports is.
    Numbers and other non-text values pass through unchanged.
    """
    if starts_like_formula(value):
        return "'" + value
    return value


def neutralise_row(cells):
    """``neutralise_formula`` applied to each cell of a row."""
    # Written out, not a call per cell: an export of a few thousand rows of eight cells
    # spent a tenth of its time in the calls.
    return [
        "'" + cell if isinstance(cell, str) and cell.startswith(FORMULA_STARTS) else cell
        for cell in cells
    ]


class ImportFileError(Exception):
    """The file as a whole cannot be read (missing, wrong type, too big, no header)."""


@dataclass
class RowError:
    """One error of one cell: shown as ``Row N, column 'x': message``, where N is the row
    number a spreadsheet program shows (the header is row 1)."""

    row: int
    column: str
    message: str

    def __str__(self):
        return _("Row %(row)s, column '%(column)s': %(message)s") % {
            "row": self.row,
            "column": self.column,
            "message": self.message,
        }


def formula_errors(number, row):
    """A ``RowError`` for each cell of ``row`` that a spreadsheet program would run."""
    return [
        RowError(
            number,
            column,
            _(
                "'%(value)s' starts with '%(char)s', so a spreadsheet program would run it "
                "as a formula; remove that first character."
            )
            % {"value": value[:40], "char": value[0]},
        )
        for column, value in row.items()
        if starts_like_formula(value)
    ]


def check_size(size):
    """Refuse a file of ``size`` bytes over ``IMPORT_MAX_BYTES``, saying both sizes."""
    if size > settings.IMPORT_MAX_BYTES:
        raise ImportFileError(
            _("The file is %(size)s; the limit is %(limit)s. Split it into smaller files.")
            % {"size": filesizeformat(size), "limit": filesizeformat(settings.IMPORT_MAX_BYTES)}
        )


def _check_zip(path):
    """Refuse a zip bomb from the sizes its directory declares, before anything unzips.

    Python's zipfile never inflates a member past its declared size, so the
    directory's figures bound what openpyxl can be made to read.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError) as exc:
        raise ImportFileError(
            _("The spreadsheet cannot be opened: %(error)s") % {"error": exc}
        ) from exc
    limit = settings.IMPORT_MAX_BYTES * MAX_UNZIPPED_FACTOR
    unzipped = sum(m.file_size for m in members)
    bomb = unzipped > limit or any(
        m.file_size > RATIO_CHECKED_FROM
        and m.file_size > MAX_COMPRESSION_RATIO * max(m.compress_size, 1)
        for m in members
    )
    if bomb:
        raise ImportFileError(
            _(
                "The spreadsheet would unpack to %(size)s (the limit is %(limit)s): it is "
                "damaged or built to exhaust the server. Save it again, or as CSV UTF-8."
            )
            % {"size": filesizeformat(unzipped), "limit": filesizeformat(limit)}
        )


def _csv_table(path):
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError(_("The CSV file is not UTF-8 text; save it as 'CSV UTF-8'.")) from exc
    if "\x00" in text:
        # A binary file renamed .csv: the csv module would stop on it with its own error.
        raise ImportFileError(_("The CSV file is not text; save it as 'CSV UTF-8'."))
    try:
        yield from csv.reader(io.StringIO(text))
    except csv.Error as exc:
        raise ImportFileError(_("The CSV file cannot be read: %(error)s") % {"error": exc}) from exc


def _cell(value):
    if value is None:
        return ""
    if hasattr(value, "isoformat") and not isinstance(value, str):
        # A date cell: what a curator sees, without the midnight Excel adds.
        text = value.isoformat()
        return text[:10] if text.endswith("T00:00:00") else text
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # 185000.0 is the number typed as 185000
    return str(value)


def _xlsx_table(path):
    from openpyxl import load_workbook

    _check_zip(path)
    try:
        # read_only streams the sheet instead of building every cell in memory.
        book = load_workbook(path, read_only=True, data_only=True)
        sheet = book.worksheets[0]
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise ImportFileError(
            _("The spreadsheet cannot be opened: %(error)s") % {"error": exc}
        ) from exc
    try:
        first_rows = sheet.iter_rows(max_row=1, values_only=True)
        header = next(first_rows, None)
        first_rows.close()
        if header is None:
            return
        header = [_cell(v) for v in header]
        yield header
        # Cells right of the header have no column: never build them (a sheet may
        # claim 16,384 columns a row).
        for row in sheet.iter_rows(min_row=2, max_col=max(len(header), 1), values_only=True):
            yield [_cell(v) for v in row]
    except ImportFileError:
        raise
    except Exception as exc:  # a damaged sheet fails while it is read, too
        raise ImportFileError(
            _("The spreadsheet cannot be read: %(error)s") % {"error": exc}
        ) from exc
    finally:
        book.close()


def read_rows(path, required, columns):
    """Yield (row number as a spreadsheet shows it, {column: stripped text}), one at a time.

    ``required`` columns must be in the header, and every column of the header must be
    among ``columns``. Raises ``ImportFileError`` for a file that cannot be read as a
    whole: missing, too big, a zip bomb, a wrong header, or more rows than
    ``IMPORT_MAX_ROWS`` (raised on reaching the first row past the limit, so nothing
    after it is read). Empty rows are skipped.
    """
    path = Path(path)
    if not path.exists():
        raise ImportFileError(_("File not found: %(path)s") % {"path": path})
    suffix = path.suffix.lower()
    if suffix == ".csv":
        check_size(path.stat().st_size)
        table = _csv_table(path)
    elif suffix in {".xlsx", ".xlsm"}:
        check_size(path.stat().st_size)
        table = _xlsx_table(path)
    else:
        raise ImportFileError(
            _("Unsupported file type '%(suffix)s': use .csv or .xlsx.") % {"suffix": suffix}
        )
    first = next(table, None)
    if not first or not any(c.strip() for c in first):
        raise ImportFileError(_("The file is empty: the first row must name the columns."))
    header = [c.strip().lower() for c in first]
    missing = [c for c in required if c not in header]
    if missing:
        raise ImportFileError(
            _("Missing required column(s): %(columns)s. The first row must name the columns.")
            % {"columns": ", ".join(missing)}
        )
    unknown = [c for c in header if c and c not in columns]
    if unknown:
        raise ImportFileError(
            _("Unknown column(s): %(columns)s. Known columns: %(known)s.")
            % {"columns": ", ".join(unknown[:20]), "known": ", ".join(columns)}
        )
    max_rows = settings.IMPORT_MAX_ROWS
    for number, cells in enumerate(table, start=2):
        if number - 1 > max_rows:
            raise ImportFileError(
                _(
                    "The file has more than %(max)s rows, the most one import takes; "
                    "split it into smaller files. Nothing was imported."
                )
                % {"max": max_rows}
            )
        if not any(str(c).strip() for c in cells):
            continue
        yield (
            number,
            {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(header) if h},
        )


# -- an upload kept between its preview and its confirmation ---------------------------

UPLOAD_SECONDS = 60 * 60  # a preview left longer than this is uploaded again
_UPLOAD_KEY = "spreadsheet-upload:{}"


def keep_upload(user, scope, name, content):
    """Keep an uploaded sheet for its confirmation; returns the token that fetches it.

    The file waits in the shared cache (every server process sees it, and it expires
    by itself), under a random token, with the user and the import (``scope``) it
    belongs to: another user, or another import, cannot confirm it.
    """
    token = secrets.token_urlsafe(24)
    cache.set(
        _UPLOAD_KEY.format(token),
        {"user": user.pk, "scope": scope, "name": name, "content": content},
        UPLOAD_SECONDS,
    )
    return token


def kept_upload(user, scope, token):
    """The upload kept under ``token`` for ``user`` and ``scope``, or None (expired, or
    not theirs)."""
    if not isinstance(token, str) or not token or len(token) > 64:
        return None
    stored = cache.get(_UPLOAD_KEY.format(token))
    if not stored or stored["user"] != user.pk or stored["scope"] != scope:
        return None
    return stored


def forget_upload(token):
    """Drop a kept upload once it is imported: confirming twice imports it once."""
    cache.delete(_UPLOAD_KEY.format(token))


@contextmanager
def upload_as_file(stored):
    """The kept upload as a private temporary file (the reader takes a path)."""
    suffix = Path(stored["name"]).suffix.lower()
    with tempfile.NamedTemporaryFile(suffix=suffix) as file:
        file.write(stored["content"])
        file.flush()
        yield Path(file.name)


class UploadForm(forms.Form):
    """A sheet to import: a .csv (UTF-8) or .xlsx no larger than ``IMPORT_MAX_BYTES``."""

    file = forms.FileField(label=gettext_lazy("Spreadsheet (.csv or .xlsx)"))

    def clean_file(self):
        file = self.cleaned_data["file"]
        suffix = Path(file.name or "").suffix.lower()
        if suffix not in SUFFIXES:
            raise forms.ValidationError(
                _("Unsupported file type '%(suffix)s': use .csv or .xlsx.") % {"suffix": suffix}
            )
        try:
            check_size(file.size)
        except ImportFileError as exc:
            raise forms.ValidationError(str(exc)) from exc
        return file
