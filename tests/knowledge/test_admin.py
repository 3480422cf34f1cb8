"""Curating remedies in the admin: ingredients, required cautions, and who may change access."""

import re

import pytest
from django.test import Client
from wagtail.models import PageLogEntry
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from knowledge.models import RemedyPage
from species.models import PartUsed


def errors(response):
    """The admin's error messages, for a readable assertion message."""
    html = response.content.decode()
    found = re.findall(r'class="error-message"[^>]*>\s*(?:<span>)?([^<]+)', html)
    found += re.findall(r"w-field__errors[^>]*>(.*?)</div>", html, re.S)
    found += re.findall(r'class="help-critical"[^>]*>([^<]+)', html)
    return [" ".join(m.split()) for m in found if m.strip()]


def remedy_form(species, source, condition, **overrides):
    data = {
        "title_vi": "Tam thất cầm máu",
        "slug_vi": "tam-that-cam-mau",
        "summary_vi": "Cầm máu.",
        "cautions_vi": rich_text("<p>Không nhầm với thổ tam thất.</p>"),
        "ingredients": inline_formset(
            [{"species": species.pk, "part": PartUsed.objects.get(code="root").pk, "other": ""}]
        ),
        "evidence": inline_formset([{"level": 1, "source": source.pk}]),
        "sources": inline_formset([{"source": source.pk, "supports": "uses"}]),
        "consents": inline_formset([]),
        "media": inline_formset([]),
        "access_level": "public",
        "access_change_reason": "Published literature.",
        "action-publish": "publish",
    }
    data.update(overrides)
    flat = nested_form_data(data)
    flat["conditions"] = [condition.pk]  # a multiple choice, which nested_form_data would split
    return flat


@pytest.fixture
def steward(visitors):
    client = Client()
    client.force_login(visitors["steward"])
    return client


def add_url(index):
    return f"/admin/pages/add/knowledge/remedypage/{index.pk}/"


def test_a_remedy_is_created_with_its_ingredients(
    admin_client, remedy_index, make_species, source, condition
):
    species = make_species()
    response = admin_client.post(add_url(remedy_index), remedy_form(species, source, condition))
    assert response.status_code == 302, errors(response)
    remedy = RemedyPage.objects.get(slug="tam-that-cam-mau")
    assert remedy.live
    assert [(i.species, i.part.code) for i in remedy.ingredients.all()] == [(species, "root")]
    assert list(remedy.conditions.all()) == [condition]
    log = PageLogEntry.objects.get(page=remedy, action="knowledge.access_level")
    assert log.data == {"from": None, "to": "public", "reason": "Published literature."}
    # It appears on the species page it uses.
    assert "Tam thất cầm máu" in Client().get(species.url).content.decode()


def test_cautions_and_an_ingredient_are_required(
    admin_client, remedy_index, make_species, source, condition
):
    species = make_species()
    data = remedy_form(
        species,
        source,
        condition,
        cautions_vi=rich_text(""),
        ingredients=inline_formset([{"species": "", "part": "", "other": ""}]),
    )
    response = admin_client.post(add_url(remedy_index), data)
    html = response.content.decode()
    assert response.status_code == 200
    assert not RemedyPage.objects.exists()
    assert "Choose a species" in html or "Chọn một loài" in html


def _edit(client, remedy, species, source, condition, **changes):
    data = remedy_form(species, source, condition, slug_vi=remedy.slug, **changes)
    return client.post(f"/admin/pages/{remedy.pk}/edit/", data)


def test_a_curator_can_restrict_but_not_open_access(curator, make_remedy, source, condition):
    remedy = make_remedy(level="registered", media=False)
    species = remedy.ingredient_list[0].species
    response = _edit(curator, remedy, species, source, condition, access_level="public")
    assert response.status_code == 200
    assert (
        "knowledge steward" in response.content.decode().lower()
        or "người quản lý tri thức" in response.content.decode().lower()
    )
    assert RemedyPage.objects.get(pk=remedy.pk).access_level == "registered"

    response = _edit(
        curator,
        remedy,
        species,
        source,
        condition,
        access_level="community",
        community=remedy.community.pk,
        access_change_reason="Community asked",
        **{"action-publish": "", "action-submit": "submit"},
    )
    assert response.status_code == 302, errors(response)
    # A curator's change goes to expert review; the revision carries the new level.
    latest = RemedyPage.objects.get(pk=remedy.pk).get_latest_revision_as_object()
    assert latest.access_level == "community"
    assert PageLogEntry.objects.filter(page=remedy, action="knowledge.access_level").exists()


def test_a_steward_can_open_access_and_the_reason_is_logged(
    steward, make_remedy, source, condition, visitors
):
    remedy = make_remedy(level="community", media=False)
    species = remedy.ingredient_list[0].species
    response = _edit(
        steward,
        remedy,
        species,
        source,
        condition,
        access_level="public",
        community=remedy.community.pk,
        access_change_reason="Consent for public display recorded on 2026-11-01.",
    )
    assert response.status_code == 302, errors(response)
    remedy.refresh_from_db()
    assert remedy.access_level == "public"
    log = PageLogEntry.objects.filter(page=remedy, action="knowledge.access_level").latest(
        "timestamp"
    )
    assert log.user == visitors["steward"]
    assert log.data["from"] == "community" and log.data["to"] == "public"
    assert "2026-11-01" in log.data["reason"]


def test_a_change_of_level_needs_a_reason(steward, make_remedy, source, condition):
    remedy = make_remedy(level="registered", media=False)
    species = remedy.ingredient_list[0].species
    response = _edit(
        steward, remedy, species, source, condition, access_level="public", access_change_reason=""
    )
    assert response.status_code == 200
    assert RemedyPage.objects.get(pk=remedy.pk).access_level == "registered"


def test_community_level_needs_a_community(
    admin_client, remedy_index, make_species, source, condition
):
    data = remedy_form(make_species(), source, condition, access_level="community", community="")
    response = admin_client.post(add_url(remedy_index), data)
    assert response.status_code == 200
    assert not RemedyPage.objects.exists()
