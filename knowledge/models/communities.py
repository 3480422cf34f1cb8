"""Communities whose knowledge the museum holds, and the groups that stand for them."""

from django import forms
from django.contrib.auth.models import Group
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.search import index

from base.models import Province
from search.documents import COMMUNITY_GROUP_PREFIX


class CommunityForm(WagtailAdminModelForm):
    # Provinces are few and fixed: tick boxes, stored as a list.
    provinces = forms.MultipleChoiceField(
        label=_("provinces"),
        choices=Province.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )


class Community(index.Indexed, models.Model):
    """An ethnic group's community in a place: the cultural authority for its knowledge.

    Each community has a user group ("Community: <code>"); its members see the
    items a steward has shared with the community only.
    """

    code = models.SlugField(
        _("code"),
        max_length=60,
        unique=True,
        help_text=_("Short and stable, e.g. 'dao-bat-xat'. Names the community's user group."),
    )
    name = models.CharField(_("name"), max_length=200)
    ethnic_group = models.CharField(_("ethnic group"), max_length=100)
    autonym = models.CharField(
        _("autonym"), max_length=100, blank=True, help_text=_("What the people call themselves.")
    )
    language = models.CharField(_("language"), max_length=100, blank=True)
    provinces = models.JSONField(_("provinces"), default=list, blank=True)
    communes = models.CharField(
        _("communes"),
        max_length=500,
        blank=True,
        help_text=_("Current communes (after the July 2025 reform), comma-separated."),
    )
    contact = models.CharField(
        _("how to reach the community's authority"),
        max_length=300,
        blank=True,
        help_text=_("Shown with the items, so people can ask for permission."),
    )
    local_contexts_project_id = models.CharField(
        _("Local Contexts Hub project id"),
        max_length=64,
        blank=True,
        validators=[
            RegexValidator(
                r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
                _("A Local Contexts Hub project id is a UUID."),
            )
        ],
        help_text=_(
            "When the community has registered its labels on the Local Contexts Hub: "
            "the project's id, so that exported records point to the community's own labels."
        ),
    )

    base_form_class = CommunityForm
    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("code"), FieldPanel("ethnic_group")]),
        FieldRowPanel([FieldPanel("autonym"), FieldPanel("language")]),
        FieldPanel("provinces"),
        FieldPanel("communes"),
        FieldPanel("contact"),
        FieldPanel("local_contexts_project_id"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("community")
        verbose_name_plural = _("communities")

    def __str__(self):
        return self.name

    @property
    def group_name(self):
        return f"{COMMUNITY_GROUP_PREFIX}{self.code}"

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        Group.objects.get_or_create(name=self.group_name)
