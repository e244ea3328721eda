// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { firstCsvRecord, readSampleTemplateHeader } from './sample-template';

describe('readSampleTemplateHeader', () => {
  beforeEach(() => {
    document.body.replaceChildren();
  });

  function addLink(href: string, text = 'Download Sample File') {
    const link = document.createElement('a');
    link.href = href;
    link.textContent = text;
    document.body.append(link);
  }

  it('reads the header of the sample file the page links to', async () => {
    addLink('/files/sample.csv');
    const requested: string[] = [];
    const header = await readSampleTemplateHeader(document, document, async (url) => {
      requested.push(url);
      return '\uFEFFuser_id, email ,first_name\nEXT00001,a@b.co,A\n';
    });
    expect(header).toEqual(['user_id', 'email', 'first_name']);
    expect(requested).toEqual([new URL('/files/sample.csv', document.baseURI).href]);
  });

  it('never fetches a template from another origin', async () => {
    addLink('https://elsewhere.example/sample.csv');
    let fetched = false;
    const header = await readSampleTemplateHeader(document, document, async () => {
      fetched = true;
      return 'user_id,email';
    });
    expect(header).toBeUndefined();
    expect(fetched).toBe(false);
  });

  it('gives up quietly when there is no link or the file cannot be read', async () => {
    expect(await readSampleTemplateHeader(document, document, async () => 'x')).toBeUndefined();
    addLink('/sample.csv');
    expect(
      await readSampleTemplateHeader(document, document, async () => {
        throw new Error('HTTP 404');
      }),
    ).toBeUndefined();
  });
});

describe('firstCsvRecord', () => {
  it.each([
    ['user_id,email,first_name\nEXT1,a@b.co,A', ['user_id', 'email', 'first_name']],
    ['user_id;email\r\nx;y', ['user_id', 'email']],
    ['"user_id","e,mail","say ""hi"""\n', ['user_id', 'e,mail', 'say "hi"']],
    ['"line\nbreak",b\nc,d', ['line\nbreak', 'b']],
    ['a\tb\tc', ['a', 'b', 'c']],
    ['single', ['single']],
    ['a,,c', ['a', '', 'c']],
  ])('reads the header of %j as papaparse does', (text, expected) => {
    expect(firstCsvRecord(text)).toEqual(expected);
    expect(Papa.parse<string[]>(text, { preview: 1, skipEmptyLines: true }).data[0]).toEqual(expected);
  });

  it('skips blank lines above the header', () => {
    expect(firstCsvRecord('\r\n\nuser_id;email\r\nx;y')).toEqual(['user_id', 'email']);
  });

  it('finds nothing in blank text', () => {
    expect(firstCsvRecord('\n\r\n')).toBeUndefined();
  });
});
