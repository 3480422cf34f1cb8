"""A curator imports a spreadsheet of market prices in the admin, on a phone and on a
desktop: upload, read the preview, confirm, and find the prices in their list."""

import pytest

pytestmark = pytest.mark.browser

HEADER = "species,part,form,market,date,price_vnd_per_kg,source,is_sample"


@pytest.mark.parametrize(("width", "height"), [(360, 740), (1280, 900)])
def test_a_curator_imports_prices(demo_server, browser, artifacts, tmp_path, width, height):
    market = f"Chợ thử {width}"
    sheet = tmp_path / "prices.csv"
    sheet.write_text(
        "\n".join(
            [
                HEADER,
                f"Panax notoginseng,root,dried,{market},2025-10-02,1200000,Browser test,yes",
                f"Tam thất,root,fresh,{market},2025-10-02,450000,Browser test,yes",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto(f"{demo_server}/admin/login/")
    page.fill("#id_username", "curator")
    page.fill("#id_password", "curator-demo")
    page.click("button[type=submit]")
    page.wait_for_load_state("load")

    page.goto(f"{demo_server}/admin/valuechain/import/prices/")
    assert page.locator("code", has_text="price_vnd_per_kg").count() == 1
    page.set_input_files("#id_file", str(sheet))
    page.screenshot(path=artifacts / f"admin-import-upload-{width}.png", full_page=True)
    page.locator("main form[enctype] button[type=submit]").click()
    page.wait_for_load_state("load")
    rows = page.locator("main table.listing tbody tr")
    assert rows.count() == 2
    assert rows.nth(0).locator("td").nth(0).inner_text() == "2"
    assert market in rows.nth(0).inner_text()
    page.screenshot(path=artifacts / f"admin-import-preview-{width}.png", full_page=True)

    page.locator("main form[action$='/confirm/'] button[type=submit]").click()
    page.wait_for_load_state("load")
    assert "/admin/valuechain/import/prices/done/" in page.url
    assert "prices.csv: 2 new" in page.locator("body").inner_text()  # what was imported
    imported = page.locator("main table.listing tbody tr").all_inner_texts()
    assert len(imported) == 2 and all(market in row for row in imported), imported
    page.screenshot(path=artifacts / f"admin-import-done-{width}.png", full_page=True)
    # The demo has pages of sample prices: the list's search finds the new ones.
    page.goto(f"{demo_server}/admin/snippets/valuechain/marketprice/?q={market}")
    rows = page.locator("main table tbody tr")
    assert rows.count() == 2
    listed = rows.all_inner_texts()
    assert all(market in row for row in listed), listed
    assert any("1200000" in row and "dried" in row for row in listed), listed
    page.screenshot(path=artifacts / f"admin-import-listed-{width}.png", full_page=True)
    context.close()
