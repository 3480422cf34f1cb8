"""Read the whole sitemap as a crawler does: the index, then every file it lists."""

import re
from html import unescape
from urllib.parse import urlsplit

LOC = re.compile(r"<loc>([^<]+)</loc>")


def sitemap_files(client):
    """The text of every file the sitemap index lists (each section, each page of one)."""
    index = client.get("/sitemap.xml")
    assert index.status_code == 200, index.status_code
    files = []
    for url in LOC.findall(index.content.decode()):
        parts = urlsplit(unescape(url))
        response = client.get(parts.path + (f"?{parts.query}" if parts.query else ""))
        assert response.status_code == 200, url
        files.append(response.content.decode())
    return files


def sitemap_text(client):
    """Every sitemap file the index lists, in one text: what a search engine is told."""
    return "\n".join(sitemap_files(client))
