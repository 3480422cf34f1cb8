"""Remedies as CSV, with their citations, for researchers."""

import csv

from django.http import HttpResponse
from django.utils.cache import patch_cache_control

from knowledge.serializers import item_data
from species.spreadsheets import neutralise_row

COLUMNS = [
    "title",
    "url",
    "conditions",
    "ingredients",
    "cautions",
    "evidence",
    "community",
    "access_level",
    "tk_labels",
    "sources",
]


def _ingredient(i):
    name = i["species"] or i["other"]
    if i["scientific_name"]:
        name += f" ({i['scientific_name']})"
    return f"{name}: {i['part']}" if i["part"] else name


def remedies_csv(remedies, request):
    """The remedies the requesting user may see (the caller filters), one per row."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="remedies.csv"'
    # The rows depend on who asks and may hold restricted knowledge: nobody keeps a copy.
    patch_cache_control(response, private=True, no_store=True)
    response.write("\ufeff")  # so spreadsheet programs read UTF-8
    writer = csv.writer(response)
    writer.writerow(COLUMNS)
    for remedy in remedies:
        data = item_data(remedy, request)
        writer.writerow(
            neutralise_row(
                [
                    data["title"],
                    data["url"],
                    "; ".join(data["conditions"]),
                    "; ".join(_ingredient(i) for i in data["ingredients"]),
                    data["cautions"],
                    "; ".join(f"{e['level']}: {e['source']}" for e in data["evidence"]),
                    data["community"] or "",
                    data["access_level"],
                    "; ".join(label["code"] for label in data["tk_labels"]),
                    " | ".join(s["citation"] for s in data["sources"]),
                ]
            )
        )
    return response
