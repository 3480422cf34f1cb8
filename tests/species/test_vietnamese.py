"""Vietnamese dictionary order."""

from hypothesis import given
from hypothesis import strategies as st

from species.vietnamese import sort_key, sortable


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


# Vietnamese letters with and without tones, other scripts, digits and spaces.
NAMES = st.text(
    alphabet=st.sampled_from("aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậfjwzĐÂ 0-'三七"),
    max_size=20,
)


@given(NAMES, NAMES)
def test_the_stored_key_sorts_as_the_dictionary_key(a, b):
    """The database orders by ``sortable``: byte order must agree with ``sort_key``."""
    assert (sortable(a) < sortable(b)) == (sort_key(a) < sort_key(b))
    assert (sortable(a) == sortable(b)) == (sort_key(a) == sort_key(b))


def test_the_stored_key_is_plain_ascii_digits_and_letters():
    # Any collation (SQLite's, PostgreSQL's en_US or C) orders such strings alike.
    assert set(sortable("Đương quy 三七")) <= set("0123456789abcdef")
