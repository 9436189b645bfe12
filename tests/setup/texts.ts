// Every chart's texts, loaded before the tests draw: a chart then renders at once, in any locale.
// tests/react/texts-loading.test.tsx draws charts whose texts are not loaded yet.
import { loadTexts } from '../../packages/react/src/index.js';

await loadTexts();
