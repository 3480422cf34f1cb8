"""The species import in the admin: upload a sheet, preview it, confirm it.

The same checks as ``manage.py import_species`` (``species.importer.check_file``);
the preview says which species would be created and which updated, and writes
nothing. The file waits under a random token tied to the curator
(``base.spreadsheets.keep_upload``) until they confirm. A curator who may not
publish under the species index imports drafts, which wait for review.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.signal_handlers import disable_reference_index_auto_update

from base.page_cache import one_invalidation
from base.spreadsheets import (
    ImportFileError,
    UploadForm,
    forget_upload,
    keep_upload,
    kept_upload,
    upload_as_file,
)
from base.tasks import queue_reference_updates
from search.service import deferred_indexing
from species.importer import COLUMNS, REQUIRED, check_file
from species.models import SpeciesIndexPage
from species.services import find_species, upsert_many

SCOPE = "species"
COLUMN_HELP = {
    "scientific_name": gettext_lazy("Genus epithet, optionally var./subsp./f. and a name."),
    "family": gettext_lazy("Latin family name, e.g. Araliaceae."),
    "name_vi": gettext_lazy("Vietnamese name."),
    "name_en": gettext_lazy("English name."),
    "authority": gettext_lazy("Author of the name."),
    "summary_vi": gettext_lazy("Summary in Vietnamese."),
    "summary_en": gettext_lazy("Summary in English."),
    "synonyms": gettext_lazy("Synonyms, separated by ';'."),
    "vernacular_names": gettext_lazy("Names as 'name [language]', separated by ';'."),
    "parts_used": gettext_lazy("Part codes, separated by ';'."),
    "strategic_groups": gettext_lazy("Group codes, separated by ';'."),
    "assessments": gettext_lazy("scheme:category or scheme:category:year, e.g. iucn:VU:2021."),
    "provinces": gettext_lazy("Province codes, e.g. lao-cai; lai-chau."),
    "regional_status": gettext_lazy("native, introduced…"),
    "source": gettext_lazy("Where the facts come from."),
    "source_url": gettext_lazy("The source's address."),
}


class ImportChange:
    """One row of the preview: the species it creates or updates."""

    def __init__(self, row, data, exists):
        self.row = row
        self.action = "update" if exists else "create"
        self.action_label = _("update") if exists else _("create")
        self.label = " ".join(
            filter(
                None,
                [
                    data.get("genus"),
                    data.get("epithet"),
                    data.get("infraspecific_rank"),
                    data.get("infraspecific_name"),
                ],
            )
        )
        self.changed = []


class ImportPlan:
    """The checked species sheet, as the shared preview template reads it."""

    def __init__(self, parsed, errors):
        self.parsed, self.errors = parsed, errors
        self.changes = [
            ImportChange(
                number,
                data,
                find_species(
                    data["genus"], data.get("epithet", ""), data.get("infraspecific_name", "")
                )
                is not None,
            )
            for number, data in (parsed if not errors else [])
        ]
        creates = sum(1 for c in self.changes if c.action == "create")
        self.counts = {
            "create": creates,
            "update": len(self.changes) - creates,
            "unchanged": 0,
        }


def _index(request):
    index = SpeciesIndexPage.objects.first()
    if index is None or not index.permissions_for_user(request.user).can_add_subpage():
        raise PermissionDenied
    return index


def _check(stored):
    with upload_as_file(stored) as path:
        try:
            parsed, errors = check_file(path)
        except ImportFileError as exc:
            return None, str(exc)
    if not parsed and not errors:
        return None, _("The file has a header but no rows: nothing to import.")
    return ImportPlan(parsed, errors), None


def _context(**extra):
    return {
        "title": _("Import species"),
        "columns": [(c, COLUMN_HELP.get(c, ""), c in REQUIRED) for c in COLUMNS],
        "upload_url": reverse("species_import"),
        "confirm_url": reverse("species_import_confirm"),
        **extra,
    }


def import_upload(request):
    """Upload a species sheet and see what it would change; nothing is written here."""
    index = _index(request)
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        stored = {"name": upload.name, "content": upload.read()}
        plan, error = _check(stored)
        context = _context(plan=plan, file_error=error, file_name=upload.name)
        if plan is not None and not plan.errors:
            context["token"] = keep_upload(request.user, SCOPE, upload.name, stored["content"])
            context["drafts"] = not index.permissions_for_user(request.user).can_publish_subpage()
        return TemplateResponse(request, "species/admin/import_preview.html", context)
    return TemplateResponse(request, "species/admin/import_upload.html", _context(form=form))


def import_confirm(request):
    """Write the species sheet the curator previewed, all or nothing."""
    index = _index(request)
    if request.method != "POST":
        return redirect("species_import")
    token = request.POST.get("token", "")
    stored = kept_upload(request.user, SCOPE, token)
    if stored is None:
        messages.error(
            request, _("This upload has expired or was imported already; upload the file again.")
        )
        return redirect("species_import")
    plan, error = _check(stored)
    if plan is None or plan.errors:
        return TemplateResponse(
            request,
            "species/admin/import_preview.html",
            _context(plan=plan, file_error=error, file_name=stored["name"]),
        )
    publish = index.permissions_for_user(request.user).can_publish_subpage()
    # As the command does: one search pass and one reference-index task per page.
    with deferred_indexing(), one_invalidation(), disable_reference_index_auto_update():
        results = upsert_many(index, (data for _n, data in plan.parsed), publish=publish)
    queue_reference_updates([page for page, _created in results])
    forget_upload(token)
    created = sum(1 for _page, was_created in results if was_created)
    messages.success(
        request,
        _("Imported %(file)s: %(create)s new, %(update)s updated.")
        % {"file": stored["name"], "create": created, "update": len(results) - created},
    )
    return redirect("wagtailadmin_explore", index.pk)
