"""Growing-area codes, certificates' expiry and where a growing area may be shown."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from valuechain.models import Certificate, Scope, compact_code, validate_growing_area_code


@pytest.mark.parametrize(
    "code", ["VN-12-105-03430-001-24", "vn 12 105 03430 001 24", "VN–12–105–03430–1–24"]
)
def test_a_well_formed_code_is_accepted_however_it_is_typed(code):
    assert validate_growing_area_code(code, "lai-chau")["commune"] == "03430"


@pytest.mark.parametrize("code", ["VN-12-105", "12-105-03430-001-24", "VN-12-105-3430-001-2024"])
def test_a_malformed_code_is_refused_with_the_expected_shape(code, english):
    with pytest.raises(ValidationError) as error:
        validate_growing_area_code(code)
    assert "VN-12-105-03430-001-24" in error.value.messages[0]


def test_the_province_part_must_be_the_communes_province(english):
    with pytest.raises(ValidationError) as error:
        validate_growing_area_code("VN-15-105-03430-001-24", "lai-chau")
    assert "12" in error.value.messages[0]


def test_codes_compare_without_their_dashes():
    assert compact_code("vn-12-105-03430-001-24") == compact_code("VN1210503430 00124")


def test_the_area_stores_its_code_normalised(chain):
    area = chain["area"]
    area.code = "vn 12 105 03430 001 24"
    area.full_clean()
    area.save()
    area.refresh_from_db()
    assert area.code == "VN-12-105-03430-001-24"
    assert area.code_compact == "VN121050343000124"


def test_a_certificate_expires_after_its_last_day(chain):
    cert = Certificate(
        scheme="gacp-who",
        holder=chain["producer"],
        scope=Scope.AREA,
        growing_area=chain["area"],
        valid_until=datetime.date(2026, 6, 30),
    )
    assert not cert.is_expired(datetime.date(2026, 6, 30))
    assert cert.is_expired(datetime.date(2026, 7, 1))


def test_a_poached_species_area_shows_only_its_commune(chain, monkeypatch):
    area = chain["area"]
    area.latitude, area.longitude = 22.26, 103.58
    area.save()
    assert area.public_location().precision == "exact"
    # A threatened or wild-harvest-ruled species is poached: its plots are never pinpointed.
    monkeypatch.setattr(type(area.species), "location_is_sensitive", property(lambda self: True))
    location = area.public_location()
    assert location.precision == "commune"
    assert (location.latitude, location.longitude) == (22.2581, 103.583)
