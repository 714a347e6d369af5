// The "Valori" tab: the values of one channel, period by period, in a grid
// typed like a spreadsheet, and a form for a value of any period. Both save
// through `useSaveValue`, which asks before replacing a recorded value.
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { Client, Monitoring, Period } from "../../../bindings";
import { SelectField } from "../../../components/fields";
import { useLanguage } from "../../../lib/i18n";
import { AddValueForm } from "./AddValueForm";
import { channelOption, defaultChannel } from "./labels";
import { PERIODS, periodWindow } from "./periods";
import { useSaveValue } from "./useSaveValue";
import { ValuesGrid } from "./ValuesGrid";

export function ValuesView({ client, monitoring }: { client: Client; monitoring: Monitoring }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [period, setPeriod] = useState<Period>("month");
  const [channel, setChannel] = useState(() => defaultChannel(monitoring));
  // How many windows back from the current period the grid shows.
  const [back, setBack] = useState(0);
  const { save, dialog } = useSaveValue(client.id, monitoring);
  const starts = periodWindow(period, monitoring.today, back);

  return (
    <div className="values">
      <p className="hint">{t("monitoringValues.hint")}</p>
      <div className="values-controls" role="group" aria-label={t("monitoringValues.controls")}>
        <SelectField
          label={t("monitoringValues.period")}
          value={period}
          onChange={(e) => {
            setPeriod(e.target.value as Period);
            setBack(0);
          }}
        >
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {t(`monitoring.periods.${p}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("monitoringValues.channel")} value={channel} onChange={(e) => setChannel(e.target.value)}>
          {monitoring.channels.map((c) => (
            <option key={c.key} value={c.key}>
              {channelOption(t, c, language)}
            </option>
          ))}
        </SelectField>
        <div className="actions">
          <button type="button" onClick={() => setBack((b) => b + 1)}>
            {t("monitoringValues.earlier")}
          </button>
          <button type="button" disabled={back === 0} onClick={() => setBack((b) => Math.max(0, b - 1))}>
            {t("monitoringValues.later")}
          </button>
        </div>
      </div>
      <ValuesGrid key={`${channel}|${period}`} monitoring={monitoring} channel={channel} period={period} starts={starts} save={save} />
      <AddValueForm monitoring={monitoring} initialChannel={channel} save={save} />
      {dialog}
    </div>
  );
}
