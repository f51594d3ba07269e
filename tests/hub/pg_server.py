"""A real PostgreSQL server for the hub's tests: on 127.0.0.1 only, with TLS from a throwaway CA,
its data and sockets in a temporary folder (imported by tests/hub/conftest.py)."""

from __future__ import annotations

import contextlib
import datetime as dt
import glob
import ipaddress
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import quote

ADMIN = "hub_admin"


def find_bin_dir() -> Path | None:
    """The folder of `initdb` and `pg_ctl`: Debian keeps them per version, out of PATH."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version)
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(on_path).resolve().parent
    return None


def _version(path: str) -> int:
    try:
        return int(Path(path).parents[1].name)
    except ValueError:
        return 0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def make_certificates(folder: Path, name: str = "Organiser test hub") -> tuple[Path, Path, Path]:
    """A CA and a server certificate for 127.0.0.1 and localhost signed by it; returns
    (ca.crt, server.crt, server.key)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"{name} CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_path, cert_path, key_path = folder / "ca.crt", folder / "server.crt", folder / "server.key"
    ca_path.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
    )
    key_path.chmod(0o600)  # PostgreSQL refuses a key others can read
    return ca_path, cert_path, key_path


class Server:
    """One PostgreSQL cluster. As root it runs as the `postgres` user (initdb refuses root)."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        # not under pytest's tmp folder: that one is private to root, and the server's user
        # must reach its data folder
        self.root = Path(tempfile.mkdtemp(prefix="organiser-hub-"))
        self.root.chmod(0o755)
        self.data = self.root / "data"
        self.sockets = self.root / "sockets"
        self.sockets.mkdir()
        self.ca, self.cert, self.key = make_certificates(self.root)
        self.password = os.urandom(12).hex()
        self.port = free_port()
        self.log = self.root / "server.log"
        self.user = "postgres" if hasattr(os, "geteuid") and os.geteuid() == 0 else None
        pwfile = self.root / "pw"
        pwfile.write_text(self.password)
        if self.user:
            shutil.chown(self.sockets, self.user)
            for f in (self.cert, self.key, pwfile):
                shutil.chown(f, self.user)
            shutil.chown(self.root, self.user)
        self._run(
            "initdb", "-D", str(self.data), "-U", ADMIN, f"--pwfile={pwfile}",
            "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8",
        )  # fmt: skip
        pwfile.unlink()
        # TLS only, from 127.0.0.1 only
        (self.data / "pg_hba.conf").write_text(
            "local all all trust\nhostssl all all 127.0.0.1/32 scram-sha-256\n"
            "hostnossl all all 0.0.0.0/0 reject\n"
        )
        self.start()

    def _run(self, tool: str, *args: str) -> None:
        cmd = [str(self.bin_dir / tool), *args]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} -c unix_socket_directories={self.sockets}"
            f" -c ssl=on -c ssl_cert_file={self.cert} -c ssl_key_file={self.key}"
            " -c fsync=off -c max_connections=60"
        )
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.log), "-w", "start")

    def stop(self, mode: str = "immediate") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def url(self, user: str = ADMIN, password: str | None = None, dbname: str = "postgres") -> str:
        pw = self.password if password is None else password
        return f"postgresql://{quote(user)}:{quote(pw)}@127.0.0.1:{self.port}/{dbname}"

    def admin_url(self, dbname: str) -> str:
        return self.url(dbname=dbname) + f"?sslrootcert={quote(str(self.ca))}"

    def create_database(self, name: str) -> None:
        import psycopg

        with psycopg.connect(
            self.url(), sslmode="verify-full", sslrootcert=str(self.ca), autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')

    def close(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError):
            self.stop("fast")
        shutil.rmtree(self.root, ignore_errors=True)
