"""Widgets of the Sinkronisasi Excel area: roster wizard, exchange dialogs."""
