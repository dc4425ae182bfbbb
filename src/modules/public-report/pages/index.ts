import { aboutPage } from './about.page.ts';
import { anythingElsePage } from './anything-else.page.ts';
import { contactPage } from './contact.page.ts';
import type { PageDefinitions } from './page.ts';
import { phonesPage } from './phones.page.ts';
import { homeTakenOverPage, youngPersonPage } from './signs.page.ts';
import { vehiclesPage } from './vehicles.page.ts';
import { whenPage } from './when.page.ts';
import { wherePage } from './where.page.ts';
import { whoPage } from './who.page.ts';

export const pageDefinitions: PageDefinitions = {
  about: aboutPage,
  where: wherePage,
  'home-taken-over': homeTakenOverPage,
  when: whenPage,
  who: whoPage,
  'young-person': youngPersonPage,
  vehicles: vehiclesPage,
  phones: phonesPage,
  'anything-else': anythingElsePage,
  contact: contactPage,
};
