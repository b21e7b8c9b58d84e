import { rgb, type PDFDocument, type PDFFont, type PDFPage } from "pdf-lib";

// Text on A4 pages with pdf-lib's standard fonts: a cursor that writes downwards, wraps text to
// the column width and starts a new page (with a running header) when the next block does not
// fit. No I/O.

// A4 in points, 1.7 cm margins.
export const PAGE_W = 595.28;
export const PAGE_H = 841.89;
export const MARGIN = 48;
export const TOP = PAGE_H - MARGIN;
export const BOTTOM = MARGIN + 20; // room for the page footer
export const WIDTH = PAGE_W - 2 * MARGIN;
export const INK = rgb(0.1, 0.1, 0.12);
export const MUTED = rgb(0.33, 0.35, 0.4);
export const RULE = rgb(0.75, 0.77, 0.8);
export const TINT = rgb(0.92, 0.96, 0.95);
export const ROW_GAP = 3.5;

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

// Letters that do not decompose into a base letter plus accent.
const PLAIN: Record<string, string> = { Ł: "L", ł: "l", Đ: "D", đ: "d", Ħ: "H", ħ: "h", ı: "i", "\u2010": "-", "\u2011": "-", "\u2212": "-" };

/** Text the standard fonts can show: accents dropped where the font lacks the letter, else "?". */
export function encodable(font: PDFFont): (text: string) => string {
  const supported = new Set(font.getCharacterSet());
  return (text) => {
    let out = "";
    for (const ch of text.replace(/\s+/g, " ")) {
      const code = ch.codePointAt(0) ?? 0;
      if (supported.has(code)) {
        out += ch;
        continue;
      }
      const base = PLAIN[ch] ?? ch.normalize("NFKD").replace(/\p{M}/gu, "");
      out += [...base].every((c) => supported.has(c.codePointAt(0) ?? 0)) && base.length > 0 ? base : "?";
    }
    return out;
  };
}

/** Lines no wider than `width`, broken at spaces; a word longer than a line is cut. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width;
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ").filter((w) => w.length > 0)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = "";
    for (const ch of word) {
      if (line && !fits(line + ch)) {
        lines.push(line);
        line = "";
      }
      line += ch;
    }
  }
  lines.push(line);
  return lines;
}

/** A cursor over pages: writes downwards and starts a new page when the next block does not fit. */
export class Layout {
  readonly pages: PDFPage[] = [];
  private page!: PDFPage;
  y = TOP;

  constructor(
    private readonly doc: PDFDocument,
    readonly fonts: Fonts,
    readonly clean: (text: string) => string,
    private readonly continuation: string,
  ) {
    this.addPage(false);
  }

  private addPage(continued: boolean): void {
    this.page = this.doc.addPage([PAGE_W, PAGE_H]);
    this.pages.push(this.page);
    this.y = TOP;
    if (continued) {
      this.draw(this.continuation, MARGIN, this.fonts.regular, 9, MUTED);
      this.y -= 20;
    }
  }

  /** The page being written, for drawings beside the text (e.g. a QR code). */
  get currentPage(): PDFPage {
    return this.page;
  }

  /** Starts a new page unless `height` points remain; returns whether it did. */
  ensure(height: number): boolean {
    if (this.y - height >= BOTTOM) return false;
    this.addPage(true);
    return true;
  }

  draw(text: string, x: number, font: PDFFont, size: number, color = INK): void {
    this.page.drawText(text, { x, y: this.y - size, size, font, color });
  }

  /** A wrapped paragraph at x..x+width; lines move to a new page as needed. */
  paragraph(text: string, opts: { x?: number; width?: number; font?: PDFFont; size?: number; color?: ReturnType<typeof rgb>; align?: "left" | "center" } = {}): void {
    const font = opts.font ?? this.fonts.regular;
    const size = opts.size ?? 10;
    const x = opts.x ?? MARGIN;
    const width = opts.width ?? WIDTH;
    const lead = size * 1.35;
    for (const line of wrap(this.clean(text), font, size, width)) {
      this.ensure(lead);
      const dx = opts.align === "center" ? (width - font.widthOfTextAtSize(line, size)) / 2 : 0;
      this.draw(line, x + dx, font, size, opts.color);
      this.y -= lead;
    }
  }

  rule(thickness = 0.75, color = RULE): void {
    this.page.drawLine({ start: { x: MARGIN, y: this.y }, end: { x: PAGE_W - MARGIN, y: this.y }, thickness, color });
  }

  box(height: number, color = TINT): void {
    this.page.drawRectangle({ x: MARGIN, y: this.y - height, width: WIDTH, height, color });
  }

  /** Columns of wrapped text side by side, kept together on one page. */
  row(cells: { text: string; x: number; width: number; font?: PDFFont; size?: number }[], onNewPage?: () => void): void {
    const wrapped = cells.map((c) => {
      const font = c.font ?? this.fonts.regular;
      const size = c.size ?? 10;
      return { ...c, font, size, lines: wrap(this.clean(c.text), font, size, c.width) };
    });
    const height = Math.max(...wrapped.map((c) => c.lines.length * c.size * 1.35));
    if (this.ensure(height + ROW_GAP)) onNewPage?.();
    const top = this.y;
    for (const cell of wrapped) {
      this.y = top;
      for (const line of cell.lines) {
        this.draw(line, cell.x, cell.font, cell.size);
        this.y -= cell.size * 1.35;
      }
    }
    this.y = top - height - ROW_GAP;
  }

  footer(left: string): void {
    const { regular } = this.fonts;
    const total = this.pages.length;
    this.pages.forEach((page, i) => {
      const right = `Halaman ${i + 1} dari ${total}`;
      const y = MARGIN - 8;
      page.drawLine({ start: { x: MARGIN, y: y + 14 }, end: { x: PAGE_W - MARGIN, y: y + 14 }, thickness: 0.5, color: RULE });
      page.drawText(this.clean(left), { x: MARGIN, y, size: 8.5, font: regular, color: MUTED });
      page.drawText(right, { x: PAGE_W - MARGIN - regular.widthOfTextAtSize(right, 8.5), y, size: 8.5, font: regular, color: MUTED });
    });
  }
}
