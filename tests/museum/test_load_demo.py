"""load_demo builds a browsable site from the fact sheet, and can run again."""

from io import StringIO

from django.core.management import call_command
from django.test import TestCase
from wagtail.documents import get_document_model

from knowledge.models import KnowledgeItem, KnowledgeMedia, RemedyPage
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
        # Audio guides are documents and media files: a second run must not copy them again.
        models = (
            SpeciesPage,
            ProtectedListPage,
            KnowledgeItem,
            get_document_model(),
            KnowledgeMedia,
        )
        before = [m.objects.count() for m in models]
        load_demo()
        self.assertEqual([m.objects.count() for m in models], before)

    def test_remedies_cite_sources_and_show_their_cautions(self):
        remedies = RemedyPage.objects.live()
        self.assertGreaterEqual(remedies.count(), 5)
        for remedy in remedies:
            self.assertTrue(remedy.sources.exists(), remedy.title)
            self.assertTrue(remedy.evidence.exists(), remedy.title)
            self.assertTrue(remedy.cautions_en, remedy.title)
        self.assertContains(
            self.client.get("/en/remedies/golden-eye-grass-tonic/"), 'data-warning="toxic"'
        )
        self.assertContains(
            self.client.get("/en/remedies/ngoc-linh-ginseng-tonic/"), 'data-warning="wild-harvest"'
        )

    def test_protocols_are_shown_by_a_community_only_and_a_withheld_item(self):
        levels = set(KnowledgeItem.objects.values_list("access_level", flat=True))
        self.assertLessEqual({"public", "community", "withheld"}, levels)
        dao = "/en/knowledge/dao-cassia-growing/"
        self.assertEqual(self.client.get(dao).status_code, 404)
        self.client.login(username="researcher", password="researcher-demo")
        self.assertEqual(self.client.get(dao).status_code, 404)
        self.client.login(username="dao-member", password="dao-member-demo")
        self.assertContains(self.client.get(dao), "fifty years")
        stub = self.client.get("/en/knowledge/ha-nhi-knowledge-of-paris/")
        self.assertContains(stub, 'data-access="withheld"')
        self.assertNotContains(stub, "a mi đa tè")

    def test_demo_accounts(self):
        self.assertTrue(self.client.login(username="curator", password="curator-demo"))
        self.assertEqual(self.client.get("/admin/").status_code, 200)
