/** Horizontal bars a person reads at a glance; the same numbers are in the table below it. */
export function BarChart({ items, max, format = (n) => String(n) }: { items: { label: string; value: number | null }[]; max?: number; format?: (n: number) => string }) {
  const top = max ?? Math.max(1, ...items.map((i) => i.value ?? 0));
  return (
    <ul className="space-y-2" aria-hidden="true">
      {items.map((i) => (
        <li key={i.label} className="grid grid-cols-[minmax(6rem,14rem)_1fr] items-center gap-3 text-sm">
          <span className="truncate" title={i.label}>
            {i.label}
          </span>
          <span className="flex items-center gap-2">
            <span className="h-4 rounded-sm bg-brand-700" style={{ width: `${Math.max(i.value ? 1 : 0, ((i.value ?? 0) / top) * 100)}%` }} />
            <span className="shrink-0 tabular-nums">{i.value === null ? "–" : format(i.value)}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
