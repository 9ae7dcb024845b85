import fs from 'node:fs';
import path from 'node:path';
import { configSchema, loadConfig } from '../src/config.ts';

describe('loadConfig', () => {
  it('when the environment is empty, gives the documented defaults', () => {
    const config = loadConfig({});

    expect(config).toMatchObject({ PORT: 3000, DATABASE_URL: 'file:./data/parallax.db', SEED_DEMO: true, PAGE_SIZE_MAX: 200 });
  });

  it('when several variables are bad, names every one of them', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SEED_DEMO: 'maybe' }))
      .toThrow(/PORT[\s\S]*DATABASE_URL[\s\S]*SEED_DEMO/);
  });

  it('when DATABASE_URL names PostgreSQL, accepts it', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://parallax@db.internal:5432/parallax' }).DATABASE_URL)
      .toBe('postgresql://parallax@db.internal:5432/parallax');
  });

  it('when a variable is set to an empty string, treats it as unset', () => {
    expect(loadConfig({ PORT: '' }).PORT).toBe(3000);
  });
});

describe('.env.example', () => {
  it('when compared with the config schema, lists exactly its keys with their defaults', () => {
    const text = fs.readFileSync(path.join(__dirname, '..', '.env.example'), 'utf8');
    const entries = Object.fromEntries(text.split('\n').filter((line) => /^[A-Z_]+=/.test(line)).map((line) => {
      const [key = '', ...value] = line.split('=');
      return [key, value.join('=')];
    }));

    expect(Object.keys(entries).sort()).toEqual(Object.keys(configSchema.shape).sort());
    expect(loadConfig(entries)).toEqual(loadConfig({}));
  });
});
