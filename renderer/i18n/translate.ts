/**
 * Message lookup without React: the locale tables and `translate`, so that non-component code
 * (the editor's hovers, the platform's messages) and tests can use the same strings.
 */
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';

/** A message key; English is the reference table, every locale has the same keys (tested). */
export type MessageKey = keyof typeof en;

/** Every locale's table by language tag. */
export const LOCALES: Readonly<Record<'zh-CN' | 'en', Readonly<Record<string, string>>>> = {
  'zh-CN': zhCN,
  en,
};

/**
 * The message for a key in a language, with `{name}` placeholders filled; falls back to English, then the key.
 * `{name|one|other}` picks a word by the number `name` (English needs "1 place" but "2 places";
 * Chinese never uses the form).
 */
export function translate(
  language: 'zh-CN' | 'en',
  key: MessageKey | (string & {}),
  params?: Readonly<Record<string, string | number>>,
): string {
  const template = LOCALES[language][key] ?? LOCALES.en[key] ?? key;
  if (!params) return template;
  return template
    .replace(
      /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g,
      (whole, name: string, one: string, other: string) => {
        const value = params[name];
        return value === undefined ? whole : Number(value) === 1 ? one : other;
      },
    )
    .replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      return value === undefined ? whole : String(value);
    });
}
