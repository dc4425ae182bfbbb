// An age given right next to a name: "Jon Smyth, aged 15", "Jon (16)", "Jon, about 17 years
// old", or before the cue: "a 15 year old called Jon". Person resolution compares ages, so
// only an age that plainly belongs to this person is taken.
const AGE_AFTER = new RegExp(
  `^["'’”]?[ \\t]*[,(–-]?[ \\t]*(?:(?:(?i:aged?|about|around|roughly|approx\\.?))[ \\t]+(\\d{1,2})(?!\\d)|` +
    `(\\d{1,2})[ \\t-]*(?i:years?|yrs?)[ \\t-]*(?i:old)|(\\d{1,2})[ \\t]?(?i:yo|y/o)\\b|(\\d{1,2})\\))`,
  'u',
);
const AGE_BEFORE = new RegExp(
  `(?:^|[^\\d])(\\d{1,2})[ \\t-]*(?i:years?|yrs?|yr)[ \\t-]*(?i:old)[ \\t]+(?:\\p{L}+[ \\t]+){0,2}$`,
  'u',
);

export function ageNear(input: string, cueStart: number, nameEnd: number): number | undefined {
  const after = AGE_AFTER.exec(input.slice(nameEnd, nameEnd + 32));
  const before = AGE_BEFORE.exec(input.slice(Math.max(0, cueStart - 40), cueStart));
  const groups: (string | undefined)[] = after === null ? [] : after.slice(1);
  const found = groups.find((group) => group !== undefined) ?? before?.[1];
  if (found === undefined) return undefined;
  const age = Number(found);
  return age >= 5 && age <= 99 ? age : undefined;
}
