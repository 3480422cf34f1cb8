"""Who reviewed a page's translation into one language, and when."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

SOURCE_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
TARGET_LANGUAGES = [(code, name) for code, name in settings.LANGUAGES if code != SOURCE_LANGUAGE]


class TranslationReview(models.Model):
    """A curator read a page in one language against the Vietnamese and found it right.

    The review holds for the page as it was then: publishing the page again makes its
    translation "translated, not yet reviewed" until someone reviews it again
    (``base.translation_status``).
    """

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="translation_reviews"
    )
    language = models.CharField(_("language"), max_length=10, choices=TARGET_LANGUAGES)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    reviewed_at = models.DateTimeField(_("reviewed at"))

    class Meta:
        verbose_name = _("translation review")
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="one_review_per_language")
        ]

    def __str__(self):
        return f"{self.page_id} {self.language} {self.reviewed_at:%Y-%m-%d}"
