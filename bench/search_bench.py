"""Benchmark of the embedded search backend: `make bench-search`.

Generates 60,000 documents (10,000 species-like, 50,000 remedy-like, Vietnamese
text with diacritics whose word frequencies follow Zipf's law over a 1,000-syllable
vocabulary; seeded, so every run indexes the same corpus), indexes
them into a throw-away file, then times a fixed mix of full queries with facets
and of suggestions. Prints index build time and p50/p95 latencies.
"""

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "museum.settings.test")

import django  # noqa: E402

django.setup()

from search.backends.base import SearchQuery  # noqa: E402
from search.backends.embedded import EmbeddedBackend  # noqa: E402
from search.documents import AccessScope, SearchDocument  # noqa: E402

SYLLABLES = (
    "sâm tam thất hoàng liên đương quy quế thảo quả lan kim tuyến bảy lá một hoa tinh "
    "ngũ gia bì đỗ trọng giảo cổ lam xuyên khung actiso ba kích bách hợp thiên môn "
    "dây rễ củ vỏ lá hoa hạt cành núi rừng bản mường xanh đỏ trắng đen vàng"
).split()
WORDS = (
    "cây thuốc dùng chữa đau bụng ho sốt tiêu hóa bổ máu cầm máu sắc uống ngâm rượu đắp "
    "ngoài da phụ nữ sau sinh tắm lá người Dao H'Mông Hà Nhì Thái Giáy kinh nghiệm dân gian "
    "thận trọng độc không dùng khi mang thai trẻ em rừng núi cao Lai Châu Lào Cai thu hái "
    "mùa thu phơi khô sao vàng nấu nước xông hơi thấp khớp đau lưng mỏi gối"
).split()
LATIN = "panax coptis paris angelica cinnamomum lilium asparagus polygonatum eucommia".split()
EPITHETS = "vietnamensis notoginseng chinensis polyphylla sinensis cassia poilanei filicinus kingianum ulmoides".split()
FAMILIES = ["Araliaceae", "Ranunculaceae", "Melanthiaceae", "Apiaceae", "Lauraceae", "Liliaceae"]
PARTS = ["root", "rhizome", "leaf", "bark", "fruit", "seed", "flower", "whole-plant"]
PROVINCES = ["lai-chau", "lao-cai", "vietnam"]
CONDITIONS = ["dau-bung", "ho", "sot", "sau-sinh", "thap-khop", "ngoai-da"]
COMMUNITIES = ["dao", "hmong", "ha-nhi", "thai", "giay"]


ONSETS = "b c ch d đ g gi h kh l m n ng nh p ph qu r s t th tr v x".split()
RHYMES = "a à á ả ã ạ ăn âm an ang anh ao âu ay e ê em en eo i ia im in inh iu o ô ơ oa oi ông ơn u ư ưa ươi ương ui ung uôi uyên y".split()


def vocabulary(rng, size=1000):
    """Pseudo-Vietnamese syllables, most common first, after the real words above."""
    words = list(dict.fromkeys(WORDS + SYLLABLES))
    while len(words) < size:
        word = rng.choice(ONSETS) + rng.choice(RHYMES)
        if word not in words:
            words.append(word)
    return words


def body(rng, vocab, weights, k):
    """Text whose word frequencies follow Zipf's law, as natural text does."""
    return " ".join(rng.choices(vocab, cum_weights=weights, k=k))


def corpus(rng, n_species=10_000, n_remedies=50_000):
    vocab = vocabulary(rng)
    weights, total = [], 0.0
    for rank in range(1, len(vocab) + 1):
        total += 1 / rank
        weights.append(total)
    for i in range(n_species):
        title = " ".join(rng.sample(SYLLABLES, 3)).capitalize()
        latin = f"{rng.choice(LATIN).capitalize()} {rng.choice(EPITHETS)}{i}"
        yield SearchDocument(
            key=f"species:{i}",
            kind="species",
            titles={"vi": title, "en": f"Plant {i}"},
            urls={"vi": f"/vi/loai/{i}/"},
            names=[latin, f"{latin[0]}. {latin.split()[1]}", rng.choice(FAMILIES)],
            bodies={"vi": body(rng, vocab, weights, 80)},
            facets={
                "family": [rng.choice(FAMILIES)],
                "part": rng.sample(PARTS, 2),
                "province": [rng.choice(PROVINCES)],
            },
        )
    for i in range(n_remedies):
        access = rng.choices(["public", "registered", "community"], weights=[8, 1, 1])[0]
        yield SearchDocument(
            key=f"remedy:{i}",
            kind="remedy",
            titles={"vi": "Bài thuốc " + " ".join(rng.sample(SYLLABLES, 2))},
            urls={"vi": f"/vi/bai-thuoc/{i}/"},
            names=[" ".join(rng.sample(SYLLABLES, 2))],
            bodies={"vi": body(rng, vocab, weights, 120)},
            facets={
                "condition": rng.sample(CONDITIONS, 2),
                "part": [rng.choice(PARTS)],
                "community": [rng.choice(COMMUNITIES)],
            },
            access=access,
            community=rng.choice(COMMUNITIES) if access == "community" else "",
        )


QUERIES = [
    "tam that",
    "sam",
    "hoang lien",
    "duong quy",
    "cay thuoc chua ho",
    "bo mau",
    "Panax",
    "P. notoginseng",
    "Araliaceae",
    "dau bung sau sinh",
    "tắm lá người Dao",
    "thap khop dau lung",
    "que",
    "lan kim tuyen",
    "notogingseng",
    "rừng núi cao",
]
FILTERS = [
    {},
    {"part": ["root"]},
    {"kind": ["remedy"], "condition": ["ho"]},
    {"province": ["lao-cai"]},
]
PREFIXES = ["ta", "tam t", "hoa", "hoang l", "sa", "duo", "pan", "bai thuoc s", "qu", "lan k"]


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main():
    rng = random.Random(42)
    with tempfile.TemporaryDirectory() as tmp:
        backend = EmbeddedBackend(Path(tmp) / "bench.sqlite3")
        start = time.perf_counter()
        count = backend.rebuild(corpus(rng))
        build = time.perf_counter() - start
        size = (Path(tmp) / "bench.sqlite3").stat().st_size / 1e6
        print(f"indexed {count} documents in {build:.1f} s ({size:.0f} MB)")
        scope = AccessScope.for_user(None)
        for q in QUERIES[:3]:  # warm the page cache
            backend.search(SearchQuery(text=q, scope=scope))
        full, suggest, first_round = [], [], []
        for round_ in range(5):
            for i, text in enumerate(QUERIES):
                query = SearchQuery(
                    text=text,
                    filters=FILTERS[(i + round_) % len(FILTERS)],
                    page=1 + round_ % 3,
                    scope=scope,
                )
                t = time.perf_counter()
                results = backend.search(query)
                full.append((time.perf_counter() - t) * 1000)
                if round_ == 0:
                    first_round.append(full[-1])
                assert results.total >= 0
            for text in PREFIXES:
                t = time.perf_counter()
                backend.suggest(text, "vi", scope)
                suggest.append((time.perf_counter() - t) * 1000)
        print(
            f"full query with facets: p50 {statistics.median(full):.1f} ms, "
            f"p95 {percentile(full, 95):.1f} ms ({len(full)} queries)"
        )
        print(
            f"  first time each query: p50 {statistics.median(first_round):.1f} ms, "
            f"max {max(first_round):.1f} ms (nothing of it in the per-process term cache)"
        )
        print(
            f"suggestion:             p50 {statistics.median(suggest):.1f} ms, "
            f"p95 {percentile(suggest, 95):.1f} ms ({len(suggest)} queries)"
        )
        # What a publish costs: re-index one remedy-like document, then the first search
        # (which rebuilds this process's facet, access and order sets).
        extra = list(corpus(random.Random(7), n_species=0, n_remedies=1))[0]
        t = time.perf_counter()
        backend.index([extra])
        indexed = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        backend.search(SearchQuery(text="cay thuoc", scope=scope))
        refreshed = (time.perf_counter() - t) * 1000
        print(
            f"after a publish:        index one document {indexed:.0f} ms, "
            f"first search {refreshed:.0f} ms"
        )


if __name__ == "__main__":
    main()
