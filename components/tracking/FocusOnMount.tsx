"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * A section, named by its heading, that takes the keyboard focus when it appears (an error
 * summary, a search result), so a screen reader reads it and the next Tab continues from there.
 * Without JavaScript it is a plain section.
 */
export function FocusOnMount({
  children,
  className,
  labelledBy,
  testId,
}: {
  children: ReactNode;
  className?: string;
  labelledBy: string;
  testId?: string;
}) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <section ref={ref} tabIndex={-1} className={className} aria-labelledby={labelledBy} data-testid={testId}>
      {children}
    </section>
  );
}
