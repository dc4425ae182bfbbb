import { IntlMessageFormat } from 'intl-messageformat';

// Pseudo-localisation: every letter of a message replaced by an accented look-alike, the text
// bracketed, ICU placeholders and HTML tags left as they are. A page in this locale that still
// shows plain English words has text that does not come from the catalogue.

export const pseudoLocale = 'en-XA';

const plainLetters = Array.from('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ');
const accentedLetters = Array.from('àƀçđéƒĝĥîĵķļɱñöƥǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖƤǪŔŠŢÛṼŴẊÝŽ');
const accents: Readonly<Record<string, string>> = Object.fromEntries(
  plainLetters.map((letter, index) => [letter, accentedLetters[index] ?? letter]),
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

// The parser's element kinds (its TYPE enum, which intl-messageformat does not re-export).
const literal = 0;
const argument = 1;
const select = 5;
const plural = 6;
const pound = 7;

function accentElement(element: AstElement): AstElement {
  // 0: literal text; 5: select; 6: plural (options hold nested messages).
  const kind: number = element.type;
  if (kind === literal && 'value' in element && typeof element.value === 'string') {
    return { ...element, value: accentText(element.value) };
  }
  if ((kind === select || kind === plural) && 'options' in element) {
    const options = Object.fromEntries(
      Object.entries(element.options).map(([name, option]) => [
        name,
        { ...option, value: option.value.map(accentElement) },
      ]),
    );
    return { ...element, options };
  }
  return element;
}

function printElement(element: AstElement): string {
  const kind: number = element.type;
  const value = 'value' in element && typeof element.value === 'string' ? element.value : '';
  if (kind === literal) return value.replace(/'/g, "''").replace(/[{}]/g, (brace) => `'${brace}'`);
  if (kind === argument) return `{${value}}`;
  if (kind === pound) return '#';
  if ((kind === select || kind === plural) && 'options' in element) {
    const ordinal = 'pluralType' in element && element.pluralType === 'ordinal';
    const type = kind === select ? 'select' : ordinal ? 'selectordinal' : 'plural';
    const offset = 'offset' in element && element.offset !== 0 ? ` offset:${String(element.offset)}` : '';
    const options = Object.entries(element.options)
      .map(([name, option]) => ` ${name} {${option.value.map(printElement).join('')}}`)
      .join('');
    return `{${value}, ${type},${offset}${options}}`;
  }
  // number, date, time: printed back as a plain argument
  return `{${value}}`;
}

/** The pseudo-localised form of an ICU message, itself an ICU message. */
export function pseudoLocalise(message: string): string {
  const ast = new IntlMessageFormat(message, 'en', undefined, { ignoreTag: true }).getAst();
  return `[${ast.map(accentElement).map(printElement).join('')}]`;
}
