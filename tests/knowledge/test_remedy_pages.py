"""What a reader sees on a remedy: the notice, warnings first, cautions before use; and
the remedy index's filters, print view, CSV and feed."""

import csv
import io
import json

from django.test import Client

from species.models import ConservationCategory, SpeciesAssessment


def html_of(page, lang="vi"):
    return Client().get(f"/{lang}/bai-thuoc/{page.slug}/").content.decode()


def test_every_remedy_says_it_is_not_medical_advice_and_shows_cautions_before_use(make_remedy):
    html = html_of(make_remedy())
    assert 'data-notice="not-advice"' in html
    assert html.index('data-notice="not-advice"') < html.index("thổ tam thất")
    assert html.index("thổ tam thất") < html.index('id="protocol-h"')


def test_a_toxic_ingredient_puts_a_warning_at_the_top(make_remedy, make_species):
    toxic = make_species(genus="Curculigo", epithet="orchioides", vi="Sâm cau", is_toxic=True)
    html = html_of(make_remedy(species=toxic))
    assert 'data-warning="toxic"' in html
    assert html.index('data-warning="toxic"') < html.index('id="cautions-h"')
    assert 'data-warning="toxic"' not in html_of(make_remedy(slug="other"))


def test_a_species_banned_from_wild_harvest_must_come_from_cultivation(make_remedy, make_species):
    species = make_species(genus="Anoectochilus", epithet="setaceus", vi="Lan kim tuyến")
    SpeciesAssessment.objects.create(
        page=species, category=ConservationCategory.objects.get(scheme__code="nd06-2019", code="IA")
    )
    html = html_of(make_remedy(species=species))
    assert 'data-warning="wild-harvest"' in html
    assert 'data-warning="wild-harvest"' not in html_of(make_remedy(slug="plain"))


def test_the_index_filters_by_condition_plant_part_and_community(
    make_remedy, make_species, condition
):
    from knowledge.models import Condition

    tonic = Condition.objects.create(code="tonic", name="Bồi bổ")
    first = make_remedy(title="Tam thất cầm máu")
    second = make_remedy(
        title="Sâm cau bồi bổ",
        slug="sam-cau",
        community="hmong",
        species=make_species(genus="Curculigo", epithet="orchioides", vi="Sâm cau"),
    )
    second.conditions.set([tonic])
    second.save_revision().publish()
    client = Client()
    html = client.get("/vi/bai-thuoc/", {"condition": "tonic"}).content.decode()
    assert "Sâm cau bồi bổ" in html and "Tam thất cầm máu" not in html
    html = client.get("/vi/bai-thuoc/", {"community": "dao"}).content.decode()
    assert "Tam thất cầm máu" in html and "Sâm cau bồi bổ" not in html
    plant = first.ingredient_list[0].species.pk
    html = client.get("/vi/bai-thuoc/", {"plant": plant, "part": "root"}).content.decode()
    assert "Tam thất cầm máu" in html and "Sâm cau bồi bổ" not in html
    # A value that is not offered is ignored, not an error.
    assert client.get("/vi/bai-thuoc/", {"plant": "nope"}).status_code == 200


def test_print_view_csv_and_feed(make_remedy, source):
    make_remedy()
    client = Client()
    printed = client.get("/vi/bai-thuoc/print/").content.decode()
    assert "thổ tam thất" in printed and source.formatted() in printed
    rows = list(
        csv.DictReader(io.StringIO(client.get("/vi/bai-thuoc/csv/").content.decode("utf-8-sig")))
    )
    assert rows[0]["title"] == "Tam thất cầm máu"
    assert source.formatted() in rows[0]["sources"]
    assert "Panax notoginseng" in rows[0]["ingredients"]
    feed = client.get("/vi/bai-thuoc/feed/")
    assert feed["Content-Type"].startswith("application/rss+xml")
    assert "Tam thất cầm máu" in feed.content.decode()


def test_the_api_gives_citations_and_ingredients(make_remedy, source):
    item = make_remedy()
    data = json.loads(Client().get(f"/api/v1/knowledge/{item.pk}/", {"lang": "vi"}).content)
    assert data["kind"] == "remedy"
    assert data["sources"][0]["citation"] == source.formatted()
    assert data["ingredients"][0]["scientific_name"] == "Panax notoginseng"
    assert data["media"][0]["url"].endswith(item.media.get().url)
    api = Client()
    for params, count in (
        ({"kind": "remedy", "condition": "bleeding"}, 1),
        ({"condition": "bleeding"}, 1),
        ({"kind": "knowledge", "condition": "bleeding"}, 0),
        ({"species": item.ingredient_list[0].species.pk}, 1),
        ({"kind": "remedy", "community": "hmong"}, 0),
    ):
        assert json.loads(api.get("/api/v1/knowledge/", params).content)["count"] == count, params


def test_a_page_of_the_api_list_costs_no_more_queries_for_more_items(
    make_remedy, make_article, make_species
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def listing():
        with CaptureQueriesContext(connection) as queries:
            data = json.loads(Client().get("/api/v1/knowledge/").content)
        return [(r["kind"], r["title"]) for r in data["results"]], len(queries)

    make_article(title="Bài A")
    make_remedy(title="Bài B", slug="b")
    few, few_queries = listing()
    for n in range(4):
        make_remedy(
            title=f"Bài C{n}",
            slug=f"c{n}",
            species=make_species(epithet="abcd"[n] * 3, vi=f"Cây {n}"),
        )
    many, many_queries = listing()

    assert few == [("knowledge", "Bài A"), ("remedy", "Bài B")]
    assert many[:2] == few and len(many) == 6
    assert many_queries == few_queries


def test_tk_labels_are_shown_with_their_meaning(make_remedy):
    from knowledge.models import TKLabel

    item = make_remedy()
    item.labels.set([TKLabel.objects.get(code="TK NC")])
    item.save_revision().publish()
    html = Client().get(f"/en/remedies/{item.slug_en or item.slug}/").content.decode()
    assert 'data-label="TK NC"' in html and "non-commercial" in html.lower()


def test_listing_print_and_csv_cost_the_same_queries_however_many_remedies(
    make_remedy, make_species
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def add(n, start):
        for i in range(start, start + n):
            make_remedy(
                title=f"Bài thuốc {i}",
                slug=f"r{i}",
                species=make_species(genus="Paris", epithet=f"sp{chr(97 + i)}", vi=f"Loài {i}"),
            )

    def queries(url):
        with CaptureQueriesContext(connection) as ctx:
            assert Client().get(url).status_code == 200
        return len(ctx.captured_queries)

    add(2, 0)
    urls = ["/vi/bai-thuoc/", "/vi/bai-thuoc/print/", "/vi/bai-thuoc/csv/"]
    few = [queries(u) for u in urls]
    add(4, 2)
    assert [queries(u) for u in urls] == few
