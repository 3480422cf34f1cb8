"""The dashboard's charts: SVG drawn on the server by pygal, served as images.

Why images at their own address: public pages allow no inline script or style
(``style-src 'self'``), and pygal writes a ``<style>`` element, a ``<script>`` with its
configuration and ``style="…"`` attributes. An SVG shown by ``<img>`` runs no script
and loads nothing from outside, so here each chart is served on its own, with:

- every ``<script>`` and every ``style`` attribute removed (tooltips need JavaScript,
  so their markup goes too), and pygal's JavaScript turned off (``js=[]``);
- its one ``<style>`` element allowed by the chart's own Content-Security-Policy
  through the hash of its text, so nothing else inline could run or style it.

A chart is a picture of figures the page also gives as a table; the page's ``<img>``
carries the text alternative.
"""

import base64
import hashlib
from decimal import Decimal
from xml.etree import ElementTree as etree

import pygal
from django.http import HttpResponse
from django.utils.formats import date_format, number_format
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from pygal.style import Style

SVG_NS = "{http://www.w3.org/2000/svg}"  # as the parser names the tags
WIDTH = 360  # drawn for a phone; it scales down and up with the page
GREEN, GREY, ORANGE = "#1f4d2b", "#9aa79c", "#b25c00"
LINE_COLOURS = ("#1f4d2b", "#b25c00", "#2d5fa1", "#8a2a6b", "#5b7f1f", "#a1261b")
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif"


def _style(colors):
    return Style(
        background="#ffffff",
        plot_background="#ffffff",
        foreground="#222222",
        foreground_strong="#111111",
        foreground_subtle="#666666",
        font_family=FONT,
        label_font_size=13,
        major_label_font_size=13,
        value_font_size=14,
        legend_font_size=13,
        title_font_size=15,
        opacity="1",
        opacity_hover="1",
        transition="0ms",
        colors=colors,
    )


def _number(value):
    if value is None:
        return ""
    value = Decimal(value)
    places = 0 if value == value.to_integral_value() else 1
    return number_format(value, decimal_pos=places, force_grouping=True)


def _strip_for_csp(title):
    """An xml filter for pygal: no script, style attribute, tooltip or comment; a title."""

    def strip(root):
        parents = {child: parent for parent in root.iter() for child in parent}
        for node in list(root.iter()):
            classes = (node.get("class") or "").split()
            if (
                not isinstance(node.tag, str)  # a comment
                or node.tag in ("script", "title")
                or {"tooltip-overlay", "tooltip"} & set(classes)
            ):
                parents[node].remove(node)
                continue
            node.attrib.pop("style", None)
        heading = etree.Element("title")
        heading.text = title
        root.insert(0, heading)
        root.set("role", "img")
        root.attrib.pop("id", None)
        return root

    return strip


def _render(chart, title):
    chart.js = []
    chart.no_prefix = True  # one chart per file: its CSS needs no id prefix
    chart.xml_filters = [_strip_for_csp(title)]
    return chart.render()


def style_hashes(svg):
    """The CSP hashes of the ``<style>`` elements of ``svg`` (bytes)."""
    root = etree.fromstring(svg)
    return [
        f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'"
        for s in (node.text or "" for node in root.iter(f"{SVG_NS}style"))
    ]


def svg_response(svg, filename):
    """The chart as an image, with a policy that lets only its own style apply."""
    response = HttpResponse(svg, content_type="image/svg+xml; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    styles = " ".join(style_hashes(svg)) or "'none'"
    response["Content-Security-Policy"] = (
        f"default-src 'none'; style-src {styles}; frame-ancestors 'self'"
    )
    return response


def _config(**kwargs):
    kwargs.setdefault("width", WIDTH)
    return pygal.Config(
        js=[],
        show_legend=True,
        legend_at_bottom=True,
        legend_at_bottom_columns=1,
        truncate_legend=-1,
        truncate_label=-1,
        margin=8,
        spacing=8,
        **kwargs,
    )


def target_chart_height(group):
    return 110 + 38 * (1 + len(group.rows))


def price_chart_height(prices):
    return 240 + 22 * len(price_series(prices))


def target_chart(group):
    """A bar each for now and every target year of an indicator group."""
    current = group.current
    if current.year:
        now_label = _("Now (%(year)s)") % {"year": current.year}
    else:
        now_label = _("Now") if current.known else _("Now: no figure yet")
    labels = [
        now_label,
        *[_("Target %(year)s") % {"year": row.target.year} for row in group.rows],
    ]
    now_colour = ORANGE if current.is_sample else GREEN
    chart = pygal.HorizontalStackedBar(
        _config(height=target_chart_height(group)),
        style=_style((now_colour, GREY)),
        print_values=True,
        print_zeroes=False,  # a stacked bar's empty places would print "0"
        value_formatter=_number,
        # The values are written on the bars: an axis of numbers only crowds a phone (in
        # a horizontal chart the values' axis is pygal's x axis).
        show_x_labels=False,
    )
    chart.x_labels = labels
    if current.is_sample:
        now_name = _("Now: sample data, not real")
    elif current.known:
        now_name = _("Now")
    else:
        now_name = _("Now: no figure yet")
    chart.add(now_name, [current.value if current.known else None] + [None] * len(group.rows))
    chart.add(_("Plan target"), [None] + [row.target.value for row in group.rows])
    return _render(chart, chart_text(group))


def chart_text(group):
    """The chart in words: its text alternative."""
    current = group.current
    if current.known:
        now = _("now %(value)s") % {"value": _number(current.value)}
        if current.year:
            now += f" ({current.year})"
    else:
        now = _("now: no figure yet")
    targets = "; ".join(
        _("target %(year)s: %(value)s") % {"year": r.target.year, "value": _number(r.target.value)}
        for r in group.rows
    )
    text = f"{capfirst(group.label)}: {now}; {targets}."
    if current.is_sample:
        text += " " + _("Sample data, not real.")
    return text


def price_series(prices):
    """{(part, form, market): [(date, price)]} in date order."""
    series = {}
    for price in sorted(prices, key=lambda p: p.date):
        key = (str(price.part) if price.part_id else "", price.get_form_display(), price.market)
        series.setdefault(key, []).append(price)
    return series


def _series_name(key):
    part, form, market = key
    return ", ".join(p for p in (part, form) if p) + f" · {market}"


def price_chart(species, prices):
    """How the prices of one species moved, a line per part, form and market."""
    series = price_series(prices)
    days = sorted({p.date for p in prices})
    chart = pygal.DateLine(
        _config(height=price_chart_height(prices)),
        style=_style(LINE_COLOURS),
        value_formatter=_number,
        x_value_formatter=lambda d: date_format(d, "SHORT_DATE_FORMAT"),
        x_label_rotation=30,
        margin_right=28,  # room for the last date, turned
        show_minor_x_labels=False,
        x_labels_major_count=4,
        y_title=_("VND/kg"),
        dots_size=3,
        show_x_guides=False,
    )
    chart.x_labels = days
    if any(p.is_sample for p in prices):
        chart.title = _("Sample data, not real.")
    for key, items in series.items():
        chart.add(_series_name(key), [(p.date, p.price_vnd_per_kg) for p in items])
    return _render(chart, price_text(species, prices))


def price_text(species, prices):
    """The price chart in words: its text alternative."""
    parts = []
    for key, items in price_series(prices).items():
        first, last = items[0], items[-1]
        parts.append(
            _("%(series)s: %(first)s VND/kg on %(start)s, %(last)s VND/kg on %(end)s")
            % {
                "series": _series_name(key),
                "first": _number(first.price_vnd_per_kg),
                "start": date_format(first.date, "SHORT_DATE_FORMAT"),
                "last": _number(last.price_vnd_per_kg),
                "end": date_format(last.date, "SHORT_DATE_FORMAT"),
            }
        )
    text = _("Market prices of %(species)s") % {"species": species.title} + ". "
    text += "; ".join(parts) + "."
    if any(p.is_sample for p in prices):
        text += " " + _("Sample data, not real.")
    return text
