import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TemplateError } from '../../src/onboard/errors.js';
import { readTemplateFolder } from '../../src/onboard/sources.js';
import { engine, exampleModel, packOf, packsOf } from './helpers.js';

const NAME = 'participant/welcome.md';
const scope = { person: { name: 'Ana', id: 'ana' }, group: { id: 'g1' } };

/** The diagnostic a template fails with. */
function failure(text: string, extra: Record<string, string> = {}, name = NAME) {
  try {
    engine({ [NAME]: text, ...extra }).render(name, scope);
  } catch (error) {
    if (error instanceof TemplateError) return error.diagnostic;
    throw error;
  }
  throw new Error('the template rendered');
}

describe('template errors are located in the template', () => {
  it('reports an unknown variable with did-you-mean', () => {
    expect(failure('# Hi\n\nGroup {{ group.id }}\n  {{ persn.name }}\n')).toMatchObject({
      file: 'templates/onboarding/participant/welcome.md', line: 4, column: 6, severity: 'error', rule: 'template/undefined',
      message: 'unknown variable "persn" (did you mean "person"?)',
    });
    expect(failure('{{ person.nme }}')).toMatchObject({ line: 1, column: 4, message: 'unknown variable "person.nme" (did you mean "person.name"?)' });
  });

  it('reports bad syntax at the tag that is not closed', () => {
    expect(failure('# Hi\n{% if person %}\nno end\n')).toMatchObject({ line: 2, column: 1, rule: 'template/syntax', message: 'tag {% if person %} not closed' });
    expect(failure('a\n b {{ person.name \n')).toMatchObject({ line: 2, column: 4, rule: 'template/syntax' });
    expect(failure('{% nosuchtag %}')).toMatchObject({ line: 1, column: 1, rule: 'template/syntax', message: 'tag "nosuchtag" not found' });
  });

  it('reports an unknown filter with did-you-mean', () => {
    expect(failure('x\n\n   {{ person.name | upcas }}')).toMatchObject({ line: 3, column: 4, rule: 'template/filter', message: 'unknown filter "upcas" (did you mean "upcase"?)' });
  });

  it('names a built-in template as built-in', () => {
    const diagnostic = failure('', {}, 'participant/glossary.md');
    expect(diagnostic.file).toBe('(built-in) onboarding/participant/glossary.md');
    expect(diagnostic.rule).toBe('template/undefined');
  });

  it('locates an error inside an included partial in the partial', () => {
    expect(failure('# Hi\n{% render "partials/who.md", person: person %}\n', { 'partials/who.md': 'one\ntwo {{ person.nme }}\n' })).toMatchObject({
      file: 'templates/onboarding/partials/who.md', line: 2, column: 8, rule: 'template/undefined',
    });
  });
});

describe('templates cannot read outside the template folders', () => {
  it.each([
    ['{% render "../../etc/passwd" %}'],
    ['{% include "/etc/passwd" %}'],
    ['{% include "../../../../../../etc/passwd" %}'],
    ['{% render "partials/../../program.yaml" %}'],
    ['{% include "C:\\\\Windows\\\\win.ini" %}'],
    ['{% layout "../x.md" %}'],
    ['{% assign p = "../../etc/passwd" %}{% include "{{ p }}" %}'],
  ])('%s fails at the tag', (tag) => {
    expect(failure(`line one\n${tag}\n`)).toMatchObject({ line: 2, column: tag.lastIndexOf('{%') + 1, rule: 'template/include' });
  });

  it('says which template is missing', () => {
    expect(failure('{% include "partials/nope.md" %}')).toMatchObject({ rule: 'template/include', message: 'no template "partials/nope.md" in templates/onboarding/ or the built-in templates' });
  });

  it('never reads a file that is not in the two folders, even through a symbolic link', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cohort-templates-'));
    writeFileSync(path.join(dir, 'secret.txt'), 'secret');
    mkdirSync(path.join(dir, 'onboarding/partials'), { recursive: true });
    writeFileSync(path.join(dir, 'onboarding/partials/ok.md'), 'ok\r\n');
    symlinkSync(path.join(dir, 'secret.txt'), path.join(dir, 'onboarding/partials/leak.md'));
    symlinkSync(path.join(dir, 'onboarding/partials/ok.md'), path.join(dir, 'onboarding/partials/alias.md'));
    writeFileSync(path.join(dir, 'onboarding/.hidden.md'), 'hidden');
    expect([...readTemplateFolder(path.join(dir, 'onboarding')).entries()]).toEqual([['partials/alias.md', 'ok\n'], ['partials/ok.md', 'ok\n']]);
  });
});

describe('overrides and escaping', () => {
  it('prefers the program template over the built-in of the same name, and partials too', () => {
    const e = engine({ [NAME]: 'Custom {{ person.name }} {% render "partials/x.md" %}', 'partials/x.md': 'partial' });
    expect(e.render(NAME, scope)).toBe('Custom Ana partial');
    expect(e.resolve(NAME)).toEqual({ origin: 'program', display: 'templates/onboarding/participant/welcome.md' });
    expect(e.resolve('participant/glossary.md')).toEqual({ origin: 'builtin', display: '(built-in) onboarding/participant/glossary.md' });
  });

  it('escapes every output for Markdown unless it ends in raw', () => {
    const e = engine({ [NAME]: '{{ person.name }}|{{ person.name | raw }}|{{ person.name | upcase }}|{{ nothing }}|{{ list }}' });
    const hostile = { person: { name: '- *a* _b_ | c # <b>d</b> [e](f)' }, nothing: null, list: ['*', 1] };
    expect(e.render(NAME, hostile)).toBe(
      '\\- \\*a\\* \\_b\\_ \\| c # \\<b\\>d\\</b\\> \\[e\\](f)|- *a* _b_ | c # <b>d</b> [e](f)|\\- \\*A\\* \\_B\\_ \\| C # \\<B\\>D\\</B\\> \\[E\\](F)||\\*1',
    );
  });

  it('writes safe links and code spans', () => {
    const e = engine({ [NAME]: '{{ t | link: u }} {{ t | link: bad }} {{ id | code }}' });
    expect(e.render(NAME, { t: 'Data [classes]', u: 'https://x.example/a b(c)', bad: 'javascript:alert(1)', id: 'a`b' })).toBe(
      '[Data \\[classes\\]](https://x.example/a%20b%28c%29) Data \\[classes\\] (javascript:alert(1)) ``a`b``',
    );
  });

  it('cannot reach JavaScript objects behind the data', () => {
    expect(failure('{{ person.constructor }}')).toMatchObject({ rule: 'template/undefined' });
    expect(failure('{{ person.__proto__ }}')).toMatchObject({ rule: 'template/undefined' });
  });
});

describe('the README example', () => {
  it('renders for a participant of the example program', () => {
    const docs = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const example = /```liquid\n([\s\S]*?)```/.exec(docs)![1]!;
    const pack = packOf(packsOf(exampleModel()), 'spring-2026', 'emily-carter');
    const out = engine({ [NAME]: example, 'partials/footer.md': 'Help: {{ channels.support }}' }).render(NAME, pack.scope as unknown as Record<string, unknown>);
    expect(out).toContain('You are in group g1 of Spring 2026 (Foundations), led by Lena Vogel (lena.vogel@northwind.example).');
    expect(out).toContain('Your first session: Tue 3 Mar 2026, 08:00–08:30 (America/New_York), Check in.');
    expect(out).toContain('1. Low-code fundamentals (week 1)\n2. Mapping a business process (weeks 2–3)\n');
    expect(out).toContain('Help: \\#citizen-dev-help');
  });
});
