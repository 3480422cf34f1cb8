"""How the value chain describes itself to the search service."""


def register_search_kinds():
    """Register the value chain's kinds of search result."""
