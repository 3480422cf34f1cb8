"""The page cache serves anonymous visitors a stored page, and never anything restricted."""

from django.test import Client
from wagtail.models import Page


def get(url, user=None):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client.get(url)


def test_an_anonymous_visitor_gets_the_stored_page_the_second_time(make_species):
    species = make_species(vi="Tam thất")
    first, second = get(species.url), get(species.url)
    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert first.content == second.content
    assert "no-cache" in second["Cache-Control"]


def test_publishing_a_change_shows_at_once(make_species):
    species = make_species(vi="Tam thất")
    get(species.url)
    species.summary_vi = "Một câu tóm tắt mới."
    species.save_revision().publish()
    response = get(species.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Một câu tóm tắt mới." in response.content.decode()


def test_unpublishing_removes_the_page_at_once(make_species, index):
    species = make_species(vi="Tam thất")
    assert "Tam thất" in get(index.url).content.decode()
    species.unpublish()
    assert "Tam thất" not in get(index.url).content.decode()
    assert get(species.url).status_code == 404


def test_signed_in_visitors_are_never_served_from_or_stored_in_the_cache(make_species, visitors):
    species = make_species(vi="Tam thất")
    signed_in = get(species.url, visitors["member"])
    assert "X-Page-Cache" not in signed_in
    assert "private" in signed_in["Cache-Control"] and "no-store" in signed_in["Cache-Control"]
    assert get(species.url)["X-Page-Cache"] == "miss"  # the member's page was not stored
    assert "X-Page-Cache" not in get(species.url, visitors["member"])


def test_a_member_still_sees_community_knowledge_on_a_page_cached_for_anonymous(
    make_remedy, visitors
):
    remedy = make_remedy(title="Bài thuốc của người Dao", level="community")
    species = remedy.ingredient_list[0].species
    assert "Bài thuốc của người Dao" not in get(species.url).content.decode()
    assert get(species.url)["X-Page-Cache"] == "hit"
    assert "Bài thuốc của người Dao" in get(species.url, visitors["member"]).content.decode()


def test_restricted_answers_are_not_stored(make_remedy, visitors):
    remedy = make_remedy(title="Chỉ cho người đăng nhập", level="registered")
    for _ in range(2):
        response = get(remedy.url)
        assert "X-Page-Cache" not in response
    assert "Chỉ cho người đăng nhập" in get(remedy.url, visitors["registered"]).content.decode()


def test_a_change_to_a_record_a_page_shows_invalidates_it(make_remedy, condition, remedy_index):
    make_remedy(title="Tam thất cầm máu")
    url = remedy_index.url
    assert "Chảy máu" in get(url).content.decode()
    condition.name_vi = "Xuất huyết"
    condition.save()
    assert "Xuất huyết" in get(url).content.decode()


def test_taking_knowledge_down_removes_it_from_cached_listings(make_remedy, remedy_index, visitors):
    from knowledge.withdrawal import withdraw

    remedy = make_remedy(title="Tam thất cầm máu")
    assert "Tam thất cầm máu" in get(remedy_index.url).content.decode()
    withdraw(remedy, visitors["steward"], "community asked")
    assert "Tam thất cầm máu" not in get(remedy_index.url).content.decode()


def test_a_password_protected_page_is_never_stored(make_species):
    from wagtail.models import PageViewRestriction

    species = make_species(vi="Tam thất")
    PageViewRestriction.objects.create(
        page=species, restriction_type="password", password="mat-khau"
    )
    visitor = Client()
    assert 'name="password"' in visitor.get(species.url).content.decode()
    action = (
        f"/vi/_util/authenticate_with_password/{PageViewRestriction.objects.get().pk}/{species.pk}/"
    )
    visitor.post(action, {"password": "mat-khau", "return_url": species.url})
    opened = visitor.get(species.url)  # the anonymous visitor who knows the password
    assert opened.status_code == 200 and 'name="password"' not in opened.content.decode()
    assert "X-Page-Cache" not in opened
    stranger = get(species.url)
    assert "X-Page-Cache" not in stranger
    assert 'name="password"' in stranger.content.decode()


def test_an_alias_of_a_password_protected_page_is_never_stored(make_species, index):
    """The alias answers with its original's restriction (Wagtail's rule); its page,
    opened with the password, must not reach a stranger from the cache."""
    from wagtail.models import PageViewRestriction

    species = make_species(vi="Tam thất")
    alias = species.create_alias(parent=index.get_parent(), update_slug="tam-that-ban-sao")
    # After the alias: a restriction made before would be copied to it.
    restriction = PageViewRestriction.objects.create(
        page=species, restriction_type="password", password="mat-khau"
    )
    visitor = Client()
    assert 'name="password"' in visitor.get(alias.url).content.decode()
    action = f"/vi/_util/authenticate_with_password/{restriction.pk}/{alias.pk}/"
    visitor.post(action, {"password": "mat-khau", "return_url": alias.url})
    opened = visitor.get(alias.url)
    assert opened.status_code == 200 and 'name="password"' not in opened.content.decode()
    assert "X-Page-Cache" not in opened
    assert 'name="password"' in get(alias.url).content.decode()


def test_a_page_rendered_while_the_generation_moves_is_not_served_after_it(make_species):
    """Another process restricts or takes something down while this one renders from the
    rows it read before: the copy must not be served under the new generation."""
    from wagtail import hooks

    from base import page_cache

    species = make_species(vi="Tam thất")

    def changed_elsewhere(page, request, serve_args, serve_kwargs):
        page_cache.invalidate()

    with hooks.register_temporarily("before_serve_page", changed_elsewhere):
        assert get(species.url)["X-Page-Cache"] == "miss"
    assert get(species.url)["X-Page-Cache"] == "miss"  # rendered again, not the old copy
    assert get(species.url)["X-Page-Cache"] == "hit"


def test_campaign_and_click_tags_are_served_from_the_cache(make_species, index):
    species = make_species(vi="Tam thất")
    assert get(f"{species.url}?utm_source=facebook")["X-Page-Cache"] == "miss"
    again = get(f"{species.url}?fbclid=IwAR0abc&utm_medium=qr&utm_source=zalo&gclid=x")
    assert again["X-Page-Cache"] == "hit"
    assert get(species.url)["X-Page-Cache"] == "hit"
    # Parameters a page reads still make their own copy.
    assert get(f"{index.url}?family=Araliaceae")["X-Page-Cache"] == "miss"
    filtered = get(f"{index.url}?utm_campaign=x&family=Araliaceae")
    assert filtered["X-Page-Cache"] == "hit"


def test_a_stored_page_goes_out_compressed_once_to_phones_that_accept_gzip(make_species):
    import gzip

    species = make_species(vi="Tam thất")
    first = Client().get(species.url, HTTP_ACCEPT_ENCODING="gzip, deflate")
    hit = Client().get(species.url, HTTP_ACCEPT_ENCODING="gzip, deflate")
    plain = Client().get(species.url)
    assert (first["X-Page-Cache"], hit["X-Page-Cache"]) == ("miss", "hit")
    assert hit["Content-Encoding"] == "gzip" and "Accept-Encoding" in hit["Vary"]
    assert int(hit["Content-Length"]) == len(hit.content)
    # The same page as rendered, and as sent to a client that takes no gzip.
    assert gzip.decompress(hit.content) == gzip.decompress(first.content) == plain.content
    assert "Content-Encoding" not in plain and "Accept-Encoding" in plain["Vary"]
    assert "Tam thất" in plain.content.decode()


def test_a_phone_revalidating_a_stored_page_gets_a_304_until_it_changes(make_species):
    """A browser keeps the page and asks again with its ETag: a stored page answers 304,
    no body, whether it went out compressed or not; after a publish, the new page."""
    species = make_species(vi="Tam thất")
    gzipped = {"HTTP_ACCEPT_ENCODING": "gzip, deflate"}
    miss, hit = Client().get(species.url, **gzipped), Client().get(species.url, **gzipped)
    assert (miss["X-Page-Cache"], hit["X-Page-Cache"]) == ("miss", "hit")
    assert hit["ETag"] == miss["ETag"]
    again = Client().get(species.url, HTTP_IF_NONE_MATCH=miss["ETag"], **gzipped)
    assert again.status_code == 304 and again.content == b""
    assert again["ETag"] == miss["ETag"]
    assert again["Content-Security-Policy"] == hit["Content-Security-Policy"]
    plain = Client().get(species.url)
    assert plain["X-Page-Cache"] == "hit" and miss["ETag"] == "W/" + plain["ETag"]
    assert Client().get(species.url, HTTP_IF_NONE_MATCH=plain["ETag"]).status_code == 304

    species.summary_vi = "Một câu tóm tắt mới."
    species.save_revision().publish()
    changed = Client().get(species.url, HTTP_IF_NONE_MATCH=miss["ETag"], **gzipped)
    assert changed.status_code == 200 and changed["ETag"] != miss["ETag"]
    assert Client().get(species.url, HTTP_IF_NONE_MATCH=plain["ETag"]).status_code == 200


def test_a_taken_down_remedy_leaves_no_304_of_the_listing_that_showed_it(
    make_remedy, remedy_index, visitors
):
    from knowledge.withdrawal import withdraw

    remedy = make_remedy(title="Tam thất cầm máu")
    Client().get(remedy_index.url)
    kept = Client().get(remedy_index.url)
    assert kept["X-Page-Cache"] == "hit"
    withdraw(remedy, visitors["steward"], "community asked")
    again = Client().get(remedy_index.url, HTTP_IF_NONE_MATCH=kept["ETag"])
    assert again.status_code == 200 and "Tam thất cầm máu" not in again.content.decode()


def test_what_no_one_may_keep_gets_no_etag_and_no_304(make_species, make_remedy, visitors):
    """A signed-in visitor's pages say ``no-store`` (they may hold restricted knowledge)
    and an anonymous visitor is sent to sign in for restricted knowledge: a browser keeps
    nothing to revalidate, and a validator would only tell whether it changed."""
    species = make_species(vi="Tam thất")
    restricted = make_remedy(title="Chỉ cho người đăng nhập", level="registered")
    member = Client()
    member.force_login(visitors["registered"])
    for url in (species.url, restricted.url):
        first = member.get(url)
        assert first.status_code == 200 and "no-store" in first["Cache-Control"]
        assert "ETag" not in first
        assert member.get(url, HTTP_IF_NONE_MATCH='"anything"').status_code == 200
    anonymous = Client().get(restricted.url)
    assert anonymous.status_code == 302 and "ETag" not in anonymous
    assert Client().get(restricted.url, HTTP_IF_NONE_MATCH='"anything"').status_code == 302


def test_every_app_that_shows_records_on_pages_forgets_the_cache_and_a_short_code_does_not(db):
    from base import page_cache
    from base.models import Source
    from museum.models import ShortCode
    from species.models import Family

    before = page_cache.generation()
    Source.objects.create(title="Flora of Vietnam")
    Family.objects.create(latin_name="Zingiberaceae")
    assert page_cache.generation() == before + 2
    page = Page.get_first_root_node()
    ShortCode.objects.create(code="abc12", page=page)
    assert page_cache.generation() == before + 2
