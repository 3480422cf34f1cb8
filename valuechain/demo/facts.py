"""Real facts for the value chain, from ../shared/facts/ only (README.md's table of the
plans' targets, the two plans' texts, species_facts.md sections A and D–E).

Each record names its source as the fact sheet names it. The plans' wording is quoted
from the plans (cut with "…" where a sentence runs past the field's 255 characters).
Neither plan states a baseline figure (the Lào Cai plan says "2 times the 2025 value"
without the 2025 value), so no target has one. What the fact sheet lacks stays empty:
the GACP-WHO recognitions have no number or date, the OCOP products no year.
"""

import datetime

# Species by accepted name (genus, epithet, infraspecific name), as the species demo has them.
SAM = ("Panax", "vietnamensis", "fuscidiscus")  # Sâm Lai Châu
QUE = ("Cinnamomum", "cassia", "")
THAO_QUA = ("Lanxangia", "tsaoko", "")
DUONG_QUY = ("Angelica", "sinensis", "")
ACTISO = ("Cynara", "scolymus", "")
XUYEN_KHUNG = ("Ligusticum", "chuanxiong", "")

TAM_DUONG_SOURCE = (
    "Tam Đường district plan for Sâm Lai Châu (2024–2030, to 2035): Kế hoạch của Ban Chấp "
    "hành Đảng bộ huyện Tam Đường thực hiện Nghị quyết số 17-NQ/TU ngày 19/5/2024, mục II.2"
)
LAO_CAI_SOURCE = (
    "Lào Cai strategic medicinal-plant plan (2026–2030, to 2050): Kế hoạch của Đảng ủy UBND "
    "tỉnh Lào Cai thực hiện Nghị quyết số 48-NQ/TU ngày 03/02/2026, mục II.2"
)


def target(plan, indicator, year, value, at_least, wording, species=None):
    return {
        "plan": plan,
        "indicator": indicator,
        "year": year,
        "value": value,
        "at_least": at_least,
        "wording": wording,
        "species": species,
        "province": "lai-chau" if plan == "tam-duong-2024" else "lao-cai",
        "source": TAM_DUONG_SOURCE if plan == "tam-duong-2024" else LAO_CAI_SOURCE,
    }


TD, LC = "tam-duong-2024", "lao-cai-2026"

# "khoảng" (about) -> at_least=False; "trên", "ít nhất", "từ … trở lên" -> at_least=True;
# a bare figure ("đạt 150.000 ha", "thêm 5") -> at_least=False.
TARGETS = [
    target(
        TD,
        "seedling-facilities",
        2030,
        2,
        True,
        "Xây dựng từ 02 cơ sở sản xuất giống trở lên được công nhận mã số cơ sở nuôi trồng "
        "theo quy định.",
        SAM,
    ),
    target(
        TD,
        "area-ha",
        2030,
        700,
        False,
        "Phát triển vùng trồng Sâm Lai Châu toàn huyện đạt khoảng 700 ha, tập trung tại các "
        "xã: Khun Há, Giang Ma, Hồ Thầu, Tả Lèng, Sơn Bình và một số xã có khả năng thích "
        "ứng để phát triển.",
        SAM,
    ),
    target(
        TD,
        "coded-share",
        2030,
        100,
        False,
        "100% diện tích trồng Sâm Lai Châu được cấp mã số vùng trồng và chỉ dẫn địa lý.",
        SAM,
    ),
    target(
        TD,
        "certified-harvest-t",
        2030,
        6,
        False,
        "Sản lượng khai thác Sâm Lai Châu năm 2030 đạt khoảng 06 tấn/năm (diện tích khai "
        "thác khoảng 20 ha/năm), đảm bảo nguồn gốc xuất xứ, đạt tiêu chuẩn GACP-WHO (…) "
        "hoặc tương đương.",
        SAM,
    ),
    target(
        TD,
        "processing-facilities",
        2030,
        1,
        False,
        "Thu hút, hỗ trợ đầu tư, đầu tư 01 cơ sở sơ chế, chế biến các sản phẩm từ Sâm Lai Châu",
        SAM,
    ),
    target(
        TD,
        "area-ha",
        2035,
        1000,
        False,
        "Định hướng đến năm 2035: Phát triển vùng trồng khoảng 1.000 ha, Sâm Lai Châu trở "
        "thành ngành hàng chủ lực, sản xuất hàng hóa, có giá trị xuất khẩu cao",
        SAM,
    ),
    target(
        LC,
        "area-ha",
        2030,
        8500,
        True,
        "Hình thành các vùng sản xuất dược liệu tập trung gắn với chế biến và tiêu thụ bền "
        "vững, diện tích đạt trên 8.500 ha, sản lượng 40.000 tấn",
    ),
    target(
        LC,
        "output-t",
        2030,
        40000,
        False,
        "Hình thành các vùng sản xuất dược liệu tập trung gắn với chế biến và tiêu thụ bền "
        "vững, diện tích đạt trên 8.500 ha, sản lượng 40.000 tấn",
    ),
    target(
        LC,
        "value-bn-vnd",
        2030,
        2000,
        True,
        "tổng giá trị ngành hàng dược liệu sau chế biến đạt trên 2.000 tỷ đồng, tăng từ 2 "
        "lần trở lên so với năm 2025.",
    ),
    target(
        LC,
        "area-ha",
        2030,
        150000,
        False,
        "đến năm 2030 diện tích quế đạt 150.000 ha, sản lượng 50.000 tấn vỏ khô/năm",
        QUE,
    ),
    target(
        LC,
        "output-t",
        2030,
        50000,
        False,
        "đến năm 2030 diện tích quế đạt 150.000 ha, sản lượng 50.000 tấn vỏ khô/năm",
        QUE,
    ),
    target(
        LC,
        "value-bn-vnd",
        2030,
        18000,
        True,
        "giá trị sản xuất sản phẩm quế sau chế biến đạt trên 18.000 tỷ đồng, tăng khoảng 03 "
        "lần so với năm 2025",
        QUE,
    ),
    target(
        LC,
        "certified-forest-ha",
        2030,
        50000,
        True,
        "duy trì và mở rộng diện tích quế được cấp chứng chỉ rừng bền vững tương đương trên "
        "50.000 ha.",
        QUE,
    ),
    target(
        LC,
        "processing-facilities",
        2030,
        6,
        True,
        "Thu hút đầu tư xây dựng mới ít nhất 6 cơ sở chế biến, trong đó 50% sản lượng dược "
        "liệu chế biến thô và 50% sản lượng dược liệu được chế biến sâu",
    ),
    target(
        LC,
        "ocop-3-stars",
        2030,
        100,
        True,
        "Phát triển và duy trì hiệu quả ít nhất 100 sản phẩm dược liệu OCOP đạt từ 3 sao trở "
        "lên, gắn với chăm sóc sức khỏe và quà tặng du lịch",
    ),
    target(
        LC,
        "value-chains",
        2030,
        10,
        True,
        "xây dựng và duy trì bền vững ít nhất 10 chuỗi liên kết sản xuất, chế biến và tiêu "
        "thụ dược liệu",
    ),
    target(
        LC,
        "certified",
        2030,
        5,
        False,
        "phát triển thêm 5 sản phẩm hoặc cơ sở sản xuất, chế biến dược liệu được chứng nhận "
        "đạt một trong các tiêu chuẩn GACP-WHO, hữu cơ, GMP.",
    ),
    target(
        LC,
        "canopy-projects",
        2030,
        10,
        True,
        "thu hút ít nhất 10 dự án đầu tư phát triển dược liệu quý dưới tán rừng như sâm Việt "
        "Nam, tam thất, bồ chính, sâm cau, thất diệp nhất chi hoa, lan kim tuyến, nhục thung "
        "dung, dâm dương hoắc",
    ),
    target(
        LC,
        "area-ha",
        2050,
        10000,
        True,
        "Hình thành hệ sinh thái dược liệu hoàn chỉnh, từ bảo tồn nguồn gen, sản xuất giống, "
        "vùng nguyên liệu tập trung trên 10.000ha gắn với chế biến sâu.",
    ),
]

# Geographical indications (species_facts.md §A rows 6 and 15, §E), both [H]. None for
# Sâm Lai Châu: the fact sheet found no GI registration and says not to claim one.
GEOGRAPHICAL_INDICATIONS = [
    {
        "name": "Văn Yên",
        "product_name": "Quế (cassia)",
        "number": "00018",
        "decision": "01/QĐ-SHTT",
        "date": datetime.date(2010, 1, 7),
        "area": "Văn Yên (tỉnh Yên Bái cũ, nay thuộc Lào Cai) · Văn Yên (former Yên Bái "
        "province, now part of Lào Cai)",
        "species": [QUE],
        "source": "agri360.vn",
    },
    {
        "name": "Vị Xuyên",
        "product_name": "Thảo quả (tsao-ko cardamom)",
        "number": "00084",
        "decision": "3159/QĐ-SHTT",
        "date": datetime.date(2020, 8, 7),
        "area": "Vị Xuyên (Hà Giang)",
        "species": [THAO_QUA],
        "source": "noip.gov.vn",
    },
]

GACP_SOURCE = 'nongnghiep.vn (Lào Cai "4 loại cây dược liệu")'
GACP_ISSUER = "Bộ Y tế (Ministry of Health)"

# GACP-WHO recognitions in Lào Cai ([M], species_facts.md §A rows 13, 14, 20 and §E).
# The fact sheet gives no number or date, so those stay empty. The scope is "facility":
# an "area" certificate must point at a growing-area record, and one needs an area in
# hectares, which the fact sheet does not give.
GACP_RECOGNITIONS = [
    {
        "holder_name": "Đương quy Bắc Hà (Lào Cai)",
        "scope_note": "Đương quy (Angelica sinensis) trồng ở Bắc Hà, được Bộ Y tế công nhận "
        "đạt GACP-WHO · dong quai grown in Bắc Hà, recognised by the Ministry of Health",
    },
    {
        "holder_name": "Actiso Sa Pa (Lào Cai)",
        "scope_note": "Actiso (Cynara scolymus) trồng ở Sa Pa, được Bộ Y tế công nhận đạt "
        "GACP-WHO · globe artichoke grown in Sa Pa, recognised by the Ministry of Health",
    },
    {
        "holder_name": "Xuyên khung Bát Xát (Lào Cai)",
        "scope_note": "Xuyên khung (Ligusticum chuanxiong) trồng ở Bát Xát, được Bộ Y tế công "
        "nhận đạt GACP-WHO · Sichuan lovage grown in Bát Xát, recognised by the Ministry of "
        "Health",
    },
    {
        "holder_name": "Chè dây Sa Pa và Bát Xát (Lào Cai)",
        "scope_note": "Chè dây trồng ở Sa Pa và Bát Xát, được Bộ Y tế công nhận đạt GACP-WHO "
        "· chè dây grown in Sa Pa and Bát Xát, recognised by the Ministry of Health",
    },
]

OCOP_SOURCE = "vietnam.vn (MARD 5-star OCOP decision, Khmer-language mirror)"

# Traphaco Sapa ([M], species_facts.md §A row 20 and §E). Only its name, its product and
# the species are known: no commune, address or contact.
TRAPHACO = {
    "title": {"vi": "Traphaco Sapa", "en": "Traphaco Sapa"},
    "kind": "enterprise",
    "species": [ACTISO],
    "description": {
        "vi": "<p>Doanh nghiệp có trà actiso và cao mềm actiso được công nhận là sản phẩm OCOP "
        "5 sao cấp quốc gia.</p>",
        "en": "<p>The company whose artichoke tea and artichoke soft extract were recognised "
        "as national 5-star OCOP products.</p>",
    },
    "source": OCOP_SOURCE,
}

# The OCOP fields stay empty: the model asks for the year of the stars, which the fact
# sheet does not give, so the description says it instead.
OCOP_NOTE = {
    "vi": "<p>Được công nhận là sản phẩm OCOP 5 sao cấp quốc gia (nguồn: vietnam.vn). "
    "Nguồn của chúng tôi không ghi năm và số quyết định, nên số sao không được ghi vào mục "
    "OCOP.</p>",
    "en": "<p>Recognised as a national 5-star OCOP product (source: vietnam.vn). Our sources "
    "do not give the year or the decision, so the stars are not entered in the OCOP "
    "fields.</p>",
}
OCOP_PRODUCTS = [
    {
        "title": {"vi": "Trà actiso Traphaco Sapa", "en": "Traphaco Sapa artichoke tea"},
        "species": ACTISO,
        "description": OCOP_NOTE,
        "source": OCOP_SOURCE,
    },
    {
        "title": {
            "vi": "Cao mềm actiso Traphaco Sapa",
            "en": "Traphaco Sapa artichoke soft extract",
        },
        "species": ACTISO,
        "description": OCOP_NOTE,
        "source": OCOP_SOURCE,
    },
]
