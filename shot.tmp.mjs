import { chromium } from "@playwright/test";
const [url, prefix, width = "1000", theme = "", media = "screen"] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--disable-background-networking","--no-first-run"], chromiumSandbox: false });
const page = await browser.newPage({ viewport: { width: Number(width), height: 1000 } });
page.on("pageerror", (e) => console.log("pageerror", e.message));
if (theme) await page.addInitScript((t) => localStorage.setItem("ema-theme", t), theme);
await page.goto(url);
await page.waitForTimeout(800);
await page.emulateMedia({ media });
if (process.env.CLICK) { for (const sel of process.env.CLICK.split("|")) await page.locator(sel).first().click(); await page.waitForTimeout(300); }
const height = await page.evaluate(() => document.documentElement.scrollHeight);
const start = Number(process.env.START ?? 0);
for (let i = 0, y = start; y < height && i < Number(process.env.N ?? 2); i++, y += 1400) {
  await page.screenshot({ path: `${prefix}-${i}.png`, fullPage: true, clip: { x: 0, y, width: Number(width), height: Math.min(1400, height - y) } });
}
await browser.close();
