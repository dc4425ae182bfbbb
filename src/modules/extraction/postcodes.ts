// UK postcodes: full ("AL1 3JX", "al13jx", "AL3  5UA" with two spaces) and, with context, outward or sector partials ("near AL3", "AL1 3").
import { before, type Claims, matchAll } from './spans.ts';
import type { PostcodeEntity } from './types.ts';

// The 124 postcode areas (121 UK, plus GY, JE, IM) and BF/BX (forces, non-geographic), to reject "ZZ1 1ZZ".
const AREAS = new Set(
  (
    'AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E EC EH EN EX ' +
    'FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG ' +
    'NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS ' +
    'TW UB W WA WC WD WF WN WR WS WV YO ZE'
  ).split(' '),
);

const FULL =
  /(?<![\p{L}\p{N}])([A-Za-z]{1,2})(\d[A-Za-z\d]?)[ \t]{0,2}(\d)([ABD-HJLNP-UW-Zabd-hjlnp-uw-z]{2})(?![\p{L}\p{N}])/gu;
const PARTIAL = /(?<![\p{L}\p{N}])([A-Za-z]{1,2})(\d{1,2}[A-Za-z]?)(?:[ \t](\d))?(?![\p{L}\p{N}]|[ \t]?\d)/gu;
// Words that, shortly before a bare outward code, say it is a postcode ("near AL3", "postcode AL1").
const PARTIAL_CUE = /\b(?:post ?codes?|pc|near|nr|around|round|in|area|district|sector|from)\s*[:-]?\s*$/;
// A town of the district right before: "a primary school in st albans al1".
const TOWN_BEFORE =
  /\b(?:st\.? albans|harpenden|redbourn|wheathampstead|london colney|colney heath|bricket wood|park street|how wood|chiswell green|sandridge|fleetville|marshalswick)\s*,?\s*$/i;
const EXPLICIT_CUE = /\b(?:post ?codes?|pc)\s*[:-]?\s*$/;
const AREA_AFTER = /^\s+(?:area|postcode|post code|district)\b/i;
const VEHICLE_CUE =
  /\b(?:reg|registration|plate|plates|vrm|index|starts? with|starting with|begins? with|beginning|ends? (?:in|with)|ending(?: in| with)?)\W*$/;

function validDistrict(area: string, district: string): boolean {
  if (!AREAS.has(area)) return false;
  const digits = /^\d+/.exec(district)?.[0] ?? '';
  if (area === 'AL') return Number(digits) >= 1 && Number(digits) <= 10 && !/[A-Z]$/.test(district);
  return digits !== '';
}

export function extractPostcodes(input: string, claims: Claims): PostcodeEntity[] {
  const out: PostcodeEntity[] = [];
  for (const m of matchAll(FULL, input)) {
    const area = (m[1] ?? '').toUpperCase();
    const district = (m[2] ?? '').toUpperCase();
    if (!validDistrict(area, district)) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (!claims.claim(start, end)) continue;
    const postcode = `${area}${district} ${m[3] ?? ''}${(m[4] ?? '').toUpperCase()}`;
    out.push({ postcode, partial: false, text: m[0], start, end });
  }
  for (const m of matchAll(PARTIAL, input)) {
    const raw = m[1] ?? '';
    const area = raw.toUpperCase();
    const district = (m[2] ?? '').toUpperCase();
    if (!validDistrict(area, district)) continue;
    const start = m.index;
    const end = start + m[0].length;
    const prefix = before(input, start, 30);
    if (VEHICLE_CUE.test(prefix)) continue;
    // A town of the district before a St Albans district only: not "in harpenden b4 the match".
    const town = area === 'AL' && TOWN_BEFORE.test(prefix);
    const cued = PARTIAL_CUE.test(prefix) || town || AREA_AFTER.test(input.slice(end, end + 20));
    // Upper-case St Albans codes ("AL3") are distinctive enough to need no cue, and so is a lower-case one with
    // its sector ("on hatfield rd al1 4"); "al3" alone could be anything.
    const trustedLocal = area === 'AL' && (raw === 'AL' || (raw === 'al' && m[3] !== undefined));
    if (!cued && !trustedLocal) continue;
    // "M1", "M25" are motorways unless the text says postcode.
    if (area === 'M' && !EXPLICIT_CUE.test(prefix)) continue;
    if (!claims.claim(start, end)) continue;
    const sector = m[3];
    const postcode = sector === undefined ? `${area}${district}` : `${area}${district} ${sector}`;
    out.push({ postcode, partial: true, text: m[0], start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}
