import type { UpdateTexts } from '../../update/texts.js';

// Деректер жаңартуындағы қате, «<көрсеткіш id> <өріс>: » тіркесінен кейін. {expected} пен {got} бос болуы мүмкін.
export const kkUpdateTexts: UpdateTexts = {
  file: '(файл)',
  got: ', көрсетілгені ',
  valid:
    'Жаңарту тексеруден өтті: ауыстырылған көрсеткіштер — {replaced}, қосылғаны — {added}. Жаңартылған деректерді салыстыру:',
  types: {
    text: 'мәтін',
    object: 'объект',
    boolean: 'true не false',
    number: 'ақырлы сан',
    list: 'мәтіндер тізімі',
    'fact-ids': 'көрсеткіш идентификаторларының тізімі',
    value: 'сан, мәтін не тізім (null — тек белгісіз көрсеткіште)',
  },
  problems: {
    unreadable: 'файлды {expected} ретінде оқу мүмкін емес{got}',
    'too-large': 'тым үлкен (шегі: {expected})',
    empty: 'бос',
    missing: 'көрсетілмеген',
    'wrong-type': 'мынадай болуы керек: {expected}{got}',
    'not-allowed': 'рұқсат етілмеген мән{got}; күтілгені: {expected}',
    'unknown-field': 'мұндай көрсеткіште бұл өріс жоқ',
    'unknown-source': '{got} идентификаторы бар дереккөз жоқ; оны «sources» бөліміне қосыңыз',
    'unknown-fact': '{got} идентификаторы бар көрсеткіш жоқ',
    duplicate: 'бұл идентификатор бірнеше рет кездеседі',
    'unit-changed': 'өлшем бірлігі {expected} еді, жаңартуда — {got}',
    negative: 'сан теріс болмайды{got}',
    derivation: 'есептеумен сәйкес келмейді: формула бойынша {expected}, көрсетілгені {got}',
  },
};
