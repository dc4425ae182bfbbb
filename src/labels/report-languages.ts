// The languages a report can be written in: the public site's languages (see
// src/modules/public-site/locales/README.md for why these). A report keeps the language of the
// journey it was written in (ADR 0048); staff see it by these names.

export const reportLanguages = ['en', 'pl', 'ro', 'ur', 'pt', 'bn'] as const;
export type ReportLanguage = (typeof reportLanguages)[number];

export const reportLanguageLabels: Readonly<
  Record<ReportLanguage, { readonly name: string; readonly nativeName: string; readonly dir: 'ltr' | 'rtl' }>
> = {
  en: { name: 'English', nativeName: 'English', dir: 'ltr' },
  pl: { name: 'Polish', nativeName: 'polski', dir: 'ltr' },
  ro: { name: 'Romanian', nativeName: 'română', dir: 'ltr' },
  ur: { name: 'Urdu', nativeName: 'اردو', dir: 'rtl' },
  pt: { name: 'Portuguese', nativeName: 'português', dir: 'ltr' },
  bn: { name: 'Bengali', nativeName: 'বাংলা', dir: 'ltr' },
};

export function isReportLanguage(value: string): value is ReportLanguage {
  return (reportLanguages as readonly string[]).includes(value);
}

/** "Polish (polski)"; a code not in the list is shown as it is. */
export function reportLanguageLabel(code: string): string {
  if (!isReportLanguage(code)) return code;
  const { name, nativeName } = reportLanguageLabels[code];
  return name === nativeName ? name : `${name} (${nativeName})`;
}
