import { describe, expectTypeOf, it } from 'vitest';
import { type CrimeSeries, crimeTrend } from '../../packages/core/src/charts/crime-trend.js';
import { slaveryIndexRows } from '../../packages/core/src/charts/slavery-index.js';
import type { Dataset, GsiRow } from '../../packages/core/src/dataset.js';
import type { Fact, FactStatus, FactValue, Finding, Locale, Messages, Unit } from '../../packages/core/src/index.js';
import type { factStatuses, fieldsOf, units } from '../../packages/core/src/update/check-fact.js';
import type { DatasetUpdate } from '../../packages/core/src/update.js';

describe('Fact', () => {
  it('is null only when unknown', () => {
    const fact = {} as Fact;
    if (fact.status === 'unknown') expectTypeOf(fact.value).toEqualTypeOf<null>();
    if (fact.status === 'reported') expectTypeOf(fact.value).toEqualTypeOf<number>();
  });

  it('carries what each status needs', () => {
    const fact = {} as Fact;
    if (fact.status === 'corrected') {
      expectTypeOf(fact.asReported).toHaveProperty('unit');
      expectTypeOf(fact.reason).toBeString();
      expectTypeOf(fact.quote).toBeString();
    }
    if (fact.status === 'derived') {
      expectTypeOf(fact.formula).toBeString();
      expectTypeOf(fact.inputs).toEqualTypeOf<readonly string[]>();
    }
    if (fact.status === 'ambiguous') expectTypeOf(fact.readings).items.toHaveProperty('fits');
  });
});

describe('Messages', () => {
  it('refuses a catalogue with a missing key', () => {
    // @ts-expect-error: a catalogue without `audit` is not a Messages
    const incomplete: Messages = { locale: 'ru' } as Omit<Messages, 'audit'>;
    expectTypeOf(incomplete.locale).toEqualTypeOf<Locale>();
  });

  it('has a locale of ru, kk or en', () => {
    expectTypeOf<Messages['locale']>().toEqualTypeOf<'ru' | 'kk' | 'en'>();
  });
});

describe('chart data functions', () => {
  it('take typed rows and series', () => {
    expectTypeOf(slaveryIndexRows).parameter(0).toEqualTypeOf<
      | {
          countries?: readonly string[];
          highlight?: string | readonly string[];
          data?: readonly GsiRow[];
          dataset?: Pick<Dataset, 'facts' | 'sources' | 'gsi'>;
        }
      | undefined
    >();
    expectTypeOf<CrimeSeries>().toEqualTypeOf<'total' | 'art128' | 'art135'>();
    // @ts-expect-error: an unknown series is a type error
    crimeTrend({ series: ['art999'] });
  });

  it('return findings with a kind', () => {
    expectTypeOf<Finding['kind']>().toEqualTypeOf<'consistent' | 'inconsistent' | 'ambiguous' | 'corrected'>();
  });
});

describe('the update format', () => {
  it('lists exactly the statuses and units of the types, as the JSON Schema does', () => {
    expectTypeOf<(typeof factStatuses)[number]>().toEqualTypeOf<FactStatus>();
    expectTypeOf<(typeof units)[number]>().toEqualTypeOf<Unit>();
  });

  it('allows for each status exactly the fields its fact type has', () => {
    type FieldsOf<S extends FactStatus> = keyof Extract<Fact<FactValue>, { status: S }>;
    type Listed<S extends FactStatus> = (typeof fieldsOf)[S][number];
    expectTypeOf<Listed<'reported'>>().toEqualTypeOf<FieldsOf<'reported'>>();
    expectTypeOf<Listed<'derived'>>().toEqualTypeOf<FieldsOf<'derived'>>();
    expectTypeOf<Listed<'corrected'>>().toEqualTypeOf<FieldsOf<'corrected'>>();
    expectTypeOf<Listed<'unknown'>>().toEqualTypeOf<FieldsOf<'unknown'>>();
    expectTypeOf<Listed<'ambiguous'>>().toEqualTypeOf<FieldsOf<'ambiguous'>>();
  });

  it('takes facts as core types them', () => {
    expectTypeOf<DatasetUpdate['facts'][number]>().toEqualTypeOf<Fact<FactValue>>();
  });
});
