export interface Row {
  what: string;
  value: number;
  unit: string;
  target: string;
}

export function printTable(title: string, rows: Row[]): void {
  const w = Math.max(...rows.map((r) => r.what.length), 10);
  process.stdout.write(`\n${title}\n${'-'.repeat(w + 32)}\n`);
  for (const r of rows) {
    // Ratios (recall, F1) move in the third decimal; times need one or two.
    const decimals = r.unit === 'ms' ? 1 : r.unit === 's' || r.unit === 'MB' ? 2 : 3;
    const v = r.value >= 100 ? r.value.toFixed(0) : r.value.toFixed(decimals);
    process.stdout.write(`${r.what.padEnd(w)}  ${v.padStart(8)} ${r.unit.padEnd(4)} ${r.target}\n`);
  }
}
