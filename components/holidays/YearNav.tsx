import Link from "next/link";

/** Links to each year's list; the shown year is marked as the current page. */
export function YearNav({ years, current, label }: { years: number[]; current: number; label: string }) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2">
        {years.map((year) => (
          <li key={year}>
            {year === current ? (
              <span aria-current="page" className="inline-block rounded border-2 border-brand-800 bg-brand-800 px-3 py-1 font-semibold text-white">
                {year}
              </span>
            ) : (
              <Link href={`/kalender-libur?tahun=${year}`} className="inline-block rounded border-2 border-brand-800 px-3 py-1 font-semibold no-underline!">
                {year}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
