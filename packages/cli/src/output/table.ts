/**
 * Aligned plain-text tables and label/value detail views for terminals. Plain spaces, no box
 * drawing or colours, so the output also survives copy-paste, `grep` and `less`.
 */

/** One column: its header and how to get a cell from a row. */
export interface Column<T> {
  readonly header: string;
  readonly value: (row: T) => string;
  /** Numbers and prices read better right-aligned. */
  readonly align?: 'left' | 'right';
}

const GAP = '  ';

// Tabs and newlines in API values (display names) would break the alignment.
function clean(cell: string): string {
  return cell.replace(/[\t\r\n]+/g, ' ');
}

function pad(cell: string, width: number, align: 'left' | 'right' | undefined): string {
  return align === 'right' ? cell.padStart(width) : cell.padEnd(width);
}

function line<T>(columns: readonly Column<T>[], cells: readonly string[], widths: number[]) {
  return columns
    .map((column, i) => pad(cells[i] ?? '', widths[i] ?? 0, column.align))
    .join(GAP)
    .trimEnd();
}

/** Renders a whole table (header plus rows) as lines. */
export function renderTable<T>(columns: readonly Column<T>[], rows: readonly T[]): string[] {
  const stream = new TableStream(columns);
  return stream.render(rows);
}

/**
 * A table printed in batches (one page at a time) without holding every row: column widths come
 * from the header and the first batch; a longer value later only pushes the rest of its own row to
 * the right (nothing is truncated).
 */
export class TableStream<T> {
  readonly #columns: readonly Column<T>[];
  readonly #widths: number[];
  #headerDone = false;

  constructor(columns: readonly Column<T>[]) {
    this.#columns = columns;
    this.#widths = columns.map((column) => column.header.length);
  }

  /** Lines for one batch; the first call also returns the header. */
  render(rows: readonly T[]): string[] {
    const cells = rows.map((row) => this.#columns.map((column) => clean(column.value(row))));
    if (!this.#headerDone) {
      for (const rowCells of cells) {
        rowCells.forEach((cell, i) => {
          this.#widths[i] = Math.max(this.#widths[i] ?? 0, cell.length);
        });
      }
    }
    const lines = cells.map((rowCells) => line(this.#columns, rowCells, this.#widths));
    if (this.#headerDone) return lines;
    this.#headerDone = true;
    const header = line(
      this.#columns,
      this.#columns.map((column) => column.header),
      this.#widths,
    );
    return [header, ...lines];
  }
}

/** Label/value pairs, labels padded to one width. Pairs with an `undefined` value are skipped. */
export function renderDetails(pairs: readonly (readonly [string, string | undefined])[]): string[] {
  const shown = pairs.filter((pair): pair is readonly [string, string] => pair[1] !== undefined);
  const width = Math.max(0, ...shown.map(([label]) => label.length));
  return shown.map(([label, value]) => `${label.padEnd(width)}${GAP}${clean(value)}`.trimEnd());
}
