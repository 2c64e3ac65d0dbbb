// What Remedex publishes of a person: coarse places, masked contact details.
import { describe, expect, it } from 'vitest';
import { coarsePlace, maskContacts, shownAsTyped } from '../../src/model/privacy.js';

describe('coarse places', () => {
  it.each([
    ['12 Acacia Road, Bristol BS1 4DJ, UK', 'Bristol, UK'],
    ['Flat 3, 22 Mill Lane, Leeds LS6 2AB, United Kingdom', 'Leeds, United Kingdom'],
    ['1600 Pennsylvania Ave NW, Washington, DC 20500', 'Washington, DC'],
    ['45 Oak St, Springfield, IL 62704, USA', 'IL, USA'],
    ['Toronto, ON M5V 2T6, Canada', 'ON, Canada'],
    ['Leeds, UK', 'Leeds, UK'],
    ['Berryville, Ar/ Usa', 'Berryville, Ar/ Usa'],
    ['St Albans, England', 'St Albans, England'],
    ['Paris 75001', 'Paris'],
    ['3 Quay Street, Galway H91 X2Y3, Ireland', 'Galway, Ireland'],
    ['Dublin D02 AF30', 'Dublin'],
    ['Sydney', 'Sydney'],
    ['Leeds, West Yorkshire, UK', 'West Yorkshire, UK'],
    ['Leeds, UK - jane.doe@example.com', 'Leeds, UK'],
    ['Leeds, call me on 07700 900123', 'Leeds'],
    ['www.my-shop.co.uk, Leeds', 'Leeds'],
    ['https://example.org/me', null],
    ['123 Main Street', null],
    ['90210', null],
    ['PO Box 12, Dublin, Ireland', 'Dublin, Ireland'],
    ['', null],
  ])('publishes "%s" as %s', (typed, shown) => {
    expect(coarsePlace(typed)).toBe(shown);
  });

  it('never publishes a street word, a number, an email, a phone number or a web address', () => {
    const typed = [
      '7 Church Road, Bath BA1 1AA, UK',
      'Apt 4B, 350 Fifth Avenue, New York, NY 10118',
      'me@mail.com, Oslo, Norway',
      '+44 20 7946 0958 London',
      'Unit 2, Harbour Estate, Cork',
      'http://shop.example.com Madrid, Spain',
    ];
    for (const t of typed) {
      const shown = coarsePlace(t) ?? '';
      expect(shown, t).not.toMatch(/\d|@|https?:|www\.|\b(?:road|avenue|unit|estate)\b/i);
    }
  });

  it('tells when a place is shown as typed', () => {
    expect(shownAsTyped('Leeds, UK')).toBe(true);
    expect(shownAsTyped('Leeds ,  UK')).toBe(true);
    expect(shownAsTyped('12 Acacia Road, Bristol')).toBe(false);
    expect(shownAsTyped(null)).toBe(true);
  });
});

describe('masked bodies', () => {
  it('masks emails and phone numbers, and leaves doses, dates and ranges alone', () => {
    expect(maskContacts('Write to jane.doe@example.com or call 0117 496 0000.')).toBe(
      'Write to [email hidden] or call [phone number hidden].',
    );
    expect(maskContacts('Ring (555) 123-4567 or +44 20 7946 0958 any time')).toBe(
      'Ring [phone number hidden] or [phone number hidden] any time',
    );
    const plain =
      'I took 1000 mg 1-2 times a day from 2012-01-26, 10,000 IU, 3 to 5 cups, 10-12 inches.';
    expect(maskContacts(plain)).toBe(plain);
  });
});
