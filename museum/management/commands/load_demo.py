"""Build the demo site: home page, catalogue, lists and demo accounts. Safe to re-run."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Page

from base.content import set_translated
from knowledge.demo.build import build_knowledge
from museum.demo import translations as demo_translations
from museum.demo.accounts import DEMO_ACCOUNTS
from museum.demo.build import build_museum
from museum.models import HomePage
from museum.public_site import point_default_site_at_public_address
from species.demo.build import build_catalogue
from valuechain.demo.build import build_value_chain

HOME_INTRO = {
    "vi": (
        "<p>Bảo tàng số về cây thuốc của Lai Châu và Lào Cai. Nội dung trình diễn được "
        "tổng hợp từ bảng dữ kiện của dự án; mỗi trang ghi rõ nguồn.</p>"
    ),
    "en": (
        "<p>A digital museum of the medicinal plants of Lai Châu and Lào Cai. The demo "
        "content comes from the project's fact sheet; every page lists its sources.</p>"
    ),
}
CURATOR_MODELS = [
    "family",
    "source",
    "conservationscheme",
    "partused",
    "strategicgroup",
    "condition",
    "commune",
    # The value chain's records, which curators also import from spreadsheets.
    "growingarea",
    "certificate",
    "geographicalindication",
    "valuechain",
    "productionfigure",
    "plantarget",
    "marketprice",
]


class Command(BaseCommand):
    help = (
        "Create or update the demo content (home, 20+ species, protected lists, remedies, "
        "exhibits, visits, a lesson kit, the value chain) and accounts."
    )

    def add_arguments(self, parser):
        parser.add_argument("--no-accounts", action="store_true", help="Do not create demo users.")
        parser.add_argument(
            "--no-samples",
            action="store_true",
            help=(
                "Leave out the value chain's sample set (invented producers, products, "
                "batches, figures and prices, marked as sample data) and remove what an "
                "earlier run made of it."
            ),
        )

    @transaction.atomic
    def handle(self, *args, **options):
        # Pages created before modeltranslation filled *_vi need their translated
        # columns (and url_path) set, or their URLs come out wrong.
        call_command("update_translation_fields", verbosity=0)
        home = self._home()
        self.stdout.write("Building the species catalogue…")
        build_catalogue(home, stream=self.stderr)
        self.stdout.write("Building remedies and indigenous knowledge…")
        build_knowledge(home, stream=self.stderr)
        self.stdout.write("Building exhibits, visits and lesson kits…")
        build_museum(home, stream=self.stderr)
        # After the species: the value chain's targets, areas and batches point at them.
        self.stdout.write("Building the value chain (plans' targets, GIs, sample set)…")
        build_value_chain(home, samples=not options["no_samples"], stream=self.stderr)
        self.stdout.write("Translating the pages into French and Chinese…")
        demo_translations.apply(stream=self.stderr)
        if not options["no_accounts"]:
            self._accounts()
        # Publishing indexed each page; an update also drops what an older demo left behind.
        call_command("search_index", "update", stdout=self.stdout, stderr=self.stderr)
        self.stdout.write(self.style.SUCCESS("Demo content ready."))

    def _home(self):
        home = HomePage.objects.first()
        root = Page.get_first_root_node()
        if home is None:
            # Wagtail's placeholder "Welcome" page (base Page type) gives way to the museum's
            # home page; deleting it also drops the default Site, recreated below.
            for page in root.get_children():
                if type(page.specific) is Page and not page.get_children().exists():
                    page.delete()
            home = HomePage()
            set_translated(
                home,
                "title",
                {"vi": "Dược liệu số", "en": "Dược liệu số: digital medicinal-plant museum"},
            )
            set_translated(home, "slug", {"vi": "trang-chu", "en": "home"})
            set_translated(home, "intro", HOME_INTRO)
            root = Page.get_first_root_node()
            root.add_child(instance=home)
            home.save_revision().publish()
        # The site's own address, so that the sitemap, feeds and every absolute link
        # name the public host (PUBLIC_BASE_URL), never "localhost".
        point_default_site_at_public_address(root_page=home, site_name="Dược liệu số")
        return home

    def _accounts(self):
        User = get_user_model()
        editors, _ = Group.objects.get_or_create(name="Editors")
        editors.permissions.add(
            *Permission.objects.filter(
                content_type__app_label__in=["base", "species", "knowledge", "valuechain"],
                content_type__model__in=CURATOR_MODELS,
            )
        )
        if not settings.DEBUG and not settings.DEMO_ACCOUNTS_ALLOWED:
            # Their passwords are in the README: on a public site anyone could sign in.
            self.stdout.write(
                self.style.WARNING(
                    "Demo accounts not created: these settings do not allow accounts with "
                    "published passwords (DEMO_ACCOUNTS_ALLOWED). Create your own "
                    "administrator with `manage.py createsuperuser`."
                )
            )
            return
        for username, password, role, group in DEMO_ACCOUNTS:
            user, created = User.objects.get_or_create(username=username)
            if created:
                user.set_password(password)
            user.is_staff = user.is_superuser = group is None
            user.save()
            if group:
                user.groups.add(Group.objects.get(name=group))
            self.stdout.write(f"  {username} / {password}  ({role})")
