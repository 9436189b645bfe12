import type { Locale } from '../types.js';

/**
 * What a chart says, in each locale, when its code or its texts could not be loaded (404, offline,
 * blocked): written here, not in the chart's texts, because those may be what failed to load.
 */
export const loadFailureTexts: Readonly<Record<Locale, { notice: string; retry: string }>> = {
  ru: { notice: 'Не удалось загрузить график. Проверьте подключение к интернету.', retry: 'Повторить' },
  kk: { notice: 'Графикті жүктеу мүмкін болмады. Интернет байланысын тексеріңіз.', retry: 'Қайталау' },
  en: { notice: 'The chart could not be loaded. Check your internet connection.', retry: 'Try again' },
};
