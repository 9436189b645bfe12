export { audit, type Finding } from './audit.js';
export { type FindingText, findingTexts, formatAuditTable } from './audit-report.js';
export type { ChartFigure, FigureText } from './charts/figure.js';
export { type CustomSourceLine, customSourceLines, type SourceCredit, type SourceLine } from './charts/sources.js';
export type { GsiRow } from './data/gsi.js';
export type { Dataset } from './dataset.js';
export {
  countsMatchingShare,
  multiple,
  peopleFromPrevalence,
  per1000ToPer100000,
  per100000ToPer1000,
  percentChange,
  roundTo,
  share,
  valuesBeforePercentChange,
} from './derive.js';
export { isKztError, KztError, type KztErrorCode, type UpdateProblem, type UpdateProblemKind } from './errors.js';
export type { FactTable, FactValue } from './facts.js';
export type { ChartTexts } from './i18n/chart-texts.js';
export { errorText } from './i18n/error-text.js';
export {
  countryName,
  fill,
  formatCompact,
  formatList,
  formatNumber,
  formatPercent,
  formatTenge,
  formatWithUnit,
  intlLocale,
  isLocale,
  locales,
  markDerived,
  minusSign,
  ordinal,
  plural,
} from './i18n/format.js';
export { type GlossaryId, glossary, named, term } from './i18n/glossary.js';
export { loadFailureTexts } from './i18n/load-failure.js';
export type {
  AuditedFactId,
  Catalogues,
  CommonMessages,
  CrimeTrendMessages,
  EditionValue,
  FindingKind,
  Messages,
  PluralForms,
  RegionalShareMessages,
  SlaveryIndexMessages,
  UnitMessages,
  VictimBreakdownMessages,
} from './i18n/messages.js';
export { type Cell, type DataTable, toCsv } from './table.js';
export type {
  AmbiguousFact,
  BundledSourceId,
  Claim,
  Constraint,
  CorrectedFact,
  DerivedFact,
  Fact,
  FactStatus,
  Locale,
  Reading,
  Region,
  ReportedFact,
  Source,
  SourceId,
  Unit,
  UnknownFact,
} from './types.js';
export { assertFiniteNumber, assertOneOf } from './validate.js';
