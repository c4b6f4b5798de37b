/** Statistics, number formats and the plain-text tables every section prints. */
import fs from 'node:fs';
import path from 'node:path';

/** Median of the finite values: a failed run (NaN) is left out, not sorted in. */
export function median(values: readonly number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

export const fmt = (value: number, digits = 1): string => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');
export const kib = (bytes: number): string => fmt(bytes / 1024, 1);
export const mib = (kibibytes: number): string => fmt(kibibytes / 1024, 0);

export function table(title: string, headers: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  // Left-align the first column (labels), right-align figures.
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ');
  console.log(`\n${title}`);
  console.log(line(headers));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

export function note(text: string): void {
  console.log(`  ${text}`);
}

export function progress(text: string): void {
  process.stderr.write(`[bench] ${text}\n`);
}

export function errorSummary(output: string): string {
  const lines = output.split('\n').filter((line) => line.trim() !== '');
  const errors = lines.filter((line) => /\[ERROR\]|Error:|error/.test(line));
  return (errors.length > 0 ? errors.slice(0, 12) : lines.slice(-15))
    .map((line) => `    ${line.slice(0, 300)}`)
    .join('\n');
}

/** Total bytes of the files under dir. */
export function dirSize(dir: string): {bytes: number; files: number; html: number} {
  let bytes = 0;
  let files = 0;
  let html = 0;
  for (const entry of fs.readdirSync(dir, {withFileTypes: true, recursive: true})) {
    if (!entry.isFile()) continue;
    files += 1;
    if (entry.name.endsWith('.html')) html += 1;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return {bytes, files, html};
}
