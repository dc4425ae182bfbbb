import { fromPixel } from '../district-map.ts';
import type { FieldError, FormValues, PageContext } from './page.ts';
import { single } from './form.ts';

// The where page's map pin (issue 16): <input type="image" name="pin"> posts the pixel clicked
// as pin.x and pin.y, with no script. The pixel becomes a point, the point the nearest gazetteer
// street, and the page is shown again with that street in the street box to confirm. The click
// itself is never stored: only the street, once the reporter continues with it.

export const mapPinBadMessage = 'Select a place on the map of St Albans district, or type the street';
export const mapPinNoStreetMessage =
  'We could not find a street near that place in St Albans district. Select another place, or type the street';

/** True when the form was sent by clicking the map rather than Continue. */
export function pinClicked(values: FormValues): boolean {
  return values['pin.x'] !== undefined || values['pin.y'] !== undefined;
}

const pixel = /^\d{1,4}$/;

export type PinOutcome =
  { readonly ok: true; readonly street: string } | { readonly ok: false; readonly error: FieldError };

export function streetAtPin(values: FormValues, context: PageContext): PinOutcome {
  const x = single(values, 'pin.x');
  const y = single(values, 'pin.y');
  // Browsers send 0,0 when the image button is pressed from the keyboard rather than clicked:
  // no place was chosen (the corner pixel is outside the district anyway).
  const pressedWithoutPointer = x === '0' && y === '0';
  const point = pixel.test(x) && pixel.test(y) && !pressedWithoutPointer ? fromPixel(Number(x), Number(y)) : undefined;
  if (point === undefined) return { ok: false, error: { field: 'pin', message: mapPinBadMessage } };
  const street = context.streets.nearestStreet(point.latitude, point.longitude);
  if (street === undefined) return { ok: false, error: { field: 'pin', message: mapPinNoStreetMessage } };
  return { ok: true, street };
}

/** What the where page shows again after a click: what was typed, the street box holding the street found. */
export function valuesAfterPin(values: FormValues, street: string | undefined): FormValues {
  const kept = Object.fromEntries(
    Object.entries(values).filter(([name]) => !['pin.x', 'pin.y', 'streetChoice', 'streetConfirmed'].includes(name)),
  );
  return street === undefined ? kept : { ...kept, street };
}
