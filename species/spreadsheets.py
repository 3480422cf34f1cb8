"""Cells that a spreadsheet program would run as a formula, for exports and imports.

A title such as ``=HYPERLINK("http://evil", "Tam thất")`` is text to the site
but a live formula to Excel or LibreOffice once a researcher opens the CSV
(CSV injection). Every CSV or XLSX the site writes passes its cells through
``neutralise_formula``; the importer refuses such cells instead, so they never
get in.

This module sits in ``species`` only because the project has no ground-floor
app yet (DESIGN.md, Layout); knowledge already imports species, so both can use
it without importing upwards. It belongs on the ground floor once there is one.
"""

# OWASP's list: what starts a formula (= + - @) or lets one hide after a
# separator in some programs (tab, carriage return).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def starts_like_formula(value):
    """Whether a spreadsheet program could take this cell for a formula."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def neutralise_formula(value):
    """The cell as it should be written to a CSV or XLSX export.

    Text that starts like a formula gets a leading single quote, which
    spreadsheet programs show as text and do not evaluate (OWASP's advice).
    That turns a negative number written as text ("-3") into text too, so use
    this only on columns that are text: every column of the site's exports is.
    Numbers and other non-text values pass through unchanged.
    """
    if starts_like_formula(value):
        return "'" + value
    return value


def neutralise_row(cells):
    """``neutralise_formula`` applied to each cell of a row."""
    return [neutralise_formula(cell) for cell in cells]
