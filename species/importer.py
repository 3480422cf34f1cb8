"""Reading species from a CSV or XLSX sheet: one row a species, every error located.

``read_rows`` turns a file into (row number, {column: text}) pairs; ``parse_row``
turns one row into the data ``species.services.upsert_species`` takes, or into a
list of errors naming the row and column. Nothing is written until every row
has parsed (see the ``import_species`` command).

Limits, because a sheet is untrusted input: a 7.7 MB XLSX that expanded to
2 GB was still being read after a minute, and a 20 MB sheet took 45 s, 349 MB
and printed 139,857 error lines. So the file's size is capped
(``IMPORT_MAX_BYTES``), an XLSX whose members would unzip to far more than that
is refused before openpyxl opens it, rows are read one at a time and capped
(``IMPORT_MAX_ROWS``), and checking stops after ``MAX_ERRORS`` errors.
"""

import csv
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from base.models import Province
from species.models import (
    ConservationCategory,
    PartUsed,
    SpeciesPage,
    StrategicGroup,
    VernacularName,
)
from species.models.pages import validate_scientific_name, validate_year
from species.spreadsheets import starts_like_formula

REQUIRED = ["scientific_name", "family", "name_vi"]
COLUMNS = REQUIRED + [
    "authority",
    "name_en",
    "summary_vi",
    "summary_en",
    "synonyms",
    "vernacular_names",
    "parts_used",
    "strategic_groups",
    "assessments",
    "provinces",
    "regional_status",
    "source",
    "source_url",
]
RANKS = {"var.", "subsp.", "f."}
# Checking stops here: more errors only bury the first ones (and the terminal).
MAX_ERRORS = 100
# An XLSX is a zip of XML, which compresses about 5-20 times; a bomb, thousands of times.
MAX_UNZIPPED_FACTOR = 10
MAX_COMPRESSION_RATIO = 100
RATIO_CHECKED_FROM = 1024 * 1024  # small members (styles, relations) may compress very well
VERNACULAR_RE = re.compile(r"^(?P<name>.+?)\s*\[(?P<lang>[a-z-]+)\]$")


class ImportFileError(Exception):
    """The file as a whole cannot be read (missing, wrong type, too big, no header)."""


@dataclass
class RowError:
    row: int
    column: str
    message: str

    def __str__(self):
        return _("Row %(row)s, column '%(column)s': %(message)s") % {
            "row": self.row,
            "column": self.column,
            "message": self.message,
        }


def _check_size(path):
    size = path.stat().st_size
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
    yield from csv.reader(io.StringIO(text))


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
        header = ["" if v is None else str(v) for v in header]
        yield header
        # Cells right of the header have no column: never build them (a sheet may
        # claim 16,384 columns a row).
        for row in sheet.iter_rows(min_row=2, max_col=max(len(header), 1), values_only=True):
            yield ["" if v is None else str(v) for v in row]
    finally:
        book.close()


def read_rows(path):
    """Yield (row number as a spreadsheet shows it, {column: stripped text}), one at a time.

    Raises ``ImportFileError`` for a file that cannot be read as a whole: missing,
    too big, a zip bomb, a wrong header, or more rows than ``IMPORT_MAX_ROWS``
    (raised on reaching the first row past the limit, so nothing after it is read).
    """
    path = Path(path)
    if not path.exists():
        raise ImportFileError(_("File not found: %(path)s") % {"path": path})
    suffix = path.suffix.lower()
    if suffix == ".csv":
        _check_size(path)
        table = _csv_table(path)
    elif suffix in {".xlsx", ".xlsm"}:
        _check_size(path)
        table = _xlsx_table(path)
    else:
        raise ImportFileError(
            _("Unsupported file type '%(suffix)s': use .csv or .xlsx.") % {"suffix": suffix}
        )
    first = next(table, None)
    if not first or not any(c.strip() for c in first):
        raise ImportFileError(_("The file is empty: the first row must name the columns."))
    header = [c.strip().lower() for c in first]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ImportFileError(
            _("Missing required column(s): %(columns)s. The first row must name the columns.")
            % {"columns": ", ".join(missing)}
        )
    unknown = [c for c in header if c and c not in COLUMNS]
    if unknown:
        raise ImportFileError(
            _("Unknown column(s): %(columns)s. Known columns: %(known)s.")
            % {"columns": ", ".join(unknown), "known": ", ".join(COLUMNS)}
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
            {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(header)},
        )


def _split(value):
    return [part.strip() for part in value.split(";") if part.strip()]


class Vocabulary:
    """The codes a sheet may use, loaded once per import."""

    def __init__(self):
        self.parts = set(PartUsed.objects.values_list("code", flat=True))
        self.groups = set(StrategicGroup.objects.values_list("code", flat=True))
        self.categories = {}
        for scheme, code in ConservationCategory.objects.values_list("scheme__code", "code"):
            self.categories.setdefault(scheme, {})[code.lower()] = code
        self.languages = {c for c, _label in VernacularName.Language.choices}
        self.provinces = {c for c, _label in Province.choices}
        self.statuses = {c for c, _label in SpeciesPage.RegionalStatus.choices}


def parse_scientific_name(value):
    """'Genus epithet [rank name]' -> dict of parts, or raise ValueError with the reason."""
    words = value.split()
    if len(words) not in (1, 2, 4) or (len(words) == 4 and words[2] not in RANKS):
        raise ValueError(
            _(
                "'%(value)s' is not 'Genus epithet' (optionally followed by var., subsp. or "
                "f. and a name)."
            )
            % {"value": value}
        )
    parts = {
        "genus": words[0],
        "epithet": words[1] if len(words) > 1 else "",
        "infraspecific_rank": words[2] if len(words) == 4 else "",
        "infraspecific_name": words[3] if len(words) == 4 else "",
    }
    errors = validate_scientific_name(
        parts["genus"], parts["epithet"], parts["infraspecific_rank"], parts["infraspecific_name"]
    )
    if errors:
        raise ValueError(" ".join(str(m) for m in errors.values()))
    return parts


def parse_row(number, row, vocab):
    """Return (data for upsert_species, [RowError])."""
    errors = []

    def error(column, message):
        errors.append(RowError(number, column, str(message)))

    for column, value in row.items():
        if starts_like_formula(value):
            error(
                column,
                _(
                    "'%(value)s' starts with '%(char)s', so a spreadsheet program would run it "
                    "as a formula; remove that first character."
                )
                % {"value": value[:40], "char": value[0]},
            )
    for column in REQUIRED:
        if not row.get(column):
            error(column, _("This column is required."))
    data = {}
    if row.get("scientific_name"):
        try:
            data.update(parse_scientific_name(row["scientific_name"]))
        except ValueError as exc:
            error("scientific_name", exc)
    data["authority"] = row.get("authority", "")
    data["family"] = {"latin_name": row.get("family", "")}
    if row.get("family") and not re.match(r"^[A-Z][a-z]+aceae$|^[A-Z][a-z]+$", row["family"]):
        error(
            "family",
            _("'%(value)s' is not a Latin family name such as 'Araliaceae'.")
            % {"value": row["family"]},
        )
    data["title"] = {"vi": row.get("name_vi", ""), "en": row.get("name_en", "")}
    if row.get("summary_vi") or row.get("summary_en"):
        data["summary"] = {"vi": row.get("summary_vi", ""), "en": row.get("summary_en", "")}
    if row.get("regional_status"):
        if row["regional_status"] in vocab.statuses:
            data["regional_status"] = row["regional_status"]
        else:
            error(
                "regional_status",
                _("'%(value)s' is not one of: %(allowed)s.")
                % {"value": row["regional_status"], "allowed": ", ".join(sorted(vocab.statuses))},
            )
    if row.get("synonyms"):
        data["synonyms"] = [{"name": s} for s in _split(row["synonyms"])]
    if row.get("vernacular_names"):
        names = []
        for item in _split(row["vernacular_names"]):
            match = VERNACULAR_RE.match(item)
            if not match or match["lang"] not in vocab.languages:
                error(
                    "vernacular_names",
                    _("'%(value)s' should be 'name [language]' with a language among: %(allowed)s.")
                    % {"value": item, "allowed": ", ".join(sorted(vocab.languages))},
                )
                continue
            names.append({"name": match["name"], "language": match["lang"]})
        data["vernacular_names"] = names
    for column, allowed, key in (
        ("parts_used", vocab.parts, "parts_used"),
        ("strategic_groups", vocab.groups, "strategic_groups"),
        ("provinces", vocab.provinces, "provinces"),
    ):
        if row.get(column):
            codes = _split(row[column])
            bad = [c for c in codes if c not in allowed]
            if bad:
                error(
                    column,
                    _("Unknown code(s) %(bad)s; allowed: %(allowed)s.")
                    % {"bad": ", ".join(bad), "allowed": ", ".join(sorted(allowed))},
                )
            data[key] = codes
    if row.get("assessments"):
        data["assessments"] = []
        for item in _split(row["assessments"]):
            pieces = [p.strip() for p in item.split(":")]
            if len(pieces) not in (2, 3):
                error(
                    "assessments",
                    _(
                        "'%(value)s' should be 'scheme:category' or "
                        "'scheme:category:year', e.g. 'iucn:VU:2021'."
                    )
                    % {"value": item},
                )
                continue
            scheme, code = pieces[0].lower(), pieces[1]
            if scheme not in vocab.categories:
                error(
                    "assessments",
                    _("Unknown scheme '%(scheme)s'; known: %(known)s.")
                    % {"scheme": scheme, "known": ", ".join(sorted(vocab.categories))},
                )
                continue
            canonical = vocab.categories[scheme].get(code.lower())
            if canonical is None:
                error(
                    "assessments",
                    _("'%(code)s' is not a category of %(scheme)s; allowed: %(allowed)s.")
                    % {
                        "code": code,
                        "scheme": scheme,
                        "allowed": ", ".join(vocab.categories[scheme].values()),
                    },
                )
                continue
            year = None
            if len(pieces) == 3:
                if not pieces[2].isdigit():
                    error(
                        "assessments",
                        _("The year '%(value)s' is not a number.") % {"value": pieces[2]},
                    )
                    continue
                year = int(pieces[2])
                message = validate_year(year)
                if message:
                    error("assessments", message)
                    continue
            data["assessments"].append(
                {"scheme": scheme, "category": canonical, "year": year, "source": None}
            )
    if row.get("source"):
        source = {"title": row["source"], "url": row.get("source_url", "")}
        data["sources"] = [{"source": source}]
        for assessment in data.get("assessments", []):
            assessment["source"] = source
    return data, errors
