import {
  getCountries,
  getCountryCallingCode,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js';
import { WELL_KNOWN_METHOD_ID } from '../../../../entra-facts/well-known-method-ids.ts';

export type PhoneType = 'mobile' | 'alternateMobile' | 'office';

/** Well-known phone method ids (docs/graph-notes.md §4.0): one phone per type. */
export const PHONE_ID: Record<PhoneType, string> = WELL_KNOWN_METHOD_ID;

export const PHONE_TYPE_LABEL: Record<PhoneType, string> = {
  mobile: 'Mobile',
  alternateMobile: 'Alternate mobile',
  office: 'Office',
};

const DANGLING_EXTENSION = /(?:\bx|\bext\.?|#|,)\s*$/i;

export type PhoneCheck = { ok: true; graphNumber: string } | { ok: false; message: string };

/**
 * Graph accepts only `+{country code} {subscriber number}` with an optional `x{extension}`
 * (docs/graph-notes.md §4.2); anything a person types is normalised into that form.
 */
export function toGraphPhoneNumber(input: string, defaultCountry: CountryCode): PhoneCheck {
  const text = input.trim();
  if (!text) return { ok: false, message: 'Enter a phone number.' };
  // libphonenumber drops an extension marker with no digits after it; the person meant to type some.
  if (DANGLING_EXTENSION.test(text))
    return { ok: false, message: 'The extension is empty: add its digits after the “x”, or remove it.' };
  const parsed = parsePhoneNumberFromString(text, { defaultCountry });
  if (!parsed || !parsed.isValid())
    return {
      ok: false,
      message: text.startsWith('+')
        ? 'This is not a valid phone number. Check the country code and the number of digits.'
        : `This is not a valid number for the selected country. Start with + and the country code for another country.`,
    };
  const ext = parsed.ext ? `x${parsed.ext}` : '';
  return { ok: true, graphNumber: `+${parsed.countryCallingCode} ${parsed.nationalNumber}${ext}` };
}

export interface CountryOption {
  code: CountryCode;
  label: string;
}

/** Every country libphonenumber knows, named in the operator's language, for numbers typed without "+". */
export function countryOptions(locale?: string): CountryOption[] {
  const names = new Intl.DisplayNames(locale ? [locale] : undefined, { type: 'region' });
  return getCountries()
    .map((code) => ({ code, label: `${names.of(code) ?? code} (+${getCountryCallingCode(code)})` }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
