"""Widgets of the Sinkronisasi Excel area (issue 6): roster wizard, exchange dialogs."""
