"""Loading a page from the database without modelcluster's scan of its relations.

``ClusterableModel.__init__`` lists the model's child relations (every field of the
model, walked twice) on each instantiation, to see whether a keyword argument names one.
Django builds rows read from the database with positional values only (``from_db``), so
the scan never finds anything there, yet it is paid for every page a query returns: a
species page is a model of 155 fields, and a page of the API's remedies builds two
hundred of them (its ingredients' plants), a tenth of the request.

``install()`` answers a call without keyword arguments directly, as the original does
after its scan; any call with keywords (a new page with its child objects, a revision,
a copy) goes through modelcluster unchanged. Pages reach it through ``Page.__init__``.
A clusterable model that is not a page and has translated fields keeps the original:
wagtail-modeltranslation wrapped the constructor it found (modelcluster's) in its own
``ready()``, before this app's; that is ``species.ConservationScheme``, a short table.
Worth offering upstream to django-modelcluster; this module goes when a release does
the same.
"""

from modelcluster.models import ClusterableModel

modelclusters_init = ClusterableModel.__init__


def init(self, *args, **kwargs):
    """``ClusterableModel.__init__``, skipping its relation scan when no keyword
    argument could name a child relation."""
    if kwargs:
        modelclusters_init(self, *args, **kwargs)
    else:
        super(ClusterableModel, self).__init__(*args)


def install():
    """Use ``init`` as the constructor of clusterable models (see the module's note)."""
    ClusterableModel.__init__ = init
