import { expect } from '@open-wc/testing';
import { sheetCsvAddress } from '../../../src/model/formats/google-sheets.js';

const ID = '1AbC-dEf_123';
const CSV = `https://docs.google.com/spreadsheets/d/${ID}/pub?output=csv`;

describe('sheetCsvAddress', () => {
  it('asks for the published CSV of a sheet\'s edit address, with its gid from the hash or the query', () => {
    expect(sheetCsvAddress(`https://docs.google.com/spreadsheets/d/${ID}/edit#gid=0`)).to.equal(`${CSV}&gid=0&single=true`);
    expect(sheetCsvAddress(`https://docs.google.com/spreadsheets/d/${ID}/edit?gid=1520&usp=sharing`)).to.equal(`${CSV}&gid=1520&single=true`);
    expect(sheetCsvAddress(`https://docs.google.com/spreadsheets/d/${ID}/edit?usp=sharing#gid=7`)).to.equal(`${CSV}&gid=7&single=true`);
  });

  it('reads an address without a gid as the first sheet', () => {
    expect(sheetCsvAddress(`https://docs.google.com/spreadsheets/d/${ID}`)).to.equal(CSV);
    expect(sheetCsvAddress(`https://docs.google.com/spreadsheets/d/${ID}/edit`)).to.equal(CSV);
    expect(sheetCsvAddress(`https://docs.google.com/spreadsheets/u/1/d/${ID}/view`)).to.equal(CSV);
  });

  it('turns published addresses (pubhtml, pub?output=csv, 2PACX) into their CSV', () => {
    expect(sheetCsvAddress(`https://docs.google.com/spreadsheets/d/${ID}/pubhtml`)).to.equal(CSV);
    expect(sheetCsvAddress(`https://docs.google.com/spreadsheets/d/${ID}/pub?output=csv`)).to.equal(CSV);
    expect(sheetCsvAddress('https://docs.google.com/spreadsheets/d/e/2PACX-1vQx_y-Z/pubhtml')).to.equal(
      'https://docs.google.com/spreadsheets/d/e/2PACX-1vQx_y-Z/pub?output=csv',
    );
    expect(sheetCsvAddress('https://docs.google.com/spreadsheets/d/e/2PACX-1vQx_y-Z/pub?gid=42&single=true&output=csv')).to.equal(
      'https://docs.google.com/spreadsheets/d/e/2PACX-1vQx_y-Z/pub?output=csv&gid=42&single=true',
    );
  });

  it('keeps an address that already asks for CSV of a sheet shared by link', () => {
    const exported = `https://docs.google.com/spreadsheets/d/${ID}/export?format=csv&gid=3`;
    expect(sheetCsvAddress(exported)).to.equal(exported);
  });

  it('leaves every other address alone', () => {
    expect(sheetCsvAddress('https://example.org/spreadsheets/d/abc/edit')).to.equal(undefined);
    expect(sheetCsvAddress(`https://docs.google.com/document/d/${ID}/edit`)).to.equal(undefined);
    expect(sheetCsvAddress('data/events.csv')).to.equal(undefined);
  });

  it('answers for another host when given one (a test server standing in for Google)', () => {
    expect(sheetCsvAddress(`http://localhost:8000/spreadsheets/d/${ID}/edit#gid=5`, 'localhost:8000')).to.equal(
      `http://localhost:8000/spreadsheets/d/${ID}/pub?output=csv&gid=5&single=true`,
    );
    expect(sheetCsvAddress(`http://localhost:8000/spreadsheets/d/${ID}/edit`)).to.equal(undefined);
  });
});
