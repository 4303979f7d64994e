"""Measurements that need their own process (a fresh interpreter per sample).

Run by ``benchmarks.run``; each mode prints one JSON object on its last stdout
line (start-up modes print ``READY`` as soon as the window is interactive, so
the parent can time process start → interactive window from outside).

    python -m benchmarks.probe bare                 # a bare QMainWindow (the floor)
    python -m benchmarks.probe stack                # the same after importing SQLAlchemy and the data model
    python -m benchmarks.probe app --db PATH        # the app's main window on PATH
    python -m benchmarks.probe memory --db PATH     # peak RSS after visiting Pegawai
    python -m benchmarks.probe list --db PATH       # employee list: filter keystrokes and sort
    python -m benchmarks.probe export --db PATH --file OUT      # results export: time, peak and after-job RSS
    python -m benchmarks.probe merge --db EMPTY --file PACKAGE  # results merge into EMPTY: the same figures
    python -m benchmarks.probe floor --file PACKAGE --writer openpyxl|xlsxwriter|rust  # the writer floors
    python -m benchmarks.probe area --db PATH --area KEY [--tab NAME]  # an area's first visit (seconds, worst gap)
    python -m benchmarks.probe window-export --db PATH --file OUT  # the export from the window: RSS after it
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _ready() -> None:
    """Tell the parent the window is interactive (first pass of the event loop after show)."""
    print("READY", flush=True)


def _peak_rss_mb() -> float:
    """Peak resident set size of this process (VmHWM on Linux, ru_maxrss elsewhere)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def bare(stack: bool = False) -> int:
    """The floor: a bare QMainWindow. ``stack``: plus importing SQLAlchemy's ORM and the data
    model, the least any window of this app needs (explains what the floor cannot)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    if stack:
        import asn_desktop.db.models  # noqa: F401 - sqlalchemy.orm + declarative classes

    app = QApplication(sys.argv[:1])
    win = QMainWindow()
    win.resize(1280, 800)
    win.show()
    QTimer.singleShot(0, lambda: (_ready(), app.quit()))
    app.exec()
    return 0


def _open_app(db_path: str) -> tuple[Any, Any, Any]:
    """The real start path of ``run_gui`` minus the modal dialogs (first start, login):
    the start-up peek, the translations, the database opened in the background
    (``ui/app.start_database``) and the main window shown while it opens."""
    from pathlib import Path

    from asn_desktop import cli

    cli._load_extra_commands()  # as `asn-desktop --db PATH` does before run_gui
    cli.build_parser().parse_args(["--db", db_path])
    from asn_desktop.services.startup import peek_start
    from asn_desktop.ui.app import freeze_after_start, make_app, start_database
    from asn_desktop.ui.i18n import install_translations
    from asn_desktop.ui.main_window import MainWindow

    app = make_app()
    info = peek_start(Path(db_path))
    install_translations(app, info.setting("bahasa", "id") or "id")
    started = start_database(Path(db_path), info)
    if isinstance(started, int):
        raise SystemExit(started)
    source, office_name, _has_accounts = started
    win = MainWindow(source, office_name=office_name)
    freeze_after_start(win)  # as run_gui
    win.show()
    return app, win, source


def _close(win: Any, source: Any) -> None:
    win.wait_ready()
    win.close()
    source.result().db.dispose()


def app_start(db_path: str) -> int:
    """READY at the first event-loop pass after the window shows (it is interactive:
    navigation, menus, keyboard); FILLED once the database is open and the first
    area shows its rows (the parent times both from spawn)."""
    from PySide6.QtCore import QTimer

    app, win, source = _open_app(db_path)

    def filled() -> None:
        print("FILLED", flush=True)
        app.quit()

    QTimer.singleShot(0, _ready)
    if win.is_ready:
        QTimer.singleShot(0, filled)
    else:
        win.ready.connect(filled)
    app.exec()
    _close(win, source)
    return 0


def _pegawai_model(win: Any) -> Any | None:
    """The employee list model: the item model in the Pegawai area with ``set_filter_text``."""
    from PySide6.QtCore import QAbstractItemModel

    page = win.goto("pegawai")
    candidates: list[Any] = list(page.findChildren(QAbstractItemModel))
    for value in vars(page).values():
        if isinstance(value, QAbstractItemModel):
            candidates.insert(0, value)
    for model in candidates:
        if callable(getattr(model, "set_filter_text", None)):
            return model
    return None


def _settle(app: Any, model: Any | None, timeout: float = 60.0) -> float:
    """Process events until background loading is over and the list has rows; returns seconds waited."""
    from PySide6.QtCore import QThreadPool

    t0 = time.perf_counter()
    pool = QThreadPool.globalInstance()
    stable = 0
    last = -1
    while time.perf_counter() - t0 < timeout:
        app.processEvents()
        rows = model.rowCount() if model is not None else 0
        busy = pool.activeThreadCount() > 0
        if not busy and rows == last and (rows > 0 or model is None):
            stable += 1
            if stable >= 5:
                break
        else:
            stable = 0
        last = rows
        time.sleep(0.01)
    return time.perf_counter() - t0


def memory(db_path: str) -> int:
    app, win, source = _open_app(db_path)
    model = _pegawai_model(win)
    waited = _settle(app, model)
    out = {
        "peak_rss_mb": round(_peak_rss_mb(), 1),
        "rows": model.rowCount() if model is not None else None,
        "list_model": type(model).__name__ if model is not None else None,
        "settle_s": round(waited, 2),
    }
    _close(win, source)
    print(json.dumps(out))
    return 0


def _rss_mb() -> float:
    """Resident set size now (what the process keeps after a job)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def job(mode: str, db_path: str, file: str) -> int:
    """One results export or merge in a fresh process: wall time of the service call, the
    process's peak RSS and its RSS after the job (the memory a GUI would keep)."""
    import gc
    from pathlib import Path

    from asn_desktop.db.session import open_database
    from asn_desktop.services import pertukaran
    from asn_desktop.services.context import Actor, AppContext

    from asn_desktop.db.server import is_server_url

    ctx = AppContext(open_database(db_path if is_server_url(db_path) else Path(db_path)), Actor.system("benchmark"))
    t = time.perf_counter()
    cpu, main_cpu = time.process_time(), time.thread_time()
    if mode == "export":
        res = pertukaran.export_results(ctx, Path(file), 2026)
        rows = res.rows
    else:
        rep = pertukaran.import_results(ctx, [Path(file)], trust_new_office=True)
        rows = sum(sum(v.values()) for p in rep.packages for v in p.counts.values())
        if not rep.accepted:
            raise SystemExit(f"penggabungan gagal: {rep.ringkasan()}")
    seconds = time.perf_counter() - t
    # CPU of the call (every thread) and of the calling thread alone: the merge parses the next
    # sheet on a second thread, so on an idle two-core machine the wall time approaches main_cpu_s
    cpu, main_cpu = time.process_time() - cpu, time.thread_time() - main_cpu
    gc.collect()
    print(json.dumps({"seconds": round(seconds, 3), "cpu_s": round(cpu, 2), "main_cpu_s": round(main_cpu, 2),
                      "peak_rss_mb": round(_peak_rss_mb(), 1),
                      "rss_after_mb": round(_rss_mb(), 1), "rows": rows}))
    ctx.db.dispose()
    return 0


def window_export(db_path: str, file: str) -> int:
    """The results export as an operator runs it: the main window on the data set, the
    Sinkronisasi area, the export through ``ui/jobs`` (what its button does), until the result
    message shows; then the window's RSS (VmRSS, after the memory a long job frees is handed
    back) and its peak (VmHWM)."""
    from pathlib import Path

    from PySide6.QtCore import QThreadPool

    app, win, source = _open_app(db_path)
    win.wait_ready()
    page = win.goto("sinkronisasi")
    rss_before = _rss_mb()
    t = time.perf_counter()
    page.export_results_to(Path(file), tahun=2026)
    pool = QThreadPool.globalInstance()
    while page.last_result is None:
        app.processEvents()
        if pool.activeThreadCount() == 0 and page.last_result is None:
            app.processEvents()
            if page.last_result is None and pool.activeThreadCount() == 0:
                time.sleep(0.2)
                app.processEvents()
                if page.last_result is None:
                    raise SystemExit("ekspor dari jendela gagal")
        time.sleep(0.02)
    seconds = time.perf_counter() - t
    shown = getattr(win, "statusBar", lambda: None)()
    for _ in range(20):  # the result message and the queued hand-back of freed memory
        app.processEvents()
        time.sleep(0.02)
    out = {"seconds": round(seconds, 3), "rss_before_mb": round(rss_before, 1), "rss_after_mb": round(_rss_mb(), 1),
           "peak_rss_mb": round(_peak_rss_mb(), 1), "rows": page.last_result.rows,
           "message": shown.currentMessage() if shown is not None else ""}
    _close(win, source)
    print(json.dumps(out, ensure_ascii=False))
    return 0


def floor(file: str, writer: str) -> int:
    """Write exactly the cells of ``file`` (read back with calamine) with one writer, values only."""
    from pathlib import Path

    from python_calamine import CalamineWorkbook

    wb = CalamineWorkbook.from_path(file)
    cells = [(name, wb.get_sheet_by_name(name).to_python(skip_empty_area=False)) for name in wb.sheet_names]
    dest = Path(file).with_name(f"floor-{writer}.xlsx")
    dest.unlink(missing_ok=True)
    t = time.perf_counter()
    if writer == "openpyxl":
        from openpyxl import Workbook

        owb = Workbook(write_only=True)
        for name, rows in cells:
            ws = owb.create_sheet(name)
            for r in rows:
                ws.append([None if v == "" else v for v in r])
        owb.save(dest)
    elif writer == "xlsxwriter":
        import xlsxwriter

        xwb = xlsxwriter.Workbook(str(dest), {"constant_memory": True, "strings_to_formulas": False,
                                              "strings_to_numbers": False, "strings_to_urls": False})
        for name, rows in cells:
            ws = xwb.add_worksheet(name)
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    if v != "":
                        ws.write(i, j, v)
        xwb.close()
    else:
        import rustpy_xlsxwriter as rx

        def records(rows: list[list[Any]]) -> Any:
            head = [f"{h}\x00{j}" for j, h in enumerate(rows[0])] if rows else []  # unique keys
            for r in rows[1:]:
                yield {h: (None if v == "" else v) for h, v in zip(head, r)}

        rx.write_worksheets([(name, records(rows)) for name, rows in cells], str(dest))
    seconds = time.perf_counter() - t
    dest.unlink(missing_ok=True)
    print(json.dumps({"seconds": round(seconds, 3), "peak_rss_mb": round(_peak_rss_mb(), 1),
                      "cells": sum(len(r) for _n, rows in cells for r in rows)}))
    return 0


def _timed(app: Any, fn: Any) -> float:
    """Milliseconds for ``fn`` plus the repaint it causes (events processed before the clock stops)."""
    t = time.perf_counter()
    fn()
    app.processEvents()
    return (time.perf_counter() - t) * 1000


def list_ops(db_path: str, repeat: int) -> int:
    from statistics import median

    from PySide6.QtCore import Qt

    app, win, source = _open_app(db_path)
    model = _pegawai_model(win)
    if model is None:
        print(json.dumps({"available": False}))
        return 0
    _settle(app, model)
    total = model.rowCount()
    # What an operator types: a common first name, a NIP prefix (birth year), a unit name.
    words = ["yohanes", "1985", "kelurahan"]
    keystrokes: dict[str, list[float]] = {}
    for word in words:
        for _ in range(repeat):
            for i in range(1, len(word) + 1):
                prefix = word[:i]
                keystrokes.setdefault(prefix, []).append(_timed(app, lambda p=prefix: model.set_filter_text(p)))
            for i in range(len(word) - 1, -1, -1):  # backspace to empty
                prefix = word[:i]
                keystrokes.setdefault(f"{prefix}⌫" if prefix else "⌫ (kosong)", []).append(
                    _timed(app, lambda p=prefix: model.set_filter_text(p))
                )
    matches = {}
    for word in words:
        model.set_filter_text(word)
        app.processEvents()
        matches[word] = model.rowCount()
    model.set_filter_text("")
    app.processEvents()
    sorts: dict[str, list[float]] = {}
    columns = model.columnCount()
    for _ in range(repeat):
        for col in range(columns):
            header = str(model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) or col)
            for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
                name = f"{header} {'↑' if order == Qt.SortOrder.AscendingOrder else '↓'}"
                sorts.setdefault(name, []).append(_timed(app, lambda c=col, o=order: model.sort(c, o)))
    key_med = {k: round(median(v), 2) for k, v in keystrokes.items()}
    sort_med = {k: round(median(v), 2) for k, v in sorts.items()}
    out = {
        "available": True,
        "list_model": type(model).__name__,
        "rows": total,
        "matches": matches,
        "filter_worst_ms": max(key_med.values()),
        "filter_worst_key": max(key_med, key=lambda k: key_med[k]),
        "filter_median_ms": round(median([x for v in keystrokes.values() for x in v]), 2),
        "sort_worst_ms": max(sort_med.values()) if sort_med else None,
        "sort_worst_key": max(sort_med, key=lambda k: sort_med[k]) if sort_med else None,
        "sort_median_ms": round(median([x for v in sorts.values() for x in v]), 2) if sorts else None,
        "keystrokes_ms": key_med,
        "sorts_ms": sort_med,
    }
    _close(win, source)
    print(json.dumps(out, ensure_ascii=False))
    return 0


def _tab_widget(page: Any, tab: str) -> tuple[Any, int]:
    """The page's tab widget holding a tab called ``tab`` (case-insensitive start of its text,
    or its index in the page's first tab widget) and that tab's index."""
    from PySide6.QtWidgets import QTabWidget

    widgets = page.findChildren(QTabWidget)
    if tab.isdigit() and widgets:
        return widgets[0], int(tab)
    want = tab.casefold()
    for tw in widgets:
        for i in range(tw.count()):
            if tw.tabText(i).replace("&", "").casefold().startswith(want):
                return tw, i
    raise SystemExit(f"tab {tab!r} tidak ditemukan")


def area_visit(db_path: str, key: str, tab: str | None) -> int:
    """An area's first visit in a fresh process: the main window on ``db_path`` with its first
    area shown, then navigation to ``key`` (and its tab ``tab``): seconds from the navigation
    to the data shown (``BasePage.is_loaded``, then the repaint), and the worst event-loop gap
    meanwhile: a 10 ms timer measures its own lateness, which is how long a keystroke typed
    then would have waited (the goal: within 50 ms)."""
    from PySide6.QtCore import QThreadPool, Qt, QTimer

    from asn_desktop.ui.jobs import wait_until

    app, win, source = _open_app(db_path)
    win.wait_ready()
    QThreadPool.globalInstance().waitForDone(60_000)  # the first area's background work is over
    app.processEvents()
    row = next((i for i, c in enumerate(win._classes) if c.key == key), None)
    if row is None:
        raise SystemExit(f"area {key!r} tidak ada untuk pengguna ini")
    gaps: list[float] = []
    busy: list[float] = []  # the UI thread's own CPU between two ticks: its gaps without the machine's load
    last = [time.perf_counter(), time.thread_time()]

    def tick() -> None:
        now, cpu_now = time.perf_counter(), time.thread_time()
        gaps.append(now - last[0] - 0.010)
        busy.append(cpu_now - last[1])
        last[0], last[1] = now, cpu_now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(10)
    timer.timeout.connect(tick)
    timer.start()
    app.processEvents()
    last[0], last[1] = time.perf_counter(), time.thread_time()
    t0 = time.perf_counter()
    cpu0 = time.process_time()  # all threads: on a busy machine the fairer figure
    ui_cpu0 = time.thread_time()
    win.nav.setCurrentRow(row)  # as a click in the navigation does
    wait_until(lambda: win.page(key) is not None)
    page = win.page(key)
    from asn_desktop.ui.loading import Loader

    settled: list[float] = []  # each of the area's views shown (the list first, a curve after it)
    for ld in page.findChildren(Loader):
        ld.settled.connect(lambda: settled.append(time.perf_counter() - t0))
    wait_until(lambda: getattr(page, "is_loaded", True))  # (an older BasePage: loaded at once)
    app.processEvents()  # the repaint with the data
    first = time.perf_counter() - t0
    cpu = time.process_time() - cpu0
    ui_cpu = time.thread_time() - ui_cpu0
    tab_s = None
    if tab is not None:
        tw, idx = _tab_widget(page, tab)
        t1 = time.perf_counter()
        tw.setCurrentIndex(idx)
        app.processEvents()
        wait_until(lambda: getattr(page, "is_loaded", True))  # (an older BasePage: loaded at once)
        app.processEvents()
        tab_s = time.perf_counter() - t1
    tick()
    timer.stop()
    out = {
        "area": key,
        "tab": tab,
        "seconds": round(first, 3),
        "first_view_seconds": round(min(settled), 3) if settled else round(first, 3),
        "cpu_seconds": round(cpu, 3),
        "ui_cpu_seconds": round(ui_cpu, 3),  # the UI thread's share (the rest ran on workers)
        "tab_seconds": round(tab_s, 3) if tab_s is not None else None,
        "worst_gap_ms": round(max(gaps) * 1000, 1) if gaps else None,
        "worst_gap_cpu_ms": round(max(busy) * 1000, 1) if busy else None,
        "ticks": len(gaps),
    }
    _close(win, source)
    print(json.dumps(out, ensure_ascii=False))
    return 0


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.probe")
    p.add_argument("mode", choices=["bare", "stack", "app", "memory", "list", "export", "merge", "floor", "area",
                                    "window-export"])
    p.add_argument("--area", default="penilaian", help="area key (ui/pages.AREAS) for mode area")
    p.add_argument("--tab", help="mode area: then this tab of the area (its title's start, or an index)")
    p.add_argument("--db")
    p.add_argument("--file")
    p.add_argument("--writer", default="rust")
    p.add_argument("--repeat", type=int, default=3)
    a = p.parse_args(argv)
    if a.mode in ("bare", "stack"):
        return bare(stack=a.mode == "stack")
    if a.mode == "floor":
        return floor(a.file, a.writer)
    if a.mode in ("export", "merge"):
        return job(a.mode, a.db, a.file)
    if a.mode == "window-export":
        return window_export(a.db, a.file)
    if not a.db:
        p.error("--db diperlukan")
    if a.mode == "app":
        return app_start(a.db)
    if a.mode == "memory":
        return memory(a.db)
    if a.mode == "area":
        return area_visit(a.db, a.area, a.tab)
    return list_ops(a.db, a.repeat)


if __name__ == "__main__":
    sys.exit(main())
