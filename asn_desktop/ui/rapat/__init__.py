"""Widgets of the area 'Rapat & Pembinaan': meetings, presentation, follow-ups, coaching."""
