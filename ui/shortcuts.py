"""Every keyboard shortcut of the desk's main window, in one table: the help (F1) is made from it, and a test
checks that each shortcut the window defines is in it, so the help cannot drift from the keys."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

CONTEXT = "Shortcuts"

# (keys as shown, what they do, team leads only); keys in QKeySequence's portable text ("Alt+1…9": nine keys)
SHORTCUTS: tuple[tuple[str, str, bool], ...] = (
    ("F5", QT_TRANSLATE_NOOP("Shortcuts", "Next lead"), False),
    ("Ctrl+M", QT_TRANSLATE_NOOP("Shortcuts", "My leads"), False),
    ("Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Search the queue"), False),
    ("Esc", QT_TRANSLATE_NOOP("Shortcuts", "Clear the queue search"), False),
    ("Ctrl+Shift+R", QT_TRANSLATE_NOOP("Shortcuts", "Refresh"), False),
    ("Ctrl+P", QT_TRANSLATE_NOOP("Shortcuts", "Print work record sheet"), False),
    ("Ctrl+I", QT_TRANSLATE_NOOP("Shortcuts", "Import leads"), False),
    ("Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "Lock screen"), False),
    ("Ctrl+Shift+Q", QT_TRANSLATE_NOOP("Shortcuts", "Sign out"), False),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Quit"), False),
    ("Ctrl+Shift+S", QT_TRANSLATE_NOOP("Shortcuts", "Start call"), False),
    ("Ctrl+Shift+E", QT_TRANSLATE_NOOP("Shortcuts", "The call ends now"), False),
    ("Ctrl+Shift+C", QT_TRANSLATE_NOOP("Shortcuts", "Callback in 30 minutes (again: 30 more)"), False),
    ("Alt+1…9", QT_TRANSLATE_NOOP("Shortcuts", "Choose outcome"), False),
    ("Ctrl+Enter", QT_TRANSLATE_NOOP("Shortcuts", "Save outcome"), False),
    ("Ctrl+K", QT_TRANSLATE_NOOP("Shortcuts", "Search scripts"), False),
    ("Ctrl+←/→", QT_TRANSLATE_NOOP("Shortcuts", "Script step"), False),
    ("F1", QT_TRANSLATE_NOOP("Shortcuts", "Keyboard shortcuts"), False),
    ("Ctrl+T", QT_TRANSLATE_NOOP("Shortcuts", "Board and review"), True),
    ("Ctrl+D", QT_TRANSLATE_NOOP("Shortcuts", "Lead desk"), True),
    ("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "Outcome review: next call without a verdict"), True),
    ("Ctrl+1…3", QT_TRANSLATE_NOOP("Shortcuts", "Outcome review: verdict reviewed / needs follow-up / commended"), True),
    ("Ctrl+S", QT_TRANSLATE_NOOP("Shortcuts", "Outcome review: save the verdict, then the next call without one"), True),
)

# The keys each shown entry stands for (QKeySequence portable text), where they differ from how it is shown.
KEYS: dict[str, tuple[str, ...]] = {
    "Alt+1…9": tuple(f"Alt+{n}" for n in range(1, 10)),
    "Ctrl+1…3": ("Ctrl+1", "Ctrl+2", "Ctrl+3"),
    "Ctrl+Enter": ("Ctrl+Return", "Ctrl+Enter"),
    "Ctrl+←/→": ("Ctrl+Left", "Ctrl+Right"),
}


def listed_keys() -> set[str]:
    """Every key sequence the table covers, in portable text."""
    out: set[str] = set()
    for shown, _, _ in SHORTCUTS:
        out.update(KEYS.get(shown, (shown,)))
    return out


def rows(team_lead: bool) -> list[tuple[str, str]]:
    """(keys, what they do in the UI's language) for the help."""
    return [(keys, QCoreApplication.translate(CONTEXT, text)) for keys, text, lead_only in SHORTCUTS
            if team_lead or not lead_only]


BASE_TIP = "ws_tooltip_without_keys"  # the action's own tooltip, kept so the keys are added once


def tooltip_with_keys(action: QAction) -> str:
    """The action's tooltip followed by its shortcut: "Refresh (Ctrl+Shift+R)" — Qt shows the keys in menus
    but never in a tooltip, so a toolbar button hid them."""
    base = action.property(BASE_TIP)
    if not isinstance(base, str):
        base = action.toolTip()
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    if not keys:
        return base
    # A literal context, so that lupdate finds it (CONTEXT is a name it cannot read).
    return QCoreApplication.translate("Shortcuts", "%1 (%2)").replace("%1", base).replace("%2", keys)


def show_keys_in_tooltips(root: QObject) -> None:
    """Every action under `root` that has a shortcut shows it in its tooltip (once, however often called)."""
    for action in root.findChildren(QAction):
        if action.shortcut().isEmpty():
            continue
        base = action.property(BASE_TIP)
        if not isinstance(base, str):
            base = action.toolTip()
            action.setProperty(BASE_TIP, base)
        action.setToolTip(tooltip_with_keys(action))
