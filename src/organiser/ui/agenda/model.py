"""The sessions of one day as an editable table: start, end, kind, title, room, people, and the
conflicts of each row with their reasons."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from organiser.domain.agenda import SessionKind, SessionRole
from organiser.domain.agenda_conflicts import Conflict
from organiser.domain.labels import label_of
from organiser.services.agenda.reading import RoomRow, SessionRow

Index = QModelIndex | QPersistentModelIndex
COL_START, COL_END, COL_KIND, COL_TITLE, COL_ROOM, COL_PEOPLE, COL_CONFLICTS = range(7)
ID_ROLE = Qt.ItemDataRole.UserRole + 10
CONFLICT_BG = QColor("#fde2e1")
PAUSE_BG = QColor("#f1f1f1")


def time_text(value: dt.time, lang: str) -> str:
    sep = "." if lang == "th" else ":"
    return f"{value.hour:02d}{sep}{value.minute:02d}"


def parse_time(value: Any) -> dt.time | None:
    """A QTime, a time, or text such as ``9.30``, ``09:30``, ``0930``."""
    if isinstance(value, QTime):
        return dt.time(value.hour(), value.minute()) if value.isValid() else None
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0)
    text = str(value).strip().replace("น.", "").strip()
    for sep in (".", ":"):
        if sep in text:
            hours, _, minutes = text.partition(sep)
            break
    else:
        hours, minutes = (text[:-2], text[-2:]) if len(text) > 2 else (text, "0")
    try:
        h, m = int(hours), int(minutes or 0)
    except ValueError:
        return None
    if 0 <= h < 24 and 0 <= m < 60:
        return dt.time(h, m)
    return None


class SessionsModel(QAbstractTableModel):
    """Edits are applied to the row at once (so conflicts show as they appear) and handed on
    through ``edit_requested`` to be saved."""

    edit_requested = Signal(str, dict)  # session id, {field: value}

    def __init__(self, lang: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.rows: list[SessionRow] = []
        self.conflicts: dict[str, list[Conflict]] = {}
        self.rooms: list[RoomRow] = []
        self.headers = [
            self.tr("Start"), self.tr("End"), self.tr("Kind"), self.tr("Session"),
            self.tr("Room"), self.tr("People"), self.tr("Conflicts"),
        ]  # fmt: skip

    # ------------------------------------------------------------ contents

    def set_rows(
        self,
        rows: list[SessionRow],
        conflicts: dict[str, list[Conflict]],
        rooms: list[RoomRow] | tuple[RoomRow, ...],
    ) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.conflicts = conflicts
        self.rooms = list(rooms)
        self.endResetModel()

    def update_rows(
        self,
        rows: list[SessionRow],
        conflicts: dict[str, list[Conflict]],
        rooms: list[RoomRow] | tuple[RoomRow, ...],
    ) -> None:
        """Take a fresh programme without closing the cell being edited: the rows are changed
        in place when the same sessions come in the same order, moved (their editors with them)
        when only the order changed, and the table is reset only when sessions came or went."""
        old_ids = [r.id for r in self.rows]
        new_ids = [r.id for r in rows]
        if new_ids != old_ids and sorted(new_ids) != sorted(old_ids):
            self.set_rows(rows, conflicts, rooms)
            return
        self.rooms = list(rooms)
        self.conflicts = conflicts
        if new_ids != old_ids:
            self.layoutAboutToBeChanged.emit()
            position = {session_id: row for row, session_id in enumerate(new_ids)}
            before = self.persistentIndexList()
            after = [self.index(position[old_ids[i.row()]], i.column()) for i in before]
            self.rows = list(rows)
            self.changePersistentIndexList(before, after)
            self.layoutChanged.emit()
        else:
            self.rows = list(rows)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, COL_CONFLICTS))

    def row_at(self, row: int) -> SessionRow:
        return self.rows[row]

    def row_of(self, session_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == session_id), -1)

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (COL_START, COL_END, COL_KIND, COL_TITLE, COL_ROOM):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def _people(self, row: SessionRow) -> str:
        return "; ".join(f"{p.name} ({label_of(SessionRole, p.role)})" for p in row.participants)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        conflicts = self.conflicts.get(row.id, [])
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column, conflicts)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_TITLE:
                # the whole title: a long one is cut with "…" in its cell
                parts = [row.title, row.description, "\n".join(c.reason for c in conflicts)]
                return "\n\n".join(p for p in parts if p)
            if conflicts and column == COL_CONFLICTS:
                return "\n".join(c.reason for c in conflicts)
            if column == COL_ROOM and row.room:
                return row.room
            if column == COL_PEOPLE and row.participants:
                return "\n".join(
                    f"{p.name} ({label_of(SessionRole, p.role)})" for p in row.participants
                )
            return row.description or None
        if role == Qt.ItemDataRole.DecorationRole and column == COL_TITLE and conflicts:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.BackgroundRole:
            if conflicts and column == COL_CONFLICTS:
                return QBrush(CONFLICT_BG)
            if row.is_pause:
                return QBrush(PAUSE_BG)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_CONFLICTS:
            return QBrush(QColor("#9b1c1c"))
        if role == Qt.ItemDataRole.FontRole and row.is_pause:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _display(self, row: SessionRow, column: int, conflicts: list[Conflict]) -> str:
        if column == COL_START:
            return time_text(row.starts_at, self.lang)
        if column == COL_END:
            return time_text(row.ends_at, self.lang)
        if column == COL_KIND:
            return label_of(SessionKind, row.kind)
        if column == COL_TITLE:
            return row.title
        if column == COL_ROOM:
            return row.room
        if column == COL_PEOPLE:
            return self._people(row)
        return "; ".join(c.reason for c in conflicts)

    def _edit_value(self, row: SessionRow, column: int) -> Any:
        if column == COL_START:
            return QTime(row.starts_at.hour, row.starts_at.minute)
        if column == COL_END:
            return QTime(row.ends_at.hour, row.ends_at.minute)
        if column == COL_KIND:
            return row.kind
        if column == COL_TITLE:
            return row.title
        if column == COL_ROOM:
            return row.room_id or ""
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        row = self.rows[index.row()]
        column = index.column()
        changes: dict[str, Any] = {}
        if column in (COL_START, COL_END):
            parsed = parse_time(value)
            if parsed is None:
                return False
            name = "starts_at" if column == COL_START else "ends_at"
            if getattr(row, name) == parsed:
                return False
            changes[name] = parsed
            if column == COL_START:
                # moving the start keeps the session's length, as people expect
                length = row.minutes if row.minutes > 0 else 0
                end = parsed.hour * 60 + parsed.minute + length
                if end < 24 * 60:
                    changes["ends_at"] = dt.time(end // 60, end % 60)
        elif column == COL_KIND:
            kind = SessionKind(str(value))
            if kind.value == row.kind:
                return False
            changes["kind"] = kind.value
        elif column == COL_TITLE:
            title = " ".join(str(value).split())
            if not title or title == row.title:
                return False
            changes["title"] = title
        elif column == COL_ROOM:
            room_id = str(value or "") or None
            if room_id == row.room_id:
                return False
            changes["room_id"] = room_id
        else:
            return False
        self.rows[index.row()] = self.apply(row, changes)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), COL_CONFLICTS))
        self.edit_requested.emit(row.id, changes)
        return True

    def apply(self, row: SessionRow, changes: dict[str, Any]) -> SessionRow:
        """The row as it will be once saved (the room's name looked up from its id)."""
        values = dict(changes)
        if "room_id" in values:
            room = next((r for r in self.rooms if r.id == values["room_id"]), None)
            values["room"] = room.name if room else ""
        return dataclasses.replace(row, **values)
