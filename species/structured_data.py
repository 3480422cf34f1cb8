"""A species page described for machines: schema.org ``Taxon`` after the Bioschemas
Taxon profile, rendered as JSON-LD in the page's head (``templates/base.html``).

Search engines and biodiversity aggregators read it; it says only what the page
shows an anonymous visitor. The page cache serves one rendered page to everyone, so
the vernacular names in it are the public ones whoever asked, never a community's.
"""

from base.page_meta import page_summary, share_image
from search.documents import PUBLIC

# The versioned profile URL, as the profile asks (its "dct:conformsTo").
BIOSCHEMAS_TAXON = "https://bioschemas.org/profiles/Taxon/0.6-RELEASE"
CONTEXT = {"@vocab": "https://schema.org/", "dct": "http://purl.org/dc/terms/"}
# taxonRank "preferably as a URI from a controlled vocabulary": the TDWG TaxonRank terms.
TDWG_RANK = "http://rs.tdwg.org/ontology/voc/TaxonRank#"
INFRASPECIFIC_RANKS = {"var.": "variety", "subsp.": "subspecies", "f.": "form"}
# Synonym kinds that are other names of this taxon; a misapplied name belongs to another.
SYNONYM_KINDS = {"synonym", "basionym"}

GBIF_SPECIES = "https://www.gbif.org/species/{}"
IPNI_NAME = "https://www.ipni.org/n/{}"
POWO_TAXON = "https://powo.science.kew.org/taxon/urn:lsid:ipni.org:names:{}"
WIKIDATA_ITEM = "https://www.wikidata.org/wiki/{}"


def taxon_rank(rank):
    """The rank as the profile reads it: the plain word and the TDWG term's URI."""
    return [rank, TDWG_RANK + rank.capitalize()]


def external_ids(page):
    """The URLs of the species in the world's taxonomic databases, for ``sameAs``;
    only those the curator has set."""
    urls = []
    if page.gbif_taxon_key:
        urls.append(GBIF_SPECIES.format(page.gbif_taxon_key))
    if page.ipni_id:
        urls += [IPNI_NAME.format(page.ipni_id), POWO_TAXON.format(page.ipni_id)]
    if page.wikidata_id:
        urls.append(WIKIDATA_ITEM.format(page.wikidata_id))
    return urls


def parent_chain(page):
    """The closest parent taxon of ``page``, each nesting its own: (species →) genus →
    family."""
    family = {
        "@type": "Taxon",
        "name": page.family.latin_name,
        "taxonRank": taxon_rank("family"),
    }
    genus = {
        "@type": "Taxon",
        "name": page.genus,
        "taxonRank": taxon_rank("genus"),
        "parentTaxon": family,
    }
    if not page.epithet:  # a genus-level entry (Epimedium spp.) is the genus itself
        return family
    if page.infraspecific_name:
        return {
            "@type": "Taxon",
            "name": f"{page.genus} {page.epithet}",
            "taxonRank": taxon_rank("species"),
            "parentTaxon": genus,
        }
    return genus


def public_alternate_names(page):
    """Names a visitor may read on the page whoever they are: the public vernacular names
    and the synonyms (a misapplied name is another taxon's, so it is left out)."""
    names = [str(page.title)]
    names += [v.name for v in page.vernacular_names.all() if v.access_level == PUBLIC]
    names += [s.name for s in page.synonyms.all() if s.kind in SYNONYM_KINDS]
    return list(dict.fromkeys(n for n in names if n and n != page.scientific_name))


def rank_of(page):
    if not page.epithet:
        return "genus"
    if page.infraspecific_name:
        return INFRASPECIFIC_RANKS.get(page.infraspecific_rank, "species")
    return "species"


def taxon(page, url, image_url="", description=""):
    """The species as a Bioschemas ``Taxon``: ``url`` is the page's canonical address,
    ``image_url`` the absolute address of its picture, if any."""
    rank = rank_of(page)
    name = page.genus if rank == "genus" else page.scientific_name
    data = {
        "@context": CONTEXT,
        "@type": "Taxon",
        "@id": url,
        "dct:conformsTo": {"@id": BIOSCHEMAS_TAXON},
        "name": name,
        "scientificName": {
            "@type": "TaxonName",
            "name": name,
            "taxonRank": taxon_rank(rank),
            **({"author": page.authority} if page.authority else {}),
        },
        "taxonRank": taxon_rank(rank),
        "parentTaxon": parent_chain(page),
        "url": url,
    }
    if alternate := public_alternate_names(page):
        data["alternateName"] = alternate
    if same_as := external_ids(page):
        data["sameAs"] = same_as
    if image_url:
        data["image"] = image_url
    if description:
        data["description"] = description
    return data


def lead_image(page):
    """The species' first gallery image and its text alternative, or (None, "")."""
    # Asked for by the head's sharing tags and by the JSON-LD of the same request.
    if "_lead_image" not in page.__dict__:
        if "gallery_images" in getattr(page, "_prefetched_objects_cache", {}):
            # The page's context read them with their images; through the manager, so
            # that a preview's gallery (modelcluster keeps it in memory) still wins.
            item = next(iter(page.gallery_images.all()), None)
        else:
            item = page.gallery_images.select_related("image").first()
        page._lead_image = (
            (None, "") if item is None else (item.image, item.caption or item.image.title)
        )
    return page._lead_image


def page_taxon(page, request):
    """The JSON-LD of ``page`` as its head carries it."""
    image, _alt = lead_image(page)
    shared = share_image(image, request)
    return taxon(
        page,
        page.get_full_url(request),
        image_url=shared[0] if shared else "",
        description=page_summary(page),
    )
