"""A real visit in the demo: every listed place at its own commune centre on the map, a
tour of real growing areas beside the model garden's, and a festival that says plainly
that its dates are not announced (with no broken calendar file)."""

import datetime
from io import StringIO

from django.core.management import call_command
from django.test import TestCase

from museum.demo import content
from museum.icalendar import event_calendar
from museum.models import EventPage, MapPage, PlacePage, TourPage

GEO = "application/geo+json"


class RealVisitTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_demo", stdout=StringIO(), stderr=StringIO())

    def places(self):
        return {p.slug_vi: p for p in PlacePage.objects.live()}

    # -- the map -------------------------------------------------------------------

    def test_every_demo_place_is_on_the_map_at_its_own_commune_centre(self):
        places = self.places()
        self.assertEqual(set(places), {d["slug"]["vi"] for d in content.PLACES})
        map_page = MapPage.objects.live().get()
        response = self.client.get(map_page.url + "geojson/")
        self.assertEqual(response["Content-Type"], GEO)
        features = {f["properties"]["id"]: f for f in response.json()["features"]}
        points = {}
        for slug, page in places.items():
            self.assertIn(page.pk, features, f"{slug} is listed but not on the map")
            lon, lat = features[page.pk]["geometry"]["coordinates"]
            commune = page.commune
            # Each place at the centre of its own commune: no place borrows another's.
            self.assertAlmostEqual(lat, float(commune.latitude), places=5)
            self.assertAlmostEqual(lon, float(commune.longitude), places=5)
            points.setdefault((lat, lon), set()).add(commune.pk)
        # One point, one commune: places of different communes never share a circle.
        self.assertTrue(all(len(communes) == 1 for communes in points.values()), points)
        self.assertGreaterEqual(len(points), 4)

    def test_a_poached_species_place_is_never_finer_than_its_commune(self):
        ginseng = self.places()["vung-sam-lai-chau-tam-duong"]
        commune = ginseng.commune
        # Even were a curator to give the garden's own point, the map keeps to the commune.
        ginseng.latitude, ginseng.longitude = "22.301234", "103.601234"
        ginseng.save_revision().publish()
        map_page = MapPage.objects.live().get()
        features = self.client.get(map_page.url + "geojson/").json()["features"]
        feature = next(f for f in features if f["properties"]["id"] == ginseng.pk)
        self.assertEqual(feature["properties"]["precision"], "commune")
        lon, lat = feature["geometry"]["coordinates"]
        self.assertEqual((lat, lon), (float(commune.latitude), float(commune.longitude)))

    def test_the_map_says_how_many_items_share_a_point_and_what_is_not_on_it(self):
        html = self.client.get("/en/map/").content.decode()
        # Sa Pa holds two places (artichoke, tsao-ko): one circle, and the list says two.
        sa_pa = html.split("Sa Pa, Lào Cai", 1)[1].split("</li></ul></li>", 1)[0]
        self.assertIn("2 items at this point on the map", sa_pa)
        self.assertIn("Sa Pa artichoke", sa_pa)
        self.assertIn("Tsao-ko under the forest of Sa Pa", sa_pa)
        self.assertNotIn("items at this point", html.split("Khun Há", 1)[1].split("</li>", 1)[0])
        # The model garden has no address: said, not silently left as a point-less row.
        off = html.split("Not on the map", 1)[1]
        self.assertIn("Demonstration garden", off)
        self.assertIn("Ginseng cultural festival", off)

    def test_the_map_box_is_there_from_the_first_paint(self):
        html = self.client.get("/en/map/").content.decode()
        tag = html.split('class="map map-large"', 1)[1].split(">", 1)[0]
        self.assertIn("data-map-autoload", tag)
        self.assertNotIn("hidden", tag)

    # -- the tour of real places ------------------------------------------------------

    def test_a_tour_of_real_places_beside_the_model_garden(self):
        tours = {t.slug_vi: t for t in TourPage.objects.live()}
        self.assertIn(content.TOUR["slug"]["vi"], tours)  # the model garden's walk stays
        tour = tours[content.REAL_TOUR["slug"]["vi"]]
        stops = [page for _stop, page in tour.live_stops()]
        self.assertTrue(all(isinstance(page, PlacePage) for page in stops))
        communes = {page.commune.name for page in stops}
        self.assertLessEqual({"Sa Pa", "Nậm Đét", "Bắc Hà", "Khun Há"}, communes)
        for stop, page in tour.live_stops():
            self.assertTrue(page.sources.exists(), f"{page.title} cites no source")
            self.assertTrue(stop.note_vi and stop.note_en, page.title)
        # West to east, as the tour says, by the stops' commune centres.
        longitudes = [float(page.commune.longitude) for page in stops]
        self.assertEqual(longitudes, sorted(longitudes))

    def test_the_real_tour_page_links_each_stop_with_its_commune(self):
        tour = TourPage.objects.get(slug_vi=content.REAL_TOUR["slug"]["vi"])
        response = self.client.get(f"/en/visit/{tour.slug_en}/")
        self.assertEqual(response.status_code, 200)
        for _stop, page in tour.live_stops():
            self.assertContains(response, f'href="/en/visit/{page.slug_en}/"')
        self.assertContains(response, "Khun Há, Lai Châu")
        self.assertContains(response, "each stop cites its sources")
        vi = self.client.get(f"/vi/tham-quan/{tour.slug_vi}/")
        self.assertContains(vi, "Sâm Lai Châu bị săn lùng")

    # -- the festival without dates -----------------------------------------------------

    def festival(self):
        return EventPage.objects.get(slug_vi=content.FESTIVAL["slug"]["vi"])

    def test_the_festival_page_and_listing_say_the_dates_are_not_announced(self):
        event = self.festival()
        self.assertIsNone(event.start_date)
        page = self.client.get(f"/en/visit/{event.slug_en}/")
        self.assertContains(page, "Dates not yet announced")
        self.assertContains(page, "Place not yet announced")
        self.assertNotContains(page, "ical/")  # no calendar link to a file that cannot exist
        self.assertContains(self.client.get("/en/visit/"), "Dates not yet announced")
        self.assertContains(self.client.get(f"/vi/tham-quan/{event.slug_vi}/"), "Chưa công bố ngày")
        self.assertContains(self.client.get("/vi/tham-quan/"), "Chưa công bố ngày")

    def test_an_undated_event_gives_no_broken_calendar_file(self):
        event = self.festival()
        response = self.client.get(f"/en/visit/{event.slug_en}/ical/")
        self.assertEqual(response.status_code, 404)
        self.assertNotIn("text/calendar", response.get("Content-Type", ""))
        with self.assertRaises(ValueError):
            event_calendar(event, None)

    def test_once_dated_the_festival_gives_a_calendar_file(self):
        event = self.festival()
        event.start_date = datetime.date.today() + datetime.timedelta(days=30)
        event.save_revision().publish()
        response = self.client.get(f"/en/visit/{event.slug_en}/ical/")
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith("text/calendar"))
        text = response.content.decode()
        self.assertIn(f"DTSTART;VALUE=DATE:{event.start_date:%Y%m%d}", text)
        self.assertTrue(text.startswith("BEGIN:VCALENDAR\r\n"))
        self.assertTrue(text.endswith("END:VCALENDAR\r\n"))
