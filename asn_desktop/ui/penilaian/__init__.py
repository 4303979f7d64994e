"""Widgets of the Penilaian and Laporan areas: evaluation editor, curve chart,
period settings, evidence and 360° dialogs."""
