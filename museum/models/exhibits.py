"""Exhibits: stories told with text, images, species and remedy cards, audio and quizzes."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Page

from base.models import CitedSource, CitesSources
from museum.blocks import StoryBlock
from museum.search import MuseumSearchable

from .base import IntroPage
from .quizzes import QuizMixin


class ExhibitIndexPage(IntroPage):
    """The museum's exhibits, newest first."""

    # The home page links to this collection with these words (``HomePage.collections``).
    home_link = _("Exhibits")

    subpage_types = ["museum.ExhibitPage"]

    class Meta:
        verbose_name = _("exhibit index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["exhibits"] = (
            ExhibitPage.objects.live().public().child_of(self).order_by("-first_published_at")
        )
        return context


class ExhibitPage(MuseumSearchable, CitesSources, QuizMixin, Page):
    """One exhibit: a story for visitors and classes, with its sources."""

    summary = models.TextField(_("summary"), help_text=_("One or two sentences for listings."))
    body = StreamField(StoryBlock(), verbose_name=_("story"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel("sources", heading=_("Sources"), label=_("source")),
    ]
    parent_page_types = ["museum.ExhibitIndexPage"]
    subpage_types = []
    has_short_address = True  # printed beside the exhibit in the museum room
    quiz_stream_fields = ("body",)

    class Meta:
        verbose_name = _("exhibit")


class ExhibitSource(CitedSource):
    page = ParentalKey(ExhibitPage, on_delete=models.CASCADE, related_name="sources")
