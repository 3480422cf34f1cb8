"""Communes from the maintained packages: official codes, centres, pre-2025 conversion,
and `manage.py load_communes`."""

from decimal import Decimal
from io import StringIO

import pytest
from django.core.management import call_command

from base import admin_units
from base.models import Commune


def load(*args):
    out, err = StringIO(), StringIO()
    call_command("load_communes", *args, stdout=out, stderr=err)
    return out.getvalue()


def test_khun_ha_has_its_official_code_and_a_centre():
    khun_ha = admin_units.find_commune("khun ha", "lai-chau")  # typed without accents
    assert khun_ha.name == "Khun Há"  # no "Xã" prefix, as the site writes communes
    assert khun_ha.code == "03430"
    assert khun_ha.province == "lai-chau"
    # Tam Đường's hills, not the province's centre (Lai Châu town, 22.32 N 103.19 E).
    assert abs(khun_ha.latitude - Decimal("22.258")) < Decimal("0.01")
    assert abs(khun_ha.longitude - Decimal("103.583")) < Decimal("0.01")
    assert admin_units.commune_by_code("3430") == khun_ha
    assert khun_ha in admin_units.communes("lai-chau")


def test_the_site_provinces_map_to_the_official_codes():
    assert admin_units.official_code("lai-chau") == "12"
    assert admin_units.official_code("lao-cai") == "15"
    assert admin_units.official_code("abroad") is None
    assert admin_units.site_province("15") == "lao-cai"
    assert admin_units.site_province("1") == "vietnam"  # Hà Nội: elsewhere in Vietnam
    assert admin_units.site_province("") is None
    lao_cai = admin_units.communes("lao-cai")
    assert {u.province_code for u in lao_cai} == {"15"}
    assert any(u.name == "Sa Pa" and u.division == "phường" for u in lao_cai)
    assert admin_units.communes("abroad") == []
    assert admin_units.communes("99") == []


def test_every_commune_of_both_provinces_has_a_centre_in_its_province():
    # The packages disagree on six Lào Cai codes; the centre is then matched by name.
    for province in ("lai-chau", "lao-cai"):
        units = admin_units.communes(province)
        assert len({u.code for u in units}) == len(units) > 30
        for unit in units:
            assert unit.has_centre, unit
            assert 21 < unit.latitude < 23.5 and 102 < unit.longitude < 105.5, unit


def test_a_pre_2025_commune_converts_to_todays():
    found = admin_units.convert_former("Khun Há", "Tam Đường", "lai-chau")
    assert found.ok and found.commune.code == "03430" and not found.renamed
    assert found.former_district == "Tam Đường"
    # Nậm Đét (former Bắc Hà district) was merged into Bảo Nhai in July 2025.
    merged = admin_units.convert_former("Xã Nậm Đét", "Huyện Bắc Hà", "lao-cai")
    assert merged.commune.name == "Bảo Nhai" and merged.renamed
    assert merged.former_name == "Nậm Đét" and merged.former_latitude is not None
    # A commune of former Yên Bái province lands in today's Lào Cai.
    yen_bai = admin_units.convert_former("Đại Sơn", "Văn Yên", "Yên Bái")
    assert yen_bai.commune.province == "lao-cai"


def test_a_conversion_the_package_cannot_do_says_why(english):
    wrong_district = admin_units.convert_former("Khun Há", "Sìn Hồ", "lai-chau")
    assert wrong_district.commune is None and not wrong_district.ok
    assert "Khun Há" in wrong_district.reason and "Sìn Hồ" in wrong_district.reason
    assert "check the spelling" in wrong_district.reason
    unknown = admin_units.convert_former("Không Có", "Tam Đường", "lai-chau")
    assert unknown.commune is None and "Không Có" in unknown.reason
    empty = admin_units.convert_former("", "Tam Đường", "lai-chau")
    assert empty.commune is None and "missing" in empty.reason


def test_load_communes_creates_updates_and_keeps_the_former_district(db):
    typed = Commune.objects.create(name="Khun Há", province="lai-chau", former_district="Tam Đường")
    misspelt = Commune.objects.create(name="Muong Te", province="lai-chau", code="03445")
    elsewhere = Commune.objects.create(name="Nậm Đét", province="lao-cai", former_district="Bắc Hà")
    expected = len(admin_units.communes("lai-chau"))

    out = load("--province", "lai-chau")

    assert f"{expected - 2} created, 2 updated, 0 unchanged" in out
    assert Commune.objects.filter(province="lai-chau").count() == expected
    typed.refresh_from_db()
    assert typed.code == "03430"  # matched by (province, name)
    assert typed.latitude == Decimal("22.25810") and typed.longitude == Decimal("103.58300")
    assert typed.former_district == "Tam Đường"
    assert "vietnamadminunits 1.0" in typed.position_source
    assert "vietnam-provinces 2025" in typed.position_source
    misspelt.refresh_from_db()  # matched by code: the official spelling replaces it
    assert misspelt.name == admin_units.commune_by_code("03445").name == "Mường Tè"
    elsewhere.refresh_from_db()  # another province, not asked for: left alone, not deleted
    assert elsewhere.code == "" and elsewhere.latitude is None

    again = load("--province", "lai-chau")
    assert f"0 created, 0 updated, {expected} unchanged" in again
    assert Commune.objects.filter(province="lai-chau").count() == expected


def test_load_communes_deletes_nothing(db):
    kept = Commune.objects.create(name="Nậm Đét", province="lao-cai", former_district="Bắc Hà")
    out = load()
    assert "Lai Châu (12)" in out and "Lào Cai (15)" in out
    assert Commune.objects.filter(pk=kept.pk).exists()  # merged away in 2025, still cited
    assert Commune.objects.count() == 1 + len(admin_units.communes("lai-chau")) + len(
        admin_units.communes("lao-cai")
    )


@pytest.mark.parametrize("bad", ["yen-bai", "12"])
def test_load_communes_refuses_an_unknown_province(db, bad):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        load("--province", bad)
    assert not Commune.objects.exists()
