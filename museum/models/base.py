"""Site-wide pieces: hub pages, short addresses, reading public pages in bulk."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page


def public_pages(ids):
    """The live pages among ``ids`` that everyone may see, as their specific types, in the
    order of ``ids``: a fixed number of queries, however many pages."""
    ids = list(ids)
    found = {p.pk: p for p in Page.objects.filter(pk__in=ids).live().public().specific()}
    return [found[pk] for pk in ids if pk in found]


class IntroPage(Page):
    """A hub page: a title, a short introduction and a listing of its children."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["museum.HomePage"]
    max_count = 1

    class Meta:
        abstract = True


class ShortCode(models.Model):
    """A page's stable short address, ``/q/<code>``, printed in QR labels.

    It points at the page itself, not at a URL, so it survives moves and
    renames; the code is never reused for another page.
    """

    code = models.SlugField(_("code"), max_length=12, unique=True)
    page = models.OneToOneField(
        Page, on_delete=models.CASCADE, related_name="short_code", verbose_name=_("page")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("short address")
        verbose_name_plural = _("short addresses")

    def __str__(self):
        return f"/q/{self.code}"
