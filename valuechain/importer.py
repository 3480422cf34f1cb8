"""Importing the value chain from a CSV or XLSX sheet: all or nothing, every error located.

Five kinds, one sheet each (``manage.py import_valuechain KIND FILE`` or the admin's
Value chain → Import). The first row names the columns; they may come in any order,
and a column left out keeps the record's current value (or the model's default for a
new record); a column given with an empty cell empties the value.

How rows name other records:

- a species by its scientific name ("Panax vietnamensis") or its Vietnamese name
  ("Sâm Lai Châu"), with or without diacritics;
- a commune by ``commune`` + ``province`` (the province as "Lai Châu" or
  "lai-chau"; alone when the name is unique), or by its official ``commune_code``;
- a producer (``producer``, ``step_facility``) by its title, as on its page;
- a growing area (``growing_area``) by its code, with or without dashes;
- a part used (``part``) by its code, e.g. "root".

Yes/no cells take yes/no, true/false, 1/0, x, có/không; dates take 2025-10-02 or
02/10/2025; decimals take a point or a comma.

``growing-areas`` (found again by ``code``, or by ``name`` + ``species`` while it has
no code): code, name*, species*, producer, commune, province, commune_code, area_ha*,
under_canopy, forest_type, status, planting_year, latitude, longitude,
hide_exact_location, source, is_sample.

``producers`` (found again by ``title``; pages under the producer index): title*,
title_en, kind*, facility_code, commune, province, commune_code, species (several,
separated by ";"), address, contact_phone, contact_email, website, source, is_sample.

``production`` (found again by species + province + commune + year): species*,
province*, commune, commune_code, year*, area_planted_ha, area_harvested_ha,
output_tonnes, value_billion_vnd, source*, is_sample.

``prices`` (found again by species + part + form + market + date): species*, part,
form*, market*, date*, price_vnd_per_kg*, source*, is_sample.

``batches`` (found again by ``batch_code``; pages under the traceability index):
batch_code*, title, title_en, species, part, growing_area, producer, product,
cultivation_protocol, harvest_date, quantity_kg, gtin, recalled, recall_reason,
is_sample, and the steps from plot to package: step_kind, step_date, step_facility,
step_note. A batch with several steps takes one row per step, its batch code
repeated; its other columns may be left empty on the later rows. When the step
columns are given, the rows' steps replace the batch's steps.

(* required.) Errors read ``Row N, column 'x': message``, N being the row number the
spreadsheet shows (the header is row 1), in the active language. Nothing is written
while checking (``check_file``): the result says, row by row, what would be created,
updated or left unchanged; ``apply`` then writes it in one transaction.
"""

import csv
import datetime
import io
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Page

from base.content import set_translated
from base.models import Commune, Province
from base.page_cache import one_invalidation
from base.spreadsheets import MAX_ERRORS, ImportFileError, RowError, formula_errors, read_rows
from base.translated_slugs import clashing_languages
from search.folding import fold
from search.service import deferred_indexing
from species.models import PartUsed, SpeciesPage
from species.services import ascii_slug
from valuechain.models import (
    AreaStatus,
    BatchIndexPage,
    BatchPage,
    BatchStep,
    ForestType,
    Form,
    GrowingArea,
    MarketPrice,
    ProducerIndexPage,
    ProducerKind,
    ProducerPage,
    ProductionFigure,
    ProductPage,
    StepKind,
    compact_code,
    normalise_code,
)

__all__ = ["KINDS", "MAX_ERRORS", "ImportFileError", "RowError", "apply", "check_file"]

CREATE, UPDATE, UNCHANGED = "create", "update", "unchanged"
YES = {"yes", "y", "true", "1", "x", "co", "có"}
NO = {"no", "n", "false", "0", "khong", "không", ""}
THOUSANDS = re.compile(r"^\d{1,3}([., ]\d{3})+$")


@dataclass(frozen=True)
class Column:
    """A column of a kind's sheet, as the admin's upload page and template show it."""

    name: str
    help: str
    example: str = ""
    required: bool = False


@dataclass
class Change:
    """What one record of the sheet does: create, update (which columns) or nothing."""

    row: int
    action: str
    label: str
    changed: list = field(default_factory=list)
    write: object = None  # callable(context) that saves it
    obj: object = None  # the record (its id once written)

    @property
    def action_label(self):
        return {
            CREATE: _("create"),
            UPDATE: _("update"),
            UNCHANGED: _("unchanged"),
        }[self.action]


@dataclass
class Plan:
    """The checked sheet: its changes in row order, or the errors that stop it."""

    kind: str
    changes: list = field(default_factory=list)
    errors: list = field(default_factory=list)

    def count(self, action):
        return sum(1 for c in self.changes if c.action == action)

    @property
    def counts(self):
        return {a: self.count(a) for a in (CREATE, UPDATE, UNCHANGED)}


# -- reading cells ------------------------------------------------------------------


class Lookups:
    """The records a sheet may name, loaded once per import (a sheet names the same
    species or commune on many rows)."""

    def __init__(self):
        self.species_by_name, self.species_by_vi = {}, {}
        for pk, genus, epithet, rank, infra, title_vi in SpeciesPage.objects.values_list(
            "pk", "genus", "epithet", "infraspecific_rank", "infraspecific_name", "title_vi"
        ):
            name = " ".join(filter(None, [genus, epithet, rank, infra]))
            self.species_by_name[name.casefold()] = pk
            if title_vi:
                self.species_by_vi.setdefault(fold(title_vi), set()).add(pk)
        self._species = {}
        self.communes = list(Commune.objects.all())
        self.parts = {p.code: p for p in PartUsed.objects.all()}
        self._titles = {}

    def species(self, value):
        key = " ".join(value.split()).casefold()
        if key in self.species_by_name:
            pks = {self.species_by_name[key]}
        else:
            pks = set(self.species_by_vi.get(fold(value), set()))
        if not pks:
            raise ValueError(
                _(
                    "No species is called '%(value)s'; give its scientific name (genus and "
                    "epithet) or its Vietnamese name as the catalogue has it."
                )
                % {"value": value}
            )
        if len(pks) > 1:
            raise ValueError(
                _("Several species are called '%(value)s'; give the scientific name.")
                % {"value": value}
            )
        pk = pks.pop()
        if pk not in self._species:
            self._species[pk] = SpeciesPage.objects.get(pk=pk)
        return self._species[pk]

    def commune(self, name, province, code):
        if code:
            found = [c for c in self.communes if c.code == code]
            if not found:
                raise ValueError(_("No commune has the code '%(value)s'.") % {"value": code})
            return found[0]
        found = [c for c in self.communes if fold(c.name) == fold(name)]
        if province:
            found = [c for c in found if c.province == province]
        if not found:
            raise ValueError(
                _("No commune '%(value)s' is known; the Communes list in the admin has them.")
                % {"value": name}
            )
        if len(found) > 1:
            raise ValueError(
                _("Several communes are called '%(value)s'; give the province too.")
                % {"value": name}
            )
        return found[0]

    def _pages(self, model, title, several, none):
        """The one page of ``model`` whose Vietnamese or English title is ``title``: as
        typed (case aside) first, then without diacritics."""
        if model not in self._titles:
            self._titles[model] = list(model.objects.values_list("pk", "title_vi", "title_en"))
        rows = self._titles[model]
        for key in (_key_text, fold):
            wanted = key(title)
            pks = {pk for pk, vi, en in rows if wanted in (key(vi or ""), key(en or ""))}
            if len(pks) > 1:
                raise ValueError(several % {"value": title})
            if pks:
                return model.objects.get(pk=pks.pop())
        raise ValueError(none % {"value": title})

    def producer(self, title):
        return self._pages(
            ProducerPage,
            title,
            _("Several producers are called '%(value)s'."),
            _("No producer is called '%(value)s'."),
        )

    def product(self, title):
        return self._pages(
            ProductPage,
            title,
            _("Several products are called '%(value)s'."),
            _("No product is called '%(value)s'."),
        )

    def growing_area(self, code):
        area = GrowingArea.objects.filter(code_compact=compact_code(code)).first()
        if area is None:
            raise ValueError(_("No growing area has the code '%(value)s'.") % {"value": code})
        return area

    def part(self, code):
        part = self.parts.get(code.lower())
        if part is None:
            raise ValueError(
                _("Unknown part '%(value)s'; known: %(known)s.")
                % {"value": code, "known": ", ".join(sorted(self.parts))}
            )
        return part


class Cells:
    """One row's cells, read into values; each problem becomes a ``RowError``."""

    def __init__(self, number, row, lookups):
        self.number, self.row, self.lookups = number, row, lookups
        self.errors = formula_errors(number, row)

    def error(self, column, message):
        self.errors.append(RowError(self.number, column, str(message)))

    def has(self, column):
        return column in self.row

    def text(self, column, required=False):
        value = self.row.get(column, "")
        if required and not value:
            self.error(column, _("This column is required."))
        return value

    def _read(self, column, convert, required=False):
        value = self.text(column, required)
        if not value:
            return None
        try:
            return convert(value)
        except ValueError as exc:
            self.error(column, exc)
            return None

    def decimal(self, column, required=False):
        def convert(value):
            cleaned = value.replace(" ", "")
            if "," in cleaned and "." not in cleaned:
                cleaned = cleaned.replace(",", ".")  # the Vietnamese decimal comma
            try:
                number = Decimal(cleaned)
            except InvalidOperation:
                number = None
            if number is None or not number.is_finite():
                raise ValueError(_("'%(value)s' is not a number.") % {"value": value})
            return number

        return self._read(column, convert, required)

    def integer(self, column, required=False):
        def convert(value):
            number = self.decimal_of(value)
            if number is None or number != number.to_integral_value():
                raise ValueError(_("'%(value)s' is not a whole number.") % {"value": value})
            if abs(number) > 2_000_000_000:
                raise ValueError(_("'%(value)s' is too large.") % {"value": value})
            return int(number)

        return self._read(column, convert, required)

    @staticmethod
    def decimal_of(value):
        cleaned = value.replace("\u00a0", " ").strip()
        if THOUSANDS.match(cleaned):
            cleaned = re.sub(r"[., ]", "", cleaned)  # 1.250.000 as Vietnamese write it
        try:
            number = Decimal(cleaned)
        except InvalidOperation:
            return None
        return number if number.is_finite() else None

    def date(self, column, required=False):
        def convert(value):
            text = value[:10] if re.match(r"^\d{4}-\d{2}-\d{2}[ T]00:00:00$", value) else value
            for pattern in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
                try:
                    return datetime.datetime.strptime(text, pattern).date()
                except ValueError:
                    continue
            raise ValueError(
                _("'%(value)s' is not a date; write it as 2025-10-02 or 02/10/2025.")
                % {"value": value}
            )

        return self._read(column, convert, required)

    def boolean(self, column):
        value = self.text(column).casefold()
        if value in YES:
            return True
        if value in NO:
            return False
        self.error(column, _("'%(value)s' is not yes or no.") % {"value": self.row[column]})
        return False

    def choice(self, column, choices, required=False):
        def convert(value):
            wanted = fold(value).replace(" ", "-")
            for code, label in choices.choices:
                if wanted in (code, fold(str(label)).replace(" ", "-")):
                    return code
            raise ValueError(
                _("'%(value)s' is not one of: %(allowed)s.")
                % {"value": value, "allowed": ", ".join(choices.values)}
            )

        return self._read(column, convert, required)

    def species(self, column="species", required=False):
        return self._read(column, self.lookups.species, required)

    def commune(self, province=None):
        """The commune of ``commune``/``commune_code`` (in ``province`` when given)."""
        name, code = self.text("commune"), self.text("commune_code")
        if not name and not code:
            return None
        try:
            return self.lookups.commune(name, province, code)
        except ValueError as exc:
            self.error("commune_code" if code else "commune", exc)
            return None

    def producer(self, column="producer"):
        return self._read(column, self.lookups.producer)


COMPACT_AREA_CODE = re.compile(r"^VN(\d{2})(\d{3})(\d{5})(\d{1,4})(\d{2})$")


def dashed_code(value):
    """A growing-area code typed without its dashes, with them again: the parts have fixed
    lengths but the facility's, which takes what is left (VN1210503430001 24 ->
    VN-12-105-03430-001-24). Any other text is left for the model's check to refuse."""
    match = COMPACT_AREA_CODE.match(compact_code(value))
    return "-".join(["VN", *match.groups()]) if match else value


def _key_text(value):
    """A name as compared: spaces collapsed, case folded, diacritics composed alike (a
    sheet may carry decomposed ones), kept: "Sâm" and "Sam" stay two names."""
    return unicodedata.normalize("NFC", " ".join(str(value).split())).casefold()


def _validate(obj, cells, columns_of, exclude=(), key_column=None):
    """``obj.full_clean()``, its messages put on the sheet's columns."""
    try:
        obj.full_clean(exclude=list(exclude))
    except ValidationError as exc:
        for name, messages in exc.message_dict.items():
            # A rule of several fields, or of a field the sheet has no column for (the
            # slug, a constraint), is shown on the column that names the record.
            column = columns_of.get(name, key_column)
            for message in messages:
                cells.error(column, message)


def _snapshot(obj, names):
    return {n: _comparable(obj, n) for n in names}


def _comparable(obj, name):
    model_field = obj._meta.get_field(name)
    if model_field.many_to_many:
        return sorted(o.pk for o in getattr(obj, name).all()) if obj.pk else []
    return getattr(obj, model_field.attname)


def _changed(obj, before):
    return [name for name, value in before.items() if _comparable(obj, name) != value]


# -- the kinds ------------------------------------------------------------------------


class Kind:
    """One sheet kind: its columns, how a row becomes a change, and who may import it."""

    name = ""
    label = ""
    model = None
    columns = ()

    @property
    def required(self):
        return [c.name for c in self.columns if c.required]

    @property
    def column_names(self):
        return [c.name for c in self.columns]

    def permitted(self, user):
        """Whether ``user`` may add and change what this kind imports."""
        meta = self.model._meta
        return user.has_perm(f"{meta.app_label}.add_{meta.model_name}") and user.has_perm(
            f"{meta.app_label}.change_{meta.model_name}"
        )

    def plan(self, rows, lookups):
        """[Change] and [RowError] for the rows; nothing is written."""
        raise NotImplementedError


class SnippetKind(Kind):
    """A kind whose records are plain models: each row creates or updates one."""

    columns_of = {}
    key_column = ""

    def find(self, values):
        raise NotImplementedError

    def values(self, cells):
        """{model field: value} of the row's columns present in the sheet."""
        raise NotImplementedError

    def plan(self, rows, lookups):
        changes, errors, seen = [], [], {}
        for number, row in rows:
            if len(errors) >= MAX_ERRORS:
                break  # more would only bury the first ones
            cells = Cells(number, row, lookups)
            values = self.values(cells)
            if cells.errors:
                errors += cells.errors
                continue
            existing = self.find(values)
            obj = existing or self.model()
            before = _snapshot(obj, values)
            for name, value in values.items():
                setattr(obj, name, value)
            _validate(obj, cells, self.columns_of, key_column=self.key_column)
            key = self.identity(obj)
            if key in seen and not cells.errors:
                cells.error(
                    self.key_column, _("the same record as row %(row)s.") % {"row": seen[key]}
                )
            seen.setdefault(key, number)
            if cells.errors:
                errors += cells.errors
                continue
            changed = _changed(obj, before) if existing else []
            action = CREATE if not existing else (UPDATE if changed else UNCHANGED)
            changes.append(
                Change(
                    number,
                    action,
                    str(obj),
                    [self.column_for(n) for n in changed],
                    (lambda context, obj=obj: obj.save()) if action != UNCHANGED else None,
                    obj,
                )
            )
        return changes, errors

    def identity(self, obj):
        raise NotImplementedError

    def column_for(self, name):
        return {v: k for k, v in self.columns_of.items()}.get(name, name)


PROVINCE_HELP = gettext_lazy("Lai Châu or Lào Cai (or lai-chau, lao-cai).")
COMMUNE_COLUMNS = (
    Column("commune", gettext_lazy("The commune's name, as in the Communes list."), "Khun Há"),
    Column("province", PROVINCE_HELP, "Lai Châu"),
    Column(
        "commune_code",
        gettext_lazy("Or the commune's official code instead of its name."),
        "03430",
    ),
)
SPECIES_HELP = gettext_lazy("Scientific name (genus epithet) or Vietnamese name.")
SAMPLE_COLUMN = Column(
    "is_sample",
    gettext_lazy("yes for sample data, not real: shown as such to visitors."),
    "no",
)


def _province(cells, column="province", required=False):
    return cells.choice(column, Province, required)


class GrowingAreaSheet(SnippetKind):
    name = "growing-areas"
    label = gettext_lazy("growing areas")
    model = GrowingArea
    key_column = "code"
    columns = (
        Column(
            "code",
            gettext_lazy("The growing-area code, with or without dashes; empty while planned."),
            "VN-12-105-03430-001-24",
        ),
        Column("name", gettext_lazy("The area's name."), "Khun Há plot 1", True),
        Column("species", SPECIES_HELP, "Panax vietnamensis", True),
        Column("producer", gettext_lazy("The producer's title."), "HTX Sâm Khun Há"),
        *COMMUNE_COLUMNS,
        Column("area_ha", gettext_lazy("Area in hectares."), "2.5", True),
        Column("under_canopy", gettext_lazy("yes or no."), "yes"),
        Column(
            "forest_type",
            gettext_lazy("special-use, protection or production."),
            "protection",
        ),
        Column(
            "status",
            gettext_lazy("planned, registered, granted or revoked."),
            "granted",
        ),
        Column("planting_year", gettext_lazy("The year planted."), "2020"),
        Column("latitude", gettext_lazy("Decimal degrees."), ""),
        Column("longitude", gettext_lazy("Decimal degrees."), ""),
        Column("hide_exact_location", gettext_lazy("yes to publish only the commune."), ""),
        Column("source", gettext_lazy("Where these facts come from."), ""),
        SAMPLE_COLUMN,
    )
    columns_of = {
        "code": "code",
        "name": "name",
        "species": "species",
        "producer": "producer",
        "commune": "commune",
        "area_ha": "area_ha",
        "under_canopy": "under_canopy",
        "forest_type": "forest_type",
        "status": "status",
        "planting_year": "planting_year",
        "latitude": "latitude",
        "longitude": "longitude",
        "hide_exact_location": "hide_exact_location",
        "source": "source",
        "is_sample": "is_sample",
    }

    def values(self, cells):
        values = {
            "name": cells.text("name", required=True),
            "species": cells.species(required=True),
            "area_ha": cells.decimal("area_ha", required=True),
        }
        if cells.has("code"):
            values["code"] = dashed_code(cells.text("code"))
        if cells.has("producer"):
            values["producer"] = cells.producer()
        if cells.has("commune") or cells.has("commune_code"):
            values["commune"] = cells.commune(_province(cells))
        for column in ("under_canopy", "hide_exact_location", "is_sample"):
            if cells.has(column):
                values[column] = cells.boolean(column)
        if cells.has("forest_type"):
            values["forest_type"] = cells.choice("forest_type", ForestType) or ""
        if cells.has("status"):
            values["status"] = cells.choice("status", AreaStatus) or AreaStatus.PLANNED
        if cells.has("planting_year"):
            values["planting_year"] = cells.integer("planting_year")
        for column in ("latitude", "longitude"):
            if cells.has(column):
                values[column] = cells.decimal(column)
        if cells.has("source"):
            values["source"] = cells.text("source")
        return values

    def find(self, values):
        if values.get("code"):
            return GrowingArea.objects.filter(code_compact=compact_code(values["code"])).first()
        return GrowingArea.objects.filter(
            code="", name=values["name"], species=values["species"]
        ).first()

    def identity(self, obj):
        return ("code", obj.code) if obj.code else ("name", _key_text(obj.name), obj.species_id)


class ProductionSheet(SnippetKind):
    name = "production"
    label = gettext_lazy("production figures")
    model = ProductionFigure
    key_column = "year"
    columns = (
        Column("species", SPECIES_HELP, "Panax vietnamensis", True),
        Column("province", PROVINCE_HELP, "Lai Châu", True),
        Column(
            "commune",
            gettext_lazy("Empty for the whole province."),
            "",
        ),
        Column(
            "commune_code",
            gettext_lazy("Or the commune's official code instead of its name."),
            "",
        ),
        Column("year", gettext_lazy("The year of the figures."), "2024", True),
        Column("area_planted_ha", gettext_lazy("Hectares planted."), "120"),
        Column("area_harvested_ha", gettext_lazy("Hectares harvested."), ""),
        Column("output_tonnes", gettext_lazy("Output in tonnes."), ""),
        Column("value_billion_vnd", gettext_lazy("Value in billion VND."), ""),
        Column("source", gettext_lazy("Where the figures come from."), "", True),
        SAMPLE_COLUMN,
    )
    columns_of = {
        "species": "species",
        "province": "province",
        "commune": "commune",
        "year": "year",
        "area_planted_ha": "area_planted_ha",
        "area_harvested_ha": "area_harvested_ha",
        "output_tonnes": "output_tonnes",
        "value_billion_vnd": "value_billion_vnd",
        "source": "source",
        "is_sample": "is_sample",
    }

    def values(self, cells):
        province = _province(cells, required=True)
        values = {
            "species": cells.species(required=True),
            "province": province,
            "commune": cells.commune(province),
            "year": cells.integer("year", required=True),
            "source": cells.text("source", required=True),
        }
        for column in ("area_planted_ha", "area_harvested_ha", "output_tonnes"):
            if cells.has(column):
                values[column] = cells.decimal(column)
        if cells.has("value_billion_vnd"):
            values["value_billion_vnd"] = cells.decimal("value_billion_vnd")
        if cells.has("is_sample"):
            values["is_sample"] = cells.boolean("is_sample")
        return values

    def find(self, values):
        return ProductionFigure.objects.filter(
            species=values["species"],
            province=values["province"],
            commune=values["commune"],
            year=values["year"],
        ).first()

    def identity(self, obj):
        return (obj.species_id, obj.province, obj.commune_id, obj.year)


class PriceSheet(SnippetKind):
    name = "prices"
    label = gettext_lazy("market prices")
    model = MarketPrice
    key_column = "date"
    columns = (
        Column("species", SPECIES_HELP, "Panax vietnamensis", True),
        Column("part", gettext_lazy("The part's code, e.g. root, rhizome, leaf."), "root"),
        Column("form", gettext_lazy("fresh, dried or processed."), "fresh", True),
        Column("market", gettext_lazy("The market or trader."), "Chợ Tam Đường", True),
        Column("date", gettext_lazy("The day of the price."), "2025-10-02", True),
        Column(
            "price_vnd_per_kg",
            gettext_lazy("Price in VND per kg, a whole number."),
            "185000",
            True,
        ),
        Column("source", gettext_lazy("Where the price comes from."), "", True),
        SAMPLE_COLUMN,
    )
    columns_of = {
        "species": "species",
        "part": "part",
        "form": "form",
        "market": "market",
        "date": "date",
        "price_vnd_per_kg": "price_vnd_per_kg",
        "source": "source",
        "is_sample": "is_sample",
    }

    def values(self, cells):
        values = {
            "species": cells.species(required=True),
            "part": cells._read("part", cells.lookups.part),
            "form": cells.choice("form", Form, required=True),
            "market": " ".join(cells.text("market", required=True).split()),
            "date": cells.date("date", required=True),
            "price_vnd_per_kg": cells.integer("price_vnd_per_kg", required=True),
            "source": cells.text("source", required=True),
        }
        if cells.has("is_sample"):
            values["is_sample"] = cells.boolean("is_sample")
        return values

    def find(self, values):
        return MarketPrice.objects.filter(
            species=values["species"],
            part=values["part"],
            form=values["form"],
            market=values["market"],
            date=values["date"],
        ).first()

    def identity(self, obj):
        return (obj.species_id, obj.part_id, obj.form, _key_text(obj.market), obj.date)


# -- pages ----------------------------------------------------------------------------

# Page fields a sheet never sets: Wagtail fills them when the page is added.
PAGE_EXCLUDE = [
    "path",
    "depth",
    "numchild",
    "url_path",
    "content_type",
    "locale",
    "translation_key",
    "draft_title",
    "live_revision",
    "latest_revision",
]


@dataclass
class Context:
    """What writing a page needs: its parent, the user, and whether to publish."""

    parent: Page
    user: object = None
    publish: bool = True


def _write_page(context, page, created, titles, slugs):
    """Add ``page`` under the index (or revise it) and publish, or leave a draft."""
    if created:
        set_translated(page, "title", titles)
        set_translated(page, "slug", slugs)
        page.live = context.publish
        context.parent.add_child(instance=page)
    revision = page.save_revision(user=context.user)
    if context.publish:
        revision.publish(user=context.user)


class PageKind(Kind):
    """A kind whose records are pages under an index page; rows revise them."""

    index_model = None
    title_column = "title"

    def index(self):
        index = self.index_model.objects.first()
        if index is None:
            raise ImportFileError(
                _("There is no %(index)s page yet: add it in the admin (or run load_demo).")
                % {"index": self.index_model._meta.verbose_name}
            )
        return index

    def permitted(self, user):
        index = self.index_model.objects.first()
        return bool(index and index.permissions_for_user(user).can_add_subpage())

    def may_publish(self, user):
        """Whether ``user``'s import publishes, or leaves drafts for review."""
        index = self.index_model.objects.first()
        return bool(index and index.permissions_for_user(user).can_publish_subpage())

    def free_slugs(self, parent, page, titles, planned):
        """{language: slug} from the titles, numbered where a sibling or an earlier row
        of the sheet already shows it (Wagtail refuses a slug twice under one parent)."""
        slugs = {lang: ascii_slug(text) for lang, text in titles.items() if text}
        siblings = Page.objects.child_of(parent)
        if page.pk:
            siblings = siblings.exclude(pk=page.pk)
        for lang, slug in list(slugs.items()):
            candidate, n = slug or "page", 1
            while (lang, candidate) in planned or clashing_languages(siblings, {lang: candidate}):
                n += 1
                candidate = f"{slug}-{n}"
            slugs[lang] = candidate
            planned.add((lang, candidate))
        return slugs

    def check_page(self, page, cells, columns_of, key_column):
        # Page.clean() looks up the parent to check the slug, and a page not yet added
        # has none: free_slugs has checked the slug against the siblings already.
        page._check_slug_is_unique = lambda: None
        _validate(page, cells, columns_of, exclude=PAGE_EXCLUDE, key_column=key_column)
        del page._check_slug_is_unique


class ProducerSheet(PageKind):
    name = "producers"
    label = gettext_lazy("producers")
    model = ProducerPage
    index_model = ProducerIndexPage
    columns = (
        Column(
            "title", gettext_lazy("The producer's name in Vietnamese."), "HTX Sâm Khun Há", True
        ),
        Column("title_en", gettext_lazy("Its name in English."), "Khun Há Ginseng Cooperative"),
        Column(
            "kind",
            gettext_lazy(
                "enterprise, cooperative, cooperative-group, household-group, seedling or "
                "processing."
            ),
            "cooperative",
            True,
        ),
        Column("facility_code", gettext_lazy("For seedling and processing facilities."), ""),
        *COMMUNE_COLUMNS,
        Column(
            "species",
            gettext_lazy("The species grown or processed, separated by ';'."),
            "Panax vietnamensis",
        ),
        Column("address", gettext_lazy("Public address."), ""),
        Column("contact_phone", gettext_lazy("Public phone."), ""),
        Column("contact_email", gettext_lazy("Public e-mail."), ""),
        Column("website", gettext_lazy("Website."), ""),
        Column("source", gettext_lazy("Where these facts come from."), ""),
        SAMPLE_COLUMN,
    )
    columns_of = {
        "title": "title",
        "kind": "kind",
        "facility_code": "facility_code",
        "commune": "commune",
        "species": "species",
        "address": "address",
        "contact_phone": "contact_phone",
        "contact_email": "contact_email",
        "website": "website",
        "source": "source",
        "is_sample": "is_sample",
    }

    def plan(self, rows, lookups):
        parent = self.index()
        changes, errors, seen, planned = [], [], {}, set()
        by_title = {
            _key_text(vi or ""): pk for pk, vi in ProducerPage.objects.values_list("pk", "title_vi")
        }
        for number, row in rows:
            if len(errors) >= MAX_ERRORS:
                break  # more would only bury the first ones
            cells = Cells(number, row, lookups)
            title = " ".join(cells.text("title", required=True).split())
            values = {"kind": cells.choice("kind", ProducerKind, required=True)}
            for column in (
                "facility_code",
                "address",
                "contact_phone",
                "contact_email",
                "website",
                "source",
            ):
                if cells.has(column):
                    values[column] = cells.text(column)
            if cells.has("commune") or cells.has("commune_code"):
                values["commune"] = cells.commune(_province(cells))
            if cells.has("is_sample"):
                values["is_sample"] = cells.boolean("is_sample")
            species = None
            if cells.has("species"):
                species = []
                for item in [s.strip() for s in cells.text("species").split(";") if s.strip()]:
                    try:
                        species.append(lookups.species(item))
                    except ValueError as exc:
                        cells.error("species", exc)
            if title and _key_text(title) in seen:
                cells.error(
                    "title",
                    _("the same producer as row %(row)s.") % {"row": seen[_key_text(title)]},
                )
            seen.setdefault(_key_text(title), number)
            if cells.errors:
                errors += cells.errors
                continue
            pk = by_title.get(_key_text(title))
            existing = ProducerPage.objects.get(pk=pk) if pk else None
            page = existing.get_latest_revision_as_object() if existing else ProducerPage()
            before = _snapshot(page, [*values, *(["species"] if species is not None else [])])
            before_titles = (page.title_vi, page.title_en)
            titles = {"vi": title, "en": cells.text("title_en") if cells.has("title_en") else ""}
            if existing:
                if not cells.has("title_en"):
                    titles["en"] = page.title_en or ""
                _set_titles(page, titles)
            else:
                set_translated(page, "title", titles)
                set_translated(page, "slug", self.free_slugs(parent, page, titles, planned))
            for name, value in values.items():
                setattr(page, name, value)
            if species is not None:
                page.species = species
            self.check_page(page, cells, self.columns_of, "title")
            if cells.errors:
                errors += cells.errors
                continue
            changed = [self.column_for(n) for n in _changed(page, before)] if existing else []
            if existing and (page.title_vi, page.title_en) != before_titles:
                changed.insert(0, "title")
            action = CREATE if not existing else (UPDATE if changed else UNCHANGED)
            slugs = {lang: getattr(page, f"slug_{lang}", "") for lang in ("vi", "en")}
            changes.append(
                Change(
                    number,
                    action,
                    title,
                    changed,
                    None
                    if action == UNCHANGED
                    else (
                        lambda context, page=page, created=not existing, t=titles, s=slugs: (
                            _write_page(context, page, created, t, s)
                        )
                    ),
                    page,
                )
            )
        return changes, errors

    def column_for(self, name):
        return name


def _titles_of(page):
    return {"vi": page.title_vi or "", "en": page.title_en or ""}


def _set_titles(page, titles):
    """Set the Vietnamese and English titles of a page that has them, leaving its titles
    in other languages as they are."""
    for language, text in titles.items():
        setattr(page, f"title_{language}", text)
    # Through modeltranslation the plain field writes the active language's column.
    with translation.override(settings.MODELTRANSLATION_DEFAULT_LANGUAGE):
        page.title = page.title_vi


BATCH_COLUMNS = (
    "title",
    "title_en",
    "species",
    "part",
    "growing_area",
    "producer",
    "product",
    "cultivation_protocol",
    "harvest_date",
    "quantity_kg",
    "gtin",
    "recalled",
    "recall_reason",
    "is_sample",
)
STEP_COLUMNS = ("step_kind", "step_date", "step_facility", "step_note")


class BatchSheet(PageKind):
    name = "batches"
    label = gettext_lazy("batches")
    model = BatchPage
    index_model = BatchIndexPage
    columns = (
        Column(
            "batch_code", gettext_lazy("The batch code printed on the label."), "SLC-2025-001", True
        ),
        Column("title", gettext_lazy("The page's title in Vietnamese; the code by default."), ""),
        Column("title_en", gettext_lazy("Its title in English."), ""),
        Column("species", SPECIES_HELP, "Panax vietnamensis"),
        Column("part", gettext_lazy("The part's code, e.g. root."), "root"),
        Column("growing_area", gettext_lazy("The growing-area code."), "VN-12-105-03430-001-24"),
        Column("producer", gettext_lazy("The producer's title."), "HTX Sâm Khun Há"),
        Column("product", gettext_lazy("The product's title."), ""),
        Column("cultivation_protocol", gettext_lazy("How it was grown."), ""),
        Column("harvest_date", gettext_lazy("The day of harvest."), "2025-10-02"),
        Column("quantity_kg", gettext_lazy("Quantity in kg."), "40"),
        Column("gtin", gettext_lazy("The product's barcode (GTIN)."), ""),
        Column("recalled", gettext_lazy("yes if the batch was recalled."), "no"),
        Column("recall_reason", gettext_lazy("Why it was recalled."), ""),
        SAMPLE_COLUMN,
        Column(
            "step_kind",
            gettext_lazy(
                "A step: seedling, planting, harvest, primary, processing, packaging or "
                "shipping. One row per step."
            ),
            "harvest",
        ),
        Column("step_date", gettext_lazy("The step's date."), "2025-10-02"),
        Column("step_facility", gettext_lazy("The producer who did it (title)."), ""),
        Column("step_note", gettext_lazy("What was done."), ""),
    )
    columns_of = {
        "batch_code": "batch_code",
        "title": "title",
        "species": "species",
        "part": "part",
        "growing_area": "growing_area",
        "producer": "producer",
        "product": "product",
        "cultivation_protocol": "cultivation_protocol",
        "harvest_date": "harvest_date",
        "quantity_kg": "quantity_kg",
        "gtin": "gtin",
        "recalled": "recalled",
        "recall_reason": "recall_reason",
        "is_sample": "is_sample",
    }

    def batch_values(self, cells):
        values = {}
        readers = {
            "species": lambda: cells.species(),
            "part": lambda: cells._read("part", cells.lookups.part),
            "growing_area": lambda: cells._read("growing_area", cells.lookups.growing_area),
            "producer": lambda: cells.producer(),
            "product": lambda: cells._read("product", cells.lookups.product),
            "cultivation_protocol": lambda: cells.text("cultivation_protocol"),
            "harvest_date": lambda: cells.date("harvest_date"),
            "quantity_kg": lambda: cells.decimal("quantity_kg"),
            "gtin": lambda: cells.text("gtin"),
            "recalled": lambda: cells.boolean("recalled"),
            "recall_reason": lambda: cells.text("recall_reason"),
            "is_sample": lambda: cells.boolean("is_sample"),
        }
        for column, read in readers.items():
            if cells.has(column):
                values[column] = read()
        return values

    def step(self, cells):
        if not any(cells.text(c) for c in STEP_COLUMNS):
            return None
        known = len(cells.errors)
        step = BatchStep(
            kind=cells.choice("step_kind", StepKind, required=True) or "",
            date=cells.date("step_date", required=True),
            facility=cells.producer("step_facility") if cells.text("step_facility") else None,
            note=cells.text("step_note"),
        )
        if len(cells.errors) > known:
            return step  # the model's checks would only repeat what was said
        try:
            step.full_clean(exclude=["page", "sort_order"])
        except ValidationError as exc:
            for name, messages in exc.message_dict.items():
                for message in messages:
                    cells.error(f"step_{name}" if name != "facility" else "step_facility", message)
        return step

    def plan(self, rows, lookups):
        parent = self.index()
        groups, order, errors = {}, [], []
        # First gather the rows of each batch (one row a step), then check each batch.
        for number, row in rows:
            if len(errors) >= MAX_ERRORS:
                break  # more would only bury the first ones
            cells = Cells(number, row, lookups)
            code = cells.text("batch_code", required=True)
            key = compact_code(code)
            step = self.step(cells)
            if key in groups:
                first = groups[key]
                for column in BATCH_COLUMNS:
                    value = cells.text(column)
                    if value and value != first["cells"].text(column):
                        cells.error(
                            column,
                            _(
                                "'%(value)s' differs from row %(row)s of the same batch; "
                                "leave it empty on the batch's later rows."
                            )
                            % {"value": value, "row": first["cells"].number},
                        )
                if step is not None:
                    first["steps"].append(step)
                errors += cells.errors
            else:
                values = self.batch_values(cells)
                groups[key] = {"cells": cells, "code": code, "values": values, "steps": []}
                if step is not None:
                    groups[key]["steps"].append(step)
                order.append(key)
            if len(errors) >= MAX_ERRORS:
                break
        changes, planned = [], set()
        with_steps = any(c in STEP_COLUMNS for c in self._header(groups))
        for key in order:
            group = groups[key]
            cells = group["cells"]
            if cells.errors or not key:
                errors += cells.errors
                continue
            existing = BatchPage.objects.filter(batch_code_compact=key).first()
            page = existing.get_latest_revision_as_object() if existing else BatchPage()
            values = {"batch_code": group["code"], **group["values"]}
            before = _snapshot(page, values)
            before_titles = _titles_of(page)
            before_steps = _steps_of(page)
            titles = _titles_of(page) if existing else {}
            code = normalise_code(group["code"])
            if not existing:
                titles = default_batch_titles(code)
            if cells.text("title"):
                titles["vi"] = cells.text("title")
            if cells.has("title_en"):
                titles["en"] = cells.text("title_en") or titles.get("en", "")
            for name, value in values.items():
                setattr(page, name, value)
            if existing:
                _set_titles(page, titles)
            else:
                set_translated(page, "title", titles)
            if not existing:
                set_translated(
                    page, "slug", self.free_slugs(parent, page, {"vi": key.lower()}, planned)
                )
            if with_steps:
                page.steps = group["steps"]
            self.check_page(page, cells, self.columns_of, "batch_code")
            if not existing and BatchPage.objects.filter(batch_code_compact=key).exists():
                cells.error("batch_code", _("This batch code is taken."))
            if cells.errors:
                errors += cells.errors
                continue
            changed = []
            if existing:
                changed = _changed(page, before)
                if _titles_of(page) != before_titles:
                    changed.insert(0, "title")
                if with_steps and _steps_of(page) != before_steps:
                    changed.append("steps")
            action = CREATE if not existing else (UPDATE if changed else UNCHANGED)
            slugs = {"vi": getattr(page, "slug_vi", "")}
            changes.append(
                Change(
                    cells.number,
                    action,
                    page.batch_code,
                    changed,
                    None
                    if action == UNCHANGED
                    else (
                        lambda context, page=page, created=not existing, t=titles, s=slugs: (
                            _write_page(context, page, created, t, s)
                        )
                    ),
                    page,
                )
            )
        errors.sort(key=lambda e: e.row)
        return changes, errors[:MAX_ERRORS]

    @staticmethod
    def _header(groups):
        for group in groups.values():
            return list(group["cells"].row)
        return []


def default_batch_titles(code):
    """A new batch's titles when the sheet gives none: "Batch <code>" in each language."""
    titles = {}
    for language in ("vi", "en"):
        with translation.override(language):
            titles[language] = _("Batch %(code)s") % {"code": code}
    return titles


def _steps_of(page):
    return [(s.kind, s.date, s.facility_id, s.note) for s in page.steps.all()]


KINDS = {
    kind.name: kind
    for kind in (GrowingAreaSheet(), ProducerSheet(), ProductionSheet(), PriceSheet(), BatchSheet())
}


# -- checking and writing a file ------------------------------------------------------


def check_file(kind, path):
    """Check a sheet of ``kind`` without writing: a ``Plan`` of its changes or errors.

    Raises ``ImportFileError`` for a file that cannot be read as a whole.
    """
    kind = KINDS[kind]
    lookups = Lookups()
    rows = read_rows(path, kind.required, kind.column_names)
    try:
        changes, errors = kind.plan(rows, lookups)
    finally:
        rows.close()  # a spreadsheet left half-read keeps its file open
    plan = Plan(kind.name, changes, errors[:MAX_ERRORS])
    if not errors and not changes:
        raise ImportFileError(_("The file has a header but no rows: nothing to import."))
    return plan


def apply(plan, user=None, publish=True, progress=None):
    """Write a checked ``Plan`` in one transaction; returns {action: count}.

    ``progress`` wraps the changes (the command's progress bar). A write the checks
    could not foresee (a record added meanwhile) fails the whole import with its row.
    """
    kind = KINDS[plan.kind]
    context = Context(
        parent=kind.index() if isinstance(kind, PageKind) else None, user=user, publish=publish
    )
    changes = [c for c in plan.changes if c.write is not None]
    if progress is not None:
        changes = progress(changes)
    with transaction.atomic(), deferred_indexing(), one_invalidation():
        for change in changes:
            try:
                change.write(context)
            except (ValidationError, IntegrityError) as exc:
                messages = getattr(exc, "messages", None) or [str(exc)]
                raise ImportFileError(
                    str(RowError(change.row, kind.columns[0].name, " ".join(messages)))
                ) from exc
    return plan.counts


def template_csv(kind):
    """A CSV of ``kind``'s columns with one example row, for curators to fill in."""
    kind = KINDS[kind]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(kind.column_names)
    writer.writerow([c.example for c in kind.columns])
    return buffer.getvalue()
