"""Curating in the Wagtail admin (in Vietnamese, the curators' default): create, edit,
validation messages, tabs, workflow."""

import pytest
from wagtail.models import Page, Workflow
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from species.models import ConservationCategory, Family, SpeciesPage
from tests.species.images import make_image

EMPTY_INLINES = {
    name: inline_formset([])
    for name in (
        "synonyms",
        "vernacular_names",
        "look_alikes",
        "distribution",
        "gallery_images",
        "sources",
    )
}


def form(family, **overrides):
    data = {
        "title_vi": "Hoàng tinh hoa đỏ",
        "title_en": "Red-flowered Solomon's seal",
        "slug_vi": "hoang-tinh-hoa-do",
        "genus": "Polygonatum",
        "epithet": "kingianum",
        "authority": "Collett & Hemsl.",
        "family": family.pk,
        "regional_status": "native",
        "summary_vi": "Cây thuốc bổ nguy cấp.",
        "morphology_vi": rich_text("<p>Cây thảo sống lâu năm.</p>"),
        "assessments": inline_formset(
            [
                {
                    "category": ConservationCategory.objects.get(
                        scheme__code="vnredlist", code="EN"
                    ).pk,
                    "year": 2024,
                    "criteria": "A2acd",
                }
            ]
        ),
        **EMPTY_INLINES,
        "action-publish": "publish",
    }
    data.update(overrides)
    return nested_form_data(data)


@pytest.fixture
def family(db):
    return Family.objects.create(latin_name="Asparagaceae")


def add_url(index):
    return f"/admin/pages/add/species/speciespage/{index.pk}/"


def test_edit_form_has_the_curation_tabs(admin_client, index):
    html = admin_client.get(add_url(index)).content.decode()
    for tab in (
        "Nội dung",
        "Tên gọi",
        "Bảo tồn",
        "Hình ảnh, âm thanh",
        "Nguồn tài liệu",
        "Quảng bá",
    ):
        assert tab in html, tab


def test_curator_creates_a_species_page(admin_client, index, family):
    response = admin_client.post(add_url(index), form(family))
    assert response.status_code == 302, response.content.decode()[:2000]
    page = SpeciesPage.objects.get(genus="Polygonatum")
    assert page.live
    assert page.title_en == "Red-flowered Solomon's seal"
    assert page.assessments.get().criteria == "A2acd"
    html = admin_client.get("/vi/loai/hoang-tinh-hoa-do/").content.decode()
    assert "Cây thảo sống lâu năm." in html and "vnredlist EN" in html


def test_curator_edits_a_species_page(admin_client, make_species, family):
    page = make_species(
        genus="Polygonatum", epithet="kingianum", vi="Hoàng tinh", family="Asparagaceae"
    )
    data = form(page.family, title_vi="Hoàng tinh vòng", slug_vi=page.slug_vi)
    response = admin_client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title_vi == "Hoàng tinh vòng" and page.live


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"genus": "polygonatum"}, "Viết tên chi là một từ Latin viết hoa chữ đầu"),
        ({"epithet": "Kingianum"}, "Viết tính ngữ loài là một từ Latin viết thường"),
    ],
)
def test_bad_binomial_gets_a_clear_message(admin_client, index, family, overrides, message):
    response = admin_client.post(add_url(index), form(family, **overrides))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not SpeciesPage.objects.exists()


def test_future_assessment_year_is_refused(admin_client, index, family):
    category = ConservationCategory.objects.get(scheme__code="iucn", code="VU").pk
    data = form(family, assessments=inline_formset([{"category": category, "year": 2999}]))
    response = admin_client.post(add_url(index), data)
    assert response.status_code == 200
    assert "Năm 2999 nằm trong tương lai." in response.content.decode()


def test_image_without_credit_is_refused(admin_client, index, family):
    image = make_image(title="Uncredited photo", credit="", licence="")
    data = form(family, gallery_images=inline_formset([{"image": image.pk, "caption_vi": "Ảnh"}]))
    response = admin_client.post(add_url(index), data)
    assert response.status_code == 200
    assert (
        "Ảnh &#x27;Uncredited photo&#x27; chưa có tác giả ảnh và giấy phép"
        in response.content.decode()
    )


def test_expert_review_workflow_covers_the_site(db):
    workflow = Workflow.objects.get(name="Expert review")
    task = workflow.tasks.get().specific
    assert [g.name for g in task.groups.all()] == ["Expert reviewers"]
    assert Page.get_first_root_node().get_workflow() == workflow
