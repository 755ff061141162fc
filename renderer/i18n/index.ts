/** The UI's strings: `useT()` gives a translate function bound to the language in settings. */
import { useCallback } from 'react';
import { useAppStore } from '../store';
import { translate, type MessageKey } from './translate';

export { translate, type MessageKey } from './translate';

/** A translate function bound to a language. */
export type Translate = (
  key: MessageKey | (string & {}),
  params?: Readonly<Record<string, string | number>>,
) => string;

/** The translate function for the current UI language; re-renders the component when it changes. */
export function useT(): Translate {
  const language = useAppStore((s) => s.language);
  return useCallback<Translate>((key, params) => translate(language, key, params), [language]);
}
