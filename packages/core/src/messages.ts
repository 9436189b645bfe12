export { catalogues, en, kk, messagesFor, ru } from './i18n/catalogues.js';
export type {
  Catalogues,
  CommonMessages,
  CrimeTrendMessages,
  Messages,
  RegionalShareMessages,
  SlaveryIndexMessages,
  UnitMessages,
  VictimBreakdownMessages,
} from './i18n/messages.js';
