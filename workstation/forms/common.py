"""What every form shares: the page, styles, safe text, dates and amounts, bordered tables, the footer."""

from __future__ import annotations

import io
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.platypus.flowables import PageBreakIfNotEmpty

from workstation.forms.data import RenderCancelledError
from workstation.forms.fonts import ensure_font
from workstation.messages import QT_TRANSLATE_NOOP, message

PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 20 * mm
WIDTH = PAGE_W - 2 * MARGIN_X
CHECKED, UNCHECKED = "■", "□"  # ☑/☐ are not in the CJK font; these two are (GB 2312)
# Paragraphs collapse runs of ordinary and ideographic spaces, but keep no-break spaces (0.26 em each in
# this font): room left to write in by hand is made of those.
_NBSP_PER_EM = 3.85
# Chinese punctuation that must not begin a line (避头点); reportlab's list has the Japanese set only.
HANG = 5  # pt: room for a hanging closing mark at the end of a cell's line
_CANNOT_START_ZH = "，；：！？”’》〉」』】〕）〗…％%"

# reportlab's TTFont reads the shared font file through one position pointer while it embeds a subset: two
# builds at once (a preview and a batch, on different task threads) can read each other's glyphs and fail.
# One build at a time; a form takes 6-17 ms.
_BUILD_LOCK = threading.Lock()

NO_ZONE = message("forms.no_zone", QT_TRANSLATE_NOOP("Messages", "A time without a time zone cannot be printed: {time}"))
CANCELLED = message("forms.cancelled", QT_TRANSLATE_NOOP("Messages", "The print job was cancelled"))
NOTHING_TO_PRINT = message("forms.nothing_to_print", QT_TRANSLATE_NOOP("Messages", "There is no form to print"))


def gap(ems: float) -> str:
    """Blank room about ems characters wide that survives paragraph whitespace folding."""
    return "\xa0" * round(ems * _NBSP_PER_EM)


DATE_LINE = f"{gap(3)}年{gap(2)}月{gap(2)}日"

# Characters that must never reach a PDF text string: C0/C1 controls other than tab and newline.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of all forms (one font; sizes follow the 五号/小四/四号 habit of paper forms)."""

    cell: ParagraphStyle
    label: ParagraphStyle
    center: ParagraphStyle
    right: ParagraphStyle
    small: ParagraphStyle
    dense: ParagraphStyle
    dense_center: ParagraphStyle
    dense_right: ParagraphStyle
    body: ParagraphStyle
    body_plain: ParagraphStyle
    body_right: ParagraphStyle


def _teach_chinese_line_breaking() -> None:
    # reportlab's CJK wrap reads this module global on every line (paragraph's own copy of lib.textsplit's,
    # which types-reportlab leaves out); extending it once (when the first form is made, not at import) stops
    # "，" or "”" from starting a line.
    cannot_start: str = rl_paragraph.ALL_CANNOT_START  # type: ignore[attr-defined]  # not in the stubs
    missing = "".join(ch for ch in _CANNOT_START_ZH if ch not in cannot_start)
    rl_paragraph.ALL_CANNOT_START = cannot_start + missing  # type: ignore[attr-defined]  # not in the stubs


@cache
def styles() -> Styles:
    """The shared styles, made once the font is registered."""
    font = ensure_font()
    _teach_chinese_line_breaking()
    # reportlab lets one closing mark (、，。”) hang past the line's end; in a grid cell that crosses the ruling,
    # so left-aligned cell text keeps half an em free on the right for it.
    cell = ParagraphStyle("cell", fontName=font, fontSize=10, leading=14, alignment=TA_LEFT, wordWrap="CJK",
                          rightIndent=HANG)
    body = ParagraphStyle(
        "body", fontName=font, fontSize=14, leading=26, firstLineIndent=28, alignment=TA_LEFT, wordWrap="CJK"
    )
    return Styles(
        cell=cell,
        label=ParagraphStyle("label", parent=cell, alignment=TA_CENTER, rightIndent=0),
        center=ParagraphStyle("center", parent=cell, alignment=TA_CENTER, rightIndent=0),
        right=ParagraphStyle("right", parent=cell, alignment=TA_RIGHT, rightIndent=0),
        small=ParagraphStyle("small", parent=cell, fontSize=9, leading=12),
        dense=ParagraphStyle("dense", parent=cell, fontSize=9, leading=12),
        dense_center=ParagraphStyle("dense_center", parent=cell, fontSize=9, leading=12, alignment=TA_CENTER,
                                    rightIndent=0),
        dense_right=ParagraphStyle("dense_right", parent=cell, fontSize=9, leading=12, alignment=TA_RIGHT,
                                   rightIndent=0),
        body=body,
        body_plain=ParagraphStyle("body_plain", parent=body, firstLineIndent=0),
        body_right=ParagraphStyle("body_right", parent=body, firstLineIndent=0, alignment=TA_RIGHT),
    )


@dataclass(frozen=True)
class Ctx:
    """What a form builder needs besides the facts: the centre's time zone and the styles."""

    tz: ZoneInfo
    st: Styles = field(default_factory=styles)


# -- text -------------------------------------------------------------------------------------------------


def markup(value: str) -> str:
    """Typed text made safe for a Paragraph: printed as typed, never read as markup; newlines kept."""
    cleaned = _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    "))
    return escape(cleaned).replace("\n", "<br/>")


def para(value: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of typed text (escaped)."""
    return Paragraph(markup(value), style)


def lines(parts: Iterable[str], style: ParagraphStyle) -> Paragraph:
    """Several typed strings on their own lines in one paragraph."""
    return Paragraph("<br/>".join(markup(p) for p in parts), style)


def vertical(text: str, style: ParagraphStyle) -> Paragraph:
    """A section name written top to bottom in a narrow first column, as on paper forms."""
    return Paragraph("<br/>".join(markup(ch) for ch in text), style)


def choices(options: Sequence[str], selected: str, sep: str = "\u3000") -> str:
    """The option line "■报案　□投案…" ticking selected; text that is none of the options ticks 其他 and
    follows it ("■其他：…")."""
    other = bool(selected) and selected not in options
    marks = []
    for option in options:
        if option == selected:
            marks.append(f"{CHECKED}{option}")
        elif option == "其他" and other:
            marks.append(f"{CHECKED}其他：{selected}")
        else:
            marks.append(f"{UNCHECKED}{option}")
    return sep.join(marks)


# -- times and amounts ------------------------------------------------------------------------------------


def local(dt: datetime, tz: ZoneInfo) -> datetime:
    """dt in the centre's zone; a naive time is a bug upstream, so it is refused rather than guessed."""
    if dt.tzinfo is None or dt.utcoffset() is None:
        raise ValueError(NO_ZONE(time=dt.isoformat()))
    return dt.astimezone(tz)


def fmt_date(dt: datetime, tz: ZoneInfo) -> str:
    """2024年5月3日"""
    d = local(dt, tz)
    return f"{d.year}年{d.month}月{d.day}日"


def fmt_datetime(dt: datetime, tz: ZoneInfo) -> str:
    """2024年5月3日 14时05分"""
    d = local(dt, tz)
    return f"{d.year}年{d.month}月{d.day}日 {d.hour:02d}时{d.minute:02d}分"


def fmt_stamp(dt: datetime, tz: ZoneInfo) -> str:
    """2024-05-03 14:05:12, for tables of calls and transfers."""
    return local(dt, tz).strftime("%Y-%m-%d %H:%M:%S")


# -- flowables --------------------------------------------------------------------------------------------


class Title(Flowable):
    """A form's title: large, centred, letter-spaced, drawn fill+stroke to look bold (the font has no bold)."""

    def __init__(self, text: str, size: float = 20, char_space: float = 4, space_after: float = 6) -> None:
        super().__init__()
        self.text, self.size, self.char_space, self.space_after = text, size, char_space, space_after

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.height = self.size * 1.5 + self.space_after
        return self.width, self.height

    def draw(self) -> None:
        font = ensure_font()
        text_w = stringWidth(self.text, font, self.size) + self.char_space * (len(self.text) - 1)
        c = self.canv
        c.saveState()
        c.setLineWidth(self.size * 0.035)
        t = c.beginText((self.width - text_w) / 2, self.space_after + self.size * 0.4)
        t.setFont(font, self.size)
        t.setCharSpace(self.char_space)
        t.setTextRenderMode(2)
        t.textOut(self.text)
        c.drawText(t)
        c.restoreState()


def header(ctx: Ctx, unit_name: str, serial_no: str, unit_caption: str = "填报单位",
           serial_caption: str = "编号") -> Table:
    """The line under the title: the unit on the left, the serial number (编号) on the right."""
    colon = "：" if not unit_caption.isascii() else ": "
    left = para(f"{unit_caption}{colon}{unit_name}" if unit_name else "", ctx.st.cell)
    right = para(f"{serial_caption}{colon}{serial_no}" if serial_no else "", ctx.st.right)
    t = Table([[left, right]], colWidths=[WIDTH * 0.62, WIDTH * 0.38])
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return t


# A TableStyle command on a range of cells: (name, (first col, first row), (last col, last row), arguments…).
GridCommand = tuple[str, tuple[int, int], tuple[int, int], *tuple[object, ...]]

GRID_STYLE: tuple[GridCommand, ...] = (
    ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
    ("BOX", (0, 0), (-1, -1), 1.2, colors.black),
    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ("LEFTPADDING", (0, 0), (-1, -1), 4),
    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ("TOPPADDING", (0, 0), (-1, -1), 4),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
)


def grid(
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    extra: Iterable[GridCommand] = (),
    min_height: float = 24,
    repeat_rows: int = 0,
) -> Table:
    """A bordered field table (heavier outer box); rows may split across pages so long text flows on."""
    total = sum(widths)
    scaled = [w * WIDTH / total for w in widths]
    t = Table([list(row) for row in rows], colWidths=scaled, splitByRow=1, splitInRow=1, repeatRows=repeat_rows,
              minRowHeights=[min_height] * len(rows))
    t.setStyle(TableStyle([*GRID_STYLE, *extra]))
    return t


def signature_cell(ctx: Ctx, caption: str, name: str = "", seal: bool = False) -> list[Flowable]:
    """A box's content for a signature (or seal): caption at the top, room to sign, then the
    "签名：…年 月 日" line at the bottom right."""
    top = [p for p in (caption, name) if p]
    tail = f"（盖章）{gap(4)}" if seal else f"签名：{gap(7)}"
    return [lines(top, ctx.st.cell), Spacer(0, 22), Paragraph(f"{tail}{DATE_LINE}", ctx.st.right)]


# -- the document -----------------------------------------------------------------------------------------


@dataclass
class FormStory:
    """One form laid out: its flowables plus what its footer says."""

    title: str
    serial_no: str
    flowables: list[Flowable]
    number_pages: bool = True
    page_text: str = "第 {page} 页  共 {count} 页"  # the footer's page count ({page}, {count})
    serial_caption: str = "编号"


class _Mark(Flowable):
    """An invisible point in the story that tells the canvas a form starts, or that one is finished."""

    def __init__(self, on_draw: Callable[[Canvas], None]) -> None:
        super().__init__()
        self._on_draw = on_draw

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self._on_draw(self.canv)


class _FooterCanvas(Canvas):
    """Holds pages until the end so each form's footer can say 第 i 页 共 n 页 for that form alone."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]  # reportlab's canvasmaker call, passed on as it is
        self._pages: list[dict[str, object]] = []
        self._starts: list[tuple[int, FormStory]] = []  # (first page, form)

    def form_starts(self, story: FormStory) -> None:
        self._starts.append((self.getPageNumber(), story))

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # Canvas.showPage's private page reset, not in types-reportlab

    def save(self) -> None:
        firsts = [first for first, _ in self._starts] + [len(self._pages) + 1]
        for index, (first, story) in enumerate(self._starts):
            count = firsts[index + 1] - first
            for page in range(first, first + count):
                self.__dict__.update(self._pages[page - 1])
                if story.number_pages or count > 1:
                    self._footer(story, page - first + 1, count)
                super().showPage()
        super().save()

    def _footer(self, story: FormStory, page: int, count: int) -> None:
        font = ensure_font()
        self.saveState()
        self.setFont(font, 8.5)
        self.setFillColor(colors.black)
        y = MARGIN_BOTTOM - 9 * mm
        colon = "：" if not story.serial_caption.isascii() else ": "
        left = story.title + (f"　{story.serial_caption}{colon}{story.serial_no}" if story.serial_no else "")
        self.drawString(MARGIN_X, y, left)
        self.drawRightString(PAGE_W - MARGIN_X, y, story.page_text.format(page=page, count=count))
        self.restoreState()


def build_pdf(
    stories: Iterable[FormStory],
    total: int,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    title: str = "",
    lang: str = "zh-CN",
) -> bytes:
    """Lay the forms out one after another (each from a new page) into one deterministic PDF."""
    font = ensure_font()
    done = 0

    def started(story: FormStory) -> Callable[[Canvas], None]:
        def mark(canvas: Canvas) -> None:
            if cancel is not None and cancel():
                raise RenderCancelledError(CANCELLED())
            assert isinstance(canvas, _FooterCanvas)  # build_pdf's canvasmaker
            canvas.form_starts(story)

        return mark

    def finished(canvas: Canvas) -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total)

    flow: list[Flowable] = []
    for story in stories:
        if flow:
            flow.append(PageBreakIfNotEmpty())
        flow.append(_Mark(started(story)))
        flow.extend(story.flowables)
        flow.append(_Mark(finished))
    if not flow:
        raise ValueError(NOTHING_TO_PRINT())

    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author="",
        subject="",
        creator="workstation",
        producer="workstation (reportlab)",
        invariant=1,
        pageCompression=1,
        lang=lang,
        initialFontName=font,
    )
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, WIDTH, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    with _BUILD_LOCK:
        doc.build(flow, canvasmaker=_FooterCanvas)
    return buf.getvalue()
