"""The catalogue's front page: every species, filtered, in Vietnamese order."""

from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from base.models import Province
from species.badges import badge_with_name
from species.filters import SpeciesFilterForm

from .conservation import ConservationCategory
from .lists import ProtectedListPage
from .pages import SpeciesPage
from .taxonomy import Family, PartUsed, StrategicGroup


class SpeciesIndexPage(Page):
    """The catalogue: every species, filtered, sorted in Vietnamese order, paginated."""

    # The home page links to this collection with these words (``HomePage.collections``).
    home_link = _("Species catalogue")

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    per_page = 24

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["species.SpeciesPage", "species.ProtectedListPage"]
    parent_page_types = ["museum.HomePage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        species = SpeciesPage.objects.live().child_of(self)
        form = SpeciesFilterForm(request.GET or None, options=self.filter_options(species))
        results = form.apply(species)
        page = Paginator(results, self.per_page).get_page(request.GET.get("page"))
        context.update(
            filter_form=form,
            species_page=page,
            result_count=page.paginator.count,
            protected_lists=ProtectedListPage.objects.live().child_of(self),
        )
        return context

    @staticmethod
    def filter_options(species):
        """The values the filters offer: only those some of ``species`` have."""
        ids = species.values_list("pk", flat=True)
        statuses = (
            ConservationCategory.objects.filter(assessments__page__in=ids)
            .select_related("scheme")
            .distinct()
            .order_by("scheme__sort_order", "sort_order")
        )
        return {
            "family": [
                (f.latin_name.lower(), str(f))
                for f in Family.objects.filter(species__in=ids).distinct()
            ],
            "part": [(p.code, p.name) for p in PartUsed.objects.filter(species__in=ids).distinct()],
            "status": [(c.key, badge_with_name(c)) for c in statuses],
            "group": [
                (g.code, g.name) for g in StrategicGroup.objects.filter(species__in=ids).distinct()
            ],
            "province": Province.choices,
        }
