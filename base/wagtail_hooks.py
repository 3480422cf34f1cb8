"""The ground floor's admin: the Translations report, under Reports."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from base import admin_views


@hooks.register("register_admin_urls")
def translation_urls():
    return [
        path("translations/", admin_views.translations, name="base_translations"),
        path(
            "translations/<int:page_id>/reviewed/",
            admin_views.mark_reviewed,
            name="base_translation_reviewed",
        ),
    ]


@hooks.register("register_reports_menu_item")
def translations_menu_item():
    return MenuItem(_("Translations"), reverse("base_translations"), icon_name="globe", order=700)
