// A newsroom's update of the figures (next year's counts, a new index edition): read from its JSON
// or CSV file, checked fact by fact, merged into the dataset with the derived facts recomputed.

export { type UpdateFailureTexts, updateFailureTexts } from './i18n/update-failure.js';
export { applyUpdate, changedFacts, type DatasetUpdate, maxFacts } from './update/apply.js';
export { derivations } from './update/derivations.js';
export { csvColumns, maxUpdateBytes, parseUpdate, parseUpdateCsv, parseUpdateJson } from './update/parse.js';
export { problemSummary, problemText } from './update/problem-text.js';
export { datasetUpdateSchemaUrl, updateTemplate } from './update/template.js';
