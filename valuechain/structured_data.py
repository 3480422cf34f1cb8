"""Products described for machines: schema.org ``Product`` as JSON-LD in the page's
head (``templates/base.html``).

A sample product (``MaybeSample``: invented for the demo, and said so on its page)
gets no ``Product`` at all. The words "sample data, not real" are on the page for
people; a search engine reading structured data would list an invented product
beside real ones, with a maker and a barcode that do not exist. So nothing is said
to machines about it, nor about a real product made by a sample producer.
"""

from base.page_meta import page_summary, share_image

CONTEXT = "https://schema.org"
# schema.org's property for each length of GTIN.
GTIN_PROPERTY = {8: "gtin8", 12: "gtin12", 13: "gtin13", 14: "gtin14"}


def lead_image(page):
    """The product's first photo and its text alternative, or (None, "")."""
    item = page.images.select_related("image").first()
    if item is None:
        return None, ""
    return item.image, item.caption or item.image.title


def product(page, request):
    """A product page as a schema.org ``Product``, or None for sample data."""
    producer = page.public_producer()
    if page.is_sample or (producer is not None and producer.is_sample):
        return None
    url = page.get_full_url(request)
    data = {"@context": CONTEXT, "@type": "Product", "@id": url, "name": str(page.title)}
    if description := page_summary(page):
        data["description"] = description
    if producer is not None:
        maker = {
            "@type": "Organization",
            "name": str(producer.title),
            "url": producer.get_full_url(request),
        }
        data["manufacturer"] = maker
        data["brand"] = {"@type": "Brand", "name": str(producer.title)}
    image, _alt = lead_image(page)
    if shared := share_image(image, request):
        data["image"] = shared[0]
    if page.gtin:
        data[GTIN_PROPERTY.get(len(page.gtin), "gtin")] = page.gtin
    data["url"] = url
    return data
