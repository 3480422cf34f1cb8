"""Reading species from a CSV or XLSX sheet: one row a species, every error located.

``read_rows`` turns a file into (row number, {column: text}) pairs (the shared reader
of ``base.spreadsheets``, with its limits on size, unzipped size and rows);
``parse_row`` turns one row into the data ``species.services.upsert_species`` takes,
or into a list of errors naming the row and column; ``check_file`` does both for a
whole file, as the ``import_species`` command and the admin's upload do. Nothing is
written until every row has parsed.
"""

import re

from django.utils.translation import gettext as _

from base.models import Province
from base.spreadsheets import (
    MAX_ERRORS,
    ImportFileError,
    RowError,
    formula_errors,
)
from base.spreadsheets import read_rows as read_sheet_rows
from species.models import (
    ConservationCategory,
    PartUsed,
    SpeciesPage,
    StrategicGroup,
    VernacularName,
)
from species.models.pages import validate_scientific_name, validate_year

__all__ = ["MAX_ERRORS", "ImportFileError", "RowError", "check_file", "parse_row", "read_rows"]

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
VERNACULAR_RE = re.compile(r"^(?P<name>.+?)\s*\[(?P<lang>[a-z-]+)\]$")


def read_rows(path):
    """Yield (row number, {column: text}) of a species sheet; see ``base.spreadsheets``."""
    return read_sheet_rows(path, REQUIRED, COLUMNS)


def check_file(path, vocab=None):
    """Parse a whole species sheet: (``[(row number, data)]``, ``[RowError or str]``).

    Raises ``ImportFileError`` for a file that cannot be read as a whole; stops after
    ``MAX_ERRORS`` errors. A species named twice is an error of its second row.
    """
    vocab = vocab or Vocabulary()
    parsed, errors, seen = [], [], {}
    rows = read_rows(path)
    try:
        for number, row in rows:
            data, row_errors = parse_row(number, row, vocab)
            errors.extend(row_errors)
            key = (data.get("genus"), data.get("epithet"), data.get("infraspecific_name"))
            if not row_errors and key in seen:
                errors.append(
                    RowError(
                        number,
                        "scientific_name",
                        _("the same species as row %(row)s.") % {"row": seen[key]},
                    )
                )
            seen.setdefault(key, number)
            parsed.append((number, data))
            if len(errors) >= MAX_ERRORS:
                break
    finally:
        rows.close()  # a spreadsheet left half-read keeps its file open
    return parsed, errors[:MAX_ERRORS]


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

    errors.extend(formula_errors(number, row))
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
