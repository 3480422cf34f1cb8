"""The {% translated %} tag: a translated field, marked up honestly when it falls back."""

import pytest
from django.template import Context, Template

NOTICE = '<p class="fallback-notice" role="note">Not yet translated: shown in Vietnamese.</p>'


def render(obj, args="", **context):
    template = Template("{% load translated_fields %}{% translated obj " + args + " %}")
    return template.render(Context({"obj": obj, **context}))


def with_notice(html):
    """The markup after the fallback notice, which must come first and only once."""
    assert html.startswith(NOTICE) and html.count(NOTICE) == 1
    return html.removeprefix(NOTICE).strip()


@pytest.fixture
def species(make_species):
    return make_species(
        vi="Tam thất",
        en="Notoginseng",
        summary={"vi": "Cây thuốc cầm máu."},  # no English
        morphology={"vi": "<p>Cây thảo.</p>", "en": "<p>A perennial herb.</p>"},
        habitat={"vi": "<p>Rừng ẩm.</p>"},  # no English
    )


def test_translated_rich_text_is_bare(english, species):
    assert render(species, '"morphology"') == "<p>A perennial herb.</p>"


def test_rich_text_fallback_has_the_notice_then_a_vietnamese_div(english, species):
    assert with_notice(render(species, '"habitat"')) == '<div lang="vi"><p>Rừng ẩm.</p></div>'


def test_plain_text_fallback_is_a_vietnamese_span(english, species):
    html = render(species, '"summary"')
    assert with_notice(html) == '<span lang="vi">Cây thuốc cầm máu.</span>'


def test_a_given_wrapper_carries_class_and_lang(english, species):
    html = render(species, '"summary" tag="p" class="lead" notice=False')
    assert html == '<p class="lead" lang="vi">Cây thuốc cầm máu.</p>'


def test_a_given_wrapper_stays_when_the_field_is_translated(english, species):
    species.summary_en = "A haemostatic herb."
    html = render(species, '"summary" tag="p" class="lead"')
    assert html == '<p class="lead">A haemostatic herb.</p>'


def test_nothing_falls_back_in_vietnamese(species):
    assert render(species, '"habitat"') == "<p>Rừng ẩm.</p>"
    assert render(species, '"summary" tag="p"') == "<p>Cây thuốc cầm máu.</p>"


def test_home_intro_falls_back(english, home):
    home.intro_vi = "<p>Chào mừng.</p>"
    assert with_notice(render(home, '"intro"')) == '<div lang="vi"><p>Chào mừng.</p></div>'
    home.intro_en = "<p>Welcome.</p>"
    assert render(home, '"intro"') == "<p>Welcome.</p>"


@pytest.mark.parametrize("value", ["", "<p></p>"])
def test_an_empty_field_renders_nothing(english, home, value):
    home.intro_vi = home.intro_en = value
    assert render(home, '"intro"') == ""
    assert render(home, '"intro" tag="div" class="x"') == ""


def test_plain_text_is_escaped(english, species):
    species.summary_vi = "<script>alert(1)</script>"
    # A variable, not a literal: Django trusts string literals written in a template.
    html = render(species, '"summary" tag="p" class=css notice=False', css='a"b')
    assert "<script>" not in html
    assert html == '<p class="a&quot;b" lang="vi">&lt;script&gt;alert(1)&lt;/script&gt;</p>'
    species.summary_en = "<script>alert(2)</script>"
    assert render(species, '"summary"') == "&lt;script&gt;alert(2)&lt;/script&gt;"


def test_only_plain_element_names_are_accepted(species):
    with pytest.raises(ValueError):
        render(species, '"summary" tag="p onclick=x"')


def test_a_page_says_it_falls_back_once(english, species):
    template = Template(
        "{% load translated_fields %}{% translated obj 'summary' %}"
        "{% for x in '12' %}{% translated obj 'habitat' %}{% endfor %}"
    )
    html = template.render(Context({"obj": species}))
    assert html.count(NOTICE) == 1 and html.startswith(NOTICE)
    assert html.count('lang="vi"') == 3
