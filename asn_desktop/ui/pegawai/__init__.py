"""The Pegawai area: employee list, profile editor, history, organisation tree."""
