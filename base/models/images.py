"""The image model every page uses: an image with its credit and licence."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.exceptions import InvalidFilterSpecError
from wagtail.images.models import AbstractImage, AbstractRendition, Filter, Image

from base.licences import licence_uri


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

    class Meta:
        # Created by the museum app; the table kept its name when the model moved here.
        db_table = "museum_creditedimage"

    @property
    def is_credited(self):
        return bool(self.credit.strip() and self.licence.strip())

    @property
    def licence_uri(self):
        """The licence as a URI (Creative Commons), or "" when it is not one."""
        return licence_uri(self.licence)

    def get_rendition(self, filter):
        """One size of the image, as ``get_renditions`` finds or makes it.

        Wagtail's ``get_rendition`` writes the rendition to the cache on every call, even
        one it has just read from there: the sharing image of every rendered page was
        written and renamed on disk (the file cache) once per request."""
        if not isinstance(filter, str | Filter):
            raise InvalidFilterSpecError("A filter spec or a Filter is expected")
        (rendition,) = self.get_renditions(filter).values()
        return rendition


class CreditedRendition(AbstractRendition):
    """A resized copy of a ``CreditedImage``, in one of the sizes and formats pages use."""

    image = models.ForeignKey(CreditedImage, on_delete=models.CASCADE, related_name="renditions")

    def __setstate__(self, state):
        super().__setstate__(state)
        # Unpickled, it was read from the rendition cache. Wagtail's ``get_renditions``
        # writes back every rendition not marked so, and marks only prefetched ones:
        # each picture of every rendered page wrote its sizes to the cache again (a file
        # written and renamed per size with the file cache).
        self._from_cache = True

    class Meta:
        db_table = "museum_creditedrendition"
        unique_together = (("image", "filter_spec", "focal_point_key"),)
