import type { Messages } from '../messages.js';

// Typography: STYLE.md. A no-break space (\u00a0) joins a number to %, «тыс.», «млн» and «ст.» to its number.

export const ruRegionalShare: Messages['regionalShare'] = {
  title: 'Дела о торговле несовершеннолетними по регионам',
  subtitle: 'Доля дел, зарегистрированных по ст.\u00a0135 УК, в областях и городах республиканского значения',
  region: 'Регион',
  cases: 'Дел',
  share: 'Доля',
  remainder: 'Остальная страна, без разбивки',
  legend: 'Доля от всех дел',
  inset: 'Алматы и Алматинская область',
  noDataNote: 'Регионы без данных заштрихованы как «нет данных» — это не ноль.',
  remainderNote:
    'Остальные дела ({count}) зарегистрированы вне Алматы; разбивка по регионам не опубликована, поэтому они не распределены по карте.',
  describeSummary: 'Карта Казахстана: всего {total}.',
  describeRegion: '{region}: {count} ({share}).',
  describeRemainder: 'Остальные {count} — без разбивки по регионам.',
};
