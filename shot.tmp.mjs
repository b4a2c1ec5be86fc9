import { chromium } from "@playwright/test";
const [url, prefix, media = "screen", theme = ""] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--disable-background-networking","--no-first-run"], chromiumSandbox: false });
const page = await browser.newPage({ viewport: { width: 1000, height: 1000 } });
page.on("console", (m) => console.log("console", m.type(), m.text()));
page.on("pageerror", (e) => console.log("pageerror", e.message));
if (theme) await page.addInitScript((t) => localStorage.setItem("ema-theme", t), theme);
await page.goto(url);
await page.waitForTimeout(800);
await page.emulateMedia({ media });
const height = await page.evaluate(() => document.documentElement.scrollHeight);
console.log("height", height);
for (let i = 0, y = 0; y < height && i < 4; i++, y += 1400) {
  await page.screenshot({ path: `${prefix}-${i}.png`, fullPage: true, clip: { x: 0, y, width: 1000, height: Math.min(1400, height - y) } });
}
if (process.env.PDF) { await page.pdf({ path: process.env.PDF }); }
await browser.close();
