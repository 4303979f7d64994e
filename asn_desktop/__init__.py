"""ASN Kinerja Desktop: offline performance management for kecamatan civil servants."""

__version__ = "0.1.0"
APP_NAME = "ASN Kinerja Desktop"
APP_ID = "asn-desktop"
