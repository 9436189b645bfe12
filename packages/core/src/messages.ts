export { catalogues, en, kk, messagesFor, ru } from './i18n/catalogues.js';
export type { Messages } from './i18n/messages.js';
