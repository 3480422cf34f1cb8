"""Demo content for the catalogue, built only from shared/facts/species_facts.md."""
