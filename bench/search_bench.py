"""Benchmark of search: `make bench-search` (one core: `taskset -c 0`).

Generates 60,000 documents (10,000 species-like, 50,000 remedy-like, Vietnamese
text with diacritics whose word frequencies follow Zipf's law over a 1,000-syllable
vocabulary; seeded, so every run indexes the same corpus) and indexes them into a
throw-away embedded index. Then times, each against its target:

- the backend: build time and index size, a fixed mix of full queries with facets,
  suggestions, and a publish followed by a search;
- the whole search page (``/vi/search/?q=…`` through every middleware, Django's test
  client, the page cache emptied before each request, as a publish does) on the demo
  site built in a temporary folder, first with the demo's own index, then with the
  60,000 documents.
"""

import random
import statistics
import time
from urllib.parse import urlencode

import throwaway_site

WORKDIR = throwaway_site.set_up("museum-search-bench-")

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


TARGETS = {
    "build": 10_000,  # ms, 60,000 documents
    "query": 30,  # ms p95, the backend's full query with facets
    "suggest": 10,  # ms p95
    "page demo": 30,  # ms p95, the whole search page on the demo
    "page 60k": 50,  # ms p95, the whole search page with 60,000 documents
}
RESULTS = []


def report(name, values, target_key=None, unit="ms"):
    """Print p50/p95 of ``values`` and whether the p95 meets its target."""
    p50, p95 = statistics.median(values), percentile(values, 95)
    line = f"{name:<34} p50 {p50:6.1f} {unit}   p95 {p95:6.1f} {unit}   ({len(values)} runs)"
    if target_key:
        target = TARGETS[target_key]
        met = p95 <= target
        RESULTS.append((name, met))
        line += f"   target p95 ≤ {target} {unit}: {'met' if met else 'NOT MET'}"
    print(line, flush=True)


def time_backend(backend):
    scope = AccessScope.for_user(None)
    for q in QUERIES[:3]:
        backend.search(SearchQuery(text=q, scope=scope))
    full, suggest = [], []
    for round_ in range(5):
        for i, text in enumerate(QUERIES):
            query = SearchQuery(
                text=text,
                filters=FILTERS[(i + round_) % len(FILTERS)],
                page=1 + round_ % 3,
                scope=scope,
            )
            t = time.perf_counter()
            backend.search(query)
            full.append((time.perf_counter() - t) * 1000)
        for text in PREFIXES:
            t = time.perf_counter()
            backend.suggest(text, "vi", scope)
            suggest.append((time.perf_counter() - t) * 1000)
    report("full query with facets", full, "query")
    report("suggestion", suggest, "suggest")
    # What a publish costs: re-index one remedy-like document, then the first search.
    extra = list(corpus(random.Random(7), n_species=0, n_remedies=1))[0]
    t = time.perf_counter()
    backend.index([extra])
    indexed = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    backend.search(SearchQuery(text="cay thuoc", scope=scope))
    print(
        f"after a publish: index one document {indexed:.0f} ms, "
        f"then the first search {(time.perf_counter() - t) * 1000:.1f} ms",
        flush=True,
    )


def page_paths():
    """The search page as visitors ask for it: words, filters, later pages, typos."""
    paths = []
    for i, text in enumerate(QUERIES):
        params = [("q", text)]
        for facet, values in FILTERS[i % len(FILTERS)].items():
            params += [(facet, v) for v in values]
        if i % 5 == 4:
            params.append(("page", "2"))
        paths.append("/vi/search/?" + urlencode(params))
    return paths


def time_page(client, label, target_key, runs=3):
    """The whole search page, rendered (the page cache emptied before each request)."""
    from django.core.cache import caches

    pages = caches["pages"]
    paths = page_paths()
    for path in paths:
        client.get(path)  # templates, ORM and facet labels warmed, as in a running worker
    times = []
    for _ in range(runs):
        for path in paths:
            pages.clear()
            t = time.perf_counter()
            response = client.get(path)
            times.append((time.perf_counter() - t) * 1000)
            assert response.status_code == 200, (path, response.status_code)
    report(label, times, target_key)


def main():
    from django.test import Client

    from search import service

    throwaway_site.build_demo(WORKDIR)
    client = Client(HTTP_HOST="localhost")
    time_page(client, "search page, demo", "page demo")

    backend = EmbeddedBackend(WORKDIR / "bench-index")
    documents = list(corpus(random.Random(42)))  # generated first: not the index's time
    start = time.perf_counter()
    count = backend.rebuild(documents)
    build = (time.perf_counter() - start) * 1000
    size = sum(f.stat().st_size for f in backend.path.rglob("*") if f.is_file()) / 1e6
    met = build <= TARGETS["build"]
    RESULTS.append(("build", met))
    print(
        f"indexed {count} documents in {build / 1000:.1f} s, {size:.0f} MB on disk"
        f"   target ≤ {TARGETS['build'] / 1000:.0f} s: {'met' if met else 'NOT MET'}",
        flush=True,
    )
    time_backend(backend)
    service.embedded_backend = lambda: backend
    time_page(client, "search page, 60,000 documents", "page 60k")
    missed = [name for name, met in RESULTS if not met]
    print("every target met" if not missed else f"targets NOT met: {', '.join(missed)}")


if __name__ == "__main__":
    main()
