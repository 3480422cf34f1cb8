"""What a species page shows of the value chain, through the species app's hook."""

import datetime
from decimal import Decimal

from valuechain.models import GeographicalIndication, MarketPrice, ProductionFigure


def section(html):
    """The value-chain section of a species page, or None."""
    if 'id="value-chain"' not in html:
        return None
    return html.split('id="value-chain"')[1].split("</section>")[0]


def test_a_species_without_any_record_of_the_chain_shows_no_section(chain, client, make_species):
    bare = make_species(genus="Panax", epithet="notoginseng", vi="Tam thất")
    response = client.get(bare.url)
    assert response.status_code == 200
    assert section(response.content.decode()) is None


def test_the_section_shows_products_coded_areas_and_the_sample_notice(chain, client, english):
    html = client.get(chain["species"].url).content.decode()
    found = section(html)
    assert found is not None
    assert "Sample data, not real." in found  # the chain's records are all samples
    assert f'href="{chain["product"].url}"' in found
    assert "OCOP 4 stars" in found
    assert "1 growing area holds a growing-area code." in found
    assert f'href="{chain["dashboard"].url}"' in found


def test_figures_prices_and_indications_with_their_sources(chain, client, english, make_species):
    species = chain["species"]
    for year, area in ((2023, "100"), (2024, "120")):
        ProductionFigure.objects.create(
            species=species,
            province="lai-chau",
            year=year,
            area_planted_ha=Decimal(area),
            source=f"Sở NN&PTNT Lai Châu {year}",
        )
    ProductionFigure.objects.create(
        species=species,
        province="lao-cai",
        commune=None,
        year=2022,
        output_tonnes=Decimal("3.5"),
        source="Cục Thống kê Lào Cai",
    )
    for day, vnd in (
        (datetime.date(2025, 1, 1), 1_000_000),
        (datetime.date(2025, 6, 1), 1_300_000),
    ):
        MarketPrice.objects.create(
            species=species,
            form="dried",
            market="Chợ Tam Đường",
            date=day,
            price_vnd_per_kg=vnd,
            source="Phiếu giá",
        )
    gi = GeographicalIndication.objects.create(
        name="Lai Châu", product_name="sâm", number="00999", source="Cục SHTT"
    )
    gi.species.add(species)
    gi.save()

    found = section(client.get(species.url).content.decode())
    assert "Lai Châu</strong> (sâm), no. 00999" in found and "Cục SHTT" in found
    assert "Sở NN&amp;PTNT Lai Châu 2024" in found
    assert "Sở NN&amp;PTNT Lai Châu 2023" not in found  # only the latest year
    assert "Lào Cai, 2022" in found and "Cục Thống kê Lào Cai" in found
    assert "1,300,000" in found and "1,000,000" not in found  # the latest price only


def test_real_records_alone_show_no_sample_notice(client, english, make_species, home):
    species = make_species(genus="Cinnamomum", epithet="cassia", vi="Quế", family="Lauraceae")
    gi = GeographicalIndication.objects.create(
        name="Văn Yên", product_name="quế", number="00041", source="Cục SHTT"
    )
    gi.species.add(species)
    gi.save()
    found = section(client.get(species.url).content.decode())
    assert "Văn Yên" in found
    assert "Sample data" not in found and "sample data" not in found


def test_a_restricted_product_or_producer_leaves_the_section(chain, client, english):
    """A product behind a view restriction is not listed, and the growing areas of a
    restricted producer are not counted (as for a draft)."""
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(
        page=chain["product"], restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    found = section(client.get(chain["species"].url).content.decode())
    assert f'href="{chain["product"].url}"' not in found
    assert "1 growing area holds a growing-area code." in found

    PageViewRestriction.objects.create(
        page=chain["producer"], restriction_type=PageViewRestriction.LOGIN
    )
    found = section(client.get(chain["species"].url).content.decode()) or ""
    assert "growing-area code" not in found
