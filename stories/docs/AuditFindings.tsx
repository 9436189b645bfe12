import { audit, findingTexts, type Locale } from '@kz-trafficking/core';
import { dataset as bundled, type Dataset } from '@kz-trafficking/core/dataset';
import { messagesFor } from '@kz-trafficking/core/messages';
import { useState } from 'react';
import { DocTable, LocalePicker } from './shared.js';

interface AuditFindingsProps {
  /** The dataset to check: the bundled one by default, or one with a newsroom's update merged. */
  dataset?: Dataset;
  /** The locale of the texts, chosen by the page: without it, the table has its own picker. */
  locale?: Locale;
}

/** The live output of core's `audit(dataset)`, as `findingTexts` words it in the chosen locale. */
export function AuditFindings({ dataset = bundled, locale: pageLocale }: AuditFindingsProps) {
  const [ownLocale, setLocale] = useState<Locale>('en');
  const locale = pageLocale ?? ownLocale;
  const messages = messagesFor(locale);
  const findings = audit(dataset);
  const t = messages.audit;
  return (
    <div>
      {pageLocale ? null : <LocalePicker value={locale} onChange={setLocale} />}
      <DocTable
        caption={`${t.title} (${findings.length})`}
        columns={[t.fact, t.reported, t.checked, t.finding]}
        rows={findingTexts(findings, messages).map((text) => [text.fact, text.reported, text.checked, text.finding])}
      />
    </div>
  );
}
