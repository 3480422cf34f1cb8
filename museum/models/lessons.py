"""Lesson kits for schools: objectives, linked exhibits and species, a worksheet and a quiz."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from museum.blocks import TEXT_FEATURES, QuizBlock
from museum.search import MuseumSearchable

from .base import IntroPage
from .quizzes import QuizMixin


class LessonIndexPage(IntroPage):
    """Lesson kits for teachers."""

    # The home page links to this collection with these words (``HomePage.collections``).
    home_link = _("For schools: lesson kits")

    subpage_types = ["museum.LessonKitPage"]

    class Meta:
        verbose_name = _("lesson index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["lessons"] = LessonKitPage.objects.live().public().child_of(self)
        return context


class LessonKitPage(MuseumSearchable, QuizMixin, RoutablePageMixin, Page):
    """What a teacher needs for one lesson: who it is for, what pupils learn, where to
    look, a worksheet to print and a quiz."""

    age_group = models.CharField(
        _("age group"), max_length=80, help_text=_("e.g. 'Lower secondary, ages 11–14'.")
    )
    duration_minutes = models.PositiveSmallIntegerField(_("duration (minutes)"), default=45)
    summary = models.TextField(_("summary"), help_text=_("One or two sentences for listings."))
    objectives = RichTextField(_("learning objectives"), features=["bold", "italic", "ul", "ol"])
    exhibits = ParentalManyToManyField(
        "museum.ExhibitPage", blank=True, related_name="+", verbose_name=_("exhibits to visit")
    )
    species = ParentalManyToManyField(
        "species.SpeciesPage", blank=True, related_name="+", verbose_name=_("species to look at")
    )
    teacher_notes = RichTextField(_("notes for the teacher"), blank=True, features=TEXT_FEATURES)
    worksheet = RichTextField(
        _("worksheet"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_("Printed for pupils with the quiz questions and space to answer."),
    )
    quiz = StreamField(QuizBlock(), verbose_name=_("quiz"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("age_group"), FieldPanel("duration_minutes")]),
        FieldPanel("objectives"),
        MultiFieldPanel(
            [
                FieldPanel("exhibits", widget=forms.CheckboxSelectMultiple),
                FieldPanel("species", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("What to look at"),
        ),
        FieldPanel("teacher_notes"),
        FieldPanel("worksheet"),
        FieldPanel("quiz"),
    ]
    parent_page_types = ["museum.LessonIndexPage"]
    subpage_types = []
    quiz_stream_fields = ("quiz",)

    class Meta:
        verbose_name = _("lesson kit")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["linked_exhibits"] = [p for p in self.exhibits.all() if p.live]
        context["linked_species"] = [p for p in self.species.all() if p.live]
        return context

    @path("worksheet/", name="worksheet")
    def worksheet_view(self, request):
        """The worksheet alone, laid out for printing."""
        return self.render(request, template="museum/lesson_worksheet.html")
