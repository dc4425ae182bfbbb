import type { Locator, Page } from 'playwright-core';
import sharp from 'sharp';

// Reading what WebGL drew (MapLibre, sigma) from element screenshots, and waiting on the
// numbers the map and chart components publish as data attributes.

/** How many pixels of an element's screenshot are close to a colour (and how many differ from white). */
export async function pixelCounts(element: Locator, rgb: readonly [number, number, number]) {
  const png = await element.screenshot();
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  let matching = 0;
  let notWhite = 0;
  for (let i = 0; i < data.length; i += info.channels) {
    const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
    if (Math.abs(r - rgb[0]) < 30 && Math.abs(g - rgb[1]) < 30 && Math.abs(b - rgb[2]) < 30) matching += 1;
    if (r < 245 || g < 245 || b < 245) notWhite += 1;
  }
  return { matching, notWhite, total: info.width * info.height };
}

/** The centre of the pixels of one colour in an element's screenshot (element coordinates), if any. */
export async function colourCentre(element: Locator, rgb: readonly [number, number, number]) {
  const { data, info } = await sharp(await element.screenshot())
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  let [sumX, sumY, count] = [0, 0, 0];
  for (let i = 0; i < data.length; i += info.channels) {
    const close = [0, 1, 2].every((c) => Math.abs((data[i + c] ?? 0) - (rgb[c] ?? 0)) < 20);
    if (!close) continue;
    const pixel = i / info.channels;
    sumX += pixel % info.width;
    sumY += Math.floor(pixel / info.width);
    count += 1;
  }
  return count === 0 ? undefined : { x: sumX / count, y: sumY / count, count };
}

/** Waits until the element with this test id has a numeric attribute of at least `atLeast`; answers it. */
export async function numberAttribute(page: Page, testId: string, name: string, atLeast: number): Promise<number> {
  await page.waitForFunction(
    ({ selector, attribute, minimum }) => {
      // Runs in the page; globalThis keeps Node's types happy here (no DOM library in this project).
      type Doc = { querySelector: (s: string) => { getAttribute: (n: string) => string | null } | null };
      const doc = (globalThis as unknown as { document: Doc }).document;
      return Number(doc.querySelector(selector)?.getAttribute(attribute)) >= minimum;
    },
    { selector: `[data-testid="${testId}"]`, attribute: name, minimum: atLeast },
  );
  return Number(await page.getByTestId(testId).getAttribute(name));
}

/** Screenshots the element until a pixel count passes (WebGL draws on the next frames), or gives up. */
export async function drawnPixels(
  element: Locator,
  rgb: readonly [number, number, number],
  passes: (counts: Awaited<ReturnType<typeof pixelCounts>>) => boolean,
) {
  let counts = await pixelCounts(element, rgb);
  for (let attempt = 0; attempt < 20 && !passes(counts); attempt += 1) {
    await element.page().waitForTimeout(250);
    counts = await pixelCounts(element, rgb);
  }
  return counts;
}
