"""Pure rules and value types of ASN performance management. No Qt, no database.

Each rule cites its legal source; see ../shared/domain/kinerja-asn.md (copied
facts) for the reference the tests are written from.
"""
