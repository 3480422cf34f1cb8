"""How the museum's open data is licensed and cited: one wording for the API,
the Darwin Core Archive and the pages, so a researcher reads the same everywhere."""

import datetime

from django.conf import settings

from base.licences import licence_uri

PUBLISHER = "Dược liệu số: the digital medicinal-plant museum of Lai Châu and Lào Cai"


def data_licence():
    """``(text, uri)`` of the licence of the museum's own data (OPEN_DATA_LICENCE)."""
    text = settings.OPEN_DATA_LICENCE
    return text, licence_uri(text)


def cite_as(url, title=None, accessed=None):
    """A citation of ``url`` (an item or a list) as a researcher would write it, with the
    date it was read (today by default)."""
    accessed = accessed or datetime.date.today()
    what = f"{title}. " if title else ""
    licence, _ = data_licence()
    return f"{what}{PUBLISHER}. {url} ({licence}). Accessed {accessed.isoformat()}."
