"use client";

import { useTranslations } from "next-intl";
import { passwordChecks, type PasswordCheck } from "@/lib/accounts/password-rule";

const CHECKS: PasswordCheck[] = ["length", "letterAndDigit", "notEmailName"];

/**
 * The password rule, shown next to the field before anything is typed, each part marked as it is
 * met. Used as the field's hint (its id is given to aria-describedby).
 */
export function PasswordRule({ password, email }: { password: string; email: string | null }) {
  const t = useTranslations("account.passwordRule");
  const checks = passwordChecks(password, email);
  return (
    <div>
      <p>{t("title")}</p>
      <ul className="mt-1 space-y-0.5" data-testid="password-rule">
        {CHECKS.map((check) => {
          const met = password.length > 0 && checks[check];
          return (
            <li key={check} className="flex gap-2">
              <span aria-hidden="true" className={met ? "font-bold text-green-800" : "text-slate-600"}>
                {met ? "✓" : "•"}
              </span>
              <span>
                {t(check)}
                {password.length > 0 && <span className="sr-only"> ({met ? t("met") : t("notMet")})</span>}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="mt-1">{t("tip")}</p>
    </div>
  );
}
