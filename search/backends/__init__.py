"""Search backends: embedded tantivy (default) and Elasticsearch (ELASTICSEARCH_URL)."""
