"""Regency-scale benchmarks (issue 8): `python -m benchmarks.run [--quick]`."""
