// The check that an author has seen what will be published of the place they typed.
import { z } from 'zod';
import { coarsePlace, shownAsTyped } from '../../model/privacy.js';
import { blankToUndefined } from '../common/index.js';

/** The place text the form last showed its published form for (see views' PlaceField). */
export const placeCheckedField = z.preprocess(blankToUndefined, z.string().max(200).optional());

/**
 * What to tell an author whose place will not be shown as typed, until the form has shown them
 * what will be (it sends back the text it showed that for); null when there is nothing to say.
 */
export function placeNotice(
  typed: string | undefined | null,
  checked: string | undefined,
): string | null {
  if (!typed || shownAsTyped(typed) || checked === typed) return null;
  const shown = coarsePlace(typed);
  return shown
    ? `Your place will be shown as “${shown}”: streets, numbers, postcodes, emails and phone numbers never are. Send again to post it like that, or change it.`
    : 'Nothing of this place can be shown (streets, numbers, postcodes, emails and phone numbers never are), so it stays private. Send again to post without a place, or write a town and country.';
}

/** A guest's place must leave something to show. */
export const GUEST_PLACE =
  'Enter your place: a town or region and a country, for example: Leeds, UK. Streets, numbers and postcodes are never shown.';

export { coarsePlace };
