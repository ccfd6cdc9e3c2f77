/**
 * What the institution adds to its registered details (Settings › Institution) to head its
 * printed forms: its name and address in Hindi (or the state's language), phone, e-mail and
 * a logo. Kept as its own setting: it is local presentation and does not travel to the
 * registry with the institution's record.
 */
import { z } from 'zod';
import { optionalText } from './child';

export const LOGO_MAX_BYTES = 512 * 1024;

export const letterheadSchema = z
  .object({
    nameLocal: optionalText(200),
    addressLocal: optionalText(500),
    phone: optionalText(50),
    email: z
      .string()
      .trim()
      .max(200)
      .regex(/^([^\s@]+@[^\s@]+\.[^\s@]+)?$/, { error: 'an e-mail address' })
      .transform((s) => (s === '' ? null : s))
      .nullable()
      .default(null),
    logo: z
      .object({
        mime: z.enum(['image/jpeg', 'image/png'], { error: 'a JPEG or PNG image' }),
        dataBase64: z.string().max(Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 4, { error: 'the logo is larger than 512 KB' }),
      })
      .strict()
      .nullable()
      .default(null),
  })
  .strict();
export type Letterhead = z.output<typeof letterheadSchema>;
export type LetterheadDraft = z.input<typeof letterheadSchema>;

export const EMPTY_LETTERHEAD: Letterhead = { nameLocal: null, addressLocal: null, phone: null, email: null, logo: null };
