import { audit, findingTexts, type Locale } from '@kz-trafficking/core';
import { dataset } from '@kz-trafficking/core/dataset';
import { messagesFor } from '@kz-trafficking/core/messages';
import { useState } from 'react';
import { DocTable, LocalePicker } from './shared.js';

/** The live output of core's `audit(dataset)`, as `findingTexts` words it in the chosen locale. */
export function AuditFindings() {
  const [locale, setLocale] = useState<Locale>('en');
  const messages = messagesFor(locale);
  const findings = audit(dataset);
  const t = messages.audit;
  return (
    <div>
      <LocalePicker value={locale} onChange={setLocale} />
      <DocTable
        caption={`${t.title} (${findings.length})`}
        columns={[t.fact, t.reported, t.checked, t.finding]}
        rows={findingTexts(findings, messages).map((text) => [text.fact, text.reported, text.checked, text.finding])}
      />
    </div>
  );
}
