import { IntlMessageFormat } from 'intl-messageformat';

// Pseudo-localisation: every letter of a message replaced by an accented look-alike, the text
// bracketed, ICU placeholders and HTML tags left as they are. A page in this locale that still
// shows plain English words has text that does not come from the catalogue.

export const pseudoLocale = 'en-XA';

const accents: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'àƀçđéƒĝĥîĵķļɱñöƥǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖƤǪŔŠŢÛṼŴẊÝŽ'][index] ?? letter,
  ]),
);

/** Accents the letters of text, leaving HTML tags (and their attributes) untouched. */
export function accentText(text: string): string {
  let inTag = false;
  let out = '';
  for (const char of text) {
    if (char === '<') inTag = true;
    out += inTag ? char : (accents[char] ?? char);
    if (char === '>') inTag = false;
  }
  return out;
}

type Ast = ReturnType<IntlMessageFormat['getAst']>;
type AstElement = Ast[number];

function accentElement(element: AstElement): AstElement {
  // 0: literal text; 5: select; 6: plural (options hold nested messages).
  if (element.type === 0) return { ...element, value: accentText(element.value) };
  if (element.type === 5 || element.type === 6) {
    const options = Object.fromEntries(
      Object.entries(element.options).map(([name, option]) => [
        name,
        { ...option, value: option.value.map(accentElement) },
      ]),
    );
    return { ...element, options } as AstElement;
  }
  return element;
}

function printElement(element: AstElement): string {
  switch (element.type) {
    case 0:
      return element.value.replace(/'/g, "''").replace(/[{}]/g, (brace) => `'${brace}'`);
    case 1:
      return `{${element.value}}`;
    case 7:
      return '#';
    case 5:
    case 6: {
      const kind = element.type === 5 ? 'select' : element.pluralType === 'ordinal' ? 'selectordinal' : 'plural';
      const offset = element.type === 6 && element.offset !== 0 ? ` offset:${String(element.offset)}` : '';
      const options = Object.entries(element.options)
        .map(([name, option]) => ` ${name} {${option.value.map(printElement).join('')}}`)
        .join('');
      return `{${element.value}, ${kind},${offset}${options}}`;
    }
    default:
      // number, date, time: printed back as a plain argument of the same type
      return `{${'value' in element ? String(element.value) : ''}}`;
  }
}

/** The pseudo-localised form of an ICU message, itself an ICU message. */
export function pseudoLocalise(message: string): string {
  const ast = new IntlMessageFormat(message, 'en', undefined, { ignoreTag: true }).getAst();
  return `[${ast.map(accentElement).map(printElement).join('')}]`;
}
