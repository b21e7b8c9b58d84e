import { can, type Action } from "./policy";
import type { Actor } from "./roles";

// The header's links: each shows when its action is allowed to the actor.
export interface NavItem {
  href: string;
  labelKey: string; // under common.nav
  action?: Action;
  signedIn?: boolean;
}

const items: NavItem[] = [
  { href: "/", labelKey: "home" },
  { href: "/standar-pelayanan", labelKey: "standard" },
  { href: "/dasbor", labelKey: "dashboard", signedIn: true },
  { href: "/permohonan", labelKey: "applications", action: "application.create" },
  { href: "/petugas", labelKey: "queue", action: "application.list" },
  { href: "/pengawasan", labelKey: "supervision", action: "supervision.view" },
  { href: "/pengaduan/kelola", labelKey: "complaints", action: "complaint.list" },
  { href: "/kinerja", labelKey: "performance", action: "dashboard.view" },
  { href: "/perusahaan", labelKey: "company", action: "company.create" },
  { href: "/akun", labelKey: "account", signedIn: true },
  { href: "/kalender-libur", labelKey: "holidays", action: "holiday.view" },
];

export function navigationFor(actor: Actor | null): NavItem[] {
  return items.filter((item) => {
    if (item.signedIn && !actor) return false;
    return item.action ? can(actor, item.action) : true;
  });
}
