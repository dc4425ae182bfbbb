import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHILD_INDICATORS, extractChildIndicators } from './child-indicators.ts';

const codes = (text: string): string[] => extractChildIndicators(text).map((c) => `${c.indicator}:${c.text}`);
const has = (text: string, code: string): boolean => extractChildIndicators(text).some((c) => c.indicator === code);

describe('extractChildIndicators', () => {
  it('exports a labelled controlled vocabulary with unique codes', () => {
    const list = CHILD_INDICATORS.map((c) => c.code);
    assert.equal(new Set(list).size, list.length);
    for (const c of CHILD_INDICATORS) {
      assert.match(c.code, /^[a-z0-9_]+$/);
      assert.ok(c.label.length > 10);
    }
  });

  it('flags ages under 18 in the usual phrasings', () => {
    for (const text of [
      'a 15 year old girl',
      '13yo',
      '13 y/o',
      'aged 16',
      'he looks about 14',
      'the boy, about 15, was',
      "can't be older than 12",
      'kids as young as 11',
      'my son (15) keeps getting texts',
      'Ages 13-15 I would guess',
    ]) {
      assert.ok(has(text, 'child_mentioned_age_under_18'), text);
    }
  });

  it('does not flag adult ages, counts, times or prices', () => {
    for (const text of [
      'aged 19',
      'he is about 45',
      'about 14 people',
      'around 10 mins',
      'he came about 9 o’clock',
      'a man about 40 years old',
      'approx 18-20 yrs old',
      'only 12 quid a bag',
    ]) {
      assert.ok(!has(text, 'child_mentioned_age_under_18'), text);
    }
  });

  it('flags each listed indicator with the phrase that triggered it', () => {
    assert.deepEqual(codes('in school uniform'), ['school_uniform:school uniform']);
    assert.deepEqual(codes('year 9 pupil'), ['school_age_term:year 9']);
    assert.deepEqual(codes('new trainers nobody can explain'), ['unexplained_money_or_gifts:new trainers']);
    assert.deepEqual(codes('wads of cash'), ['unexplained_money_or_gifts:wads of cash']);
    assert.deepEqual(codes('went missing from home again'), ['missing_from_home:went missing from home']);
    assert.deepEqual(codes('older lads from London'), [
      'older_associates:older lads',
      'travel_out_of_area:from London',
    ]);
    assert.deepEqual(codes('carrying a rucksack'), ['carrying_drugs_or_cash:carrying a rucksack']);
    assert.deepEqual(codes('a black eye'), ['injuries_unexplained:black eye']);
    assert.deepEqual(codes('two phones and a burner'), ['multiple_phones:two phones', 'multiple_phones:burner']);
    assert.deepEqual(codes('bunking off school'), ['missing_from_school:bunking off']);
  });

  it('does not read adult descriptions as child signs when no child is mentioned', () => {
    assert.deepEqual(codes('An older man with a London accent, about 40, collects money every Friday'), []);
    assert.deepEqual(codes('grown men from London selling crack, threatening people'), []);
    assert.deepEqual(codes('boy racers revving at the car park'), []);
    // With a child in the text they are signs about the child.
    assert.deepEqual(
      codes('my son hangs around with an older man from London who threatened him').map((c) => c.split(':')[0]),
      ['older_associates', 'travel_out_of_area', 'coercion_or_threats'],
    );
    assert.ok(has('kids selling weed by the shops', 'dealing_or_running'));
  });

  it('needs an unexplained-ness cue for new goods', () => {
    assert.deepEqual(codes('bought new trainers for his birthday'), []);
  });

  it('reads a young adult described as a lad or a boy, with an adult age, as an adult', () => {
    // A person's description in the report form: an accent and older friends describe a 19-year-old.
    assert.deepEqual(codes('Tall lad, about 19, black North Face jacket, London accent'), []);
    assert.deepEqual(codes('The boys are in their 20s, older men with them, London accents'), []);
    // A child's age, or a word only a child is called, keeps them signs about a child.
    assert.ok(has('A lad about 14 with a London accent', 'travel_out_of_area'));
    assert.ok(has('Lads about 19 hang about with kids, London accents', 'travel_out_of_area'));
  });

  it('gives exact spans', () => {
    const input = 'Kids about 12 or 13 carrying packages for older boys, going country';
    for (const c of extractChildIndicators(input)) assert.equal(input.slice(c.start, c.end), c.text);
  });

  // A guard against catastrophic backtracking, not a speed target: the age pattern once allowed every way
  // through a run of spaces between "yr" and "old", and took 9 s on 40,000 tabs.
  it('returns on a long run of spaces or tabs after an age', { timeout: 10_000 }, () => {
    for (const text of [`my 15 yr${'\t'.repeat(40_000)}`, `my 1${' '.repeat(40_000)}`]) {
      assert.ok(Array.isArray(extractChildIndicators(text)));
    }
  });
});
