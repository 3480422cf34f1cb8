"""What a species page shows of the value chain."""


def register_species_sections():
    """Register the value chain's sections of the species page."""
