"use client";

import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/" })}
      className="rounded border border-white/60 px-2 py-1 text-sm font-medium text-white hover:bg-white/10"
    >
      {label}
    </button>
  );
}
