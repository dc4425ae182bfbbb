import { z } from 'zod';
import type { VehicleAnswers } from '../../reports/index.ts';
import { fieldErrors, isBlank, optionalText, readSlots, slotField, slotValues } from './form.ts';
import type { PageDefinition } from './page.ts';

const vehicleFields = ['make', 'model', 'colour', 'registration', 'description'] as const;

const vehicleSchema = z.object({
  make: optionalText(40, 'Make'),
  model: optionalText(40, 'Model'),
  colour: optionalText(30, 'Colour'),
  // Whole or partial: "AB12 CDE", "AB12", or "AB?? C?E" for characters not seen.
  registration: optionalText(10, 'Registration')
    .transform((value) => value?.toUpperCase().replace(/\s+/g, ' '))
    .refine(
      (value) => value === undefined || /^[A-Z0-9 ?]+$/.test(value),
      'Registration can only include letters, numbers, spaces and ? for characters you did not see',
    ),
  description: optionalText(500, 'Anything else about the vehicle'),
});

export const vehiclesPage: PageDefinition<'vehicles'> = {
  id: 'vehicles',
  title: 'Vehicles',
  template: 'vehicles.njk',
  toValues: (state) => slotValues('vehicle', vehicleFields, state?.vehicles ?? []),
  parse(values) {
    const result = z.array(vehicleSchema).safeParse(readSlots(values, 'vehicle', vehicleFields));
    if (!result.success) {
      return {
        ok: false,
        errors: fieldErrors(result.error.issues, (path) => slotField('vehicle')(['vehicles', ...path])),
      };
    }
    const vehicles = result.data
      .filter((vehicle) => !isBlank(vehicle))
      .map(
        (vehicle) => Object.fromEntries(Object.entries(vehicle).filter(([, v]) => v !== undefined)) as VehicleAnswers,
      );
    // Optional, as the page says ("leave this blank if there are none"), even for a report about
    // a vehicle: the reporter may have put what they know on another page.
    return { ok: true, state: { vehicles } };
  },
  summarise: (state) => [
    {
      key: 'Vehicles',
      lines:
        state.vehicles.length === 0
          ? ['None given']
          : state.vehicles.flatMap((vehicle, index) => [
              `Vehicle ${String(index + 1)}: ${[vehicle.colour, vehicle.make, vehicle.model].filter(Boolean).join(' ') || 'make not given'}`,
              ...(vehicle.registration === undefined ? [] : [`Registration: ${vehicle.registration}`]),
              ...(vehicle.description === undefined ? [] : [vehicle.description]),
            ]),
    },
  ],
};
