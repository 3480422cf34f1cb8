"""``base.page_queries.private_q`` matches what Wagtail's ``private_q`` does."""

from wagtail.models import Page, PageViewRestriction

from base.page_queries import private_q


def test_private_pages_are_those_wagtail_calls_private(make_species, index):
    open_page = make_species(genus="Panax", epithet="vietnamensis", vi="Sâm")
    locked = make_species(genus="Paris", epithet="polyphylla", vi="Bảy lá một hoa")
    assert not Page.objects.filter(private_q()).exists()  # no restriction: nothing private

    PageViewRestriction.objects.create(
        page=locked, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.LOGIN)

    ours = set(Page.objects.filter(private_q()).values_list("pk", flat=True))
    wagtails = set(Page.objects.filter(Page.objects.all().private_q()).values_list("pk", flat=True))
    assert ours == wagtails
    # The restricted index and everything under it; not its parent.
    assert {index.pk, open_page.pk, locked.pk} <= ours
    assert index.get_parent().pk not in ours
