import { signOutAction } from "@/lib/auth/actions";

export function SignOutButton({ label, variant = "header" }: { label: string; variant?: "header" | "primary" }) {
  const style =
    variant === "header"
      ? "rounded border border-white/60 px-2 py-1 text-sm font-medium text-white hover:bg-white/10"
      : "rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900";
  return (
    <form action={signOutAction}>
      <button type="submit" className={style}>
        {label}
      </button>
    </form>
  );
}
