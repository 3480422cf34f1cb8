"""Hostile input on every public endpoint is answered below 500.

The demo site is built once for the module; every public URL it has (one page of
each page type, every sub-route of a routable page, every non-page view) is then
asked for with each hostile value in every parameter it reads, in an unknown
parameter, twice over (a parameter given as an array), and in its path ids. The
values are a fixed list, so a failure is reproducible. A route added to the URL
configuration fails ``test_every_route_is_probed`` until it is probed here.
"""

from io import StringIO
from urllib.parse import quote

from django.core.management import call_command
from django.test import Client, TestCase
from django.urls import URLResolver, get_resolver
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.documents import get_document_model
from wagtail.models import Page

from base.api import ApiListForm
from knowledge.api import ApiQueryForm
from knowledge.filters import RemedyFilterForm
from knowledge.models import KnowledgeItem, KnowledgeMedia
from museum.api_visits import EventForm, PlaceForm
from museum.filters import MapFilterForm
from museum.models.quizzes import QuizMixin
from search import service
from search.views import SearchForm, SuggestForm
from species.api import SpeciesForm
from species.filters import SpeciesFilterForm
from valuechain.api import AreaForm, FigureForm, PriceForm, ProducerForm, ProductForm, TargetForm
from valuechain.filters import BatchCodeForm, ProductFilterForm

HUGE = "9" * 5000  # beyond Python's 4,300-digit int(str) limit: int() itself refuses it
NUMBERS = ["0", "-1", str(2**31), str(2**63), str(2**64), HUGE]
VALUES = NUMBERS + [
    "",
    "1.5",
    "1_000",
    " 7 ",
    "²",  # str.isdigit() says yes, int() says no
    "٣",  # an Arabic-Indic three: int() reads it, the database must not get it unchecked
    "\x00",
    "a\x00b",
    "%00",
    "x" * 10_000,
    "Tam thất 三七 🌿",
    "'; DROP TABLE wagtailcore_page; --",
    "1,2,abc",
    "<script>alert(1)</script>",
]
UNKNOWN = "zz"
HOSTILE_KEYS = ["\x00", "k" * 1000, "page[]", "q\u202e"]

# Routes and the parameters each one reads; the pages' own parameters come below.
ROUTES = {
    "sitemap.xml": [],
    "robots.txt": [],
    "open-data/darwin-core-archive.zip": [],
    ".well-known/security.txt": [],
    "favicon.ico": [],
    "manifest.webmanifest": [],
    "healthz": [],
    "sw.js": [],
    "vi/offline/": [],
    "vi/offline/saved/": [],
    "vi/search/": list(SearchForm({}).fields),
    "vi/search/suggest/": list(SuggestForm.base_fields),
    "vi/accounts/login/": ["next"],
    "vi/_util/login/": ["next"],
    "api/v1/knowledge/": list(ApiQueryForm.base_fields),
    "api/v1/": [],
    "api/v1/openapi.json": [],
    "api/v1/docs": [],
    "api/v1/^(?P<rest>.+)$": [],
    "api/v1/species/": list(SpeciesForm.base_fields),
    "api/v1/protected-lists/": list(ApiListForm.base_fields),
    "api/v1/places/": list(PlaceForm.base_fields),
    "api/v1/events/": list(EventForm.base_fields),
    "api/v1/producers/": list(ProducerForm.base_fields),
    "api/v1/products/": list(ProductForm.base_fields),
    "api/v1/growing-areas/": list(AreaForm.base_fields),
    "api/v1/production-figures/": list(FigureForm.base_fields),
    "api/v1/plan-targets/": list(TargetForm.base_fields),
    "api/v1/market-prices/": list(PriceForm.base_fields),
}
# The research API's value-chain and museum lists, probed with ids in their paths below.
VISIT_AND_VALUE_CHAIN_LISTS = ["places", "events", "producers", "products", "growing-areas"]
VISIT_AND_VALUE_CHAIN_LISTS += ["production-figures", "plan-targets", "market-prices"]
PATH_ROUTES = [  # routes with values in their path, probed by test_path_values
    "api/v1/knowledge/<int:id>/",
    "api/v1/species/<int:id>/",
    "api/v1/protected-lists/<int:id>/",
    "api/v1/places/<int:id>/",
    "api/v1/events/<int:id>/",
    "api/v1/producers/<int:id>/",
    "api/v1/products/<int:id>/",
    "api/v1/growing-areas/<int:id>/",
    "api/v1/production-figures/<int:id>/",
    "api/v1/plan-targets/<int:id>/",
    "api/v1/market-prices/<int:id>/",
    "sitemap-<str:language>.xml",
    "knowledge-media/<int:pk>/<str:filename>",
    "q/<slug:code>",
    "vi/quiz/<int:page_id>/",
    "documents/^(\\d+)/(.*)$",
    "^documents/\\d{20,}/",
    "^media/(?P<path>(?:images|original_images)/.+)$",
    "documents/authenticate_with_password/<int:restriction_id>/",
    "vi/_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
    "vi/accounts/logout/",
    "vi/^((?:[\\w\\-]+/)*)$",
    "^01/(?P<gtin>[^/]*)/10/(?P<lot>[^/]*)/?$",
    "^01(?:/.*)?$",
    "vi/^offline/pack/(?P<page_id>[0-9]{1,9})\\.json$",
]
# Pages a visitor can save for offline use (museum.offline_packs).
PACKED = ("TourPage", "ExhibitPage", "LessonKitPage")
PAGE_PARAMS = {
    "SpeciesIndexPage": [*SpeciesFilterForm.base_fields, "page"],
    "RemedyIndexPage": [*RemedyFilterForm.base_fields, "page"],
    "MapPage": list(MapFilterForm.base_fields),
    "ProductIndexPage": [*ProductFilterForm.base_fields, "page"],
    "BatchIndexPage": [*BatchCodeForm.base_fields, "page"],
    # Reading levels (base.reading_levels.ReadingLevelForm).
    "ExhibitPage": ["level"],
    "SpeciesPage": ["level"],
    "LessonKitPage": ["level"],
}


def routes():
    """Every route outside the admin, as its pattern text (with the ``vi/`` prefix)."""

    def walk(patterns, prefix=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            else:
                yield prefix + str(pattern.pattern)

    return {
        route
        for route in walk(get_resolver().url_patterns)
        if not route.lstrip("^").startswith(("admin/", "django-admin/"))
    }


def queries(params, each=True):
    """The query dicts to send for an endpoint that reads ``params``.

    With ``each``, every value alone in every parameter; then, per value, every
    parameter given twice (a good value, then the bad one) together with an unknown
    parameter and hostile parameter names.
    """
    if each:
        for name in params:
            for value in VALUES:
                yield {name: value}
    for value in VALUES:
        everything = {name: ["1", value] for name in params}
        everything.update(dict.fromkeys([UNKNOWN, "page", *HOSTILE_KEYS], value))
        yield everything


class PublicEndpointsFuzzTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_demo", stdout=StringIO(), stderr=StringIO())
        cls.pages, cls.quizzes = {}, []
        for page in Page.objects.live().public().specific().order_by("path"):
            if page.url is None:  # the tree's root, which no address reaches
                continue
            cls.pages.setdefault(type(page).__name__, page)
            if isinstance(page, QuizMixin) and page.quiz_questions():
                cls.quizzes.append(page)

    def setUp(self):
        self.client = Client(raise_request_exception=False)
        self.failures = []

    def probe(self, url, params=(), each=True):
        for query in queries(params, each):
            self.check("get", url, query)

    def check(self, method, url, data=None):
        data = data or {}
        response = getattr(self.client, method)(url, data)
        if response.status_code >= 500:
            shown = {k[:20]: str(v)[:40] for k, v in data.items()}
            self.failures.append(f"{method.upper()} {url[:80]} {shown} -> {response.status_code}")

    def assertNoServerErrors(self):
        for failure in self.failures:
            print(failure)  # pytest shows them beside the failed test
        self.assertEqual(self.failures, [], f"{len(self.failures)} requests answered >= 500")

    def test_every_route_is_probed(self):
        self.assertEqual(routes(), set(ROUTES) | set(PATH_ROUTES))

    def test_the_demo_has_the_page_types_probed_here(self):
        self.assertLessEqual(set(PAGE_PARAMS), set(self.pages))
        self.assertGreaterEqual(len(self.pages), 12)

    def test_every_page_type_and_sub_route(self):
        for name, page in self.pages.items():
            params = PAGE_PARAMS.get(name, [])
            self.probe(page.url, params)
            if isinstance(page, RoutablePageMixin):
                for pattern in page.get_subpage_urls():
                    if pattern.pattern.regex.groups:  # values in its path: test_path_values
                        continue
                    sub = page.url + page.reverse_subpage(pattern.name).lstrip("/")
                    if sub != page.url:  # the same form as the page: not each value again
                        self.probe(sub, params, each=False)
        self.assertNoServerErrors()

    def test_views_outside_the_page_tree(self):
        documents = list(service.live_documents())
        for backend in service.backends():
            backend.index(documents)  # each test's index starts empty
        for route, params in ROUTES.items():
            self.probe("/" + route, params)
        self.assertNoServerErrors()

    def test_path_values(self):
        item = KnowledgeItem.objects.live().filter(access_level="public").first()
        media = KnowledgeMedia.objects.first()
        document = get_document_model().objects.first()
        urls = []
        for raw in VALUES:
            value = quote(raw, safe="")
            urls += [
                f"/api/v1/knowledge/{value}/",
                f"/api/v1/species/{value}/",
                f"/api/v1/protected-lists/{value}/",
                *(f"/api/v1/{name}/{value}/" for name in VISIT_AND_VALUE_CHAIN_LISTS),
                f"/knowledge-media/{value}/x.mp3",
                f"/q/{value}",
                f"/sitemap-{value}.xml",
                f"/vi/quiz/{value}/",
                f"/documents/{value}/x.pdf",
                f"/documents/authenticate_with_password/{value}/",
                f"/vi/_util/authenticate_with_password/{value}/{value}/",
                f"/vi/_util/authenticate_with_password/1/{value}/",
                f"/vi/{value}/",
                f"/vi/loai/{value}/",
                f"/vi/san-xuat/charts/{value}/",
                f"/vi/san-xuat/charts/prices/{value}/",
                f"/01/{value}/10/{value}",
                f"/01/09300000000001/10/{value}",
                f"/media/images/{value}",
                f"/media/original_images/{value}.jpg",
                f"/vi/offline/pack/{value}.json",
                f"/vi/loai/sam-lai-chau/geojson/{value}/",
            ]
            if media is not None:
                urls.append(f"/knowledge-media/{media.pk}/{value}")
            if document is not None:
                urls.append(f"/documents/{document.pk}/{value}")
        urls += [f"/vi/offline/pack/{self.pages[n].pk}.json" for n in PACKED]
        for url in urls:
            self.check("get", url)
            if "/quiz/" in url or "/api/" in url:
                self.check("post", url)
        self.check("post", "/vi/accounts/logout/")
        self.probe("/sitemap-vi.xml", ["p"])  # each language's section, page by page
        if item is not None:
            self.probe(f"/api/v1/knowledge/{item.pk}/", ["lang"])
        self.assertNoServerErrors()

    def test_quiz_answers(self):
        self.assertTrue(self.quizzes)
        for page in self.quizzes:
            url = f"/vi/quiz/{page.pk}/"
            names = [f"q-{block_id}" for block_id, _value in page.quiz_questions()]
            for value in VALUES:
                for name in [*names, UNKNOWN]:
                    self.check("post", url, {name: value})
                self.check("post", url, {name: ["0", value] for name in names})
            self.check("get", url)  # a GET is refused, not an error
        self.assertNoServerErrors()

    def test_words_with_underscores_are_searched(self):
        self.check("get", "/vi/search/", {"q": "wagtailcore_page"})
        self.check("get", "/vi/search/", {"q": "_"})
        self.check("get", "/vi/search/suggest/", {"q": "1_000"})
        self.assertNoServerErrors()

    def test_documents_take_a_5000_digit_id(self):
        self.check("get", f"/documents/{HUGE}/x.pdf")
        self.assertNoServerErrors()
