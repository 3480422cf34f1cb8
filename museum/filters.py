"""The map's filter form; the shared GET-filter pieces are in ``base.filters``."""

from base.filters import GetFilterForm, IdListField


class MapFilterForm(GetFilterForm):
    """The map's GeoJSON: ``?ids=`` keeps only those pages (a tour's stops, a map block)."""

    ids = IdListField(required=False)
