"""Market prices on the dashboard: the latest per species, part and form, a trend, a CSV."""

import csv
import datetime
import io
from xml.etree import ElementTree

import pytest

from species.models import PartUsed
from valuechain.models import MarketPrice

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def root(db):
    return PartUsed.objects.get_or_create(code="root", defaults={"name": "root"})[0]


def price(species, day, vnd, form="dried", market="Chợ Tam Đường", part=None, sample=False):
    return MarketPrice.objects.create(
        species=species,
        part=part,
        form=form,
        market=market,
        date=day,
        price_vnd_per_kg=vnd,
        source="Phiếu khảo sát giá" if not sample else "sample set",
        is_sample=sample,
    )


def csv_rows(response):
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def prices_section(html):
    return html.split('id="prices"')[1]


def test_the_latest_price_of_each_part_and_form_is_shown(chain, client, root, english):
    species = chain["species"]
    price(species, datetime.date(2025, 1, 10), 1_200_000, part=root)
    price(species, datetime.date(2025, 6, 10), 1_450_000, part=root)
    price(species, datetime.date(2025, 6, 10), 1_400_000, part=root, market="Chợ Sa Pa")
    price(species, datetime.date(2025, 3, 1), 600_000, part=root, form="fresh", sample=True)

    html = client.get(chain["dashboard"].url).content.decode()
    section = prices_section(html)
    latest = section.split("Latest prices")[1].split("How prices moved")[0]
    assert "1,450,000" in latest and "1,400,000" in latest  # both markets of the last day
    assert "1,200,000" not in latest  # an older price of the same part and form
    assert "600,000" in latest  # the fresh root has its own latest price
    assert latest.count("sample data, not real") == 1
    assert "Sample data, not real." in section  # the notice, since one price is a sample
    # The trend lists every price, the old one too, and its chart has its own address.
    trend = section.split("How prices moved")[1]
    assert "1,200,000" in trend
    assert f'src="{chain["dashboard"].url}charts/prices/{species.pk}/"' in trend


def test_the_prices_csv_has_every_price_and_marks_sample_rows(chain, client, root, english):
    species = chain["species"]
    price(species, datetime.date(2025, 1, 10), 1_200_000, part=root)
    price(species, datetime.date(2025, 3, 1), 600_000, form="fresh", sample=True)

    response = client.get(chain["dashboard"].url + "csv/prices/")
    assert response["Content-Type"].startswith("text/csv")
    rows = csv_rows(response)
    assert [
        (r["part"], r["form"], r["date"], r["price_vnd_per_kg"], r["sample"]) for r in rows
    ] == [
        (root.name, "dried", "2025-01-10", "1200000", ""),
        ("", "fresh", "2025-03-01", "600000", "sample data, not real"),
    ]
    assert rows[0]["scientific_name"] == "Panax vietnamensis"


def test_the_trend_chart_draws_a_line_per_part_form_and_market(chain, client, root, english):
    species = chain["species"]
    for month, vnd in ((1, 1_200_000), (4, 1_300_000), (7, 1_500_000)):
        price(species, datetime.date(2025, month, 5), vnd, part=root, sample=True)
    price(species, datetime.date(2025, 7, 5), 700_000, part=root, form="fresh", sample=True)

    response = client.get(chain["dashboard"].url + f"charts/prices/{species.pk}/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("image/svg+xml")
    root_node = ElementTree.fromstring(response.content)
    texts = [t.text or "" for t in root_node.iter(f"{SVG}text")]
    assert "Sample data, not real." in texts
    assert f"{root.name}, dried · Chợ Tam Đường" in texts
    assert f"{root.name}, fresh · Chợ Tam Đường" in texts
    alt = root_node.find(f"{SVG}title").text
    assert "1,200,000 VND/kg on 01/05/2025, 1,500,000 VND/kg on 07/05/2025" in alt
    assert b"<script" not in response.content


def test_prices_of_an_unpublished_species_are_not_shown(chain, client, make_species):
    hidden = make_species(genus="Panax", epithet="bipinnatifidus", vi="Sâm vũ diệp")
    price(hidden, datetime.date(2025, 1, 10), 999_999)
    hidden.unpublish()

    page = chain["dashboard"]
    assert "999" not in prices_section(client.get(page.url).content.decode())
    assert csv_rows(client.get(page.url + "csv/prices/")) == []
    assert client.get(page.url + f"charts/prices/{hidden.pk}/").status_code == 404


def test_no_price_says_so(chain, client, english):
    html = client.get(chain["dashboard"].url).content.decode()
    assert "No market price is recorded yet." in html
