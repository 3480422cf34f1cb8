"""The admin's imports: upload → preview (nothing written) → confirm (all written), for
the value chain and for species; only curators may, and bad files get messages."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from wagtail.users.models import UserProfile

from species.models import SpeciesPage
from valuechain.models import MarketPrice, ProducerPage

pytestmark = pytest.mark.usefixtures("english")

PRICES = (
    "species,part,form,market,date,price_vnd_per_kg,source,is_sample\n"
    "Panax vietnamensis,root,fresh,Chợ Tam Đường,2025-10-02,185000,Survey,yes\n"
    "Sâm Lai Châu,root,dried,Chợ Tam Đường,2025-10-02,1250000,Survey,yes\n"
)


@pytest.fixture
def editor(curator, django_user_model):
    """The curator, with the Editors group holding the value chain's snippet permissions,
    reading the admin in English."""
    Group.objects.get(name="Editors").permissions.add(
        *Permission.objects.filter(content_type__app_label="valuechain")
    )
    set_admin_language(django_user_model.objects.get(username="curator"), "en")
    return curator


def set_admin_language(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


def upload(client, content, name="prices.csv", kind="prices"):
    file = SimpleUploadedFile(name, content.encode() if isinstance(content, str) else content)
    return client.post(reverse("valuechain_import", args=[kind]), {"file": file})


def confirm(client, response, kind="prices"):
    return client.post(
        reverse("valuechain_import_confirm", args=[kind]), {"token": response.context["token"]}
    )


def test_the_upload_page_lists_the_columns_and_offers_a_template(chain, editor):
    page = editor.get(reverse("valuechain_import", args=["prices"]))
    assert page.status_code == 200
    text = page.content.decode()
    assert "price_vnd_per_kg" in text and "Preview the changes" in text
    template = editor.get(reverse("valuechain_import_template", args=["prices"]))
    assert template.content.decode().splitlines()[0] == (
        "species,part,form,market,date,price_vnd_per_kg,source,is_sample"
    )
    index = editor.get(reverse("valuechain_import_index"))
    assert "Market prices" in index.content.decode()


def test_preview_writes_nothing_and_confirm_writes_that_upload(chain, editor):
    preview = upload(editor, PRICES)
    assert preview.status_code == 200
    text = preview.content.decode()
    assert "2 new, 0 updated, 0 unchanged" in text and "Nothing has been written yet" in text
    assert not MarketPrice.objects.exists()
    done = confirm(editor, preview)
    assert done.status_code == 302
    assert MarketPrice.objects.count() == 2
    result = editor.get(done["Location"]).content.decode()
    assert "Imported prices.csv: 2 new" in result
    for price in MarketPrice.objects.all():  # each listed, one click from its editor
        url = reverse("wagtailsnippets_valuechain_marketprice:edit", args=[price.pk])
        assert f'href="{url}"' in result
    assert reverse("wagtailsnippets_valuechain_marketprice:list") in result
    again = confirm(editor, preview)  # a second click imports nothing twice
    assert MarketPrice.objects.count() == 2
    assert "expired or was imported already" in editor.get(again["Location"]).content.decode()


def test_a_second_upload_shows_updates_and_unchanged_rows(chain, editor):
    confirm(editor, upload(editor, PRICES))
    preview = upload(editor, PRICES.replace("185000", "190000"))
    text = preview.content.decode()
    assert "0 new, 1 updated, 1 unchanged" in text
    assert "price_vnd_per_kg" in text  # the column that changes
    confirm(editor, preview)
    assert MarketPrice.objects.count() == 2
    assert MarketPrice.objects.get(form="fresh").price_vnd_per_kg == 190000


def test_a_bad_row_in_the_middle_shows_its_error_and_offers_no_confirm(chain, editor):
    lines = PRICES.splitlines()
    bad = "Panax vietnamensis,root,frozen,Chợ Tam Đường,2025-10-02,1,Survey,yes"
    preview = upload(editor, "\n".join([lines[0], lines[1], bad, lines[2]]))
    text = preview.content.decode()
    assert "Row 3, column &#x27;form&#x27;: &#x27;frozen&#x27; is not one of" in text
    assert "Confirm the import" not in text and "token" not in preview.context
    assert not MarketPrice.objects.exists()


def test_errors_are_in_the_curators_language(chain, editor, django_user_model):
    set_admin_language(django_user_model.objects.get(username="curator"), "vi")
    lines = PRICES.splitlines()
    bad = "Panax vietnamensis,root,frozen,Chợ Tam Đường,2025-10-02,1,Survey,yes"
    preview = upload(editor, "\n".join([lines[0], lines[1], bad]))
    assert "Dòng 3, cột &#x27;form&#x27;" in preview.content.decode()


def test_the_upload_is_only_the_uploaders(chain, editor, django_user_model):
    preview = upload(editor, PRICES)
    other = django_user_model.objects.create_user("other", password="pw")
    other.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(other)
    response = confirm(client, preview)
    assert response.status_code == 302 and not MarketPrice.objects.exists()


def test_others_may_not_import(chain, django_user_model):
    anonymous = Client().get(reverse("valuechain_import", args=["prices"]))
    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]
    user = django_user_model.objects.create_user("visitor", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client = Client()
    client.force_login(user)
    for name in ("valuechain_import_index", "species_import"):
        assert client.get(reverse(name)).status_code in (302, 403)
    assert client.get(reverse("valuechain_import", args=["prices"])).status_code in (302, 403)
    response = client.post(
        reverse("valuechain_import", args=["prices"]),
        {"file": SimpleUploadedFile("p.csv", PRICES.encode())},
    )
    assert response.status_code in (302, 403)
    assert not MarketPrice.objects.exists()


def test_an_unknown_kind_is_not_found(chain, editor):
    response = editor.get(reverse("valuechain_import", args=["nonsense"]), follow=True)
    assert response.status_code == 404


def test_an_oversized_file_is_refused_with_a_message(chain, editor, settings):
    settings.IMPORT_MAX_BYTES = 100
    response = upload(editor, PRICES)
    assert response.status_code == 200
    assert "the limit is 100" in response.content.decode()


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("prices.csv", b"", "empty"),
        ("prices.csv", b"\n\n", "The file is empty"),
        ("prices.csv", b"\x00\x01\x02\xff\xfe binary", "not UTF-8"),
        ("prices.xlsx", b"PK\x03\x04 not really a zip", "cannot be opened"),
        ("prices.csv", b"colour,size\nred,big\n", "Missing required column"),
        ("prices.csv", PRICES.splitlines()[0].encode(), "no rows"),
        ("prices.exe", b"MZ", "Unsupported file type"),
    ],
)
def test_hostile_files_get_a_message_never_a_crash(chain, editor, name, content, expected):
    response = upload(editor, content, name=name)
    assert response.status_code == 200
    assert expected in response.content.decode()
    assert not MarketPrice.objects.exists()


def test_a_curator_who_may_not_publish_imports_producers_as_drafts(chain, editor):
    rows = "title,kind,commune,province\nHTX Dược liệu Sìn Hồ,cooperative,Khun Há,Lai Châu\n"
    preview = upload(editor, rows, name="producers.csv", kind="producers")
    assert "1 new" in preview.content.decode()
    assert not ProducerPage.objects.filter(title_vi="HTX Dược liệu Sìn Hồ").exists()
    response = confirm(editor, preview, kind="producers")
    assert response.status_code == 302
    page = ProducerPage.objects.get(title_vi="HTX Dược liệu Sìn Hồ")
    assert page.get_parent().pk == chain["producers"].pk
    may_publish = (
        chain["producers"].permissions_for_user(response.wsgi_request.user).can_publish_subpage()
    )
    assert page.live is may_publish


SPECIES = (
    "scientific_name,family,name_vi\n"
    "Coptis chinensis,Ranunculaceae,Hoàng liên\n"
    "Panax vietnamensis,Araliaceae,Sâm Lai Châu\n"
)


def test_species_upload_preview_confirm(chain, editor):
    page = editor.get(reverse("species_import"))
    assert page.status_code == 200 and "scientific_name" in page.content.decode()
    preview = editor.post(
        reverse("species_import"),
        {"file": SimpleUploadedFile("species.csv", SPECIES.encode())},
    )
    text = preview.content.decode()
    assert "1 new, 1 updated" in text
    assert not SpeciesPage.objects.filter(genus="Coptis").exists()
    done = editor.post(reverse("species_import_confirm"), {"token": preview.context["token"]})
    assert done.status_code == 302
    assert SpeciesPage.objects.filter(genus="Coptis").count() == 1
    assert SpeciesPage.objects.filter(genus="Panax", epithet="vietnamensis").count() == 1


def test_species_upload_with_a_bad_row_imports_nothing(chain, editor):
    rows = SPECIES.replace("Coptis chinensis", "coptis chinensis")
    preview = editor.post(
        reverse("species_import"), {"file": SimpleUploadedFile("species.csv", rows.encode())}
    )
    assert "Row 2, column &#x27;scientific_name&#x27;" in preview.content.decode()
    assert "token" not in preview.context
