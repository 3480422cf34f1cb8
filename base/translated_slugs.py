"""The sibling-slug check of wagtail-modeltranslation, asked of the database.

wagtail-modeltranslation adds to every page's ``clean()`` a check that no sibling uses
the page's slug in any language (``patch_wagtailadmin._validate_slugs``). It loads
every sibling page into Python to compare slugs, on every save: under a species index
of 2,000 pages each save paid for 2,000 page objects, three times per published page,
so an import grew slower with every species it added. ``validate_slugs`` makes the
same comparison, with the same fallback rule, in one query.
"""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override
from modeltranslation import settings as mt_settings
from modeltranslation.utils import build_localized_fieldname, resolution_order

EMPTY = ("", None)


def shown_slug_is(language, slug):
    """A condition on pages: their slug as shown in ``language`` (after the fallback
    languages fill an empty one) is ``slug``."""
    condition, earlier_empty = Q(), Q()
    for lang in resolution_order(language):
        field = build_localized_fieldname("slug", lang)
        condition |= earlier_empty & Q(**{field: slug})
        earlier_empty &= Q(**{f"{field}__in": [""]}) | Q(**{f"{field}__isnull": True})
    return condition


def clashing_languages(siblings, shown):
    """The languages in which one of ``siblings`` shows the slug given for that language
    in ``shown`` ({language: slug}); one query whatever the number of siblings."""
    shown = {lang: slug for lang, slug in shown.items() if slug not in EMPTY}
    if not shown:
        return set()
    condition = Q()
    for lang, slug in shown.items():
        condition |= shown_slug_is(lang, slug)
    languages = list(mt_settings.AVAILABLE_LANGUAGES)
    fields = [build_localized_fieldname("slug", lang) for lang in languages]
    clashes = set()
    for row in siblings.filter(condition).values_list(*fields):
        theirs = dict(zip(languages, row, strict=True))
        for lang, slug in shown.items():
            first = next((theirs[f] for f in resolution_order(lang) if theirs.get(f)), None)
            if first == slug:
                clashes.add(lang)
    return clashes


def validate_slugs(page):
    """{localized slug field: error} for each language in which a sibling shows the same
    slug as ``page``; what wagtail-modeltranslation's check returns."""
    if page.get_parent() is None:
        return {}  # the root page's slug can be whatever it likes
    shown = {}
    for language in mt_settings.AVAILABLE_LANGUAGES:
        with override(language):
            shown[language] = page.slug
    if page.pk is None and getattr(page, "_slugs_known_free", None) == shown:
        return {}  # a new page whose slugs were just found free (``known_free``)
    # modeltranslation patches clean() on Page and on each page model, so one full_clean
    # asks twice in a row; the answer for the same slugs and place is kept on the page.
    key = (page.path, tuple(shown.items()))
    remembered = getattr(page, "_slug_check", None)
    if remembered is not None and remembered[0] == key:
        return dict(remembered[1])
    errors = {
        build_localized_fieldname("slug", lang): _("This slug is already in use")
        for lang in clashing_languages(page.get_siblings(inclusive=False), shown)
    }
    page._slug_check = (key, errors)
    return dict(errors)


def known_free(page, shown):
    """Record that ``shown`` ({language: slug}) was just found free among the siblings of
    the new ``page``, in the same transaction (as a bulk import does before adding each
    page), so that validating the page does not ask again."""
    page._slugs_known_free = dict(shown)


def install():
    """Use ``validate_slugs`` in every page's ``clean()`` (the patched ``clean`` looks the
    check up in its module at each call)."""
    from wagtail_modeltranslation import patch_wagtailadmin

    patch_wagtailadmin._validate_slugs = validate_slugs
