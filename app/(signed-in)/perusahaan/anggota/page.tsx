import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { InvitationForm } from "@/components/companies/InvitationForm";
import { MemberList } from "@/components/companies/MemberList";
import { requirePermission } from "@/lib/auth/session";
import { getOwnCompany } from "@/lib/companies/get-company";
import { listMembers } from "@/lib/companies/list-members";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("company"))("members.title") };
}

export default async function CompanyMembersPage() {
  const actor = await requirePermission("/perusahaan/anggota", "company.create");
  const company = await getOwnCompany({ actor });
  if (!company) redirect("/perusahaan");
  const [t, { members, invitations }] = await Promise.all([getTranslations("company"), listMembers({ actor })]);
  return (
    <div className="max-w-xl space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t("members.title")}</h1>
        <p className="mt-2 text-slate-700">{t("members.intro", { company: company.name })}</p>
      </div>
      <MemberList companyName={company.name} members={members} invitations={invitations} />
      <section aria-labelledby="invite-title" className="space-y-3">
        <h2 id="invite-title" className="text-xl font-semibold">
          {t("members.inviteTitle")}
        </h2>
        <p className="text-slate-700">{t("members.inviteIntro")}</p>
        <InvitationForm />
      </section>
      <p>
        <Link href="/perusahaan">{t("members.backToProfile")}</Link>
      </p>
    </div>
  );
}
