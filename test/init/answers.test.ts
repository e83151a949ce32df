import { describe, expect, it } from 'vitest';
import { firstMondayAfter, idFromName, idProblem, nameProblem, slugify, startProblem, starterProblem, timezoneProblem } from '../../src/init/answers.js';

describe('slugify', () => {
  it.each([
    ['Citizen Developer Academy', 'citizen-developer-academy'],
    ['Contoso  Citizen-Dev Academy!', 'contoso-citizen-dev-academy'],
    ['Académie Québécoise', 'academie-quebecoise'],
    ['Straße & Søn Łódź', 'strasse-son-lodz'],
    ['  --Æsir Œuvre--  ', 'aesir-oeuvre'],
    ['2026 Academy', '2026-academy'],
    ['ＡＢＣ Ｌａｂ', 'abc-lab'],
    ['日本', ''],
    ['', ''],
  ])('%j → %j', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('keeps at most 63 characters and never ends with a hyphen', () => {
    const slug = slugify(`${'a'.repeat(62)} bcd`);
    expect(slug).toBe('a'.repeat(62));
    expect(slugify('x'.repeat(100))).toHaveLength(63);
    expect(idProblem(slugify('Ärger über Öl '.repeat(10)))).toBeUndefined();
  });

  it('falls back to "academy" when a name has nothing to make an id from', () => {
    expect(idFromName('日本アカデミー')).toBe('academy');
    expect(idFromName('Nord Academy')).toBe('nord-academy');
  });
});

describe('firstMondayAfter', () => {
  it.each([
    ['2026-02-18', '2026-02-23'], // Wednesday
    ['2026-02-22', '2026-02-23'], // Sunday
    ['2026-02-23', '2026-03-02'], // a Monday gives the next one
    ['2026-12-29', '2027-01-04'], // across a year
  ])('%s → %s', (today, monday) => {
    expect(firstMondayAfter(today)).toBe(monday);
  });
});

describe('answer checks', () => {
  it('accept good answers', () => {
    expect(nameProblem('Contoso Academy')).toBeUndefined();
    expect(idProblem('contoso-academy')).toBeUndefined();
    expect(timezoneProblem('Europe/Berlin')).toBeUndefined();
    expect(timezoneProblem('UTC')).toBeUndefined();
    expect(startProblem('2026-03-02')).toBeUndefined();
    expect(starterProblem('foundations', ['automation', 'foundations'])).toBeUndefined();
  });

  it('reject bad ones with a message and a hint', () => {
    expect(nameProblem('  ')).toMatchObject({ message: 'the academy needs a name' });
    expect(nameProblem('two\nlines')?.message).toMatch(/single line/);
    expect(idProblem('Contoso_Academy')?.message).toBe('"Contoso_Academy" is not an id');
    expect(idProblem('-x')).toBeDefined();
    expect(idProblem('a'.repeat(64))).toBeDefined();
    expect(timezoneProblem('Berlin')).toMatchObject({ message: '"Berlin" is not an IANA time zone', hint: expect.stringContaining('Europe/Berlin') });
    expect(timezoneProblem('EST')).toBeDefined();
    expect(timezoneProblem('Mars/Olympus_Mons')).toBeDefined();
    expect(startProblem('2026-02-30')).toMatchObject({ message: '"2026-02-30" is not a date', hint: expect.stringContaining('YYYY-MM-DD') });
    expect(startProblem('2 March')).toBeDefined();
    expect(starterProblem('fundations', ['automation', 'foundations'])).toEqual({
      message: 'there is no starter curriculum "fundations" (did you mean "foundations"?)',
      hint: 'choose one of automation, foundations',
    });
  });
});
