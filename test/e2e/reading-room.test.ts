import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createKeyIn } from '../helpers/keys.ts';

const root = path.join(__dirname, '..', '..');
const artifacts = path.join(root, 'test', 'artifacts');
const chromiumPath = '/usr/bin/chromium';

/** Starts `src/server.ts` as `npm start` would, on its own database (the demo meeting is seeded on first start). */
function startServer(databaseUrl: string): Promise<{ child: ChildProcess; baseUrl: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src', 'server.ts')], {
    cwd: root,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', DATABASE_URL: databaseUrl, SEED_DEMO: 'true', READ_ACCESS: 'open' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      const entry = JSON.parse(line) as { port?: number };
      if (entry.port) resolve({ child, baseUrl: `http://127.0.0.1:${entry.port}` });
    });
    child.on('exit', (code) => reject(new Error(`server exited early with ${code}`)));
  });
}

describe('reading room in Chromium', () => {
  let dir: string;
  let server: { child: ChildProcess; baseUrl: string };
  let writeKey: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parallax-e2e-'));
    const databaseUrl = `file:${path.join(dir, 'parallax.db')}`;
    writeKey = await createKeyIn(databaseUrl, ['write'], 'e2e analyst');
    server = await startServer(databaseUrl);
    fs.mkdirSync(artifacts, { recursive: true });
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (server) {
      const exited = new Promise((resolve) => server.child.on('exit', resolve));
      server.child.kill('SIGTERM');
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const shoot = (name: string) => page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });

  it('when an analyst opens the demo meeting, shows the unconfirmed semiconductor claim and serves the PDF and CSV reports', async () => {
    await page.goto(`${server.baseUrl}/`);
    await shoot('meetings');
    await page.getByRole('link', { name: /China–South Korea trade ministers meeting/ }).click();
    await page.waitForURL(/\/meetings\/\d+$/);
    await shoot('meeting');

    const unconfirmed = page.locator('section.unconfirmed');
    const claimText = await unconfirmed.innerText();
    const pdfHref = await page.getByRole('link', { name: 'PDF', exact: true }).getAttribute('href');
    const csvHref = await page.getByRole('link', { name: 'CSV', exact: true }).getAttribute('href');
    const pdf = await page.request.get(`${server.baseUrl}${pdfHref ?? ''}`);
    const csv = await page.request.get(`${server.baseUrl}${csvHref ?? ''}`);

    expect(claimText).toContain('Joint claims the other side never confirmed');
    expect(claimText).toMatch(/semiconductor/i);
    expect(claimText).toContain('South Korea');
    expect(await unconfirmed.locator('mark.ev-unconfirmed').count()).toBeGreaterThan(0);
    expect(pdfHref).toMatch(/^\/v1\/meetings\/\d+\/report\?format=pdf$/);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toMatch(/^application\/pdf/);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
  }, 120_000);

  it('when an analyst searches for "semiconductor", lists the readout of China with the word highlighted', async () => {
    await page.goto(`${server.baseUrl}/`);

    await page.getByLabel('Search readouts').fill('semiconductor');
    await page.getByLabel('Search readouts').press('Enter');
    await page.waitForURL(/\/search\?q=semiconductor/);
    await shoot('search');

    const hits = page.locator('li.hit');
    expect(await hits.count()).toBe(1);
    expect(await hits.first().locator('.snippet mark').first().innerText()).toMatch(/^semiconductor$/i);
  }, 60_000);

  it('when an analyst signs in with a write key and pastes a Chinese readout, previews its analysis, saves it and finds it by a Chinese word', async () => {
    await page.goto(`${server.baseUrl}/sign-in`);
    await page.getByLabel('API key').fill(writeKey);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(`${server.baseUrl}/`);
    const cookies = await page.context().cookies();
    await page.getByRole('link', { name: /China–South Korea trade ministers meeting/ }).click();
    await page.getByRole('link', { name: 'Add a readout' }).click();
    await page.getByLabel('Party').selectOption('CHN');
    await page.getByLabel('Issuer').fill('商务部');
    await page.getByLabel('Title').fill('王文涛会见韩国产业通商资源部长官安德根');
    await page.getByLabel('Language', { exact: true }).fill('zh-CN');
    await page.getByLabel('Text').fill('王文涛与安德根就维护产业链供应链稳定交换了意见。双方同意加强半导体产业链供应链对话与合作。');
    await page.getByRole('button', { name: 'Preview the analysis' }).click();
    await shoot('statement-preview');
    const preview = await page.locator('section.analysis').innerText();
    await page.getByRole('button', { name: 'Save this readout' }).click();
    await page.waitForURL(/\/statements\/\d+$/);
    await shoot('statement');
    const saved = await page.locator('main').innerText();
    await page.goto(`${server.baseUrl}/search?q=${encodeURIComponent('半导体')}`);
    await shoot('search-chinese');
    const hits = page.locator('li.hit');

    expect(cookies.find((cookie) => cookie.name === 'parallax_key')).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(preview).toContain('semiconductors');
    expect(saved).toContain('王文涛会见韩国产业通商资源部长官安德根');
    expect(saved).toContain('created');
    expect(await hits.count()).toBe(1);
    expect(await hits.first().locator('.snippet mark').innerText()).toBe('半导体');
    expect(await hits.first().locator('.snippet').getAttribute('lang')).toBe('zh-CN');
  }, 120_000);

  it('when an analyst opens a party, shows its topics month by month', async () => {
    await page.goto(`${server.baseUrl}/parties/CHN`);
    await shoot('party');

    expect(await page.locator('table.heatmap').innerText()).toContain('2023-05');
    expect(await page.locator('table.heatmap th[scope="row"]').allInnerTexts()).toContain('semiconductors');
  }, 60_000);
});
