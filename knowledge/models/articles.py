"""Knowledge articles: practices such as harvest customs, forest-canopy cultivation, festivals."""

from django import forms
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, ObjectList, TabbedInterface
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from knowledge.feeds import KnowledgeFeed

from .items import KnowledgeItem


class KnowledgeIndexPage(RoutablePageMixin, Page):
    """The knowledge articles a visitor may see, and their feed."""

    # The home page links to this collection with these words (``HomePage.collections``).
    home_link = _("Indigenous knowledge")

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["museum.HomePage"]
    subpage_types = ["knowledge.KnowledgePage"]
    max_count = 1

    class Meta:
        verbose_name = _("knowledge index")

    @path("")
    def index_view(self, request):
        items = KnowledgePage.objects.child_of(self).visible_to(request.user).specific()
        return self.render(request, context_overrides={"items": items})

    @path("feed/")
    def feed_view(self, request):
        return KnowledgeFeed(self, KnowledgePage)(request)


class KnowledgePage(KnowledgeItem):
    """An article on a practice, with oral-history recordings and their transcripts."""

    body = RichTextField(_("text"), features=["h2", "h3", "bold", "italic", "link", "ul", "ol"])
    species = ParentalManyToManyField(
        "species.SpeciesPage",
        blank=True,
        related_name="knowledge_pages",
        verbose_name=_("plants it is about"),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("species", widget=forms.CheckboxSelectMultiple),
        InlinePanel("sources", heading=_("Sources"), label=_("source")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(KnowledgeItem.protocol_panels, heading=_("Access and consent")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
        ]
    )

    parent_page_types = ["knowledge.KnowledgeIndexPage"]
    subpage_types = []
    template = "knowledge/knowledge_page.html"

    class Meta:
        verbose_name = _("knowledge article")

    def plants(self):
        return self.species.live()
