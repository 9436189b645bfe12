import { type ReactNode, useEffect, useRef } from 'react';
import { frameCss } from './styles.js';
import type { ThemeName } from './theme.js';

/**
 * The event a figure dispatches (bubbling, and out of a shadow root) once it shows its final
 * content; the figure then has the `data-kzt-drawn` attribute. For captures and archive tools.
 */
export const drawnEvent = 'kzt-drawn';

interface FigureProps {
  /** Prefix of the ids the figure's parts get: `<id>-title`, `<id>-description`. */
  id: string;
  theme: ThemeName;
  /** The language of the figure's texts, for screen readers and hyphenation on a page in another language. */
  lang: string;
  headingLevel: 2 | 3 | 4 | 5 | 6;
  title: string;
  /** Whether the figure holds a description (`<id>-description`) to point at. */
  described?: boolean;
  /** Whether the figure shows its final content: marks drawn and no animation left, or its error state. */
  drawn: boolean;
  className?: string | undefined;
  children: ReactNode;
}

/** The `<figure>` of every chart and of its error state: stylesheet, theme and title, then the content. */
export function Figure({ id, theme, lang, headingLevel, title, described, drawn, className, children }: FigureProps) {
  const Heading = `h${headingLevel}` as const;
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (drawn) ref.current?.dispatchEvent(new CustomEvent(drawnEvent, { bubbles: true, composed: true }));
  }, [drawn]);
  return (
    <figure
      ref={ref}
      className={className ? `kzt-figure ${className}` : 'kzt-figure'}
      lang={lang}
      data-kzt-theme={theme}
      data-kzt-drawn={drawn ? '' : undefined}
      aria-labelledby={`${id}-title`}
      aria-describedby={described ? `${id}-description` : undefined}
    >
      <style>{frameCss}</style>
      <Heading id={`${id}-title`} className="kzt-title">
        {title}
      </Heading>
      {children}
    </figure>
  );
}
