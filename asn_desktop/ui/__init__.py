"""PySide6 user interface. Talks only to ``asn_desktop.services``."""
