/**
 * Pictures and link previews: "Download image" gives the current view as PNG at two sizes and as
 * SVG; every area, deposit and statement has a share page with its own title, description and
 * preview picture that then opens the app on it.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { areas, deposits, statements } from './data';
import { openMap } from './driver';

/** A PNG's width and height, from its header. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** How many different colours the picture has, decoded by the browser: a blank picture has one or two. */
function colours(page: Page, bytes: Buffer, type: string) {
  return page.evaluate(
    async ({ b64, type }) => {
      const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type });
      const img = new Image();
      img.src = URL.createObjectURL(blob);
      await img.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [img.naturalWidth || 1200, img.naturalHeight || 675];
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      return { count: seen.size, width: img.naturalWidth, height: img.naturalHeight };
    },
    { b64: bytes.toString('base64'), type },
  );
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

for (const { lang, query, scheme } of [
  { lang: 'en', query: '?area=tuva', scheme: 'light' as const },
  { lang: 'uk', query: 'uk/?deposit=tomtor', scheme: 'dark' as const },
]) {
  test.describe(`Download image, /${query}, ${scheme}`, () => {
    test.use({ viewport: { width: 1280, height: 800 }, colorScheme: scheme, acceptDownloads: true });

    test('gives the view as PNG at 1200×675 and 1080×1080, and as SVG, none of them blank', async ({ page }) => {
      await openMap(page, query);
      await page.locator('.download-open').click();
      const dialog = page.locator('.download-dialog');
      await expect(dialog).toBeVisible();
      for (const [button, width, height] of [
        ['.download-png169', 1200, 675],
        ['.download-pngSquare', 1080, 1080],
      ] as const) {
        const { name, bytes } = await download(page, button);
        expect(name).toMatch(new RegExp(`-${lang}-${width}x${height}\\.png$`));
        expect(pngSize(bytes)).toEqual({ width, height });
        expect((await colours(page, bytes, 'image/png')).count).toBeGreaterThan(12);
      }
      const svg = await download(page, '.download-svg');
      expect(svg.name).toMatch(/\.svg$/);
      const text = svg.bytes.toString('utf8');
      expect(text).toContain(lang === 'uk' ? 'Рідкісноземельні метали: пропозиція Росії' : 'Russia’s rare-earth offer');
      expect(text).toContain(lang === 'uk' ? 'Томтор' : 'Tuva (Tyva) Republic');
      const opened = await colours(page, svg.bytes, 'image/svg+xml');
      expect(opened).toMatchObject({ width: 1200, height: 675 });
      expect(opened.count).toBeGreaterThan(12);
      // The picture's colours follow the reader's theme.
      expect(text).toContain(scheme === 'dark' ? '#161a1e' : '#ffffff');
    });
  });
}

const SHARED = [
  ...areas.map((a) => ({ kind: 'area', id: a.id, title: a.properties.name })),
  ...deposits.map((d) => ({ kind: 'deposit', id: d.id, title: d.name })),
  ...statements.map((s) => ({ kind: 'statement', id: s.id, title: s.title })),
];

for (const lang of ['', 'uk/', 'ru/'])
  test(`every share page in /${lang} has its title, description, canonical address and preview picture`, async ({
    page,
  }) => {
    for (const item of SHARED) {
      const path = `/${lang}share/${item.kind}/${item.id}/`;
      const res = await page.request.get(path);
      expect(res.status(), path).toBe(200);
      const html = await res.text();
      const meta = (key: string) =>
        html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1] ?? null;
      const title = meta('og:title');
      if (!lang) expect(title, path).toContain(item.title.replace(/'/g, '&#39;').slice(0, 6));
      expect(title, path).toMatch(/ — /);
      expect(meta('og:description')?.length ?? 0, path).toBeGreaterThan(20);
      expect(html).toMatch(/<link rel="canonical" href="[^"]+" \/>/);
      expect(html).toContain(`url=../../../?${item.kind}=${item.id}`);
      const image = meta('og:image')!;
      const picture = await page.request.get(new URL(image, new URL(path, 'http://x')).pathname);
      expect(picture.status(), image).toBe(200);
      expect(pngSize(await picture.body())).toEqual({ width: 1200, height: 630 });
    }
  });

test('a share page opens the app on its record; Copy link and the embed dialog give the share address', async ({
  page,
}) => {
  await page.goto('/uk/share/area/tuva/');
  await expect(page).toHaveURL(/\/uk\/\?area=tuva$/);
  await expect(page.locator('#panel-title')).toHaveText('Республіка Тива (Тува)');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.locator('.copy-link').first().click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/\/uk\/share\/area\/tuva\/$/);
  await page.locator('.embed-open').click();
  await expect(page.locator('.embed-share-url')).toHaveText(copied);
});
