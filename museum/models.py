"""Site-wide pieces: the image model every page uses and the home page."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Page


class CreditedImage(AbstractImage):
    """An image that knows who made it and under which licence it may be shown.

    Credit and licence are blank in the database because Wagtail's bulk upload
    creates an image from its file alone; every page that shows an image
    refuses one that still lacks them (see ``species.models.SpeciesImage``).
    """

    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_("Photographer or author, as it must appear under the image."),
    )
    licence = models.CharField(
        _("licence"),
        max_length=100,
        blank=True,
        help_text=_("For example CC BY 4.0, CC0, or 'used with permission of …'."),
    )
    source_url = models.URLField(_("source URL"), blank=True)

    admin_form_fields = Image.admin_form_fields + ("credit", "licence", "source_url")

    @property
    def is_credited(self):
        return bool(self.credit.strip() and self.licence.strip())


class CreditedRendition(AbstractRendition):
    image = models.ForeignKey(CreditedImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class HomePage(Page):
    """The museum's front door: what it holds and where to start."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    def get_context(self, request, *args, **kwargs):
        from knowledge.models import KnowledgeIndexPage, RemedyIndexPage
        from species.models import ProtectedListPage, SpeciesIndexPage

        context = super().get_context(request, *args, **kwargs)
        context["species_index"] = SpeciesIndexPage.objects.live().child_of(self).first()
        context["remedy_index"] = RemedyIndexPage.objects.live().child_of(self).first()
        context["knowledge_index"] = KnowledgeIndexPage.objects.live().child_of(self).first()
        context["protected_lists"] = ProtectedListPage.objects.live().descendant_of(self)
        return context


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
