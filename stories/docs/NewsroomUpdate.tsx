import type { Locale, UpdateProblem } from '@kz-trafficking/core';
import { maxUpdateBytes, problemText } from '@kz-trafficking/core/update';
import {
  CrimeTrendLine,
  RegionalShare,
  SlaveryIndexBar,
  type ThemeName,
  VictimGenderDonut,
} from '@kz-trafficking/react';
import { type CSSProperties, useDeferredValue, useId, useMemo, useState } from 'react';
import { AuditFindings } from './AuditFindings.js';
import { madeUpJson } from './newsroom-examples.js';
import { locales } from './shared.js';
import { UpdateInput, type UpdateText } from './UpdateInput.js';
import { readUpdate, statusText, tooLargeFile, type UpdateResult } from './update-result.js';

const localeNames: Record<Locale, string> = { ru: 'Русский', kk: 'Қазақша', en: 'English' };

interface NewsroomUpdateProps {
  /** The locale the page starts in (the toolbar's); the page's own picker changes it. */
  locale?: Locale;
  theme?: ThemeName;
}

const grid: CSSProperties = {
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 480px), 1fr))',
  gap: 24,
  alignItems: 'start',
};

function Problems({ problems, locale }: { problems: readonly UpdateProblem[]; locale: Locale }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>Problems</h2>
      <ul lang={locale}>
        {problems.map((problem, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is core's, in its order, never reordered.
          <li key={index}>{problemText(problem, locale)}</li>
        ))}
      </ul>
    </section>
  );
}

/**
 * A newsroom's update of the figures, live: the text (pasted or from a file) goes through core's
 * `parseUpdate` and `applyUpdate`; the four charts draw the merged dataset and the fact-check runs on
 * it, or core's problems are listed, in the chosen locale.
 */
export function NewsroomUpdate({ locale: startLocale = 'ru', theme = 'auto' }: NewsroomUpdateProps) {
  const [update, setUpdate] = useState<UpdateText>({ text: madeUpJson, fileName: 'made-up-2026.json' });
  const [tooLarge, setTooLarge] = useState(false);
  const [locale, setLocale] = useState<Locale>(startLocale);
  // The toolbar's locale, when it changes, moves the page's too.
  const [toolbarLocale, setToolbarLocale] = useState(startLocale);
  if (toolbarLocale !== startLocale) {
    setToolbarLocale(startLocale);
    setLocale(startLocale);
  }
  const selectId = useId();

  const deferred = useDeferredValue(update);
  const read = useMemo(() => readUpdate(deferred.text, deferred.fileName), [deferred]);
  const result: UpdateResult = tooLarge ? { kind: 'invalid', problems: [tooLargeFile] } : read;
  const merged = result.kind === 'valid' ? result.dataset : undefined;
  const chartProps = { locale, theme, dataset: merged, headingLevel: 3 as const };

  const dark = theme === 'dark';
  return (
    <div style={{ color: dark ? '#f2f2f2' : '#161616', colorScheme: dark ? 'dark' : 'light', lineHeight: 1.5 }}>
      <h1 style={{ marginTop: 0 }}>Newsroom update</h1>
      <p>
        A data desk’s update of the figures, checked and merged by <code>@kz-trafficking/core/update</code> as you type:
        the four charts and the fact-check below show the merged figures. Nothing leaves this page.
      </p>
      <UpdateInput
        value={update.text}
        maxBytes={maxUpdateBytes}
        onText={(next) => {
          setTooLarge(false);
          setUpdate(next);
        }}
        onTooLarge={(fileName) => {
          setTooLarge(true);
          setUpdate({ text: '', fileName });
        }}
      />
      <p>
        <label htmlFor={selectId} style={{ fontWeight: 600, marginInlineEnd: 8 }}>
          Language of the charts and problems
        </label>
        <select id={selectId} value={locale} onChange={(event) => setLocale(event.target.value as Locale)}>
          {locales.map((code) => (
            <option key={code} value={code}>
              {localeNames[code]}
            </option>
          ))}
        </select>
      </p>
      <p role="status" data-update-status={result.kind} style={{ fontWeight: 600 }}>
        {statusText(result)}
      </p>
      {result.kind === 'invalid' ? <Problems problems={result.problems} locale={locale} /> : null}
      <h2>Charts</h2>
      <div style={grid}>
        <div data-chart="slavery-index-bar">
          <SlaveryIndexBar {...chartProps} />
        </div>
        <div data-chart="crime-trend-line">
          <CrimeTrendLine {...chartProps} />
        </div>
        <div data-chart="victim-gender-donut">
          <VictimGenderDonut {...chartProps} />
        </div>
        <div data-chart="regional-share">
          <RegionalShare {...chartProps} />
        </div>
      </div>
      <h2>Fact-check of the {merged ? 'merged' : 'bundled'} figures</h2>
      <AuditFindings dataset={merged} locale={locale} />
    </div>
  );
}
