"""Cells that a spreadsheet program would run as a formula, for exports and imports.

The functions moved to the ground floor (``base.spreadsheets``), with the reader every
importer shares; they stay importable from here for the code that already does.
"""

from base.spreadsheets import (
    FORMULA_STARTS,
    neutralise_formula,
    neutralise_row,
    starts_like_formula,
)

__all__ = ["FORMULA_STARTS", "neutralise_formula", "neutralise_row", "starts_like_formula"]
