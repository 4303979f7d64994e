"""Tab 'Cadangan': backups, restore (admin only), integrity check."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
    QUrl,
)
from PySide6.QtGui import QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain.roles import Permission
from asn_desktop.services import cadangan
from asn_desktop.ui.hasil import tampilkan_hasil
from asn_desktop.services.context import AppContext
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.errors import error_text, show_error
from asn_desktop.ui.jobs import run_job
from asn_desktop.ui.i18n import fmt, teks
from asn_desktop.ui.pengaturan import common
from asn_desktop.ui.pengaturan.common import _dt, _size, _status
from asn_desktop.ui.penilaian.common import status_message


# =========================================================================== Cadangan


class CadanganTab(QWidget):
    key = "cadangan"
    COLS = [QT_TRANSLATE_NOOP("CadanganTab", "Waktu"), QT_TRANSLATE_NOOP("CadanganTab", "Jenis"),
            QT_TRANSLATE_NOOP("CadanganTab", "Ukuran"), QT_TRANSLATE_NOOP("CadanganTab", "Berkas")]

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_restore = ctx.actor.can(Permission.BACKUP) and ctx.actor.can(Permission.SETTINGS)
        self.items: list[cadangan.BackupInfo] = []
        lay = QVBoxLayout(self)

        dbg = QGroupBox(self.tr("Basis data"))
        dl = QGridLayout(dbg)
        self.lbl_database = QLabel("")
        self.lbl_database.setWordWrap(True)
        self.lbl_database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.btn_server = QPushButton(self.tr("Gunakan &server…"))
        self.btn_local = QPushButton(self.tr("Gunakan berkas di &PC ini"))
        dl.addWidget(self.lbl_database, 0, 0)
        dl.addWidget(self.btn_server, 0, 1)
        dl.addWidget(self.btn_local, 0, 2)
        dl.setColumnStretch(0, 1)
        lay.addWidget(dbg)
        self.btn_server.clicked.connect(self.choose_server)
        self.btn_local.clicked.connect(lambda: self._set_server(""))

        loc = QGroupBox(self.tr("Lokasi cadangan"))
        g = QGridLayout(loc)
        self.lbl_folder = QLabel("")
        self.lbl_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lbl_folder.setWordWrap(True)
        self.lbl_warn = QLabel("")
        self.lbl_warn.setWordWrap(True)
        self.lbl_warn.setStyleSheet("color: #8a4b00;")
        self.btn_folder = QPushButton(self.tr("&Pilih folder…"))
        self.btn_default = QPushButton(self.tr("Gunakan folder &bawaan"))
        g.addWidget(self.lbl_folder, 0, 0)
        g.addWidget(self.btn_folder, 0, 1)
        g.addWidget(self.btn_default, 0, 2)
        g.setColumnStretch(0, 1)
        lay.addWidget(loc)

        act = QHBoxLayout()
        self.btn_backup = QPushButton(self.tr("&Cadangkan sekarang"))
        self.btn_backup.setDefault(True)
        self.btn_check = QPushButton(self.tr("Periksa &integritas"))
        act.addWidget(self.btn_backup)
        act.addWidget(self.btn_check)
        act.addStretch(1)
        lay.addLayout(act)
        auto = QLabel(
            self.tr("<small>Cadangan otomatis dibuat saat aplikasi ditutup (jika ada perubahan), sebelum impor, "
                    "sebelum pembaruan skema, dan sebelum pemulihan. Yang disimpan: semua dari 24 jam terakhir, "
                    "satu per hari untuk 7 hari, dan satu per minggu untuk 4 minggu sebelumnya. Cadangan manual "
                    "tidak pernah dihapus otomatis. Simpan juga salinan di flashdisk secara berkala.</small>")
        )
        auto.setWordWrap(True)
        lay.addWidget(auto)

        self.model = QStandardItemModel(0, len(self.COLS), self)
        self.model.setHorizontalHeaderLabels([self.tr(c) for c in self.COLS])
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(26)
        hh = self.view.horizontalHeader()
        hh.setStretchLastSection(True)
        for c, w in enumerate([130, 210, 80]):
            self.view.setColumnWidth(c, w)
        lay.addWidget(self.view, 1)

        bottom = QHBoxLayout()
        self.lbl_count = QLabel("")
        bottom.addWidget(self.lbl_count, 1)
        self.btn_open = QPushButton(self.tr("Buka &folder"))
        self.btn_restore = QPushButton(self.tr("&Pulihkan cadangan terpilih…"))
        self.btn_restore_file = QPushButton(self.tr("Pulihkan dari &berkas lain…"))
        for b in (self.btn_open, self.btn_restore_file, self.btn_restore):
            bottom.addWidget(b)
        lay.addLayout(bottom)
        self.can_choose_folder = cadangan.boleh_folder_pilihan(ctx.actor)
        if not self.can_choose_folder:
            for b in (self.btn_folder, self.btn_default):
                b.setEnabled(False)
                b.setToolTip(self.tr("Cadangan berisi seluruh penilaian dan hash kata sandi; hanya admin yang dapat "
                                     "menyimpannya ke folder lain (mis. flashdisk)."))
        if not self.can_restore:
            for b in (self.btn_restore, self.btn_restore_file):
                b.setEnabled(False)
                b.setToolTip(self.tr("Pemulihan mengganti seluruh data; hanya admin yang dapat melakukannya."))

        self.btn_tools = QPushButton(self.tr("Folder &alat PostgreSQL…"))
        self.btn_tools.setToolTip(self.tr("Folder berisi pg_dump dan pg_restore, bila tidak ditemukan otomatis."))
        g.addWidget(self.btn_tools, 0, 3)
        g.addWidget(self.lbl_warn, 1, 0, 1, 4)
        self.lbl_server = QLabel(self.tr(
            "Basis data ini ada di server: cadangan dibuat dengan pg_dump (arsip .dump) dan dipulihkan dengan "
            "pg_restore ke basis data server baru yang kosong."))
        self.lbl_server.setWordWrap(True)
        g.addWidget(self.lbl_server, 2, 0, 1, 4)
        self.lbl_server.setVisible(ctx.db.is_server)
        self.btn_tools.setVisible(ctx.db.is_server)
        self.btn_tools.clicked.connect(self.choose_tools_folder)
        if ctx.db.is_server:
            apply_tools_folder()
            self.btn_check.setToolTip(self.tr("Memeriksa rantai log audit; halaman data diperiksa oleh server."))
            self.btn_restore.setToolTip(self.tr("Memulihkan arsip .dump ke basis data server baru yang kosong."))
        self._show_database()
        self.btn_folder.clicked.connect(self.choose_folder)
        self.btn_default.clicked.connect(lambda: self._set_folder(None))
        self.btn_backup.clicked.connect(self.backup_now)
        self.btn_check.clicked.connect(self.check_integrity)
        self.btn_open.clicked.connect(self.open_folder)
        self.btn_restore.clicked.connect(self.restore_selected)
        self.btn_restore_file.clicked.connect(self.restore_from_file)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.view.doubleClicked.connect(lambda _i: self.restore_selected())

    # -- which database this PC opens ------------------------------------------------------
    def _show_database(self) -> None:
        from asn_desktop.options import SERVER_BASIS_DATA
        from asn_desktop.ui import preferences

        chosen = preferences.read(SERVER_BASIS_DATA)
        now = fmt(self.tr("Sekarang: %1"), self.ctx.db.label)
        nxt = (fmt(self.tr("Saat dibuka tanpa --db: server %1"), chosen) if chosen
               else self.tr("Saat dibuka tanpa --db: berkas di PC ini"))
        self.lbl_database.setText(f"{now}\n{nxt}")
        self.btn_local.setEnabled(bool(chosen))

    def choose_server(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        from asn_desktop.options import SERVER_BASIS_DATA
        from asn_desktop.ui import preferences

        url, ok = QInputDialog.getText(
            self, self.tr("Server basis data"),
            self.tr("Alamat server PostgreSQL (tanpa kata sandi), mis. postgresql://asn@192.168.1.10/kinerja:"),
            text=preferences.read(SERVER_BASIS_DATA))
        if ok:
            self._set_server(url.strip())

    def _set_server(self, url: str) -> None:
        from asn_desktop.options import SERVER_BASIS_DATA
        from asn_desktop.ui import preferences

        if not SERVER_BASIS_DATA.accepts(url):
            QMessageBox.warning(self, self.tr("Server basis data"), self.tr(
                "Tulis alamat server seperti postgresql://pengguna@server/nama_basis_data "
                "(tanpa kata sandi; kata sandi ditanyakan saat menghubungkan)."))
            return
        preferences.write(SERVER_BASIS_DATA, url)
        self._show_database()
        status_message(self, self.tr("Berlaku saat aplikasi dibuka kembali."))

    def load(self) -> None:
        try:
            folder, warn = cadangan.backup_folder(self.ctx)
            chosen = cadangan.chosen_folder(self.ctx)
            if not self.can_choose_folder:
                folder, warn, chosen = cadangan.default_folder(self.ctx), None, None
            self.items = cadangan.list_backups(self.ctx)
        except ServiceError as exc:
            show_error(self, exc)
            return
        kind = self.tr("folder pilihan") if chosen and not warn else self.tr("folder bawaan")
        self.lbl_folder.setText(fmt(self.tr("Cadangan disimpan di <b>%1</b> (%2)."), str(folder), kind))
        if self.ctx.db.is_server:
            missing = cadangan.server_backup_warning(self.ctx)
            if missing is not None:  # the reason itself: which tools to install, or where to point
                warn = "\n".join(x for x in (teks(warn) if warn else "", teks(missing.params.get("alasan", missing))) if x)
            self.btn_backup.setEnabled(missing is None)
        self.lbl_warn.setText(teks(warn) if warn else "")
        self.lbl_warn.setVisible(bool(warn))
        self.btn_default.setEnabled(self.can_choose_folder and chosen is not None)
        self.model.setRowCount(0)
        for c in self.items:
            items = [QStandardItem(_dt(c.waktu)), QStandardItem(self._label(c.alasan)), QStandardItem(_size(c.ukuran)),
                     QStandardItem(c.path.name if c.path.parent == folder else str(c.path))]
            items[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items[3].setToolTip(str(c.path))
            self.model.appendRow(items)
        if self.items:
            for c in range(3):
                self.view.resizeColumnToContents(c)
        self.lbl_count.setText(fmt(self.tr("%1 cadangan"), str(len(self.items))))
        self._update_buttons()

    def _label(self, alasan: str) -> str:
        labels = {
            "manual": self.tr("Manual"),
            "keluar": self.tr("Otomatis saat keluar"),
            "sebelum-impor": self.tr("Sebelum impor"),
            "sebelum-pulihkan": self.tr("Sebelum pemulihan"),
            "rusak-sebelum-pulihkan": self.tr("Berkas rusak (sebelum pemulihan)"),
        }
        if alasan.startswith("sebelum-migrasi"):
            return self.tr("Sebelum pembaruan skema")
        return labels.get(alasan, alasan.replace("-", " "))

    def selected(self) -> cadangan.BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.btn_restore.setEnabled(self.can_restore and self.selected() is not None)

    def choose_folder(self) -> None:
        start = str(cadangan.chosen_folder(self.ctx) or Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder cadangan (mis. flashdisk)"), start)
        if folder:
            self._set_folder(Path(folder))

    def _set_folder(self, folder: Path | None) -> None:
        try:
            cadangan.set_folder(self.ctx, folder)
        except ServiceError as exc:
            show_error(self, exc)
            return
        self.load()
        _status(self, self.tr("Folder cadangan diubah."))

    def backup_now(self) -> None:
        def done(res: cadangan.BackupResult) -> None:
            self.load()
            msg = fmt(self.tr("Cadangan dibuat: %1 (%2)."), str(res.path), _size(res.ukuran))
            tampilkan_hasil(self, fmt(self.tr("Cadangan dibuat (%1)."), _size(res.ukuran)), res.path,
                            status=msg)
            if res.catatan:
                QMessageBox.warning(self, self.tr("Cadangan"), "\n".join(teks(c) for c in res.catatan))

        self.job = run_job(self, self.tr("Membuat cadangan…"), lambda p: cadangan.create_backup(self.ctx, progress=p),
                           done)

    def check_integrity(self) -> None:
        def done(result: tuple[list[str], str | None]) -> None:
            problems, chain = result
            if not problems and chain is not None:
                from asn_desktop.ui.crash import show_chain_break

                win = self.window()
                if hasattr(win, "statusBar"):
                    show_chain_break(win, chain)
                else:
                    QMessageBox.warning(self, self.tr("Periksa integritas"), teks(chain))
                return
            if not problems:
                first = (self.tr("Halaman data di server diperiksa oleh server itu sendiri.") if self.ctx.db.is_server
                         else self.tr("Basis data sehat: PRAGMA integrity_check = ok."))
                QMessageBox.information(self, self.tr("Periksa integritas"),
                                        first + "\n" + self.tr("Rantai log audit utuh."))
                _status(self, self.tr("Basis data sehat."))
                return
            from asn_desktop.ui.crash import show_integrity_problems

            win = self.window()
            if hasattr(win, "ctx"):
                show_integrity_problems(win, problems)
            else:
                QMessageBox.critical(self, self.tr("Periksa integritas"), "\n".join(problems[:10]))

        self.job = run_job(self, self.tr("Memeriksa integritas basis data…"),
                           lambda _p: self._periksa(), done, cancellable=False)

    def _periksa(self) -> tuple[list[str], str | None]:
        """integrity_check first; the audit chain only of a file that is not damaged."""
        problems = cadangan.check_integrity(self.ctx)
        return problems, (None if problems else cadangan.check_audit_chain(self.ctx))

    def open_folder(self) -> None:
        folder, _w = cadangan.backup_folder(self.ctx)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def restore_selected(self) -> None:
        c = self.selected()
        if c is not None and self.can_restore:
            self.restore(c.path)

    def restore_from_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Pilih berkas cadangan"), str(cadangan.backup_folder(self.ctx)[0]),
            self.tr("Cadangan server (*.dump);;Semua berkas (*)") if self.ctx.db.is_server
            else self.tr("Basis data (*.db *.sqlite);;Semua berkas (*)"),
        )
        if name:
            self.restore(Path(name))

    def restore(self, path: Path) -> None:
        """Check → confirm (showing what the file holds) → restore → restart."""
        self.job = run_job(self, self.tr("Memeriksa berkas cadangan…"),
                           lambda _p: cadangan.check_backup(self.ctx, path),
                           lambda info: self._confirm_restore(path, info), cancellable=False)

    def confirm_text(self, info: Any) -> str:
        waktu = _dt(info.perubahan_terakhir)
        lines = [
            fmt(self.tr("Berkas: %1"), str(info.path)),
            fmt(self.tr("Kantor: %1"), info.nama_kantor or "—"),
            fmt(self.tr("Pegawai: %1, akun: %2"), str(info.jumlah_pegawai), str(info.jumlah_pengguna)),
            fmt(self.tr("Perubahan terakhir di dalamnya: %1"), waktu),
        ]
        lines += [teks(c) for c in info.catatan]
        if self.ctx.db.is_server:
            return "\n".join(lines)
        import os

        from asn_desktop.db.backup import lock_holder

        holder = lock_holder(self.ctx.db.path)
        if holder and not holder.startswith(f"PID {os.getpid()}"):
            lines.append(fmt(self.tr("Perhatian: basis data ini juga dibuka di jendela lain (%1). Tutup jendela itu "
                                 "terlebih dahulu."), holder))
        return "\n".join(lines)

    def _confirm_restore(self, path: Path, info: Any) -> None:
        if self.ctx.db.is_server:
            self._confirm_server_restore(path, info)
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Pulihkan cadangan"),
            self.tr("Seluruh isi basis data saat ini akan diganti dengan isi cadangan ini. Basis data saat ini "
                    "dicadangkan dahulu. Setelah pemulihan aplikasi dimulai ulang dan Anda perlu masuk lagi."),
            parent=self,
        )
        box.setInformativeText(self.confirm_text(info))
        b_ok = box.addButton(self.tr("&Pulihkan"), QMessageBox.ButtonRole.DestructiveRole)
        b_no = box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(b_no)
        box.setEscapeButton(b_no)
        self.confirm_box = box
        box.exec()
        if box.clickedButton() is not b_ok:
            return
        self.job = run_job(self, self.tr("Memulihkan basis data…"),
                           lambda p: cadangan.restore(self.ctx, path, progress=p), self._restored,
                           cancellable=False)

    def _restored(self, res: cadangan.RestoreResult) -> None:
        QMessageBox.information(
            self, self.tr("Pemulihan selesai"),
            fmt(self.tr("Basis data dipulihkan dari %1.\nBasis data sebelumnya disimpan di %2.\n\nAplikasi akan dimulai "
                    "ulang."), str(res.sumber), str(res.cadangan_sebelumnya)),
        )
        common.RESTART(self.window())  # looked up at call time: tests replace it

    # -- a server: pg_dump / pg_restore ------------------------------------------------------
    def choose_tools_folder(self) -> None:
        from asn_desktop.options import FOLDER_ALAT_PG
        from asn_desktop.ui import preferences

        start = preferences.read(FOLDER_ALAT_PG) or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder berisi pg_dump dan pg_restore"), start)
        if folder:
            preferences.write(FOLDER_ALAT_PG, folder)
            apply_tools_folder()
            self.load()

    def server_target_text(self) -> str:
        """The suggested restore target: this server, a new database named ``<name>_pulih``."""
        from urllib.parse import urlsplit, urlunsplit

        parts = urlsplit(self.ctx.db.label)
        return urlunsplit(parts._replace(path="/" + (parts.path.strip("/") or "kinerja") + "_pulih"))

    def _confirm_server_restore(self, path: Path, info: Any) -> None:
        """A .dump goes into a NEW, empty server database (the one in use is never replaced):
        ask its address, restore, then offer to switch this PC to it."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        from asn_desktop.db.session import PasswordNeeded

        url, ok = QInputDialog.getText(
            self, self.tr("Pulihkan cadangan server"),
            self.confirm_text(info) + "\n\n" + self.tr(
                "Pulihkan ke basis data server yang KOSONG (buat dahulu, mis. createdb -O asn kinerja_pulih). "
                "Alamat basis data tujuan (tanpa kata sandi):"),
            text=self.server_target_text())
        url = url.strip()
        if not ok or not url:
            return
        from asn_desktop.db.server import is_server_url

        if not is_server_url(url):
            QMessageBox.warning(self, self.tr("Pulihkan cadangan server"), self.tr(
                "Tulis alamat server seperti postgresql://pengguna@server/nama_basis_data "
                "(tanpa kata sandi; kata sandi ditanyakan saat menghubungkan)."))
            return
        state: dict[str, Any] = {"password": None}

        def go() -> None:
            self.job = run_job(self, self.tr("Memulihkan basis data…"),
                               lambda p: cadangan.restore_dump(self.ctx.actor, path, url, password=state["password"],
                                                               progress=p),
                               lambda res: self._server_restored(url, res), on_error, cancellable=False)

        def on_error(exc: BaseException, tb: str) -> None:
            if isinstance(exc, PasswordNeeded):
                text, ok2 = QInputDialog.getText(
                    self, self.tr("Pulihkan cadangan server"),
                    fmt(self.tr("%1\nKata sandi server basis data:"),
                        self.tr("Kata sandi salah.") if exc.wrong else error_text(exc)),
                    QLineEdit.EchoMode.Password)
                if ok2:
                    state["password"] = text
                    go()
                return
            show_error(self, exc, tb)

        go()

    def _server_restored(self, url: str, res: cadangan.ServerRestoreResult) -> None:
        from asn_desktop.options import SERVER_BASIS_DATA
        from asn_desktop.ui import preferences

        text = fmt(self.tr("Basis data %1 dipulihkan dari %2."), res.tujuan, str(res.sumber))
        if res.catatan:
            text += "\n" + "\n".join(teks(c) for c in res.catatan)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Pemulihan selesai"), text, parent=self)
        box.setInformativeText(self.tr("Gunakan basis data hasil pemulihan di PC ini mulai sekarang? Aplikasi "
                                       "dimulai ulang. PC lain perlu diarahkan ke alamat ini juga."))
        b_use = box.addButton(self.tr("&Gunakan"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Nanti"), QMessageBox.ButtonRole.RejectRole)
        self.confirm_box = box
        box.exec()
        if box.clickedButton() is b_use and SERVER_BASIS_DATA.accepts(url):
            preferences.write(SERVER_BASIS_DATA, url)
            common.RESTART(self.window())


def apply_tools_folder() -> None:
    """This PC's chosen folder of pg_dump/pg_restore (a preference) for db/pgdump."""
    from asn_desktop.db import pgdump
    from asn_desktop.options import FOLDER_ALAT_PG
    from asn_desktop.ui import preferences

    chosen = preferences.read(FOLDER_ALAT_PG)
    pgdump.tools_folder = Path(chosen) if chosen else None


def tanpa_cadangan(ctx: AppContext) -> str:
    """Added to the confirmation asked before an import or merge: on a server PC without
    pg_dump the backup promised there cannot be made, so the operator decides knowing that."""
    warn = cadangan.server_backup_warning(ctx)
    if warn is None:
        return ""
    return "\n\n" + teks(warn) + "\n" + QCoreApplication.translate(
        "CadanganTab", "Lanjutkan tanpa cadangan hanya bila admin server mencadangkan basis data ini sendiri.")
