"""Finding a desk that has pairing open on the room's network: zeroconf (mDNS), service
`_organiser._tcp`. A desk announces itself only while pairing is open ("Add a desk"), so an
office laptop away from a venue says nothing to the network; a typed HOST:PORT always works,
with or without discovery. Where multicast does not work (some hotel Wi-Fi), discovery finds
nothing and says so; it never stops the desk."""

from __future__ import annotations

import logging
import re
import socket
import threading
import time
from typing import Any

log = logging.getLogger("organiser.venue")
SERVICE = "_organiser._tcp.local."


def room_address() -> str:
    """This laptop's address on the room's network (no packet is sent); 127.0.0.1 without one."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.255.255.255", 1))
        return str(probe.getsockname()[0])
    except OSError:
        return "127.0.0.1"
    finally:
        probe.close()


class Announcer:
    """Announces this desk while `still_open()` holds (checked every second), then stops."""

    def __init__(self, address: str, name: str, fingerprint: str, still_open: Any) -> None:
        self.address, self.name, self.fingerprint = address, name, fingerprint
        self.still_open = still_open
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="venue-announce", daemon=True)

    def start(self) -> Announcer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        try:
            from zeroconf import IPVersion, ServiceInfo, Zeroconf
        except ImportError:
            log.warning("zeroconf is not installed: this desk is not announced")
            return
        host, port = self.address.rsplit(":", 1)
        label = re.sub(r"[^0-9A-Za-z-]", "-", self.fingerprint)
        info = ServiceInfo(
            SERVICE,
            f"organiser-{label}.{SERVICE}",
            addresses=[socket.inet_aton(host)],
            port=int(port),
            properties={"fpr": self.fingerprint},
        )
        try:
            zc = Zeroconf(ip_version=IPVersion.V4Only)
            zc.register_service(info)
        except OSError as exc:
            log.warning("this desk cannot be announced on the network: %s", exc)
            return
        try:
            while not self._stop.wait(1.0) and self.still_open():
                pass
            zc.unregister_service(info)
        finally:
            zc.close()


def find(seconds: float = 3.0) -> list[str]:
    """HOST:PORT of every desk announcing open pairing, as found within `seconds`."""
    try:
        from zeroconf import IPVersion, ServiceBrowser, ServiceStateChange, Zeroconf
    except ImportError:
        return []
    found: list[str] = []
    lock = threading.Lock()

    def changed(zeroconf: Any, service_type: str, name: str,
                state_change: Any) -> None:  # fmt: skip
        if state_change is not ServiceStateChange.Added:
            return
        info = zeroconf.get_service_info(service_type, name, timeout=2000)
        if info is None:
            return
        with lock:
            found.extend(f"{a}:{info.port}" for a in info.parsed_addresses())

    try:
        zc = Zeroconf(ip_version=IPVersion.V4Only)
    except OSError:
        return []
    try:
        ServiceBrowser(zc, SERVICE, handlers=[changed])
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            with lock:
                if found:
                    break
            time.sleep(0.05)
        time.sleep(0.3)  # a moment more for the other desks answering at once
    finally:
        zc.close()
    with lock:
        return sorted(set(found))
