"""Every access level × every kind of visitor × every exit where knowledge can leave the site.

The rule: public items reach everyone; registered items reach signed-in users;
community items reach members of that community and stewards; withheld items
reach nobody. Exits shared beyond a session (sitemap, feed) carry public items only.
"""

import json

import pytest
from django.test import Client

from search import service
from tests.sitemap_reader import sitemap_text

LEVELS = ["public", "registered", "community", "withheld"]
VISITORS = ["anonymous", "registered", "member", "other", "steward"]

SEES = {
    "public": set(VISITORS),
    "registered": {"registered", "member", "other", "steward"},
    "community": {"member", "steward"},
    "withheld": set(),
}
# The marker is one searchable word that only the item under test contains.
MARKER = "quelvarin"


def client_for(user):
    client = Client()
    if user.is_authenticated:
        client.force_login(user)
    return client


@pytest.fixture
def item(make_remedy, level_name):
    return make_remedy(title=f"Thuốc {MARKER}", level=level_name)


def page_exit(client, item):
    response = client.get(f"/vi/bai-thuoc/{item.slug}/")
    return response.status_code == 200 and MARKER in response.content.decode()


def listing_exit(client, item):
    return MARKER in client.get("/vi/bai-thuoc/").content.decode()


def species_exit(client, item):
    species = item.ingredient_list[0].species
    return MARKER in client.get(species.url).content.decode()


def search_exit(client, item):
    # The page repeats the query, so look for the hit's link, not the word.
    html = client.get("/vi/search/", {"q": MARKER}).content.decode()
    return f"/bai-thuoc/{item.slug}/" in html


def facet_count_exit(client, item):
    # The kind facet counts must not count what the visitor may not see.
    html = client.get("/vi/search/", {"q": "thuoc", "kind": "remedy"}).content.decode()
    return f"/bai-thuoc/{item.slug}/" in html


def suggest_exit(client, item):
    data = json.loads(client.get("/vi/search/suggest/", {"q": MARKER[:5]}).content)
    return any(MARKER in s["title"] for s in data["suggestions"])


def api_list_exit(client, item):
    data = json.loads(client.get("/api/v1/knowledge/").content)
    return any(MARKER in r["title"] for r in data["results"])


def api_detail_exit(client, item):
    return client.get(f"/api/v1/knowledge/{item.pk}/").status_code == 200


def csv_exit(client, item):
    return MARKER in client.get("/vi/bai-thuoc/csv/").content.decode("utf-8-sig")


def print_exit(client, item):
    return MARKER in client.get("/vi/bai-thuoc/print/").content.decode()


def media_exit(client, item):
    url = item.media.get().url
    response = client.get(url)
    return response.status_code == 200 and b"secret field notes" in b"".join(
        response.streaming_content
    )


EXITS = {
    "page": page_exit,
    "listing": listing_exit,
    "species page": species_exit,
    "search": search_exit,
    "facets": facet_count_exit,
    "suggestions": suggest_exit,
    "api list": api_list_exit,
    "api detail": api_detail_exit,
    "csv export": csv_exit,
    "print view": print_exit,
    "media": media_exit,
}


# Exits shared beyond a session: whoever asks, they carry public items only.
SHARED_EXITS = {
    "sitemap": lambda client, item: item.slug in sitemap_text(client),
    "feed": lambda client, item: MARKER in client.get("/vi/bai-thuoc/feed/").content.decode(),
}


@pytest.mark.parametrize("level_name", LEVELS)
def test_each_exit_shows_an_item_only_to_who_may_see_it(level_name, item, visitors):
    # One item per level, asked for at every exit by every visitor: every wrong answer
    # is listed, so a leak shows all the ways out it has at once.
    clients = {who: client_for(visitors[who]) for who in VISITORS}
    wrong = []
    public_only = set(VISITORS) if level_name == "public" else set()
    for exits, sees in ((EXITS, SEES[level_name]), (SHARED_EXITS, public_only)):
        for exit_name, check in exits.items():
            for who, client in clients.items():
                seen = check(client, item)
                if seen != (who in sees):
                    wrong.append(f"{exit_name}: {who} {'saw' if seen else 'did not see'} it")
    assert not wrong, f"{level_name} item: " + "; ".join(wrong)


@pytest.mark.parametrize("level_name", LEVELS)
def test_search_counts_and_facets_agree_with_what_each_visitor_sees(level_name, item, visitors):
    for who in VISITORS:
        results = service.search(MARKER, "vi", user=visitors[who])
        expected = 1 if who in SEES[level_name] else 0
        assert results.total == expected, who
        facets = {name: dict(values) for name, values in results.facets.items()}
        assert facets.get("kind", {}).get("remedy", 0) == expected, who
        assert facets.get("community", {}).get("dao", 0) == expected, who
        assert facets.get("condition", {}).get("bleeding", 0) == expected, who


@pytest.mark.parametrize("level_name", ["public", "registered", "community", "withheld"])
def test_articles_follow_the_same_rule_on_their_page_and_the_species_page(
    level_name, make_article, make_species, visitors
):
    species = make_species()
    article = make_article(
        title=f"Bài {MARKER}", level=level_name, community="dao", species=[species]
    )
    for who in VISITORS:
        client = client_for(visitors[who])
        expected = who in SEES[level_name]
        page = client.get(f"/vi/tri-thuc/{article.slug}/")
        assert (page.status_code == 200 and MARKER in page.content.decode()) == expected, who
        assert (MARKER in client.get("/vi/tri-thuc/").content.decode()) == expected, who
        assert (MARKER in client.get(species.url).content.decode()) == expected, who


def test_a_refused_page_says_nothing_about_the_item(make_remedy, visitors):
    community = make_remedy(title=f"Thuốc {MARKER}", level="community")
    response = client_for(visitors["other"]).get(f"/vi/bai-thuoc/{community.slug}/")
    assert response.status_code == 404
    assert MARKER not in response.content.decode()


def test_anonymous_visitors_are_asked_to_sign_in_for_registered_items(make_remedy):
    item = make_remedy(title=f"Thuốc {MARKER}", level="registered")
    response = Client().get(f"/vi/bai-thuoc/{item.slug}/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_restricted_pages_and_media_are_never_stored_by_shared_caches(make_remedy, visitors):
    item = make_remedy(title=f"Thuốc {MARKER}", level="registered")
    client = client_for(visitors["registered"])
    for url in (f"/vi/bai-thuoc/{item.slug}/", item.media.get().url):
        cache_control = client.get(url)["Cache-Control"]
        assert "private" in cache_control and "no-store" in cache_control, url


def test_a_withheld_item_can_show_the_communitys_stub_and_nothing_more(make_remedy):
    item = make_remedy(title=f"Thuốc {MARKER}", level="withheld", stub=True)
    response = Client().get(f"/vi/bai-thuoc/{item.slug}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-access="withheld"' in html and "Người Dao" in html
    assert "thổ tam thất" not in html and "Cầm máu" not in html
    assert Client().get(item.media.get().url).status_code == 404


def test_protected_files_have_no_public_media_url(make_remedy, settings):
    item = make_remedy(title=f"Thuốc {MARKER}", level="public")
    media = item.media.get()
    assert not media.url.startswith(settings.MEDIA_URL)
    assert str(settings.PROTECTED_MEDIA_ROOT) in media.file.path
    assert str(settings.MEDIA_ROOT) not in media.file.path


def test_a_public_file_is_checked_again_on_every_view(make_remedy):
    # A takedown or a lapsed consent must reach a browser that already has the file.
    item = make_remedy(title=f"Thuốc {MARKER}", level="public")
    response = Client().get(item.media.get().url)
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"], response["Cache-Control"]
