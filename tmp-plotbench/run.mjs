import { chromium } from '@playwright/test'
import { createServer } from 'node:http'
import sirv from 'sirv'
const server = createServer(sirv('tmp-plotbench/dist')).listen(5299)
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage({ viewport: { width: 1360, height: 860 } })
await page.goto('http://127.0.0.1:5299/')
await page.waitForFunction(() => document.title === 'done', null, { timeout: 120000 })
console.log(await page.evaluate(() => document.body.dataset.results))
await browser.close(); server.close()
