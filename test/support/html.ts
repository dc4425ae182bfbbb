import assert from 'node:assert/strict';
import { parse, type HTMLElement } from 'node-html-parser';

// Reading server-rendered pages as HTML, not as text: tests parse the body once and select
// elements (the title, the h1, the GOV.UK error summary, a field's inline error, links, form
// values), so an assertion is about the element a person would see, and text is compared after
// entities are decoded and whitespace is collapsed.

export type { HTMLElement };

/** Parses a page (or a fragment). */
export function parseHtml(html: string): HTMLElement {
  return parse(html, { comment: false });
}

/** The first element matching the selector; fails the test, naming the selector, when there is none. */
export function one(root: HTMLElement, selector: string): HTMLElement {
  const element = root.querySelector(selector);
  assert.ok(element, `the page has ${selector}`);
  return element;
}

/** Every element matching the selector, in document order. */
export function all(root: HTMLElement, selector: string): HTMLElement[] {
  return root.querySelectorAll(selector);
}

/** Whether any element matches the selector. */
export function has(root: HTMLElement, selector: string): boolean {
  return root.querySelector(selector) !== null;
}

/** An element's text as a person reads it: entities decoded, runs of whitespace made one space. */
export function textOf(element: HTMLElement | null | undefined): string {
  return (element?.text ?? '').replace(/\s+/g, ' ').trim();
}

/** The text of every element matching the selector. */
export function textsOf(root: HTMLElement, selector: string): string[] {
  return all(root, selector).map((element) => textOf(element));
}

/** The page's <title>. */
export function pageTitle(root: HTMLElement): string {
  return textOf(root.querySelector('title'));
}

/** The page's main heading (its first h1). */
export function heading(root: HTMLElement): string {
  return textOf(root.querySelector('h1'));
}

export type Link = { href: string; text: string };

/** The links inside the first element matching `within` (the whole page by default). */
export function links(root: HTMLElement, within = 'html'): Link[] {
  const scope = root.querySelector(within) ?? root;
  return all(scope, 'a[href]').map((a) => ({ href: a.getAttribute('href') ?? '', text: textOf(a) }));
}

/** The GOV.UK error summary's items, as their link target and text (empty when there is no summary). */
export function errorSummaryItems(root: HTMLElement): Link[] {
  return links(root, '.govuk-error-summary').filter((link) => link.href.startsWith('#'));
}

/**
 * Each inline field error (GOV.UK `.govuk-error-message`), keyed by the id of the form group's
 * first field (or the error's own id when it has none), without the hidden "Error:" prefix.
 */
export function fieldErrors(root: HTMLElement): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const message of all(root, '.govuk-error-message')) {
    const group = message.closest('.govuk-form-group');
    const field = group?.querySelector('input[id], textarea[id], select[id]');
    const key = field?.getAttribute('id') ?? message.getAttribute('id') ?? '';
    errors[key] = textOf(message).replace(/^Error:\s*/, '');
  }
  return errors;
}

/** What a form field shows: an input's value attribute or a textarea's text; undefined if absent. */
export function fieldValue(root: HTMLElement, name: string): string | undefined {
  const input = root.querySelector(`input[name="${name}"]`);
  if (input) return input.getAttribute('value') ?? '';
  const textarea = root.querySelector(`textarea[name="${name}"]`);
  return textarea ? textarea.text : undefined;
}

/** The values of the checked checkboxes or radios with this name. */
export function checkedValues(root: HTMLElement, name: string): string[] {
  return all(root, `input[name="${name}"]`)
    .filter((input) => input.hasAttribute('checked'))
    .map((input) => input.getAttribute('value') ?? '');
}

/** The values every field with this name shows: inputs' value attributes and textareas' text. */
export function fieldValues(root: HTMLElement, name: string): string[] {
  return all(root, `[name="${name}"]`).map((field) =>
    field.tagName === 'TEXTAREA' ? field.text : (field.getAttribute('value') ?? ''),
  );
}

export type SummaryRow = { key: string; value: string; change: string | undefined };

/** The rows of GOV.UK summary lists (check your answers): key, value and the change link's target. */
export function summaryRows(root: HTMLElement): SummaryRow[] {
  return all(root, '.govuk-summary-list__row').map((row) => ({
    key: textOf(row.querySelector('.govuk-summary-list__key')),
    value: textOf(row.querySelector('.govuk-summary-list__value')),
    change: row.querySelector('.govuk-summary-list__actions a')?.getAttribute('href'),
  }));
}

/** The text of the label for a form control (by its id). */
export function labelFor(root: HTMLElement, control: HTMLElement): string {
  const id = control.getAttribute('id') ?? '';
  return textOf(root.querySelector(`label[for="${id}"]`));
}

/** The text of a page's <main>, as a person reads it (fails the test when the page has no <main>). */
export function mainText(html: string): string {
  return textOf(one(parseHtml(html), 'main'));
}
