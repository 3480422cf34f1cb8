"""A curator prints QR labels; a phone camera (here: zxing-cpp reading Chromium's
rendering of the sheet) reads each code, and each address opens its species."""

import io

import pytest

pytestmark = pytest.mark.browser


def test_label_sheet_codes_decode_to_addresses_that_open_their_pages(
    demo_server, browser, artifacts
):
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    context = browser.new_context(viewport={"width": 1000, "height": 1400}, device_scale_factor=2)
    page = context.new_page()
    page.goto(f"{demo_server}/admin/login/")
    page.fill("#id_username", "curator")
    page.fill("#id_password", "curator-demo")
    page.click("button[type=submit]")
    page.wait_for_load_state("load")
    page.goto(f"{demo_server}/admin/museum/qr-labels/")
    boxes = page.locator("input[name=pages]")
    for i in range(6):
        boxes.nth(i).check()
    with page.expect_download() as download:
        page.get_by_role("button", name="Download the label sheet").click()
    svg = download.value.path().read_text()

    page.set_content(f"<body style='margin:0;background:#fff'>{svg.split('?>', 1)[1]}</body>")
    page.locator("svg").first.evaluate(
        "s => { s.style.width = '1000px'; s.style.height = 'auto'; }"
    )
    png = page.screenshot(full_page=True)
    (artifacts / "qr-labels.png").write_bytes(png)
    codes = [r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))]
    assert len(codes) == 6, codes
    for code in codes:
        assert code.startswith(f"{demo_server}/q/")
        phone = context.new_page()
        response = phone.goto(code)
        assert response.status == 200
        assert "/loai/" in phone.url or "/species/" in phone.url, phone.url
        phone.close()
    context.close()
