import { getFormatter, getTranslations } from "next-intl/server";
import type { CompanyMember, PendingInvitation } from "@/lib/companies/list-members";

/** The company's members and its unused invitations, as lists that fit a phone screen. */
export async function MemberList({
  companyName,
  members,
  invitations,
}: {
  companyName: string;
  members: CompanyMember[];
  invitations: PendingInvitation[];
}) {
  const t = await getTranslations("company.members");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  return (
    <div className="space-y-8">
      <section aria-labelledby="members-title">
        <h2 id="members-title" className="text-xl font-semibold">
          {t("caption", { company: companyName })}
        </h2>
        <ul className="mt-3 divide-y divide-slate-200 border-y border-slate-200" data-testid="member-list">
          {members.map((m) => (
            <li key={m.id} className="py-3">
              <p className="font-medium">
                {m.name} {m.isYou && <span className="font-normal text-slate-700">{t("you")}</span>}
              </p>
              <p className="break-all text-slate-700">{m.email}</p>
              <p className="text-sm text-slate-700">
                {t("joined")}: {date(m.joinedAt)}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="pending-title">
        <h2 id="pending-title" className="text-xl font-semibold">
          {t("pendingTitle")}
        </h2>
        {invitations.length === 0 ? (
          <p className="mt-2 text-slate-700">{t("pendingNone")}</p>
        ) : (
          <ul className="mt-3 divide-y divide-slate-200 border-y border-slate-200" data-testid="pending-invitations">
            {invitations.map((i) => (
              <li key={i.id} className="py-3">
                <p className="break-all font-medium">{i.email}</p>
                <p className="text-sm text-slate-700">
                  {t("invitedBy")}: {i.invitedBy} · {t("expires")}: {date(i.expiresAt)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
