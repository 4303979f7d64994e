"""Pustaka RHK: seeded on first use, matched to jabatan, applied, extended by operators."""

from __future__ import annotations

import pytest

from asn_desktop.domain.enums import Role
from asn_desktop.services import skp as S
from asn_desktop.services import template_rhk as T
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import PermissionDenied, ServiceError, ValidationError

from skp_helpers import Fresh, as_role


def test_library_is_seeded_once_with_kecamatan_examples(ctx: AppContext) -> None:
    items = T.list_templates(ctx)
    texts = " ".join(i.teks + " " + " ".join(x.teks for x in i.indikator) for i in items)
    for phrase in ("Waktu respon pengaduan masyarakat", "Indeks kepuasan masyarakat",
                   "dokumen pelayanan administrasi selesai tepat waktu"):
        assert phrase.casefold() in texts.casefold()
    assert {"Camat", "Lurah", "Kepala Seksi Pemerintahan"} <= set(T.jabatan_names(ctx))
    # deleting examples is respected: they do not come back on next use
    T.delete_template(ctx, items[0].id)
    assert len(T.list_templates(ctx)) == len(items) - 1
    assert T.restore_examples(ctx) == 1
    assert len(T.list_templates(ctx)) == len(items)


def test_match_by_start_of_jabatan() -> None:
    from asn_desktop.db.models import TemplateRhk

    lib = [TemplateRhk(nama_jabatan=n, teks=n) for n in
           ("Lurah", "Sekretaris Kelurahan", "Kepala Seksi", "Kepala Seksi Pemerintahan", T.SEMUA_JABATAN)]
    names = lambda j: [t.nama_jabatan for t in T.match_templates(lib, j)]  # noqa: E731
    assert names("Lurah Naikolan") == ["Lurah", T.SEMUA_JABATAN]
    assert names("Sekretaris Kelurahan Naikolan") == ["Sekretaris Kelurahan", T.SEMUA_JABATAN]
    assert names("kepala seksi pemerintahan") == ["Kepala Seksi Pemerintahan", T.SEMUA_JABATAN]
    assert names("Bendahara") == [T.SEMUA_JABATAN]


def test_search_filters_by_words(ctx: AppContext) -> None:
    hits = T.list_templates(ctx, "pengaduan respon")
    assert hits and all("pengaduan" in (h.teks + " ".join(i.teks for i in h.indikator)).lower() for h in hits)
    assert T.list_templates(ctx, "zzzz tidak ada") == []


def test_applying_templates_fills_an_skp_in_one_step(demo_ctx: AppContext, fresh: Fresh) -> None:
    suggested = T.suggest_for_skp(demo_ctx, fresh.skp_id)
    lib = T.list_templates(demo_ctx)
    chosen = suggested or [lib[0].id]
    tambahan = next(t.id for t in lib if t.nama_jabatan == T.SEMUA_JABATAN)
    d = S.apply_templates(demo_ctx, fresh.skp_id, chosen + [tambahan])
    assert len(d.rhk) == len(chosen) + 1 and d.rhk[-1].jenis == "tambahan"
    assert S.validate_skp(demo_ctx, fresh.skp_id).ok
    S.submit(demo_ctx, fresh.skp_id)
    with pytest.raises(ServiceError):
        S.apply_templates(demo_ctx, fresh.skp_id, chosen)
    with pytest.raises(ValidationError):
        S.apply_templates(demo_ctx, fresh.skp_id, [])


def test_kualitatif_skp_gets_target_descriptions(demo_ctx: AppContext, fresh: Fresh) -> None:
    S.update_header(demo_ctx, fresh.skp_id, S.HeaderInput("kualitatif", "non_jpt", fresh.atasan_id))
    lib = T.list_templates(demo_ctx, "PATEN")
    d = S.apply_templates(demo_ctx, fresh.skp_id, [lib[0].id])
    assert all(i.target_teks for i in d.rhk[0].indikator)
    assert S.validate_skp(demo_ctx, fresh.skp_id).ok


def test_operator_extends_library_pegawai_cannot(demo_ctx: AppContext, fresh: Fresh) -> None:
    op = as_role(demo_ctx, Role.OPERATOR)
    t = T.save_template(op, T.TemplateInput(
        nama_jabatan="Bendahara Pengeluaran", teks="Tersusunnya SPJ tepat waktu",
        indikator=[S.IndikatorInput(teks="Jumlah SPJ", target_min=12, satuan="dokumen")]))
    assert t.id and t.indikator[0].target == "12 dokumen"
    t2 = T.save_template(op, T.TemplateInput(nama_jabatan="Bendahara Pengeluaran", teks="SPJ", indikator=[]), t.id)
    assert t2.teks == "SPJ" and t2.indikator == []
    with pytest.raises(ValidationError):
        T.save_template(op, T.TemplateInput(nama_jabatan="", teks=""))
    peg = as_role(demo_ctx, Role.PEGAWAI, fresh.pegawai_id)
    with pytest.raises(PermissionDenied):
        T.save_template(peg, T.TemplateInput(nama_jabatan="X", teks="Y"))
    with pytest.raises(PermissionDenied):
        T.delete_template(peg, t.id)
    # a good RHK of an SKP goes into the library
    r = S.save_rhk(demo_ctx, fresh.skp_id, S.RhkInput(teks="Terkelolanya kas kecamatan", indikator=[
        S.IndikatorInput(teks="Laporan kas", target_min=12, satuan="laporan")]))
    saved = T.save_rhk_as_template(op, r.id, "Bendahara Pengeluaran")
    assert saved.teks == "Terkelolanya kas kecamatan" and saved.indikator[0].satuan == "laporan"


def test_template_with_bound_indicator_creates_a_bound_iki(demo_ctx: AppContext, fresh: Fresh) -> None:
    from asn_desktop.domain.ukuran import IkatanUkuran

    lib = T.list_templates(demo_ctx, "tepat waktu")
    t = next(t for t in lib if t.nama_jabatan == "Kepala Seksi Pelayanan Umum"
             and any(i.ikatan is not None for i in t.indikator))
    d = S.apply_templates(demo_ctx, fresh.skp_id, [t.id])
    bound = {i.teks: i.ikatan for i in d.rhk[-1].indikator}
    assert bound["Persentase layanan unit yang selesai tepat waktu sesuai standar pelayanan"] == IkatanUkuran(
        "persen_tepat_waktu", "unit")
    assert all(ik is not None for ik in bound.values())
    # the binding travels with the RHK's form: edited, kept; cleared, gone; a bad one refused
    r = d.rhk[-1]
    inds = [S.IndikatorInput(teks=i.teks, aspek=i.aspek, target_min=i.target_min, satuan=i.satuan, id=i.id,
                             ikatan=i.ikatan) for i in r.indikator]
    inds[0].ikatan = None
    saved = S.save_rhk(demo_ctx, fresh.skp_id, S.RhkInput(teks=r.teks, jenis=r.jenis, indikator=inds), r.id)
    assert saved.indikator[0].ikatan is None and saved.indikator[1].ikatan == inds[1].ikatan
    inds[0].ikatan = IkatanUkuran("ikm_layanan", "pegawai")
    with pytest.raises(ValidationError, match="lingkup"):
        S.save_rhk(demo_ctx, fresh.skp_id, S.RhkInput(teks=r.teks, jenis=r.jenis, indikator=inds), r.id)
    # saved back into the library, the binding is kept
    t2 = T.save_rhk_as_template(demo_ctx, r.id, "Kepala Seksi Pelayanan Umum")
    assert [i.ikatan for i in t2.indikator] == [i.ikatan for i in saved.indikator]


def test_library_seeded_before_gets_the_bound_examples_once(ctx: AppContext) -> None:
    from asn_desktop.db.models import Setting

    T.list_templates(ctx)
    with ctx.write("uji.versi") as uow:  # as a database seeded by the first version of the library
        uow.session.get(Setting, T.SEED_KEY).value = {"versi": 1}
        for t in T.load_library(uow.session):
            if any(i.ikatan_ukuran for i in t.indikator):
                uow.session.delete(t)
    with ctx.read() as s:
        before = len(T.load_library(s))
    after = T.list_templates(ctx)
    assert len(after) > before and sum(any(i.ikatan for i in t.indikator) for t in after) >= 4
    assert len(T.list_templates(ctx)) == len(after)
