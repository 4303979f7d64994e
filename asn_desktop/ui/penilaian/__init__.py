"""Widgets of the Penilaian and Laporan areas (issue 5): evaluation editor, curve chart,
period settings, evidence and 360° dialogs."""
