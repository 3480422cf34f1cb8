"""load_demo builds a browsable site from the fact sheet, and can run again."""

from io import StringIO

from django.core.management import call_command
from django.test import TestCase

from species.models import ProtectedListPage, SpeciesPage


def load_demo():
    call_command("load_demo", stdout=StringIO(), stderr=StringIO())


class LoadDemoTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_demo()  # once for the class; each test rolls back to this state

    def test_20_species_with_sources_english_names_and_credited_images(self):
        species = SpeciesPage.objects.live()
        self.assertGreaterEqual(species.count(), 20)
        for page in species:
            self.assertTrue(page.sources.exists(), page.title)
            self.assertTrue(page.title_en, page.title)
            for item in page.gallery_images.all():
                self.assertTrue(item.image.is_credited)

    def test_lists_follow_their_rules(self):
        lists = ProtectedListPage.objects.live()
        self.assertGreaterEqual(lists.count(), 3)
        decree = {
            s.scientific_name for s, _a, _n in lists.get(slug_vi="nghi-dinh-84-2021").entries()
        }
        self.assertLessEqual(
            {"Panax vietnamensis", "Anoectochilus setaceus", "Polygonatum kingianum"}, decree
        )
        self.assertNotIn("Panax notoginseng", decree)  # cultivated, on no list
        iucn = {s.scientific_name for s, _a, _n in lists.get(slug_vi="iucn-bi-de-doa").entries()}
        self.assertEqual(iucn, {"Paris polyphylla", "Eucommia ulmoides"})

    def test_disputed_name_is_said_on_the_page(self):
        self.assertContains(self.client.get("/vi/loai/sam-lai-chau/"), "còn tranh luận")
        self.assertContains(self.client.get("/en/species/lai-chau-ginseng/"), "POWO/WCVP")

    def test_secondary_source_facts_are_marked(self):
        self.assertContains(
            self.client.get("/en/species/notoginseng/"), "reported by a secondary source"
        )

    def test_running_again_changes_nothing(self):
        before = (SpeciesPage.objects.count(), ProtectedListPage.objects.count())
        load_demo()
        self.assertEqual((SpeciesPage.objects.count(), ProtectedListPage.objects.count()), before)

    def test_demo_accounts(self):
        self.assertTrue(self.client.login(username="curator", password="curator-demo"))
        self.assertEqual(self.client.get("/admin/").status_code, 200)
