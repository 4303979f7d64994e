"""Widgets of the SKP area: overview, editor, RHK dialog, templates,
cascading tree, matriks peran hasil, print preview. The page itself is
``ui/pages/skp.py``."""
