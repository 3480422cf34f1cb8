"""How far a page is translated into a language: for visitors (a note on the page) and
curators (the Translations report)."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator

from base import page_cache
from base.fallbacks import has_text, is_fallback
from base.models.translation_reviews import SOURCE_LANGUAGE, TranslationReview

SOURCE, NOT_TRANSLATED, UNREVIEWED, REVIEWED = "source", "missing", "unreviewed", "reviewed"
LABELS = {
    SOURCE: _("original"),
    NOT_TRANSLATED: _("not translated"),
    UNREVIEWED: _("translated, not yet reviewed"),
    REVIEWED: _("reviewed"),
}
# Page fields that are not text a visitor reads: addresses and search-engine metadata.
NOT_READ = {"slug", "url_path", "seo_title", "search_description"}


def read_fields(page):
    """The translated fields of ``page``'s type that a visitor reads."""
    try:
        names = translator.get_options_for_model(type(page)).get_field_names()
    except NotRegistered:
        return []
    return [name for name in names if name not in NOT_READ]


def is_translated(page, language):
    """Every field with Vietnamese text has text of its own in ``language``."""
    return not any(
        is_fallback(page, name, language)
        for name in read_fields(page)
        if has_text(getattr(page, f"{name}_{SOURCE_LANGUAGE}", None))
    )


LOOK_UP = object()  # status(): the caller has not fetched the review


def status(page, language, review=LOOK_UP):
    """SOURCE, NOT_TRANSLATED, UNREVIEWED or REVIEWED for ``page`` in ``language``.

    ``review`` is the page's TranslationReview for that language (or None) when the
    caller has fetched it (the report loads them in bulk); otherwise it is looked up.
    A review older than the page's last publication no longer counts.
    """
    if language == SOURCE_LANGUAGE:
        return SOURCE
    if not is_translated(page, language):
        return NOT_TRANSLATED
    if review is LOOK_UP:
        # A page being previewed before its first save has no reviews to look up.
        reviews = TranslationReview.objects.filter(page_id=page.pk) if page.pk else None
        review = reviews.filter(language=language).first() if reviews is not None else None
    if review is None:
        return UNREVIEWED
    published = page.last_published_at
    return REVIEWED if published is None or review.reviewed_at >= published else UNREVIEWED


def mark_reviewed(page, language, user):
    """Record that ``user`` reviewed ``page`` in ``language`` now; cached copies of the
    page, which say "not yet reviewed", are forgotten."""
    TranslationReview.objects.update_or_create(
        page=page, language=language, defaults={"reviewed_by": user, "reviewed_at": timezone.now()}
    )
    page_cache.invalidate()
