"""Vietnamese dictionary order."""

from species.vietnamese import sort_key


def test_d_comes_before_dj_and_breve_circumflex_are_letters():
    words = ["đương quy", "dâm dương hoắc", "ăn", "ân", "an", "bảy lá một hoa"]
    assert sorted(words, key=sort_key) == [
        "an",
        "ăn",
        "ân",
        "bảy lá một hoa",
        "dâm dương hoắc",
        "đương quy",
    ]


def test_tones_only_break_ties():
    assert sorted(["mạ", "má", "ma", "mà", "mã", "mả"], key=sort_key) == [
        "ma",
        "mà",
        "mả",
        "mã",
        "má",
        "mạ",
    ]
    # "tam" < "tám" by tone, but "tám" < "tan" because letters come first.
    assert sorted(["tan", "tám", "tam"], key=sort_key) == ["tam", "tám", "tan"]


def test_horn_letters_follow_their_base():
    assert sorted(["ưa", "ua", "ơn", "ôn", "on"], key=sort_key) == ["on", "ôn", "ơn", "ua", "ưa"]


def test_case_is_ignored():
    assert sorted(["Sâm Ngọc Linh", "sâm cau", "Sâm Lai Châu"], key=sort_key) == [
        "sâm cau",
        "Sâm Lai Châu",
        "Sâm Ngọc Linh",
    ]
