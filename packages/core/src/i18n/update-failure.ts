import type { Locale } from '../types.js';

/** What an embedded chart says when the update of its figures cannot be used, in one locale. */
export interface UpdateFailureTexts {
  /** The update file could not be fetched (404, offline, refused by CORS); a retry button follows. */
  fetchFailed: string;
  /** Put before the list of the update's problems, one `<fact id> <field>: <problem>` a line. */
  invalid: string;
  /** A chart page was asked for figures from an address it does not take them from; the address follows. */
  notAllowed: string;
  /** The retry button. */
  retry: string;
}

/**
 * What an embed says, in each locale, when the update its `data-src` names cannot be used: written
 * here, beside the load-failure notice, because the chart's own texts may not be loaded yet.
 */
export const updateFailureTexts: Readonly<Record<Locale, UpdateFailureTexts>> = {
  ru: {
    fetchFailed: 'Не удалось загрузить обновлённые данные графика. Проверьте подключение к интернету.',
    invalid: 'В обновлении данных есть ошибки, поэтому график не показан:',
    notAllowed: 'Эта страница графика не принимает данные с этого адреса:',
    retry: 'Повторить',
  },
  kk: {
    fetchFailed: 'Графиктің жаңартылған деректерін жүктеу мүмкін болмады. Интернет байланысын тексеріңіз.',
    invalid: 'Деректер жаңартуында қателер бар, сондықтан график көрсетілмеді:',
    notAllowed: 'Бұл график беті осы мекенжайдан деректер қабылдамайды:',
    retry: 'Қайталау',
  },
  en: {
    fetchFailed: "The chart's updated figures could not be loaded. Check your internet connection.",
    invalid: 'The update of the figures has problems, so the chart is not shown:',
    notAllowed: 'This chart page does not take figures from this address:',
    retry: 'Try again',
  },
};
