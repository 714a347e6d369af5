// Who approved (or refused), how and when. In an agency install the agency
// records an answer the business gave elsewhere, so "how" and "when" are asked;
// in a business install the answer is given here and now, so only the name.
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { ApprovalInput, ApprovalVia } from "../../bindings";
import { SelectField, TextField } from "../../components/fields";
import { errorFor } from "../../lib/ipc";

const VIAS: ApprovalVia[] = ["meeting", "email", "phone", "other"];

/** Local date and time as `YYYY-MM-DDTHH:mm`, the value of a datetime-local input. */
function localNow(): string {
  const now = new Date();
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** The approval as the core wants it: `at` in RFC 3339 (empty when not asked). */
export function approvalInput(by: string, via: ApprovalVia | "", at: string, agency: boolean): ApprovalInput {
  if (!agency) return { by, via: null, at: "" };
  const when = at ? new Date(at) : null;
  return { by, via: via === "" ? null : via, at: when && !Number.isNaN(when.getTime()) ? when.toISOString() : at };
}

export function useApprovalState(defaultBy: string) {
  const [by, setBy] = useState(defaultBy);
  const [via, setVia] = useState<ApprovalVia | "">("");
  const [at, setAt] = useState(localNow);
  return { by, setBy, via, setVia, at, setAt };
}

export type ApprovalState = ReturnType<typeof useApprovalState>;

export function ApprovalFields({ state, agency, error }: { state: ApprovalState; agency: boolean; error: unknown }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="hint">{agency ? t("approval.agencyNote") : t("approval.businessNote")}</p>
      <TextField
        label={t("approval.by")}
        hint={t("approval.byHint")}
        value={state.by}
        onChange={(e) => state.setBy(e.target.value)}
        error={errorFor(error, "by")}
        autoComplete="off"
      />
      {agency && (
        <>
          <SelectField
            label={t("approval.via")}
            value={state.via}
            onChange={(e) => state.setVia(e.target.value as ApprovalVia | "")}
            error={errorFor(error, "via")}
          >
            <option value="">{t("approval.choose")}</option>
            {VIAS.map((via) => (
              <option key={via} value={via}>
                {t(`approval.vias.${via}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t("approval.at")}
            type="datetime-local"
            value={state.at}
            onChange={(e) => state.setAt(e.target.value)}
            error={errorFor(error, "at")}
          />
        </>
      )}
    </>
  );
}
