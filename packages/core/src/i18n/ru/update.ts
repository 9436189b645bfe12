import type { UpdateTexts } from '../../update/texts.js';

// Что не так в обновлении данных, после «<id показателя> <поле>: ». {expected} и {got} бывают пустыми.
export const ruUpdateTexts: UpdateTexts = {
  file: '(файл)',
  got: ', указано ',
  valid:
    'Обновление прошло проверку: заменено показателей — {replaced}, добавлено — {added}. Сверка обновлённых данных:',
  types: {
    text: 'текст',
    object: 'объект',
    boolean: 'true или false',
    number: 'конечное число',
    list: 'список текстов',
    'fact-ids': 'список идентификаторов показателей',
    value: 'число, текст или список (null — только у неизвестного показателя)',
  },
  problems: {
    unreadable: 'файл не читается как {expected}{got}',
    'too-large': 'слишком велико (предел: {expected})',
    empty: 'пусто',
    missing: 'не указано',
    'wrong-type': 'должно быть: {expected}{got}',
    'not-allowed': 'недопустимое значение{got}; ожидается {expected}',
    'unknown-field': 'такого поля у показателя этого вида нет',
    'unknown-source': 'нет источника с идентификатором {got}; добавьте его в «sources»',
    'unknown-fact': 'нет показателя с идентификатором {got}',
    duplicate: 'идентификатор встречается больше одного раза',
    'unit-changed': 'единица была {expected}, в обновлении — {got}',
    negative: 'число не может быть отрицательным{got}',
    derivation: 'не совпадает с расчётом: по формуле {expected}, указано {got}',
  },
};
