import { describe, expect, it } from 'vitest';
import { jsonErrorPlace, jsonPlaceSentence, placeOfOffset } from './json-place';

const parseError = (text: string): unknown => {
  try {
    JSON.parse(text);
  } catch (error) {
    return error;
  }
  throw new Error('parsed');
};

describe('placeOfOffset', () => {
  it('counts lines and columns from 1, Windows line ends included', () => {
    expect(placeOfOffset('abc', 0)).toEqual({ line: 1, column: 1 });
    expect(placeOfOffset('ab\ncd\nef', 7)).toEqual({ line: 3, column: 2 });
    expect(placeOfOffset('ab\r\ncd', 5)).toEqual({ line: 2, column: 2 });
    expect(placeOfOffset('ab', 99)).toEqual({ line: 1, column: 3 });
  });
});

describe('jsonErrorPlace', () => {
  it('finds where this engine stopped, from its message', () => {
    const text = '{\n  "format": "roster-sync-for-mos/settings",\n  "version": 1,\n}';
    expect(jsonErrorPlace(text, parseError(text))).toEqual({ line: 4, column: 1 });
  });

  it('puts a file cut short just after its last character', () => {
    const text = '{\n  "version": \n\n';
    expect(jsonErrorPlace(text, parseError(text))).toEqual({ line: 2, column: 13 });
  });

  it('reads the line and column other engines name', () => {
    const text = 'x\ny';
    expect(jsonErrorPlace(text, new SyntaxError('JSON.parse: unexpected character at line 2 column 1 of the JSON data'))).toEqual({ line: 2, column: 1 });
    expect(jsonErrorPlace(text, new SyntaxError('Unexpected non-whitespace character after JSON at position 2 (line 2 column 1)'))).toEqual({ line: 2, column: 1 });
  });

  it('names no place when the engine does not, or the file is empty', () => {
    expect(jsonErrorPlace('{"a": tru}', new SyntaxError('Unexpected token \'}\', "{"a": tru}" is not valid JSON'))).toBeUndefined();
    // The file's own words quoted in the message are no place.
    const quoting = '{"note": "at line 9 column 9 at position 99", x}';
    expect(jsonErrorPlace(quoting, new SyntaxError(`Unexpected token 'x', "${quoting}" is not valid JSON`))).toBeUndefined();
    expect(jsonErrorPlace('', parseError(''))).toBeUndefined();
    expect(jsonErrorPlace('  \n', parseError('  \n'))).toBeUndefined();
    expect(jsonErrorPlace('{', 'not an error')).toBeUndefined();
  });
});

describe('jsonPlaceSentence', () => {
  it('says where in words and by key', () => {
    const text = '[1,\n 2 3]';
    expect(jsonPlaceSentence(text, parseError(text))).toEqual({
      text: 'The error is near line 2, column 4.',
      said: { key: 'labels.json.near', subs: { line: 2, column: 4 } },
    });
  });
});
