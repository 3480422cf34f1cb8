"""The demo's sample set: invented producers, areas, products, batches, figures and prices.

The fact sheet holds no producer, product batch, yearly output or market price of the
region, so the demo shows how the value chain works with records that are plainly
made up: every one is ``is_sample``, its name says "mẫu"/"sample", and its source says
so. The communes are real (named in the Tam Đường plan and the fact sheet); the codes
are well formed, not granted. ``load_demo --no-samples`` leaves the whole set out.
"""

import datetime

from .facts import QUE, SAM

SOURCE = "Sample data for the demo, not real"
NOTE_VI = "Dữ liệu mẫu cho bản trình diễn, không có thật."
NOTE_EN = "Sample data for the demo, not real."


def notice(vi, en):
    """A rich-text description that starts by saying the record is sample data."""
    return {"vi": f"<p>{NOTE_VI} {vi}</p>", "en": f"<p>{NOTE_EN} {en}</p>"}


# Real communes of the former Tam Đường district (Khun Há and Tả Lèng are named in the
# plan; Giang Ma and Hồ Thầu joined Tả Lèng in July 2025) and of Lào Cai (Bắc Hà, named
# in the fact sheet for its cassia). Codes are looked up in vietnam-provinces.
COMMUNES = {
    "khun-ha": ("lai-chau", "Khun Há", "Tam Đường"),
    "ta-leng": ("lai-chau", "Tả Lèng", "Tam Đường"),
    "bac-ha": ("lao-cai", "Bắc Hà", "Bắc Hà"),
}

PRODUCERS = {
    "coop": {
        "title": {"vi": "HTX mẫu Khun Há (dữ liệu mẫu)", "en": "Khun Há sample cooperative"},
        "kind": "cooperative",
        "commune": "khun-ha",
        "species": [SAM],
        "description": notice(
            "Một hợp tác xã tưởng tượng trồng Sâm Lai Châu dưới tán rừng ở xã Khun Há.",
            "An imaginary cooperative growing Lai Châu ginseng under forest canopy in Khun "
            "Há commune.",
        ),
    },
    "seedlings": {
        "title": {
            "vi": "Cơ sở giống mẫu Tả Lèng (dữ liệu mẫu)",
            "en": "Tả Lèng sample seedling facility",
        },
        "kind": "seedling",
        "facility_code": "SAMPLE-GIONG-01",
        "commune": "ta-leng",
        "species": [SAM],
        "description": notice(
            "Một cơ sở sản xuất giống Sâm Lai Châu tưởng tượng, có mã số cơ sở mẫu.",
            "An imaginary Lai Châu ginseng seedling facility with a sample facility code.",
        ),
    },
    "processing": {
        "title": {
            "vi": "Cơ sở sơ chế mẫu Khun Há (dữ liệu mẫu)",
            "en": "Khun Há sample processing facility",
        },
        "kind": "processing",
        "facility_code": "SAMPLE-CHEBIEN-01",
        "commune": "khun-ha",
        "species": [SAM],
        "description": notice(
            "Một cơ sở sơ chế, chế biến Sâm Lai Châu tưởng tượng.",
            "An imaginary facility for the primary processing of Lai Châu ginseng.",
        ),
    },
}

# Codes follow VN-province-district-commune-facility-year (Decision 3156/QĐ-BNN-TT); the
# facility numbers 9xx are the sample set's.
AREAS = [
    {
        "code": "VN-12-106-03430-901-24",
        "name": "Vùng trồng mẫu Khun Há 1 (dữ liệu mẫu)",
        "species": SAM,
        "producer": "coop",
        "commune": "khun-ha",
        "area_ha": "3.50",
        "under_canopy": True,
        "forest_type": "production",
        "status": "granted",
        "planting_year": 2021,
    },
    {
        "code": "",
        "name": "Vùng trồng mẫu Khun Há 2 (dữ liệu mẫu)",
        "species": SAM,
        "producer": "coop",
        "commune": "khun-ha",
        "area_ha": "1.20",
        "under_canopy": True,
        "forest_type": "production",
        "status": "registered",
        "planting_year": 2019,
    },
    {
        "code": "VN-12-106-03405-902-24",
        "name": "Vườn ươm mẫu Tả Lèng (dữ liệu mẫu)",
        "species": SAM,
        "producer": "seedlings",
        "commune": "ta-leng",
        "area_ha": "1.00",
        "under_canopy": True,
        "forest_type": "production",
        "status": "granted",
        "planting_year": 2022,
    },
    {
        "code": "VN-15-085-02839-903-23",
        "name": "Vùng quế mẫu Bắc Hà (dữ liệu mẫu)",
        "species": QUE,
        "producer": None,
        "commune": "bac-ha",
        "area_ha": "12.00",
        "under_canopy": False,
        "forest_type": "",
        "status": "granted",
        "planting_year": 2015,
    },
]

PRODUCT = {
    "title": {
        "vi": "Trà lá sâm mẫu Khun Há (dữ liệu mẫu)",
        "en": "Khun Há sample ginseng-leaf tea",
    },
    "producer": "processing",
    "species": SAM,
    "part": "leaf",
    "ocop_stars": 4,
    "ocop_year": 2024,
    "description": notice(
        "Một sản phẩm tưởng tượng làm từ lá Sâm Lai Châu, để minh họa trang sản phẩm và hạng "
        "sao OCOP.",
        "An imaginary product made from Lai Châu ginseng leaves, to show a product page and "
        "its OCOP stars.",
    ),
    "where_to_buy": {"vi": NOTE_VI, "en": NOTE_EN},
}

CERTIFICATES = [
    {  # valid
        "number": "SAMPLE-GACP-0001",
        "scheme": "gacp-who",
        "holder": "coop",
        "scope": "area",
        "area": "VN-12-106-03430-901-24",
        "valid_from": datetime.date(2025, 1, 15),
        "valid_until": datetime.date(2030, 1, 14),
    },
    {  # expired
        "number": "SAMPLE-ORG-0002",
        "scheme": "organic",
        "holder": "processing",
        "scope": "product",
        "valid_from": datetime.date(2021, 6, 1),
        "valid_until": datetime.date(2024, 5, 31),
    },
]
ISSUER = "Sample issuer, not real"

CHAIN = {
    "name": "Chuỗi liên kết mẫu Sâm Lai Châu Tam Đường (dữ liệu mẫu)",
    "species": SAM,
    "lead": "processing",
    "members": ["coop", "seedlings"],
    "description": f"{NOTE_VI} {NOTE_EN} An imaginary chain: seedlings from Tả Lèng, growing "
    "in Khun Há, processing and sale by the lead facility.",
}

LAB = "Sample laboratory, not real"


def step(kind, date, facility, vi, en):
    return {"kind": kind, "date": date, "facility": facility, "note": {"vi": vi, "en": en}}


BATCHES = [
    {
        "batch_code": "SAMPLE-SLC-2025-01",
        "title": {
            "vi": "Lô mẫu SAMPLE-SLC-2025-01 (dữ liệu mẫu)",
            "en": "Sample batch SAMPLE-SLC-2025-01",
        },
        "product": True,
        "species": SAM,
        "part": "leaf",
        "area": "VN-12-106-03430-901-24",
        "producer": "processing",
        "harvest_date": datetime.date(2025, 9, 10),
        "quantity_kg": "25.00",
        "protocol": {
            "vi": f"{NOTE_VI} Quy trình mẫu: trồng dưới tán rừng, hái lá khi cây đủ tuổi.",
            "en": f"{NOTE_EN} A sample protocol: grown under forest canopy, leaves picked "
            "from mature plants.",
        },
        "steps": [
            step(
                "seedling",
                datetime.date(2021, 3, 15),
                "seedlings",
                "Cây giống (mẫu)",
                "Seedlings (sample)",
            ),
            step(
                "planting", datetime.date(2021, 4, 10), "coop", "Trồng (mẫu)", "Planting (sample)"
            ),
            step(
                "harvest",
                datetime.date(2025, 9, 10),
                "coop",
                "Hái lá (mẫu)",
                "Leaves picked (sample)",
            ),
            step(
                "primary",
                datetime.date(2025, 9, 12),
                "processing",
                "Rửa, phơi (mẫu)",
                "Washed and dried (sample)",
            ),
            step(
                "processing",
                datetime.date(2025, 9, 20),
                "processing",
                "Sao trà (mẫu)",
                "Tea roasted (sample)",
            ),
            step(
                "packaging",
                datetime.date(2025, 9, 25),
                "processing",
                "Đóng gói (mẫu)",
                "Packed (sample)",
            ),
        ],
        "lab_tests": [
            {
                "name": "Dư lượng thuốc bảo vệ thực vật (mẫu) · pesticide residues (sample)",
                "date": datetime.date(2025, 9, 22),
                "result": "Dưới giới hạn (kết quả mẫu) · below the limits (sample result)",
            }
        ],
    },
    {
        "batch_code": "SAMPLE-SLC-2025-02",
        "title": {
            "vi": "Lô mẫu SAMPLE-SLC-2025-02 (dữ liệu mẫu)",
            "en": "Sample batch SAMPLE-SLC-2025-02",
        },
        "product": False,
        "species": SAM,
        "part": "root",
        "area": "Vùng trồng mẫu Khun Há 2 (dữ liệu mẫu)",
        "producer": "coop",
        "harvest_date": datetime.date(2025, 10, 5),
        "quantity_kg": "12.00",
        "protocol": {
            "vi": f"{NOTE_VI} Quy trình mẫu: củ thu khi cây đủ tuổi.",
            "en": f"{NOTE_EN} A sample protocol: roots dug from mature plants.",
        },
        "steps": [
            step(
                "seedling",
                datetime.date(2019, 3, 12),
                "seedlings",
                "Cây giống (mẫu)",
                "Seedlings (sample)",
            ),
            step("planting", datetime.date(2019, 4, 2), "coop", "Trồng (mẫu)", "Planting (sample)"),
            step(
                "harvest", datetime.date(2025, 10, 5), "coop", "Đào củ (mẫu)", "Roots dug (sample)"
            ),
            step(
                "primary",
                datetime.date(2025, 10, 7),
                "processing",
                "Rửa, phân loại (mẫu)",
                "Washed and sorted (sample)",
            ),
            step(
                "packaging",
                datetime.date(2025, 10, 10),
                "processing",
                "Đóng gói (mẫu)",
                "Packed (sample)",
            ),
        ],
        "lab_tests": [
            {
                "name": "Định danh loài bằng mã vạch ADN (mẫu) · species identity, DNA barcode "
                "(sample)",
                "date": datetime.date(2025, 10, 20),
                "result": "Không khẳng định được là Sâm Lai Châu (kết quả mẫu) · not confirmed as "
                "Lai Châu ginseng (sample result)",
            }
        ],
        "recall_reason": {
            "vi": f"{NOTE_VI} Thu hồi mẫu: phép thử định danh không khẳng định được củ là Sâm "
            "Lai Châu.",
            "en": f"{NOTE_EN} A sample recall: the identity test could not confirm the roots "
            "as Lai Châu ginseng.",
        },
    },
]

# Yearly figures per province; each row: year, area planted, area harvested, output (t),
# value after processing (billion VND).
FIGURES = [
    (
        SAM,
        "lai-chau",
        [
            (2022, "120", "4", "1.2", "60"),
            (2023, "180", "6", "1.8", "90"),
            (2024, "260", "9", "2.7", "135"),
            (2025, "350", "12", "3.6", "180"),
        ],
    ),
    (
        QUE,
        "lao-cai",
        [
            (2022, "100000", "9000", "30000", "9000"),
            (2023, "108000", "9500", "33000", "10500"),
            (2024, "116000", "10000", "36000", "12000"),
            (2025, "124000", "11000", "40000", "13500"),
        ],
    ),
]

# Monthly prices over 2025 (VND/kg) on the 15th: a base price per market and a small
# seasonal swing (highest around the Lunar New Year).
SWING = [4, 6, 3, 0, -2, -3, -4, -3, -1, 0, 2, 3]  # percent, January to December
PRICES = [
    (SAM, "root", "fresh", "Chợ mẫu Tam Đường (dữ liệu mẫu)", 40_000_000),
    (SAM, "root", "fresh", "Chợ mẫu Lai Châu (dữ liệu mẫu)", 42_000_000),
    (QUE, "bark", "dried", "Chợ mẫu Bắc Hà (dữ liệu mẫu)", 45_000),
    (QUE, "bark", "dried", "Chợ mẫu Văn Yên (dữ liệu mẫu)", 47_000),
]


def monthly_prices(base):
    """(date, price) for each month of 2025, rounded to the thousand."""
    return [
        (datetime.date(2025, month, 15), round(base * (100 + swing) / 100, -3))
        for month, swing in enumerate(SWING, start=1)
    ]
