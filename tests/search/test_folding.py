"""One folding function for index and query."""

import pytest

from search.folding import fold, normalize, tokens


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Tam Thất", "tam that"),
        ("Đương quy", "duong quy"),
        ("đƯƠNG QUY", "duong quy"),
        ("Sâm Lai Châu", "sam lai chau"),
        ("H'Mông", "hmong"),
        ("H’Mông", "hmong"),
        ("羽叶三七", "羽 叶 三 七"),
        ("  nhiều   khoảng  trắng ", "nhieu khoang trang"),
        ("", ""),
        (None, ""),
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


def test_tokens_drop_punctuation_and_query_syntax():
    assert tokens('"tam" AND NOT (that*) NEAR(') == ["tam", "and", "not", "that", "near"]
    assert normalize("P. notoginseng") == "p notoginseng"
