// What Remedex publishes of a person: a coarse place (town or region, and country) and bodies with
// contact details masked. The rules live here, in model/, because every layer applies them: the
// database derives the published place whenever one is written, views mask bodies they show.

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const WEB =
  /\b(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|biz|io|co)(?:\.[a-z]{2})?(?:\/\S*)?/gi;
// Nine to fifteen digits with the separators phone numbers are written with ("0117 496 0000",
// "(555) 123-4567", "+44 20 7946 0958"); dates, doses and ranges have fewer.
const PHONE = /(?<![\w.])\+?\(?\d(?:[\s().-]{0,2}\d){8,14}(?![\w.]*\d)/g;
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi;
const CA_POSTCODE = /\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b/gi;
const ZIP = /\b\d{4,6}(?:-\d{4})?\b/g;
// What is left of "call me on 07700 900123": words of contact, not of a place.
const CONTACT =
  /\b(?:me|my|call|phone|ring|text|email|e-mail|contact|tel|mob|mobile|whatsapp|telegram)\b/i;
const NUMBERED = /\d/;
// Words of a street address, a building or a mailbox. "St" and "Dr" end a street ("Main St") but
// open a town ("St Albans"), so they count only at the end of a part.
const STREET =
  /\b(?:street|road|rd|avenue|ave|lane|ln|drive|boulevard|blvd|highway|hwy|close|crescent|terrace|apartment|apt|flat|suite|unit|floor|house|cottage|farm|p\.?\s?o\.?\s?box|box|estate|gardens|mews|parade)\b|\b(?:st|dr|ct|pl)\.?$/i;
const MAX_PART = 40;

function withoutContacts(typed: string): string {
  return typed.replace(EMAIL, ' ').replace(WEB, ' ').replace(PHONE, ' ');
}

/**
 * The place Remedex shows for what someone typed: its last two parts (town or region, and
 * country) once every part with a street word or a number is gone and postcodes are cut; null
 * when nothing safe is left. "12 Acacia Road, Bristol BS1 4DJ, UK" → "Bristol, UK".
 */
export function coarsePlace(typed: string | null | undefined): string | null {
  if (!typed) return null;
  const parts = withoutContacts(typed)
    .replace(/[<>]/g, ' ')
    .split(/[,;\n]|\s[-–—|]\s/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => !STREET.test(p) && !CONTACT.test(p))
    .map((p) => p.replace(UK_POSTCODE, ' ').replace(CA_POSTCODE, ' ').replace(ZIP, ' '))
    // Any other word with a digit is a code of some kind (an Eircode, a house number): it goes.
    .map((p) =>
      p
        .split(/\s+/)
        .filter((w) => w !== '' && !NUMBERED.test(w))
        .join(' '),
    )
    .filter((p) => p.length > 1 && p.length <= MAX_PART && p.split(' ').length <= 4);
  const kept = parts.slice(-2).join(', ');
  return kept === '' ? null : kept;
}

/** Whether a typed place would be shown as typed (nothing taken out but spaces). */
export function shownAsTyped(typed: string | null | undefined): boolean {
  const tidy = (s: string) =>
    s
      .replace(/\s+/g, ' ')
      .replace(/\s*,\s*/g, ', ')
      .trim();
  return !typed || tidy(typed) === (coarsePlace(typed) ?? '');
}

/** A body as the public sees it: emails and phone numbers masked. Moderators see the original. */
export function maskContacts(text: string): string {
  return text.replace(EMAIL, '[email hidden]').replace(PHONE, '[phone number hidden]');
}

/**
 * A text with a person's name replaced ("Thanks, Jane!" → "Thanks, a former member!"), whole
 * words only, any case. Names under three letters are left: they would take ordinary words along.
 */
export function withoutName(text: string, name: string, replacement: string): string {
  const n = name.trim();
  if (n.length < 3) return text;
  const quoted = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.replace(
    new RegExp(`(?<![\\p{L}\\p{N}])${quoted}(?![\\p{L}\\p{N}])`, 'giu'),
    replacement,
  );
}
