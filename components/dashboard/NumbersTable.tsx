import type { Table } from "@/lib/dashboard/tables";

/** The numbers behind a chart, as a table, with its CSV download. */
export function NumbersTable({ table, label, csvHref, csvLabel, open = false }: { table: Table; label: string; csvHref: string; csvLabel: string; open?: boolean }) {
  return (
    <details className="mt-3" open={open}>
      <summary className="cursor-pointer">{label}</summary>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid={`table-${table.name}`}>
          <caption className="sr-only">{table.title}</caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              {table.header.map((h) => (
                <th key={h} scope="col" className="py-1 pr-4">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r, i) => (
              <tr key={i} className="border-b border-slate-200">
                {r.map((c, j) => (j === 0 ? <th key={j} scope="row" className="py-1 pr-4 font-normal">{c ?? "–"}</th> : <td key={j} className="py-1 pr-4 tabular-nums">{c ?? "–"}</td>))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-1 text-sm">
        <a href={csvHref}>{csvLabel}</a>
      </p>
    </details>
  );
}
