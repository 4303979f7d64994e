"""A throw-away PostgreSQL cluster for the tests: ``initdb`` into a temporary folder,
listening on a Unix socket only, stopped and removed at the end.

Found through PATH or Debian's /usr/lib/postgresql/*/bin. When the tests run as
root (CI does) the server runs as the ``postgres`` system user the package creates,
since PostgreSQL refuses to run as root. Without PostgreSQL installed the server
tests are skipped, unless ``ASN_TEST_PG=require`` (set by .ci/run) makes that a
failure.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


def _bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    cands = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return cands[-1] if cands else None


@dataclass
class Cluster:
    base: Path
    socket_dir: Path
    user: str
    run_as: list[str]

    def url(self, dbname: str) -> str:
        return f"postgresql://{self.user}@/{dbname}?host={self.socket_dir}"

    def psql(self, sql: str, dbname: str = "postgres") -> str:
        out = subprocess.run(
            [*self.run_as, _bin("psql") or "psql", "-h", str(self.socket_dir), "-U", self.user, "-d", dbname,
             "-v", "ON_ERROR_STOP=1", "-Atc", sql],
            check=True, capture_output=True, text=True,
        )
        return out.stdout

    def create_database(self, name: str) -> str:
        self.psql(f'CREATE DATABASE "{name}" TEMPLATE template0 ENCODING UTF8')
        return self.url(name)

    def read(self, path: Path) -> str:
        return subprocess.run([*self.run_as, "cat", str(path)], check=True, capture_output=True,
                              text=True).stdout

    def run_as_write(self, path: Path, text: str) -> None:
        """Write a file of the cluster as the user that runs it."""
        subprocess.run([*self.run_as, "tee", str(path)], input=text, check=True, capture_output=True, text=True)

    def stop(self) -> None:
        subprocess.run([*self.run_as, _bin("pg_ctl") or "pg_ctl", "-D", str(self.base / "data"), "-m", "immediate",
                        "-w", "stop"], capture_output=True)
        shutil.rmtree(self.base, ignore_errors=True)


def unavailable() -> str | None:
    """Why no cluster can be started here (None when one can)."""
    for name in ("initdb", "pg_ctl", "psql"):
        if not _bin(name):
            return f"{name} tidak ditemukan (paket Debian 'postgresql')"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "berjalan sebagai root tanpa pengguna sistem 'postgres'"
        if not shutil.which("runuser"):
            return "runuser tidak ditemukan"
    return None


def start() -> Cluster:
    base = Path(tempfile.mkdtemp(prefix="asn-pg-"))
    run_as: list[str] = []
    if os.geteuid() == 0:
        pw = pwd.getpwnam("postgres")
        os.chown(base, pw.pw_uid, pw.pw_gid)
        run_as = ["runuser", "-u", "postgres", "--"]
    sock = base / "s"
    subprocess.run([*run_as, "mkdir", str(sock)], check=True)
    user = "asn"
    subprocess.run([*run_as, _bin("initdb"), "-D", str(base / "data"), "-U", user, "--auth=trust", "-E", "UTF8",
                    "--no-locale", "--no-sync"], check=True, capture_output=True)
    opts = (f"-c listen_addresses='' -c unix_socket_directories='{sock}' -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60")
    subprocess.run([*run_as, _bin("pg_ctl"), "-D", str(base / "data"), "-o", opts, "-l", str(base / "log"), "-w",
                    "start"], check=True, capture_output=True)
    return Cluster(base, sock, user, run_as)
