"""A species page's distribution map (issue 15): each place where the plant grows at the
centre of its commune, a poached plant never finer, the table kept for visitors without
scripts, and nothing odd ever answered with a 500."""

import pytest
from django.test import Client
from django.utils.translation import override
from wagtail import hooks
from wagtail.models import PageViewRestriction

from base.models import Commune, PublicLocation
from species.distribution_map import HOOK

SA_PA = ("22.33611", "103.84378")
KHUN_HA = ("22.25810", "103.58300")


@pytest.fixture
def communes(db):
    """Two communes with their centres and one whose centre is not known."""
    for name, province, district, point in [
        ("Sa Pa", "lao-cai", "Sa Pa", SA_PA),
        ("Khun Há", "lai-chau", "Tam Đường", KHUN_HA),
        ("Tà Phìn", "lai-chau", "Sìn Hồ", ("22.40000", "103.30000")),
        ("Nậm Đét", "lao-cai", "Bắc Hà", (None, None)),
    ]:
        Commune.objects.update_or_create(
            province=province,
            name=name,
            defaults={"former_district": district, "latitude": point[0], "longitude": point[1]},
        )


@pytest.fixture
def notoginseng(make_species, communes):
    """Not threatened and under no rule here: nothing makes its places sensitive."""
    return make_species(
        distribution=[
            {"province": "lao-cai", "commune": "Sa Pa", "former_district": "Sa Pa"},
            # Typed with the division's name and in capitals: still the same commune.
            {"province": "lao-cai", "commune": "Xã SA PA"},
            {"province": "lai-chau", "former_district": "Phong Thổ"},
        ]
    )


@pytest.fixture
def lai_chau_ginseng(make_species, communes):
    """Under a wild-harvest rule (Decree 06/2019 IA): poached, so sensitive."""
    page = make_species(
        epithet="vietnamensis",
        vi="Sâm Lai Châu",
        assessments=[{"scheme": "nd06-2019", "category": "IA"}],
        distribution=[
            {"province": "lai-chau", "commune": "Khun Há", "former_district": "Tam Đường"},
            {"province": "lai-chau", "former_district": "Mường Tè", "place_note": "Pu Si Lung"},
        ],
    )
    assert page.location_is_sensitive
    return page


def geojson(page, lang="vi", client=None):
    with override(lang):
        url = page.url + page.reverse_subpage("geojson")
    response = (client or Client()).get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "application/geo+json"
    return response.json()


def page_html(page, lang="vi"):
    with override(lang):
        url = page.url
    response = Client().get(url)
    assert response.status_code == 200, url
    return response.content.decode()


class TestGeoJSON:
    def test_a_place_is_drawn_at_its_commune_centre(self, notoginseng):
        data = geojson(notoginseng)
        assert data["type"] == "FeatureCollection"
        # Two rows name Sa Pa: one circle; the row with no commune is not on the map.
        [feature] = data["features"]
        assert feature["geometry"] == {
            "type": "Point",
            "coordinates": [float(SA_PA[1]), float(SA_PA[0])],
        }
        properties = feature["properties"]
        assert properties["precision"] == "commune"
        assert properties["title"] == "Tam thất"
        assert properties["url"].endswith(notoginseng.url)
        assert properties["place"].startswith("Sa Pa, Lào Cai")

    def test_a_poached_species_is_shown_at_the_commune_centre_and_no_finer(self, lai_chau_ginseng):
        [feature] = geojson(lai_chau_ginseng)["features"]
        commune = Commune.objects.get(province="lai-chau", name="Khun Há")
        assert feature["geometry"]["coordinates"] == [
            float(commune.longitude),
            float(commune.latitude),
        ]
        assert feature["properties"]["precision"] == "commune"

    def test_the_labels_are_in_the_visitors_language(self, lai_chau_ginseng):
        [feature] = geojson(lai_chau_ginseng, "en")["features"]
        assert feature["properties"]["kind_label"] == "where it grows"
        assert "former Tam Đường district" in feature["properties"]["place"]

    def test_no_feature_for_a_species_with_no_place_on_the_map(self, make_species, communes):
        page = make_species(
            genus="Illicium",
            epithet="verum",
            vi="Hồi",
            distribution=[
                {"province": "lao-cai", "commune": "Nậm Đét"},  # no centre known
                {"province": "lai-chau", "commune": "Tả Phìn"},  # not Tà Phìn
                {"province": "vietnam", "place_note": "Lạng Sơn"},
            ],
        )
        assert geojson(page)["features"] == []

    def test_a_commune_of_the_same_name_in_another_province_is_not_taken(
        self, make_species, communes
    ):
        page = make_species(distribution=[{"province": "lai-chau", "commune": "Sa Pa"}])
        assert geojson(page)["features"] == []


def garden_bed(precision):
    """What another app (the museum) returns for the places it shows a species at: a
    garden bed at its exact point, or at its commune's centre."""
    point = (22.35, 103.85) if precision == "exact" else (float(SA_PA[0]), float(SA_PA[1]))
    location = PublicLocation("Sa Pa", "Lào Cai", "", *point, precision=precision)

    def places(page, request):
        return [
            {"title": "Bed 4", "url": "/vi/bed-4/", "kind_label": "station", "location": location}
        ]

    return places


class TestOtherAppsPlaces:
    def test_another_apps_place_is_drawn_and_listed(self, notoginseng):
        with hooks.register_temporarily(HOOK, garden_bed("exact")):
            features = geojson(notoginseng)["features"]
            html = page_html(notoginseng)
        bed = next(f for f in features if f["properties"]["title"] == "Bed 4")
        assert bed["geometry"]["coordinates"] == [103.85, 22.35]
        assert bed["properties"]["precision"] == "exact"
        assert '<a href="/vi/bed-4/">Bed 4</a>' in html  # listed for visitors without scripts

    def test_a_poached_species_never_gets_an_exact_point_from_another_app(self, lai_chau_ginseng):
        with hooks.register_temporarily(HOOK, garden_bed("exact")):
            features = geojson(lai_chau_ginseng)["features"]
            html = page_html(lai_chau_ginseng)
        assert [f["properties"]["title"] for f in features] == ["Sâm Lai Châu"]
        assert "22.35" not in str(features) and "Bed 4" not in html

    def test_a_poached_species_gets_another_apps_place_at_its_commune(self, lai_chau_ginseng):
        with hooks.register_temporarily(HOOK, garden_bed("commune")):
            features = geojson(lai_chau_ginseng)["features"]
        assert [f["properties"]["precision"] for f in features] == ["commune", "commune"]


class TestOddRequests:
    @pytest.mark.parametrize(
        "suffix", ["geojson/x/", "geojson/../../", "geojson%00/", "geo json/", "9" * 300 + "/"]
    )
    def test_odd_addresses_are_not_found(self, notoginseng, suffix):
        response = Client().get(notoginseng.url + suffix)
        assert response.status_code == 404

    def test_odd_query_strings_change_nothing(self, notoginseng):
        client = Client()
        url = notoginseng.url + "geojson/"
        for query in ("?ids=1,2", "?bbox=%00", "?" + "a=1&" * 200, "?lang=xx"):
            response = client.get(url + query)
            assert response.status_code == 200, query
            assert len(response.json()["features"]) == 1

    def test_an_unpublished_species_has_no_map_data(self, notoginseng):
        url = notoginseng.url + "geojson/"
        notoginseng.unpublish()
        assert Client().get(url).status_code == 404

    def test_a_restricted_species_gives_no_map_data(self, notoginseng):
        PageViewRestriction.objects.create(
            page=notoginseng, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
        response = Client().get(notoginseng.url + "geojson/")
        assert b"FeatureCollection" not in response.content
        assert b"103.84" not in response.content


class TestSpeciesPage:
    def test_the_page_has_the_map_box_and_the_table_without_scripts(self, notoginseng):
        html = page_html(notoginseng)
        assert f'data-map="{notoginseng.url}geojson/"' in html
        assert 'class="species-map"' in html
        # The table lists every place, the map's fallback and the home of those not on it.
        assert "Sa Pa" in html and "Phong Thổ" in html
        assert "style=" not in html.split('class="species-map"')[1].split("</div>")[0]

    def test_the_note_says_why_a_poached_plant_is_shown_by_commune(self, lai_chau_ginseng):
        html = page_html(lai_chau_ginseng, "en")
        assert "Shown by commune only" in html
        assert "1 place in the table names no commune, so the map cannot show it." in html
        assert "Pu Si Lung" in html  # listed in the table, though not on the map

    def test_no_note_for_a_plant_that_is_not_poached(self, notoginseng):
        assert "Shown by commune only" not in page_html(notoginseng, "en")

    def test_no_map_box_when_no_place_can_be_drawn(self, make_species, communes):
        page = make_species(
            genus="Illicium",
            epithet="verum",
            vi="Hồi",
            distribution=[{"province": "lao-cai", "former_district": "Bắc Hà"}],
        )
        html = page_html(page, "en")
        assert "data-map=" not in html
        assert "Bắc Hà" in html  # the table still says where it grows
