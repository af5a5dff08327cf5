"""PySide6 6.12.0 on CPython 3.11 leaks a reference to None on every void Qt method call, and the app
aborts with 'none_dealloc' after some minutes of painting. pyproject pins PySide6 below 6.12; this test
fails if a PySide6 with that bug is installed again."""

import sys

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont


def test_void_qt_calls_keep_none_and_bools_alive() -> None:
    font, obj = QFont(), QObject()
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        font.setBold(True)
        obj.setObjectName("x")
    after = sys.getrefcount(None), sys.getrefcount(True)
    # other threads may take or drop a few references meanwhile; a leak would be thousands
    assert abs(after[0] - before[0]) < 200 and abs(after[1] - before[1]) < 200
