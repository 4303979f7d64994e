"""Regency-scale benchmarks: `python -m benchmarks.run [--quick]`."""
