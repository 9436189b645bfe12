// Loaded on demand, when a reader opens the figure's embed snippets.
import type { CommonMessages } from '@kz-trafficking/core';
import { type ChartId, type EmbedOptions, type SnippetTexts, snippetsFor } from '@kz-trafficking/core/embed';
import { useEffect, useRef, useState } from 'react';
import { toError } from './ChartErrorBoundary.js';
import { errorMessage } from './ErrorState.js';

/** What an embed shows: which chart, with which options, from where. */
export interface EmbedTarget {
  chart: ChartId;
  options: EmbedOptions;
  /** Where `@kz-trafficking/embed`'s `dist` is published; http(s) only. */
  baseUrl: string;
}

interface EmbedPanelProps {
  target: EmbedTarget;
  /** The texts the figure shows, which the snippets repeat (the iframe's title, the image's caption and alt text). */
  texts: Omit<SnippetTexts, 'locale' | 'sourceLabel' | 'showWholeChart'>;
  messages: CommonMessages;
  onError?: (error: Error) => void;
}

function SnippetField({ label, code, messages }: { label: string; code: string; messages: CommonMessages }) {
  const field = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    field.current?.select();
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
    } catch {
      // No clipboard (an insecure page, a denied permission): the text stays selected for Ctrl+C.
    }
  };
  return (
    <div style={{ margin: '.5em 0 0' }}>
      <label>
        {label}
        <textarea
          ref={field}
          readOnly
          value={code}
          rows={code.split('\n').length + 1}
          spellCheck={false}
          style={{
            display: 'block',
            width: '100%',
            margin: '.25em 0 0',
            font: '0.8125em/1.4 ui-monospace, monospace',
            color: 'var(--kzt-text)',
            background: 'var(--kzt-background)',
            border: '1px solid var(--kzt-text-muted)',
            borderRadius: 4,
            resize: 'vertical',
          }}
        />
      </label>
      <div className="kzt-actions" style={{ alignItems: 'center', margin: '.25em 0 0' }}>
        <button type="button" onClick={() => void copy()}>
          {messages.frame.copy}
        </button>
        <span role="status">{copied ? messages.frame.copied : ''}</span>
      </div>
    </div>
  );
}

/** The copy-paste snippets for the figure's chart and options: script, iframe, static image, Pym.js, AMP. */
export default function EmbedPanel({ target, texts, messages, onError }: EmbedPanelProps) {
  let snippets: ReturnType<typeof snippetsFor> | Error;
  try {
    const { source: sourceLabel, showWholeChart } = messages.frame;
    const figure = { ...texts, locale: messages.locale, sourceLabel, showWholeChart };
    snippets = snippetsFor(target.chart, target.options, figure, target.baseUrl);
  } catch (error) {
    snippets = toError(error);
  }
  const failure = snippets instanceof Error ? snippets : null;
  // The latest failure and callback, read by the effect, which runs once per distinct failure.
  const latest = useRef({ failure, onError });
  latest.current = { failure, onError };
  const failureMessage = failure?.message;
  useEffect(() => {
    if (failureMessage === undefined) return;
    const { failure, onError } = latest.current;
    if (failure) onError?.(failure);
  }, [failureMessage]);
  if (snippets instanceof Error) return <p>{errorMessage(snippets, messages, messages.frame.embed)}</p>;
  const t = messages.frame;
  return (
    <>
      <SnippetField label={t.embedScript} code={snippets.script} messages={messages} />
      <SnippetField label={t.embedIframe} code={snippets.iframe} messages={messages} />
      {snippets.static ? (
        <SnippetField label={t.embedStatic} code={snippets.static} messages={messages} />
      ) : (
        <p>{t.embedNoStatic}</p>
      )}
      <SnippetField label={t.embedPym} code={snippets.pym} messages={messages} />
      <SnippetField label={t.embedAmp} code={snippets.amp} messages={messages} />
    </>
  );
}
