import { type CSSProperties, type DragEvent, useId, useState } from 'react';
import { madeUpCsv, madeUpJson, withProblems } from './newsroom-examples.js';

/** Where an update's text came from: typed or pasted (no name), an example, or a file. */
export interface UpdateText {
  text: string;
  /** The file's name, whose extension tells JSON from CSV; absent for pasted text. */
  fileName?: string;
}

interface UpdateInputProps {
  value: string;
  onText: (update: UpdateText) => void;
  /** A file too large to read: the page reports it instead of reading it. */
  onTooLarge: (fileName: string) => void;
  maxBytes: number;
}

const examples: readonly { label: string; update: UpdateText }[] = [
  { label: 'Made-up JSON example', update: { text: madeUpJson, fileName: 'made-up-2026.json' } },
  { label: 'Made-up CSV example', update: { text: madeUpCsv, fileName: 'made-up-2026.csv' } },
  { label: 'Example with problems', update: { text: withProblems, fileName: 'with-problems.json' } },
];

const box: CSSProperties = { border: '1px solid currentColor', borderRadius: 4, padding: 12, margin: '0 0 12px' };

/**
 * The update's text box (paste or type), example buttons, and a file picker whose box also takes a
 * dropped file. The file picker is the keyboard's way in; dropping is a shortcut for the mouse.
 */
export function UpdateInput({ value, onText, onTooLarge, maxBytes }: UpdateInputProps) {
  const textId = useId();
  const hintId = useId();
  const fileId = useId();
  const [dragging, setDragging] = useState(false);

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > maxBytes) onTooLarge(file.name);
    else onText({ text: await file.text(), fileName: file.name });
  };
  const onDrop = (event: DragEvent<HTMLFieldSetElement>) => {
    event.preventDefault();
    setDragging(false);
    void readFile(event.dataTransfer.files[0]);
  };

  return (
    <div>
      <label htmlFor={textId} style={{ display: 'block', fontWeight: 600, marginBottom: 4 }}>
        Update (JSON or CSV)
      </label>
      <p id={hintId} style={{ margin: '0 0 6px', fontSize: 14 }}>
        Paste or type an update, or pick or drop a file below. The page starts with a made-up example: its 2026 figures
        are not data.
      </p>
      <textarea
        id={textId}
        aria-describedby={hintId}
        value={value}
        onChange={(event) => onText({ text: event.target.value })}
        rows={14}
        spellCheck={false}
        style={{
          display: 'block',
          boxSizing: 'border-box',
          width: '100%',
          fontFamily: 'ui-monospace, monospace',
          fontSize: 13,
          margin: '0 0 12px',
        }}
      />
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, margin: '0 0 12px' }}>
        {examples.map(({ label, update }) => (
          <button key={label} type="button" onClick={() => onText(update)}>
            {label}
          </button>
        ))}
      </div>
      <fieldset
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        style={{ ...box, borderStyle: dragging ? 'solid' : 'dashed', borderWidth: dragging ? 3 : 1 }}
      >
        <legend style={{ fontWeight: 600, padding: '0 4px' }}>Update file</legend>
        <label htmlFor={fileId} style={{ display: 'block', marginBottom: 6 }}>
          Choose a .json or .csv file, or drop one in this box
        </label>
        <input
          id={fileId}
          type="file"
          accept=".json,.csv,application/json,text/csv"
          onChange={(event) => {
            void readFile(event.target.files?.[0]);
            // The same file picked again is read again.
            event.target.value = '';
          }}
        />
      </fieldset>
    </div>
  );
}
