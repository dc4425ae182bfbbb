// Output types of entity extraction. Every entity carries `text`, `start` and `end`, UTF-16 offsets into the
// input such that input.slice(start, end) === text.
import type { ChildIndicatorCode } from './child-indicators.ts';
import type { DrugClass, DrugName } from './drugs.ts';

export type Span = { readonly text: string; readonly start: number; readonly end: number };

export type PhoneEntity = Span & { readonly e164: string };

export const VEHICLE_FORMATS = ['current', 'prefix', 'suffix', 'dateless', 'cherished', 'unknown'] as const;
export type VehicleFormat = (typeof VEHICLE_FORMATS)[number];
export type VehicleEntity = Span & {
  readonly vrm: string;
  readonly format: VehicleFormat;
  readonly partial: boolean;
};

export type PostcodeEntity = Span & { readonly postcode: string; readonly partial: boolean };

export type EmailEntity = Span & { readonly address: string };

export const HANDLE_PLATFORMS = [
  'snapchat',
  'instagram',
  'telegram',
  'wickr',
  'whatsapp',
  'signal',
  'tiktok',
  'facebook',
  'twitter',
  'discord',
] as const;
export type HandlePlatform = (typeof HANDLE_PLATFORMS)[number];
export type HandleEntity = Span & { readonly handle: string; readonly platform: HandlePlatform | null };

export type AddressEntity = Span & {
  readonly street: string;
  readonly houseNumber?: string;
  readonly latitude: number;
  readonly longitude: number;
};

export type PersonEntity = Span & {
  readonly name: string;
  readonly kind: 'name' | 'nickname';
  /** An age given right next to the name ("Jon Smyth, aged 15"), when there is one. */
  readonly age?: number;
};

/** A drug mention with its canonical name and its class under the Misuse of Drugs Act 1971. */
export type DrugEntity = Span & { readonly name: DrugName; readonly drugClass: DrugClass };

export type ChildIndicatorEntity = Span & { readonly indicator: ChildIndicatorCode };

export type Extraction = {
  readonly phones: PhoneEntity[];
  readonly vehicles: VehicleEntity[];
  readonly postcodes: PostcodeEntity[];
  readonly emails: EmailEntity[];
  readonly handles: HandleEntity[];
  readonly addresses: AddressEntity[];
  readonly people: PersonEntity[];
  readonly drugs: DrugEntity[];
  readonly childIndicators: ChildIndicatorEntity[];
};
