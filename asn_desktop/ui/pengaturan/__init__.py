"""Widgets of the Pengaturan area: one module per tab (the page is ui/pages/pengaturan.py)."""
