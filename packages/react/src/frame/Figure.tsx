import type { ReactNode } from 'react';
import { frameCss } from './styles.js';
import type { ThemeName } from './theme.js';

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
  className?: string | undefined;
  children: ReactNode;
}

/** The `<figure>` of every chart and of its error state: stylesheet, theme and title, then the content. */
export function Figure({ id, theme, lang, headingLevel, title, described, className, children }: FigureProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <figure
      className={className ? `kzt-figure ${className}` : 'kzt-figure'}
      lang={lang}
      data-kzt-theme={theme}
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
