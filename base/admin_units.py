"""Provinces and communes as the state defines them, from two maintained packages.

The site types no commune by hand. ``vietnam-provinces`` holds the provinces and
communes after the July 2025 reform with their official codes (General Statistics
Office); ``vietnamadminunits`` holds the centre point of each commune and converts a
pre-2025 address (commune, district, province) to today's commune. The literature
names places the old way ("xã Nậm Đét, huyện Bắc Hà"), so the conversion is what lets
a curator enter a place as the source gives it.

The two packages disagree on the code of a few communes (six in Lào Cai in
vietnam-provinces 2025.10.1 and vietnamadminunits 1.0.4): the code always comes from
vietnam-provinces, and a centre is matched by code, else by the commune's name within
its province.
"""

import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version

from django.utils.translation import gettext as _
from vietnam_provinces import Province as OfficialProvince
from vietnam_provinces import ProvinceCode, Ward, WardCode

from base.models.places import Province

# vietnamadminunits is imported where it is used: importing it reads its address
# tables (most of a second), which no web process needs.

# The official province code of each province the site records (vietnam-provinces).
OFFICIAL_CODES = {Province.LAI_CHAU.value: "12", Province.LAO_CAI.value: "15"}
SITE_PROVINCES = {code: province for province, code in OFFICIAL_CODES.items()}
# Commune centres are stored to 5 decimals (about a metre); the package gives 4.
_PLACES = Decimal("0.00001")


def official_code(province):
    """The official code ('12') of a site province ('lai-chau'), or None for the others."""
    return OFFICIAL_CODES.get(str(province or ""))


def site_province(code):
    """The site's province for an official province code: 'lai-chau' for '12', 'lao-cai'
    for '15', 'vietnam' (elsewhere in Vietnam) for any other province, None for no code."""
    code = str(code or "").strip()
    if not code.isdigit():
        return None
    code = code.zfill(2)
    return SITE_PROVINCES.get(code, Province.ELSEWHERE_VN.value)


def package_versions():
    """{'vietnam-provinces': '2025.10.1', 'vietnamadminunits': '1.0.4'}: what the data is."""
    found = {}
    for name in ("vietnam-provinces", "vietnamadminunits"):
        try:
            found[name] = version(name)
        except PackageNotFoundError:  # pragma: no cover - both are requirements
            found[name] = "?"
    return found


def position_source():
    """What a commune loaded from the packages says in its 'where the position comes from'."""
    v = package_versions()
    return (
        f"Commune centre: vietnamadminunits {v['vietnamadminunits']}; "
        f"official code: vietnam-provinces {v['vietnam-provinces']}"
    )


def _key(text):
    """A name compared without case, accents or spaces ('Khun Há' == 'khun ha')."""
    text = unicodedata.normalize("NFKD", str(text or ""))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return "".join(text.replace("đ", "d").replace("Đ", "d").casefold().split())


def _decimal(value):
    if value is None:
        return None
    return Decimal(str(value)).quantize(_PLACES)


@dataclass(frozen=True)
class CommuneUnit:
    """A commune (xã), ward (phường) or special zone as it stands after July 2025."""

    name: str  # without its prefix, as the site writes it: "Khun Há"
    full_name: str  # "Xã Khun Há"
    division: str  # "xã", "phường", "đặc khu"
    code: str  # five digits: "03430"
    province: str  # the site's province: "lai-chau"
    province_code: str  # "12"
    latitude: Decimal | None
    longitude: Decimal | None

    @property
    def has_centre(self):
        return self.latitude is not None and self.longitude is not None


def _short_name(name, division):
    """'Xã Khun Há' -> 'Khun Há' (the prefix is the division type the package gives)."""
    name = unicodedata.normalize("NFC", name).strip()
    prefix = unicodedata.normalize("NFC", division)
    if name.casefold().startswith(prefix.casefold() + " "):
        return name[len(prefix) :].strip()
    return name


@lru_cache(maxsize=1)
def _centres():
    """({code: (lat, lon)}, {(province code, name key): (lat, lon)}) from vietnamadminunits."""
    from vietnamadminunits.database import get_data

    by_code, by_name = {}, {}
    rows = get_data(fields=["provinceCode", "ward", "wardCode", "wardLat", "wardLon"])
    for row in rows:
        if row["wardLat"] is None or row["wardLon"] is None:
            continue
        point = (_decimal(row["wardLat"]), _decimal(row["wardLon"]))
        by_code[row["wardCode"]] = point
        by_name[(row["provinceCode"], _key(row["ward"]))] = point
    return by_code, by_name


@lru_cache(maxsize=64)
def _communes_of(province_code):
    try:
        member = ProvinceCode(int(province_code))
    except ValueError:
        return ()
    by_code, by_name = _centres()
    units = []
    for ward in Ward.iter_by_province(member):
        code = f"{ward.code.value:05d}"
        division = ward.division_type.value
        point = by_code.get(code) or by_name.get((province_code, _key(ward.name)))
        units.append(
            CommuneUnit(
                name=_short_name(ward.name, division),
                full_name=ward.name,
                division=division,
                code=code,
                province=site_province(province_code),
                province_code=province_code,
                latitude=point[0] if point else None,
                longitude=point[1] if point else None,
            )
        )
    return tuple(sorted(units, key=lambda u: u.code))


def communes(province):
    """Today's communes of a site province ('lai-chau') or an official code ('12'), each
    with its official code and centre, ordered by code; empty for an unknown province."""
    code = official_code(province) or str(province or "")
    if not code.isdigit():
        return []
    return list(_communes_of(code.zfill(2)))


def commune_by_code(code):
    """Today's commune with official code ``code`` ('03430'), or None."""
    code = str(code or "").strip()
    if not code.isdigit():
        return None
    code = code.zfill(5)
    try:
        ward = Ward.from_code(WardCode(int(code)))
    except (ValueError, KeyError):
        return None
    province_code = f"{ward.province_code.value:02d}"
    return next((u for u in _communes_of(province_code) if u.code == code), None)


def find_commune(name, province):
    """Today's commune named ``name`` (with or without 'Xã'/'Phường', accents optional) in
    a site province, or None. Names are unique within a province."""
    wanted = _key(name)
    if not wanted:
        return None
    for unit in communes(province):
        if wanted in (_key(unit.name), _key(unit.full_name)):
            return unit
    return None


def _province_name(province):
    """The official name of a site province, or the text given (a former province such as
    'Yên Bái', which the site has no choice for)."""
    code = official_code(province)
    if code is None:
        return str(province or "").strip()
    return OfficialProvince.from_code(ProvinceCode(int(code))).name


@dataclass(frozen=True)
class Conversion:
    """A pre-2025 commune converted to today's: ``commune`` is None and ``reason`` says why
    when the package could not convert it."""

    commune: CommuneUnit | None
    reason: str = ""
    former_name: str = ""  # the former commune as the package knows it: "Nậm Đét"
    former_district: str = ""  # "Bắc Hà"
    former_code: str = ""  # its pre-2025 code
    former_latitude: Decimal | None = None  # the centre of the former commune
    former_longitude: Decimal | None = None

    @property
    def ok(self):
        return self.commune is not None

    @property
    def renamed(self):
        """True when the former commune is now part of a commune with another name."""
        return self.ok and _key(self.former_name) != _key(self.commune.name)


def _clean(text):
    # The package splits an address at commas: a comma inside a name would shift it.
    return " ".join(str(text or "").replace(",", " ").split())


def convert_former(commune, district, province):
    """Today's commune for a commune named the pre-2025 way (commune, district, province).

    ``province`` is a site province ('lao-cai') or a former province's name ('Yên Bái').
    Returns a ``Conversion``; when the package cannot convert, its commune is None and its
    reason says what to check. The package never guesses here: a commune it does not
    find in that district gives no answer rather than the province's centre.
    """
    commune, district = _clean(commune), _clean(district)
    province_name = _clean(_province_name(province))
    if not commune:
        return Conversion(None, _("The former commune's name is missing."))
    if not province_name:
        return Conversion(None, _("The province is missing."))
    from vietnamadminunits import convert_address

    address = ", ".join(p for p in (commune, district, province_name) if p)
    try:
        unit = convert_address(address)
    except Exception as exc:  # noqa: BLE001 - the package raises bare errors on odd input
        return Conversion(
            None,
            _("vietnamadminunits could not read “%(address)s” (%(error)s).")
            % {"address": address, "error": exc},
        )
    old = getattr(unit, "OldAdminUnit", None)
    if old is None or not old.ward_code:
        return Conversion(
            None,
            _(
                "vietnamadminunits knows no commune “%(commune)s” in %(district)s, "
                "%(province)s before July 2025: check the spelling, the former district "
                "and the former province."
            )
            % {
                "commune": commune,
                "district": district or _("(no district given)"),
                "province": province_name,
            },
        )
    former = {
        "former_name": old.short_ward or "",
        "former_district": old.short_district or "",
        "former_code": old.ward_code or "",
        "former_latitude": _decimal(old.latitude),
        "former_longitude": _decimal(old.longitude),
    }
    if not unit.ward_code:
        return Conversion(
            None,
            _(
                "vietnamadminunits knows the former commune “%(commune)s” but not which "
                "commune it became in July 2025."
            )
            % {"commune": old.ward},
            **former,
        )
    today = commune_by_code(unit.ward_code) or find_commune(
        unit.ward or "", unit.province_code or ""
    )
    if today is None:
        return Conversion(
            None,
            _(
                "vietnamadminunits converts it to “%(commune)s” (%(code)s), which "
                "vietnam-provinces does not list: the two packages disagree."
            )
            % {"commune": unit.ward, "code": unit.ward_code},
            **former,
        )
    return Conversion(today, **former)
