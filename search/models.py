"""The public search service (issue 3 fills this app)."""
