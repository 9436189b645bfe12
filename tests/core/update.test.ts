import { describe, expect, it } from 'vitest';
import { audit } from '../../packages/core/src/audit.js';
import { dataset } from '../../packages/core/src/dataset.js';
import { applyUpdate, derivations, problemText, updateTemplate } from '../../packages/core/src/update.js';
import { kztError } from '../helpers/errors.js';

const reported = (id: string, value: number, unit: string, period: string) => ({
  id,
  status: 'reported',
  value,
  unit,
  period,
  source: 'kpsisu',
});

/** The error `applyUpdate` throws for `update`. */
const problemsOf = (update: unknown) => kztError(() => applyUpdate(dataset, update));

describe('applyUpdate', () => {
  it('adds a year and replaces a figure, leaving the bundled dataset as it was', () => {
    const before = JSON.stringify(dataset);
    const updated = applyUpdate(dataset, {
      facts: [
        reported('crimes.total.2026', 310, 'offences', '2026'),
        reported('crimes.art135.2025', 40, 'offences', '2025'),
      ],
    });
    expect(updated.facts['crimes.total.2026']?.value).toBe(310);
    expect(updated.facts['crimes.art135.2025']?.value).toBe(40);
    expect(dataset.facts['crimes.total.2026']).toBeUndefined();
    expect(JSON.stringify(dataset)).toBe(before);
  });

  it('recomputes the derived facts whose inputs changed, with their formulas written out again', () => {
    const updated = applyUpdate(dataset, { facts: [reported('crimes.art135.2025', 40, 'offences', '2025')] });
    expect(updated.facts['crimes.art135.multiple']).toMatchObject({ status: 'derived', formula: '40 / 9' });
    expect(updated.facts['crimes.art135.multiple']?.value).toBeCloseTo(40 / 9, 10);
    expect(updated.facts['crimes.art135.elsewhere.2025']).toMatchObject({ value: 14, formula: '40 − 26' });
    expect(updated.facts['crimes.art135.almatyShare.2025']).toMatchObject({ value: 65, formula: '26 / 40 × 100' });
    // A derived fact that depends on another derived fact follows it.
    const victims = applyUpdate(dataset, { facts: [{ ...reported('victims.2025', 170, 'people', '2025') }] });
    expect(victims.facts['victims.foreigners.2025']?.value).toBe(170 - 143);
    expect(victims.facts['victims.foreignersShare.2025']?.value).toBeCloseTo((27 / 170) * 100, 10);
    // Untouched derived facts keep their own formulas.
    expect(updated.facts['victims.men.2025']).toBe(dataset.facts['victims.men.2025']);
  });

  it('makes a derived fact unknown, with the reason, when an input becomes unknown', () => {
    const updated = applyUpdate(dataset, {
      facts: [
        {
          id: 'crimes.art135.2025',
          status: 'unknown',
          value: null,
          unit: 'offences',
          period: '2025',
          source: 'kpsisu',
          reason: 'Withdrawn by the committee.',
        },
      ],
    });
    expect(updated.facts['crimes.art135.multiple']).toMatchObject({ status: 'unknown', value: null });
    expect(updated.facts['crimes.art135.multiple']).toHaveProperty('reason');
  });

  it('recomputes every derived fact of the dataset as the dataset has it', () => {
    for (const id of Object.keys(derivations)) {
      const fact = dataset.facts[id];
      if (fact?.status !== 'derived') continue;
      const [input] = fact.inputs;
      const source = input ? dataset.facts[input] : undefined;
      if (!source) throw new Error(`no input of ${id}`);
      const updated = applyUpdate(dataset, { facts: [source] });
      expect(updated.facts[id]?.value, id).toBeCloseTo(fact.value as number, 10);
    }
    const bundledDerived = Object.values(dataset.facts).filter((fact) => fact.status === 'derived');
    for (const fact of bundledDerived) expect(Object.keys(derivations), fact.id).toContain(fact.id);
  });

  it('runs the audit on the merged dataset', () => {
    // The article's "fell by 16.5 %" from 357 to 298 no longer fits a corrected 2025 count.
    const updated = applyUpdate(dataset, { facts: [reported('crimes.total.2025', 250, 'offences', '2025')] });
    const change = (findings: ReturnType<typeof audit>) =>
      findings.find((finding) => finding.factId === 'crimes.total.change');
    expect(change(audit(dataset))?.kind).toBe('consistent');
    expect(change(audit(updated))).toMatchObject({
      kind: 'inconsistent',
      recomputed: { value: ((250 - 357) / 357) * 100 },
    });
  });

  it('adds the sources an update brings, and moves a country’s GSI row with its prevalence', () => {
    const updated = applyUpdate(dataset, {
      sources: {
        'gsi-2027': {
          publisher: 'Walk Free',
          title: 'Global Slavery Index 2027 (made-up edition for this test)',
          date: '2027',
          url: 'https://www.walkfree.org/global-slavery-index/',
          language: 'en',
        },
      },
      facts: [
        {
          id: 'gsi.prevalence.KZ',
          status: 'reported',
          value: 10.2,
          unit: 'per-1000',
          period: '2025',
          source: 'gsi-2027',
        },
      ],
    });
    expect(updated.sources['gsi-2027']?.id).toBe('gsi-2027');
    expect(updated.gsi.find((row) => row.iso2 === 'KZ')?.prevalencePer1000).toBe(10.2);
    expect(dataset.gsi.find((row) => row.iso2 === 'KZ')?.prevalencePer1000).toBe(11.1);
  });

  it('lists every problem at once, by fact id and field, in each locale', () => {
    const error = problemsOf({
      facts: [
        { ...reported('crimes.total.2026', -3, 'offences', '26'), source: 'nobody' },
        { ...reported('crimes.total.2025', 300, 'people', '2025') },
        reported('crimes.total.2025', 300, 'offences', '2025'),
        { id: 'victims.2026', status: 'unknown', value: 3, unit: 'people', period: '2026', source: 'kpsisu' },
        {
          ...reported('crimes.art135.multiple', 3, 'ratio', '2024/2025'),
          status: 'derived',
          formula: 'x',
          inputs: ['crimes.art135.2024', 'crimes.art135.2025'],
        },
      ],
    });
    expect(error.code).toBe('invalid-update');
    const lines = error.problems.map((problem) => problemText(problem, 'en'));
    expect(lines).toEqual(
      expect.arrayContaining([
        'crimes.total.2026 period: not allowed, got “26”; expected 2026, 2026-01-01, 2025-09-16/2025-12-31',
        'crimes.total.2026 value: a count cannot be negative, got −3',
        'crimes.total.2025 unit: the unit was offences, the update gives people',
        'crimes.total.2025 id: this id appears more than once',
        'victims.2026 reason: missing',
        'victims.2026 value: not allowed, got 3; expected null',
      ]),
    );
    expect(lines.some((line) => line.startsWith('crimes.art135.multiple value: does not match its derivation'))).toBe(
      true,
    );
    expect(problemText(error.problems[0] ?? { factId: null, field: '', kind: 'empty' }, 'ru')).toContain(
      'указано «26»',
    );
    expect(error.message).toContain('crimes.total.2025 unit: the unit was offences, the update gives people');
  });

  it('names sources and inputs the merged dataset lacks', () => {
    const error = problemsOf({
      facts: [
        { ...reported('crimes.total.2026', 300, 'offences', '2026'), source: 'nobody', via: 'nobody-else' },
        {
          ...reported('x.share', 50, 'percent', '2026'),
          claim: { kind: 'share', part: 'x.part', whole: 'crimes.total.2026', decimals: 0 },
        },
      ],
    });
    expect(error.problems.map((problem) => problemText(problem, 'en'))).toEqual([
      'crimes.total.2026 source: no source has the id nobody; add it under "sources"',
      'crimes.total.2026 via: no source has the id nobody-else; add it under "sources"',
      'x.share claim: no fact has the id x.part',
    ]);
  });

  it('rejects what is not an update at all with one problem of the file', () => {
    for (const update of [null, 3, 'text', [], {}, { facts: [] }, { facts: {} }, { facts: [1], extra: true }]) {
      expect(problemsOf(update).problems.length, JSON.stringify(update)).toBeGreaterThan(0);
    }
    expect(problemsOf({ facts: [] }).problems).toEqual([{ factId: null, field: 'facts', kind: 'empty' }]);
  });
});

describe('updateTemplate', () => {
  it('lists the facts a chart reads, with their sources, and applies as it is', () => {
    const template = updateTemplate('crime-trend-line', dataset);
    expect(template.facts.map((fact) => fact.id)).toContain('crimes.total.2025');
    expect(template.facts.every((fact) => fact.id.startsWith('crimes.'))).toBe(true);
    expect(Object.keys(template.sources ?? {}).sort()).toEqual(['kpsisu', 'ranking-kz-2026']);
    for (const chart of ['slavery-index-bar', 'crime-trend-line', 'victim-gender-donut', 'regional-share'] as const) {
      const again = JSON.parse(JSON.stringify(updateTemplate(chart, dataset))) as unknown;
      const applied = applyUpdate(dataset, again);
      expect(Object.keys(applied.facts)).toEqual(Object.keys(dataset.facts));
    }
  });
});
