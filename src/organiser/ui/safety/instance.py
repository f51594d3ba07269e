"""A second start of the app brings the running copy's window forward instead of refusing.

The copy that holds the data folder's lock listens on a local socket (a named pipe on Windows)
whose name comes from the user and the folder; a later start that finds the folder locked asks
it to show its window and quits without a word. Only the same user can connect. When no copy
answers (an older version, or one still starting), the later start says the folder is in use.
"""

from __future__ import annotations

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

SHOW = b"show\n"
SHOWN = b"shown\n"
TIMEOUT_MS = 1500


def server_name(folder: Path) -> str:
    try:
        user = getpass.getuser()
    except Exception:  # no user name in this environment: the folder alone
        user = ""
    key = f"{user}\n{Path(folder).absolute()}".encode()
    return "organiser-" + hashlib.sha256(key).hexdigest()[:20]


def ask_running_copy_to_show(folder: Path, timeout_ms: int = TIMEOUT_MS) -> bool:
    """True when a running copy with this folder open answered that it showed its window."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(folder))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(SHOW)
    socket.waitForBytesWritten(timeout_ms)
    answered = socket.waitForReadyRead(timeout_ms) and bytes(socket.readAll().data()) == SHOWN
    socket.disconnectFromServer()
    return answered


class ActivationServer(QObject):
    """Listens for later starts on the same folder; `show_requested` when one asks."""

    show_requested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(folder)
        # a socket file left by a copy that crashed would refuse the name (Unix); this copy holds
        # the folder's lock, so no other live copy can be listening on it
        QLocalServer.removeServer(name)
        self.listening = self.server.listen(name)
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(SHOW.strip()):
            self.show_requested.emit()
            socket.write(SHOWN)
            socket.flush()

    def close(self) -> None:
        self.server.close()
