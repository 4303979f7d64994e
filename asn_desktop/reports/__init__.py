"""Printed documents (PDF via reportlab). Pure: depends on ``domain`` only, never on Qt.

- ``pdf_common``: page sizes (A4, F4), styles, header/identity/signature blocks,
  grid tables, page footer — shared by every document.
- ``skp_pdf``: the SKP in the official non-JPT and JPT layouts.
"""
