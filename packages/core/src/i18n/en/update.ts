import type { UpdateTexts } from '../../update/texts.js';

// What is wrong in a data update, after "<fact id> <field>: ". {expected} and {got} may be empty.
export const enUpdateTexts: UpdateTexts = {
  file: '(file)',
  got: ', got ',
  valid: 'The update is valid: {replaced} facts replaced, {added} added. The fact check of the updated dataset:',
  types: {
    text: 'text',
    object: 'an object',
    boolean: 'true or false',
    number: 'a finite number',
    list: 'a list of texts',
    'fact-ids': 'a list of fact ids',
    value: 'a number, a text or a list (null only for an unknown fact)',
  },
  problems: {
    unreadable: 'the file cannot be read as {expected}{got}',
    'too-large': 'too large (limit: {expected})',
    empty: 'empty',
    missing: 'missing',
    'wrong-type': 'should be {expected}{got}',
    'not-allowed': 'not allowed{got}; expected {expected}',
    'unknown-field': 'not a field of this kind of fact',
    'unknown-source': 'no source has the id {got}; add it under "sources"',
    'unknown-fact': 'no fact has the id {got}',
    duplicate: 'this id appears more than once',
    'unit-changed': 'the unit was {expected}, the update gives {got}',
    negative: 'a count cannot be negative{got}',
    derivation: 'does not match its derivation: {expected} computed, {got} given',
  },
};
