/**
 * A table as the official forms draw it: a grid of cells, some merged across columns or rows.
 * The .docx and .xlsx exporters both render this one description, so the two files agree.
 */
export type CellRole =
  /** Column headings (一级指标, 总额 …): bold, centred, shaded. */
  | 'header'
  /** Row labels at the left (项目编码, 年度主要任务 …): bold, centred. */
  | 'label'
  /** Free text: left-aligned, wraps. */
  | 'text'
  /** Short values (指标值, 一级/二级 names, months): centred. */
  | 'center'
  /** An amount of money (万元): right-aligned, a number with two decimals in Excel. */
  | 'money'
  /** Another number (分值, 得分, 支出计划 %): centred, a number in Excel. */
  | 'number';

export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  text: string;
  role: CellRole;
  /** For money / number cells: the value Excel stores, and how it shows it. */
  numeric?: { value: number; format: string };
}

export interface TableGrid {
  /** Title above the table (e.g. 项目支出绩效目标表). */
  title: string;
  /** Line under the title, e.g. （2025年）. */
  subtitle?: string;
  /** Right-aligned line above the grid: 单位：万元. */
  unitLine?: string;
  /** Relative widths of the grid columns, in display columns of Chinese text. */
  columns: number[];
  rowCount: number;
  cells: GridCell[];
  /** Wide tables (many columns) are printed on landscape pages. */
  landscape: boolean;
  /** Short name for the Excel sheet (before making it unique). */
  sheetName: string;
}

export interface CellOptions {
  role?: CellRole;
  colSpan?: number;
  rowSpan?: number;
  numeric?: GridCell['numeric'];
}

/**
 * Builds a grid row by row: `cell()` places a cell at the next free column of the current row,
 * skipping slots covered by a cell merged down from above.
 */
export class GridBuilder {
  private readonly cells: GridCell[] = [];
  private readonly taken = new Set<string>();
  private row = -1;
  private col = 0;

  constructor(readonly width: number) {}

  newRow(): this {
    this.row += 1;
    this.col = 0;
    return this;
  }

  cell(text: string, options: CellOptions = {}): this {
    while (this.taken.has(`${this.row}:${this.col}`)) this.col += 1;
    const colSpan = Math.max(1, Math.min(options.colSpan ?? 1, this.width - this.col));
    const rowSpan = Math.max(1, options.rowSpan ?? 1);
    if (this.col >= this.width) throw new Error(`表格第 ${this.row + 1} 行超出 ${this.width} 列`);
    for (let r = 0; r < rowSpan; r += 1)
      for (let c = 0; c < colSpan; c += 1) this.taken.add(`${this.row + r}:${this.col + c}`);
    this.cells.push({
      row: this.row,
      col: this.col,
      rowSpan,
      colSpan,
      text,
      role: options.role ?? 'text',
      ...(options.numeric ? { numeric: options.numeric } : {}),
    });
    this.col += colSpan;
    return this;
  }

  /** The rest of the current row as one cell. */
  rest(text: string, options: Omit<CellOptions, 'colSpan'> = {}): this {
    while (this.taken.has(`${this.row}:${this.col}`)) this.col += 1;
    return this.cell(text, { ...options, colSpan: this.width - this.col });
  }

  build(): { rowCount: number; cells: GridCell[] } {
    return { rowCount: this.row + 1, cells: this.cells };
  }
}
